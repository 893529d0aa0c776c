package org.reprise.io;

import org.reprise.model.Deal;
import org.reprise.model.DealException;

/**
 * One ownership scenario of a deal file ({@link ScenarioReader}): a name, a kind and the resolved
 * deal.
 *
 * @param name the scenario's name (the deal's name when the file has no {@code scenarios})
 * @param kind {@code status-quo}, {@code fund-lbo}, {@code employee-lbo} or {@code scop}
 * @param deal the resolved deal (named after the scenario)
 * @param path the key path of the scenario in the file, such as {@code scenarios[2]}, or {@code ""}
 *     when the file has no {@code scenarios} list
 */
public record Scenario(String name, String kind, Deal deal, String path) {

  /** No buyout: the company as it is, for comparison. */
  public static final String STATUS_QUO = "status-quo";
  /** A buyout by a fund, through its holding. */
  public static final String FUND_LBO = "fund-lbo";
  /** A buyout by the employees' own holding. */
  public static final String EMPLOYEE_LBO = "employee-lbo";
  /** A worker cooperative (SCOP) buyout. */
  public static final String SCOP = "scop";

  /** The kinds, in the order of the documentation. */
  public static final String[] KINDS = {STATUS_QUO, FUND_LBO, EMPLOYEE_LBO, SCOP};

  /** A scenario that is the whole file (no {@code scenarios} list). */
  public Scenario(String name, String kind, Deal deal) {
    this(name, kind, deal, "");
  }

  /**
   * @param e an error about this scenario's deal (for example from the engine), whose path is
   *     relative to the deal
   * @return the same error with the scenario's path in front ({@code scenarios[2].exit.year}), or
   *     {@code e} itself for a file without scenarios
   */
  public DealException locate(DealException e) {
    if (path.isEmpty()) {
      return e;
    }
    String relative = e.path();
    String message = ScenarioReader.messageOf(e);
    return new DealException(relative.isEmpty() ? path : path + "." + relative, message);
  }
}
