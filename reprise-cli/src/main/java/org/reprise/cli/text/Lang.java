package org.reprise.cli.text;

import java.util.Locale;

/** A language of the readable report. */
public enum Lang {
  EN("en", Locale.ENGLISH),
  FR("fr", Locale.FRENCH);

  private final String code;
  private final Locale locale;

  Lang(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** @return the ISO 639-1 code: {@code en} or {@code fr} */
  public String code() {
    return code;
  }

  /** @return the locale of the labels */
  public Locale locale() {
    return locale;
  }

  /**
   * @param code {@code en} or {@code fr}, any case
   * @return the language
   * @throws IllegalArgumentException for any other code
   */
  public static Lang of(String code) {
    for (Lang lang : values()) {
      if (lang.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
        return lang;
      }
    }
    throw new IllegalArgumentException("unknown language '" + code + "' (expected en or fr)");
  }

  @Override
  public String toString() {
    return code;
  }
}
