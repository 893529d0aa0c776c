package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.LboEngine;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.io.result.CompareJson;
import org.reprise.io.result.ScenarioSummary;

/** {@code POST /api/compare} over real HTTP. */
class CompareRoutesTest extends ServerTest {

  static final Path SCENARIOS = Fixtures.EXAMPLES.resolve("decolletage-scenarios.yaml");

  /** The document of `reprise compare FILE --json`, computed without the server. */
  private static String cliJson(Path file) {
    ScenarioReader.Scenarios all = ScenarioReader.readAll(file);
    List<ScenarioSummary> summaries = new ArrayList<>();
    for (Scenario s : all.scenarios()) {
      summaries.add(ScenarioSummary.of(s.name(), s.kind(), s.deal(), LboEngine.DEFAULT.run(s.deal())));
    }
    return CompareJson.toJson(all.name(), summaries);
  }

  @Test
  void compareAnswersTheJsonOfTheCommandLine() {
    Http.Response r = http.postYaml("/api/compare", Fixtures.read(SCENARIOS));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.header("Server-Timing")).matches("app;dur=\\d+\\.\\d{3}");
    assertThat(r.body()).isEqualTo(cliJson(SCENARIOS));
  }

  @Test
  void everyScenarioHasItsKindAndAValueAddedSplitThatAddsUp() {
    JsonNode doc = http.postYaml("/api/compare", Fixtures.read(SCENARIOS)).json();
    List<String> kinds = new ArrayList<>();
    for (JsonNode s : doc.get("scenarios")) {
      kinds.add(s.get("kind").asText());
      JsonNode va = s.get("valueAdded");
      double total = va.get("total").asDouble();
      double sum = 0;
      for (JsonNode part : va.get("shares")) {
        sum += part.asDouble();
      }
      assertThat(sum).as(s.get("name").asText()).isCloseTo(total, within(1e-6 * Math.abs(total) + 1));
      double ratios = 0;
      for (JsonNode part : va.get("shareOfTotal")) {
        ratios += part.asDouble();
      }
      assertThat(ratios).isCloseTo(1.0, within(1e-9));
    }
    assertThat(kinds).contains("status-quo", "fund-lbo", "employee-lbo");
    assertThat(doc.get("statusQuo").asText()).isEqualTo("Status quo");
  }

  @Test
  void theJsonTreeOfTheFileGivesTheSameAnswer() {
    ObjectNode tree = Trees.parse(Fixtures.read(SCENARIOS), true);
    Http.Response r = http.postJson("/api/compare", Trees.toJson(tree));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(cliJson(SCENARIOS));
  }

  @Test
  void aDealWithoutScenariosIsOneScenario() {
    JsonNode doc = http.postYaml("/api/compare", Fixtures.factoryYaml()).json();
    assertThat(doc.get("scenarios")).hasSize(1);
  }

  @Test
  void anErrorInAScenarioNamesItsPath() {
    ObjectNode tree = Trees.parse(Fixtures.read(SCENARIOS), true);
    ArrayNode scenarios = (ArrayNode) tree.get("scenarios");
    ObjectNode last = (ObjectNode) scenarios.get(scenarios.size() - 1);
    last.putObject("exit").put("year", "soon");
    Http.Response r = http.postJson("/api/compare", Trees.toJson(tree));
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().at("/error/path").asText())
        .startsWith("scenarios[" + (scenarios.size() - 1) + "]");
    assertThat(r.body()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void wrongContentTypeIsRefused() {
    Http.Response r = http.post("/api/compare", "text/plain", Fixtures.read(SCENARIOS));
    assertThat(r.status()).isEqualTo(415);
  }
}
