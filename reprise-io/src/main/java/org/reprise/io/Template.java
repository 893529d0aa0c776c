package org.reprise.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One translation template of {@link MessagesFr}: an English pattern with placeholders and its
 * French rendering.
 *
 * <p>The English side is literal text with placeholders, numbered by their order of appearance:
 *
 * <ul>
 *   <li>{@code {r}}: text carried over as written (a name the user wrote, a list of keys);
 *   <li>{@code {k}}: a key or a word of the file format, without back-quotes, carried over;
 *   <li>{@code {l}}: a list of words in back-quotes ({@code `a`, `b`}), carried over;
 *   <li>{@code {i}}: a whole number, carried over;
 *   <li>{@code {g}}: a whole number grouped by commas ({@code 10,000,000}, as {@code %,d} writes
 *       it in English), written the French way ({@code 10 000 000});
 *   <li>{@code {n}}: a computed number, written the French way ({@code 102.5%} → {@code 102,5 %});
 *   <li>{@code {v}}: a number as the user wrote it, carried over ({@code 1.5}, {@code 1e300},
 *       {@code .5}, {@code +5}), or as {@link Text#plain} writes it ({@code 1×10^300});
 *   <li>{@code {w}}: what was expected, translated by {@link MessagesFr#what};
 *   <li>{@code {f}}: the value found, translated by {@link MessagesFr#found};
 *   <li>{@code {m}}: a whole message, translated by {@link MessagesFr#message} (the longest match:
 *       for the notes added after a message);
 *   <li>{@code {p}}: a parser's explanation of a syntax error ({@link MessagesFr#parser}).
 * </ul>
 *
 * The French side refers to them as {@code {1}}, {@code {2}}... (other braces are literal text,
 * such as {@code {linear: 7}}).
 */
final class Template {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([rklignvwfmp])\\}");
  /** A reference to a part of the English side in the French one: {1}, {2}, … {10}, {11}. */
  private static final Pattern REFERENCE = Pattern.compile("\\{(\\d+)\\}");

  private final String english;
  private final String french;
  private final Pattern pattern;
  private final char[] kinds;

  Template(String english, String french) {
    this.english = english;
    this.french = french;
    StringBuilder regex = new StringBuilder("^");
    List<Character> k = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(english);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        regex.append(Pattern.quote(english.substring(last, m.start())));
      }
      char kind = m.group(1).charAt(0);
      regex.append(group(kind));
      k.add(kind);
      last = m.end();
    }
    if (last < english.length()) {
      regex.append(Pattern.quote(english.substring(last)));
    }
    this.pattern = Pattern.compile(regex.append('$').toString(), Pattern.DOTALL);
    this.kinds = new char[k.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = k.get(i);
    }
    Matcher r = REFERENCE.matcher(french);
    while (r.find()) {
      int n = Integer.parseInt(r.group(1));
      if (n < 1 || n > kinds.length) {
        throw new IllegalArgumentException("no part {" + n + "} in: " + english);
      }
    }
  }

  private static String group(char kind) {
    switch (kind) {
      case 'i':
        return "(-?\\d+)";
      case 'g':
        return "(-?\\d{1,3}(?:,\\d{3})*)";
      case 'n':
        return "(-?(?:\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|NaN|Infinity)%?)";
      case 'v':
        // YAML and JSON decimal forms (+5, .5, 6., 1.2E+6), and Text.plain's 1×10^300
        return "([-+]?(?:(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?(?:\u00d710\\^-?\\d+)?"
            + "|NaN|Infinity)%?)";
      case 'm':
        return "(.+)";
      case 'k':
        return "([^`]*)";
      case 'l':
        return "(`[^`]*`(?:, `[^`]*`)*)";
      default:
        return "(.*?)"; // a name the user wrote may be empty
    }
  }

  /** @return the English side, as written in the catalogue */
  String english() {
    return english;
  }

  /** @return the French text of {@code s}, or null when this template does not cover it */
  String apply(String s) {
    Matcher m = pattern.matcher(s);
    if (!m.matches()) {
      return null;
    }
    String[] parts = new String[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      parts[i] = part(kinds[i], m.group(i + 1));
      if (parts[i] == null) {
        return null;
      }
    }
    Matcher r = REFERENCE.matcher(french);
    StringBuilder out = new StringBuilder();
    while (r.find()) {
      r.appendReplacement(out,
          Matcher.quoteReplacement(parts[Integer.parseInt(r.group(1)) - 1]));
    }
    r.appendTail(out);
    return out.toString();
  }

  private static String part(char kind, String text) {
    switch (kind) {
      case 'n':
        return MessagesFr.number(text);
      case 'g':
        return MessagesFr.number(text.replace(",", ""));
      case 'w':
        return MessagesFr.what(text);
      case 'f':
        return MessagesFr.found(text);
      case 'm':
        return MessagesFr.message(text);
      case 'p':
        return MessagesFr.parser(text);
      default:
        return text;
    }
  }
}
