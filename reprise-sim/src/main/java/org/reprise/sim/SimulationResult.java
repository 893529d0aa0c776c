package org.reprise.sim;

import java.util.List;

/**
 * The statistics of a Monte Carlo run of one deal (one ownership scenario) under a risk model
 * (docs/risk.md). Probabilities are shares of the {@link #paths()} the engine computed; failed
 * paths are counted apart. Years are indexed from 0 = projected year 1 up to the exit year.
 *
 * <p>Identical, bit for bit, for a given deal, risk model, seed and number of paths, whatever the
 * number of threads (the number of threads is deliberately not part of the result). A cancelled run
 * holds the first {@code paths() + failedPaths()} paths, exactly as an uncancelled run of that many
 * paths would.
 *
 * @param dealName the deal's name
 * @param overlay name of the stress applied on top of the random paths, {@code ""} for none
 * @param seed the seed
 * @param pathsRequested paths asked for
 * @param paths paths computed and counted in the statistics
 * @param failedPaths paths the engine could not compute (not in the distributions; their share,
 *     {@link #failedProbability}, is an outcome beside the default probability, docs/risk.md §5)
 * @param firstFailure message of the failed path with the lowest index, {@code ""} when none:
 *     "path 23: cooperative.seed.buybacks: …", the deal's field path and the engine's message
 *     ({@link #failureReason} without the path's index)
 * @param cancelled true when the run was cancelled before all paths were done
 * @param years projected years per path (the horizon)
 * @param exitYear exit year index (1 = first projected year)
 * @param baseYear calendar year of the base year
 * @param defaults paths with a payment default in some year up to the exit, or a shortfall at the
 *     exit (the exit waterfall pays some debt tranche less than its claim, docs/risk.md §5)
 * @param exitShortfalls among {@code defaults}, the paths whose only payment default is the
 *     shortfall at the exit (none during the hold)
 * @param firstDefaultByYear paths whose first payment default falls in each year (a shortfall at
 *     the exit with no earlier default falls in the exit year)
 * @param inDefaultByYear paths in payment default in each year (the exit year's count includes
 *     the shortfalls at the exit)
 * @param covenantsTested true when the deal tests some covenant in some year up to the exit;
 *     false when it tests none (a status quo): the breach counts are then zero by construction
 * @param breaches paths with a covenant breach in some year up to the exit
 * @param firstBreachByYear paths whose first covenant breach falls in each year
 * @param inBreachByYear paths in covenant breach in each year
 * @param headcountAtDefault sum over defaulted paths of the headcount of the first year of default
 * @param headcountAtExitShortfall the part of {@code headcountAtDefault} of the paths whose only
 *     payment default is the shortfall at the exit (their exit year's headcount)
 * @param recapDue true when the deal draws a tranche during the hold, a dividend recapitalisation
 *     (docs/methodology.md §5.13)
 * @param recapDrawn paths on which a recapitalisation was drawn during the hold
 * @param recapRefused paths on which a recapitalisation due during the hold was not drawn: the
 *     year before was in payment default or broke a covenant, or the lenders' leverage condition
 *     failed
 * @param recapNoRoom paths on which a recapitalisation sized to a target leverage found no room
 *     under it: nothing to draw, not refused (docs/methodology.md §5.13)
 * @param recapBorrowed the sum, over the paths that drew a recapitalisation, of what they
 *     borrowed during the hold (the amounts differ per path when the recap is a multiple of EBITDA
 *     or sized to a net leverage)
 * @param parties party names, in the deal's order (equity holders first, then lenders)
 * @param meanFlows per party, the mean over the paths of its dated flows, closing (index 0) to
 *     the exit year: the flows of the pooled return ({@link #pooledIrr}), as if one investor held
 *     an equal share of every path
 * @param metrics statistics of every metric: {@code irr.<party>} and {@code moic.<party>} for each
 *     party, then the exit metrics, then any extra metrics
 */
public record SimulationResult(
    String dealName,
    String overlay,
    long seed,
    long pathsRequested,
    long paths,
    long failedPaths,
    String firstFailure,
    boolean cancelled,
    int years,
    int exitYear,
    int baseYear,
    long defaults,
    long exitShortfalls,
    long[] firstDefaultByYear,
    long[] inDefaultByYear,
    boolean covenantsTested,
    long breaches,
    long[] firstBreachByYear,
    long[] inBreachByYear,
    double headcountAtDefault,
    double headcountAtExitShortfall,
    boolean recapDue,
    long recapDrawn,
    long recapRefused,
    long recapNoRoom,
    double recapBorrowed,
    List<String> parties,
    double[][] meanFlows,
    List<MetricStatistics> metrics) {

  public SimulationResult {
    firstDefaultByYear = firstDefaultByYear.clone();
    inDefaultByYear = inDefaultByYear.clone();
    firstBreachByYear = firstBreachByYear.clone();
    inBreachByYear = inBreachByYear.clone();
    parties = List.copyOf(parties);
    double[][] copy = new double[meanFlows.length][];
    for (int k = 0; k < copy.length; k++) {
      copy[k] = meanFlows[k].clone();
    }
    meanFlows = copy;
    metrics = List.copyOf(metrics);
  }

  /**
   * The pooled IRR of party k: the IRR of its mean flows over the paths (docs/risk.md §6). Unlike
   * the mean of the paths' IRRs, it weighs each path by the money at stake and is not pulled
   * down by the −100 % of a total loss as if it were one of equal weight: it is the return of an
   * investor holding an equal share of every path.
   *
   * @param k the party's index in {@link #parties}
   * @return the IRR, decimal per year; NaN when undefined (no path, or flows of one sign)
   */
  public double pooledIrr(int k) {
    return org.reprise.engine.returns.Irr.irr(meanFlows[k]).rate();
  }

  /**
   * The pooled multiple of party k: what its mean flows return over what they put in (each year's
   * mean flow netted, as for a path's multiple, methodology §8).
   *
   * @param k the party's index in {@link #parties}
   * @return the multiple; NaN when the mean flows put nothing in
   */
  public double pooledMoic(int k) {
    double paid = 0.0;
    double received = 0.0;
    for (double f : meanFlows[k]) {
      if (f < 0.0) {
        paid -= f;
      } else {
        received += f;
      }
    }
    return paid > 0.0 ? received / paid : Double.NaN;
  }

  @Override
  public long[] firstDefaultByYear() {
    return firstDefaultByYear.clone();
  }

  @Override
  public long[] inDefaultByYear() {
    return inDefaultByYear.clone();
  }

  @Override
  public long[] firstBreachByYear() {
    return firstBreachByYear.clone();
  }

  @Override
  public long[] inBreachByYear() {
    return inBreachByYear.clone();
  }

  /**
   * @return deal-years computed: (paths + failed paths) × years
   */
  public long dealYears() {
    return (paths + failedPaths) * years;
  }

  /**
   * @return probability of a payment default in some year up to the exit
   */
  public double defaultProbability() {
    return share(defaults);
  }

  /**
   * @return probability that the exit waterfall pays some debt tranche less than its claim with no
   *     payment default during the hold: the part of {@link #defaultProbability} that only the
   *     exit reveals
   */
  public double exitShortfallProbability() {
    return share(exitShortfalls);
  }

  /**
   * The default probability if every failed path had defaulted: (defaults + failed paths) /
   * (paths + failed paths), an upper bound for {@link #defaultProbability} when the failures are
   * adverse paths (docs/risk.md §5, "Failed paths"). Equal to it when no path failed.
   *
   * @return the probability; NaN when no path was run
   */
  public double defaultProbabilityIfFailedDefaulted() {
    long all = paths + failedPaths;
    return all == 0 ? Double.NaN : (double) (defaults + failedPaths) / all;
  }

  /**
   * The share of the paths run above which the reports say, under the returns, participation and
   * exit tables, that these cover the paths computed only (docs/risk.md §5, "Failed paths"): 1 %.
   * Leaving out a share q of the paths moves any percentile of the others by less than q × 100
   * percentile points of the whole (the P5 of the paths computed is somewhere between the P4 and
   * the P6 of all paths when q = 1 %), within the sampling noise of a run of a few thousand paths;
   * above it, the tables may describe a different population from the one the reader has in mind.
   */
  public static final double FAILED_SHARE_NOTED = 0.01;

  /**
   * The share of the paths run that failed: the engine refused them as not viable (docs/risk.md
   * §5, "Failed paths"), failed paths / (paths + failed paths). A headline beside {@link
   * #defaultProbability}, which covers the paths computed only. Not given by year: the engine
   * refuses a path as a whole (the SCOP d'amorçage's legal test, for one, is made once the path has
   * run to the end of its seed period), so a failed path has no year table.
   *
   * @return the probability; NaN when no path was run
   */
  public double failedProbability() {
    long all = paths + failedPaths;
    return all == 0 ? Double.NaN : (double) failedPaths / all;
  }

  /**
   * @return the Monte Carlo standard error of {@link #failedProbability}: √(q(1 − q)/(paths +
   *     failed paths)), q the failed share, over the paths run (not over the paths computed, as
   *     {@link #standardError} is); NaN when no path was run
   */
  public double failedStandardError() {
    long all = paths + failedPaths;
    double q = failedProbability();
    return all == 0 ? Double.NaN : Math.sqrt(q * (1.0 - q) / all);
  }

  /**
   * @return true when the failed share is above {@link #FAILED_SHARE_NOTED}: the distributions
   *     then describe the paths computed only, and the reports say so
   */
  public boolean survivorsOnly() {
    return failedProbability() > FAILED_SHARE_NOTED;
  }

  /**
   * @return the reason of the failed path with the lowest index: the deal's field path and the
   *     engine's message ("cooperative.seed.buybacks: SCOP d'amorçage: …"), {@link #firstFailure}
   *     without its "path N: "; {@code ""} when none failed
   */
  public String failureReason() {
    int colon = firstFailure.indexOf(": ");
    return firstFailure.startsWith("path ") && colon > 0
        ? firstFailure.substring(colon + 2) : firstFailure;
  }

  /**
   * A mean over the paths computed, recomputed with every failed path scoring {@code failedValue}:
   * (mean × paths + failedValue × failed paths) / (paths + failed paths). The bound that counts
   * the failed paths as the worst case of a headline (docs/risk.md §5, "Failed paths"), as {@link
   * #defaultProbabilityIfFailedDefaulted} does for the default probability (a default scores 1).
   *
   * @param meanOverComputed the mean over the paths computed
   * @param failedValue what a failed path scores
   * @return the mean over all paths run; {@code meanOverComputed} when none failed; NaN when no
   *     path was run
   */
  public double ifFailedScored(double meanOverComputed, double failedValue) {
    if (failedPaths == 0) {
      return meanOverComputed;
    }
    long all = paths + failedPaths;
    double computed = paths == 0 ? 0.0 : meanOverComputed * paths;
    return all == 0 ? Double.NaN : (computed + failedValue * failedPaths) / all;
  }

  /**
   * The expected jobs at risk if every failed path had put its company's headcount at risk:
   * {@link #expectedJobsAtRisk} with the failed paths scoring {@code headcount} ({@link
   * #ifFailedScored}), an upper bound when that headcount is the largest of the hold.
   *
   * @param headcount the headcount a failed path puts at risk (the reports use {@code
   *     company.headcount}, the figure they compare the jobs with)
   * @return the expected headcount; NaN when no path was run
   */
  public double expectedJobsAtRiskIfFailedAtRisk(double headcount) {
    return ifFailedScored(expectedJobsAtRisk(), headcount);
  }

  /**
   * @return the mean participation over the hold (currency units) if every failed path had paid
   *     none: the mean of {@code employees.participation} with the failed paths scoring 0 ({@link
   *     #ifFailedScored}), a lower bound (a participation is never negative)
   */
  public double participationMeanIfFailedPaidNone() {
    return ifFailedScored(metric("employees.participation").all().mean(), 0.0);
  }

  /**
   * @return per year, the probability of being in payment default that year
   */
  public double[] defaultProbabilityByYear() {
    return shares(inDefaultByYear, false);
  }

  /**
   * @return per year, the probability that the first payment default falls that year
   */
  public double[] firstDefaultProbabilityByYear() {
    return shares(firstDefaultByYear, false);
  }

  /**
   * @return per year, the probability of a first payment default in that year or before
   */
  public double[] cumulativeDefaultProbabilityByYear() {
    return shares(firstDefaultByYear, true);
  }

  /**
   * @return probability of a covenant breach in some year up to the exit (0 when the deal tests
   *     no covenant: see {@link #covenantsTested})
   */
  public double covenantBreachProbability() {
    return share(breaches);
  }

  /**
   * @return the probability that a dividend recapitalisation is drawn during the hold; NaN when
   *     the deal has none
   */
  public double recapDrawnProbability() {
    return recapDue ? share(recapDrawn) : Double.NaN;
  }

  /**
   * @return the mean amount the dividend recapitalisations borrowed during the hold, over the
   *     paths that drew one (currency units); NaN when the deal has none or no path drew it
   */
  public double recapMeanBorrowed() {
    return recapDue && recapDrawn > 0 ? recapBorrowed / recapDrawn : Double.NaN;
  }

  /**
   * @return the probability that a dividend recapitalisation due during the hold is not drawn
   *     (the lenders' conditions); NaN when the deal has none
   */
  public double recapRefusedProbability() {
    return recapDue ? share(recapRefused) : Double.NaN;
  }
  /**
   * @return the share of the paths computed on which a recapitalisation sized to a target leverage
   *     had no room under it (nothing drawn, not refused); NaN without a recap
   */
  public double recapNoRoomProbability() {
    return recapDue ? share(recapNoRoom) : Double.NaN;
  }


  /**
   * @return per year, the probability of a covenant breach that year
   */
  public double[] covenantBreachProbabilityByYear() {
    return shares(inBreachByYear, false);
  }

  /**
   * @return per year, the probability of a first covenant breach in that year or before
   */
  public double[] cumulativeBreachProbabilityByYear() {
    return shares(firstBreachByYear, true);
  }

  /**
   * @param p a probability estimated from these paths
   * @return its Monte Carlo standard error √(p(1 − p)/paths)
   */
  public double standardError(double p) {
    return paths == 0 ? Double.NaN : Math.sqrt(p * (1.0 - p) / paths);
  }

  /**
   * @return the mean headcount, in the first year of default, of the paths in default; NaN if none
   */
  public double meanHeadcountInDefault() {
    return defaults == 0 ? Double.NaN : headcountAtDefault / defaults;
  }

  /**
   * @return expected jobs at risk: the headcount in the first year of default averaged over all
   *     paths (0 for a path with no default) = mean headcount in default × default probability
   */
  public double expectedJobsAtRisk() {
    return paths == 0 ? Double.NaN : headcountAtDefault / paths;
  }

  /**
   * @return the part of {@link #expectedJobsAtRisk} from the paths whose only payment default is
   *     the shortfall at the exit: the company paid its debt service every year and is sold (or
   *     valued) as a going concern, its lenders bearing the shortfall (docs/risk.md §5)
   */
  public double expectedJobsAtRiskAtExitOnly() {
    return paths == 0 ? Double.NaN : headcountAtExitShortfall / paths;
  }

  /**
   * @return the statistics of the named metric
   * @throws IllegalArgumentException when there is no such metric
   */
  public MetricStatistics metric(String name) {
    for (MetricStatistics m : metrics) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no metric named " + name);
  }

  private double share(long count) {
    return paths == 0 ? Double.NaN : (double) count / paths;
  }

  private double[] shares(long[] counts, boolean cumulative) {
    double[] p = new double[counts.length];
    long running = 0;
    for (int t = 0; t < counts.length; t++) {
      running = cumulative ? running + counts[t] : counts[t];
      p[t] = share(running);
    }
    return p;
  }
}
