package org.reprise.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.reprise.model.DealException;

/**
 * A value of the deal file together with its key path ({@code financing.debt[1].rate}).
 *
 * <p>Every accessor either returns a checked value or throws a {@link DealException} naming the
 * path, what was expected and what was found. An absent key and an explicit empty value ({@code
 * key:} or {@code key: null}) are both "absent": the documented default applies. Scalar accessors
 * never return NaN or infinity.
 */
final class Node {

  /** Largest amount accepted, in currency units (keeps every derived number finite). */
  static final double MAX_AMOUNT = 1e15;

  /** Largest rate accepted in absolute value (1000 % = 10.0). */
  static final double MAX_RATE = 10.0;

  /** Largest multiple or plain number accepted. */
  static final double MAX_NUMBER = 1e9;

  private final JsonNode json;
  private final String path;

  private Node(JsonNode json, String path) {
    this.json = json;
    this.path = path;
  }

  /** @return the root node of a parsed document ({@code json} may be null for an empty file) */
  static Node root(JsonNode json) {
    return new Node(json, "");
  }

  /** @return the underlying tree node (null or missing when absent) */
  JsonNode json() {
    return json;
  }

  /** @return the key path of this value, {@code ""} for the document */
  String path() {
    return path;
  }

  /** @return true when the key is present with a non-empty value */
  boolean present() {
    return json != null && !json.isMissingNode() && !json.isNull();
  }

  /** @return true when the value is present and is a mapping */
  boolean isMapping() {
    return present() && json.isObject();
  }

  /** @return true when the value is present and is a list */
  boolean isList() {
    return present() && json.isArray();
  }

  /** @return true when the value is present and is a text string */
  boolean isText() {
    return present() && json.isTextual();
  }

  /** @return true when the value is present and is a number */
  boolean isNumber() {
    return present() && json.isNumber();
  }

  /** @return the value under {@code key} (absent when this is not a mapping or has no such key) */
  Node at(String key) {
    JsonNode child = json != null && json.isObject() ? json.get(key) : null;
    return new Node(child, path.isEmpty() ? key : path + "." + key);
  }

  /** @return this value, after checking that it is a mapping with keys from {@code allowed} only */
  Node mapping(String... allowed) {
    if (!isMapping()) {
      throw expected("a mapping of keys (" + String.join(", ", allowed) + ")");
    }
    Iterator<String> names = json.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!Arrays.asList(allowed).contains(key)) {
        String shown = Text.abbreviate(key, 40);
        throw new DealException(
            path.isEmpty() ? shown : path + "." + shown, Suggestions.unknownKey(key, allowed));
      }
    }
    return this;
  }

  /** @return the items of a list (this value must be a list) */
  List<Node> list(String expected) {
    if (!isList()) {
      throw expected(expected);
    }
    List<Node> items = new ArrayList<>(json.size());
    for (int i = 0; i < json.size(); i++) {
      items.add(new Node(json.get(i), path + "[" + i + "]"));
    }
    return items;
  }

  /** @return the items when this is a list, or this single value as a one-item list */
  List<Node> itemsOrSelf(String expected) {
    if (isList()) {
      List<Node> items = list(expected);
      if (items.isEmpty()) {
        throw new DealException(path, "expected " + expected + ", found an empty list");
      }
      return items;
    }
    return List.of(this);
  }

  /**
   * Checks that this value is a mapping with exactly one of {@code keys} and no other key.
   *
   * @return the key that is present
   */
  String oneOf(String... keys) {
    mapping(keys);
    String found = null;
    for (String k : keys) {
      if (at(k).present()) {
        if (found != null) {
          throw fail("give only one of " + Text.quoteAll(keys) + ", found both `" + found
              + "` and `" + k + "`");
        }
        found = k;
      }
    }
    if (found == null) {
      throw expected("one of " + Text.quoteAll(keys));
    }
    return found;
  }

  /**
   * @return a required text string; a whole number is accepted as its digits (the file's plain
   *     decimal form, {@link YamlScalars}), a number with a fraction or an exponent is not, since
   *     it would not read back as written (1.50 is 1.5)
   */
  String text() {
    if (isText()) {
      return json.textValue();
    }
    if (isNumber() && json.isIntegralNumber()) {
      return json.asText();
    }
    if (isNumber()) {
      throw expected("a text in quotes (written bare, it is read as a number)");
    }
    throw expected("a text");
  }

  /** @return a required non-blank text string */
  String requiredText() {
    String s = text();
    if (s.isBlank()) {
      throw expected("a non-empty text");
    }
    return s;
  }

  /** @return the text of this value when it is a text string, else null */
  String textOrNull() {
    return isText() ? json.textValue() : null;
  }

  /** @return a required finite number within ±{@link #MAX_NUMBER} */
  double number(String expected) {
    if (!isNumber()) {
      throw expected(expected);
    }
    double v = json.asDouble();
    if (!Double.isFinite(v) || Math.abs(v) > MAX_NUMBER) {
      throw expected(expected + " (at most " + (long) MAX_NUMBER + " in size)");
    }
    return v;
  }

  /** @return a required amount in currency units, finite and within ±10^15 */
  double amount() {
    String what = "an amount in currency units such as 1200000";
    if (!isNumber()) {
      throw expected(what);
    }
    double v = json.asDouble();
    if (!Double.isFinite(v) || Math.abs(v) > MAX_AMOUNT) {
      throw expected(what + " (at most 10^15 in size)");
    }
    return v;
  }

  /** @return a required amount that is zero or more */
  double nonNegativeAmount() {
    double v = amount();
    if (v < 0) {
      throw expected("an amount of zero or more");
    }
    return v;
  }

  /** @return a required rate: a decimal such as 0.055 or a percentage string such as "5.5%" */
  double rate() {
    Double v = null;
    if (isNumber()) {
      v = json.asDouble();
    } else if (isText()) {
      v = Rates.parsePercent(json.textValue());
    }
    if (v == null || !Double.isFinite(v)) {
      if (isText() && Rates.isPlainDecimal(json.textValue())) {
        throw new DealException(path, "expected " + Rates.RATE_FORMS + ", found " + found()
            + " (write a decimal without quotes, or add a % sign)");
      }
      throw expected(Rates.RATE_FORMS);
    }
    if (Math.abs(v) > MAX_RATE) {
      throw expected("a rate between -1000% and 1000%");
    }
    return v;
  }

  /** @return a required rate between {@code min} and {@code max} inclusive */
  double rate(double min, double max) {
    double v = rate();
    if (v < min || v > max) {
      throw expected("a rate between " + Text.percent(min) + " and " + Text.percent(max));
    }
    return v;
  }

  /** @return a required EBITDA multiple: a number such as 7.5 or a string such as "7.5x" */
  double multiple() {
    Double v = null;
    if (isNumber()) {
      v = json.asDouble();
    } else if (isText()) {
      v = Rates.parseMultiple(json.textValue());
    }
    if (v == null || !Double.isFinite(v) || Math.abs(v) > 1000) {
      throw expected(Rates.MULTIPLE_FORMS);
    }
    return v;
  }

  /** @return a required whole number between {@code min} and {@code max} inclusive */
  int integer(int min, int max) {
    String what = "a whole number between " + min + " and " + max;
    if (!isNumber()) {
      throw expected(what);
    }
    double v = json.asDouble();
    if (!Double.isFinite(v) || v != Math.rint(v) || v < min || v > max) {
      throw expected(what);
    }
    return (int) v;
  }

  /** @return a required boolean: {@code true} or {@code false} */
  boolean bool() {
    if (!present() || !json.isBoolean()) {
      throw expected("true or false");
    }
    return json.booleanValue();
  }

  /** @return the boolean, or {@code otherwise} when absent */
  boolean bool(boolean otherwise) {
    return present() ? bool() : otherwise;
  }

  /** @return the amount (zero or more), or {@code otherwise} when absent */
  double nonNegativeAmountOr(double otherwise) {
    return present() ? nonNegativeAmount() : otherwise;
  }

  /**
   * @return one of {@code choices} (exact spelling), or {@code otherwise} when absent
   */
  String choice(String otherwise, String... choices) {
    if (!present()) {
      return otherwise;
    }
    String s = textOrNull();
    if (s != null) {
      for (String c : choices) {
        if (c.equals(s)) {
          return c;
        }
      }
    }
    throw expected("one of " + Text.quoteAll(choices));
  }

  /** @return an error at this path: "expected {@code what}, found ..." */
  DealException expected(String what) {
    return new DealException(path, "expected " + what + ", found " + found());
  }

  /** @return an error at this path with a free message */
  DealException fail(String message) {
    return new DealException(path, message);
  }

  /** @return a short, printable description of the value found (for error messages) */
  String found() {
    return Text.describe(json);
  }
}
