package org.reprise.io;

import com.fasterxml.jackson.databind.JsonNode;
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
   *     12}, {@code a list of 3 item(s)} or {@code nothing (the key is missing)}
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
    if (json.isNumber() || json.isBoolean()) {
      return abbreviate(json.asText(), 40);
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
