package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.io.result.ResultJson;
import org.reprise.model.Deal;
import org.w3c.dom.Document;

/**
 * The group's balance sheet in the report (docs/methodology.md §5.12): after the cash flow, every
 * number the JSON output's {@code balanceSheet}, its check zero in every column, in English and
 * French.
 */
class BalanceSectionsTest {

  /**
   * On the factory (k€): goodwill 36,800.0 + 945.0 − 12,000.0 = 25,745.0 in every column; fixed
   * assets at the closing 12,000.0 + 3,000.0 + 516.0 − 2,000.0 − 6,000.0 = 7,516.0; total assets
   * 41,885.0 at the closing; the check 0.0 in the closing's and the five years' columns.
   */
  @ParameterizedTest
  @EnumSource(Lang.class)
  void theFactorysBalanceSheetIsTheJsonOutputsAndBalances(Lang lang) throws Exception {
    Deal deal = DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    JsonNode json = new ObjectMapper().readTree(
        ResultJson.toJson(deal, LboEngine.DEFAULT.run(deal)));
    String html = HtmlReport.render(deal, new ReportOptions(lang, ReportOptions.Audience.GENERAL,
        null));
    Document doc = ReportFixtures.parse(html);
    List<String> keys = new ArrayList<>();
    for (ReportFixtures.Tagged t : ReportFixtures.tagged(doc)) {
      if (t.key().startsWith("/balanceSheet/")) {
        assertThat(ReportFixtures.mismatch(t, json.at(t.key()))).as(t.key()).isNull();
        keys.add(t.key());
      }
    }
    assertThat(keys).contains("/balanceSheet/assets/goodwill/0", "/balanceSheet/check/5",
        "/balanceSheet/liabilities/debt/1/amounts/0",
        "/balanceSheet/liabilities/shareholderLoans/0/amounts/5");
    List<ReportFixtures.Row> rows = ReportFixtures.rows(doc, "balance-sheet");
    ReportFixtures.Row goodwill = row(rows, lang == Lang.EN ? "Goodwill" : "Écart d'acquisition");
    assertThat(goodwill.cells()).hasSize(6);
    for (String cell : goodwill.cells()) {
      assertThat(ReportFixtures.number(cell, lang)).isCloseTo(25_745.0, within(0.05));
    }
    assertThat(ReportFixtures.number(row(rows, lang == Lang.EN ? "Fixed assets (net)"
        : "Immobilisations nettes").cells().get(0), lang)).isCloseTo(7_516.0, within(0.05));
    assertThat(ReportFixtures.number(row(rows, lang == Lang.EN ? "Total assets"
        : "Total de l'actif").cells().get(0), lang)).isCloseTo(41_885.0, within(0.05));
    ReportFixtures.Row check = rows.get(rows.size() - 1);
    assertThat(check.label()).startsWith(lang == Lang.EN ? "Check" : "Contrôle");
    for (String cell : check.cells()) {
      assertThat(ReportFixtures.number(cell, lang)).isEqualTo(0.0);
    }
    // after the cash flow
    assertThat(html.indexOf("id=\"balance-sheet\"")).isGreaterThan(html.indexOf("id=\"cash-flow\""));
  }

  private static ReportFixtures.Row row(List<ReportFixtures.Row> rows, String label) {
    return rows.stream().filter(r -> r.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label + " in " + rows));
  }
}
