package org.reprise.io;

/**
 * Grammar rules the text and HTML reports share, so that both write the same words for the same
 * figure.
 */
public final class Grammar {

  private Grammar() {}

  /**
   * Whether a number of percentage points, shown with one decimal, takes the singular: in French
   * below 2 ("1,9 point", the Académie's rule for numbers under two, review 30), in English exactly
   * 1 ("1.0 point", "0.5 points").
   *
   * @param rate the difference as a decimal rate (0.019 is 1.9 points)
   * @param french true for French, false for English
   * @return true when "point" is written in the singular
   */
  public static boolean singularPoints(double rate, boolean french) {
    double points = Math.abs(Math.round(rate * 1000.0) / 10.0);
    return french ? points < 2.0 : points == 1.0;
  }
}
