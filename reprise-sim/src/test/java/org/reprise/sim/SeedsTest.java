package org.reprise.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {

  @Test
  void aPathsGeneratorDependsOnlyOnTheSeedAndTheIndex() {
    long a = Seeds.forPath(7L, 123L).nextLong();
    Seeds.forPath(7L, 5L).nextLong();
    assertThat(Seeds.forPath(7L, 123L).nextLong()).isEqualTo(a);
    assertThat(Seeds.forPath(8L, 123L).nextLong()).isNotEqualTo(a);
  }

  @Test
  void pathsOfOneSeedAndOfNeighbouringSeedsDoNotShareStreams() {
    Set<Long> first = new HashSet<>();
    for (long seed = 0; seed < 4; seed++) {
      for (long i = 0; i < 50_000; i++) {
        first.add(Seeds.forPath(seed, i).nextLong());
      }
    }
    assertThat(first).hasSize(200_000);
  }

  @Test
  void mixIsSplitMix64sFinaliser() {
    // SplitMix64 with state 0: first output = mix(0x9E3779B97F4A7C15) = 0xE220A8397B1DCDAF
    // (reference value of Vigna's splitmix64.c).
    assertThat(Seeds.mix(Seeds.GOLDEN)).isEqualTo(0xE220A8397B1DCDAFL);
  }
}
