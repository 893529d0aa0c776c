package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;

/**
 * Review 37, X3: a stress case that holds with a peak net leverage the one-decimal ratio shows as
 * 0.0× (or below) is said in words, not as "a net debt of up to 0,0× l'EBE". The scenarios'
 * status quo under the stress peaks at 0.026× in 2026 (its 3.0 M€ loan against 2.0 M€ of cash at
 * the closing, less the 2026 repayment and the cash kept), and has net cash every year after.
 */
class StressNetCashQuestionTest {

  private static Scenario scenario(String name) {
    return ScenarioReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-scenarios.yaml"))
        .stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
  }

  private static String questions(Scenario s, Lang lang) throws Exception {
    Context c = new Context(s.deal(), LboEngine.DEFAULT.run(s.deal()), lang, "", "");
    String html = "<div>" + new WorksCouncilSections(c, null).questions() + "</div>";
    return ReportFixtures.parse(html).getDocumentElement().getTextContent()
        .replaceAll("[\\s\u00A0\u202F]+", " ");
  }

  /** @return the stress case's highest net debt / EBITDA over the hold, as Questions reads it */
  private static double peak(Scenario s) {
    DealResult r = LboEngine.DEFAULT.run(StressCase.of(s.deal()));
    double peak = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < r.exitYearIndex(); t++) {
      peak = Math.max(peak, r.years().netLeverage[t]);
    }
    return peak;
  }

  @Test
  void aStressPeakThatReadsZeroIsSaidInWords() throws Exception {
    Scenario quo = scenario("Status quo");
    assertThat(peak(quo)).isPositive().isLessThan(Questions.LITTLE_NET_DEBT);
    assertThat(questions(quo, Lang.FR)).contains("l'entreprise continuerait de payer sa dette,"
        + " avec une dette nette presque nulle (moins de 0,1× l'EBE chaque année)")
        .doesNotContain("allant jusqu'à 0,0×");
    assertThat(questions(quo, Lang.EN)).contains("with hardly any net debt (below 0.1× EBITDA"
        + " every year)").doesNotContain("up to 0.0×");
  }
}
