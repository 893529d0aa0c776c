package org.reprise.sim;

import java.util.Objects;
import org.reprise.model.Deal;
import org.reprise.model.risk.RiskModel;

/**
 * A deal and the risk model it is simulated under: the input of a sensitivity grid whose axes
 * change either (for example leverage × recession depth → probability of default).
 *
 * @param deal the resolved deal
 * @param risk the risk model
 */
public record SimulationInput(Deal deal, RiskModel risk) {

  public SimulationInput {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(risk, "risk");
  }

  /**
   * @return the same input with another deal
   */
  public SimulationInput withDeal(Deal d) {
    return new SimulationInput(d, risk);
  }

  /**
   * @return the same input with another risk model
   */
  public SimulationInput withRisk(RiskModel r) {
    return new SimulationInput(deal, r);
  }
}
