package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractThrowableAssert;
import org.reprise.model.Deal;
import org.reprise.model.DealException;

/**
 * Test fixtures: a minimal valid deal and helpers to change one key and read the result.
 *
 * <p>The minimal deal: base year 2025, exit 2030 (horizon 5), revenue 1000, costs 400 + 100 + 20 +
 * 300 (EBITDA 180), depreciation 50, capex 60, working capital 200, one balancing equity class.
 */
final class TestDeals {

  static final String MINIMAL = String.join("\n",
      "reprise: 1",
      "company:",
      "  name: Test Co",
      "  headcount: 10",
      "  baseYear: 2025",
      "  actuals:",
      "    revenue: 1000",
      "    purchases: 400",
      "    externalCharges: 100",
      "    otherTaxes: 20",
      "    personnelCosts: 300",
      "    depreciation: 50",
      "    capex: 60",
      "    netWorkingCapital: 200",
      "transaction:",
      "  price: {multiple: 6}",
      "financing:",
      "  equity:",
      "    - {name: Fund, holder: fund, amount: balance}",
      "exit:",
      "  year: 2030",
      "  value: {multiple: 6}",
      "");

  static final ObjectMapper JSON = new ObjectMapper();
  static final YAMLMapper YAML = new YAMLMapper();

  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

  private TestDeals() {}

  /** @return a fresh, mutable tree of the minimal deal */
  static ObjectNode minimal() {
    try {
      return (ObjectNode) YAML.readTree(MINIMAL);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return the minimal deal with {@code path} set to {@code value} (a YAML snippet) */
  static ObjectNode with(String path, String yamlValue) {
    return with(minimal(), path, yamlValue);
  }

  /** Sets {@code path} (such as {@code financing.debt[0].rate}) to a YAML snippet. */
  static ObjectNode with(ObjectNode root, String path, String yamlValue) {
    JsonNode value;
    try {
      value = yamlValue == null ? null : YAML.readTree("v: " + yamlValue).get("v");
    } catch (Exception e) {
      throw new IllegalArgumentException(yamlValue, e);
    }
    Matcher m = STEP.matcher(path);
    JsonNode parent = root;
    String lastKey = null;
    int lastIndex = -1;
    while (m.find()) {
      if (lastKey != null || lastIndex >= 0) {
        JsonNode next = lastKey != null ? parent.get(lastKey) : parent.get(lastIndex);
        if (next == null) {
          next = m.group(1) != null ? JSON.createObjectNode() : JSON.createArrayNode();
          if (lastKey != null) {
            ((ObjectNode) parent).set(lastKey, next);
          } else {
            ((ArrayNode) parent).add(next);
          }
        }
        parent = next;
      }
      lastKey = m.group(1);
      lastIndex = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
    }
    if (lastKey != null) {
      if (value == null) {
        ((ObjectNode) parent).remove(lastKey);
      } else {
        ((ObjectNode) parent).set(lastKey, value);
      }
    } else {
      ArrayNode a = (ArrayNode) parent;
      if (value == null) {
        a.remove(lastIndex);
      } else if (lastIndex < a.size()) {
        a.set(lastIndex, value);
      } else {
        a.add(value);
      }
    }
    return root;
  }

  /** @return the minimal deal without {@code path} */
  static ObjectNode without(String path) {
    return with(minimal(), path, null);
  }

  /** Reads a tree through the YAML reader (the tree is written out as YAML text first). */
  static Deal read(JsonNode tree) {
    try {
      return DealReader.parse(YAML.writeValueAsString(tree), "test.yaml");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return the deal read from the minimal deal with {@code path} set to a YAML snippet */
  static Deal readWith(String path, String yamlValue) {
    return read(with(path, yamlValue));
  }

  /** Asserts that reading {@code tree} fails at {@code path}; returns an assert on the message. */
  static AbstractThrowableAssert<?, ? extends Throwable> fails(JsonNode tree, String path) {
    return assertThatThrownBy(() -> read(tree))
        .isInstanceOf(DealException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((DealException) e).path())
            .isEqualTo(path));
  }

  /** Asserts that setting {@code key} to {@code yamlValue} fails at {@code path}. */
  static AbstractThrowableAssert<?, ? extends Throwable> failsWith(
      String key, String yamlValue, String path) {
    return fails(with(key, yamlValue), path);
  }

  /** Shortcut: the minimal deal plus a one-tranche debt list given as a YAML flow mapping. */
  static ObjectNode withDebt(String trancheYaml) {
    return with("financing.debt", "[" + trancheYaml + "]");
  }
}
