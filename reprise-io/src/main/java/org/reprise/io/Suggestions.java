package org.reprise.io;

import java.util.Locale;

/**
 * "Did you mean" suggestions for unknown keys, by case-insensitive Levenshtein edit distance.
 */
final class Suggestions {

  /** Keys longer than this are not compared (the distance would be meaningless and slow). */
  private static final int MAX_KEY_LENGTH = 64;

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

  /**
   * @return the allowed key closest to {@code key} when it is close enough (same letters ignoring
   *     case, or at most about a third of the letters changed), else null
   */
  static String closest(String key, String... allowed) {
    if (key == null || key.length() > MAX_KEY_LENGTH) {
      return null;
    }
    String k = key.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String a : allowed) {
      int d = distance(k, a.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = a;
      }
    }
    if (best == null) {
      return null;
    }
    int tolerance = Math.max(2, best.length() / 3);
    return bestDistance <= tolerance && bestDistance < Math.max(key.length(), 1) ? best : null;
  }

  /** @return the Levenshtein distance (insertions, deletions, substitutions) between a and b */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
