package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.io.result.ResultJson;
import org.reprise.model.Deal;
import org.reprise.model.FundTerms;

/**
 * The fund's net returns in the report's returns (docs/methodology.md §8.3): only with a {@code
 * fund} section, every number the JSON output's {@code fundReturns}, in English and French.
 */
class FundSectionsTest {

  @Test
  void theFundsNetReturnsAreTheJsonOutputsOnlyWithTheSection() throws Exception {
    Deal plain = DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    Deal deal = plain.withFund(FundTerms.usual());
    JsonNode json = new ObjectMapper().readTree(
        ResultJson.toJson(deal, LboEngine.DEFAULT.run(deal)));
    for (Lang lang : Lang.values()) {
      for (ReportOptions.Audience audience : ReportOptions.Audience.values()) {
        ReportOptions options = new ReportOptions(lang, audience,
            audience == ReportOptions.Audience.WORKS_COUNCIL ? 1_200_000.0 : null);
        assertThat(HtmlReport.render(plain, options)).doesNotContain("/fundReturns/");
        String html = HtmlReport.render(deal, options);
        List<String> keys = ReportFixtures.taggedUnder(html, json, "/fundReturns/");
        assertThat(keys).containsExactly("/fundReturns/gross/invested",
            "/fundReturns/gross/received", "/fundReturns/gross/moic", "/fundReturns/gross/irr",
            "/fundReturns/net/paidIn", "/fundReturns/net/received", "/fundReturns/net/moic",
            "/fundReturns/net/irr", "/fundReturns/gp/total", "/fundReturns/gp/managementFees",
            "/fundReturns/gp/carriedInterest");
        assertThat(html).contains(lang == Lang.EN
            ? "The fees and carried interest cost the investors 2.4 points of IRR"
            : "Les frais et le carried interest coûtent aux investisseurs 2,4 points de TRI");
      }
    }
  }
}
