package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.model.Participation;
import org.reprise.model.Structure;

/** The legal profit-sharing: the formula, and how the structure of the buyout moves it. */
class ParticipationTest {
  private static final double EPS = 1e-9;

  /**
   * Published example (shared/domain/french-rules.md B6, premisse.app L3324-1): B = 1,200,000 −
   * 300,000 = 900,000; C = 800,000 (5 % = 40,000); S = 600,000; VA = 800,000:
   * RSP = ½ × (900,000 − 40,000) × 600,000 / 800,000 = 322,500 (without the PPI of the example).
   */
  @Test
  void publishedExample() {
    Participation p = Participation.legal(100);
    assertThat(p.reserve(900_000, 800_000, 600_000, 800_000, 100)).isCloseTo(322_500, within(EPS));
  }

  @Test
  void neverNegativeAndCappedAndOnlyFromFiftyEmployees() {
    Participation p = Participation.legal(100);
    assertThat(p.reserve(10_000, 800_000, 600_000, 800_000, 100)).isEqualTo(0.0);
    // cap: 10 employees × 36,045 = 360,450
    assertThat(p.reserve(9e6, 0, 600_000, 800_000, 10)).isCloseTo(360_450, within(EPS));
    assertThat(Participation.legal(49).reserve(900_000, 800_000, 600_000, 800_000, 49)).isZero();
  }

  /**
   * Review 12, finding 3: a loss year (B = 0) with a negative equity C = −1,607,047 gave ½ × (0 +
   * 5 % × 1,607,047) × S / VA = 39,924.9 of reserve (S / VA = 0.99375). No profit, no reserve. In a
   * profit year the formula applies as written: B = 100,000, C = −1,000,000, S / VA = 0.5:
   * ½ × (100,000 + 50,000) × 0.5 = 37,500 (the sign of C is taken as the law writes it; see
   * methodology §5.8).
   */
  @Test
  void aLossYearOwesNoReserveWhateverTheEquity() {
    Participation p = Participation.legal(180);
    assertThat(p.reserve(0.0, -1_607_047, 7_275_837, 7_321_634, 180)).isZero();
    assertThat(p.reserve(-5.0, -1_607_047, 7_275_837, 7_321_634, 180)).isZero();
    assertThat(p.reserve(100_000, -1_000_000, 500_000, 1_000_000, 180))
        .isCloseTo(37_500, within(EPS));
  }

  private static TestDeals factory(Structure.Kind kind) {
    TestDeals d = new TestDeals();
    d.years = 2;
    d.exitYear = 2;
    d.structure = kind;
    d.taxGroup = kind == Structure.Kind.HOLDING;
    d.variableShareOfCosts = 0.4;
    d.fixedCosts = 40.0;
    d.personnelShareOfFixed = 1.0;
    d.participation = new Participation(true, 0.05, 0.7, 0.20, Double.POSITIVE_INFINITY, 0.0);
    d.term("Senior", "banks", 60.0, 0.10, 9);
    return d;
  }

  /**
   * Revenue 100, purchases 40, personnel 40 (S = 70 % = 28), EBITDA 20, the factory's book equity
   * 50 (5 % = 2.5), price 100 = senior 60 at 10 % + the fund's shares 40, tax 25 %, year 1.
   *
   * <pre>
   * push-down: the merged company's equity is the 40 subscribed (5 % = 2, methodology §4)
   *            pre-tax 20 − 6 = 14, tax 3.5, B = 10.5, legal VA = 40 + 6 + 14 = 60
   *            RSP = ½ × (10.5 − 2) × 28 / 60 = 1.9833…
   * holding:   the factory's own pre-tax 20, tax 5, B = 15, legal VA = 40 + 20 = 60
   *            RSP = ½ × (15 − 2.5) × 28 / 60 = 2.9166…
   * </pre>
   *
   * Year 2 pays year 1's reserve plus the 20 % forfait social, and deducts it for tax.
   */
  @Test
  void pushingTheDebtDownShrinksTheParticipation() {
    DealResult push = LboEngine.DEFAULT.run(factory(Structure.Kind.PUSHDOWN).build());
    DealResult hold = LboEngine.DEFAULT.run(factory(Structure.Kind.HOLDING).build());
    assertThat(push.years().participation[0]).isCloseTo(0.5 * 8.5 * 28.0 / 60.0, within(EPS));
    assertThat(hold.years().participation[0]).isCloseTo(0.5 * 12.5 * 28.0 / 60.0, within(EPS));
    double paid = push.years().participation[0] * 1.2;
    assertThat(push.years().participationPaid[1]).isCloseTo(paid, within(EPS));
    assertThat(push.years().participationPaid[0]).isZero();
    // year 2 under push-down: FCF = 20 − tax − paid; tax = 25 % × (20 − interest − paid)
    double interest2 = push.years().cashInterest[1];
    assertThat(push.years().incomeTax[1]).isCloseTo(0.25 * (20.0 - interest2 - paid), within(EPS));
    assertThat(push.years().freeCashFlow[1])
        .isCloseTo(20.0 - push.years().incomeTax[1] - paid, within(EPS));
  }

  /**
   * The value added of year 1 under push-down, split without remainder: VA = 100 − 40 = 60;
   * employees 40 + 1.9833; state: forfait 0.3967 + tax 3.5; lenders 6; shareholders 0 (no
   * distribution); company = net income 14 − 1.9833 − 0.3967 − 3.5 = 8.12.
   */
  @Test
  void valueAddedSplitHandWorked() {
    DealResult push = LboEngine.DEFAULT.run(factory(Structure.Kind.PUSHDOWN).build());
    ValueAddedSplit v = push.years().opcoValueAdded;
    double rsp = 0.5 * 8.5 * 28.0 / 60.0;
    assertThat(v.valueAdded[0]).isCloseTo(60.0, within(EPS));
    assertThat(v.employees[0]).isCloseTo(40.0 + rsp, within(EPS));
    assertThat(v.state[0]).isCloseTo(0.2 * rsp + 3.5, within(EPS));
    assertThat(v.lenders[0]).isCloseTo(6.0, within(EPS));
    assertThat(v.shareholders[0]).isCloseTo(0.0, within(EPS));
    assertThat(v.company[0]).isCloseTo(14.0 - 1.2 * rsp - 3.5, within(EPS));
  }
}
