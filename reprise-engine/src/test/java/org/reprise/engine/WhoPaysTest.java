package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;

class WhoPaysTest {
  private static final double EPS = 1e-9;

  /**
   * The paper LBO with cash kept (LboEngineTest): interest 6 a year for 5 years, no principal
   * before exit, no distribution: cash extracted 30 = 0.06 per employee-year (100 employees × 5
   * years = 500), 30 / 100 of EBITDA. The fund owns all the equity: it captures all the
   * deleveraging, 60 − 7.5 = 52.5.
   */
  @Test
  void paperLbo() {
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 60.0, 0.10, 6);
    Deal deal = d.build();
    WhoPays w = WhoPays.of(deal, LboEngine.DEFAULT.run(deal));
    assertThat(w.cashExtracted()).isCloseTo(30.0, within(EPS));
    assertThat(w.employeeYears()).isCloseTo(500.0, within(EPS));
    assertThat(w.cashExtractedPerEmployeeYear()).isCloseTo(0.06, within(EPS));
    assertThat(w.cashExtractedShareOfEbitda()).isCloseTo(0.30, within(EPS));
    assertThat(w.deleveragingCapture()).containsOnlyKeys("fund");
    assertThat(w.deleveragingCapture().get("fund")).isCloseTo(52.5, within(EPS));
    WhoPays.Split v = w.valueAdded();
    assertThat(v.employees() + v.state() + v.lenders() + v.shareholders() + v.company())
        .isCloseTo(v.total(), within(EPS));
  }

  /**
   * Two holders: management owns 20 % of the ordinary shares by amount (10 of 50 invested): it
   * receives 20 % of the equity at exit, so 20 % of the deleveraging.
   */
  @Test
  void captureIsProRataToEquityProceeds() {
    TestDeals d = new TestDeals();
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 32.0, 0.0);
    d.equity("Management shares", "management", EquityClass.Kind.ORDINARY, 8.0, 0.0);
    d.term("Senior", "banks", 60.0, 0.10, 6);
    Deal deal = d.build();
    WhoPays w = WhoPays.of(deal, LboEngine.DEFAULT.run(deal));
    assertThat(w.deleveragingCapture().get("management")).isCloseTo(0.2 * 52.5, within(EPS));
    assertThat(w.deleveragingCapture().get("fund")).isCloseTo(0.8 * 52.5, within(EPS));
  }
}
