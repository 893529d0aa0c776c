package org.reprise.sim;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * One independent generator per path, derived from (seed, path index) only, so that a path draws
 * the same numbers whatever thread runs it and however many threads there are.
 *
 * <p>The 128-bit state of path i is {@code (mix(b + (2i+1)φ), mix(b + (2i+2)φ))} with {@code b =
 * mix(seed)}, φ = 0x9E3779B97F4A7C15 (the golden-ratio increment of SplitMix64) and {@code mix}
 * SplitMix64's output function (Stafford's variant 13): the states of all paths of a run are
 * consecutive outputs of a SplitMix64 stream started at a hashed seed — distinct for every path —
 * and feed an XoRoShiRo128++ generator (Blackman and Vigna, 2019; Commons RNG's implementation, the
 * same as {@code RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {s0, s1})}, built directly
 * because the factory costs about 100 ns a path through reflection).
 */
final class Seeds {
  static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /** SplitMix64's finaliser, a bijection of the 64-bit integers that mixes every bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * @return the generator of path {@code index} of a run seeded with {@code seed}
   */
  static UniformRandomProvider forPath(long seed, long index) {
    long base = mix(seed);
    long s0 = mix(base + GOLDEN * (2 * index + 1));
    long s1 = mix(base + GOLDEN * (2 * index + 2));
    if ((s0 | s1) == 0L) {
      s1 = GOLDEN; // the all-zero state is the one XoRoShiRo cannot leave
    }
    return new XoRoShiRo128PlusPlus(s0, s1);
  }
}
