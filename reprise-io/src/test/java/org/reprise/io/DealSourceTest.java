package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.LboEngine;
import org.reprise.io.result.CompareJson;
import org.reprise.io.result.ResultJson;
import org.reprise.io.result.ScenarioSummary;
import org.reprise.model.Deal;
import org.reprise.model.DealException;

/**
 * The deal file's {@code source}, who set its assumptions (review 26, X7): read as written on one
 * line, optional, overridden by a scenario, written by {@code run --json} and {@code compare
 * --json}, and refused with a message in English and French when it is not a text.
 */
class DealSourceTest {

  @Test
  void aFileWithoutSourceHasNone() {
    Deal deal = DealReader.parse(TestDeals.MINIMAL, "deal.yaml");
    assertThat(deal.source()).isNull();
    assertThat(json(deal).get("deal").get("source").isNull()).isTrue();
  }

  @Test
  void theSourceIsReadOnOneLine() {
    Deal deal = TestDeals.readWith("source",
        "\"  plan d'affaires de l'acquéreur du 12/03/2026,\\n   retraité par le cabinet X  \"");
    assertThat(deal.source())
        .isEqualTo("plan d'affaires de l'acquéreur du 12/03/2026, retraité par le cabinet X");
    JsonNode d = json(deal).get("deal");
    assertThat(d.get("source").asText()).isEqualTo(deal.source());
    // just after the name, before the company
    assertThat(d.toString()).matches("\\{\"name\":[^,]*,\"source\":.*");
    // `null` is the same as no source, as for every optional key
    assertThat(TestDeals.readWith("source", "null").source()).isNull();
  }

  @Test
  void theSourceChangesNoFigure() {
    Deal without = DealReader.parse(TestDeals.MINIMAL, "deal.yaml");
    Deal with = TestDeals.readWith("source", "\"exemple fictif\"");
    com.fasterxml.jackson.databind.node.ObjectNode a =
        (com.fasterxml.jackson.databind.node.ObjectNode) json(without);
    com.fasterxml.jackson.databind.node.ObjectNode b =
        (com.fasterxml.jackson.databind.node.ObjectNode) json(with);
    ((com.fasterxml.jackson.databind.node.ObjectNode) a.get("deal")).remove("source");
    ((com.fasterxml.jackson.databind.node.ObjectNode) b.get("deal")).remove("source");
    assertThat(b).isEqualTo(a);
  }

  @Test
  void aSourceThatIsNotATextIsRefusedInEnglishAndFrench() {
    for (String wrong : new String[] {"[plan, 2026]", "{by: X}", "\"   \"", "12.5", "true"}) {
      assertThatThrownBy(() -> TestDeals.readWith("source", wrong))
          .isInstanceOf(DealException.class)
          .satisfies(e -> {
            DealException d = (DealException) e;
            assertThat(d.path()).isEqualTo("source");
            assertThat(d.getMessage()).startsWith("source: expected a text saying who set the"
                + " assumptions, such as \"the buyer's business plan of 12/03/2026\" or"
                + " \"fictional example\", found ");
            assertThat(MessagesFr.translate(d)).startsWith("attendu : un texte qui dit qui a établi"
                + " les hypothèses, par exemple \"plan d'affaires de l'acquéreur du 12/03/2026\""
                + " ou \"exemple fictif\" ; trouvé : ");
          });
    }
  }

  /**
   * A scenario keeps the file's source, gives its own, or removes it with {@code null}; {@code
   * compare --json} writes each scenario's.
   */
  @Test
  void aScenarioMayGiveItsOwnSource() {
    String yaml = TestDeals.MINIMAL + String.join("\n",
        "source: \"the buyer's plan\"",
        "scenarios:",
        "  - {name: Buyer, kind: fund-lbo}",
        "  - {name: Expert, kind: fund-lbo, source: \"the expert's restatement\"}",
        "  - {name: Unsaid, kind: fund-lbo, source: null}",
        "");
    List<Scenario> scenarios = ScenarioReader.parse(yaml, "s.yaml");
    assertThat(scenarios).extracting(s -> s.deal().source())
        .containsExactly("the buyer's plan", "the expert's restatement", null);
    List<ScenarioSummary> summaries = scenarios.stream().map(s -> ScenarioSummary.of(s.name(),
        s.kind(), s.deal(), LboEngine.DEFAULT.run(s.deal()))).toList();
    JsonNode compare = CompareJson.toTree("s", summaries);
    assertThat(compare.get("scenarios").get(0).get("source").asText())
        .isEqualTo("the buyer's plan");
    assertThat(compare.get("scenarios").get(1).get("source").asText())
        .isEqualTo("the expert's restatement");
    assertThat(compare.get("scenarios").get(2).get("source").isNull()).isTrue();
    // a scenario's wrong source is reported at its own path
    assertThatThrownBy(() -> ScenarioReader.parse(yaml.replace("source: null", "source: [1]"),
        "s.yaml")).isInstanceOf(DealException.class)
        .extracting(e -> ((DealException) e).path()).isEqualTo("scenarios[2].source");
  }

  private static JsonNode json(Deal deal) {
    try {
      return TestDeals.JSON.readTree(ResultJson.toJson(deal, LboEngine.DEFAULT.run(deal)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
