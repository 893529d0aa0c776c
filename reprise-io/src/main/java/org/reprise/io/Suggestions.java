package org.reprise.io;

import org.reprise.model.NameSuggestions;

/**
 * "Did you mean" suggestions for unknown keys, by case-insensitive Levenshtein edit distance.
 */
final class Suggestions {

  private Suggestions() {}

  /**
   * @param key the unknown key as written
   * @param allowed the keys allowed at that level
   * @return a message such as {@code unknown key `nmae`: did you mean `name`?}
   */
  static String unknownKey(String key, String... allowed) {
    String shown = "unknown key `" + Text.abbreviate(key, 40) + "`";
    String best = closest(key, allowed);
    if (best != null) {
      return shown + ": did you mean `" + best + "`?";
    }
    return shown + "; allowed keys here: " + Text.quoteAll(allowed);
  }

  /** @return the allowed key closest to {@code key} when it is close enough, else null */
  static String closest(String key, String... allowed) {
    return NameSuggestions.closest(key, java.util.Arrays.asList(allowed));
  }

  /** @return the Levenshtein distance between a and b */
  static int distance(String a, String b) {
    return NameSuggestions.distance(a, b);
  }
}
