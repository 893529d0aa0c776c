package org.reprise.io.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.RateShock;
import org.reprise.model.risk.Regime;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.ShortTimeWork;
import org.reprise.model.risk.StressScenario;

/**
 * Writes the results of a Monte Carlo simulation, the document of {@code reprise simulate FILE
 * --json}. The layout is a public contract documented field by field in docs/risk.md ("JSON output
 * of reprise simulate"); it follows the conventions of {@link ResultJson}: rates and probabilities
 * as decimals, amounts in currency units, {@code null} for an undefined value (no path, no IRR).
 *
 * <p>This module does not depend on the simulation module: the caller passes the numbers as the
 * plain records below ({@link Run}, {@link Metric}, {@link Summary}). Stateless and thread-safe.
 */
public final class SimulationJson {

  /** Version of this layout, written as {@code formatVersion}. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SimulationJson() {}

  /**
   * A distribution over paths: exact counts, mean, minimum and maximum; percentiles estimated
   * (docs/risk.md §6). {@code NaN} statistics when there was no value.
   *
   * @param count values that were numbers
   * @param undefined values that were undefined (an IRR with nothing paid in)
   * @param substituted values among {@code count} entered at the metric's substitute: an IRR with
   *     no single root, at its annualised multiple (docs/risk.md §5)
   * @param pointMass values equal to the metric's point mass (a total loss: IRR −1, multiple 0)
   * @param mean mean of the defined values
   * @param min smallest value
   * @param p5 5th percentile
   * @param p25 25th percentile
   * @param p50 median
   * @param p75 75th percentile
   * @param p95 95th percentile
   * @param max largest value
   */
  public record Summary(
      long count,
      long undefined,
      long substituted,
      long pointMass,
      double mean,
      double min,
      double p5,
      double p25,
      double p50,
      double p75,
      double p95,
      double max) {

    /**
     * @return the same distribution with every value multiplied by {@code factor} &gt; 0
     */
    public Summary scaled(double factor) {
      return new Summary(count, undefined, substituted, pointMass, mean * factor, min * factor, p5 * factor,
          p25 * factor, p50 * factor, p75 * factor, p95 * factor, max * factor);
    }
  }

  /**
   * One metric's distributions.
   *
   * @param name {@code irr.<party>}, {@code moic.<party>}, {@code exit.equityValue}, {@code
   *     exit.ebitda}, {@code exit.valuedEbitda}, {@code exit.revenue}, {@code employees.participation}, or another name
   * @param base its value in the deterministic run
   * @param all over all paths
   * @param performing over the paths with no payment default up to the exit
   * @param inDefault over the paths with a payment default up to the exit
   * @param pooled for {@code irr.<party>} and {@code moic.<party>}: the IRR or multiple of the
   *     party's mean flows over all the paths (the pooled return); NaN for the other metrics
   */
  public record Metric(
      String name, double base, Summary all, Summary performing, Summary inDefault,
      double pooled) {

    /** A metric with no pooled value (NaN: not a return). */
    public Metric(String name, double base, Summary all, Summary performing, Summary inDefault) {
      this(name, base, all, performing, inDefault, Double.NaN);
    }
  }

  /**
   * Whether and when the stressed deterministic plan of a scenario (the deal of the
   * "deterministic, stressed" column of {@code simulate --stress}, docs/risk.md §4) defaults on a
   * payment and breaches a covenant, read from the engine's own year rows: the facts the text
   * report's line "Stressed plan (deterministic): …" says.
   *
   * @param paymentDefaultYears calendar years, from the first projected year to the exit year, in
   *     which the stressed plan is in payment default, in order; empty for none; {@code null} when
   *     not computed
   * @param exitShortfall true when the exit waterfall pays some debt tranche less than its claim
   * @param exitYear the calendar year of the exit
   * @param covenantsTested false when the stressed deal tests no covenant before the exit
   * @param covenantBreachYears calendar years, as {@code paymentDefaultYears}, in which a covenant
   *     is breached; {@code null} when no covenant is tested or not computed
   * @param notComputed the engine's message when it refuses the stressed deal (the other fields
   *     are then empty), else {@code null}
   */
  public record StressedPlan(
      int[] paymentDefaultYears,
      boolean exitShortfall,
      int exitYear,
      boolean covenantsTested,
      int[] covenantBreachYears,
      String notComputed) {

    public StressedPlan {
      if (notComputed == null) {
        Objects.requireNonNull(paymentDefaultYears, "paymentDefaultYears");
        if (covenantsTested) {
          Objects.requireNonNull(covenantBreachYears, "covenantBreachYears");
        }
      }
    }

    /**
     * @param message the engine's message
     * @return the stressed plan of a deal the engine refuses
     */
    public static StressedPlan notComputed(String message) {
      return new StressedPlan(null, false, 0, false, null, Objects.requireNonNull(message));
    }

    /** @return true when the engine computed the stressed deal */
    public boolean computed() {
      return notComputed == null;
    }
  }

  /**
   * The results of one scenario.
   *
   * @param name the scenario's name
   * @param kind its kind ({@code fund-lbo}...)
   * @param paths paths computed
   * @param failedPaths paths the engine could not compute
   * @param firstFailure message of the first failed path ("path 23: cooperative.seed.buybacks:
   *     …", the deal's field path and the engine's message), {@code ""} for none
   * @param cancelled true when interrupted before all paths were done
   * @param baseYear calendar base year
   * @param exitYear exit year index (1 = base year + 1)
   * @param defaultProbability probability of a payment default up to the exit, a shortfall at the
   *     exit included
   * @param exitShortfallProbability probability of a shortfall at the exit with no payment default
   *     during the hold (the part of {@code defaultProbability} only the exit reveals)
   * @param defaultProbabilityIfFailedDefaulted the default probability if the failed paths had
   *     all defaulted
   * @param defaultByYear per year, probability of being in default that year
   * @param firstDefaultByYear per year, probability of a first default that year
   * @param cumulativeDefaultByYear per year, probability of a first default that year or before
   * @param covenantsTested false when the deal tests no covenant up to the exit: the breach
   *     fields are then written {@code null}
   * @param breachProbability probability of a covenant breach up to the exit
   * @param breachByYear per year, probability of a breach that year
   * @param cumulativeBreachByYear per year, probability of a first breach that year or before
   * @param headcount the company's headcount in the base year
   * @param meanHeadcountInDefault mean headcount, in the first year of default, of the paths in
   *     default
   * @param expectedJobsAtRisk that headcount averaged over all paths
   * @param expectedJobsAtRiskAtExitOnly its part from the paths whose only payment default is the
   *     shortfall at the exit
   * @param recapDrawnProbability the probability that a dividend recapitalisation is drawn during
   *     the hold, NaN (written null) when the deal has none
   * @param recapRefusedProbability the probability that one due during the hold is not drawn (the
   *     lenders' conditions), NaN when the deal has none
   * @param recapNoRoomProbability the probability that a recap sized to a target leverage has no
   *     room under it (nothing drawn, not refused), NaN when the deal has none
   * @param recapMeanBorrowed the mean amount the recapitalisations borrowed during the hold over
   *     the paths that drew one, currency units; NaN when the deal has none or no path drew it
   * @param parties the deal's parties
   * @param metrics the metrics
   * @param stressedPlan under a stress, the stressed deterministic plan's defaults and breaches;
   *     {@code null} without a stress
   */
  public record Run(
      String name,
      String kind,
      long paths,
      long failedPaths,
      String firstFailure,
      boolean cancelled,
      int baseYear,
      int exitYear,
      double defaultProbability,
      double exitShortfallProbability,
      double defaultProbabilityIfFailedDefaulted,
      double[] defaultByYear,
      double[] firstDefaultByYear,
      double[] cumulativeDefaultByYear,
      boolean covenantsTested,
      double breachProbability,
      double[] breachByYear,
      double[] cumulativeBreachByYear,
      double headcount,
      double meanHeadcountInDefault,
      double expectedJobsAtRisk,
      double expectedJobsAtRiskAtExitOnly,
      double recapDrawnProbability,
      double recapRefusedProbability,
      double recapNoRoomProbability,
      double recapMeanBorrowed,
      List<String> parties,
      List<Metric> metrics,
      StressedPlan stressedPlan) {

    public Run {
      parties = List.copyOf(parties);
      metrics = List.copyOf(metrics);
    }

    /** A run with no stress: no {@link StressedPlan}. */
    public Run(String name, String kind, long paths, long failedPaths, String firstFailure,
        boolean cancelled, int baseYear, int exitYear, double defaultProbability,
        double exitShortfallProbability, double defaultProbabilityIfFailedDefaulted,
        double[] defaultByYear, double[] firstDefaultByYear, double[] cumulativeDefaultByYear,
        boolean covenantsTested, double breachProbability, double[] breachByYear,
        double[] cumulativeBreachByYear, double headcount, double meanHeadcountInDefault,
        double expectedJobsAtRisk, double expectedJobsAtRiskAtExitOnly,
        double recapDrawnProbability, double recapRefusedProbability,
        double recapNoRoomProbability, double recapMeanBorrowed, List<String> parties,
        List<Metric> metrics) {
      this(name, kind, paths, failedPaths, firstFailure, cancelled, baseYear, exitYear,
          defaultProbability, exitShortfallProbability, defaultProbabilityIfFailedDefaulted,
          defaultByYear, firstDefaultByYear, cumulativeDefaultByYear, covenantsTested,
          breachProbability, breachByYear, cumulativeBreachByYear, headcount,
          meanHeadcountInDefault, expectedJobsAtRisk, expectedJobsAtRiskAtExitOnly,
          recapDrawnProbability, recapRefusedProbability, recapNoRoomProbability,
          recapMeanBorrowed, parties, metrics, null);
    }

    /**
     * @return the part of {@link #expectedJobsAtRisk} from the paths in payment default during the
     *     hold: the paths that default only at the exit left out (never below 0), the text's
     *     "headcount of the companies in payment default" (review 36, X2)
     */
    public double expectedJobsAtRiskDuringHold() {
      return Math.max(0.0, expectedJobsAtRisk - expectedJobsAtRiskAtExitOnly);
    }

    /**
     * @return the named metric, or {@code null}
     */
    public Metric metric(String metricName) {
      for (Metric m : metrics) {
        if (m.name().equals(metricName)) {
          return m;
        }
      }
      return null;
    }
  }

  /**
   * What was simulated.
   *
   * @param dealName the file's deal name
   * @param paths paths requested per scenario
   * @param seed the seed
   * @param years the years simulated up to the exit ({@code --years}, or the longest hold)
   * @param stress the stress applied on every path, or {@code null}
   * @param risk the risk model
   * @param riskOrigin one line saying where the model comes from
   * @param riskDefaults true when the whole model is the documented default
   * @param cancelled true when the run was interrupted (some scenarios may not have been run at
   *     all); a cancelled {@link Run} also marks the document
   * @param warnings the input warnings of the scenarios simulated ({@link
   *     org.reprise.io.DealWarnings#of(List)})
   */
  public record Header(
      String dealName,
      long paths,
      long seed,
      int years,
      StressScenario stress,
      RiskModel risk,
      String riskOrigin,
      boolean riskDefaults,
      boolean cancelled,
      List<org.reprise.io.DealWarnings.Shared> warnings) {

    public Header {
      Objects.requireNonNull(risk, "risk");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * @return the document, pretty printed, ending with a line feed
   */
  public static String toJson(Header header, List<Run> runs) {
    return ResultJson.write(toTree(header, runs));
  }

  /**
   * @return the document as a JSON tree
   */
  public static ObjectNode toTree(Header header, List<Run> runs) {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("deal", header.dealName());
    root.put("paths", header.paths());
    root.put("seed", header.seed());
    root.put("years", header.years());
    boolean cancelled = header.cancelled();
    for (Run r : runs) {
      cancelled |= r.cancelled();
    }
    root.put("cancelled", cancelled);
    if (header.stress() == null) {
      root.putNull("stress");
    } else {
      root.set("stress", stress(header.stress()));
    }
    root.set("riskModel", risk(header));
    ArrayNode warnings = root.putArray("warnings");
    for (org.reprise.io.DealWarnings.Shared w : header.warnings()) {
      ObjectNode n = warnings.addObject();
      n.put("path", w.warning().path());
      n.put("message", w.warning().message());
      ArrayNode names = n.putArray("scenarios");
      w.scenarios().forEach(names::add);
    }
    ArrayNode scenarios = root.putArray("scenarios");
    for (Run r : runs) {
      scenarios.add(run(r));
    }
    return root;
  }

  private static ObjectNode risk(Header h) {
    RiskModel m = h.risk();
    ObjectNode n = NODES.objectNode();
    n.put("origin", h.riskOrigin());
    n.put("defaults", h.riskDefaults());
    BusinessCycle c = m.cycle();
    ObjectNode cycle = n.putObject("cycle");
    ArrayNode regimes = cycle.putArray("regimes");
    for (Regime r : c.regimes()) {
      ObjectNode g = regimes.addObject();
      g.put("name", r.name());
      Json.num(g, "growthMean", r.growthMean());
      Json.num(g, "growthSd", r.growthSd());
      g.put("relativeToPlan", r.relativeToPlan());
      Json.num(g, "costShiftMean", r.costShiftMean());
      Json.num(g, "costShiftSd", r.costShiftSd());
      Json.num(g, "recovery", r.recovery());
      Json.num(g, "personnelFlex", r.personnelFlex());
    }
    ArrayNode transition = cycle.putArray("transition");
    for (double[] row : c.transition()) {
      transition.add(Json.array(row));
    }
    cycle.set("initial", Json.array(c.initial()));
    RateShock rates = m.rates();
    ObjectNode r = n.putObject("rates");
    Json.num(r, "persistence", rates.persistence());
    Json.num(r, "volatility", rates.volatility());
    Json.num(r, "initial", rates.initial());
    ArrayNode stresses = n.putArray("stresses");
    for (StressScenario s : m.stresses()) {
      stresses.add(stress(s));
    }
    ShortTimeWork limits = m.shortTimeWork();
    if (limits.isNone()) {
      n.putNull("shortTimeWork");
    } else {
      ObjectNode w = n.putObject("shortTimeWork");
      Json.num(w, "maxCut", limits.maxCut());
      if (limits.years() == 0) {
        w.putNull("years");
      } else {
        w.put("years", limits.years());
      }
      if (limits.window() == 0) {
        w.putNull("window");
      } else {
        w.put("window", limits.window());
      }
    }
    return n;
  }

  /** @return a stress as the documents write it: {@code stress} here, in run's and compare's */
  static ObjectNode stress(StressScenario s) {
    ObjectNode n = NODES.objectNode();
    n.put("name", s.name());
    n.put("description", s.description());
    n.put("startYear", s.startYear());
    n.set("growth", Json.array(s.growth()));
    n.set("costShift", Json.array(s.costShift()));
    n.put("relativeToPlan", s.relativeToPlan());
    Json.num(n, "personnelFlex", s.personnelFlex());
    return n;
  }

  private static ObjectNode run(Run r) {
    ObjectNode n = NODES.objectNode();
    n.put("name", r.name());
    n.put("kind", r.kind());
    n.put("paths", r.paths());
    n.put("failedPaths", r.failedPaths());
    if (r.firstFailure() == null || r.firstFailure().isEmpty()) {
      n.putNull("firstFailure");
    } else {
      n.put("firstFailure", r.firstFailure());
    }
    n.put("cancelled", r.cancelled());
    n.put("baseYear", r.baseYear());
    n.put("exitYear", r.exitYear());
    ArrayNode calendar = n.putArray("calendarYears");
    for (int t = 1; t <= r.exitYear(); t++) {
      calendar.add(r.baseYear() + t);
    }
    double p = r.defaultProbability();
    Json.num(n, "defaultProbability", p);
    Json.num(n, "defaultProbabilityStandardError", standardError(p, r.paths()));
    Json.num(n, "exitShortfallProbability", r.exitShortfallProbability());
    Json.num(n, "defaultProbabilityIfFailedDefaulted", r.defaultProbabilityIfFailedDefaulted());
    // not viable: the failed paths' share of the paths run, a headline beside the default
    // probability (review 36, M1; docs/risk.md §5, "Failed paths")
    long run = r.paths() + r.failedPaths();
    Json.num(n, "failedProbability", run == 0 ? Double.NaN : (double) r.failedPaths() / run);
    n.set("defaultProbabilityByYear", Json.array(r.defaultByYear()));
    n.set("firstDefaultProbabilityByYear", Json.array(r.firstDefaultByYear()));
    n.set("cumulativeDefaultProbabilityByYear", Json.array(r.cumulativeDefaultByYear()));
    if (r.covenantsTested()) {
      double b = r.breachProbability();
      Json.num(n, "covenantBreachProbability", b);
      Json.num(n, "covenantBreachProbabilityStandardError", standardError(b, r.paths()));
      n.set("covenantBreachProbabilityByYear", Json.array(r.breachByYear()));
      n.set("cumulativeCovenantBreachProbabilityByYear", Json.array(r.cumulativeBreachByYear()));
    } else {
      // no covenant tested: no breach probability to report, not a probability of 0
      n.putNull("covenantBreachProbability");
      n.putNull("covenantBreachProbabilityStandardError");
      n.putNull("covenantBreachProbabilityByYear");
      n.putNull("cumulativeCovenantBreachProbabilityByYear");
    }
    Json.num(n, "headcount", r.headcount());
    Json.num(n, "meanHeadcountInDefault", r.meanHeadcountInDefault());
    Json.num(n, "expectedJobsAtRisk", r.expectedJobsAtRisk());
    Json.num(n, "expectedJobsAtRiskAtExitOnly", r.expectedJobsAtRiskAtExitOnly());
    // the bounds that count the failed paths: their headcount at risk, no participation
    Json.num(n, "expectedJobsAtRiskIfFailedAtRisk",
        ifFailedScored(r, r.expectedJobsAtRisk(), r.headcount()));
    Metric participationTotal = r.metric("employees.participation");
    Json.num(n, "participationMeanIfFailedPaidNone", participationTotal == null ? Double.NaN
        : ifFailedScored(r, participationTotal.all().mean(), 0.0));
    Json.num(n, "expectedJobsAtRiskDuringHold", r.expectedJobsAtRiskDuringHold());
    // null for a deal without a dividend recapitalisation (methodology §5.13)
    Json.num(n, "recapDrawnProbability", r.recapDrawnProbability());
    Json.num(n, "recapRefusedProbability", r.recapRefusedProbability());
    if (!Double.isNaN(r.recapDrawnProbability())) {
      // only with a recap, so that a deal without one writes what it wrote; null when no path
      // drew it (the amount differs per path for a multiple of EBITDA or a target leverage)
      Json.num(n, "recapNoRoomProbability", r.recapNoRoomProbability());
      Json.num(n, "recapMeanBorrowed", r.recapMeanBorrowed());
    }
    ArrayNode parties = n.putArray("parties");
    r.parties().forEach(parties::add);
    ObjectNode irr = n.putObject("irr");
    ObjectNode moic = n.putObject("moic");
    for (String party : r.parties()) {
      put(irr, party, r.metric("irr." + party), "totalLoss");
      put(moic, party, r.metric("moic." + party), "totalLoss");
    }
    ObjectNode participation = n.putObject("participation");
    Metric total = r.metric("employees.participation");
    put(participation, "total", total, "zero");
    if (total != null && r.headcount() > 0.0) {
      double f = 1.0 / r.headcount();
      Metric perEmployee = new Metric(total.name(), total.base() * f, total.all().scaled(f),
          total.performing().scaled(f), total.inDefault().scaled(f));
      put(participation, "perEmployee", perEmployee, "zero");
    }
    ObjectNode exit = n.putObject("exit");
    ObjectNode other = NODES.objectNode();
    for (Metric m : r.metrics()) {
      String name = m.name();
      if (name.startsWith("exit.")) {
        put(exit, name.substring("exit.".length()), m, null);
      } else if (!name.startsWith("irr.") && !name.startsWith("moic.")
          && !name.equals("employees.participation")) {
        put(other, name, m, null);
      }
    }
    if (!other.isEmpty()) {
      n.set("metrics", other);
    }
    if (r.stressedPlan() == null) {
      n.putNull("stressedPlan");
    } else {
      n.set("stressedPlan", stressedPlan(r.stressedPlan()));
    }
    return n;
  }

  /**
   * @return {@code {"paymentDefaultYears": [2027, 2028], "exitShortfall": false,
   *     "covenantsTested": true, "covenantBreachYears": [2026], "notComputed": null}}; every field
   *     but {@code notComputed} null when the engine refused the stressed deal
   */
  static ObjectNode stressedPlan(StressedPlan p) {
    ObjectNode n = NODES.objectNode();
    if (!p.computed()) {
      n.putNull("paymentDefaultYears");
      n.putNull("exitShortfall");
      n.putNull("covenantsTested");
      n.putNull("covenantBreachYears");
      n.put("notComputed", p.notComputed());
      return n;
    }
    n.set("paymentDefaultYears", years(p.paymentDefaultYears()));
    n.put("exitShortfall", p.exitShortfall());
    n.put("covenantsTested", p.covenantsTested());
    if (p.covenantsTested()) {
      n.set("covenantBreachYears", years(p.covenantBreachYears()));
    } else {
      n.putNull("covenantBreachYears");
    }
    n.putNull("notComputed");
    return n;
  }

  private static ArrayNode years(int[] years) {
    ArrayNode a = NODES.arrayNode();
    for (int y : years) {
      a.add(y);
    }
    return a;
  }

  /**
   * A mean over the paths computed with every failed path scoring {@code failedValue}: (mean ×
   * paths + failedValue × failedPaths) / (paths + failedPaths), the simulator's {@code
   * SimulationResult.ifFailedScored} (the same arithmetic, so that the text and the JSON agree to
   * the bit; docs/risk.md §5); the mean itself when none failed.
   */
  static double ifFailedScored(Run r, double meanOverComputed, double failedValue) {
    if (r.failedPaths() == 0) {
      return meanOverComputed;
    }
    long all = r.paths() + r.failedPaths();
    double computed = r.paths() == 0 ? 0.0 : meanOverComputed * r.paths();
    return (computed + failedValue * r.failedPaths()) / all;
  }

  private static double standardError(double p, long paths) {
    return paths == 0 ? Double.NaN : Math.sqrt(p * (1.0 - p) / paths);
  }

  private static void put(ObjectNode into, String key, Metric m, String pointMassField) {
    if (m == null) {
      return;
    }
    ObjectNode n = into.putObject(Json.uniqueKey(into, key));
    Json.num(n, "base", m.base());
    summary(n, m.all(), pointMassField);
    if (m.name().startsWith("irr.") || m.name().startsWith("moic.")) {
      // the return of the mean flows over the paths (docs/risk.md §6)
      Json.num(n, "pooled", m.pooled());
    }
    summary(n.putObject("performing"), m.performing(), pointMassField);
    summary(n.putObject("inDefault"), m.inDefault(), pointMassField);
  }

  private static void summary(ObjectNode n, Summary s, String pointMassField) {
    Json.num(n, "p5", s.p5());
    Json.num(n, "p25", s.p25());
    Json.num(n, "p50", s.p50());
    Json.num(n, "p75", s.p75());
    Json.num(n, "p95", s.p95());
    Json.num(n, "mean", s.mean());
    Json.num(n, "min", s.min());
    Json.num(n, "max", s.max());
    n.put("count", s.count());
    n.put("undefined", s.undefined());
    n.put("substituted", s.substituted());
    if (pointMassField != null) {
      n.put(pointMassField, s.pointMass());
    }
  }
}
