package org.reprise.engine.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Irr#irrUnlisted}, the Monte Carlo's IRR: the same rate, bit for bit, and the same note as
 * {@link Irr#irr} but for the list of several IRRs, so the same {@link Mirr#noSingleRoot}.
 */
class IrrUnlistedTest {

  @Test
  void severalIrrsAreNotListed() {
    double[] flows = {-1.0, 2.3, -1.32}; // 10 % and 20 %
    assertThat(Irr.irr(flows).note()).isEqualTo("several IRRs: 10.0000 %, 20.0000 %");
    IrrResult r = Irr.irrUnlisted(flows);
    assertThat(r.rate()).isNaN();
    assertThat(r.note()).isEqualTo(Irr.SEVERAL_ROOTS_UNLISTED);
    assertThat(Mirr.noSingleRoot(r)).isTrue();
  }

  /** Random flows of every shape, the awkward ones (several sign changes, zeros) included. */
  @Test
  void sameAsIrrOnRandomFlows() {
    Random random = new Random(20261130L);
    int several = 0;
    for (int c = 0; c < 200_000; c++) {
      double[] flows = new double[1 + random.nextInt(12)];
      int shape = random.nextInt(4);
      for (int t = 0; t < flows.length; t++) {
        flows[t] =
            switch (shape) {
              case 0 -> random.nextGaussian() * 100.0; // any signs
              case 1 -> random.nextInt(7) - 3; // small integers: zeros, ties
              case 2 -> (t == 0 ? -100.0 : 0.0) + random.nextGaussian() * 30.0; // an investment
              default -> random.nextBoolean() ? 100.0 : -100.0 + random.nextInt(7) - 3;
            };
      }
      IrrResult full = Irr.irr(flows);
      IrrResult unlisted = Irr.irrUnlisted(flows);
      assertThat(Double.doubleToRawLongBits(unlisted.rate()))
          .as("rate of %s", java.util.Arrays.toString(flows))
          .isEqualTo(Double.doubleToRawLongBits(full.rate()));
      if (full.note().startsWith(Irr.SEVERAL_ROOTS)) {
        several++;
        assertThat(unlisted.note()).isEqualTo(Irr.SEVERAL_ROOTS_UNLISTED);
      } else {
        assertThat(unlisted.note()).isEqualTo(full.note());
      }
      assertThat(Mirr.noSingleRoot(unlisted)).isEqualTo(Mirr.noSingleRoot(full));
    }
    assertThat(several).isGreaterThan(1000);
  }
}
