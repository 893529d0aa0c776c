package org.reprise.io.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;

/** The JSON of real engine results (the examples at the repository root) is consistent. */
class ResultJsonExamplesTest {

  private static final JsonMapper STRICT =
      JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  @ParameterizedTest
  @ValueSource(
      strings = {"decolletage-secondary-lbo.yaml", "paper-lbo.yaml", "employee-buyout.yaml",
        "decolletage-scenarios.yaml", "decolletage-chain.yaml"})
  void jsonOfAnExampleIsStrictAndConsistent(String example) throws IOException {
    DealResult result = LboEngine.DEFAULT.run(DealReader.read(Path.of("..", "examples", example)));
    JsonNode root = STRICT.readTree(ResultJson.toJson(result));

    JsonNode su = root.get("sourcesAndUses");
    assertThat(su.get("totalSources").doubleValue())
        .isCloseTo(su.get("totalUses").doubleValue(), within(0.01));

    JsonNode years = root.get("years");
    assertThat(years.size()).isEqualTo(result.years().size());
    JsonNode schedules = root.get("debtSchedules");
    for (int t = 0; t < years.size(); t++) {
      JsonNode year = years.get(t);
      double sum = 0;
      int i = 0;
      Iterator<Map.Entry<String, JsonNode>> tranches = year.get("debt").fields();
      for (; tranches.hasNext(); i++) {
        Map.Entry<String, JsonNode> tranche = tranches.next();
        assertThat(tranche.getKey()).isEqualTo(schedules.get(i).get("name").asText());
        assertThat(tranche.getValue().doubleValue())
            .isEqualTo(schedules.get(i).get("closing").get(t).doubleValue());
        sum += tranche.getValue().doubleValue();
      }
      double total = year.get("totalDebt").doubleValue();
      assertThat(sum).isCloseTo(total, within(1e-6 * Math.max(1, Math.abs(total))));
      assertThat(year.get("netDebt").doubleValue())
          .isCloseTo(total - year.get("cash").doubleValue(), within(1e-6 * Math.max(1, total)));
    }

    JsonNode returns = root.get("returns");
    assertThat(returns.size()).isEqualTo(result.returns().size());
    result.returns().forEach(r -> assertThat(returns.has(r.party())).as(r.party()).isTrue());

    JsonNode b = root.get("valueBridge");
    double components =
        b.get("ebitdaGrowth").doubleValue()
            + b.get("multipleChange").doubleValue()
            + b.get("deleveraging").doubleValue()
            + b.get("distributions").doubleValue()
            + b.get("fees").doubleValue();
    double gain = b.get("equityGain").doubleValue();
    assertThat(components).isCloseTo(gain, within(1e-6 * Math.max(1, Math.abs(gain))));
  }
  /**
   * The consolidated balance sheet of every bundled deal balances in every column (methodology
   * §5.12): each example, each scenario of the factory (the status quo, the fund's and the
   * employees' buyouts, the two SCOPs) and the chain's template, to 1e-9 of the total assets.
   */
  @org.junit.jupiter.api.Test
  void everyBundledDealsBalanceSheetBalances() {
    java.util.List<org.reprise.model.Deal> deals = new java.util.ArrayList<>();
    for (String example : new String[] {"decolletage-secondary-lbo.yaml", "paper-lbo.yaml",
        "employee-buyout.yaml"}) {
      deals.add(DealReader.read(Path.of("..", "examples", example)));
    }
    for (org.reprise.io.Scenario s : org.reprise.io.ScenarioReader.read(
        Path.of("..", "examples", "decolletage-scenarios.yaml"))) {
      deals.add(s.deal());
    }
    deals.add(org.reprise.io.ScenarioReader.readChain(
        Path.of("..", "examples", "decolletage-chain.yaml")).template());
    assertThat(deals).hasSize(9);
    for (org.reprise.model.Deal deal : deals) {
      org.reprise.engine.BalanceSheet b = LboEngine.DEFAULT.run(deal).balanceSheet();
      double[] check = b.check();
      double[] assets = b.totalAssets();
      for (int c = 0; c < check.length; c++) {
        assertThat(check[c]).as(deal.name() + ", " + b.year()[c])
            .isCloseTo(0.0, within(1e-9 * Math.abs(assets[c])));
      }
    }
  }
}
