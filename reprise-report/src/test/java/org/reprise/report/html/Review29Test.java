package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/**
 * Review 29, L3: in the works-council report's stress table, a net leverage over an EBITDA close to
 * zero printed "18 376,94×", and a year whose EBITDA is negative printed "–" without the breach
 * mark although the leverage covenant is then broken (methodology §6).
 */
class Review29Test {

  /** The bundled secondary LBO with sales −8 % and −4 %, then +3 %: the plan defaults. */
  private static Deal inDefault() throws Exception {
    String yaml = Files.readString(ReportFixtures.EXAMPLES.resolve(
        "decolletage-secondary-lbo.yaml"), StandardCharsets.UTF_8);
    String growth = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";
    assertThat(yaml).contains(growth);
    return DealReader.parse(
        yaml.replace(growth, "growth: [\"-8%\", \"-4%\", \"3%\", \"3%\", \"3%\"]"), "v.yaml");
  }

  /** @return the text of an HTML page, tags dropped and spaces folded */
  private static String text(String html) {
    return html.replaceAll("</?t[dhr][^>]*>", " ").replaceAll("<[^>]+>", "")
        .replace("&gt;", ">").replace("&lt;", "<").replace('\u00A0', ' ')
        .replace('\u202F', ' ').replaceAll("\\s+", " ");
  }

  @Test
  void aLeverageOverAnEbitdaCloseToZeroIsBeyondAHundredAndANegativeEbitdaIsMarked()
      throws Exception {
    Deal deal = inDefault();
    DealResult stress = LboEngine.DEFAULT.run(StressCase.of(deal));
    // the premise: in the crisis, 2027's EBITDA is negative (no ratio) and 2028's is a few k€
    assertThat(stress.years().ebitda[1]).isNegative();
    assertThat(stress.years().netLeverage[1]).isNaN();
    assertThat(stress.years().netDebt[1]).isPositive();
    assertThat(stress.years().netLeverage[2]).isGreaterThan(1_000.0);
    String en = text(HtmlReport.render(deal, new ReportOptions(Lang.EN,
        ReportOptions.Audience.WORKS_COUNCIL, null)));
    assertThat(en).contains("Net debt / EBITDA — stress 6.63×! –! > 100×! 21.49×! 10.92×!");
    String fr = text(HtmlReport.render(deal, new ReportOptions(Lang.FR,
        ReportOptions.Audience.WORKS_COUNCIL, null)));
    assertThat(fr).contains("Dette nette / EBE — crise 6,63×! –! > 100×! 21,49×! 10,92×!");
  }
}
