package org.reprise.cli.text;

/** Makes text from a deal file or an error message safe to print on a terminal. */
public final class Terminal {

  private Terminal() {}

  /**
   * Replaces control characters (escape sequences, carriage returns, line feeds…) and Unicode
   * bidirectional overrides by a visible {@code \}{@code uXXXX} escape, so that a name in a deal
   * file can neither move the cursor, change colours, reorder the text nor break a table line.
   * Tabs become a space.
   *
   * @param text any text, or {@code null}
   * @return the text, safe to print on one line; {@code ""} for {@code null}
   */
  public static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = null;
      if (c == '\t') {
        replacement = " ";
      } else if (Character.isISOControl(c) || isBidiControl(c)) {
        replacement = String.format("\\u%04X", (int) c);
      }
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        out.append(replacement != null ? replacement : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Like {@link #safe} but keeps line feeds, for multi-line messages.
   *
   * @param text any text, or {@code null}
   * @return the text with every line made safe
   */
  public static String safeLines(String text) {
    if (text == null) {
      return "";
    }
    String[] lines = text.split("\r?\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(safe(lines[i]));
    }
    return out.toString();
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }
}
