package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.model.Deal;
import org.reprise.model.FundTerms;
import org.reprise.model.FundTerms.FeeBasis;

/**
 * The fund's waterfall (docs/methodology.md §8.3): hand-worked cases, one checked against an
 * independent calculation, and the identities on random flows.
 */
class FundWaterfallTest {

  private static final double EPS = 1e-9;

  /** 2 % on commitments, 8 % hurdle, 20 % carry, full catch-up. */
  private static final FundTerms USUAL = FundTerms.usual();

  private static FundTerms terms(double fee, double hurdle, double carry, double catchUp) {
    return new FundTerms(fee, FeeBasis.COMMITTED, hurdle, carry, catchUp, FundTerms.DEFAULT_HOLDER);
  }

  /**
   * Below the hurdle: 100 in, 110 back after two years, 2 % fees. Fees 2 at the end of years 1
   * and 2; the LPs paid in 100 + 2 + 2 = 104. Pref: year 1, 8 % × 100 = 8; year 2, 8 % × (102 +
   * 8) = 8.8, 16.8 in all. The 110: 104 back to the LPs (tier 1), 6 of the 16.8 of pref (tier 2),
   * nothing left: no carry. LPs −100, −2, +108; GP 0, 2, 2. Gross IRR √1.1 − 1 = 4.88 %; net:
   * −100 − 2x + 108x² = 0, x = (2 + √43,204) / 216 = 0.971559, 2.93 % (the Python check below
   * gives 2.9278595950 %).
   */
  @Test
  void belowTheHurdleTheGpGetsItsFeesOnly() {
    FundWaterfall w = FundWaterfall.of(USUAL, new double[] {-100, 0, 110});
    assertThat(w.fees()).containsExactly(0, 2, 2);
    assertThat(w.lpFlows()).containsExactly(new double[] {-100, -2, 108}, within(EPS));
    assertThat(w.gpFlows()).containsExactly(new double[] {0, 2, 2}, within(EPS));
    assertThat(w.totalCarry()).isZero();
    assertThat(w.totalFees()).isEqualTo(4.0);
    assertThat(w.preferredReturn()).isCloseTo(6.0, within(EPS));
    assertThat(w.grossIrr()).isCloseTo(Math.sqrt(1.1) - 1, within(1e-12));
    assertThat(w.netIrr()).isCloseTo(0.029278595950, within(1e-11));
    assertThat(w.grossMultiple()).isCloseTo(1.1, within(EPS));
    assertThat(w.netMultiple()).isCloseTo(110.0 / 104.0, within(EPS));
    assertThat(w.lpPaidIn()).isEqualTo(104.0);
    assertThat(w.drag()).isCloseTo(0.048808848170 - 0.029278595950, within(1e-11));
  }

  /**
   * In the catch-up: no fee, 100 in, 109 back after one year. Tier 1: 100; tier 2: the pref 8;
   * the catch-up would need 8 × 20 / 80 = 2 for the GP, but only 1 is left: the GP gets 1, 11.1 %
   * of the profit of 9 instead of 20 %.
   */
  @Test
  void inTheCatchUpTheGpHasLessThanItsCarry() {
    FundWaterfall w = FundWaterfall.of(terms(0, 0.08, 0.20, 1.0), new double[] {-100, 109});
    assertThat(w.totalCarry()).isCloseTo(1.0, within(EPS));
    assertThat(w.catchUpPaid()).isCloseTo(1.0, within(EPS));
    assertThat(w.lpFlows()).containsExactly(new double[] {-100, 108}, within(EPS));
    assertThat(w.netIrr()).isCloseTo(0.08, within(1e-12));
  }

  /**
   * Fully caught up: 100 in, 150 back after two years, 2 % fees. The LPs paid in 104, the pref is
   * 16.8 (first case). The 150: 104 (tier 1), 16.8 (tier 2), 29.2 left; catch-up 16.8 × 20 / 80 =
   * 4.2 to the GP, 25 left split 5 to the GP and 20 to the LPs. The GP's carry 4.2 + 5 = 9.2 = 20
   * % of the profit 150 − 104 = 46. LPs −100, −2, +138.8 (104 + 16.8 + 20 − 2). The Python check
   * gives 22.4744871392 % gross and 16.8176557227 % net.
   */
  @Test
  void fullyCaughtUpTheGpHasExactlyItsCarryOfTheProfit() {
    FundWaterfall w = FundWaterfall.of(USUAL, new double[] {-100, 0, 150});
    assertThat(w.catchUpPaid()).isCloseTo(4.2, within(EPS));
    assertThat(w.totalCarry()).isCloseTo(9.2, within(EPS)).isCloseTo(0.20 * 46, within(EPS));
    assertThat(w.lpFlows()).containsExactly(new double[] {-100, -2, 138.8}, within(EPS));
    assertThat(w.gpFlows()).containsExactly(new double[] {0, 2, 11.2}, within(EPS));
    assertThat(w.grossIrr()).isCloseTo(0.224744871392, within(1e-11));
    assertThat(w.netIrr()).isCloseTo(0.168176557227, within(1e-11));
    assertThat(w.gpReceived()).isCloseTo(13.2, within(EPS));
  }

  /**
   * An independent calculation: /tmp/netlp/waterfall.py (exact fractions; the LPs' hurdle
   * balance B_t = 1.08 B_{t−1} + contributions_t, tiers 1 and 2 together, the catch-up solved in
   * closed form; IRR by a 50-digit bisection). 100 in, 2 % fees for five years, 180 or 160 back:
   *
   * <pre>
   * 5 years, 1.8x: lp [-100, -2, -2, -2, -2, 164.0]      gp [0, 2, 2, 2, 2, 16.0]
   *   gross irr 0.124746113142  net irr 0.090230405953  carry 14.0 (20 % of 180 − 110)
   * 5 years, 1.6x: lp [-100, -2, -2, -2, -2, 156.6660096] gp [0, 2, 2, 2, 2, 3.3339904]
   *   gross irr 0.098560543306  net irr 0.080000000000  carry 1.3339904 (in the catch-up)
   * </pre>
   */
  @Test
  void agreesWithAnIndependentCalculation() {
    FundWaterfall high = FundWaterfall.of(USUAL, new double[] {-100, 0, 0, 0, 0, 180});
    assertThat(high.lpFlows()[5]).isCloseTo(164.0, within(EPS));
    assertThat(high.totalCarry()).isCloseTo(14.0, within(EPS));
    assertThat(high.grossIrr()).isCloseTo(0.124746113142, within(1e-11));
    assertThat(high.netIrr()).isCloseTo(0.090230405953, within(1e-11));
    FundWaterfall low = FundWaterfall.of(USUAL, new double[] {-100, 0, 0, 0, 0, 160});
    assertThat(low.lpFlows()[5]).isCloseTo(156.6660096, within(1e-7));
    assertThat(low.totalCarry()).isCloseTo(1.3339904, within(1e-7));
    assertThat(low.grossIrr()).isCloseTo(0.098560543306, within(1e-11));
    // in the catch-up, with a full catch-up, the LPs earn exactly the hurdle
    assertThat(low.netIrr()).isCloseTo(0.08, within(1e-11));
  }

  /**
   * A total loss: 100 in, nothing back over three years. The LPs still pay 3 × 2 = 6 of fees:
   * they lose 106, the GP keeps its 6; both IRRs −100 %, the net multiple 0.
   */
  @Test
  void aTotalLossStillPaysTheFees() {
    FundWaterfall w = FundWaterfall.of(USUAL, new double[] {-100, 0, 0, 0});
    assertThat(w.lpFlows()).containsExactly(-100, -2, -2, -2);
    assertThat(w.gpFlows()).containsExactly(0, 2, 2, 2);
    assertThat(w.totalCarry()).isZero();
    assertThat(w.grossIrr()).isEqualTo(-1.0);
    assertThat(w.netIrr()).isEqualTo(-1.0);
    assertThat(w.netMultiple()).isZero();
    assertThat(w.lpPaidIn()).isEqualTo(106.0);
  }

  /**
   * A hurdle of 0 with a full catch-up: no pref, so nothing to catch up; the profit is split
   * 20 / 80 from the first euro. 100 in, 150 back after two years with 2 % fees: the profit 46
   * (150 − 104), the GP's carry 9.2, as above; without fees, 20 % of 50 = 10.
   */
  @Test
  void aZeroHurdleGivesTheGpItsCarryOfTheProfit() {
    FundWaterfall w = FundWaterfall.of(terms(0.02, 0, 0.20, 1.0), new double[] {-100, 0, 150});
    assertThat(w.totalCarry()).isCloseTo(9.2, within(EPS));
    assertThat(w.preferredReturn()).isZero();
    assertThat(w.catchUpPaid()).isZero();
    FundWaterfall noFee = FundWaterfall.of(terms(0, 0, 0.20, 1.0), new double[] {-100, 0, 150});
    assertThat(noFee.totalCarry()).isCloseTo(10.0, within(EPS));
  }

  /**
   * An 80 % catch-up: no fee, 100 in, 130 back after a year. Tiers 1 and 2: 108; catch-up x with
   * 0.8x = 0.25 × (8 + 0.2x), x = 2 / 0.75 = 2.6667: GP 2.1333, LPs 0.5333; the 19.3333 left,
   * GP 3.8667, LPs 15.4667. The GP's carry 6 = 20 % of 30.
   */
  @Test
  void aPartialCatchUpEndsWithTheSameCarry() {
    FundWaterfall w = FundWaterfall.of(terms(0, 0.08, 0.20, 0.8), new double[] {-100, 130});
    assertThat(w.catchUpPaid()).isCloseTo(0.8 * 2 / 0.75, within(EPS));
    assertThat(w.totalCarry()).isCloseTo(6.0, within(EPS));
    // with no catch-up, 20 % of what is left after the pref: 0.2 × 22 = 4.4
    FundWaterfall none = FundWaterfall.of(terms(0, 0.08, 0.20, 0), new double[] {-100, 130});
    assertThat(none.totalCarry()).isCloseTo(4.4, within(EPS));
  }

  /**
   * The fee basis: 100 in, 60 back at the end of year 1, 100 at the end of year 3, 2 %. On
   * commitments, 2 a year: 6. On the invested cost, 2 in year 1, then 2 % × (100 − 60) = 0.8 in
   * years 2 and 3: 3.6.
   */
  @Test
  void theInvestedBasisFallsWithWhatTheDealPaysBack() {
    double[] gross = {-100, 60, 0, 100};
    FundWaterfall committed = FundWaterfall.of(USUAL, gross);
    assertThat(committed.fees()).containsExactly(0, 2, 2, 2);
    FundWaterfall invested = FundWaterfall.of(
        new FundTerms(0.02, FeeBasis.INVESTED, 0.08, 0.20, 1.0, FundTerms.DEFAULT_HOLDER), gross);
    assertThat(invested.fees()).containsExactly(new double[] {0, 2, 0.8, 0.8}, within(EPS));
  }

  /**
   * The clawback: 2 % fees, 100 in, 150 back after one year, nothing after. Year 1: the LPs paid
   * in 102; tier 1 102, tier 2 8, catch-up 2, split of 38: GP 7.6; the GP has 9.6. Year 2: a fee
   * of 2 that nothing returns. At the exit the LPs are 2 short of their contributions: the GP
   * gives back max(2, 9.6 − 20 % × (150 − 104)) = max(2, 0.4) = 2, and keeps 7.6. The LPs: −100;
   * 150 − 9.6 − the fee 2 = 138.4; −2 + 2 = 0.
   */
  @Test
  void theGpGivesBackCarryWhenTheLpsEndShortOfTheirContributions() {
    FundWaterfall w = FundWaterfall.of(USUAL, new double[] {-100, 150, 0});
    assertThat(w.clawback()).isCloseTo(2.0, within(EPS));
    assertThat(w.totalCarry()).isCloseTo(7.6, within(EPS));
    assertThat(w.carried()).containsExactly(new double[] {0, 9.6, -2}, within(EPS));
    assertThat(w.lpFlows()).containsExactly(new double[] {-100, 138.4, 0}, within(EPS));
    assertThat(w.lpReceived()).isCloseTo(142.4, within(EPS));
  }

  @Test
  void theTermsAreChecked() {
    assertThatThrownBy(() -> terms(0.2, 0.08, 0.2, 1)).hasMessageContaining("managementFee");
    assertThatThrownBy(() -> terms(0.02, 0.08, 0.2, 0.1)).hasMessageContaining("catchUp");
    assertThatThrownBy(() -> terms(0.02, 0.08, 0.6, 1)).hasMessageContaining("carry");
    assertThatThrownBy(() -> terms(0.02, -0.01, 0.2, 1)).hasMessageContaining("hurdle");
  }

  /** The deal's fund: its flows as a party, and nothing without terms. */
  @Test
  void theDealsFundIsThePartyNamedFund() {
    TestDeals b = new TestDeals();
    Deal plain = b.build();
    DealResult r = LboEngine.DEFAULT.run(plain);
    assertThat(FundWaterfall.of(plain, r)).isNull();
    Deal withFund = plain.withFund(FundTerms.usual());
    DealResult again = LboEngine.DEFAULT.run(withFund);
    FundWaterfall w = FundWaterfall.of(withFund, again);
    assertThat(w.gross()).containsExactly(r.returnOf("fund").flows());
    assertThat(w.grossIrr()).isEqualTo(r.returnOf("fund").irr());
    assertThat(w.grossMultiple()).isEqualTo(r.returnOf("fund").moic());
  }

  static Stream<double[]> randomFlows() {
    SplittableRandom random = new SplittableRandom(17);
    return IntStream.range(0, 400).mapToObj(i -> {
      int n = 2 + random.nextInt(9);
      double[] f = new double[n];
      f[0] = -(1 + random.nextDouble() * 1000);
      for (int t = 1; t < n - 1; t++) {
        // distributions during the hold, in some deals
        f[t] = random.nextInt(3) == 0 ? random.nextDouble() * 300 : 0.0;
      }
      f[n - 1] = random.nextInt(8) == 0 ? 0.0 : random.nextDouble() * 4000;
      return f;
    });
  }

  static Stream<FundTerms> randomTerms() {
    SplittableRandom random = new SplittableRandom(29);
    return IntStream.range(0, 400).mapToObj(i -> {
      double carry = random.nextDouble() * 0.3;
      double catchUp = random.nextInt(3) == 0 ? 0.0 : carry + (1 - carry) * (0.01 + 0.99 * random.nextDouble());
      return new FundTerms(random.nextDouble() * 0.03,
          random.nextBoolean() ? FeeBasis.COMMITTED : FeeBasis.INVESTED,
          random.nextInt(4) == 0 ? 0.0 : random.nextDouble() * 0.12, carry, Math.min(1, catchUp),
          FundTerms.DEFAULT_HOLDER);
    });
  }

  static Stream<Object[]> randomCases() {
    var terms = randomTerms().iterator();
    return randomFlows().map(f -> new Object[] {f, terms.next()});
  }

  /**
   * On random flows and terms: each year the LPs' and the GP's flows add up to the fund's; what
   * the LPs and the GP receive adds up to the deal's distributions to the fund; fees and carry
   * are not negative and the GP never has more than carry of the profit; the net IRR is at most
   * the gross IRR.
   */
  @ParameterizedTest
  @MethodSource("randomCases")
  void theSplitAddsUpAndNeverBeatsTheGross(double[] gross, FundTerms terms) {
    FundWaterfall w = FundWaterfall.of(terms, gross);
    double scale = 1e-9 * 5000;
    double distributions = 0.0;
    for (int t = 0; t < gross.length; t++) {
      assertThat(w.lpFlows()[t] + w.gpFlows()[t]).isCloseTo(gross[t], within(scale));
      distributions += Math.max(0, gross[t]);
    }
    assertThat(w.lpReceived() + w.totalCarry()).isCloseTo(distributions, within(scale));
    assertThat(w.totalFees()).isGreaterThanOrEqualTo(0.0);
    assertThat(w.totalCarry()).isGreaterThanOrEqualTo(-scale);
    assertThat(w.gpReceived()).isGreaterThanOrEqualTo(-scale);
    double profit = distributions - w.lpPaidIn();
    assertThat(w.totalCarry()).isLessThanOrEqualTo(terms.carry() * Math.max(0, profit) + scale);
    if (!Double.isNaN(w.grossIrr()) && !Double.isNaN(w.netIrr())) {
      assertThat(w.netIrr()).isLessThanOrEqualTo(w.grossIrr() + 1e-12);
    }
    assertThat(w.netMultiple()).isLessThanOrEqualTo(w.grossMultiple() + 1e-12);
  }
}
