package org.reprise.io.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void decimalsReadBackAsTheSameDouble() {
    SplittableRandom random = new SplittableRandom(20_250_101L);
    for (int i = 0; i < 100_000; i++) {
      // Amounts from 1e-12 to 1e12, both signs, and raw bit patterns.
      double v =
          i % 2 == 0
              ? (random.nextBoolean() ? -1 : 1) * Math.pow(10, random.nextDouble(-12, 12))
              : Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(v)) {
        continue;
      }
      BigDecimal d = Json.decimal(v);
      assertThat(d.scale()).isNotNegative();
      assertThat(Double.parseDouble(d.toPlainString())).isEqualTo(v);
    }
  }

  @Test
  void wholeNumbersHaveNoFractionAndNoExponent() {
    assertThat(Json.decimal(12_000_000.0).toPlainString()).isEqualTo("12000000");
    assertThat(Json.decimal(12_000_000.0).toString()).isEqualTo("12000000");
    assertThat(Json.decimal(-0.0).toPlainString()).isEqualTo("0");
    assertThat(Json.decimal(0.05).toPlainString()).isEqualTo("0.05");
    assertThat(Json.decimal(1e-9).toPlainString()).isEqualTo("0.000000001");
  }

  @Test
  void nonFiniteValuesBecomeNull() {
    assertThat(Json.decimal(Double.NaN)).isNull();
    assertThat(Json.decimal(Double.NEGATIVE_INFINITY)).isNull();
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    Json.num(n, "x", Double.POSITIVE_INFINITY);
    assertThat(n.get("x").isNull()).isTrue();
    assertThat(Json.array(new double[] {1, Double.NaN}).get(1).isNull()).isTrue();
    assertThat(Json.array(null)).isEmpty();
  }

  @Test
  void duplicateKeysGetANumber() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("bank", 1);
    assertThat(Json.uniqueKey(n, "bank")).isEqualTo("bank (2)");
    n.put("bank (2)", 2);
    assertThat(Json.uniqueKey(n, "bank")).isEqualTo("bank (3)");
    assertThat(Json.uniqueKey(n, "fund")).isEqualTo("fund");
  }
}
