package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;
import org.reprise.model.Financing;
import org.reprise.model.Ratchet;

/**
 * The management ratchet at the exit (docs/methodology.md §7.1), worked by hand: below the first
 * tier, a tier in full, the highest tier in full, a tier capped at the share that leaves the fund
 * exactly at its threshold, on the multiple and on the IRR; and, on random deals, that the exit
 * proceeds still add up.
 */
class RatchetTest {

  private static final double EPS = 1e-9;

  /**
   * No debt, no tax: revenue 1,000 at a 20 % margin, EBITDA 200, price 5 × 200 = 1,000 = fund
   * ordinary shares 80 (80 %) + management ordinary shares 20 (20 %, the same price per share) +
   * the fund's shareholder loan at 0 %, the balance, 900. The cash is kept: 5 × 200 = 1,000 at the
   * exit beside the EV of 5 × 200 = 1,000, so 2,000 to share:
   *
   * <pre>
   * loan      claim 900
   * ordinary  P = 2,000 − 900 = 1,100: fund 80 % = 880, management 20 % = 220
   * fund      paid 80 + 900 = 980, received 900 + 880 = 1,780: 1,780 / 980 = 1.816327×
   * </pre>
   *
   * With a beneficiary share s the fund's ordinary proceeds are 1,100 × (1 − s) (it holds all
   * the rest), and its multiple (900 + 1,100 (1 − s)) / 980.
   */
  private static TestDeals deal(Ratchet.Test test, Ratchet.Tier... tiers) {
    TestDeals d = new TestDeals();
    d.revenue = 1_000.0;
    d.tax = TestDeals.generic(0.0);
    d.ordinary("Fund shares", "fund", 80.0, 0.8);
    d.ordinary("Management shares", "management", 20.0, 0.2);
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, Double.NaN, 0.0);
    d.ratchet = tiers.length == 0 ? null
        : new Ratchet("management", null, test, List.of(tiers));
    return d;
  }

  private static Ratchet.Tier tier(double atLeast, double ownership) {
    return new Ratchet.Tier(atLeast, ownership);
  }

  private static DealResult run(TestDeals d) {
    return LboEngine.DEFAULT.run(d.build());
  }

  @Test
  void withoutARatchetNothingMoves() {
    DealResult r = run(deal(Ratchet.Test.MULTIPLE));
    assertThat(r.exit().ratchet()).isNull();
    assertThat(r.equityReturns().envyRatioAfterRatchet()).isNull();
    assertThat(r.returnOf("fund").moic()).isCloseTo(1_780.0 / 980.0, within(EPS));
    assertThat(r.returnOf("management").proceeds()).isCloseTo(220.0, within(EPS));
  }

  /** The fund makes 1.816× < 2.0×, the first tier's threshold: no tier, the shares stay. */
  @Test
  void belowTheFirstTierNothingMoves() {
    DealResult r = run(deal(Ratchet.Test.MULTIPLE, tier(2.0, 0.30), tier(2.5, 0.40)));
    RatchetOutcome o = r.exit().ratchet();
    assertThat(o.applied()).isFalse();
    assertThat(o.tier()).isZero();
    assertThat(o.investor()).isEqualTo("fund");
    assertThat(o.threshold()).isEqualTo(2.0);
    assertThat(o.shareBefore()).isCloseTo(0.2, within(EPS));
    assertThat(o.shareAfter()).isCloseTo(0.2, within(EPS));
    assertThat(o.moved()).isZero();
    assertThat(o.ordinaryProceeds()).isCloseTo(1_100.0, within(EPS));
    assertThat(o.investorBefore()).isCloseTo(1_780.0 / 980.0, within(EPS));
    assertThat(o.investorAfter()).isCloseTo(1_780.0 / 980.0, within(EPS));
    assertThat(r.returnOf("management").proceeds()).isCloseTo(220.0, within(EPS));
  }

  /**
   * Tiers 1.5× → 30 % and 1.8× → 40 %. Tier 1 in full: the fund keeps 1,100 × 70 % = 770,
   * (900 + 770) / 980 = 1.704082× ≥ 1.5×. Tier 2 needs E = 1.8 × 980 − 900 = 864 of ordinary
   * proceeds: s ≤ 1 − 864 / 1,100 = 21.45 %, less than tier 1's 30 %; so tier 1 applies in full
   * (the fund keeps more than 1.5× but less than 1.8×): 1,100 × (30 % − 20 %) = 110 moved.
   */
  @Test
  void theFirstTierAppliesInFullWhenTheSecondCannotBeKept() {
    DealResult r = run(deal(Ratchet.Test.MULTIPLE, tier(1.5, 0.30), tier(1.8, 0.40)));
    RatchetOutcome o = r.exit().ratchet();
    assertThat(o.tier()).isEqualTo(1);
    assertThat(o.capped()).isFalse();
    assertThat(o.shareAfter()).isCloseTo(0.30, within(EPS));
    assertThat(o.moved()).isCloseTo(110.0, within(EPS));
    assertThat(o.fromInvestor()).isCloseTo(110.0, within(EPS));
    assertThat(o.investorAfter()).isCloseTo(1_670.0 / 980.0, within(EPS));
    assertThat(r.returnOf("fund").moic()).isCloseTo(1_670.0 / 980.0, within(EPS));
    assertThat(r.returnOf("management").proceeds()).isCloseTo(330.0, within(EPS));
    assertThat(r.equityReturns().instrument("Management shares").proceeds())
        .isCloseTo(330.0, within(EPS));
    // the shares as subscribed stay the instruments' and the envy ratio's
    assertThat(r.equityReturns().instrument("Management shares").ownership()).isEqualTo(0.2);
    // envy ratio: (980 / 80 %) / (20 / 20 %) = 1,225 / 100 = 12.25× as subscribed;
    // after the ratchet (980 / 70 %) / (20 / 30 %) = 1,400 / 66.67 = 21×
    assertThat(r.equityReturns().envyRatio().ratio()).isCloseTo(12.25, within(EPS));
    EnvyRatio after = r.equityReturns().envyRatioAfterRatchet();
    assertThat(after.sponsorShare()).isCloseTo(0.70, within(EPS));
    assertThat(after.managementShare()).isCloseTo(0.30, within(EPS));
    assertThat(after.ratio()).isCloseTo(21.0, within(EPS));
  }

  /**
   * Tiers 1.5× → 25 % and 1.6× → 30 %: tier 2 in full leaves the fund 1.704× ≥ 1.6×, so the
   * highest tier applies: 110 moved, as above.
   */
  @Test
  void theHighestTierKeptAppliesInFull() {
    DealResult r = run(deal(Ratchet.Test.MULTIPLE, tier(1.5, 0.25), tier(1.6, 0.30)));
    RatchetOutcome o = r.exit().ratchet();
    assertThat(o.tier()).isEqualTo(2);
    assertThat(o.capped()).isFalse();
    assertThat(o.tierOwnership()).isEqualTo(0.30);
    assertThat(o.shareAfter()).isCloseTo(0.30, within(EPS));
    assertThat(o.moved()).isCloseTo(110.0, within(EPS));
    assertThat(r.returnOf("fund").moic()).isCloseTo(1_670.0 / 980.0, within(EPS));
  }

  /**
   * Tiers 1.5× → 25 % and 1.75× → 40 %. Tier 2 in full would leave the fund (900 + 660) / 980 =
   * 1.59× < 1.75×; it needs E = 1.75 × 980 − 900 = 815, so s ≤ 1 − 815 / 1,100 = 25.909 %, more
   * than tier 1's 25 %: tier 2 applies capped at 25.909 %, the fund exactly at 1.75× (900 + 815 =
   * 1,715 = 1.75 × 980), 880 − 815 = 65 moved.
   */
  @Test
  void aTierWhoseTransferWouldTakeTheFundBelowItsThresholdIsCapped() {
    DealResult r = run(deal(Ratchet.Test.MULTIPLE, tier(1.5, 0.25), tier(1.75, 0.40)));
    RatchetOutcome o = r.exit().ratchet();
    assertThat(o.tier()).isEqualTo(2);
    assertThat(o.capped()).isTrue();
    assertThat(o.shareAfter()).isCloseTo(1.0 - 815.0 / 1_100.0, within(EPS));
    assertThat(o.shareAfter()).isCloseTo(0.259091, within(1e-6));
    assertThat(o.moved()).isCloseTo(65.0, within(EPS));
    assertThat(o.fromInvestor()).isCloseTo(65.0, within(EPS));
    assertThat(o.investorAfter()).isCloseTo(1.75, within(EPS));
    assertThat(r.returnOf("fund").proceeds()).isCloseTo(1_715.0, within(EPS));
    assertThat(r.returnOf("management").proceeds()).isCloseTo(285.0, within(EPS));
  }

  /**
   * On the IRR: the fund's flows are −980 at closing and its proceeds at year 5, its IRR without
   * the ratchet (1,780 / 980)^(1/5) − 1 = 12.67 %. Tiers 10 % → 22 % and 12 % → 40 %. Tier 2
   * needs E = 980 × 1.12^5 − 900 = 980 × 1.7623417 − 900 = 827.0949: s ≤ 1 − 827.0949 / 1,100 =
   * 24.81 %, more than tier 1's 22 % (which the fund keeps: it needs 980 × 1.1^5 − 900 = 678.30
   * ≤ 1,100 × 78 % = 858): tier 2 capped, the fund's IRR exactly 12 %.
   */
  @Test
  void onTheIrrTheCappedTierLeavesTheFundAtItsThreshold() {
    DealResult r = run(deal(Ratchet.Test.IRR, tier(0.10, 0.22), tier(0.12, 0.40)));
    RatchetOutcome o = r.exit().ratchet();
    double needed = 980.0 * Math.pow(1.12, 5) - 900.0;
    assertThat(needed).isCloseTo(827.0949, within(1e-4));
    assertThat(o.tier()).isEqualTo(2);
    assertThat(o.capped()).isTrue();
    assertThat(o.shareAfter()).isCloseTo(1.0 - needed / 1_100.0, within(EPS));
    assertThat(o.investorBefore()).isCloseTo(Math.pow(1_780.0 / 980.0, 0.2) - 1.0, within(1e-12));
    assertThat(o.investorAfter()).isCloseTo(0.12, within(1e-12));
    assertThat(r.returnOf("fund").irr()).isCloseTo(0.12, within(1e-12));
  }

  /**
   * A co-investor holding ordinary shares gives up its part pro rata: fund 60 % (60), co 20 %
   * (20), management 20 % (20); tier 1.5× → 30 %: each other holder keeps (1 − 30 %) / 80 % =
   * 87.5 % of its share, fund 52.5 %, co 17.5 %. Of the 110 moved, the fund gives 1,100 × 7.5 %
   * = 82.5 and the co-investor 27.5. The fund: paid 960, received 900 + 577.5 = 1,477.5,
   * 1.539× ≥ 1.5×.
   */
  @Test
  void theOtherHoldersOfOrdinarySharesGiveUpTheirPartProRata() {
    TestDeals d = new TestDeals();
    d.revenue = 1_000.0;
    d.tax = TestDeals.generic(0.0);
    d.ordinary("Fund shares", "fund", 60.0, 0.6);
    d.ordinary("Co shares", "co", 20.0, 0.2);
    d.ordinary("Management shares", "management", 20.0, 0.2);
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, Double.NaN, 0.0);
    d.ratchet = new Ratchet("management", null, Ratchet.Test.MULTIPLE, List.of(tier(1.5, 0.3)));
    DealResult r = run(d);
    RatchetOutcome o = r.exit().ratchet();
    assertThat(o.investor()).isEqualTo("fund");
    assertThat(o.tier()).isEqualTo(1);
    assertThat(o.moved()).isCloseTo(110.0, within(EPS));
    assertThat(o.fromInvestor()).isCloseTo(82.5, within(EPS));
    assertThat(r.returnOf("co").proceeds()).isCloseTo(192.5, within(EPS));
    assertThat(r.returnOf("fund").proceeds()).isCloseTo(1_477.5, within(EPS));
    assertThat(o.investorAfter()).isCloseTo(1_477.5 / 960.0, within(EPS));
  }

  /**
   * A beneficiary that subscribed none of the ordinary equity (0 %) still receives the tier's
   * share: fund 100 %, management 0 %, tier 1.5× → 10 %: the fund keeps 1,100 × 90 % = 990,
   * (900 + 990) / 1,000 = 1.89× ≥ 1.5×; management 110; the shares at the exit add up to 100 %.
   */
  @Test
  void aBeneficiaryWithNoShareAtClosingReceivesTheTiersShare() {
    TestDeals d = new TestDeals();
    d.revenue = 1_000.0;
    d.tax = TestDeals.generic(0.0);
    d.ordinary("Fund shares", "fund", 100.0, 1.0);
    d.ordinary("Management shares", "management", 0.0, 0.0);
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, Double.NaN, 0.0);
    d.ratchet = new Ratchet("management", null, Ratchet.Test.MULTIPLE, List.of(tier(1.5, 0.1)));
    DealResult r = run(d);
    assertThat(r.exit().ratchet().moved()).isCloseTo(110.0, within(EPS));
    assertThat(r.returnOf("management").proceeds()).isCloseTo(110.0, within(EPS));
    assertThat(r.returnOf("fund").proceeds()).isCloseTo(1_890.0, within(EPS));
  }

  /** A tier at or below the beneficiary's share as subscribed is refused, with its path. */
  @Test
  void aTierBelowTheSharesAsSubscribedIsRefused() {
    assertThatThrownBy(() -> run(deal(Ratchet.Test.MULTIPLE, tier(1.5, 0.2))))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("financing.ratchet.tiers[0].ownership")
        .hasMessageContaining("expected more than the beneficiary's share of the ordinary equity"
            + " at closing, 20%, found 20%");
  }

  /** A SCOP refuses a ratchet: there is no ordinary equity to move. */
  @Test
  void aScopRefusesARatchet() {
    TestDeals d = deal(Ratchet.Test.MULTIPLE, tier(1.5, 0.3));
    d.cooperative = new org.reprise.model.Cooperative(0.4, 0.5, 0.1, false, false,
        TestDeals.fill(5, 0.0), TestDeals.fill(5, 0.0), List.of("management", "fund"), 10, 1,
        null);
    assertThatThrownBy(() -> run(d)).isInstanceOf(DealException.class)
        .hasMessageContaining("financing.ratchet")
        .hasMessageContaining("a SCOP has no ratchet");
  }

  /**
   * The Monte Carlo runs each path through {@link PathWorkspace}, which computes the exit waterfall
   * as the engine does: the ratchet applies on each path (the capped case above, then the plain
   * deal, then the capped one again, in one workspace: no state carried over).
   */
  @Test
  void theMonteCarloWorkspaceAppliesItOnEachPath() {
    Deal capped = deal(Ratchet.Test.MULTIPLE, tier(1.5, 0.25), tier(1.75, 0.40)).build();
    Deal plain = deal(Ratchet.Test.MULTIPLE).build();
    PathWorkspace w = new PathWorkspace();
    for (Deal d : new Deal[] {capped, plain, capped}) {
      DealResult r = LboEngine.DEFAULT.run(d);
      w.run(d);
      for (int p = 0; p < w.parties(); p++) {
        assertThat(w.moic(p)).as(w.party(p)).isEqualTo(r.returns().get(p).moic());
        assertThat(w.irr(p)).as(w.party(p)).isEqualTo(r.returns().get(p).irr());
      }
      assertThat(w.moic(0)).isCloseTo(d == capped ? 1.75 : 1_780.0 / 980.0, within(EPS));
    }
  }

  static LongStream seeds() {
    return LongStream.range(1, 201);
  }

  /**
   * On random deals (the accounting identities' generator, a management class added when it has
   * none, SCOPs left out) with a ratchet on the multiple whose first tier is within reach: the
   * waterfall's lines still add up to what the proceeds pay (the equity lines to the equity value
   * when every claim ahead of them is paid), the ratchet changes only the ordinary shares' lines,
   * whose sum it keeps, the shares at the exit add up to 100 %, and an applied tier leaves the
   * fund at or above its threshold.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void theExitProceedsStillAddUp(long seed) {
    check(seed);
  }

  /** The random deals reach every case: no tier, a tier in full, a capped tier. */
  @Test
  void theRandomDealsReachEveryCase() {
    int none = 0;
    int full = 0;
    int capped = 0;
    for (long seed : seeds().toArray()) {
      RatchetOutcome o = check(seed);
      if (o != null) {
        none += o.applied() ? 0 : 1;
        full += o.applied() && !o.capped() ? 1 : 0;
        capped += o.capped() ? 1 : 0;
      }
    }
    assertThat(none).isPositive();
    assertThat(full).isPositive();
    assertThat(capped).isPositive();
  }

  /** @return the ratchet's outcome on the random deal, or null for a SCOP (left out) */
  private static RatchetOutcome check(long seed) {
    Deal plain = AccountingIdentitiesTest.randomDeal(seed);
    if (plain.isCooperative()) {
      return null;
    }
    List<EquityClass> equity = new java.util.ArrayList<>(plain.financing().equity());
    if (equity.stream().noneMatch(c -> c.holder().equals("management"))) {
      equity.add(new EquityClass("Management", "management", EquityClass.Kind.ORDINARY,
          0.01 * plain.company().base().revenue(), 0.0, Double.NaN));
    }
    Deal base = with(plain, equity, null);
    DealResult without = LboEngine.DEFAULT.run(base);
    double fundMultiple = without.returnOf("fund").moic();
    double s0 = without.equityReturns().instrument("Management").ownership();
    // tiers around the fund's multiple: the first often within reach, the second often capped
    double m = Double.isFinite(fundMultiple) && fundMultiple > 0.0 ? fundMultiple : 1.0;
    Ratchet ratchet = new Ratchet("management", "fund", Ratchet.Test.MULTIPLE, List.of(
        tier(0.8 * m, Math.min(0.95, s0 + 0.05)), tier(0.98 * m, Math.min(0.99, s0 + 0.2))));
    DealResult r = LboEngine.DEFAULT.run(with(plain, equity, ratchet));
    ExitResult e = r.exit();
    ExitResult e0 = without.exit();
    double scale = Math.max(1.0, Math.abs(e.enterpriseValue()) + Math.abs(e.cash()));
    double tol = 1e-9 * scale;
    double paid = e.blockedAccountsPaid();
    double ordinary = 0.0;
    double ordinary0 = 0.0;
    int ordinaryLines = (int) equity.stream()
        .filter(c -> c.kind() == EquityClass.Kind.ORDINARY).count();
    int n = e.waterfall().size();
    for (int k = 0; k < n; k++) {
      paid += e.waterfall().get(k).paid();
      if (k >= n - ordinaryLines) {
        ordinary += e.waterfall().get(k).paid();
        ordinary0 += e0.waterfall().get(k).paid();
      } else {
        assertThat(e.waterfall().get(k).paid()).as("line " + k + " unchanged")
            .isCloseTo(e0.waterfall().get(k).paid(), within(tol));
      }
    }
    assertThat(paid).as("the proceeds are paid out")
        .isCloseTo(Math.max(0.0, e.enterpriseValue() - e.fees() + e.cash()), within(tol));
    assertThat(ordinary).as("the ordinary shares' sum is kept").isCloseTo(ordinary0, within(tol));
    if (e.paysEveryClaim() && e.equityValue() > 0.0) {
      double equityLines = 0.0;
      for (int k = r.debt().size(); k < n; k++) {
        equityLines += e.waterfall().get(k).paid();
      }
      assertThat(equityLines).as("the equity lines sum to the equity value")
          .isCloseTo(e.equityValue(), within(tol));
    }
    RatchetOutcome o = e.ratchet();
    assertThat(o.moved()).isCloseTo(o.ordinaryProceeds() * (o.shareAfter() - o.shareBefore()),
        within(tol));
    assertThat(o.shareAfter()).isGreaterThanOrEqualTo(o.shareBefore());
    if (o.applied()) {
      assertThat(o.investorAfter()).as("the fund keeps its threshold")
          .isGreaterThanOrEqualTo(o.threshold() * (1.0 - 1e-12));
      assertThat(r.returnOf("fund").proceeds()).isCloseTo(
          without.returnOf("fund").proceeds() - o.fromInvestor(), within(tol));
      assertThat(o.shareAfter()).isLessThanOrEqualTo(o.tierOwnership() + 1e-15);
    }
    return o;
  }

  private static Deal with(Deal d, List<EquityClass> equity, Ratchet ratchet) {
    Financing f = d.financing();
    Financing g = new Financing(equity, f.debt(), f.cashSweep(), f.distributionShare(),
        f.sweepBasis(), f.pariPassu(), f.distributionLockUp(), f.paymentConditions(), ratchet);
    return new Deal(d.name(), d.company(), d.operations(), d.transaction(), d.structure(), g,
        d.tax(), d.covenants(), d.exit(), d.interestBasis(), d.participation(), d.cooperative());
  }
}
