package org.reprise.cli.text;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.reprise.model.Covenants;

/**
 * Formats numbers for the readable report in one language: amounts in thousands with one
 * decimal, percentages, multiples. English groups thousands with a comma and uses a decimal point
 * ({@code 1,234.5}); French groups with a space and uses a decimal comma ({@code 1 234,5}). The
 * minus sign is always an ASCII hyphen. Rounding is half-even on the displayed digit, as in a
 * spreadsheet's number format; a value that rounds to zero is shown without a sign.
 *
 * <p>Not thread-safe ({@link DecimalFormat} is not): make one per report.
 */
public final class Numbers {

  private final Lang lang;
  private final DecimalFormat oneDecimal;
  private final DecimalFormat twoDecimals;
  private final DecimalFormat whole;

  /** @param lang language of the report */
  public Numbers(Lang lang) {
    this.lang = lang;
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setMinusSign('-');
    if (lang == Lang.FR) {
      symbols.setGroupingSeparator(' ');
      symbols.setDecimalSeparator(',');
    } else {
      symbols.setGroupingSeparator(',');
      symbols.setDecimalSeparator('.');
    }
    oneDecimal = format("#,##0.0", symbols);
    twoDecimals = format("#,##0.00", symbols);
    whole = format("#,##0", symbols);
  }

  private static DecimalFormat format(String pattern, DecimalFormatSymbols symbols) {
    DecimalFormat f = new DecimalFormat(pattern, symbols);
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f;
  }

  /** @return the language */
  public Lang lang() {
    return lang;
  }

  /** @return what is shown for an undefined value: {@code n/a} or {@code n.d.} */
  public String notAvailable() {
    return lang == Lang.FR ? "n.d." : "n/a";
  }

  /** @return an amount in currency units shown in thousands, one decimal: 1234500 → 1,234.5 */
  public String thousands(double amount) {
    return amount(amount, AmountUnit.THOUSANDS);
  }

  /** @return an amount in currency units shown in {@code unit}, one decimal */
  public String amount(double amount, AmountUnit unit) {
    return number(unit.scale(amount), oneDecimal);
  }

  /** @return a decimal share as a percentage, one decimal: 0.1234 → 12.3% (fr: 12,3 %) */
  public String percent(double share) {
    if (!Double.isFinite(share)) {
      return notAvailable();
    }
    return number(share * 100.0, oneDecimal) + (lang == Lang.FR ? " %" : "%");
  }

  /**
   * @param decimals digits after the decimal mark, 0 to 10
   * @return a decimal share as a percentage with that many decimals: (0.000123, 3) → 0.012% (fr:
   *     0,012 %)
   */
  public String percent(double share, int decimals) {
    if (!Double.isFinite(share)) {
      return notAvailable();
    }
    DecimalFormat f = (DecimalFormat) oneDecimal.clone();
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return number(share * 100.0, f) + (lang == Lang.FR ? " %" : "%");
  }

  /** @return an interest rate as a percentage, two decimals: 0.0535 → 5.35% (fr: 5,35 %) */
  public String rate(double rate) {
    if (!Double.isFinite(rate)) {
      return notAvailable();
    }
    return number(rate * 100.0, twoDecimals) + (lang == Lang.FR ? " %" : "%");
  }

  /**
   * @return a credit ratio (leverage, cover), two decimals, or {@code > 100×} beyond {@link
   *     Covenants#SHOWN_RATIO_LIMIT}, whose digits mean nothing (an EBITDA close to zero)
   */
  public String creditRatio(double ratio) {
    if (Double.isFinite(ratio) && Math.abs(ratio) >= Covenants.SHOWN_RATIO_LIMIT) {
      return (ratio > 0 ? "> " : "< -") + number(Covenants.SHOWN_RATIO_LIMIT, whole) + "×";
    }
    return multiple(ratio);
  }

  /** @return a multiple, two decimals: 6.5 → 6.50× */
  public String multiple(double times) {
    if (!Double.isFinite(times)) {
      return notAvailable();
    }
    return number(times, twoDecimals) + "×";
  }

  /** @return a number with one decimal: 3.25 → 3.2 */
  public String decimal(double value) {
    return number(value, oneDecimal);
  }

  /** @return a whole number with grouping: 1234.4 → 1,234 */
  public String whole(double value) {
    return number(value, whole);
  }

  private String number(double value, DecimalFormat format) {
    if (!Double.isFinite(value)) {
      return notAvailable();
    }
    String s = format.format(value);
    // "-0.0" after rounding a tiny negative: show "0.0".
    if (s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9')) {
      s = s.substring(1);
    }
    return s;
  }
}
