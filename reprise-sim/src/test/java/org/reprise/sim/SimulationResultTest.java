package org.reprise.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationResultTest {

  /**
   * 200 paths over 3 years: first defaults 10, 20, 30 (60 in all, 8 of them only at the exit);
   * in default 10, 25, 50 paths; breaches first 40, 0, 10; 20 failed paths; headcount 120 in each
   * first year of default (the exit year for the 8 that default only at the exit).
   */
  private static final SimulationResult R =
      new SimulationResult(
          "d",
          "",
          1L,
          250,
          200,
          20,
          "path 3: boom",
          true,
          3,
          3,
          2025,
          60,
          8,
          new long[] {10, 20, 30},
          new long[] {10, 25, 50},
          true,
          50,
          new long[] {40, 0, 10},
          new long[] {40, 5, 30},
          60 * 120.0,
          8 * 120.0,
          true,
          150,
          30,
          10,
          150 * 2_000.0,
          List.of("fund"),
          // mean flows: pays 100 at closing, receives 10, 10 and 110 (IRR 10 %, multiple 1.3)
          new double[][] {{-100.0, 10.0, 10.0, 110.0}},
          List.of());

  @Test
  void probabilitiesAreSharesOfThePathsComputed() {
    assertThat(R.defaultProbability()).isEqualTo(0.30);
    assertThat(R.defaultProbabilityByYear()).containsExactly(0.05, 0.125, 0.25);
    assertThat(R.firstDefaultProbabilityByYear()).containsExactly(0.05, 0.10, 0.15);
    assertThat(R.cumulativeDefaultProbabilityByYear()).containsExactly(0.05, 0.15, 0.30);
    assertThat(R.covenantBreachProbability()).isEqualTo(0.25);
    assertThat(R.covenantBreachProbabilityByYear()).containsExactly(0.20, 0.025, 0.15);
    assertThat(R.cumulativeBreachProbabilityByYear()).containsExactly(0.20, 0.20, 0.25);
    assertThat(R.standardError(0.30)).isCloseTo(Math.sqrt(0.3 * 0.7 / 200), within(1e-15));
    assertThat(R.exitShortfallProbability()).isEqualTo(0.04); // 8 / 200
    // a recap drawn on 150 of the 200 paths, refused on 30, no room under its target on 10 (the
    // other 10 defaulted before it)
    assertThat(R.recapDrawnProbability()).isEqualTo(0.75);
    assertThat(R.recapRefusedProbability()).isEqualTo(0.15);
    assertThat(R.recapNoRoomProbability()).isEqualTo(0.05);
    // 300,000 borrowed on the 150 paths that drew it: 2,000 on average when drawn
    assertThat(R.recapMeanBorrowed()).isEqualTo(2_000.0);
  }

  /**
   * Review 10 finding 4: the 20 failed paths counted as defaults give (60 + 20) / (200 + 20) =
   * 0.3636…, the bound beside 60 / 200 = 0.30.
   */
  @Test
  void theBoundCountsFailedPathsAsDefaults() {
    assertThat(R.defaultProbabilityIfFailedDefaulted()).isCloseTo(80.0 / 220.0, within(1e-15));
  }

  @Test
  void jobsAtRisk() {
    assertThat(R.meanHeadcountInDefault()).isEqualTo(120.0);
    assertThat(R.expectedJobsAtRisk()).isCloseTo(120.0 * 0.30, within(1e-12));
    // of which the paths that default only at the exit: 8 × 120 / 200 = 4.8
    assertThat(R.expectedJobsAtRiskAtExitOnly()).isCloseTo(4.8, within(1e-12));
  }

  @Test
  void countsAndCopies() {
    assertThat(R.dealYears()).isEqualTo(660);
    long[] copy = R.firstDefaultByYear();
    copy[0] = 99;
    assertThat(R.firstDefaultByYear()[0]).isEqualTo(10);
    assertThatThrownBy(() -> R.metric("irr.nobody")).isInstanceOf(IllegalArgumentException.class);
  }

  /** 100 = 10/1.1 + 10/1.1² + 110/1.1³: the pooled IRR is 10 %, the multiple 130 / 100. */
  @Test
  void thePooledReturnIsThatOfTheMeanFlows() {
    assertThat(R.pooledIrr(0)).isCloseTo(0.10, within(1e-12));
    assertThat(R.pooledMoic(0)).isCloseTo(1.30, within(1e-12));
  }

  @Test
  void noPathsGiveNaNNotAnError() {
    SimulationResult empty =
        new SimulationResult(
            "d",
            "",
            1L,
            10,
            0,
            0,
            "",
            true,
            2,
            2,
            2025,
            0,
            0,
            new long[2],
            new long[2],
            false,
            0,
            new long[2],
            new long[2],
            0.0,
            0.0,
            false,
            0,
            0,
            0,
            0.0,
            List.of(),
            new double[0][],
            List.of());
    assertThat(empty.defaultProbability()).isNaN();
    assertThat(empty.exitShortfallProbability()).isNaN();
    assertThat(empty.defaultProbabilityIfFailedDefaulted()).isNaN();
    assertThat(empty.meanHeadcountInDefault()).isNaN();
    assertThat(empty.expectedJobsAtRisk()).isNaN();
    assertThat(empty.expectedJobsAtRiskAtExitOnly()).isNaN();
    // no recap in the deal: not a probability of 0
    assertThat(empty.recapDrawnProbability()).isNaN();
    assertThat(empty.recapRefusedProbability()).isNaN();
    assertThat(empty.recapNoRoomProbability()).isNaN();
    assertThat(empty.recapMeanBorrowed()).isNaN();
  }
}
