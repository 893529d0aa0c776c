package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.io.result.ResultJson;
import org.reprise.model.Deal;

/**
 * The individuals' exit tax in the report's returns (docs/methodology.md §8.4): only with a
 * {@code personalTax} section, every number the JSON output's {@code personalTax}, in English and
 * French, for both audiences.
 */
class PersonalTaxSectionsTest {

  /** The factory with its managers at 35 % for 420.0 k€, a package taxed at 45 % + 10 %. */
  private static Deal managers35() throws Exception {
    String yaml = Files.readString(
        ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"), StandardCharsets.UTF_8)
        .replace("ownership: \"85%\"", "ownership: \"65%\"")
        .replace("ownership: \"15%\"", "ownership: \"35%\"")
        .replace("salaryRate: \"41%\"", "salaryRate: \"45%\"");
    // the example's managers' shares are a package (its personalTax, at 41 % there)
    assertThat(yaml).contains("managementPackage: true").contains("salaryRate: \"45%\"")
        .contains("ownership: \"35%\"");
    return DealReader.parse(yaml, "factory.yaml");
  }

  @Test
  void theExitTaxIsTheJsonOutputsOnlyWithTheSection() throws Exception {
    Deal deal = managers35();
    Deal plain = deal.withPersonalTax(null);
    JsonNode json = new ObjectMapper().readTree(
        ResultJson.toJson(deal, LboEngine.DEFAULT.run(deal)));
    for (Lang lang : Lang.values()) {
      for (ReportOptions.Audience audience : ReportOptions.Audience.values()) {
        ReportOptions options = new ReportOptions(lang, audience,
            audience == ReportOptions.Audience.WORKS_COUNCIL ? 1_200_000.0 : null);
        assertThat(HtmlReport.render(plain, options)).doesNotContain("/personalTax/");
        String html = HtmlReport.render(deal, options);
        List<String> keys = ReportFixtures.taggedUnder(html, json, "/personalTax/");
        String at = "/personalTax/classes/0/";
        assertThat(keys).containsExactly(at + "gain", at + "ceiling", at + "capitalGain",
            at + "salary", at + "tax", at + "netGain", at + "netMultiple", at + "netIrr");
        // 1,683.7 × 31.4 % = 528.7 k€ and 554.7 × 55 % = 305.1 k€: 833.8 k€
        assertThat(html.replace('\u00a0', ' ').replace('\u202f', ' ')).contains(lang == Lang.EN
            ? "The State takes 834 k€ of the individuals' exit gains"
            : "L'État prélève 834 k€ sur les gains de sortie");
      }
    }
  }
}
