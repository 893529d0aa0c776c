package org.reprise.sim.grid;

import java.util.List;
import java.util.Locale;

/** "Did you mean" for grid parameter and metric names: case-insensitive Levenshtein distance. */
final class Names {

  private Names() {}

  /**
   * @return the name in {@code allowed} closest to {@code key} when close enough (at most about a
   *     third of the letters changed, or only the case), else {@code null}
   */
  static String closest(String key, List<String> allowed) {
    if (key == null || key.isEmpty() || key.length() > 64) {
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
    return bestDistance <= Math.max(2, best.length() / 3) && bestDistance < key.length()
        ? best
        : null;
  }

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
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  /** @return {@code s} cut to 40 characters with an ellipsis */
  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 39) + "…";
  }
}
