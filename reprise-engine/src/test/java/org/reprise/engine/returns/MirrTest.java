package org.reprise.engine.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MirrTest {

  /**
   * The lenders' worst path of review 10 (finding 1), M€: they lend 18.438 at closing, receive
   * 2.406 and 0.585, lend 1.182 more through the revolver in year 3 and get nothing at the exit
   * in year 5. The NPV −18.438 + 2.406x + 0.585x² − 1.182x³ (x = 1/(1+r)) is negative for every
   * x &gt; 0: no IRR. Inflows 2.406 + 0.585 = 2.991, outflows 18.438 + 1.182 = 19.620, and the
   * last inflow is in year 2, so T = 2 − 0 = 2 (not the 5 years of the hold, nor the 3 of the
   * year-3 draw): MIRR(0, 0) = (2.991 / 19.620)^(1/2) − 1 = 0.152446…^(1/2) − 1 =
   * −0.60955604348328282 (Python's decimal module at 40 digits: −0.609556043483282821914…).
   */
  @Test
  void theReviewersFlowsHaveNoIrrAndAnAnnualisedMultiple() {
    double[] flows = {-18.438, 2.406, 0.585, -1.182, 0.0, 0.0};
    IrrResult irr = Irr.irr(flows);
    assertThat(irr.isDefined()).isFalse();
    assertThat(irr.note()).startsWith("no IRR: ");
    assertThat(Mirr.noSingleRoot(irr)).isTrue();
    assertThat(Mirr.zeroRates(flows)).isCloseTo(-0.609556043483282822, within(1e-15));
    // with the hold's trailing zeros dropped, the same: the span is the flows' own
    assertThat(Mirr.zeroRates(new double[] {-18.438, 2.406, 0.585, -1.182}))
        .isEqualTo(Mirr.zeroRates(flows));
  }

  /**
   * Two IRRs: −1 + 5x − 6x² = 0 at x = 1/2 and 1/3, r = 100 % and 200 %. The last inflow is in
   * year 1, so T = 1: MIRR(0, 0) = 5 / 7 − 1 = −0.285714285714285714… : the money put in (1 + 6)
   * exceeds what came back (5), whatever the roots say.
   */
  @Test
  void severalRootsAreNoSingleRoot() {
    double[] flows = {-1.0, 5.0, -6.0};
    IrrResult irr = Irr.irr(flows);
    assertThat(irr.note()).startsWith("several IRRs: ");
    assertThat(Mirr.noSingleRoot(irr)).isTrue();
    assertThat(Mirr.zeroRates(flows)).isCloseTo(-0.285714285714285714, within(1e-15));
  }

  /** Conventional flows: the MIRR(0, 0) is the multiple annualised: 1.2^(1/2) − 1. */
  @Test
  void isTheAnnualisedMultipleOfConventionalFlows() {
    double[] flows = {-10.0, 0.0, 12.0};
    assertThat(Mirr.zeroRates(flows)).isCloseTo(0.0954451150103322269, within(1e-15));
    assertThat(Mirr.noSingleRoot(Irr.irr(flows))).isFalse(); // a defined IRR: 9.54 % too
    assertThat(Irr.irr(flows).rate()).isCloseTo(Mirr.zeroRates(flows), within(1e-14));
  }

  /**
   * The span starts at the first non-zero flow: a party that comes in in year 1 and is repaid
   * 1.21 in year 3 has 1.21^(1/2) − 1 = 10 % a year, not 1.21^(1/3) − 1.
   */
  @Test
  void theSpanIsFromTheFirstNonZeroFlowToTheLastInflow() {
    assertThat(Mirr.zeroRates(new double[] {0.0, -1.0, 0.0, 1.21, 0.0}))
        .isCloseTo(0.1, within(1e-15));
  }

  /**
   * Review 11, finding 2: the senior flows [−18.438, +0.981, −1.504, 0, 0, 0] M€, whose year-2
   * revolver draw of 1.504 is never repaid. The last inflow is in year 1, so T = 1 and MIRR(0, 0)
   * = 0.981 / (18.438 + 1.504) − 1 = 0.981 / 19.942 − 1 = −0.950807… . Without the lost draw the
   * flows [−18.438, +0.981] give 0.981 / 18.438 − 1 = −0.946794… : losing more now ranks lower
   * (ending the span at the draw, T = 2, had read −77.8 %).
   */
  @Test
  void moneyLentAfterTheLastInflowAndLostRanksLower() {
    double withDraw = Mirr.zeroRates(new double[] {-18.438, 0.981, -1.504, 0.0, 0.0, 0.0});
    double without = Mirr.zeroRates(new double[] {-18.438, 0.981, 0.0, 0.0, 0.0, 0.0});
    assertThat(withDraw).isCloseTo(0.981 / 19.942 - 1.0, within(1e-15));
    assertThat(without).isCloseTo(0.981 / 18.438 - 1.0, within(1e-15));
    assertThat(withDraw).isLessThan(without);
  }

  /** Money received at the first date and paid only afterwards: the span runs to the last flow. */
  @Test
  void anInflowFirstThenOutflowsSpansToTheLastFlow() {
    // 5 received, 6 paid two years later: (5 / 6)^(1/2) − 1
    assertThat(Mirr.zeroRates(new double[] {5.0, 0.0, -6.0}))
        .isCloseTo(Math.sqrt(5.0 / 6.0) - 1.0, within(1e-15));
  }

  /** Nothing received: −1 (a multiple of 0); nothing paid, no year, a NaN flow: undefined. */
  @Test
  void totalLossAndUndefinedCases() {
    assertThat(Mirr.zeroRates(new double[] {-5.0, 0.0, -1.0})).isEqualTo(-1.0);
    assertThat(Mirr.zeroRates(new double[] {5.0, 1.0})).isNaN();
    assertThat(Mirr.zeroRates(new double[] {-5.0})).isNaN();
    assertThat(Mirr.zeroRates(new double[] {-5.0, Double.NaN, 6.0})).isNaN();
  }

  /** The other reasons for an undefined IRR are not "no single root". */
  @Test
  void otherUndefinedReasonsAreNotNoSingleRoot() {
    assertThat(Mirr.noSingleRoot(Irr.irr(new double[] {5.0, 1.0}))).isFalse(); // nothing paid
    assertThat(Mirr.noSingleRoot(Irr.irr(new double[] {0.0, 0.0}))).isFalse();
    assertThat(Mirr.noSingleRoot(Irr.irr(new double[0]))).isFalse();
    assertThat(Mirr.noSingleRoot(Irr.irr(new double[] {-1.0, Double.NaN}))).isFalse();
    assertThat(Mirr.noSingleRoot(Irr.irr(new double[] {-5.0, 0.0}))).isFalse(); // total loss
  }
}
