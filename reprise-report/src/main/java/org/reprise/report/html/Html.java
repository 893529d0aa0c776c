package org.reprise.report.html;

/**
 * Escaping for the report, which is written as well-formed XHTML (an HTML5 document that is also
 * valid XML): every piece of text that does not come from Reprise itself goes through {@link
 * #esc}.
 */
final class Html {

  private Html() {}

  /**
   * Escapes text for an element or a double-quoted attribute: {@code & < > " '} become character
   * references, control characters other than tab and line feed are dropped (they are not allowed
   * in XML), and so are lone surrogates.
   */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            // not a character: dropped
          } else if (c < 0x20 && c != '\t' && c != '\n') {
            b.append(' ');
          } else if (c >= 0x7F && c <= 0x9F) {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * A JSON pointer (RFC 6901) to a value of {@code reprise run --json}, for the {@code data-key}
   * attribute of a number: each token escaped ({@code ~} as {@code ~0}, {@code /} as {@code ~1}).
   */
  static String pointer(Object... tokens) {
    StringBuilder b = new StringBuilder();
    for (Object t : tokens) {
      b.append('/').append(String.valueOf(t).replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }
}
