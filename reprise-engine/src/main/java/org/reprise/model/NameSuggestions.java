package org.reprise.model;

import java.util.Locale;

/**
 * "Did you mean" for a name the user mistyped (a deal-file key, a grid parameter, a metric): the
 * allowed name closest to it by case-insensitive Levenshtein edit distance, when close enough.
 * One implementation for the reader and the simulation.
 */
public final class NameSuggestions {

  /** Names longer than this are not compared (the distance would be meaningless and slow). */
  private static final int MAX_LENGTH = 64;

  private NameSuggestions() {}

  /**
   * @return the allowed name closest to {@code name} when it is close enough (same letters ignoring
   *     case, or at most about a third of the letters changed), else null
   */
  public static String closest(String name, Iterable<String> allowed) {
    if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
      return null;
    }
    String k = name.toLowerCase(Locale.ROOT);
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
    return bestDistance <= tolerance && bestDistance < name.length() ? best : null;
  }

  /** @return the Levenshtein distance (insertions, deletions, substitutions) between a and b */
  public static int distance(String a, String b) {
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
