package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/deal-format.md names every key of the ownership sections, in backquotes. */
class DealFormatDocTest {

  @Test
  void theFormatDocumentsEveryKeyOfTheNewSections() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "deal-format.md"), StandardCharsets.UTF_8);
    List<String> keys = new ArrayList<>();
    for (String[] group : new String[][] {ParticipationReader.KEYS, CooperativeReader.KEYS,
        CooperativeReader.SEED_KEYS, StatusQuoReader.KEYS, ScenarioReader.SCENARIO_KEYS,
        Scenario.KINDS, {"kind", "scenarios", "chain", "rounds", "participation", "cooperative",
        "statusQuo"}}) {
      keys.addAll(List.of(group));
    }
    for (String key : keys) {
      assertThat(doc).as("deal-format.md documents `%s`", key).contains("`" + key + "`");
    }
  }
}
