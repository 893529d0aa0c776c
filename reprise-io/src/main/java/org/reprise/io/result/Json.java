package org.reprise.io.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** Small helpers that write numbers the way the result contract says. */
final class Json {

  private Json() {}

  /**
   * @param value any double
   * @return the decimal of {@code value} that reads back as the same double, with a scale of at
   *     least 0, or {@code null} when it is NaN or infinite
   */
  static BigDecimal decimal(double value) {
    if (!Double.isFinite(value)) {
      return null;
    }
    // valueOf goes through Double.toString: a decimal that reads back as the same double. Whole
    // numbers lose their ".0" and never get a negative scale (no "1.2E+7"); -0.0 becomes 0.
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** Puts {@code value} under {@code key}, or {@code null} when it is NaN or infinite. */
  static void num(ObjectNode node, String key, double value) {
    BigDecimal d = decimal(value);
    if (d == null) {
      node.putNull(key);
    } else {
      node.put(key, d);
    }
  }

  /** @return an array of the values, NaN and infinities as {@code null}; empty for {@code null} */
  static ArrayNode array(double[] values) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    if (values != null) {
      for (double v : values) {
        add(a, v);
      }
    }
    return a;
  }

  /** Appends {@code value} to {@code array}, {@code null} when it is NaN or infinite. */
  static void add(ArrayNode array, double value) {
    BigDecimal d = decimal(value);
    if (d == null) {
      array.addNull();
    } else {
      array.add(d);
    }
  }

  /**
   * @return {@code name}, or {@code "name (2)"}, {@code "name (3)"}… when {@code node} already
   *     has that key (the deal reader forbids duplicate names; this only keeps every value visible)
   */
  static String uniqueKey(ObjectNode node, String name) {
    String base = name == null ? "" : name;
    String key = base;
    for (int i = 2; node.has(key); i++) {
      key = base + " (" + i + ")";
    }
    return key;
  }

  /** Puts {@code value} under {@code key} right after the field {@code after}. */
  static void insertAfter(ObjectNode node, String after, String key, JsonNode value) {
    ObjectNode rest = node.objectNode();
    boolean past = false;
    for (var it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      if (past) {
        rest.set(e.getKey(), e.getValue());
      }
      past |= e.getKey().equals(after);
    }
    for (var it = rest.fieldNames(); it.hasNext(); ) {
      node.remove(it.next());
    }
    node.set(key, value);
    node.setAll(rest);
  }
}
