package org.reprise.report.html;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's texts in one language, from {@code texts.properties} (English) and {@code
 * texts_fr.properties} (French). A text is trusted HTML; its {@code %s} (or {@code %1$s}) slots
 * take arguments that are escaped with {@link Html#esc} unless wrapped in {@link Raw}. Every text
 * goes through {@link String#format}, so a literal per cent sign is written {@code %%}.
 */
final class Texts {

  private static final String BUNDLE = "org.reprise.report.html.texts";

  /** HTML that is inserted as it is (already escaped or built by the report). */
  record Raw(String html) {
    @Override
    public String toString() {
      return html;
    }
  }

  /** A no-break space (U+00A0), which keeps a French punctuation mark on its word's line. */
  static final char NO_BREAK = '\u00a0';

  /**
   * French typography: a space before {@code : ; ? !} and the closing guillemet, and after the
   * opening one, never breaks the line (Lexique des règles typographiques en usage à
   * l'Imprimerie nationale; the command line's French texts write the same {@code \u00a0}).
   */
  private static final java.util.regex.Pattern FRENCH_SPACES =
      java.util.regex.Pattern.compile(" (?=[:;?!»])|(?<=«) ");

  private final ResourceBundle bundle;
  private final boolean french;

  Texts(Lang lang) {
    french = lang == Lang.FR;
    Locale locale = lang == Lang.FR ? Locale.FRENCH : Locale.ROOT;
    bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Texts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** @return true when the texts have {@code key} */
  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** @return the text of {@code key} with its arguments, as HTML */
  String t(String key, Object... args) {
    String template;
    try {
      template = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing report text: " + key, e);
    }
    if (french) {
      // the template only: a name the deal file gives is printed as it is written
      template = frenchSpaces(template);
    }
    Object[] safe = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      safe[i] = args[i] instanceof Raw r ? r.html() : Html.esc(String.valueOf(args[i]));
    }
    return String.format(Locale.ROOT, template, safe);
  }

  /** @return {@code text} with the spaces French punctuation needs made no-break */
  static String frenchSpaces(String text) {
    return FRENCH_SPACES.matcher(text).replaceAll(String.valueOf(NO_BREAK));
  }

  /** @return {@code html} marked as safe to insert as it is */
  static Raw raw(String html) {
    return new Raw(html);
  }
}
