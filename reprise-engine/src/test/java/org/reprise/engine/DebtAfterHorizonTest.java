package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;

/** The debt owed at the horizon by year of maturity after it (methodology §7). */
class DebtAfterHorizonTest {

  private static final double EPS = 1e-9;

  /** A bullet of 8 years over a 7-year horizon: all of it in year 8. */
  @Test
  void aBulletFallsDueAtItsMaturity() {
    double[] due = DebtAfterHorizon.schedule(8_000.0, 0.0, 8_000.0, new double[8], 7);
    assertThat(due).containsExactly(new double[] {8_000.0}, within(EPS));
  }

  /**
   * Linear over 10 years, 1,000 lent: 100 a year. After 7 instalments 300 is left, due 100 in
   * each of years 8, 9, 10. Had the sweep prepaid 150 more during the plan (150 left), the
   * schedule is shortened from its end: 100 in year 8, 50 in year 9, nothing in year 10.
   */
  @Test
  void anAmortisingLoanKeepsItsInstalmentsAndPrepaymentsShortenItsEnd() {
    double[] linear = TestDeals.fill(10, 0.1);
    assertThat(DebtAfterHorizon.schedule(300.0, 0.0, 1_000.0, linear, 7))
        .containsExactly(new double[] {100.0, 100.0, 100.0}, within(EPS));
    assertThat(DebtAfterHorizon.schedule(150.0, 0.0, 1_000.0, linear, 7))
        .containsExactly(new double[] {100.0, 50.0, 0.0}, within(EPS));
  }

  /**
   * 400 left of the same loan, of which 50 of principal in arrears: year 8 pays its 100 and the
   * 50 (150), year 9 its 100, and year 10, the final maturity, the 150 left.
   */
  @Test
  void arrearsFallDueTheYearAfterTheHorizonAndTheMaturityTakesTheRest() {
    double[] due = DebtAfterHorizon.schedule(400.0, 50.0, 1_000.0, TestDeals.fill(10, 0.1), 7);
    assertThat(due).containsExactly(new double[] {150.0, 100.0, 150.0}, within(EPS));
  }

  /** A loan whose term ended within the plan but is still owed (a default): due at once. */
  @Test
  void aLoanPastItsMaturityIsDueTheYearAfterTheHorizon() {
    double[] due = DebtAfterHorizon.schedule(30.0, 30.0, 100.0, TestDeals.fill(5, 0.2), 7);
    assertThat(due).containsExactly(new double[] {30.0}, within(EPS));
  }

  /**
   * The paper LBO held 5 years (2026–2030) with a bullet of 30 over 8 years and 20 linear over 10
   * years, no sweep: at the end of 2030 the bullet owes 30, due in 2033, and the linear loan 10,
   * due 2 a year from 2031 to 2035. So 2 in 2031, 2032, 2034 and 2035, and 32 in 2033; each in
   * years of 2030's free cash flow.
   */
  @Test
  void theDebtOfADealFallsDueByYearAfterTheHorizon() {
    TestDeals d = new TestDeals();
    d.term("Bullet", "banks", 30.0, 0.05, 8);
    d.linear("Linear", "banks", 20.0, 0.05, 10);
    Deal deal = d.build();
    DealResult r = LboEngine.DEFAULT.run(deal);
    DebtAfterHorizon after = DebtAfterHorizon.of(deal, r);
    double fcf = r.years().freeCashFlow[4];
    assertThat(after.horizonYear()).isEqualTo(2030);
    assertThat(after.freeCashFlow()).isEqualTo(fcf);
    assertThat(after.undated()).isZero();
    assertThat(after.dues()).extracting(DebtAfterHorizon.Due::year)
        .containsExactly(2031, 2032, 2033, 2034, 2035);
    assertThat(after.dues()).extracting(DebtAfterHorizon.Due::amount)
        .containsExactly(2.0, 2.0, 32.0, 2.0, 2.0);
    assertThat(after.dues().get(2).yearsOfFreeCashFlow()).isCloseTo(32.0 / fcf, within(EPS));
    assertThat(after.total()).isCloseTo(r.years().debt[4], within(EPS));
  }

  /**
   * A revolver given no term, kept drawn by a minimum cash above what the company makes, still
   * owes its drawing at the horizon, with no year to say.
   */
  @Test
  void aRevolverWithoutATermIsUndated() {
    TestDeals d = new TestDeals();
    d.minimumCash = 1_000.0;
    d.revolver("Revolver", "banks", 10.0, 4.0, 0.05, 0.0);
    Deal deal = d.build();
    DealResult r = LboEngine.DEFAULT.run(deal);
    DebtAfterHorizon after = DebtAfterHorizon.of(deal, r);
    assertThat(after.dues()).isEmpty();
    assertThat(r.years().debt[4]).isGreaterThan(1.0);
    assertThat(after.undated()).isCloseTo(r.years().debt[4], within(EPS));
  }
}
