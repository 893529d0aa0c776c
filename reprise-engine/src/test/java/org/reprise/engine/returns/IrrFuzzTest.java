package org.reprise.engine.returns;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of {@link Irr#irr}: up to 40 flows drawn from the whole double range (NaN, infinities,
 * subnormals, huge and tiny magnitudes, zeros, small integers). {@code irr} must never throw; a
 * defined rate must zero the NPV (checked in BigDecimal, see {@link IrrChecks}); an undefined one
 * must say why.
 *
 * <p>Plain {@code mvn test} only replays the seeds and earlier findings kept under {@code
 * src/test/resources/org/reprise/engine/returns/IrrFuzzTestInputs/}. To fuzz: {@code JAZZER_FUZZ=1
 * ./mvnw -o -q -pl reprise-engine test -Dtest=IrrFuzzTest} (5 minutes). Jazzer writes a finding
 * as {@code crash-<sha1>} into that directory; rename it {@code regression-<what>-<sha1>}, because
 * {@code crash-*} is git-ignored, so that it stays a regression test. {@code
 * regression-subnormal-flow-*} is the one finding so far: a subnormal flow made Horner's scheme
 * lose precision among subnormals (fixed by scaling the flows by a power of two).
 */
class IrrFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void irrIsTotalAndZeroesTheNpv(FuzzedDataProvider data) {
    int n = data.consumeInt(0, 40);
    double[] flows = new double[n];
    for (int t = 0; t < n; t++) {
      flows[t] = nextFlow(data);
    }
    IrrChecks.assertConsistent(flows, Irr.irr(flows));
    double moic = Irr.moic(flows); // must not throw either
    if (moic < 0) {
      throw new AssertionError("negative multiple " + moic);
    }
  }

  private static double nextFlow(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 5)) {
      case 0:
        return data.consumeDouble(); // any double: NaN, infinities, subnormals, extremes
      case 1:
        return data.consumeRegularDouble(-1e9, 1e9);
      case 2:
        return data.consumeInt(-1000, 1000);
      case 3:
        return 0.0;
      case 4:
        // a small integer times a power of two anywhere in the double range
        return Math.scalb((double) data.consumeInt(-1000, 1000), data.consumeInt(-1084, 1024));
      default:
        // near-cancelling flows, the hard case for several sign changes
        return data.consumeBoolean() ? 100.0 : -100.0 + data.consumeInt(-3, 3) * 0x1p-40;
    }
  }
}
