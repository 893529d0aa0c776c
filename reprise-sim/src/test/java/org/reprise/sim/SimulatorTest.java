package org.reprise.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.Exit;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.model.risk.RiskModel;

class SimulatorTest {
  private static final Deal FACTORY = Deals.factory();
  private static final RiskModel RISK = RiskDefaults.autoSupplier();

  /**
   * The default runner (the engine's reusable PathWorkspace) and the reference runner (a full
   * LboEngine.run per path) give bit-identical statistics, defaults and breaches included.
   */
  @Test
  void workspaceRunnerEqualsTheFullEngineRun() {
    Simulator reference = new Simulator(EnginePathRunner::new, List.of());
    SimulationResult fast = Simulator.DEFAULT.run(FACTORY, RISK, 4000, 5L, 2, null, null);
    SimulationResult full = reference.run(FACTORY, RISK, 4000, 5L, 2, null, null);
    assertThat(fast.defaultProbability()).isPositive();
    assertThat(Fingerprint.of(fast)).isEqualTo(Fingerprint.of(full));
  }

  /**
   * Under a stress the deterministic value of each metric is the stressed plan's (review 16,
   * finding 7): the fund's IRR of StressTest.run, not the plan's; without a stress, the plan's.
   */
  @Test
  void underAStressTheDeterministicValueIsTheStressedPlans() {
    var stress = RiskDefaults.crisis2009(1);
    SimulationResult stressed = Simulator.DEFAULT.run(
        FACTORY, RISK, stress, 50, 1L, 1, null, null);
    double stressedIrr = StressTest.run(FACTORY, stress).returnOf("fund").irr();
    double planIrr = org.reprise.engine.LboEngine.DEFAULT.run(FACTORY).returnOf("fund").irr();
    assertThat(stressedIrr).isLessThan(planIrr - 0.1);
    assertThat(stressed.metric("irr.fund").baseValue()).isEqualTo(stressedIrr);
    assertThat(Simulator.DEFAULT.run(FACTORY, RISK, 50, 1L, 1, null, null)
        .metric("irr.fund").baseValue()).isEqualTo(planIrr);
  }

  @Test
  void resultsAreBitIdenticalWhateverTheNumberOfThreads() {
    long paths = 10 * Simulator.CHUNK_SIZE + 17; // ten full chunks and a partial one
    String one =
        Fingerprint.of(Simulator.DEFAULT.run(FACTORY, RISK, paths, 20260101L, 1, null, null));
    String two =
        Fingerprint.of(Simulator.DEFAULT.run(FACTORY, RISK, paths, 20260101L, 2, null, null));
    String four =
        Fingerprint.of(Simulator.DEFAULT.run(FACTORY, RISK, paths, 20260101L, 4, null, null));
    assertThat(two).isEqualTo(one);
    assertThat(four).isEqualTo(one);
    String other =
        Fingerprint.of(Simulator.DEFAULT.run(FACTORY, RISK, paths, 20260102L, 2, null, null));
    assertThat(other).isNotEqualTo(one);
  }

  @Test
  void theDefaultModelGivesPlausibleStatisticsOnTheFactory() {
    SimulationResult r = Simulator.DEFAULT.run(FACTORY, RISK, 20_000, 1L, 2, null, null);
    assertThat(r.paths()).isEqualTo(20_000);
    assertThat(r.failedPaths()).isZero();
    assertThat(r.cancelled()).isFalse();
    assertThat(r.dealYears()).isEqualTo(100_000);
    // a recession in the hold happens in about half the paths; some of them default
    assertThat(r.defaultProbability()).isBetween(0.01, 0.6);
    assertThat(r.covenantBreachProbability()).isGreaterThanOrEqualTo(r.defaultProbability() * 0.5);
    double[] cumulative = r.cumulativeDefaultProbabilityByYear();
    assertThat(cumulative[cumulative.length - 1]).isCloseTo(r.defaultProbability(), within(1e-15));
    for (int t = 1; t < cumulative.length; t++) {
      assertThat(cumulative[t]).isGreaterThanOrEqualTo(cumulative[t - 1]);
    }
    // the headcount is 180 every year: jobs at risk = 180 × P(default)
    assertThat(r.meanHeadcountInDefault()).isCloseTo(180.0, within(1e-9));
    assertThat(r.expectedJobsAtRisk()).isCloseTo(180.0 * r.defaultProbability(), within(1e-9));
    // and the part of the paths that default only at the exit = 180 × P(shortfall at the exit)
    assertThat(r.expectedJobsAtRiskAtExitOnly())
        .isCloseTo(180.0 * r.exitShortfallProbability(), within(1e-9));
    MetricStatistics fund = r.metric("irr.fund");
    assertThat(fund.all().count() + fund.all().undefined()).isEqualTo(r.paths());
    assertThat(fund.performing().count() + fund.performing().undefined())
        .isEqualTo(r.paths() - r.defaults());
    assertThat(fund.all().p5()).isLessThan(fund.all().p50());
    assertThat(fund.all().p50()).isLessThan(fund.all().p95());
    // defaulted paths do worse than performing ones for the shareholders
    assertThat(fund.defaulted().p50()).isLessThan(fund.performing().p50());
    // total losses are counted identically by the IRR (−1) and the multiple (0)
    assertThat(fund.all().pointMass()).isEqualTo(r.metric("moic.fund").all().pointMass());
    // the exit EBITDA of the simulation is below the plan on average (recessions, no booms)
    assertThat(r.metric("exit.ebitda").all().mean())
        .isLessThan(r.metric("exit.ebitda").baseValue());
  }

  @Test
  void cancellingReturnsTheFirstWholeChunksExactlyAsAShorterRun() {
    for (int threads : new int[] {1, 2}) {
      AtomicBoolean cancel = new AtomicBoolean();
      List<Long> seen = new ArrayList<>();
      SimulationResult r =
          Simulator.DEFAULT.run(
              FACTORY,
              RISK,
              50_000,
              5L,
              threads,
              (done, total) -> {
                seen.add(done);
                if (done >= 2L * Simulator.CHUNK_SIZE) {
                  cancel.set(true);
                }
              },
              cancel::get);
      assertThat(r.cancelled()).isTrue();
      assertThat(r.pathsRequested()).isEqualTo(50_000);
      assertThat(r.paths() % Simulator.CHUNK_SIZE).isZero();
      assertThat(r.paths()).isBetween(2L * Simulator.CHUNK_SIZE, 49_000L);
      assertThat(seen).isSorted();
      assertThat(seen.get(seen.size() - 1)).isEqualTo(r.paths());
      SimulationResult shorter = Simulator.DEFAULT.run(FACTORY, RISK, r.paths(), 5L, 1, null, null);
      assertThat(shorter.cancelled()).isFalse();
      assertThat(Fingerprint.of(r)).isEqualTo(Fingerprint.of(shorter));
    }
  }

  @Test
  void aRunCancelledBeforeItsFirstChunkHasNoPathsAndNaNStatistics() {
    SimulationResult r = Simulator.DEFAULT.run(FACTORY, RISK, 5000, 5L, 2, null, () -> true);
    assertThat(r.cancelled()).isTrue();
    assertThat(r.paths()).isZero();
    assertThat(r.defaultProbability()).isNaN();
    assertThat(r.metric("irr.fund").all().count()).isZero();
    assertThat(r.metric("irr.fund").all().p50()).isNaN();
    assertThat(r.metric("irr.fund").baseValue()).isFinite();
  }

  @Test
  void progressEndsAtTheNumberOfPaths() {
    List<Long> seen = new ArrayList<>();
    Simulator.DEFAULT.run(Deals.paper(), RISK, 2500, 3L, 2, (d, t) -> seen.add(d), null);
    assertThat(seen).containsExactly(1024L, 2048L, 2500L);
  }

  @Test
  void badRunsAreRejectedBeforeAnyWork() {
    List<Long> progress = new ArrayList<>();
    ProgressListener listener = (d, t) -> progress.add(d);
    assertPath(() -> Simulator.DEFAULT.run(FACTORY, RISK, 0, 1L, 1, listener, null), "paths");
    assertPath(() -> Simulator.DEFAULT.run(FACTORY, RISK, -5, 1L, 1, listener, null), "paths");
    assertPath(() -> Simulator.DEFAULT.run(FACTORY, RISK, 10, 1L, 0, listener, null), "threads");
    assertPath(() -> Simulator.DEFAULT.run(FACTORY, RISK, 10, 1L, 1000, listener, null), "threads");
    assertPath(
        () ->
            Simulator.DEFAULT.run(
                FACTORY, RISK, RiskDefaults.crisis2009(6), 10, 1L, 1, listener, null),
        "risk.stress.2009.startYear");
    Deal badExit = DealEdits.withExit(FACTORY, new Exit(9, FACTORY.exit().value(), 0.0, null, true));
    assertPath(() -> Simulator.DEFAULT.run(badExit, RISK, 10, 1L, 1, listener, null), "exit.year");
    assertThat(progress).isEmpty();
  }

  @Test
  void failedPathsAreCountedNotDroppedAndTheLowestIndexIsReported() {
    double threshold = FACTORY.operations().revenue()[0] * 0.90;
    PathRunner failing =
        (deal, out) -> {
          if (deal.operations().revenue()[0] < threshold) {
            throw new DealException("operations.revenue", "revenue too low");
          }
          new EnginePathRunner().run(deal, out);
        };
    Simulator sim = new Simulator(() -> failing, List.of());
    SimulationResult one = sim.run(FACTORY, RISK, 3000, 11L, 1, null, null);
    SimulationResult two = sim.run(FACTORY, RISK, 3000, 11L, 2, null, null);
    assertThat(one.failedPaths()).isPositive();
    assertThat(one.paths() + one.failedPaths()).isEqualTo(3000);
    assertThat(one.firstFailure()).contains("revenue too low").startsWith("path ");
    assertThat(Fingerprint.of(two)).isEqualTo(Fingerprint.of(one));
    assertThat(one.dealYears()).isEqualTo(3000L * FACTORY.years());
  }

  /**
   * Review 38, X4: a fault of the program on a path (any exception but the engine's {@link
   * DealException}) is not an outcome of the deal: it stops the run, at 1 and 2 threads, naming
   * the path and the seed that reproduce it, instead of being counted as not viable.
   */
  @Test
  void aProgramFaultStopsTheRunNamingThePath() {
    PathRunner faulty =
        (deal, out) -> {
          new EnginePathRunner().run(deal, out);
          if (deal.operations().revenue()[0] < FACTORY.operations().revenue()[0] * 0.90) {
            throw new IllegalStateException("a bug");
          }
        };
    Simulator sim = new Simulator(() -> faulty, List.of());
    for (int threads = 1; threads <= 2; threads++) {
      int n = threads;
      assertThatThrownBy(() -> sim.run(FACTORY, RISK, 3000, 11L, n, null, null))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageMatching("path \\d+ of seed 11: internal error \\(please report\\):"
              + " IllegalStateException: a bug");
    }
  }

  /**
   * Review 36, M1: a path the engine refuses as not viable (a {@link DealException}, as the SCOP
   * d'amorçage's legal test throws) is counted and its reason kept as the deal's field path and
   * message, with no Java class name; the failed share and the bounds that count the failed paths
   * (their headcount at risk, no participation) are those of the counts, hand-recomputed here
   * from the result's own sums, and identical at 1 and 2 threads.
   */
  @Test
  void notViablePathsAreAnOutcomeWithTheirReasonAndBounds() {
    double threshold = FACTORY.operations().revenue()[0] * 0.90;
    PathRunner failing =
        (deal, out) -> {
          if (deal.operations().revenue()[0] < threshold) {
            throw new DealException("cooperative.seed.buybacks", "members below half");
          }
          new EnginePathRunner().run(deal, out);
        };
    Simulator sim = new Simulator(() -> failing, List.of());
    SimulationResult one = sim.run(FACTORY, RISK, 3000, 11L, 1, null, null);
    SimulationResult two = sim.run(FACTORY, RISK, 3000, 11L, 2, null, null);
    assertThat(one.failedPaths()).isPositive();
    assertThat(one.firstFailure()).matches("path \\d+: cooperative\\.seed\\.buybacks: members"
        + " below half").doesNotContain("DealException");
    assertThat(one.failureReason()).isEqualTo("cooperative.seed.buybacks: members below half");
    long run = one.paths() + one.failedPaths();
    assertThat(run).isEqualTo(3000);
    assertThat(one.failedProbability()).isEqualTo((double) one.failedPaths() / run);
    double headcount = FACTORY.company().headcount();
    assertThat(one.expectedJobsAtRiskIfFailedAtRisk(headcount)).isCloseTo(
        (one.headcountAtDefault() + one.failedPaths() * headcount) / run, within(1e-9));
    double participation = one.metric("employees.participation").all().mean();
    assertThat(one.participationMeanIfFailedPaidNone())
        .isCloseTo(participation * one.paths() / run, within(1e-6))
        .isLessThan(participation);
    assertThat(Fingerprint.of(two)).isEqualTo(Fingerprint.of(one));
    assertThat(two.participationMeanIfFailedPaidNone())
        .isEqualTo(one.participationMeanIfFailedPaidNone());
    assertThat(two.expectedJobsAtRiskIfFailedAtRisk(headcount))
        .isEqualTo(one.expectedJobsAtRiskIfFailedAtRisk(headcount));
  }

  /**
   * Review 10 findings 1 and 3: the counts the simulator streams — the IRRs entered at their
   * annualised multiple (per party and per subset), the defaults that are only a shortfall at the
   * exit, the subsets themselves — equal those recounted path by path from the runner's outcomes,
   * at 1 and 3 threads (the workers' counts merge exactly).
   */
  @Test
  void substitutedIrrsAndExitShortfallsAreCountedExactly() {
    int paths = 3 * Simulator.CHUNK_SIZE + 100;
    int parties = org.reprise.engine.LboEngine.DEFAULT.run(FACTORY).returns().size();
    long[][] substituted = new long[parties][2]; // [party][0 performing, 1 in default]
    long[][] undefined = new long[parties][2];
    long[] counts = new long[3]; // defaults, exit-only shortfalls, exit-year in default
    Simulator recording =
        new Simulator(
            () -> {
              WorkspacePathRunner runner = new WorkspacePathRunner();
              return (deal, out) -> {
                  runner.run(deal, out);
                  boolean def = out.firstDefault() >= 0;
                  int d = def ? 1 : 0;
                  counts[0] += d;
                  counts[1] += out.exitShortfall() && out.firstDefaultInHold() < 0 ? 1 : 0;
                  boolean inExitYear =
                      out.years().defaulted[out.exitYear() - 1] || out.exitShortfall();
                  counts[2] += inExitYear ? 1 : 0;
                  for (int k = 0; k < parties; k++) {
                    if (Double.isNaN(out.irr(k))) {
                      boolean sub = org.reprise.engine.returns.Mirr.noSingleRoot(
                          org.reprise.engine.returns.Irr.irr(out.flows(k)));
                      (sub ? substituted : undefined)[k][d]++;
                    }
                  }
                };
            },
            List.of());
    SimulationResult recorded = recording.run(FACTORY, RISK, paths, 1L, 1, null, null);
    for (int threads : new int[] {1, 3}) {
      SimulationResult r = Simulator.DEFAULT.run(FACTORY, RISK, paths, 1L, threads, null, null);
      assertThat(Fingerprint.of(r)).isEqualTo(Fingerprint.of(recorded));
      assertThat(r.defaults()).isEqualTo(counts[0]);
      assertThat(r.exitShortfalls()).isEqualTo(counts[1]).isPositive();
      assertThat(r.inDefaultByYear()[r.exitYear() - 1]).isEqualTo(counts[2]);
      long total = 0;
      for (int k = 0; k < parties; k++) {
        MetricStatistics irr = r.metrics().get(2 * k);
        assertThat(irr.performing().substituted()).isEqualTo(substituted[k][0]);
        assertThat(irr.defaulted().substituted()).isEqualTo(substituted[k][1]);
        assertThat(irr.all().substituted()).isEqualTo(substituted[k][0] + substituted[k][1]);
        assertThat(irr.all().undefined()).isEqualTo(undefined[k][0] + undefined[k][1]);
        assertThat(irr.all().count() + irr.all().undefined()).isEqualTo(paths);
        total += substituted[k][0] + substituted[k][1];
      }
      assertThat(total).as("some lender's IRR has no single root").isPositive();
      // a shortfall at the exit is a default: its paths leave the performing distributions
      MetricStatistics fund = r.metric("irr.fund");
      assertThat(fund.performing().count() + fund.performing().undefined())
          .isEqualTo(paths - r.defaults());
    }
  }

  @Test
  void extraMetricsAreStreamedLikeTheOthers() {
    // a stand-in for the employees' participation: half of the exit year's net income, if positive
    Metric participation =
        new Metric(
            "participation.proxy",
            "EUR",
            Metric.AMOUNT_RESOLUTION,
            0.0,
            o -> 0.5 * Math.max(0.0, o.years().opcoNetIncome[o.exitYear() - 1]));
    SimulationResult r =
        Simulator.DEFAULT
            .withMetrics(List.of(participation))
            .run(FACTORY, RISK, 3000, 2L, 2, null, null);
    MetricStatistics m = r.metric("participation.proxy");
    assertThat(m.all().count()).isEqualTo(3000);
    assertThat(m.baseValue()).isPositive();
    assertThat(m.all().min()).isGreaterThanOrEqualTo(0.0);
    assertThat(m.quantile(0.5)).isEqualTo(m.all().p50());
    assertThatThrownBy(
            () ->
                Simulator.DEFAULT
                    .withMetrics(List.of(Metric.exitEbitda()))
                    .run(FACTORY, RISK, 10, 1L, 1, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exit.ebitda");
  }

  static void assertPath(Runnable r, String path) {
    assertThatThrownBy(r::run)
        .isInstanceOf(DealException.class)
        .satisfies(e -> assertThat(((DealException) e).path()).isEqualTo(path));
  }
}
