package org.reprise.sim.grid;

import java.util.List;
import org.reprise.model.NameSuggestions;

/** "Did you mean" for grid parameter and metric names: case-insensitive Levenshtein distance. */
final class Names {

  private Names() {}

  /** @return the name in {@code allowed} closest to {@code key} when close enough, else null */
  static String closest(String key, List<String> allowed) {
    return NameSuggestions.closest(key, allowed);
  }

  /** @return {@code s} cut to 40 characters with an ellipsis */
  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 39) + "…";
  }
}
