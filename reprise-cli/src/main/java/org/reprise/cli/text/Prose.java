package org.reprise.cli.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.reprise.model.Covenants;

/**
 * Formats numbers for sentences (not tables), as a reader expects them in running text.
 *
 * <ul>
 *   <li>French: {@code 23,4 M€}, {@code 26 000 €}, {@code 12 %}; every space inside a number or
 *       between a number and its unit is a <b>no-break space</b> (U+00A0), so that a line never
 *       breaks inside an amount.
 *   <li>English: {@code €23.4m}, {@code €26,000}, {@code 12%}.
 * </ul>
 *
 * <p>Rounding (half-even): amounts of a million or more to a tenth of a million; smaller amounts to
 * the thousand (from 10 000), the ten (from 1 000) or the euro. Amounts per head to the hundred
 * (from 10 000), the ten (from 100) or the euro. Percentages to the unit (a covenant's headroom to
 * a tenth); ratios to the hundredth ({@code 0,92×}). Signs are the caller's business: the amounts
 * are formatted in absolute value, so that a sentence says "more" or "less"; percentages and
 * ratios keep theirs.
 *
 * <p>Not thread-safe ({@link DecimalFormat} is not).
 */
public final class Prose {

  /** The no-break space used in French numbers. */
  public static final char NBSP = '\u00A0';

  private final Lang lang;
  private final DecimalFormat oneDecimal;
  private final DecimalFormat twoDecimals;
  private final DecimalFormat whole;

  /** @param lang language of the sentences */
  public Prose(Lang lang) {
    this.lang = lang;
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    if (lang == Lang.FR) {
      symbols.setGroupingSeparator(NBSP);
      symbols.setDecimalSeparator(',');
    } else {
      symbols.setGroupingSeparator(',');
      symbols.setDecimalSeparator('.');
    }
    oneDecimal = new DecimalFormat("#,##0.0", symbols);
    twoDecimals = new DecimalFormat("#,##0.00", symbols);
    whole = new DecimalFormat("#,##0", symbols);
    oneDecimal.setRoundingMode(RoundingMode.HALF_EVEN);
    twoDecimals.setRoundingMode(RoundingMode.HALF_EVEN);
    whole.setRoundingMode(RoundingMode.HALF_EVEN);
  }

  /** @return the language */
  public Lang lang() {
    return lang;
  }

  /** @return an amount of money, absolute value: {@code 23,4 M€} / {@code €23.4m} */
  public String money(double amount) {
    double a = Math.abs(amount);
    if (!Double.isFinite(a)) {
      return na();
    }
    if (round(a, 100_000) >= 1_000_000) {
      String m = oneDecimal.format(a / 1_000_000);
      return lang == Lang.FR ? m + NBSP + "M€" : "€" + m + "m";
    }
    double step = a >= 10_000 ? 1_000 : a >= 1_000 ? 10 : 1;
    return euros(round(a, step));
  }

  /** @return an amount per head, absolute value: {@code 26 000 €} / {@code €26,000} */
  public String perHead(double amount) {
    double a = Math.abs(amount);
    if (!Double.isFinite(a)) {
      return na();
    }
    double step = a >= 10_000 ? 100 : a >= 100 ? 10 : 1;
    return euros(round(a, step));
  }

  /**
   * @return an amount per head in whole euros, absolute value: {@code 3 193 €} / {@code €3,193}, as
   *     the comparison's table prints it (review 37, X2)
   */
  public String perHeadWhole(double amount) {
    double a = Math.abs(amount);
    if (!Double.isFinite(a)) {
      return na();
    }
    return euros(round(a, 1));
  }

  /** @return a number with one decimal, absolute value: {@code 5,3} / {@code 5.3} */
  public String oneDecimal(double value) {
    double a = Math.abs(value);
    return Double.isFinite(a) ? oneDecimal.format(a) : na();
  }

  /** @return a share as a whole percentage, sign kept (ASCII hyphen): {@code 12 %} / {@code 12%} */
  public String percent(double share) {
    if (!Double.isFinite(share)) {
      return na();
    }
    String s = whole.format(share * 100.0);
    if (s.equals("-0")) {
      s = "0";
    }
    return lang == Lang.FR ? s + NBSP + "%" : s + "%";
  }

  /**
   * @return a share as a percentage with one decimal, sign kept (ASCII hyphen): {@code 1,6 %} /
   *     {@code 1.6%}, for a covenant's headroom, which the unit would round to nothing
   */
  public String percentOneDecimal(double share) {
    if (!Double.isFinite(share)) {
      return na();
    }
    String s = oneDecimal.format(share * 100.0);
    if (s.equals("-0.0") || s.equals("-0,0")) {
      s = s.substring(1);
    }
    return lang == Lang.FR ? s + NBSP + "%" : s + "%";
  }

  /**
   * @return a credit ratio (leverage, cover) as {@link #multiple}, or {@code > 100×} beyond {@link
   *     Covenants#SHOWN_RATIO_LIMIT}, whose digits mean nothing (an EBITDA close to zero)
   */
  public String creditRatio(double ratio) {
    if (Double.isFinite(ratio) && Math.abs(ratio) >= Covenants.SHOWN_RATIO_LIMIT) {
      return (ratio > 0 ? "> " : "< -") + whole.format(Covenants.SHOWN_RATIO_LIMIT) + "×";
    }
    return multiple(ratio);
  }

  /**
   * @return a ratio with two decimals, sign kept (ASCII hyphen), as covenants are set: {@code
   *     0,92×} / {@code 0.92×}
   */
  public String multiple(double ratio) {
    if (!Double.isFinite(ratio)) {
      return na();
    }
    String s = twoDecimals.format(ratio);
    if (s.equals("-0.00") || s.equals("-0,00")) {
      s = s.substring(1);
    }
    return s + "×";
  }

  /** @return a number of years: {@code 5 ans} / {@code 5 years} (singular for 1) */
  public String years(int n) {
    if (lang == Lang.FR) {
      return n + "" + NBSP + (n == 1 ? "an" : "ans");
    }
    return n + " " + (n == 1 ? "year" : "years");
  }

  /** @return a name from the deal file in the language's quotation marks, made terminal-safe */
  public String quote(String name) {
    String safe = Terminal.safe(name);
    return lang == Lang.FR ? "«" + NBSP + safe + NBSP + "»" : "\u201C" + safe + "\u201D";
  }

  /** @return true when {@code amount} would be written as zero per head */
  public boolean isZeroPerHead(double amount) {
    return perHead(amount).equals(euros(0));
  }

  private String euros(double a) {
    String s = whole.format(a);
    return lang == Lang.FR ? s + NBSP + "€" : "€" + s;
  }

  private String na() {
    return lang == Lang.FR ? "n.d." : "n/a";
  }

  /** Rounds {@code a} ≥ 0 to a multiple of {@code step}, half-even. */
  private static double round(double a, double step) {
    return BigDecimal.valueOf(a / step).setScale(0, RoundingMode.HALF_EVEN).doubleValue() * step;
  }
}
