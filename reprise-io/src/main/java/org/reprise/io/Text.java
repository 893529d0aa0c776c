package org.reprise.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Small helpers to show user text and numbers safely in error messages. */
final class Text {

  private Text() {}

  /**
   * Shortens {@code s} to at most {@code max} characters and replaces control characters, so that
   * a message never spans lines or carries terminal escapes.
   */
  static String abbreviate(String s, int max) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < s.length() && b.length() < max) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
        b.append(cp == '\n' ? "\\n" : cp == '\t' ? "\\t" : "?");
      } else {
        b.appendCodePoint(cp);
      }
    }
    if (i < s.length()) {
      b.append("...");
    }
    return b.toString();
  }

  /** @return a rate as a percentage for messages: 0.055 → "5.5%" */
  static String percent(double rate) {
    String s = String.format(Locale.ROOT, "%.6f", rate * 100).replaceAll("0+$", "");
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s + "%";
  }

  /** @return a number for messages without trailing zeros: 1200000.0 → "1200000" */
  static String number(double v) {
    return org.reprise.model.MessageNumbers.number(v);
  }

  /**
   * @param json a number of the deal file
   * @return the number as the file wrote it ({@code 1e15}, {@code 1.50}; {@link WrittenNumber}), or
   *     when the text is not known, written without an exponent ({@link #plain}); a number too
   *     large for a {@code double} ({@code 1e400}) with {@code ", which is too large"}
   */
  static String number(JsonNode json) {
    String shown;
    if (json instanceof WrittenNumber w) {
      shown = abbreviate(w.source(), 40);
    } else if (json.isFloatingPointNumber()) {
      shown = plain(json.doubleValue());
    } else {
      shown = abbreviate(json.asText(), 40); // a whole number: its digits, as written
    }
    return Double.isInfinite(json.doubleValue()) ? shown + ", which is too large" : shown;
  }

  /** Longest number {@link #plain} writes out in full. */
  private static final int MAX_PLAIN = 24;

  /**
   * @return a number without an exponent: 1e15 → {@code "1000000000000000"}, 1.5e-7 → {@code
   *     "0.00000015"}; one that would take more than 24 characters as a power of ten, 1e300 →
   *     {@code "1×10^300"}; {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"}
   */
  static String plain(double v) {
    if (!Double.isFinite(v)) {
      return number(v);
    }
    BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
    String s = d.toPlainString();
    if (s.length() <= MAX_PLAIN) {
      return s;
    }
    int exponent = d.precision() - d.scale() - 1;
    return d.movePointLeft(exponent).toPlainString() + "\u00d710^" + exponent;
  }

  /** @return the words in back-quotes separated by commas: {@code `a`, `b`} */
  static String quoteAll(String... words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append('`').append(w).append('`');
    }
    return b.toString();
  }

  /**
   * @param json a value of the deal file, or null when the key is missing
   * @return a short, printable description of it, such as {@code "five"} (quoted text), {@code
   *     12} or {@code 1e15} (a number as written, {@link #number(JsonNode)}), {@code a list of 3
   *     item(s)} or {@code nothing (the key is missing)}
   */
  static String describe(JsonNode json) {
    if (json == null || json.isMissingNode()) {
      return "nothing (the key is missing)";
    }
    if (json.isNull()) {
      return "an empty value";
    }
    if (json.isTextual()) {
      return "\"" + abbreviate(json.textValue(), 60) + "\"";
    }
    if (json.isNumber()) {
      return number(json);
    }
    if (json.isBoolean()) {
      return json.asText();
    }
    if (json.isArray()) {
      return json.isEmpty() ? "an empty list" : "a list of " + json.size() + " item(s)";
    }
    if (json.isObject()) {
      if (json.isEmpty()) {
        return "an empty mapping";
      }
      List<String> keys = new ArrayList<>();
      Iterator<String> names = json.fieldNames();
      while (names.hasNext() && keys.size() < 4) {
        keys.add(abbreviate(names.next(), 30));
      }
      return "a mapping with keys " + String.join(", ", keys) + (json.size() > 4 ? ", ..." : "");
    }
    return "a value of type " + json.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
