package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reprise.io.RiskReader;
import org.reprise.io.ScenarioReader;
import org.reprise.sim.SimulationResult;

/**
 * The job's JSON for failed (not viable) paths, an outcome that counts (docs/risk.md §5, "Failed
 * paths"): their share of the paths run with its standard error, the bounds counting them as the
 * worst case, the reason of the first, on a result of the factory whose counts are set by hand so
 * that every figure is worked out below.
 */
class SimulationViewTest {

  private static final String FIRST = "path 23: cooperative.seed.buybacks: SCOP d'amorçage:"
      + " employee members hold 49.83 % of the capital at the end of year 7; the law requires at"
      + " least 50 % (buy back more outside shares or raise more member capital)";

  /** A real 20-path result of the factory: its parties and metrics, which the view reads. */
  private static SimulationResult real;

  @BeforeAll
  static void simulate() {
    SimulationJobs.Job job = job();
    job.run(1, () -> { });
    assertThat(job.results).hasSize(1);
    real = job.results.get(0);
  }

  private static SimulationJobs.Job job() {
    String yaml = Fixtures.factoryYaml();
    return new SimulationJobs.Job("t", ScenarioReader.parseAll(yaml, "deal.yaml"),
        RiskReader.parse(yaml, "deal.yaml"), 20, 1, 60_000);
  }

  /**
   * The real result with its counts replaced: {@code paths} computed, {@code failed} failed (the
   * first one's message {@code first}), {@code defaults} of the paths computed in payment default,
   * each with the factory's 180 people, none only at the exit.
   */
  private static SimulationResult counted(long paths, long failed, String first, long defaults) {
    SimulationResult r = real;
    return new SimulationResult(r.dealName(), r.overlay(), r.seed(), paths + failed, paths,
        failed, first, false, r.years(), r.exitYear(), r.baseYear(), defaults, 0,
        r.firstDefaultByYear(), r.inDefaultByYear(), r.covenantsTested(), r.breaches(),
        r.firstBreachByYear(), r.inBreachByYear(), defaults * 180.0, 0.0, r.recapDue(),
        r.recapDrawn(), r.recapRefused(), r.recapNoRoom(), r.recapBorrowed(), r.parties(),
        r.meanFlows(), r.metrics());
  }

  /** @return the view of a finished job holding {@code result}, in French or not */
  private static JsonNode scenario(SimulationResult result, boolean french) {
    SimulationJobs.Job job = job();
    job.results = List.of(result);
    job.status = SimulationJobs.Status.DONE;
    JsonNode view = SimulationView.of(job, french);
    assertThat(view.at("/result/scenarios")).hasSize(1);
    return view.at("/result/scenarios/0");
  }

  /**
   * 20 failed of the 80 + 20 run: the failed share is 20 / 100 = 0.2, its standard error √(0.2 ×
   * 0.8 / 100) = 0.04. 30 of the 80 computed default: 0.375, and 0.5 = (30 + 20) / 100 if the
   * failed paths defaulted. Jobs at risk: 30 × 180 / 80 = 67.5 over the paths computed, and (30 ×
   * 180 + 20 × 180) / 100 = 90 if the failed paths had the headcount (180) at risk.
   */
  @Test
  void failedPathsGiveTheirShareItsErrorTheBoundsAndTheReason() {
    JsonNode s = scenario(counted(80, 20, FIRST, 30), false);
    assertThat(s.get("paths").asLong()).isEqualTo(80);
    assertThat(s.get("failedPaths").asLong()).isEqualTo(20);
    assertThat(s.get("failedProbability").asDouble()).isCloseTo(0.2, within(1e-15));
    assertThat(s.get("failedStandardError").asDouble()).isCloseTo(0.04, within(1e-15));
    assertThat(s.get("defaultProbability").asDouble()).isEqualTo(0.375);
    assertThat(s.get("defaultProbabilityIfFailedDefaulted").asDouble()).isEqualTo(0.5);
    assertThat(s.get("headcount").asDouble()).isEqualTo(180.0);
    assertThat(s.get("expectedJobsAtRisk").asDouble()).isEqualTo(67.5);
    assertThat(s.get("expectedJobsAtRiskIfFailedAtRisk").asDouble())
        .isCloseTo(90.0, within(1e-12));
    // 20 % failed, above the 1 % beyond which the distributions cover the paths computed only
    assertThat(s.get("survivorsOnly").asBoolean()).isTrue();
    assertThat(s.get("firstFailure").asText()).isEqualTo(FIRST);
    JsonNode f = s.get("failure");
    assertThat(f.get("index").asLong()).isEqualTo(23);
    assertThat(f.get("path").asText()).isEqualTo("cooperative.seed.buybacks");
    assertThat(f.get("message").asText()).startsWith("SCOP d'amorçage: employee members hold"
        + " 49.83 % of the capital").doesNotContain("path 23");
    // the French text always, the page changing language without fetching the job again
    assertThat(f.get("localizedMessage").asText())
        .startsWith("SCOP d'amorçage : les associés salariés détiennent 49,83 % du capital");
    assertThat(scenario(counted(80, 20, FIRST, 30), true).get("failure"))
        .isEqualTo(f);
  }

  /** No path failed: a share of 0 with no error, bounds equal to the figures, no reason. */
  @Test
  void withoutFailedPathsTheShareIsZeroAndTheBoundsAreTheFigures() {
    JsonNode s = scenario(counted(100, 0, "", 30), false);
    assertThat(s.get("failedPaths").asLong()).isZero();
    assertThat(s.get("failedProbability").isNumber()).isTrue();
    assertThat(s.get("failedProbability").asDouble()).isZero();
    assertThat(s.get("failedStandardError").asDouble()).isZero();
    assertThat(s.get("defaultProbability").asDouble()).isEqualTo(0.3);
    assertThat(s.get("defaultProbabilityIfFailedDefaulted").asDouble()).isEqualTo(0.3);
    assertThat(s.get("expectedJobsAtRisk").asDouble()).isEqualTo(54.0);
    assertThat(s.get("expectedJobsAtRiskIfFailedAtRisk").asDouble()).isEqualTo(54.0);
    assertThat(s.get("survivorsOnly").asBoolean()).isFalse();
    assertThat(s.get("firstFailure").isNull()).isTrue();
    assertThat(s.get("failure").isNull()).isTrue();
    // the real run of the factory fails no path
    JsonNode r = scenario(real, false);
    assertThat(r.get("failedPaths").asLong()).isZero();
    assertThat(r.get("failedProbability").asDouble()).isZero();
    assertThat(r.get("failure").isNull()).isTrue();
  }

  /**
   * A failure that is not the deal's (a fault of the program, docs/risk.md §5) has no field path:
   * its whole reason is the message. 1 failed of 100 is at the 1 % threshold, not above it.
   */
  @Test
  void aReasonWithoutAFieldPathIsAllMessage() {
    JsonNode s = scenario(counted(99, 1,
        "path 5: internal error (please report): IllegalStateException: x", 0), false);
    assertThat(s.get("failedProbability").asDouble()).isEqualTo(0.01);
    assertThat(s.get("survivorsOnly").asBoolean()).isFalse();
    JsonNode f = s.get("failure");
    assertThat(f.get("index").asLong()).isEqualTo(5);
    assertThat(f.get("path").asText()).isEmpty();
    assertThat(f.get("message").asText())
        .isEqualTo("internal error (please report): IllegalStateException: x");
  }
}
