package org.reprise.model.risk;

import java.util.Arrays;
import org.reprise.model.DealException;
import org.reprise.model.MessageNumbers;

/**
 * A named, deterministic stress: per-year revenue growth s_j (and optionally a shift of the
 * variable-cost share) for consecutive projected years starting at {@code startYear}, read in one
 * of two ways (docs/risk.md §2.3):
 *
 * <ul>
 *   <li>{@code relativeToPlan = false} (absolute): the stress's growth <em>replaces</em> the year's
 *       growth, the plan's in a deterministic run or the path's draw in a simulation (and its cost
 *       shift replaces the path's);
 *   <li>{@code relativeToPlan = true} (an overlay): the stress is a shock <em>on top of</em> what
 *       the year would otherwise have been, g'_t = (1 + g_t)(1 + s_j) − 1, with g_t the plan's
 *       growth in a deterministic run or the path's own growth in a simulation (its regime, its
 *       recovery); its cost shift is added to the path's. Growth 0 in every year (and no cost
 *       shift) is no stress at all.
 * </ul>
 *
 * {@code personnelFlex} (0 to 1, default 0) is the personnel flexibility of the stress's years of
 * fall, those whose growth or shock is below 0, not of its rebound ({@link Regime#personnelFlex()};
 * docs/risk.md §2.3): an absolute stress's replaces the year's regime's in its window (as its cost
 * shift does; 0 in its rebound), a relative stress's applies in its fall when it is the larger (the
 * company cuts at least as much of its payroll as the regime of the year says, or as the stress
 * says). In a deterministic stress test (no regime) it is the flexibility of the fall years.
 *
 * <p>Years after the window follow the plan's growth rates (or the path's) from the level reached;
 * years beyond the horizon are ignored.
 *
 * @param name scenario name, for example {@code "2009"} (a key of the deal file)
 * @param description one line saying what the scenario is and where its figures come from
 * @param startYear projected year index of the first stressed year (1 = base year + 1)
 * @param growth revenue growth of each stressed year, decimal (> −1), at least one year
 * @param costShift shift of the variable-cost share of revenue in each stressed year, decimal;
 *     empty for none, otherwise as long as {@code growth}
 * @param relativeToPlan true when the growth is a shock on top of the year's own growth, false
 *     when it replaces it
 * @param personnelFlex share of the revenue shortfall the fixed personnel costs follow in the
 *     stress's years of fall, 0 to 1
 */
public record StressScenario(
    String name,
    String description,
    int startYear,
    double[] growth,
    double[] costShift,
    boolean relativeToPlan,
    double personnelFlex) {

  /** Validates; paths are {@code risk.stress.<name>.*}. */
  public StressScenario {
    RiskChecks.name(name, "risk.stress");
    String p = "risk.stress." + name;
    description = description == null ? "" : description;
    if (startYear < 1) {
      throw new DealException(
          p + ".startYear", "expected a projected year index ≥ 1, found " + startYear);
    }
    if (growth == null || growth.length == 0) {
      throw new DealException(p + ".growth", "expected at least one year of growth, found none");
    }
    growth = growth.clone();
    for (int k = 0; k < growth.length; k++) {
      RiskChecks.growth(growth[k], p + ".growth[" + k + "]");
    }
    costShift = costShift == null ? new double[0] : costShift.clone();
    if (costShift.length != 0 && costShift.length != growth.length) {
      throw new DealException(
          p + ".costShift",
          "expected "
              + growth.length
              + " values (one per stressed year) or none, found "
              + costShift.length);
    }
    for (int k = 0; k < costShift.length; k++) {
      if (!(Math.abs(costShift[k]) < 1.0)) {
        throw new DealException(
            p + ".costShift[" + k + "]",
            "expected a shift between −1 and 1, found "
                + MessageNumbers.number(costShift[k]));
      }
    }
    RiskChecks.personnelFlex(personnelFlex, p + ".personnelFlex");
  }

  /** A stress whose personnel costs do not respond to revenue (personnel flexibility 0). */
  public StressScenario(
      String name,
      String description,
      int startYear,
      double[] growth,
      double[] costShift,
      boolean relativeToPlan) {
    this(name, description, startYear, growth, costShift, relativeToPlan, 0.0);
  }

  /**
   * @return the same scenario starting at another projected year
   */
  public StressScenario startingAt(int year) {
    return new StressScenario(
        name, description, year, growth, costShift, relativeToPlan, personnelFlex);
  }

  /**
   * @return the same scenario with another personnel flexibility (0 to 1)
   */
  public StressScenario withPersonnelFlex(double flex) {
    return new StressScenario(
        name, description, startYear, growth, costShift, relativeToPlan, flex);
  }

  /**
   * @return a copy of the growth of each stressed year
   */
  @Override
  public double[] growth() {
    return growth.clone();
  }

  /**
   * @return a copy of the cost-share shifts (empty when none)
   */
  @Override
  public double[] costShift() {
    return costShift.clone();
  }

  /**
   * @return the number of stressed years
   */
  public int length() {
    return growth.length;
  }

  /**
   * @return true when projected year index {@code t0} (0 = year 1) is stressed
   */
  public boolean covers(int t0) {
    int k = t0 + 1 - startYear;
    return k >= 0 && k < growth.length;
  }

  /**
   * @return the growth of year index {@code t0} (0 = year 1); {@code NaN} outside the window
   */
  public double growthAt(int t0) {
    return covers(t0) ? growth[t0 + 1 - startYear] : Double.NaN;
  }

  /**
   * @return the cost shift of year index {@code t0}; 0 outside the window or when none
   */
  public double costShiftAt(int t0) {
    return covers(t0) && costShift.length > 0 ? costShift[t0 + 1 - startYear] : 0.0;
  }

  @Override
  public String toString() {
    return "StressScenario["
        + name
        + ", start "
        + startYear
        + ", growth "
        + Arrays.toString(growth)
        + ", costShift "
        + Arrays.toString(costShift)
        + (relativeToPlan ? ", relative to the plan" : ", absolute")
        + (personnelFlex == 0.0 ? "" : ", personnelFlex " + personnelFlex)
        + "]";
  }
}
