package org.reprise.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The cash rate of a tranche when the base rate moves (docs/risk.md, "Base-rate shocks"). */
class TrancheTest {

  private static final double[] BASE = {0.021, 0.023, -0.004};
  private static final double FLOOR = 0.0;
  private static final double MARGIN = 0.0325;

  /** The cash rate as the reader computes it: max(base, floor) + margin. */
  private static double[] cashRate(double[] base, double floor, double margin) {
    double[] out = new double[base.length];
    for (int t = 0; t < base.length; t++) {
      out[t] = Math.max(base[t], floor) + margin;
    }
    return out;
  }

  private static Tranche tranche(double[] cashRate, boolean floating, double[] base, double floor) {
    return new Tranche(
        "Senior",
        "banks",
        Tranche.Kind.TERM,
        Tranche.Borrower.HOLDING,
        new Tranche.Size(Tranche.Size.Basis.AMOUNT, 1_000_000.0),
        cashRate,
        floating,
        base,
        floor,
        new double[3],
        0.0,
        new double[3],
        0,
        true,
        1,
        0.0,
        0.0,
        false);
  }

  private static final Tranche FLOATING = tranche(cashRate(BASE, FLOOR, MARGIN), true, BASE, FLOOR);
  private static final Tranche FIXED = tranche(new double[] {0.06, 0.06, 0.06}, false,
      new double[3], 0.0);

  @Test
  void aFixedRateIsUntouchedByABaseRateShift() {
    for (double shift : new double[] {-0.05, -0.01, 0.0, 0.02, 0.3}) {
      for (int t = 0; t < 3; t++) {
        assertThat(FIXED.shiftedCashRate(t, shift)).isEqualTo(0.06);
      }
    }
  }

  @Test
  void aFloatingRateFollowsItsFormulaWithTheShiftedBase() {
    for (double shift : new double[] {-0.05, -0.01, 0.02, 0.3}) {
      double[] expected = cashRate(new double[] {BASE[0] + shift, BASE[1] + shift,
          BASE[2] + shift}, FLOOR, MARGIN);
      for (int t = 0; t < 3; t++) {
        assertThat(FLOATING.shiftedCashRate(t, shift))
            .as("year %d, shift %s", t, shift)
            .isCloseTo(expected[t], within(1e-15));
      }
    }
  }

  @Test
  void theFloorHoldsTheBaseUp() {
    // base 2.1 % − 3 points: floored at 0, so the rate is the margin, not 0 and not negative
    assertThat(FLOATING.shiftedCashRate(0, -0.03)).isCloseTo(MARGIN, within(1e-15));
    // a base already below its floor (−0.4 %) only moves once the shift lifts it above the floor
    assertThat(FLOATING.shiftedCashRate(2, 0.003)).isCloseTo(MARGIN, within(1e-15));
    assertThat(FLOATING.shiftedCashRate(2, 0.01)).isCloseTo(MARGIN + 0.006, within(1e-15));
    // a negative floor lets the rate go below the margin down to the floor
    double[] base = {0.01, 0.01, 0.01};
    Tranche negative = tranche(cashRate(base, -0.005, 0.02), true, base, -0.005);
    assertThat(negative.shiftedCashRate(0, -0.03)).isCloseTo(0.015, within(1e-15));
  }

  @Test
  void noShiftIsTheCashRateExactly() {
    for (int t = 0; t < 3; t++) {
      assertThat(FLOATING.shiftedCashRate(t, 0.0)).isEqualTo(FLOATING.cashRate()[t]);
    }
  }

  @Test
  void aChangeOfTheCashRateItselfIsKeptUnderAShift() {
    // a sensitivity adds one point to the cost of debt; the base-rate shift comes on top
    double[] plusOne = FLOATING.cashRate().clone();
    for (int t = 0; t < 3; t++) {
      plusOne[t] += 0.01;
    }
    Tranche dearer = FLOATING.withCashRate(plusOne);
    assertThat(dearer.floating()).isTrue();
    assertThat(dearer.baseRate()).isSameAs(BASE);
    assertThat(dearer.shiftedCashRate(1, 0.02))
        .isCloseTo(BASE[1] + 0.02 + MARGIN + 0.01, within(1e-15));
    assertThat(dearer.shiftedCashRate(0, -0.05)).isCloseTo(MARGIN + 0.01, within(1e-15));
  }
}
