package org.reprise.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;
import org.reprise.model.DealException;

/**
 * The workbook does not lay out the share premium beside the law's cap (methodology §5.5,
 * docs/excel-model.md): a deal that may pay it out (distributions or a dividend recap) is refused
 * with the key to change; a premium nothing pays out changes no figure and is written.
 */
class ExcelSharePremiumTest {

  @Test
  void aPremiumTheDistributionsMayPayIsRefused() throws Exception {
    String paper = Files.readString(ExcelModelTest.EXAMPLES.resolve("paper-lbo.yaml"),
        StandardCharsets.UTF_8);
    String premium = paper.replace("  taxGroup: false\n", "  taxGroup: false\n  sharePremium: 8\n");
    assertThat(premium).isNotEqualTo(paper);
    String distributing = premium.replace("  cashSweep: \"100%\"\n",
        "  cashSweep: 0\n  distributions: \"100%\"\n");
    assertThat(distributing).isNotEqualTo(premium);
    Deal deal = DealReader.parse(distributing, "premium.yaml");
    assertThat(ExcelModel.unsupported(deal)).containsExactly(ExcelModel.PREMIUM);
    assertThatThrownBy(() -> ExcelModel.build(deal)).isInstanceOf(DealException.class)
        .hasMessageContaining("structure.sharePremium");
    // nothing paid out during the hold: the premium moves nothing, the workbook is written
    assertThat(ExcelModel.unsupported(DealReader.parse(premium, "kept.yaml"))).isEmpty();
    // nor without the premium
    assertThat(ExcelModel.unsupported(DealReader.parse(distributing.replace(
        "  sharePremium: 8\n", ""), "plain.yaml"))).isEmpty();
  }
}
