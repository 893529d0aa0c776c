package org.reprise.io.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/** The document of {@code reprise grid --json}. */
class GridJsonTest {

  private static final JsonMapper STRICT =
      JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  static GridJson.Grid grid(boolean monteCarlo) {
    return new GridJson.Grid("Deal", monteCarlo ? "Fund LBO" : null,
        monteCarlo ? "default.probability" : "fund.irr", monteCarlo ? "probability" : "rate",
        monteCarlo, monteCarlo ? 500 : 0, 3, "entry.multiple", new double[] {5, 6, 7},
        "exit.multiple", new double[] {6, 7},
        new double[][] {{0.1, 0.2, Double.NaN}, {0.3, 0.4, 0.5}},
        new String[][] {{"", "", "no IRR: total loss"}, {"", "", ""}}, false);
  }

  @Test
  void xAcrossYDownWithTheFailuresListed() throws Exception {
    JsonNode d = STRICT.readTree(GridJson.toJson(grid(false)));
    assertThat(d.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(d.get("metric").asText()).isEqualTo("fund.irr");
    assertThat(d.get("scenario").isNull()).isTrue();
    assertThat(d.get("monteCarlo").asBoolean()).isFalse();
    assertThat(d.get("paths").isNull()).isTrue();
    assertThat(d.get("seed").isNull()).isTrue();
    assertThat(d.get("x").get("parameter").asText()).isEqualTo("entry.multiple");
    assertThat(d.get("x").get("values")).hasSize(3);
    assertThat(d.get("y").get("values")).hasSize(2);
    JsonNode values = d.get("values");
    assertThat(values).hasSize(2); // one row per y value
    assertThat(values.get(1).get(2).asDouble()).isEqualTo(0.5); // y = 7, x = 7
    assertThat(values.get(0).get(2).isNull()).isTrue();
    assertThat(d.get("failures")).hasSize(1);
    JsonNode f = d.get("failures").get(0);
    assertThat(f.get("x").asDouble()).isEqualTo(7);
    assertThat(f.get("y").asDouble()).isEqualTo(6);
    assertThat(f.get("reason").asText()).isEqualTo("no IRR: total loss");
  }

  @Test
  void aMonteCarloGridGivesItsPathsAndSeed() throws Exception {
    JsonNode d = STRICT.readTree(GridJson.toJson(grid(true)));
    assertThat(d.get("paths").asLong()).isEqualTo(500);
    assertThat(d.get("seed").asLong()).isEqualTo(3);
    assertThat(d.get("scenario").asText()).isEqualTo("Fund LBO");
    assertThat(d.get("unit").asText()).isEqualTo("probability");
  }
}
