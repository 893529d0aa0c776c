package org.reprise.model.risk;

import org.reprise.model.DealException;
import org.reprise.model.MessageNumbers;

/**
 * Shocks to the base rate (Euribor) on top of the deal's own rate path, as a first-order
 * autoregressive process in decimal points of rate:
 *
 * <pre>
 *   x_0 = initial (the shock at closing),   x_t = persistence × x_{t−1} + volatility × ε_t,   ε_t ~ N(0, 1)
 * </pre>
 *
 * <p>In projected year t a floating tranche's cash rate becomes {@code max(base_t + x_t, floor) +
 * margin} ({@link org.reprise.model.Tranche#shiftedCashRate}); a fixed-rate tranche keeps its rate.
 * The shocks are independent of the business cycle. {@link #NONE} switches them off.
 *
 * @param persistence AR(1) coefficient φ in [−1, 1] (0.8 = 80 % of a shock is still there a year
 *     later)
 * @param volatility standard deviation σ of the yearly innovation, decimal (0.0075 = 75 basis
 *     points)
 * @param initial shock at closing x_0, decimal (usually 0)
 */
public record RateShock(double persistence, double volatility, double initial) {

  /** No base-rate shocks: every tranche keeps the deal's rates. */
  public static final RateShock NONE = new RateShock(0.0, 0.0, 0.0);

  /** Validates; paths are {@code risk.rates.*}. */
  public RateShock {
    if (!(persistence >= -1.0 && persistence <= 1.0)) {
      throw new DealException(
          "risk.rates.persistence",
          "expected a coefficient between −1 and 1, found "
              + MessageNumbers.number(persistence));
    }
    RiskChecks.notNegative(volatility, "risk.rates.volatility");
    RiskChecks.finite(initial, "risk.rates.initial");
  }

  /**
   * @return true when the shocks are identically zero
   */
  public boolean isNone() {
    return volatility == 0.0 && initial == 0.0;
  }
}
