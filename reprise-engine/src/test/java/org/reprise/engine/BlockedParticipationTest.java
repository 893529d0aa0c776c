package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.model.Participation;
import org.reprise.model.Structure;

/**
 * The participation kept in blocked current accounts of the company (methodology §5.8): each
 * year's reserve is credited to the accounts the next year instead of being paid, bears interest
 * (a financial charge paid to the employees), is paid out after the blocking period, and what the
 * accounts hold at the exit comes off the price before the lenders.
 */
class BlockedParticipationTest {
  private static final double EPS = 1e-9;
  private static final double RATE = 0.05;
  private static final double BASE_RESERVE = 1.0;

  /**
   * The participation test's push-down factory over four years: revenue 100, purchases 40,
   * personnel 40 (S = 28), EBITDA 20; senior 60 at 10 % on the opening balance; a base-year
   * reserve of 1 and a 20 % forfait social; blocked two years at 5 %.
   */
  private static TestDeals factory(int blockedYears) {
    return factory(blockedYears, false);
  }

  static TestDeals factory(int blockedYears, boolean capitalised) {
    TestDeals d = new TestDeals();
    d.years = 4;
    d.exitYear = 4;
    d.structure = Structure.Kind.PUSHDOWN;
    d.variableShareOfCosts = 0.4;
    d.fixedCosts = 40.0;
    d.personnelShareOfFixed = 1.0;
    Participation paidOut =
        new Participation(true, 0.05, 0.7, 0.20, Double.POSITIVE_INFINITY, BASE_RESERVE);
    d.participation = blockedYears == 0 ? paidOut
        : paidOut.withBlockedAccounts(blockedYears, RATE, capitalised);
    d.term("Senior", "banks", 60.0, 0.10, 9);
    return d;
  }

  /**
   * Year 1: the base year's reserve, 1, is credited to the accounts, not paid; its forfait social,
   * 0.2, is paid; the accounts bear 5 % × 1 = 0.05 of interest, deductible:
   *
   * <pre>
   * pre-tax  = 20 − 6 (senior interest) − 0.05 = 13.95
   * taxable  = 13.95 − 1.2 (the base year's reserve and forfait social, deducted when allotted) = 12.75
   * tax      = 25 % × 12.75 = 3.1875
   * FCF      = 20 − 3.1875 − 0.2 (forfait paid) − 0.05 (interest paid) = 16.5625
   * </pre>
   */
  @Test
  void yearOneCreditsTheBaseYearReserveAndPaysItsForfaitAndInterest() {
    YearTable y = LboEngine.DEFAULT.run(factory(2).build()).years();
    assertThat(y.participationBlocked[0]).isCloseTo(1.0, within(EPS));
    assertThat(y.participationReleased[0]).isZero();
    assertThat(y.blockedAccountInterest[0]).isCloseTo(0.05, within(EPS));
    assertThat(y.participationPaid[0]).isCloseTo(0.2, within(EPS));
    assertThat(y.opcoPreTaxIncome[0]).isCloseTo(13.95, within(EPS));
    assertThat(y.incomeTax[0]).isCloseTo(3.1875, within(EPS));
    assertThat(y.freeCashFlow[0]).isCloseTo(16.5625, within(EPS));
    assertThat(y.blockedAccounts[0]).isCloseTo(1.0, within(EPS));
  }

  /**
   * Blocked two years: year t + 1 credits year t's reserve R_t; year 3 pays out what year 1
   * credited (the base year's 1), year 4 what year 2 credited (R_1). The interest is 5 % of the
   * balance after the year's credit and release: year 3, 5 % × (1 + R_1 + R_2 − 1).
   */
  @Test
  void theReservesArePaidOutAfterTheBlockingPeriod() {
    YearTable y = LboEngine.DEFAULT.run(factory(2).build()).years();
    double r1 = y.participation[0];
    double r2 = y.participation[1];
    double r3 = y.participation[2];
    assertThat(r1).isPositive();
    assertThat(y.participationBlocked[1]).isCloseTo(r1, within(EPS));
    assertThat(y.participationBlocked[2]).isCloseTo(r2, within(EPS));
    assertThat(y.participationReleased[1]).isZero();
    assertThat(y.participationReleased[2]).isCloseTo(BASE_RESERVE, within(EPS));
    assertThat(y.participationReleased[3]).isCloseTo(r1, within(EPS));
    assertThat(y.blockedAccountInterest[2]).isCloseTo(RATE * (1.0 + r1 + r2 - 1.0), within(EPS));
    // what is paid in cash: last year's forfait social and the reserve released
    assertThat(y.participationPaid[2]).isCloseTo(0.2 * r2 + BASE_RESERVE, within(EPS));
    // the balance rolls forward: credits − releases
    assertThat(y.blockedAccounts[3]).isCloseTo(r2 + r3, within(EPS));
    for (int t = 0; t < 4; t++) {
      double open = t == 0 ? 0.0 : y.blockedAccounts[t - 1];
      assertThat(y.blockedAccounts[t])
          .isCloseTo(open + y.participationBlocked[t] - y.participationReleased[t], within(EPS));
    }
  }

  /**
   * At the exit the accounts hold R_2 + R_3: the buyer takes them over, so they come off the
   * equity value and are paid before the lenders; the cash roll-forward has no residual and the
   * value added splits without remainder, the accounts' interest counted as the employees'.
   */
  @Test
  void theAccountsComeOffThePriceAtTheExit() {
    DealResult blocked = LboEngine.DEFAULT.run(factory(2).build());
    YearTable y = blocked.years();
    ExitResult e = blocked.exit();
    double held = y.participation[1] + y.participation[2];
    assertThat(e.blockedAccounts()).isCloseTo(held, within(EPS));
    assertThat(e.blockedAccountsPaid()).isCloseTo(held, within(EPS));
    assertThat(e.equityValue())
        .isCloseTo(
            e.enterpriseValue() - e.fees() - e.prepaymentFees() - e.netDebt() - held,
            within(EPS));
    CashRollForward cash = CashRollForward.of(blocked);
    for (int t = 0; t < 4; t++) {
      assertThat(cash.residual(t)).isCloseTo(0.0, within(1e-9));
      ValueAddedSplit v = y.opcoValueAdded;
      assertThat(v.employees[t] + v.state[t] + v.lenders[t] + v.shareholders[t] + v.company[t])
          .isCloseTo(v.valueAdded[t], within(1e-9));
      assertThat(v.employees[t])
          .isCloseTo(
              y.personnelCosts[t] + y.participation[t] + y.blockedAccountInterest[t], within(EPS));
    }
  }

  /**
   * Interest capitalised: the same charge (year 1, 5 % × 1 = 0.05, deducted as when paid), none of
   * it paid, so year 1's FCF is 16.5625 + 0.05 = 16.6125 and the accounts hold 1.05. The base year's
   * 1 leaves them in year 3 with two years of interest: 1 × 1.05² = 1.1025. Year 2's interest is 5 %
   * × (1.05 + R_1), and the balance grows by it.
   */
  @Test
  void capitalisedInterestStaysInTheAccountsAndLeavesWithTheReserve() {
    YearTable y = LboEngine.DEFAULT.run(factory(2, true).build()).years();
    assertThat(y.blockedAccountInterest[0]).isCloseTo(0.05, within(EPS));
    assertThat(y.blockedAccountInterestPaid[0]).isZero();
    assertThat(y.incomeTax[0]).isCloseTo(3.1875, within(EPS));
    assertThat(y.freeCashFlow[0]).isCloseTo(16.6125, within(EPS));
    assertThat(y.blockedAccounts[0]).isCloseTo(1.05, within(EPS));
    double r1 = y.participation[0];
    assertThat(y.blockedAccountInterest[1]).isCloseTo(RATE * (1.05 + r1), within(EPS));
    assertThat(y.blockedAccounts[1]).isCloseTo((1.05 + r1) * 1.05, within(EPS));
    assertThat(y.participationReleased[2]).isCloseTo(1.1025, within(EPS));
    assertThat(y.participationReleased[3]).isCloseTo(r1 * 1.1025, within(EPS));
    for (int t = 0; t < 4; t++) {
      double open = t == 0 ? 0.0 : y.blockedAccounts[t - 1];
      assertThat(y.blockedAccounts[t]).isCloseTo(open + y.participationBlocked[t]
          - y.participationReleased[t] + y.blockedAccountInterest[t], within(EPS));
    }
    DealResult r = LboEngine.DEFAULT.run(factory(2, true).build());
    for (int t = 0; t < 4; t++) {
      assertThat(CashRollForward.of(r).residual(t)).isCloseTo(0.0, within(1e-9));
    }
    assertThat(r.exit().blockedAccounts()).isCloseTo(r.years().blockedAccounts[3], within(0.0));
    // what they hold at the horizon, by year of payment: the credits of years 3 and 4 (R_2 and
    // R_3), with the interest capitalised up to the horizon (2 years and 1), paid in years 5, 6
    java.util.List<DebtAfterHorizon.Due> due =
        DebtAfterHorizon.blockedAccounts(factory(2, true).build(), r);
    assertThat(due).extracting(DebtAfterHorizon.Due::year)
        .containsExactly(r.years().year[2] + 2, r.years().year[3] + 2);
    assertThat(due.get(0).amount())
        .isCloseTo(r.years().participationBlocked[2] * 1.05 * 1.05, within(EPS));
    assertThat(due.get(1).amount())
        .isCloseTo(r.years().participationBlocked[3] * 1.05, within(EPS));
    assertThat(due.get(0).amount() + due.get(1).amount())
        .isCloseTo(r.exit().blockedAccounts(), within(EPS));
  }

  /** Without blocked accounts nothing is credited, released or charged, and the reserve is paid. */
  @Test
  void paidOutReservesLeaveTheAccountsEmpty() {
    DealResult paid = LboEngine.DEFAULT.run(factory(0).build());
    YearTable y = paid.years();
    for (int t = 0; t < 4; t++) {
      assertThat(y.participationBlocked[t]).isZero();
      assertThat(y.participationReleased[t]).isZero();
      assertThat(y.blockedAccountInterest[t]).isZero();
      assertThat(y.blockedAccounts[t]).isZero();
    }
    assertThat(y.participationPaid[0]).isCloseTo(1.2, within(EPS));
    assertThat(paid.exit().blockedAccounts()).isZero();
  }

  /**
   * Keeping the reserve in the company keeps its cash: every year's FCF is higher than with the
   * reserve paid out, except by the interest and the tax on it, until the first release.
   */
  @Test
  void blockingKeepsTheCashUntilTheRelease() {
    YearTable blocked = LboEngine.DEFAULT.run(factory(2).build()).years();
    YearTable paid = LboEngine.DEFAULT.run(factory(0).build()).years();
    assertThat(blocked.freeCashFlow[0]).isGreaterThan(paid.freeCashFlow[0]);
    assertThat(blocked.freeCashFlow[1]).isGreaterThan(paid.freeCashFlow[1]);
  }
}
