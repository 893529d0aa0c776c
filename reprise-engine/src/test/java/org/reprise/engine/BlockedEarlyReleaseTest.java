package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reprise.model.Participation;
import org.reprise.model.Structure;

/**
 * Early releases of the participation's blocked accounts (methodology §5.8, Code du travail
 * R3324-22): each credit still held loses the share e of what it holds each year it is held, the
 * year of the credit included, and pays the rest at the end of its period.
 */
class BlockedEarlyReleaseTest {
  private static final double EPS = 1e-9;
  private static final double RATE = 0.05;
  private static final double EARLY = 0.2;

  /**
   * The push-down factory of {@link BlockedParticipationTest} over four years (EBITDA 20, a base
   * year's reserve of 1, forfait social 20 %), blocked three years at 5 %, early release 20 %.
   */
  private static TestDeals factory(double early, boolean capitalised) {
    return factory(4, 3, RATE, early, capitalised);
  }

  private static TestDeals factory(
      int years, int blocked, double rate, double early, boolean capitalised) {
    TestDeals d = new TestDeals();
    d.years = years;
    d.exitYear = years;
    d.structure = Structure.Kind.PUSHDOWN;
    d.variableShareOfCosts = 0.4;
    d.fixedCosts = 40.0;
    d.personnelShareOfFixed = 1.0;
    d.participation =
        new Participation(true, 0.05, 0.7, 0.20, Double.POSITIVE_INFINITY, 1.0)
            .withBlockedAccounts(blocked, rate, capitalised)
            .withEarlyRelease(early);
    d.term("Senior", "banks", 60.0, 0.10, 9);
    return d;
  }

  /**
   * By hand, interest paid (no growth), R_t the reserve of year t, credited in year t + 1:
   *
   * <pre>
   * year 1: credit 1;    release 0.2 × 1 = 0.2                                B = 0.8
   * year 2: credit R_1;  release 0.2 R_1 + 0.2 × 0.8 = 0.2 R_1 + 0.16        B = 0.64 + 0.8 R_1
   * year 3: credit R_2;  release 0.2 R_2 + 0.16 R_1 + 0.2 × 0.64 = … + 0.128
   *                                                     B = 0.512 + 0.64 R_1 + 0.8 R_2
   * year 4: credit R_3;  release 0.2 R_3 + 0.16 R_2 + 0.128 R_1 + 0.8³ × 1 (the base year's
   *                      credit's end of period: 0.512)
   *                                                     B = 0.512 R_1 + 0.64 R_2 + 0.8 R_3
   * </pre>
   *
   * Interest of year 1 = 5 % × (1 − 0.2) = 0.04, of year 2 = 5 % × (0.64 + 0.8 R_1). After the
   * horizon what each credit still holds leaves at 20 % a year until its end of period: year 5
   * pays 0.512 R_1 (its end) + 0.2 × 0.64 R_2 + 0.2 × 0.8 R_3; year 6 0.8 × 0.64 R_2 (its end) +
   * 0.2 × 0.64 R_3; year 7 0.512 R_3; together B_4.
   */
  @Test
  void eachCreditStillHeldLosesTheShareEachYear() {
    DealResult r = LboEngine.DEFAULT.run(factory(EARLY, false).build());
    YearTable y = r.years();
    double r1 = y.participation[0];
    double r2 = y.participation[1];
    double r3 = y.participation[2];
    assertThat(r1).isPositive();
    assertThat(y.participationReleased[0]).isCloseTo(0.2, within(EPS));
    assertThat(y.participationReleased[1]).isCloseTo(0.2 * r1 + 0.16, within(EPS));
    assertThat(y.participationReleased[2]).isCloseTo(0.2 * r2 + 0.16 * r1 + 0.128, within(EPS));
    assertThat(y.participationReleased[3])
        .isCloseTo(0.2 * r3 + 0.16 * r2 + 0.128 * r1 + 0.512, within(EPS));
    assertThat(y.blockedAccounts[0]).isCloseTo(0.8, within(EPS));
    assertThat(y.blockedAccounts[1]).isCloseTo(0.64 + 0.8 * r1, within(EPS));
    assertThat(y.blockedAccounts[2]).isCloseTo(0.512 + 0.64 * r1 + 0.8 * r2, within(EPS));
    assertThat(y.blockedAccounts[3]).isCloseTo(0.512 * r1 + 0.64 * r2 + 0.8 * r3, within(EPS));
    assertThat(y.blockedAccountInterest[0]).isCloseTo(0.04, within(EPS));
    assertThat(y.blockedAccountInterest[1]).isCloseTo(RATE * (0.64 + 0.8 * r1), within(EPS));
    // the release is paid in cash with last year's forfait social
    assertThat(y.participationPaid[2])
        .isCloseTo(0.2 * r2 + 0.2 * r2 + 0.16 * r1 + 0.128, within(EPS));
    assertThat(r.exit().blockedAccounts()).isCloseTo(y.blockedAccounts[3], within(0.0));
    List<DebtAfterHorizon.Due> due =
        DebtAfterHorizon.blockedAccounts(factory(EARLY, false).build(), r);
    int horizon = y.year[3];
    assertThat(due).extracting(DebtAfterHorizon.Due::year)
        .containsExactly(horizon + 1, horizon + 2, horizon + 3);
    assertThat(due.get(0).amount())
        .isCloseTo(0.512 * r1 + 0.128 * r2 + 0.16 * r3, within(EPS));
    assertThat(due.get(1).amount()).isCloseTo(0.512 * r2 + 0.128 * r3, within(EPS));
    assertThat(due.get(2).amount()).isCloseTo(0.512 * r3, within(EPS));
    for (int t = 0; t < 4; t++) {
      assertThat(CashRollForward.of(r).residual(t)).isCloseTo(0.0, within(1e-9));
    }
  }

  /**
   * Interest capitalised: what a credit holds grows by 1.05 a year, so the base year's 1 pays 0.2
   * in year 1, 0.2 × 1.05 × 0.8 = 0.168 in year 2, 0.2 × 1.05² × 0.8² = 0.14112 in year 3 and the
   * rest, 1.05³ × 0.8³ = 0.592704, in year 4: 1.101824 in all, against 1.05³ = 1.157625 without
   * early releases (the interest the released part no longer earns).
   */
  @Test
  void capitalisedInterestGrowsWhatIsLeft() {
    YearTable y = LboEngine.DEFAULT.run(factory(EARLY, true).build()).years();
    double r1 = y.participation[0];
    double r2 = y.participation[1];
    double r3 = y.participation[2];
    assertThat(y.participationReleased[0]).isCloseTo(0.2, within(EPS));
    assertThat(y.participationReleased[1]).isCloseTo(0.2 * r1 + 0.168, within(EPS));
    assertThat(y.participationReleased[2])
        .isCloseTo(0.2 * r2 + 0.168 * r1 + 0.14112, within(EPS));
    assertThat(y.participationReleased[3] - 0.2 * r3 - 0.168 * r2 - 0.14112 * r1)
        .isCloseTo(0.592704, within(EPS));
    // what the base year's credit paid in all: 0.2 + 0.168 + 0.14112 + 0.592704
    Participation p = factory(EARLY, true).participation;
    double paid = 0.0;
    for (int m = 0; m <= 3; m++) {
      paid += p.blockedReleaseShare(m);
    }
    assertThat(paid).isCloseTo(1.101824, within(1e-12));
  }

  /**
   * The employees' CSG and CRDS (9.7 %) are withheld at the credit: the base year's reserve of 1
   * puts 0.903 in the accounts (no early release), and the 0.097 leaves in cash in year 1 with
   * the forfait social, 0.2: participation paid 0.297. The reserve deducted does not move; the
   * interest is 5 % × 0.903 = 0.04515:
   *
   * <pre>
   * taxable = 20 − 6 − 0.04515 − 1.2 = 12.75485;  tax = 25 % × 12.75485 = 3.1887125
   * FCF     = 20 − 3.1887125 − 0.297 − 0.04515 = 16.4691375
   * </pre>
   */
  @Test
  void theLeviesLeaveAtTheCredit() {
    TestDeals d = factory(0.0, false);
    d.participation = d.participation.withCreditLevies(Participation.CSG_CRDS);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    YearTable y = r.years();
    assertThat(Participation.CSG_CRDS).isEqualTo(0.092 + 0.005);
    assertThat(y.participationBlocked[0]).isCloseTo(0.903, within(EPS));
    assertThat(y.participationPaid[0]).isCloseTo(0.297, within(EPS));
    assertThat(y.blockedAccountInterest[0]).isCloseTo(0.04515, within(EPS));
    assertThat(y.incomeTax[0]).isCloseTo(3.1887125, within(EPS));
    assertThat(y.freeCashFlow[0]).isCloseTo(16.4691375, within(EPS));
    assertThat(y.blockedAccounts[0]).isCloseTo(0.903, within(EPS));
    for (int t = 0; t < 4; t++) {
      assertThat(CashRollForward.of(r).residual(t)).isCloseTo(0.0, within(1e-9));
    }
  }

  /**
   * The early-release formula reduces to the model without early releases: with e = 1e-300 the
   * solver takes the early-release branch, whose end-of-period share g^n × (1 − e)^n is g^n bit
   * for bit and whose early shares are far below an ulp of every balance, so the balances, the
   * cash and the exit equal the run with e = 0 (which skips the branch) bit for bit, interest paid
   * or capitalised.
   */
  @Test
  void aNegligibleEarlyReleaseIsTheModelWithoutIt() {
    for (boolean capitalised : new boolean[] {false, true}) {
      DealResult without = LboEngine.DEFAULT.run(factory(0.0, capitalised).build());
      DealResult negligible = LboEngine.DEFAULT.run(factory(1e-300, capitalised).build());
      // the years before the end of a period release only the negligible share (about 1e-300);
      // the year that ends one releases exactly what the model without early releases does
      for (int t = 0; t < 4; t++) {
        double w = without.years().participationReleased[t];
        double n = negligible.years().participationReleased[t];
        if (w == 0.0) {
          assertThat(n).isBetween(0.0, 1e-290);
        } else {
          assertThat(n).isEqualTo(w);
        }
      }
      assertThat(negligible.years().blockedAccounts).isEqualTo(without.years().blockedAccounts);
      assertThat(negligible.years().freeCashFlow).isEqualTo(without.years().freeCashFlow);
      assertThat(negligible.exit().equityValue()).isEqualTo(without.exit().equityValue());
      // and a release does happen at the end of the period (year 4 releases year 1's credit)
      assertThat(without.years().participationReleased[3]).isPositive();
    }
  }

  /**
   * On random rules (period 1 to 6 years, rate 0 to 6 %, interest paid or capitalised, early
   * release 0 to 100 %) over a seven-year plan: the balance rolls forward, it is the sum of what
   * each credit still holds by the closed form, what falls due after the horizon adds up to it,
   * and the cash rolls forward without residual.
   */
  @Test
  void theAccountsRollForwardOnRandomRules() {
    SplittableRandom rnd = new SplittableRandom(20261130L);
    for (int i = 0; i < 200; i++) {
      int n = 1 + rnd.nextInt(6);
      double rate = rnd.nextDouble(0.0, 0.06);
      boolean capitalised = rnd.nextBoolean();
      double early = i % 10 == 0 ? 1.0 : rnd.nextDouble(0.0, 1.0);
      TestDeals d = factory(7, n, rate, early, capitalised);
      DealResult r = LboEngine.DEFAULT.run(d.build());
      YearTable y = r.years();
      Participation p = d.participation;
      for (int t = 0; t < 7; t++) {
        double open = t == 0 ? 0.0 : y.blockedAccounts[t - 1];
        double capital = capitalised ? y.blockedAccountInterest[t] : 0.0;
        assertThat(y.blockedAccounts[t])
            .as("roll-forward, rule %d, year %d", i, t)
            .isCloseTo(open + y.participationBlocked[t] - y.participationReleased[t] + capital,
                within(1e-9));
        double held = 0.0;
        for (int k = Math.max(0, t - n + 1); k <= t; k++) {
          held += y.participationBlocked[k] * p.blockedHeldShare(t - k);
        }
        assertThat(y.blockedAccounts[t]).as("vintages, rule %d, year %d", i, t)
            .isCloseTo(held, within(1e-9));
        assertThat(CashRollForward.of(r).residual(t)).isCloseTo(0.0, within(1e-9));
      }
      double due = 0.0;
      for (DebtAfterHorizon.Due x : DebtAfterHorizon.blockedAccounts(d.build(), r)) {
        due += x.amount();
      }
      // a year's due below half a cent is dropped as a rounding residue (NOTHING), at most one a
      // year for the 6 years after the horizon (this factory's reserves are about 1)
      assertThat(due).as("due after the horizon, rule %d", i)
          .isCloseTo(r.exit().blockedAccounts(), within(6 * DebtAfterHorizon.NOTHING));
    }
  }
}
