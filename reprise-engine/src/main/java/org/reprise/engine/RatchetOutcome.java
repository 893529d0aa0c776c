package org.reprise.engine;

import java.util.Objects;
import org.reprise.model.Ratchet;

/**
 * What a management ratchet did at the exit (docs/methodology.md §7.1).
 *
 * @param beneficiary the holder whose share of the ordinary equity the ratchet raises
 * @param investor the holder whose return the tiers test
 * @param test what the tiers' thresholds measure
 * @param tier the tier applied, counted from 1 in the deal file's order; 0 when none applies
 * @param threshold the applied tier's threshold (a multiple, or an IRR as a decimal); the first
 *     tier's, not reached, when none applies
 * @param tierOwnership the applied tier's ownership (decimal); the first tier's when none applies
 * @param capped true when the applied tier's full transfer would take the investor below its
 *     threshold, so that the beneficiary's share stops at what leaves the investor exactly there
 * @param shareBefore the beneficiary's share of the ordinary equity as subscribed (decimal)
 * @param shareAfter its share at the exit, after the ratchet (decimal; {@code shareBefore} when no
 *     tier applies)
 * @param ordinaryProceeds what the exit waterfall leaves to the ordinary shares, currency units
 * @param moved what the ratchet moves to the beneficiary at the exit: ordinaryProceeds ×
 *     (shareAfter − shareBefore), currency units
 * @param fromInvestor the part of {@code moved} that the investor gives up (the rest comes from the
 *     other holders of ordinary shares, pro rata to their shares)
 * @param investorBefore the investor's multiple or IRR, on all its equity instruments, without the
 *     ratchet (NaN when the IRR is undefined)
 * @param investorAfter the same after the ratchet
 */
public record RatchetOutcome(
    String beneficiary,
    String investor,
    Ratchet.Test test,
    int tier,
    double threshold,
    double tierOwnership,
    boolean capped,
    double shareBefore,
    double shareAfter,
    double ordinaryProceeds,
    double moved,
    double fromInvestor,
    double investorBefore,
    double investorAfter) {

  public RatchetOutcome {
    Objects.requireNonNull(beneficiary, "beneficiary");
    Objects.requireNonNull(investor, "investor");
    Objects.requireNonNull(test, "test");
  }

  /** @return true when a tier applied */
  public boolean applied() {
    return tier > 0;
  }

  /**
   * What the other holders of ordinary shares give up below which the reports say that all of
   * {@link #moved} comes from the investor: half a currency unit, what the printed amounts round
   * away.
   */
  static final double NEGLIGIBLE = 0.5;

  /** @return true when all that the ratchet moved comes from the investor, none from co-holders */
  public boolean allFromInvestor() {
    return moved - fromInvestor < NEGLIGIBLE;
  }
}
