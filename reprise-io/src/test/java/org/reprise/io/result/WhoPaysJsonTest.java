package org.reprise.io.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.WhoPays;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/** The {@code whoPays} object of {@code reprise run --json}, on the secondary-LBO example. */
class WhoPaysJsonTest {

  private static final JsonMapper STRICT =
      JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private static final Deal DEAL =
      DealReader.read(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"));
  private static final DealResult RESULT = LboEngine.DEFAULT.run(DEAL);
  private static final WhoPays WHO = WhoPays.of(DEAL, RESULT);

  private static JsonNode document() throws IOException {
    return STRICT.readTree(ResultJson.toJson(RESULT, WHO));
  }

  @Test
  void writesEveryComponentUnderItsOwnName() throws IOException {
    JsonNode w = document().get("whoPays");
    for (RecordComponent c : WhoPays.class.getRecordComponents()) {
      // recapBorrowed only after a dividend recapitalisation (aRecapWritesWhatItBorrowed)
      assertThat(w.has(c.getName()) || c.getName().equals("recapBorrowed"))
          .as("WhoPays." + c.getName()).isTrue();
    }
    assertThat(w.has("recapBorrowed")).isFalse();
    for (String split : new String[] {"valueAdded", "groupValueAdded"}) {
      for (RecordComponent c : WhoPays.Split.class.getRecordComponents()) {
        assertThat(w.get(split).has(c.getName())).as(split + "." + c.getName()).isTrue();
      }
    }
    assertThat(w.get("years").intValue()).isEqualTo(5);
    assertThat(w.get("cashExtracted").doubleValue()).isEqualTo(WHO.cashExtracted());
    assertThat(w.get("paidToHolding").doubleValue()).isEqualTo(WHO.paidToHolding());
  }

  /**
   * After a dividend recapitalisation (methodology §5.13, §10): what it borrowed net of its fees,
   * 1,500,000 − 30,000, which the cash paid to lenders and shareholders nets out.
   */
  @Test
  void aRecapWritesWhatItBorrowed() throws IOException {
    Deal deal = DealReader.read(Path.of("..", "examples", "decolletage-recap.yaml"));
    DealResult r = LboEngine.DEFAULT.run(deal);
    WhoPays who = WhoPays.of(deal, r);
    JsonNode w = STRICT.readTree(ResultJson.toJson(r, who)).get("whoPays");
    assertThat(w.get("recapBorrowed").doubleValue()).isEqualTo(1_470_000.0);
    assertThat(w.get("cashExtracted").doubleValue()).isCloseTo(
        who.debtService() + who.distributions() + who.buybacks() - 1_470_000.0,
        org.assertj.core.api.Assertions.within(1e-6));
  }

  @Test
  void captureIsAnObjectOfPartiesThatSumsToTheDeleveraging() throws IOException {
    JsonNode w = document().get("whoPays");
    JsonNode capture = w.get("deleveragingCapture");
    List<String> parties = new ArrayList<>();
    capture.fieldNames().forEachRemaining(parties::add);
    assertThat(parties).containsExactly("fund", "management");
    double sum = 0;
    for (JsonNode v : capture) {
      sum += v.doubleValue();
    }
    double d = w.get("deleveraging").doubleValue();
    assertThat(sum).isCloseTo(d, within(1e-6 * Math.abs(d)));
  }

  @Test
  void splitsSumToTheirTotal() throws IOException {
    JsonNode w = document().get("whoPays");
    for (String split : new String[] {"valueAdded", "groupValueAdded"}) {
      JsonNode s = w.get(split);
      double parts = s.get("employees").doubleValue() + s.get("state").doubleValue()
          + s.get("lenders").doubleValue() + s.get("shareholders").doubleValue()
          + s.get("company").doubleValue();
      double total = s.get("total").doubleValue();
      assertThat(parts).as(split).isCloseTo(total, within(1e-6 * total));
    }
  }

  @Test
  void comesAfterThePaymentDefaultAndKeepsIterationsLast() throws IOException {
    List<String> keys = new ArrayList<>();
    document().fieldNames().forEachRemaining(keys::add);
    assertThat(keys).endsWith("paymentDefault", "whoPays", "interestIterations");
    // without the workers' view, the document is unchanged
    List<String> plain = new ArrayList<>();
    STRICT.readTree(ResultJson.toJson(RESULT)).fieldNames().forEachRemaining(plain::add);
    assertThat(plain).doesNotContain("whoPays").endsWith("paymentDefault", "interestIterations");
  }

  @Test
  void theDocumentationNamesEveryField() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "json-output.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    collect(document().get("whoPays"), doc, missing, List.of("fund", "management"));
    assertThat(missing).as("whoPays fields missing from docs/json-output.md").isEmpty();
  }

  /** Adds to {@code missing} every field name of {@code node} not written `so` in {@code doc}. */
  static void collect(JsonNode node, String doc, List<String> missing, List<String> userKeys) {
    if (node.isArray()) {
      for (JsonNode e : node) {
        collect(e, doc, missing, userKeys);
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        String name = f.getKey();
        if (!userKeys.contains(name) && !doc.contains("`" + name + "`")
            && !missing.contains(name)) {
          missing.add(name);
        }
        collect(f.getValue(), doc, missing, userKeys);
      }
    }
  }
}
