package org.reprise.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reprise.io.MessagesFr;
import org.reprise.io.Scenario;
import org.reprise.model.Deal;
import org.reprise.model.Tranche;
import org.reprise.sim.MetricStatistics;
import org.reprise.sim.SimulationResult;
import org.reprise.sim.stats.Distribution;

/**
 * The JSON of a simulation job ({@code GET /api/jobs/{id}}), documented in docs/api.md: status,
 * progress and, when done, per scenario the default and covenant-breach probabilities and the
 * distribution of each party's IRR, with a histogram of the first equity holder's IRR, the
 * exit year's revenue and EBITDA beside the plan, and how often a dividend recapitalisation is
 * drawn or refused (or, sized to a target leverage, finds no room under it), and the failed (not
 * viable) paths' share with the bounds that count them as the worst case. Rates and probabilities
 * as decimals, {@code null} for an undefined value.
 */
final class SimulationView {

  /** Bins of the IRR histogram, between its 1st and 99th percentiles. */
  static final int BINS = 20;

  private SimulationView() {}

  /**
   * @param job the job
   * @param french true to add the French text of a failed job's error ({@code localizedMessage})
   */
  static ObjectNode of(SimulationJobs.Job job, boolean french) {
    ObjectNode n = Trees.JSON.createObjectNode();
    n.put("id", job.id);
    SimulationJobs.Status status = job.status;
    n.put("status", status.label());
    n.put("progress", job.progress());
    n.put("paths", job.paths);
    n.put("seed", job.seed);
    n.put("scenarioCount", job.scenarios.size());
    ArrayNode names = n.putArray("scenarioNames");
    for (Scenario sc : job.scenarios) {
      names.add(sc.name());
    }
    n.put("timeLimitSeconds", job.timeLimitMillis / 1000.0);
    n.put("elapsedMillis", job.elapsed());
    if (status == SimulationJobs.Status.FAILED) {
      ObjectNode e = n.putObject("error");
      if (job.error != null) {
        String message = Failures.messageWithoutPath(job.error);
        Trees.error(e, job.error.path(), message, french ? MessagesFr.translate(message) : null);
      } else {
        Trees.error(e, "", Failures.INTERNAL, french ? Failures.INTERNAL_FR : null);
      }
    } else {
      n.putNull("error");
    }
    if (status == SimulationJobs.Status.DONE) {
      n.set("result", result(job));
    } else {
      n.putNull("result");
    }
    return n;
  }

  private static ObjectNode result(SimulationJobs.Job job) {
    ObjectNode r = Trees.JSON.createObjectNode();
    r.put("deal", job.dealName);
    r.put("risk", job.riskOrigin);
    r.put("timedOut", job.timedOut);
    List<SimulationResult> results = job.results;
    boolean complete = results.size() == job.scenarios.size();
    ArrayNode scenarios = r.putArray("scenarios");
    for (int i = 0; i < results.size(); i++) {
      SimulationResult s = results.get(i);
      complete &= !s.cancelled();
      scenarios.add(scenario(job.scenarios.get(i), s));
    }
    r.put("complete", complete);
    return r;
  }

  private static ObjectNode scenario(Scenario sc, SimulationResult s) {
    ObjectNode n = Trees.JSON.createObjectNode();
    n.put("name", sc.name());
    n.put("kind", sc.kind());
    // false when the exit is a valuation, nobody selling (Deal.soldAtExit): the page words the
    // defaults at the exit accordingly
    n.put("soldAtExit", sc.deal().soldAtExit());
    n.put("paths", s.paths());
    n.put("failedPaths", s.failedPaths());
    failed(n, s, sc.deal().company().headcount());
    n.put("complete", !s.cancelled());
    n.put("baseYear", s.baseYear());
    n.put("exitYear", s.baseYear() + s.exitYear());
    num(n, "defaultProbability", s.defaultProbability());
    num(n, "defaultStandardError", s.standardError(s.defaultProbability()));
    double[] inDefault = s.defaultProbabilityByYear();
    ArrayNode years = n.putArray("years");
    for (int t = 0; t < inDefault.length; t++) {
      years.add(s.baseYear() + 1 + t);
    }
    nums(n, "defaultProbabilityByYear", inDefault);
    nums(n, "cumulativeDefaultProbabilityByYear", s.cumulativeDefaultProbabilityByYear());
    num(n, "exitShortfallProbability", s.exitShortfallProbability());
    if (s.covenantsTested()) {
      num(n, "covenantBreachProbability", s.covenantBreachProbability());
      nums(n, "covenantBreachProbabilityByYear", s.covenantBreachProbabilityByYear());
    } else {
      // no covenant tested (a status quo): no probability, not a 0 % that reads as "safe"
      n.putNull("covenantBreachProbability");
      n.putNull("covenantBreachProbabilityByYear");
    }
    num(n, "headcount", sc.deal().company().headcount());
    num(n, "expectedJobsAtRisk", s.expectedJobsAtRisk());
    num(n, "expectedJobsAtRiskAtExitOnly", s.expectedJobsAtRiskAtExitOnly());
    // a dividend recapitalisation (financing.debt[].drawnIn, methodology §5.13): how often it is
    // drawn, and how often one due is refused; null (NaN) when the deal has none, not 0 %
    num(n, "recapDrawnProbability", s.recapDrawnProbability());
    num(n, "recapRefusedProbability", s.recapRefusedProbability());
    // the paths on which a recap sized to a target net leverage had no room under it: neither
    // drawn nor refused; as the text of reprise simulate, only for such a recap (null otherwise:
    // a fixed amount or a multiple of EBITDA always has room, its 0 % would say nothing)
    num(n, "recapNoRoomProbability",
        recapSized(sc.deal()) ? s.recapNoRoomProbability() : Double.NaN);
    ArrayNode returns = n.putArray("irr");
    for (int k = 0; k < s.parties().size(); k++) {
      String party = s.parties().get(k);
      MetricStatistics m = s.metric("irr." + party);
      ObjectNode p = returns.addObject();
      p.put("party", party);
      num(p, "base", m.baseValue());
      Distribution d = m.all();
      num(p, "p5", d.p5());
      num(p, "p25", d.p25());
      num(p, "p50", d.p50());
      num(p, "p75", d.p75());
      num(p, "p95", d.p95());
      num(p, "mean", d.mean());
      num(p, "pooled", s.pooledIrr(k));
      p.put("count", d.count());
      p.put("undefined", d.undefined());
      p.put("substituted", d.substituted());
      p.put("totalLoss", d.pointMass());
    }
    ObjectNode exit = n.putObject("exit");
    exit(exit, "revenue", s.metric("exit.revenue"));
    exit(exit, "ebitda", s.metric("exit.ebitda"));
    if (s.parties().isEmpty()) {
      n.putNull("histogram");
    } else {
      n.set("histogram", histogram(s.parties().get(0), s.metric("irr." + s.parties().get(0))));
    }
    return n;
  }

  /** "path 23: …", as the simulator words its first failed path (SimulationResult.firstFailure). */
  private static final Pattern FIRST_FAILURE =
      Pattern.compile("path (\\d+): .*", Pattern.DOTALL);

  /** A deal's field path at the start of a failure's reason: "cooperative.seed.buybacks". */
  private static final Pattern FIELD_PATH = Pattern.compile("[A-Za-z0-9_.\\[\\]-]+");

  /**
   * The failed (not viable) paths, an outcome that counts (docs/risk.md §5, "Failed paths"), as
   * {@code reprise simulate} gives them: their share of the paths run and its standard error, the
   * default probability and the expected jobs at risk with every failed path counted as their
   * worst case (a default; the company's headcount at risk), whether the distributions cover the
   * paths computed only, and the reason of the first failure. The view shows no participation, so
   * it writes no participation bound.
   *
   * @param headcount the headcount a failed path puts at risk, {@code company.headcount}, the
   *     figure the CLI uses
   */
  private static void failed(ObjectNode n, SimulationResult s, double headcount) {
    num(n, "failedProbability", s.failedProbability());
    num(n, "failedStandardError", s.failedStandardError());
    num(n, "defaultProbabilityIfFailedDefaulted", s.defaultProbabilityIfFailedDefaulted());
    num(n, "expectedJobsAtRiskIfFailedAtRisk", s.expectedJobsAtRiskIfFailedAtRisk(headcount));
    n.put("survivorsOnly", s.survivorsOnly());
    if (s.failedPaths() == 0 || s.firstFailure().isEmpty()) {
      n.putNull("firstFailure");
      n.putNull("failure");
      return;
    }
    n.put("firstFailure", s.firstFailure());
    // the reason split as an API error: the field path, the message and its French text, always
    // given (the page changes language without fetching the job again)
    ObjectNode f = n.putObject("failure");
    Matcher index = FIRST_FAILURE.matcher(s.firstFailure());
    if (index.matches()) {
      f.put("index", Long.parseLong(index.group(1)));
    } else {
      f.putNull("index");
    }
    String reason = s.failureReason();
    int colon = reason.indexOf(": ");
    String path = colon > 0 && FIELD_PATH.matcher(reason.substring(0, colon)).matches()
        ? reason.substring(0, colon) : "";
    String message = path.isEmpty() ? reason : reason.substring(colon + 2);
    Trees.error(f, path, message, MessagesFr.translate(message));
  }

  /**
   * @return true when a tranche of the deal is a dividend recapitalisation sized to a target net
   *     leverage ({@code amount: {upToNetLeverage: L}}, methodology §5.13)
   */
  static boolean recapSized(Deal deal) {
    for (Tranche t : deal.financing().debt()) {
      if (t.drawnLater() && t.draw().sized()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The exit year's figure of a metric beside the plan, as {@code reprise simulate} prints it
   * ("where the simulation is centred", docs/risk.md §11): {@code base} (the deterministic run),
   * {@code p50} and {@code mean} over the paths.
   */
  private static void exit(ObjectNode into, String key, MetricStatistics m) {
    ObjectNode e = into.putObject(key);
    num(e, "base", m.baseValue());
    Distribution d = m.all();
    num(e, "p50", d.p50());
    num(e, "mean", d.mean());
  }

  /**
   * The histogram of a metric: {@link #BINS} equal bins between its 1st and 99th percentiles, the
   * values below and above counted apart. Counts come from the simulator's quantiles: the number
   * of values below an edge is the largest rank whose quantile is below it (exact up to the
   * quantiles' relative error of 2^−10).
   */
  static ObjectNode histogram(String party, MetricStatistics m) {
    ObjectNode h = Trees.JSON.createObjectNode();
    h.put("metric", m.name());
    h.put("party", party);
    long count = m.all().count();
    ArrayNode edges = h.putArray("edges");
    ArrayNode counts = h.putArray("counts");
    if (count == 0) {
      h.put("below", 0);
      h.put("above", 0);
      return h;
    }
    double lo = m.quantile(0.01);
    double hi = m.quantile(0.99);
    int bins = hi > lo ? BINS : 1;
    if (!(hi > lo)) {
      double pad = Math.max(1e-3, Math.abs(lo) * 0.01);
      lo -= pad;
      hi += pad;
    }
    double[] e = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      e[i] = i == bins ? hi : lo + (hi - lo) * i / bins;
      edges.add(e[i]);
    }
    // below[i]: values < e[i]; the last bin also holds the values equal to hi.
    long[] below = new long[bins + 1];
    for (int i = 0; i <= bins; i++) {
      below[i] = i == bins ? count - countAbove(m, count, hi) : countBelow(m, count, e[i]);
    }
    h.put("below", below[0]);
    for (int i = 0; i < bins; i++) {
      counts.add(Math.max(0, below[i + 1] - below[i]));
    }
    h.put("above", count - below[bins]);
    return h;
  }

  /** @return the number of values strictly below x: the largest rank r with quantile(r) < x */
  private static long countBelow(MetricStatistics m, long n, double x) {
    long lo = 0; // quantile(rank lo) < x holds for every rank ≤ lo (rank 0: vacuous)
    long hi = n + 1; // fails for every rank ≥ hi
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (rankValue(m, n, mid) < x) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** @return the number of values strictly above x */
  private static long countAbove(MetricStatistics m, long n, double x) {
    long lo = 0; // ranks ≤ lo have value ≤ x
    long hi = n + 1;
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (rankValue(m, n, mid) <= x) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return n - lo;
  }

  private static double rankValue(MetricStatistics m, long n, long rank) {
    return m.quantile(Math.min(1.0, Math.max(0.0, (rank - 0.5) / n)));
  }

  private static void num(ObjectNode n, String key, double v) {
    if (Double.isFinite(v)) {
      n.put(key, v);
    } else {
      n.putNull(key);
    }
  }

  private static void nums(ObjectNode n, String key, double[] values) {
    ArrayNode a = n.putArray(key);
    for (double v : values) {
      if (Double.isFinite(v)) {
        a.add(v);
      } else {
        a.addNull();
      }
    }
  }
}
