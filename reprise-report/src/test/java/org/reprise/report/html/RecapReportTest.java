package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/**
 * The works council's report on a dividend recapitalisation (methodology §5.13; review 32, W1 and
 * W2): examples/decolletage-recap.yaml borrows 1,500 k€ at the start of 2029 and pays 1,470 k€ (less
 * its 2 % fee) to the fund's shareholder loan.
 */
class RecapReportTest {

  private static String text(Deal deal, Lang lang) throws Exception {
    String html = HtmlReport.render(deal, new ReportOptions(lang,
        ReportOptions.Audience.WORKS_COUNCIL, null));
    return ReportFixtures.parse(html).getDocumentElement().getTextContent()
        .replace('\u00a0', ' ').replaceAll("\\s+", " ");
  }

  @Test
  void theRecapIsSaidAsANewLoanPaidToTheShareholders() throws Exception {
    Deal deal = DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-recap.yaml"));
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(r.years().recap().paid[3]).isEqualTo(1_470_000.0);
    String en = text(deal, Lang.EN);
    // the loan list gives the amount drawn in 2029, not the 0 € of the closing
    assertThat(en).contains("Recap facility from senior banks: 1.5 M€ borrowed at the start of"
        + " 2029 and paid out to the shareholders").doesNotContain("Recap facility from senior"
        + " banks: 0 €");
    // the fall in net debt nets what the recap borrowed, not the employees' accounts (the deal
    // has none)
    assertThat(en).contains("less what the dividend recapitalisation borrowed (net of its fees)"
        + " and paid to the shareholders, 1.5 M€").doesNotContain("blocked participation accounts,");
    // the uses of the EBITDA say where the 2029 payout comes from
    assertThat(en).contains("In 2029 the shareholders also receive 1.5 M€ from the dividend"
        + " recapitalisation: money borrowed that year, not a use of the EBITDA");
    String fr = text(deal, Lang.FR);
    assertThat(fr).contains("1,5 M€ empruntés au début de 2029 et versés aux actionnaires")
        .contains("moins ce qu'a emprunté la recapitalisation (dividend recap, net de ses frais)"
            + " pour payer les actionnaires, 1,5 M€")
        .doesNotContain("comptes courants bloqués de participation des salariés,");
  }
}
