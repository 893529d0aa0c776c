package org.reprise.io.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/**
 * {@code years[].newShortfall} (review 28): the debt service first falling due unpaid each year.
 * The bundled secondary LBO with its revenue falling 30 % in 2027 (the works-council report's
 * stress, by hand) defaults from 2028 on; the yearly shortfall counts the principal overdue again
 * each year it stays unpaid, the new shortfalls count each amount once and add up to the total.
 */
class NewShortfallJsonTest {

  @Test
  void theNewShortfallsAddUpToTheTotalWhereTheShortfallsDoNot() throws Exception {
    String yaml = Files.readString(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"),
        StandardCharsets.UTF_8);
    String growth = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";
    assertThat(yaml).contains(growth);
    Deal deal = DealReader.parse(
        yaml.replace(growth, "growth: [\"3%\", \"-30%\", \"-10%\", \"0%\", \"0%\"]"), "stress.yaml");
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(r.paymentDefault().occurred()).isTrue();
    JsonNode years = new ObjectMapper().readTree(ResultJson.toJson(r)).get("years");
    double total = 0.0;
    double counted = 0.0;
    for (JsonNode y : years) {
      double fresh = y.get("newShortfall").doubleValue();
      assertThat(fresh).isGreaterThanOrEqualTo(0.0)
          .isLessThanOrEqualTo(y.get("shortfall").doubleValue());
      total += fresh;
      counted += y.get("shortfall").doubleValue();
    }
    assertThat(total).isCloseTo(r.paymentDefault().totalShortfall(), within(1e-6));
    // the arrears are counted again in the yearly shortfalls: their sum is larger
    assertThat(counted).isGreaterThan(total + 1.0);
    // the field sits right after shortfall
    java.util.List<String> names = new java.util.ArrayList<>();
    years.get(0).fieldNames().forEachRemaining(names::add);
    assertThat(names.indexOf("newShortfall")).isEqualTo(names.indexOf("shortfall") + 1);
  }
}
