package org.reprise.io;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text forms of rates ({@code "5.5%"}, {@code "5.5 %"}) and multiples ({@code "7.5x"}).
 *
 * <p>Only plain decimal notation is accepted: no exponent, no thousands separator, no decimal
 * comma, no {@code NaN} or {@code Infinity}. Numbers written as numbers (not strings) are handled
 * by {@link Node}; a rate written as a number is already a decimal (0.055 = 5.5 %).
 */
final class Rates {

  /** The accepted forms of a rate, for error messages. */
  static final String RATE_FORMS = "a rate such as 0.055 or \"5.5%\"";

  /** The accepted forms of a multiple, for error messages. */
  static final String MULTIPLE_FORMS = "a multiple such as 7.5 or \"7.5x\"";

  private static final int MAX_LENGTH = 40;
  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,12}(?:\\.[0-9]{1,12})?");
  private static final Pattern PERCENT =
      Pattern.compile("\\s*([+-]?[0-9]{1,12}(?:\\.[0-9]{1,12})?)\\s*%\\s*");
  private static final Pattern MULTIPLE =
      Pattern.compile("\\s*([+-]?[0-9]{1,12}(?:\\.[0-9]{1,12})?)\\s*[xX\u00d7]\\s*");

  private Rates() {}

  /**
   * Parses a percentage string.
   *
   * @param text such as {@code "5.5%"}, {@code "5.5 %"} or {@code "-0.25%"}
   * @return the decimal rate (0.055 for "5.5%"), or null when the text is not a percentage
   */
  static Double parsePercent(String text) {
    String digits = match(PERCENT, text);
    // Through BigDecimal so that "0.9%" is exactly the double nearest 0.009 (0.9 / 100 is not).
    return digits == null ? null : new BigDecimal(digits).movePointLeft(2).doubleValue();
  }

  /**
   * Parses a multiple string.
   *
   * @param text such as {@code "7.5x"}, {@code "7.5 x"} or {@code "7.5×"}
   * @return the multiple, or null when the text is not a multiple
   */
  static Double parseMultiple(String text) {
    String digits = match(MULTIPLE, text);
    return digits == null ? null : Double.valueOf(digits);
  }

  /**
   * @return true when {@code text} is a plain decimal number (used to explain that a rate string
   *     needs a percent sign)
   */
  static boolean isPlainDecimal(String text) {
    return text != null && text.length() <= MAX_LENGTH && DECIMAL.matcher(text.strip()).matches();
  }

  /** @return the number part of {@code text} when it matches {@code pattern}, else null */
  private static String match(Pattern pattern, String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    return m.matches() ? m.group(1) : null;
  }
}
