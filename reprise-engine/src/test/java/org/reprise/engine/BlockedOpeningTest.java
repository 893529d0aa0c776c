package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.model.Deal;
import org.reprise.model.Participation;
import org.reprise.model.Structure;

/**
 * The blocked participation accounts the company already holds at the closing (methodology §5.8,
 * {@code participation.blockedAccounts.opening}): each amount, paid out in the projected year its
 * blocking period ends, bears the accounts' interest, is released early as the plan's credits
 * are, comes off the price of the shares at the entry, and what is left at the exit comes off the
 * equity value.
 */
class BlockedOpeningTest {
  private static final double EPS = 1e-9;
  private static final double RATE = 0.03;
  private static final double EARLY = 0.1;
  private static final List<Double> OPENING = List.of(100.0, 80.0);

  /**
   * A push-down factory at ten times the scale of {@link BlockedParticipationTest}'s: revenue
   * 1,000, purchases 400, personnel 400, EBITDA 200, EV = 5 × 200 = 1,000, a senior bullet of 500
   * at 10 % on the opening balance (50 a year), tax 25 %, no cash at the base year. The legal
   * participation does not apply, so that nothing is credited during the plan: only the accounts
   * held at the closing move. Blocked five years at 3 %, early release 10 %, no levies.
   */
  static TestDeals factory(int years, List<Double> opening, boolean capitalised) {
    TestDeals d = new TestDeals();
    d.years = years;
    d.exitYear = years;
    d.structure = Structure.Kind.PUSHDOWN;
    d.revenue = 1000.0;
    d.variableShareOfCosts = 0.4;
    d.fixedCosts = 400.0;
    d.personnelShareOfFixed = 1.0;
    d.participation = new Participation(false, 0.05, 0.7, 0.20, Double.POSITIVE_INFINITY, 0.0)
        .withBlockedAccounts(5, RATE, capitalised)
        .withEarlyRelease(EARLY)
        .withBlockedOpening(opening);
    d.term("Senior", "banks", 500.0, 0.10, 9);
    return d;
  }

  /**
   * By hand, opening [100, 80] (100 paid out in year 1, 80 in year 2), 3 %, interest paid, e =
   * 10 %, releases taken at the start of the year:
   *
   * <pre>
   * year 1: the 100 reaches the end of its period: released 100
   *         the 80: 10 % released early, 8; it holds 72
   *         released 108; balance during the year 180 − 108 = 72; interest 3 % × 72 = 2.16, paid
   *         B_1 = 72
   * year 2: the 80's rest reaches the end of its period: released 72 (= 80 × 0.9); B_2 = 0
   * years 3, 4: nothing
   *
   * cash, year 1: pre-tax = 200 − 50 − 2.16 = 147.84; tax = 25 % × 147.84 = 36.96
   *               FCF = 200 − 36.96 − 108 − 2.16 = 52.88 (162.5 without the accounts: 200 − 37.5),
   *               which pays the 50 of senior interest
   * cash, year 2: FCF = 200 − 37.5 − 72 = 90.5
   *
   * entry: price of the shares = EV − debt + cash − accounts = 1,000 − 0 + 0 − 180 = 820
   *        uses 820 = sources: senior 500 + fund 320 (500 without the accounts)
   *        entry equity E0 = EV − ND0 − B0 + F0 = 1,000 − 500 − 180 + 0 = 320
   * exit (year 4): B_4 = 0; the cash is lower by 108 + 2.16 − 0.54 (the tax the interest saves)
   *        + 72 = 181.62 than without the accounts, the equity value too: the fund put in 180 less
   *        and gets 181.62 less; its gain is lower by the after-tax interest, 1.62 = 2.16 × 0.75
   *        deleveraging = ND0 + B0 − ND4 − B4: 180 more at the closing, 181.62 less paid down
   * </pre>
   */
  @Test
  void theAccountsHeldAtTheClosingAreReleasedAndComeOffThePrice() {
    DealResult r = LboEngine.DEFAULT.run(factory(4, OPENING, false).build());
    DealResult none = LboEngine.DEFAULT.run(factory(4, List.of(), false).build());
    YearTable y = r.years();
    assertThat(y.participationReleased[0]).isCloseTo(108.0, within(EPS));
    assertThat(y.participationReleased[1]).isCloseTo(72.0, within(EPS));
    assertThat(y.participationReleased[2]).isZero();
    assertThat(y.participationReleased[3]).isZero();
    assertThat(y.blockedAccountInterest[0]).isCloseTo(2.16, within(EPS));
    assertThat(y.blockedAccountInterestPaid[0]).isCloseTo(2.16, within(EPS));
    assertThat(y.blockedAccountInterest[1]).isCloseTo(0.0, within(EPS));
    assertThat(y.blockedAccounts[0]).isCloseTo(72.0, within(EPS));
    assertThat(y.blockedAccounts[1]).isCloseTo(0.0, within(EPS));
    // each release is a cash outflow of its year
    assertThat(y.participationPaid[0]).isCloseTo(108.0, within(EPS));
    assertThat(y.incomeTax[0]).isCloseTo(36.96, within(EPS));
    assertThat(y.freeCashFlow[0]).isCloseTo(52.88, within(EPS));
    assertThat(none.years().freeCashFlow[0]).isCloseTo(162.5, within(EPS));
    assertThat(y.freeCashFlow[1]).isCloseTo(90.5, within(EPS));
    for (int t = 0; t < 4; t++) {
      assertThat(CashRollForward.of(r).residual(t)).isCloseTo(0.0, within(1e-9));
    }
    // the entry: the accounts come off the price of the shares, and sources = uses
    SourcesAndUses su = r.sourcesAndUses();
    assertThat(su.blockedAccountsAtClosing()).isEqualTo(180.0);
    assertThat(su.equityPurchasePrice()).isCloseTo(820.0, within(EPS));
    assertThat(su.uses().get(0).amount()).isCloseTo(820.0, within(EPS));
    assertThat(su.totalUses()).isCloseTo(820.0, within(EPS));
    assertThat(su.totalSources()).isCloseTo(su.totalUses(), within(EPS));
    assertThat(su.sources().get(0).amount()).as("the fund's shares")
        .isCloseTo(320.0, within(EPS));
    assertThat(none.sourcesAndUses().blockedAccountsAtClosing()).isZero();
    assertThat(none.sourcesAndUses().equityPurchasePrice()).isCloseTo(1000.0, within(EPS));
    // the exit: nothing left in the accounts, the cash lower by 181.62
    assertThat(r.exit().blockedAccounts()).isCloseTo(0.0, within(EPS));
    assertThat(none.exit().cash() - r.exit().cash()).isCloseTo(181.62, within(EPS));
    assertThat(none.exit().equityValue() - r.exit().equityValue()).isCloseTo(181.62, within(EPS));
    // the bridge: E0 = EV − ND0 − B0 + F0, and the parts sum to the gain
    ValueBridge b = r.valueBridge();
    assertThat(b.entryEquity()).isCloseTo(320.0, within(EPS));
    assertThat(b.ebitdaGrowth() + b.multipleChange() + b.deleveraging() + b.distributions()
        + b.fees()).isCloseTo(b.equityGain(), within(EPS));
    assertThat(none.valueBridge().equityGain() - b.equityGain()).isCloseTo(1.62, within(EPS));
    // deleveraging = ND0 + B0 − ND4 − B4: the accounts paid off count as debt paid down
    assertThat(b.deleveraging() - none.valueBridge().deleveraging())
        .isCloseTo(180.0 - 181.62, within(EPS));
  }

  /**
   * Exit at the end of year 1: the 72 still held comes off the equity value, and is paid out in
   * year 2 after the horizon (the works council's schedule). With the interest capitalised the
   * 80 grows instead: year 1 releases 100 + 8, the 72 left earns 2.16, added to it (B_1 =
   * 74.16 = 80 × 0.9 × 1.03), and paid out in year 2.
   */
  @Test
  void whatIsLeftAtTheExitComesOffTheValueAndFallsDueAfterIt() {
    Deal deal = factory(1, OPENING, false).build();
    DealResult r = LboEngine.DEFAULT.run(deal);
    DealResult none = LboEngine.DEFAULT.run(factory(1, List.of(), false).build());
    assertThat(r.exit().blockedAccounts()).isCloseTo(72.0, within(EPS));
    assertThat(r.exit().equityValue()).isCloseTo(
        r.exit().enterpriseValue() - r.exit().fees() - r.exit().prepaymentFees()
            - r.exit().netDebt() - 72.0, within(EPS));
    // the year-1 cash is lower by 108 + 2.16 − 0.54, the equity value by that and the 72
    assertThat(none.exit().equityValue() - r.exit().equityValue())
        .isCloseTo(109.62 + 72.0, within(EPS));
    List<DebtAfterHorizon.Due> due = DebtAfterHorizon.blockedAccounts(deal, r);
    assertThat(due).extracting(DebtAfterHorizon.Due::year).containsExactly(r.years().year[0] + 1);
    assertThat(due.get(0).amount()).isCloseTo(72.0, within(EPS));

    Deal capitalised = factory(1, OPENING, true).build();
    DealResult c = LboEngine.DEFAULT.run(capitalised);
    assertThat(c.years().participationReleased[0]).isCloseTo(108.0, within(EPS));
    assertThat(c.years().blockedAccountInterestPaid[0]).isZero();
    assertThat(c.years().blockedAccounts[0]).isCloseTo(74.16, within(EPS));
    assertThat(DebtAfterHorizon.blockedAccounts(capitalised, c).get(0).amount())
        .isCloseTo(74.16, within(EPS));
  }

  /**
   * An amount whose period ends after the horizon is released early each year of the plan and
   * after it, and the rest falls due in its own year: opening [0, 0, 50], e = 10 %, interest
   * paid, over a 1-year plan: year 1 releases 5, the 45 left pays 4.5 in year 2 and 40.5 in year
   * 3.
   */
  @Test
  void anAmountDueAfterTheHorizonIsSpreadUpToItsYear() {
    Deal deal = factory(1, List.of(0.0, 0.0, 50.0), false).build();
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(r.years().participationReleased[0]).isCloseTo(5.0, within(EPS));
    List<DebtAfterHorizon.Due> due = DebtAfterHorizon.blockedAccounts(deal, r);
    int year1 = r.years().year[0];
    assertThat(due).extracting(DebtAfterHorizon.Due::year).containsExactly(year1 + 1, year1 + 2);
    assertThat(due.get(0).amount()).isCloseTo(4.5, within(EPS));
    assertThat(due.get(1).amount()).isCloseTo(40.5, within(EPS));
  }

  /** Accounts at the closing that hold nothing change nothing, bit for bit. */
  @Test
  void zerosAreNothing() {
    TestDeals d = factory(4, List.of(0.0, 0.0, 0.0), false);
    d.participation = new Participation(true, 0.05, 0.7, 0.20, Double.POSITIVE_INFINITY, 10.0)
        .withBlockedAccounts(3, RATE, true).withEarlyRelease(EARLY)
        .withBlockedOpening(List.of(0.0, 0.0, 0.0));
    DealResult zeros = LboEngine.DEFAULT.run(d.build());
    d.participation = d.participation.withBlockedOpening(List.of());
    DealResult none = LboEngine.DEFAULT.run(d.build());
    assertThat(zeros.years().participationReleased).isEqualTo(none.years().participationReleased);
    assertThat(zeros.years().blockedAccounts).isEqualTo(none.years().blockedAccounts);
    assertThat(zeros.years().cash).isEqualTo(none.years().cash);
    assertThat(zeros.exit().equityValue()).isEqualTo(none.exit().equityValue());
    assertThat(zeros.valueBridge()).isEqualTo(none.valueBridge());
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /**
   * Random rules (1 to 8 years, 0 to 6 %, paid or capitalised, 0 to 30 % of early releases, with
   * or without levies) and random amounts held at the closing, on the factory with its legal
   * participation: the accounts roll forward (B_0 = the amounts held, B_t = B_{t−1} + credited −
   * released + capitalised interest), what they release equals each credit and each amount held
   * followed by hand (e of what it holds each year, the rest at the end of its period, grown by
   * 1 + r while the interest is capitalised), the dues after the horizon add up to what is left,
   * the price of the shares is net of the amounts held, sources = uses and the bridge sums.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void theAccountsRollForward(long seed) {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
    int horizon = 1 + rng.nextInt(8);
    int years = 1 + rng.nextInt(8);
    double rate = rng.nextDouble() * 0.06;
    boolean capitalised = rng.nextBoolean();
    double early = rng.nextBoolean() ? 0.0 : rng.nextDouble() * 0.3;
    double levies = rng.nextBoolean() ? 0.0 : Participation.CSG_CRDS;
    List<Double> opening = new ArrayList<>();
    int held = rng.nextInt(years + 1);
    for (int j = 0; j < held; j++) {
      opening.add(rng.nextDouble() < 0.2 ? 0.0 : rng.nextDouble() * 40.0);
    }
    TestDeals d = factory(horizon, List.of(), capitalised);
    d.participation = new Participation(true, 0.05, 0.7, 0.20, Double.POSITIVE_INFINITY,
        rng.nextDouble() * 20.0)
        .withBlockedAccounts(years, rate, capitalised).withEarlyRelease(early)
        .withCreditLevies(levies).withBlockedOpening(opening);
    Deal deal = d.build();
    DealResult r = LboEngine.DEFAULT.run(deal);
    YearTable y = r.years();
    double total = 0.0;
    for (double h : opening) {
      total += h;
    }
    double g = capitalised ? 1.0 + rate : 1.0;
    // each credit followed by hand: [0] what it holds, [1] the index of the year it ends
    List<double[]> credits = new ArrayList<>();
    for (int j = 0; j < opening.size(); j++) {
      credits.add(new double[] {opening.get(j), j});
    }
    double before = total;
    for (int t = 0; t < y.size(); t++) {
      credits.add(new double[] {y.participationBlocked[t], t + years});
      double released = 0.0;
      for (double[] c : credits) {
        if (t > c[1] || c[0] == 0.0) {
          continue;
        }
        double paid = t == c[1] ? c[0] : early * c[0];
        released += paid;
        c[0] = (c[0] - paid) * g;
      }
      double tol = 1e-9 * Math.max(1.0, total + y.participation[t] * years);
      assertThat(y.participationReleased[t]).as("released, year " + t)
          .isCloseTo(released, within(tol));
      double capitalisedInterest = y.blockedAccountInterest[t] - y.blockedAccountInterestPaid[t];
      assertThat(y.blockedAccounts[t]).as("roll-forward, year " + t).isCloseTo(
          before + y.participationBlocked[t] - y.participationReleased[t] + capitalisedInterest,
          within(tol));
      assertThat(y.blockedAccountInterest[t]).as("interest, year " + t).isCloseTo(
          rate * (before + y.participationBlocked[t] - y.participationReleased[t]), within(tol));
      double left = 0.0;
      for (double[] c : credits) {
        left += t < c[1] ? c[0] : 0.0;
      }
      assertThat(y.blockedAccounts[t]).as("what the credits hold, year " + t)
          .isCloseTo(left, within(tol));
      assertThat(CashRollForward.of(r).residual(t)).isCloseTo(0.0, within(1e-9 * 1000.0));
      before = y.blockedAccounts[t];
    }
    int x = r.exitYearIndex() - 1;
    double dues = 0.0;
    for (DebtAfterHorizon.Due due : DebtAfterHorizon.blockedAccounts(deal, r)) {
      dues += due.amount();
    }
    assertThat(dues).as("dues after the horizon").isCloseTo(y.blockedAccounts[x], within(1e-6));
    SourcesAndUses su = r.sourcesAndUses();
    assertThat(su.blockedAccountsAtClosing()).isEqualTo(total);
    assertThat(su.equityPurchasePrice()).isCloseTo(su.entryEnterpriseValue() - total, within(EPS));
    assertThat(su.totalSources()).as("sources = uses").isCloseTo(su.totalUses(), within(0.005));
    ValueBridge b = r.valueBridge();
    assertThat(b.entryEquity()).as("entry equity = equity invested")
        .isCloseTo(su.sources().get(0).amount(), within(EPS));
    assertThat(b.ebitdaGrowth() + b.multipleChange() + b.deleveraging() + b.distributions()
        + b.fees()).as("the bridge sums").isCloseTo(b.equityGain(), within(1e-9 * 1000.0));
    assertThat(r.exit().equityValue()).isCloseTo(r.exit().enterpriseValue() - r.exit().fees()
        - r.exit().prepaymentFees() - r.exit().netDebt() - y.blockedAccounts[x], within(EPS));
  }
}
