package org.reprise.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.reprise.model.Covenants;

/**
 * Number formats of a report, independent of the platform's locale: English {@code 1,234.5},
 * French {@code 1 234,5} with a narrow no-break space (U+202F) between thousands. Negative numbers
 * take a true minus sign (U+2212). An undefined value ({@code NaN}) prints as an en dash, an
 * infinite number as ∞, an infinite ratio (nothing to cover) as "n/a" ("sans objet"). Rounding is
 * half-up on the decimal value.
 */
final class Fmt {

  /** Printed for an undefined value. */
  static final String UNDEFINED = "–";

  private final Lang lang;

  Fmt(Lang lang) {
    this.lang = lang;
  }

  /** @return {@code v} with {@code decimals} decimals and grouped thousands */
  String number(double v, int decimals) {
    if (Double.isNaN(v)) {
      return UNDEFINED;
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "−∞";
    }
    BigDecimal d = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP);
    boolean negative = d.signum() < 0;
    String plain = d.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String frac = dot < 0 ? "" : plain.substring(dot + 1);
    String group = lang == Lang.FR ? "\u202F" : ",";
    StringBuilder b = new StringBuilder();
    if (negative) {
      b.append('−');
    }
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        b.append(group);
      }
      b.append(whole.charAt(i));
    }
    if (!frac.isEmpty()) {
      b.append(lang == Lang.FR ? ',' : '.').append(frac);
    }
    return b.toString();
  }

  /** @return an amount in thousands, no decimals: {@code 5,508} for 5 508 000 */
  String thousands(double v) {
    return number(v / 1000.0, 0);
  }

  /**
   * The unit of the amounts in the tables of one deal.
   *
   * @param scale divisor (1000 for thousands)
   * @param label unit label, such as {@code k€}
   * @param decimals decimals shown
   */
  record Unit(double scale, String label, int decimals) {
    /** Thousands of euros for a company of some size, euros with one decimal for a toy deal. */
    static Unit forSize(double size) {
      return Math.abs(size) >= 100_000 ? new Unit(1000, "k€", 0) : new Unit(1, "€", 1);
    }
  }

  /** @return {@code v} in {@code unit}, without the unit label */
  String in(Unit unit, double v) {
    return number(v / unit.scale(), unit.decimals());
  }

  /**
   * @return an amount with the unit that suits its size: {@code 4.1 M€}, {@code 520 k€}, {@code
   *     11.5 €}
   */
  String amount(double v) {
    double a = Math.abs(v);
    if (Double.isNaN(v)) {
      return UNDEFINED;
    }
    if (a >= 999_500) {
      return millions(v);
    }
    if (a >= 1000) {
      return number(v / 1000, 0) + "\u00A0k€";
    }
    return number(v, a == Math.rint(a) ? 0 : 1) + "\u00A0€";
  }

  /**
   * @return {@code v} in the unit that {@link #amount} gives {@code reference}: in millions when
   *     the reference is, so that the amounts of one sentence share a unit; otherwise as {@link
   *     #amount}
   */
  String amountLike(double v, double reference) {
    return Math.abs(reference) >= 999_500 && !Double.isNaN(v) ? millions(v) : amount(v);
  }

  /** @return an amount in millions of euros with one decimal: {@code 4.1 M€} */
  String millions(double v) {
    return Double.isNaN(v) ? UNDEFINED : number(v / 1e6, 1) + "\u00A0M€";
  }

  /** @return whole euros: {@code 52,000 €} */
  String euros(double v) {
    return Double.isNaN(v) ? UNDEFINED : number(v, 0) + "\u00A0€";
  }

  /** @return a share as a percentage: {@code 12.3 %} (one decimal by default) */
  String percent(double share) {
    return percent(share, 1);
  }

  /** @return a share as a percentage with the given decimals */
  String percent(double share, int decimals) {
    return Double.isNaN(share) ? UNDEFINED : number(share * 100.0, decimals) + "\u00A0%";
  }

  /** @return a multiple: {@code 2.3×} */
  String times(double v) {
    return Double.isNaN(v) ? UNDEFINED : number(v, 1) + "×";
  }

  /**
   * @return a ratio with two decimals, as covenants are set: {@code 0.92×}; beyond {@link
   *     Covenants#SHOWN_RATIO_LIMIT}, {@code > 100×}, whose digits would mean nothing (an EBITDA
   *     close to zero, review 29)
   */
  String ratio(double v) {
    return Double.isNaN(v) ? UNDEFINED : Double.isInfinite(v) ? notApplicable()
        : beyondLimit(v) ? outOfRange(v) : number(v, 2) + "×";
  }

  /**
   * @return what an infinite ratio (a cover with nothing to cover) prints: "sans objet", "n/a",
   *     not ∞× (review 26, F3)
   */
  String notApplicable() {
    return lang == Lang.FR ? "sans objet" : "n/a";
  }

  /**
   * @return a credit ratio shown like {@link #times} (one decimal), {@code > 100×} beyond {@link
   *     Covenants#SHOWN_RATIO_LIMIT}
   */
  String creditTimes(double v) {
    return Double.isNaN(v) ? UNDEFINED : Double.isInfinite(v) ? notApplicable()
        : beyondLimit(v) ? outOfRange(v) : number(v, 1) + "×";
  }

  private static boolean beyondLimit(double v) {
    return Double.isFinite(v) && Math.abs(v) >= Covenants.SHOWN_RATIO_LIMIT;
  }

  private String outOfRange(double v) {
    return (v > 0 ? ">\u00A0" : "<\u00A0−") + number(Covenants.SHOWN_RATIO_LIMIT, 0) + "×";
  }

  /** @return a number of people, no decimals unless needed: {@code 180} or {@code 180.5} */
  String people(double v) {
    return number(v, v == Math.rint(v) ? 0 : 1);
  }
}
