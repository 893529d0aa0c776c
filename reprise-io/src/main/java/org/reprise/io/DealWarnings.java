package org.reprise.io;

import java.util.ArrayList;
import java.util.List;
import org.reprise.model.Deal;

/**
 * What a deal that reads and runs may still get wrong without saying so: an input left out whose
 * default changes the figures. Not errors: {@code reprise validate} prints them after its OK line
 * and {@code reprise run} at the head of its report (docs/deal-format.md). Messages are written in
 * English, like the errors, and rendered in French by {@link MessagesFr}.
 */
public final class DealWarnings {

  /** Key path of the participation of the base year. */
  public static final String BASE_YEAR_RESERVE = "participation.baseYearReserve";

  /**
   * A company to which the participation applies has set a reserve aside for the base year and
   * pays it in year 1 (C. trav. L3324-1; deductible when paid, CGI art. 237 bis A): without it,
   * year 1's cash out and tax deduction are too low (about 0.5 M€ on the examples' 180-employee
   * factory; review 12 CSE, finding 12). The FEC import reads it from account 691.
   */
  static final String NO_BASE_YEAR_RESERVE =
      "not given, so 0 is assumed: the participation applies, but no reserve of the base year is"
          + " paid to the employees in year 1 (nor deducted from the taxable profit); give the base"
          + " year's reserve (account 691 of its accounts: `reprise import-fec` fills it in), or 0"
          + " to confirm";

  /**
   * One warning.
   *
   * @param path the key path of the value concerned, such as {@code participation.baseYearReserve}
   * @param message what is assumed and how to set it, in English
   */
  public record Warning(String path, String message) {

    /** @return {@code path: message} */
    @Override
    public String toString() {
      return path + ": " + message;
    }
  }

  private DealWarnings() {}

  /**
   * @param deal a deal as the readers return it
   * @return its warnings, in the order of the file's sections; empty when none
   */
  public static List<Warning> of(Deal deal) {
    List<Warning> out = new ArrayList<>();
    if (deal.participation().assumesNoBaseYearReserve()) {
      out.add(new Warning(BASE_YEAR_RESERVE, NO_BASE_YEAR_RESERVE));
    }
    return out;
  }
}
