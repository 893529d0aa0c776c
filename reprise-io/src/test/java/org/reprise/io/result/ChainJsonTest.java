package org.reprise.io.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.BuyoutChain;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.PartyReturn;
import org.reprise.io.DealReader;
import org.reprise.io.ScenarioReader;

/** A chain of buyouts and its JSON, on the bundled chain example (5 rounds of 5 years). */
class ChainJsonTest {

  private static final JsonMapper STRICT =
      JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
  private static final Path FILE = Path.of("..", "examples", "decolletage-chain.yaml");
  private static final ScenarioReader.Chain CHAIN = ScenarioReader.readChain(FILE);
  private static final ChainSummary SUMMARY =
      ChainSummary.of(BuyoutChain.run(CHAIN.template(), CHAIN.rounds()));

  private static JsonNode document() throws IOException {
    return STRICT.readTree(ChainJson.toJson(CHAIN.name(), SUMMARY));
  }

  @Test
  void eachRoundBuysAtThePreviousExitPrice() throws IOException {
    JsonNode rounds = document().get("rounds");
    assertThat(rounds).hasSize(5);
    for (int k = 0; k + 1 < rounds.size(); k++) {
      assertThat(rounds.get(k + 1).get("entryEnterpriseValue").doubleValue())
          .isEqualTo(rounds.get(k).get("exitEnterpriseValue").doubleValue());
      assertThat(rounds.get(k + 1).get("baseYear").asInt())
          .isEqualTo(rounds.get(k).get("exitYear").asInt());
    }
    assertThat(rounds.get(0).get("baseYear").asInt()).isEqualTo(2025);
    assertThat(rounds.get(4).get("exitYear").asInt()).isEqualTo(2050);
  }

  @Test
  void theFirstRoundIsTheStandaloneDeal() {
    DealResult alone = LboEngine.DEFAULT.run(DealReader.read(FILE));
    DealResult first = SUMMARY.rounds().get(0).result();
    assertThat(first.exit().equityValue()).isEqualTo(alone.exit().equityValue());
    assertThat(first.returnOf("fund").irr()).isEqualTo(alone.returnOf("fund").irr());
  }

  @Test
  void totalsAreTheSumsOfTheRounds() throws IOException {
    JsonNode root = document();
    JsonNode totals = root.get("totals");
    for (String f : List.of("fees", "debtService", "distributions", "cashExtracted",
        "paidToHolding")) {
      double sum = 0;
      for (JsonNode r : root.get("rounds")) {
        sum += r.get(f).doubleValue();
      }
      assertThat(totals.get(f).doubleValue()).as(f)
          .isCloseTo(sum, within(1e-6 * Math.max(1, sum)));
    }
    assertThat(totals.get("years").asInt()).isEqualTo(25);
    double invested = 0;
    for (var r : SUMMARY.rounds()) {
      PartyReturn fund = r.result().returnOf("fund");
      invested += fund.invested();
    }
    assertThat(totals.get("parties").get("fund").get("invested").doubleValue())
        .isCloseTo(invested, within(1e-6));
    assertThat(totals.get("parties").get("fund").get("rounds").asInt()).isEqualTo(5);
    JsonNode va = totals.get("valueAdded");
    double parts = va.get("employees").doubleValue() + va.get("state").doubleValue()
        + va.get("lenders").doubleValue() + va.get("shareholders").doubleValue()
        + va.get("company").doubleValue();
    assertThat(parts).isCloseTo(va.get("total").doubleValue(),
        within(1e-6 * va.get("total").doubleValue()));
  }

  @Test
  void theDocumentationNamesEveryField() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "compare-output.md"),
        StandardCharsets.UTF_8);
    List<String> users = new ArrayList<>(SUMMARY.parties().keySet());
    List<String> missing = new ArrayList<>();
    WhoPaysJsonTest.collect(document(), doc, missing, users);
    assertThat(missing).as("fields missing from docs/compare-output.md").isEmpty();
  }
}
