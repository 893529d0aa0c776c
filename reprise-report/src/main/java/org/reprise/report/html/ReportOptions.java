package org.reprise.report.html;

/**
 * How to write a report.
 *
 * @param lang language and number format
 * @param audience the general report, or the works-council variant
 * @param pastDividends dividends the company paid in its base year, currency units, when known
 *     (the deal file does not hold them), else {@code null}
 */
public record ReportOptions(Lang lang, Audience audience, Double pastDividends) {

  /** Who the report is for. */
  public enum Audience {
    /** Everyone: who pays, then the tables and charts of the run. */
    GENERAL,
    /**
     * A works council consulted on the sale: the buyer's plan in plain words, what the company
     * pays up each year, the participation at stake, a stress case and questions to the buyer,
     * then the tables as annexes.
     */
    WORKS_COUNCIL
  }

  /** The general report in {@code lang}. */
  public static ReportOptions of(Lang lang) {
    return new ReportOptions(lang, Audience.GENERAL, null);
  }
}
