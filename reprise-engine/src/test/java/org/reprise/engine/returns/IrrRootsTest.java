package org.reprise.engine.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IrrRootsTest {

  @Test
  void allRootsOfAProductOfLinearFactors() {
    // (x - 0.2)(x - 0.5)(x - 0.9)(x - 3) = x^4 - 4.6x^3 + 5.53x^2 - 2.28x + 0.27
    double[] p = {0.27, -2.28, 5.53, -4.6, 1};
    assertThat(IrrRoots.rootsInUnitInterval(p))
        .containsExactly(new double[] {0.2, 0.5, 0.9}, within(1e-14));
  }

  @Test
  void rootAtOneAndTangentRoot() {
    // 1 - x: root at 1; (x - 0.5)^2 = 0.25 - x + x^2: double root at 0.5
    assertThat(IrrRoots.rootsInUnitInterval(new double[] {1, -1})).containsExactly(1.0);
    assertThat(IrrRoots.rootsInUnitInterval(new double[] {0.25, -1, 1}))
        .containsExactly(new double[] {0.5}, within(1e-8));
  }

  @Test
  void noRoots() {
    // x^2 + 1; x^2 - 3x + 2 = (x-1)(x-2) has 1 on the boundary only; x - 2 outside
    assertThat(IrrRoots.rootsInUnitInterval(new double[] {1, 0, 1})).isEmpty();
    assertThat(IrrRoots.rootsInUnitInterval(new double[] {-2, 1})).isEmpty();
    assertThat(IrrRoots.rootsInUnitInterval(new double[] {0, 0})).isEmpty();
  }

  @Test
  void guardedNewtonReachesTinyRoots() {
    // -1e-200 + x: root 1e-200, bracket (0, 1)
    double[] c = {-1e-200, 1};
    assertThat(IrrRoots.solveBracketed(c, 0, 1, 1, Double.MIN_VALUE, 1, -1, Double.NaN))
        .isCloseTo(1e-200, within(1e-214));
    // x^40 - 1e-40 (root 0.1), Newton from a poor start; reversed storage (step -1)
    double[] r = new double[41];
    r[0] = 1;
    r[40] = -1e-40;
    assertThat(IrrRoots.solveBracketed(r, 40, -1, 40, 1e-3, 1, -1, 0.999))
        .isCloseTo(0.1, within(1e-16));
  }
}
