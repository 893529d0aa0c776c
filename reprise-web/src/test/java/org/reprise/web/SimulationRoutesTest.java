package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /api/simulate} and {@code GET /api/jobs/{id}} over real HTTP. */
class SimulationRoutesTest extends ServerTest {

  /** Polls the job until it is no longer running, recording the progress seen. */
  static JsonNode await(String id, List<Double> progress) throws InterruptedException {
    long end = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < end) {
      Http.Response r = http.get("/api/jobs/" + id);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode job = r.json();
      progress.add(job.get("progress").asDouble());
      if (!job.get("status").asText().equals("running")) {
        return job;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the job did not finish in 60 s");
  }

  @Test
  void aSimulationRunsInTheBackgroundAndReachesProgressOne() throws Exception {
    String yaml = Fixtures.read(CompareRoutesTest.SCENARIOS);
    Http.Response r = http.postYaml("/api/simulate?paths=500&seed=7", yaml);
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    JsonNode started = r.json();
    String id = started.get("id").asText();
    assertThat(r.header("Location")).isEqualTo("/api/jobs/" + id);
    assertThat(started.get("paths").asLong()).isEqualTo(500);
    assertThat(started.get("seed").asLong()).isEqualTo(7);

    List<Double> progress = new ArrayList<>();
    JsonNode job = await(id, progress);
    assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
    assertThat(job.get("progress").asDouble()).isEqualTo(1.0);
    assertThat(progress).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
    assertThat(progress).isSorted();

    JsonNode result = job.get("result");
    assertThat(result.get("complete").asBoolean()).isTrue();
    assertThat(result.get("timedOut").asBoolean()).isFalse();
    JsonNode scenarios = result.get("scenarios");
    assertThat(scenarios).hasSize(started.get("scenarioCount").asInt());
    for (JsonNode s : scenarios) {
      String name = s.get("name").asText();
      assertThat(s.get("paths").asLong() + s.get("failedPaths").asLong()).as(name).isEqualTo(500);
      assertThat(s.get("defaultProbability").asDouble()).as(name).isBetween(0.0, 1.0);
      assertThat(s.get("covenantBreachProbability").asDouble()).as(name).isBetween(0.0, 1.0);
      assertThat(s.get("defaultProbabilityByYear").size()).isEqualTo(s.get("years").size());
      if (s.get("irr").size() == 0) {
        continue; // a status quo has no party with a return
      }
      JsonNode irr = s.get("irr").get(0);
      for (String k : new String[] {"p5", "p25", "p50", "p75", "p95", "mean", "pooled"}) {
        assertThat(irr.has(k)).as(name + " " + k).isTrue();
      }
      if (!irr.get("p5").isNull()) {
        assertThat(irr.get("p5").asDouble()).isLessThanOrEqualTo(irr.get("p50").asDouble());
        assertThat(irr.get("p50").asDouble()).isLessThanOrEqualTo(irr.get("p95").asDouble());
      }
      JsonNode h = s.get("histogram");
      assertThat(h.get("edges").size()).isEqualTo(h.get("counts").size() + 1);
      long total = h.get("below").asLong() + h.get("above").asLong();
      for (JsonNode c : h.get("counts")) {
        total += c.asLong();
      }
      assertThat(total).as(name).isEqualTo(irr.get("count").asLong());
    }
  }

  /**
   * Where the simulation is centred (docs/api.md, {@code exit}): per scenario, the exit year's
   * revenue and EBITDA of the plan and their median and mean over the paths, the very figures of
   * the simulator that {@code reprise simulate} prints for the same deal, paths and seed.
   */
  @Test
  void eachScenarioCarriesTheExitRevenueAndEbitdaAgainstThePlan() throws Exception {
    String yaml = Fixtures.read(CompareRoutesTest.SCENARIOS);
    String id = http.postYaml("/api/simulate?paths=400&seed=3", yaml).json().get("id").asText();
    JsonNode job = await(id, new ArrayList<>());
    assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
    JsonNode scenarios = job.at("/result/scenarios");
    List<org.reprise.io.Scenario> all =
        org.reprise.io.ScenarioReader.parseAll(yaml, "deal.yaml").scenarios();
    org.reprise.io.RiskReader.Risk risk = org.reprise.io.RiskReader.parse(yaml, "deal.yaml");
    assertThat(scenarios).hasSize(all.size());
    for (int i = 0; i < all.size(); i++) {
      JsonNode exit = scenarios.get(i).get("exit");
      String name = scenarios.get(i).get("name").asText();
      org.reprise.sim.SimulationResult expected = org.reprise.sim.Simulator.DEFAULT.run(
          all.get(i).deal(), risk.model(), 400, 3, 1, null, null);
      for (String figure : new String[] {"revenue", "ebitda"}) {
        org.reprise.sim.MetricStatistics m = expected.metric("exit." + figure);
        JsonNode f = exit.get(figure);
        assertThat(f.fieldNames()).toIterable().as(name + " " + figure)
            .containsExactly("base", "p50", "mean");
        assertThat(f.get("base").asDouble()).as(name + " " + figure).isEqualTo(m.baseValue());
        assertThat(f.get("p50").asDouble()).as(name + " " + figure).isEqualTo(m.all().p50());
        assertThat(f.get("mean").asDouble()).as(name + " " + figure).isEqualTo(m.all().mean());
        assertThat(f.get("base").asDouble()).as(name + " " + figure).isPositive();
      }
    }
    // The plan is the deterministic run: its exit-year revenue is the one /api/run gives.
    JsonNode run = http.postYaml("/api/run", Fixtures.factoryYaml()).json();
    String single = http.postYaml("/api/simulate?paths=50&seed=1", Fixtures.factoryYaml()).json()
        .get("id").asText();
    JsonNode one = await(single, new ArrayList<>()).at("/result/scenarios/0");
    JsonNode years = run.get("years");
    JsonNode last = years.get(years.size() - 1);
    assertThat(last.get("year").asInt()).isEqualTo(one.get("exitYear").asInt());
    assertThat(one.at("/exit/revenue/base").asDouble())
        .isCloseTo(last.get("revenue").asDouble(), within(0.005));
    assertThat(one.at("/exit/ebitda/base").asDouble())
        .isCloseTo(last.get("ebitda").asDouble(), within(0.005));
  }

  /**
   * A dividend recapitalisation on the paths (docs/api.md, methodology §5.13): the job carries the
   * simulator's shares of the paths that draw the recap example's one recap and that do not, which
   * add up to 1 (each path draws it or is refused it); a deal without a recap has null, not 0.
   */
  @Test
  void theRecapsDrawnAndRefusedSharesReachTheJob() throws Exception {
    String yaml = Fixtures.read(Fixtures.EXAMPLES.resolve("decolletage-recap.yaml"));
    String id = http.postYaml("/api/simulate?paths=400&seed=3", yaml).json().get("id").asText();
    JsonNode s = await(id, new ArrayList<>()).at("/result/scenarios/0");
    org.reprise.sim.SimulationResult expected = org.reprise.sim.Simulator.DEFAULT.run(
        org.reprise.io.ScenarioReader.parseAll(yaml, "deal.yaml").scenarios().get(0).deal(),
        org.reprise.io.RiskReader.parse(yaml, "deal.yaml").model(), 400, 3, 1, null, null);
    double drawn = s.get("recapDrawnProbability").asDouble();
    assertThat(drawn).isEqualTo(expected.recapDrawnProbability()).isStrictlyBetween(0.0, 1.0);
    assertThat(s.get("recapRefusedProbability").asDouble())
        .isEqualTo(expected.recapRefusedProbability());
    assertThat(drawn + s.get("recapRefusedProbability").asDouble()).isCloseTo(1.0, within(1e-12));
    String plain = http.postYaml("/api/simulate?paths=50&seed=3", Fixtures.factoryYaml()).json()
        .get("id").asText();
    JsonNode none = await(plain, new ArrayList<>()).at("/result/scenarios/0");
    assertThat(none.get("recapDrawnProbability").isNull()).isTrue();
    assertThat(none.get("recapRefusedProbability").isNull()).isTrue();
  }

  @Test
  void theSameSeedGivesTheSameResult() throws Exception {
    String yaml = Fixtures.factoryYaml();
    String a = http.postYaml("/api/simulate?paths=300&seed=11", yaml).json().get("id").asText();
    String b = http.postYaml("/api/simulate?paths=300&seed=11", yaml).json().get("id").asText();
    JsonNode ra = await(a, new ArrayList<>()).get("result");
    JsonNode rb = await(b, new ArrayList<>()).get("result");
    assertThat(ra).isEqualTo(rb);
    // The parameters may also come in a JSON body beside the deal.
    com.fasterxml.jackson.databind.node.ObjectNode body = Trees.JSON.createObjectNode();
    body.set("deal", Trees.parse(yaml, true));
    body.put("paths", 300).put("seed", 11);
    Http.Response r = http.postJson("/api/simulate", Trees.toJson(body));
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    assertThat(r.json().get("paths").asLong()).isEqualTo(300);
    assertThat(await(r.json().get("id").asText(), new ArrayList<>()).get("result")).isEqualTo(ra);
    body.put("paths", 0);
    Http.Response zero = http.postJson("/api/simulate", Trees.toJson(body));
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.json().at("/error/path").asText()).isEqualTo("paths");
    body.put("paths", "many");
    assertThat(http.postJson("/api/simulate", Trees.toJson(body)).status()).isEqualTo(400);
    assertThat(ra.at("/scenarios/0/defaultProbability").asDouble())
        .isCloseTo(ra.at("/scenarios/0/defaultProbability").asDouble(), within(0.0));
  }

  /**
   * The page's settings: the request it sends (the deal as a JSON tree, the paths and the seed the
   * user typed in the query, its language) starts a job with those paths and that seed.
   */
  @Test
  void thePagesPathsAndSeedReachTheJob() throws Exception {
    String tree = Trees.toJson(Trees.parse(Fixtures.factoryYaml(), true));
    Http.Response r = http.postJson("/api/simulate?paths=300&seed=42", tree,
        "Accept-Language", "fr");
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    JsonNode job = await(r.json().get("id").asText(), new ArrayList<>());
    assertThat(job.get("paths").asLong()).isEqualTo(300);
    assertThat(job.get("seed").asLong()).isEqualTo(42);
    assertThat(job.at("/result/complete").asBoolean()).isTrue();
    assertThat(job.at("/result/scenarios/0/paths").asLong()
        + job.at("/result/scenarios/0/failedPaths").asLong()).isEqualTo(300);

    Http.Response other = http.postJson("/api/simulate?paths=300&seed=-7", tree);
    JsonNode otherJob = await(other.json().get("id").asText(), new ArrayList<>());
    assertThat(otherJob.get("seed").asLong()).isEqualTo(-7);
    assertThat(otherJob.at("/result/scenarios/0/histogram/counts"))
        .as("another seed, other paths")
        .isNotEqualTo(job.at("/result/scenarios/0/histogram/counts"));

    Http.Response tooMany = http.postJson(
        "/api/simulate?paths=" + (SimulationJobs.MAX_PATHS + 1) + "&seed=1", tree,
        "Accept-Language", "fr");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().at("/error/path").asText()).isEqualTo("paths");
    assertThat(tooMany.json().at("/error/localizedMessage").asText())
        .isEqualTo("attendu : entre 1 et 100\u00a0000 trajectoires par scénario ; trouvé : 100\u00a0001");
    Http.Response badSeed = http.postJson("/api/simulate?paths=10&seed=1.5", tree);
    assertThat(badSeed.status()).isEqualTo(400);
    assertThat(badSeed.json().at("/error/path").asText()).isEqualTo("seed");
  }

  /** The page bounds its paths field with the server's limit and starts from its default. */
  @Test
  void thePageKnowsTheServersLimits() throws Exception {
    String js;
    try (java.io.InputStream in = WebServer.class.getResourceAsStream("/web/analysis.js")) {
      js = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(js).contains("export const SIM_MAX_PATHS = " + SimulationJobs.MAX_PATHS + ";")
        .contains("export const SIM_PATHS = " + SimulationJobs.DEFAULT_PATHS + ";");
  }

  @Test
  void pathsAreBounded() {
    String yaml = Fixtures.factoryYaml();
    for (String paths : new String[] {"0", "-3", "100001", "10000000"}) {
      Http.Response r = http.postYaml("/api/simulate?paths=" + paths + "&seed=1", yaml);
      assertThat(r.status()).as(paths).isEqualTo(400);
      assertThat(r.json().at("/error/path").asText()).isEqualTo("paths");
      assertThat(r.json().at("/error/message").asText()).contains("100000");
    }
    Http.Response r = http.postYaml("/api/simulate?paths=many", yaml);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/path").asText()).isEqualTo("paths");
  }

  @Test
  void aBadDealIsRefusedBeforeAnyJobStarts() {
    Http.Response r =
        http.postYaml("/api/simulate?paths=100", Fixtures.factoryYaml() + "\nexit: {year: soon}\n");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).doesNotContain("Exception");
    assertThat(http.post("/api/simulate", "text/plain", "x").status()).isEqualTo(415);
  }

  @Test
  void anUnknownJobIs404AndAJobCanBeStopped() throws Exception {
    Http.Response missing = http.get("/api/jobs/nothing");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().at("/error/message").asText()).contains("no simulation job");

    String id = http.postYaml("/api/simulate?paths=100000&seed=3", Fixtures.factoryYaml())
        .json().get("id").asText();
    Http.Response stopped = http.delete("/api/jobs/" + id);
    assertThat(stopped.status()).isEqualTo(200);
    JsonNode job = await(id, new ArrayList<>());
    assertThat(job.get("status").asText()).isEqualTo("done");
    assertThat(job.at("/result/scenarios/0/paths").asLong()).isLessThanOrEqualTo(100_000);
  }

  @Test
  void atMostTwoJobsRunAtATime() throws Exception {
    String yaml = Fixtures.read(CompareRoutesTest.SCENARIOS);
    List<String> ids = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        Http.Response r = http.postYaml("/api/simulate?paths=100000&seed=" + i, yaml);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        ids.add(r.json().get("id").asText());
      }
      Http.Response third = http.postYaml("/api/simulate?paths=10&seed=9", yaml);
      assertThat(third.status()).as(third.body()).isEqualTo(429);
      assertThat(third.json().at("/error/message").asText()).contains("already running 2");
    } finally {
      for (String id : ids) {
        http.delete("/api/jobs/" + id);
      }
    }
    for (String id : ids) {
      JsonNode job = await(id, new ArrayList<>());
      assertThat(job.get("status").asText()).isEqualTo("done");
      assertThat(job.at("/result/complete").asBoolean()).isFalse();
    }
    // Once they are done, a new job is accepted.
    Http.Response again = http.postYaml("/api/simulate?paths=10&seed=9", yaml);
    assertThat(again.status()).as(again.body()).isEqualTo(202);
    await(again.json().get("id").asText(), new ArrayList<>());
  }
}
