package org.reprise.io;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.reprise.model.DealException;

/**
 * Fuzz test: {@link ScenarioReader#parse} and {@link ScenarioReader#parseChain} must either return
 * well-formed deals or throw a {@link DealException} with a one-line message, for any input.
 * Seeds: {@code src/test/resources/org/reprise/io/ScenarioReaderFuzzTestInputs/}. To fuzz: {@code
 * JAZZER_FUZZ=1 ./mvnw -o -pl reprise-io test -Dtest=ScenarioReaderFuzzTest}.
 */
class ScenarioReaderFuzzTest {

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "ScenarioReaderFuzzTest.dict")
  void parseNeverThrowsAnythingButDealException(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      for (Scenario s : ScenarioReader.parse(text, "fuzz.yaml")) {
        DealReaderFuzzTest.checkResolved(s.deal());
      }
    } catch (DealException e) {
      check(e);
    }
    try {
      ScenarioReader.Chain c = ScenarioReader.parseChain(text, "fuzz.yaml", null);
      if (c.rounds() < 1 || c.template().years() < c.rounds() * c.template().exit().year()) {
        throw new AssertionError("chain shorter than its rounds");
      }
    } catch (DealException e) {
      check(e);
    }
  }

  private static void check(DealException e) {
    if (e.getMessage() == null
        || (e.path().isEmpty() && e.getMessage().startsWith("internal error"))) {
      throw new AssertionError("bad error message: " + e.getMessage(), e);
    }
    if (e.getMessage().contains("\n")) {
      throw new AssertionError("multi-line error message: " + e.getMessage(), e);
    }
  }
}
