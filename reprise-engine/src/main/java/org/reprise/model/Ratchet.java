package org.reprise.model;

import java.util.List;
import java.util.Objects;

/**
 * A management ratchet (docs/methodology.md §7.1): at the exit, the beneficiary's share of the
 * ordinary equity rises to a tier's ownership when the investor's return, on all its equity
 * instruments and after the ratchet, still reaches the tier's threshold; the other holders of
 * ordinary shares give up the difference pro rata to their shares. A tier whose full transfer would
 * take the investor below its threshold is capped at the share that leaves it exactly there.
 *
 * @param beneficiary the holder whose share of the ordinary equity rises (it holds ordinary shares)
 * @param investor the holder whose return the tiers test; {@code null} for the default, the largest
 *     investor at closing among the other holders (all its equity classes together)
 * @param test what the thresholds measure: the investor's multiple of money or its IRR
 * @param tiers at least one tier, thresholds and ownerships both strictly increasing
 */
public record Ratchet(String beneficiary, String investor, Test test, List<Tier> tiers) {

  /** What the tiers' thresholds measure, on the investor's equity flows (§8). */
  public enum Test {
    /** The multiple of money: received / paid. */
    MULTIPLE,
    /** The internal rate of return, a decimal per year. */
    IRR
  }

  /**
   * One tier.
   *
   * @param threshold the investor's multiple (times) or IRR (decimal) that the tier needs, at least
   * @param ownership the beneficiary's share of the ordinary equity at the exit (decimal, in (0, 1))
   */
  public record Tier(double threshold, double ownership) {

    public Tier {
      if (!(ownership > 0.0 && ownership < 1.0)) {
        throw new IllegalArgumentException("a tier's ownership is in (0, 1), found " + ownership);
      }
      if (!Double.isFinite(threshold)) {
        throw new IllegalArgumentException("a tier's threshold is finite, found " + threshold);
      }
    }
  }

  public Ratchet {
    Objects.requireNonNull(beneficiary, "beneficiary");
    Objects.requireNonNull(test, "test");
    tiers = List.copyOf(tiers);
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("a ratchet needs at least one tier");
    }
    if (beneficiary.equals(investor)) {
      throw new IllegalArgumentException("the investor is not the beneficiary: " + investor);
    }
    for (int k = 1; k < tiers.size(); k++) {
      if (!(tiers.get(k).threshold() > tiers.get(k - 1).threshold())
          || !(tiers.get(k).ownership() > tiers.get(k - 1).ownership())) {
        throw new IllegalArgumentException(
            "the tiers' thresholds and ownerships must both increase: " + tiers);
      }
    }
  }
}
