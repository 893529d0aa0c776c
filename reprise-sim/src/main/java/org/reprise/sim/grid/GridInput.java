package org.reprise.sim.grid;

import java.util.Objects;
import org.reprise.model.Deal;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.StressScenario;

/**
 * What one cell of a sensitivity grid computes from: a deal, the risk model it is simulated under
 * and an optional stress scenario (applied to the deterministic deal for deterministic metrics, and
 * on every path of a simulation for Monte Carlo metrics). Immutable; the setters of {@link
 * GridParameters} return modified copies.
 *
 * @param deal the resolved deal
 * @param risk the risk model (used by Monte Carlo metrics)
 * @param stress a stress scenario, or {@code null} for none
 */
public record GridInput(Deal deal, RiskModel risk, StressScenario stress) {

  public GridInput {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(risk, "risk");
  }

  /**
   * @return the same input with another deal
   */
  public GridInput withDeal(Deal d) {
    return new GridInput(d, risk, stress);
  }

  /**
   * @return the same input with another stress scenario ({@code null} for none)
   */
  public GridInput withStress(StressScenario s) {
    return new GridInput(deal, risk, s);
  }
}
