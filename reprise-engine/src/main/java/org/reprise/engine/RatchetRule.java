package org.reprise.engine;

import java.util.List;
import org.reprise.engine.returns.Irr;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;
import org.reprise.model.Ratchet;

/**
 * The management ratchet at the exit (docs/methodology.md §7.1): the beneficiary's share s of the
 * ordinary equity, and each ordinary class's share after it.
 *
 * <p>With P what the waterfall leaves to the ordinary shares, s₀ the beneficiary's share as
 * subscribed, w the investor's, A = P × w its ordinary proceeds without the ratchet, the investor's
 * ordinary proceeds with a share s are A × (1 − s) / (1 − s₀) (the other holders scaled down pro
 * rata). Its other equity flows f (investment, what it received during the hold, its strip at the
 * exit) do not depend on s. Tier k, threshold h_k, needs at least E_k of ordinary proceeds:
 *
 * <pre>
 *   multiple: E_k = h_k × paid(f) − received(f)
 *   IRR:      E_k = −Σ_t f_t (1 + h_k)^(X − t)      (the NPV at h_k is then 0; one sign change)
 * </pre>
 *
 * so that the investor keeps its threshold while s ≤ cap_k = 1 − E_k (1 − s₀) / A. Each tier gives
 * min(ownership_k, cap_k), the capped tier; the beneficiary gets the most any tier gives, and never
 * less than s₀: s = max(s₀, max_k min(ownership_k, cap_k)). The tier applied is the one that gives
 * it (the highest on a tie).
 */
final class RatchetRule {

  /** The beneficiary's share of each ordinary class after the ratchet (0 for the others). */
  final double[] exitOwnership;
  private final Ratchet ratchet;
  private final String investor;
  private final double[] investorFlows;
  private final int tier;
  private final boolean capped;
  private final double shareBefore;
  /** The investor's share of the ordinary equity as subscribed. */
  private final double investorShare;
  private final double share;
  private final double pool;
  private final double investorBefore;
  private final double investorAfter;

  /**
   * @param deal a deal with a ratchet
   * @param ownership each class's share of the ordinary equity as subscribed
   * @param flowsBeforeOrdinary the investor's equity flows, t = 0 to X, without its ordinary
   *     shares' exit proceeds (it is written into)
   * @param pool what the waterfall leaves to the ordinary shares
   * @param investor the investor's name
   */
  RatchetRule(Deal deal, double[] ownership, double[] flowsBeforeOrdinary, double pool,
      String investor) {
    this.ratchet = deal.financing().ratchet();
    this.investor = investor;
    this.investorFlows = flowsBeforeOrdinary;
    this.pool = pool;
    List<EquityClass> classes = deal.financing().equity();
    double s0 = 0.0;
    double w = 0.0;
    for (int k = 0; k < classes.size(); k++) {
      EquityClass c = classes.get(k);
      if (c.kind() == EquityClass.Kind.ORDINARY) {
        if (c.holder().equals(ratchet.beneficiary())) {
          s0 += ownership[k];
        } else if (c.holder().equals(investor)) {
          w += ownership[k];
        }
      }
    }
    shareBefore = s0;
    investorShare = w;
    double rest = 1.0 - s0;
    for (int k = 0; k < ratchet.tiers().size(); k++) {
      if (!(ratchet.tiers().get(k).ownership() > s0)) {
        throw new DealException("financing.ratchet.tiers[" + k + "].ownership",
            "expected more than the beneficiary's share of the ordinary equity at closing, "
                + percent(s0) + ", found " + percent(ratchet.tiers().get(k).ownership()));
      }
    }
    int x = flowsBeforeOrdinary.length - 1;
    double a = pool * w;
    double best = s0;
    int bestTier = 0;
    boolean bestCapped = false;
    if (pool > 0.0 && rest > 0.0) {
      for (int k = 0; k < ratchet.tiers().size(); k++) {
        Ratchet.Tier tk = ratchet.tiers().get(k);
        double needed = needed(tk.threshold(), flowsBeforeOrdinary, x);
        double cap =
            a > 0.0 ? 1.0 - needed * rest / a
                : needed <= 0.0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        double given = Math.min(tk.ownership(), cap);
        if (given > s0 && given >= best) {
          best = given;
          bestTier = k + 1;
          bestCapped = cap < tk.ownership();
        }
      }
    }
    share = best;
    tier = bestTier;
    capped = bestCapped;
    // the beneficiary's classes share s pro rata to their shares (equally when it subscribed
    // none of the ordinary equity), the others' are scaled down pro rata
    int beneficiaryClasses = 0;
    for (EquityClass c : classes) {
      if (c.kind() == EquityClass.Kind.ORDINARY && c.holder().equals(ratchet.beneficiary())) {
        beneficiaryClasses++;
      }
    }
    exitOwnership = new double[classes.size()];
    for (int k = 0; k < classes.size(); k++) {
      EquityClass c = classes.get(k);
      if (c.kind() == EquityClass.Kind.ORDINARY) {
        exitOwnership[k] = c.holder().equals(ratchet.beneficiary())
            ? (s0 > 0.0 ? ownership[k] * share / s0 : share / beneficiaryClasses)
            : ownership[k] * (1.0 - share) / rest;
      }
    }
    investorBefore = metric(a);
    investorAfter = metric(rest > 0.0 ? a * (1.0 - share) / rest : a);
  }

  /** @return the investor's ordinary proceeds the threshold needs (≤ 0: met without them) */
  private double needed(double threshold, double[] f, int x) {
    if (ratchet.test() == Ratchet.Test.MULTIPLE) {
      return threshold * PartyReturns.paid(f) - PartyReturns.received(f);
    }
    double v = 0.0;
    for (int t = 0; t <= x; t++) {
      v -= f[t] * Math.pow(1.0 + threshold, x - t);
    }
    return v;
  }

  /** @return the investor's multiple or IRR with {@code ordinary} of ordinary exit proceeds */
  private double metric(double ordinary) {
    double[] f = investorFlows.clone();
    f[f.length - 1] += ordinary;
    if (ratchet.test() == Ratchet.Test.MULTIPLE) {
      return PartyReturns.moic(PartyReturns.paid(f), PartyReturns.received(f));
    }
    return Irr.irr(f).rate();
  }

  /** @return what the ratchet did, for the exit's result */
  RatchetOutcome outcome() {
    Ratchet.Tier t = ratchet.tiers().get(Math.max(0, tier - 1));
    // the investor's part of the transfer: its ordinary proceeds without, less with, the ratchet
    double moved = tier > 0 ? pool * (share - shareBefore) : 0.0;
    double fromInvestor =
        tier > 0 ? pool * investorShare * (1.0 - (1.0 - share) / (1.0 - shareBefore)) : 0.0;
    return new RatchetOutcome(ratchet.beneficiary(), investor, ratchet.test(), tier,
        t.threshold(), t.ownership(), capped,
        shareBefore, share, pool, moved, fromInvestor, investorBefore, investorAfter);
  }

  /** @return a share as a percentage with at most two decimals, such as 15% or 12.5% */
  private static String percent(double share) {
    return java.math.BigDecimal.valueOf(100.0 * share)
        .setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
  }
}
