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

  private final ResourceBundle bundle;

  Texts(Lang lang) {
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
    Object[] safe = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      safe[i] = args[i] instanceof Raw r ? r.html() : Html.esc(String.valueOf(args[i]));
    }
    return String.format(Locale.ROOT, template, safe);
  }

  /** @return {@code html} marked as safe to insert as it is */
  static Raw raw(String html) {
    return new Raw(html);
  }
}
