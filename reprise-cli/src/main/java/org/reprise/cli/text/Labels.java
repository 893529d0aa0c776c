package org.reprise.cli.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.reprise.engine.returns.Irr;

/**
 * The words of the readable report in one language, from {@code labels.properties} (English) and
 * {@code labels_fr.properties} (French) next to this class. Patterns use {@code %s} only: every
 * number is formatted by {@link Numbers} before it is put in.
 */
public final class Labels {

  private static final String BUNDLE = "org.reprise.cli.text.labels";

  private final ResourceBundle bundle;

  /** @param lang language of the labels */
  public Labels(Lang lang) {
    // No fallback to the JVM's default locale: English asked is English given.
    Locale locale = lang == Lang.EN ? Locale.ROOT : lang.locale();
    bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Labels.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * @param key a label key
   * @return the label
   * @throws MissingResourceException when the key is missing (a bug: a test checks every key)
   */
  public String get(String key) {
    return bundle.getString(key);
  }

  /**
   * @param name a party, class or tranche name
   * @return the name in this language when the reader built it (the status quo's, {@link
   *     org.reprise.io.BuiltNames}), otherwise the name as given
   */
  public String name(String name) {
    String key = org.reprise.io.BuiltNames.labelKey(name);
    return key == null ? name : get(key);
  }

  /** @return true when {@code key} has a label */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * @param key a pattern key
   * @param args the values, already formatted
   * @return the pattern with its {@code %s} replaced by {@code args}
   */
  public String format(String key, Object... args) {
    return String.format(Locale.ROOT, get(key), args);
  }

  /** How the engine's note for flows with several IRRs begins (returns.Irr). */
  private static final String SEVERAL = "several IRRs: ";
  /** How the engine's note for flows with no IRR begins (returns.Irr). */
  private static final String NO_ROOT = "no IRR: ";
  /** The number of sign changes in the engine's note for flows with no IRR. */
  private static final java.util.regex.Pattern SIGN_CHANGES =
      java.util.regex.Pattern.compile("change sign (\\d+) times");

  /**
   * The note under a returns table for a party or an instrument whose IRR needs a word: in the
   * report's language for the engine's usual notes (no net inflow in any year, flows all zero,
   * nothing paid in), the engine's own words otherwise (several roots, flows out of range).
   *
   * @param who the party or instrument, as displayed
   * @param irr the IRR (NaN when there is none; −1 for a total loss, which has one)
   * @param note the engine's note ({@code ""} when none)
   * @return the note, or {@code null} when there is nothing to say
   */
  public String irrNote(String who, double irr, String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    String key = note.startsWith(Irr.NO_NET_INFLOW) ? "irr.totalLoss"
        : note.equals("all cash flows are zero") ? "irr.allZero"
        : note.startsWith("all flows have the same sign") ? "irr.nothingPaid"
        : null;
    String said = key != null ? get(key) : Terminal.safe(note);
    if (note.startsWith(NO_ROOT)) {
      // "no IRR: the NPV never reaches zero (the flows change sign 2 times)", without repeating
      // the "no IRR" that the returns note already says
      java.util.regex.Matcher m = SIGN_CHANGES.matcher(note);
      said = m.find() ? format("irr.noRoot", m.group(1))
          : Terminal.safe(note.substring(NO_ROOT.length()));
    }
    if (note.startsWith(SEVERAL)) {
      // the rates, in the report's number format: "several IRRs: 7.4948 %, 609.1140 %"
      said = format("irr.several", Terminal.safe(note.substring(SEVERAL.length())));
    }
    return format(Double.isNaN(irr) ? "returns.note" : "returns.noteDefined", Terminal.safe(who),
        said);
  }
}
