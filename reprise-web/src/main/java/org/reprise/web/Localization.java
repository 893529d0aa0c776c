package org.reprise.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The language of the error messages a client asks for, from its {@code Accept-Language} header.
 *
 * <p>Errors are always written in English ({@code message}); a client whose preferred language is
 * French ({@code Accept-Language: fr}, {@code fr-FR}, or French with the highest {@code q}) also
 * gets the French text ({@code localizedMessage}). The page sends its own language with every
 * request, whatever the browser's.
 */
final class Localization {

  /** Longest header looked at (a real one is a few dozen characters). */
  private static final int MAX_HEADER = 500;

  private Localization() {}

  /** @return true when the request asks for French */
  static boolean wantsFrench(Context ctx) {
    return wantsFrench(ctx.header("Accept-Language"));
  }

  /**
   * @param header an {@code Accept-Language} value, such as {@code fr-FR,fr;q=0.9,en;q=0.8}
   * @return true when its language of highest weight (the first one among equals) is French
   */
  static boolean wantsFrench(String header) {
    if (header == null || header.isBlank() || header.length() > MAX_HEADER) {
      return false;
    }
    String best = null;
    double bestWeight = 0;
    for (String range : header.split(",")) {
      String[] parts = range.split(";");
      String tag = parts[0].trim().toLowerCase(Locale.ROOT);
      double weight = 1;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].trim();
        if (p.startsWith("q=")) {
          try {
            weight = Double.parseDouble(p.substring(2).trim());
          } catch (NumberFormatException e) {
            weight = 0;
          }
        }
      }
      if (!tag.isEmpty() && weight > bestWeight) {
        best = tag;
        bestWeight = weight;
      }
    }
    return best != null && (best.equals("fr") || best.startsWith("fr-"));
  }
}
