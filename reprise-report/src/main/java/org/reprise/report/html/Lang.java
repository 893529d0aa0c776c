package org.reprise.report.html;

import java.util.Locale;

/** Language of a report: its texts and its number format. */
public enum Lang {
  /** English: 1,234.5. */
  EN,
  /** French: 1 234,5 (narrow no-break space between thousands). */
  FR;

  /**
   * @param code {@code en} or {@code fr}, any case
   * @throws IllegalArgumentException for any other code
   */
  public static Lang of(String code) {
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "en" -> EN;
      case "fr" -> FR;
      default -> throw new IllegalArgumentException("expected en or fr, found " + code);
    };
  }

  /** @return the ISO code, for the {@code lang} attribute */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
