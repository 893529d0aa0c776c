package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reprise.io.RiskReader;
import org.reprise.io.ScenarioReader;

/** A job run directly: the time limit, and the release before the job shows as finished. */
class SimulationJobsTest {

  private static SimulationJobs.Job job(long paths, long timeLimitMillis) {
    String yaml = Fixtures.factoryYaml();
    return new SimulationJobs.Job("t", ScenarioReader.parseAll(yaml, "deal.yaml"),
        RiskReader.parse(yaml, "deal.yaml"), paths, 5, timeLimitMillis);
  }

  @Test
  void aJobStopsAtItsTimeLimitAndKeepsThePathsDone() throws Exception {
    SimulationJobs.Job job = job(SimulationJobs.MAX_PATHS, 1);
    Thread.sleep(5); // already over its limit: it stops before the first chunk
    AtomicInteger released = new AtomicInteger();
    job.run(1, released::incrementAndGet);
    assertThat(released.get()).isEqualTo(1);
    JsonNode view = SimulationView.of(job, false);
    assertThat(view.get("status").asText()).isEqualTo("done");
    assertThat(view.at("/result/timedOut").asBoolean()).isTrue();
    assertThat(view.at("/result/complete").asBoolean()).isFalse();
  }

  @Test
  void aJobWithinItsLimitIsComplete() {
    SimulationJobs.Job job = job(200, 60_000);
    assertThat(SimulationView.of(job, false).get("status").asText()).isEqualTo("running");
    job.run(2, () -> { });
    JsonNode view = SimulationView.of(job, false);
    assertThat(view.get("progress").asDouble()).isEqualTo(1.0);
    assertThat(view.at("/result/timedOut").asBoolean()).isFalse();
    assertThat(view.at("/result/complete").asBoolean()).isTrue();
    assertThat(view.at("/result/scenarios/0/paths").asLong()
        + view.at("/result/scenarios/0/failedPaths").asLong()).isEqualTo(200);
  }
}
