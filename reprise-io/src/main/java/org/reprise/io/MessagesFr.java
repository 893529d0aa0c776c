package org.reprise.io;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reprise.model.DealException;

/**
 * The French rendering of the error messages of the deal reader, the engine and the simulation
 * ({@link DealException}, whose messages are written in English at their source).
 *
 * <p>A message is matched against ordered templates ({@link FrenchCatalogue}) that capture its
 * variable parts: numbers, key names, counts, and the values found in the file. Text the user wrote
 * (names, keys, quoted values) is carried over as written, never translated. Messages are
 * composed the way the reader composes them: {@code expected <what>, found <value>} translates
 * the "what" and the value separately, and the notes the scenario reader adds ({@code (in scenario
 * "…", scenarios[2])}) wrap any other message.
 *
 * <p>A message that no template covers entirely is returned in English ({@link #translate}): a
 * French sentence with English pieces in it would read worse than the original. {@link #strict}
 * tells whether a message is covered; a test feeds many invalid deals through the readers and the
 * engine and requires every message to be.
 */
public final class MessagesFr {

  private static final String EXPECTED = "expected ";
  private static final String FOUND = ", found ";
  private static final Pattern NUMBER = Pattern.compile("(-?)(\\d+)(?:\\.(\\d+))?(%?)");

  private MessagesFr() {}

  /**
   * @param english a message as a {@link DealException} carries it, without its path
   * @return the French message, or {@code english} unchanged when no template covers it
   */
  public static String translate(String english) {
    return strict(english).orElse(english);
  }

  /**
   * @param e an error of the reader, the engine or the simulation
   * @return its message in French (or in English when no template covers it), without the path
   */
  public static String translate(DealException e) {
    return translate(ScenarioReader.messageOf(e));
  }

  /**
   * @param english a message without its path
   * @return the French message when templates cover the whole of it, else empty
   */
  public static Optional<String> strict(String english) {
    return english == null ? Optional.empty() : Optional.ofNullable(message(english));
  }

  // ------------------------------------------------------------------ the three kinds of parts

  /** @return a whole message in French, or null */
  static String message(String s) {
    String fr = first(FrenchCatalogue.MESSAGES, s);
    if (fr != null) {
      return fr;
    }
    if (!s.startsWith(EXPECTED)) {
      return null;
    }
    // "expected <what>, found <value>": the what may itself contain ", found " in a name the user
    // wrote, so every split is tried.
    String rest = s.substring(EXPECTED.length());
    for (int at = rest.indexOf(FOUND); at >= 0; at = rest.indexOf(FOUND, at + 1)) {
      String what = what(rest.substring(0, at));
      String found = what == null ? null : found(rest.substring(at + FOUND.length()));
      if (found != null) {
        return "attendu : " + what + " ; trouvé : " + found;
      }
    }
    String what = what(rest);
    return what == null ? null : "attendu : " + what;
  }

  /** @return what was expected ({@code a rate such as 0.055 or "5.5%"}) in French, or null */
  static String what(String s) {
    return first(FrenchCatalogue.WHATS, s);
  }

  /** @return the description of a value found in the file in French, or null */
  static String found(String s) {
    return first(FrenchCatalogue.FOUNDS, s);
  }

  /**
   * @return a parser's own explanation of a syntax error, in French when it is a known one; an
   *     unknown one is quoted as the parser wrote it, after a French sentence saying so
   */
  static String parser(String s) {
    String fr = first(FrenchCatalogue.PARSER, s);
    return fr != null ? fr : String.format(UNKNOWN_PARSER, s);
  }

  /** An explanation the catalogue does not know: French first, then the parser's own words. */
  private static final String UNKNOWN_PARSER =
      "le texte ne peut pas être lu à cet endroit (explication du lecteur, en anglais : « %s »)";

  /**
   * @return a computed number in French notation: 102.5% → 102,5 %, −23341000.00 → −23 341 000
   *     (digits grouped by three from five digits on, with no-break spaces; decimals that are all
   *     zeros dropped); other text unchanged
   */
  public static String number(String s) {
    Matcher m = NUMBER.matcher(s);
    if (!m.matches()) {
      return s;
    }
    String whole = m.group(2);
    if (whole.length() >= GROUPED_FROM) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < whole.length(); i++) {
        if (i > 0 && (whole.length() - i) % 3 == 0) {
          b.append('\u00a0');
        }
        b.append(whole.charAt(i));
      }
      whole = b.toString();
    }
    String decimals = m.group(3);
    boolean zero = decimals == null || decimals.chars().allMatch(c -> c == '0');
    return m.group(1) + whole + (zero ? "" : "," + decimals)
        + (m.group(4).isEmpty() ? "" : " %");
  }

  /** French groups the digits of numbers of five digits and more (2026 stays 2026). */
  private static final int GROUPED_FROM = 5;

  private static String first(List<Template> templates, String s) {
    for (Template t : templates) {
      String fr = t.apply(s);
      if (fr != null) {
        Set<Template> used = USED.get();
        if (used != null) {
          used.add(t);
        }
        return fr;
      }
    }
    return null;
  }

  /** The templates used by the translations of this thread, when a test asks for them. */
  private static final ThreadLocal<Set<Template>> USED = new ThreadLocal<>();

  /**
   * Translates {@code english} and adds the templates it took to {@code used} (for the test that
   * checks that every template is used by some real message).
   */
  static Optional<String> strict(String english, Set<Template> used) {
    USED.set(used);
    try {
      return strict(english);
    } finally {
      USED.remove();
    }
  }
}
