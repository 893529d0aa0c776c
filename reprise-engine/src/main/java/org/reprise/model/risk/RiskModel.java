package org.reprise.model.risk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reprise.model.DealException;

/**
 * The stochastic model a deal is simulated under (docs/risk.md): a regime-switching business cycle
 * that drives revenue growth and, optionally, the variable-cost share; optional base-rate shocks;
 * and a catalogue of named deterministic stress scenarios.
 *
 * @param cycle the business cycle
 * @param rates base-rate shocks ({@link RateShock#NONE} for none)
 * @param stresses named stress scenarios, names unique
 * @param shortTimeWork the limits of the personnel flexibility of the regimes and stresses, in
 *     depth and in years ({@link ShortTimeWork#NONE} for none)
 */
public record RiskModel(
    BusinessCycle cycle,
    RateShock rates,
    List<StressScenario> stresses,
    ShortTimeWork shortTimeWork) {

  /** Validates; paths are {@code risk.*}. */
  public RiskModel {
    if (cycle == null) {
      throw new DealException("risk.cycle", "expected a business cycle, found none");
    }
    rates = rates == null ? RateShock.NONE : rates;
    shortTimeWork = shortTimeWork == null ? ShortTimeWork.NONE : shortTimeWork;
    stresses = stresses == null ? List.of() : List.copyOf(stresses);
    Set<String> seen = new HashSet<>();
    for (StressScenario s : stresses) {
      if (!seen.add(s.name())) {
        throw new DealException(
            "risk.stress." + s.name(), "stress names must be unique, found it twice");
      }
    }
  }

  /** A model whose personnel flexibility has no limit ({@link ShortTimeWork#NONE}). */
  public RiskModel(BusinessCycle cycle, RateShock rates, List<StressScenario> stresses) {
    this(cycle, rates, stresses, ShortTimeWork.NONE);
  }

  /**
   * A model with no randomness: one regime "plan" in which revenue follows the deal's plan exactly,
   * no margin or rate shocks. Simulating it reproduces the deterministic engine.
   */
  public static RiskModel planOnly() {
    return new RiskModel(
        new BusinessCycle(
            List.of(Regime.of("plan", 0.0, 0.0, true)), new double[][] {{1.0}}, new double[] {1.0}),
        RateShock.NONE,
        List.of());
  }

  /**
   * @return the named stress scenario
   * @throws DealException when there is none by that name
   */
  public StressScenario stress(String name) {
    List<String> names = new ArrayList<>();
    for (StressScenario s : stresses) {
      if (s.name().equals(name)) {
        return s;
      }
      names.add(s.name());
    }
    throw new DealException(
        "risk.stress", "unknown stress scenario \"" + name + "\"; the scenarios are " + names);
  }

  /**
   * @return the same model with another cycle
   */
  public RiskModel withCycle(BusinessCycle c) {
    return new RiskModel(c, rates, stresses, shortTimeWork);
  }

  /**
   * @return the same model with other rate shocks
   */
  public RiskModel withRates(RateShock r) {
    return new RiskModel(cycle, r, stresses, shortTimeWork);
  }

  /**
   * @return the same model with other limits of the personnel flexibility
   */
  public RiskModel withShortTimeWork(ShortTimeWork limits) {
    return new RiskModel(cycle, rates, stresses, limits);
  }
}
