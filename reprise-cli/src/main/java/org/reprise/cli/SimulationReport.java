package org.reprise.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reprise.cli.text.InputWarnings;
import org.reprise.cli.text.Labels;
import org.reprise.cli.text.Lang;
import org.reprise.cli.text.Numbers;
import org.reprise.cli.text.TextTable;
import org.reprise.io.MessagesFr;
import org.reprise.io.RiskReader;
import org.reprise.io.Scenario;
import org.reprise.model.risk.Regime;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.ShortTimeWork;
import org.reprise.model.risk.StressScenario;
import org.reprise.sim.MetricStatistics;
import org.reprise.sim.SimulationResult;
import org.reprise.sim.stats.Distribution;

/**
 * The text report of {@code reprise simulate} in one language: the model, then one block per
 * scenario, then the scenarios side by side (docs/risk.md §11). Labels come from {@link Labels}
 * ({@code sim.*}), numbers from {@link Numbers}: {@code 12.5%} and {@code 1,234} in English,
 * {@code 12,5 %} and {@code 1 234} in French. Names from the deal file (scenarios, parties,
 * regimes, stresses) and the engine's failure messages are printed as written.
 *
 * <p>Not thread-safe (its {@link Numbers} is not): make one per report.
 */
final class SimulationReport {
  private final Lang lang;
  private final Numbers n;
  private final Labels l;

  /** @param lang the language of the labels and numbers */
  SimulationReport(Lang lang) {
    this.lang = lang;
    this.n = new Numbers(lang);
    this.l = new Labels(lang);
  }

  String render(String dealName, long paths, long seed, int horizon, StressScenario overlay,
      RiskReader.Risk risk, List<SimulateCommand.Job> jobs, List<SimulationResult> results) {
    StringBuilder b = new StringBuilder();
    b.append(l.format("sim.title", dealName)).append('\n');
    b.append(l.format(horizon == 1 ? "sim.header.one" : "sim.header", n.whole(paths), seed,
        horizon)).append('\n');
    b.append(InputWarnings.lines(lang, SimulateCommand.warnings(jobs)));
    boolean interrupted = results.size() < jobs.size()
        || results.stream().anyMatch(SimulationResult::cancelled);
    if (interrupted) {
      b.append(l.get("sim.interrupted"));
      if (results.size() < jobs.size()) {
        List<String> skipped = new ArrayList<>();
        for (int i = results.size(); i < jobs.size(); i++) {
          skipped.add(jobs.get(i).scenario().name());
        }
        b.append(l.format("sim.notSimulated", String.join(", ", skipped)));
      }
      b.append('\n');
    }
    b.append('\n').append(l.format("sim.riskModel", origin(risk))).append('\n');
    b.append(model(risk.model()));
    if (overlay != null) {
      b.append(l.format(overlay.relativeToPlan() ? "sim.stress.relative" : "sim.stress",
              overlay.name(), overlay.startYear(), growth(overlay)))
          .append('\n');
      if (SimulateCommand.coversHold(overlay, horizon)) {
        b.append("  ").append(l.format("sim.stress.coversHold")).append('\n');
      }
      if (overlay.personnelFlex() > 0.0) {
        b.append("  ").append(l.format("sim.stress.personnelFlex",
            n.percent(overlay.personnelFlex()))).append('\n');
      }
      if (overlay.personnelFlex() > Regime.SHORT_TIME_WORK_CEILING) {
        b.append("  ").append(l.format("sim.personnelFlexAbove",
            n.percent(Regime.SHORT_TIME_WORK_CEILING))).append('\n');
      }
    }
    // what the probabilities and the lenders' returns leave out (review 16, findings 3 and 5)
    b.append('\n').append(l.get("sim.readingNote")).append('\n');
    for (int i = 0; i < results.size(); i++) {
      b.append('\n').append(scenario(jobs.get(i), results.get(i), risk, overlay));
    }
    if (results.size() > 1) {
      b.append('\n').append(sideBySide(jobs, results));
    }
    return b.toString();
  }

  /** Where the model comes from: {@link RiskReader.Risk#origin()} in the report's language. */
  String origin(RiskReader.Risk risk) {
    if (!risk.section()) {
      return l.get("sim.origin.defaults");
    }
    List<String> parts = new ArrayList<>();
    parts.add(l.get(risk.defaultCycle() ? "sim.origin.cycle.default" : "sim.origin.cycle.file"));
    parts.add(l.get(risk.model().rates().isNone()
        ? "sim.origin.rates.none" : "sim.origin.rates.file"));
    int stresses = risk.stressPaths().size();
    parts.add(stresses == 0 ? l.get("sim.origin.stresses.default")
        : l.format(stresses == 1 ? "sim.origin.stresses.one" : "sim.origin.stresses.many",
            stresses));
    return l.format("sim.origin.section", String.join(", ", parts));
  }

  private String model(RiskModel m) {
    // the payroll's flexibility is shown when some regime has one (0 everywhere by default)
    boolean flex = m.cycle().regimes().stream().anyMatch(r -> r.personnelFlex() > 0.0);
    List<String> header = new ArrayList<>(List.of(l.get("sim.regime"), l.get("sim.growth"),
        l.get("sim.costShift"), l.get("sim.recovery")));
    if (flex) {
      header.add(l.get("sim.personnelFlex"));
    }
    for (Regime r : m.cycle().regimes()) {
      header.add(l.format("sim.to", regime(r.name())));
    }
    header.add(l.get("sim.year1"));
    TextTable t = TextTable.of(header);
    double[][] p = m.cycle().transition();
    double[] initial = m.cycle().initial();
    for (int i = 0; i < m.cycle().size(); i++) {
      Regime r = m.cycle().regimes().get(i);
      List<String> row = new ArrayList<>();
      row.add(regime(r.name()));
      String growth = normal(r.growthMean(), r.growthSd());
      row.add(r.relativeToPlan() ? l.format("sim.plan", growth) : growth);
      row.add(r.costShiftMean() == 0.0 && r.costShiftSd() == 0.0 ? l.get("sim.none")
          : normal(r.costShiftMean(), r.costShiftSd()));
      row.add(r.recovery() == 0.0 ? l.get("sim.none") : n.percent(r.recovery()));
      if (flex) {
        row.add(r.personnelFlex() == 0.0 ? l.get("sim.none.flex") : n.percent(r.personnelFlex()));
      }
      for (double v : p[i]) {
        row.add(n.percent(v));
      }
      row.add(n.percent(initial[i]));
      t.row(row);
    }
    t.align(1, TextTable.Align.LEFT).align(2, TextTable.Align.LEFT);
    StringBuilder b = new StringBuilder(t.render("  "));
    if (m.cycle().regimes().stream().anyMatch(r -> r.recovery() > 0.0)) {
      b.append("  ").append(l.get("sim.recoveryNote")).append('\n');
    }
    if (flex) {
      b.append("  ").append(l.get("sim.personnelFlexNote")).append('\n');
      if (m.cycle().regimes().stream()
          .anyMatch(r -> r.personnelFlex() > Regime.SHORT_TIME_WORK_CEILING)) {
        // review 18, finding 3: beyond what short-time working can save
        b.append("  ").append(l.format("sim.personnelFlexAbove",
            n.percent(Regime.SHORT_TIME_WORK_CEILING))).append('\n');
      }
    }
    ShortTimeWork limits = m.shortTimeWork();
    if (!limits.isNone()) {
      b.append("  ").append(limits(limits, flex || m.stresses().stream()
          .anyMatch(s -> s.personnelFlex() > 0.0))).append('\n');
    }
    if (m.rates().isNone()) {
      b.append("  ").append(l.get("sim.rates.none")).append('\n');
    } else {
      b.append("  ").append(l.format("sim.rates", n.decimal(m.rates().persistence()),
          n.percent(m.rates().volatility()), n.percent(m.rates().initial()))).append('\n');
    }
    return b.toString();
  }

  /**
   * The limits of the payroll flex, in words: {@code the fixed payroll is cut by at most 37.0% a
   * year, in at most 2 years of the path}; or that they change nothing when no regime or stress
   * has a flex.
   */
  private String limits(ShortTimeWork limits, boolean flex) {
    if (!flex) {
      return l.get("sim.shortTimeWork.noFlex");
    }
    boolean deep = limits.maxCut() < 1.0;
    String depth = deep ? l.format("sim.shortTimeWork.depth", n.percent(limits.maxCut()))
        : l.get("sim.shortTimeWork.anyDepth");
    int years = limits.years();
    String span = years == 0 ? ""
        : limits.window() == 0
            ? years == 1 ? l.get("sim.shortTimeWork.path.one")
                : l.format("sim.shortTimeWork.path", years)
            : years == 1 ? l.format("sim.shortTimeWork.window.one", limits.window())
                : l.format("sim.shortTimeWork.window", years, limits.window());
    // "cut by at most 37.0% a year, in at most 2 years…"; "cut in at most 2 years…"
    return l.format("sim.shortTimeWork",
        span.isEmpty() ? depth : depth + (deep ? ", " : " ") + span);
  }

  /** @return a regime's name, the defaults' ({@code expansion}, {@code recession}) translated */
  private String regime(String name) {
    return l.has("sim.regimeName." + name) ? l.get("sim.regimeName." + name) : name;
  }

  private String normal(double mean, double sd) {
    return l.format("sim.normal", n.percent(mean), n.percent(sd));
  }

  private String growth(StressScenario s) {
    List<String> parts = new ArrayList<>();
    for (double g : s.growth()) {
      parts.add(n.percent(g));
    }
    return String.join(", ", parts);
  }

  private String scenario(SimulateCommand.Job job, SimulationResult r, RiskReader.Risk risk,
      StressScenario overlay) {
    StringBuilder b = new StringBuilder();
    Scenario s = job.scenario();
    // the kind beside the name, unless the name says it already ("Fund LBO", "SCOP")
    String kind = kind(s.kind());
    b.append(s.name().equalsIgnoreCase(kind) ? l.format("sim.scenario.named", s.name())
        : l.format("sim.scenario", s.name(), kind)).append('\n');
    String computed = r.cancelled()
        ? l.format("sim.paths.interrupted", n.whole(r.paths()), n.whole(r.pathsRequested()))
        : n.whole(r.paths());
    b.append(l.format("sim.paths", computed));
    if (r.failedPaths() > 0) {
      b.append(l.format("sim.failed", n.whole(r.failedPaths()),
          n.lang() == Lang.FR ? failureInFrench(l, r.firstFailure()) : r.firstFailure()));
    }
    b.append('\n');
    if (r.paths() == 0) {
      return b.append(l.get("sim.noPath")).append('\n').toString();
    }
    double pd = r.defaultProbability();
    double pb = r.covenantBreachProbability();
    String[] labels = {l.get("sim.default"), l.get("sim.exitShortfall"), l.get("sim.breach"),
        l.get("sim.jobs"), r.failedPaths() > 0 ? l.get("sim.notViable") : ""};
    int width = 0;
    for (String label : labels) {
      width = Math.max(width, label.length());
    }
    width += 2;
    if (r.failedPaths() > 0) {
      // not viable: an outcome that counts, a headline beside the default probability (review
      // 36, M1; docs/risk.md §5, "Failed paths")
      b.append(pad(labels[4], width)).append(l.format("sim.notViableShare",
          n.percent(r.failedProbability()), n.whole(r.paths() + r.failedPaths()),
          n.percent(r.failedStandardError()))).append('\n');
    }
    b.append(pad(labels[0], width)).append(defaultProbability(r)).append("  ")
        .append(l.format("sim.standardError", n.percent(r.standardError(pd)))).append('\n');
    b.append(pad(labels[1], width)).append(n.percent(r.exitShortfallProbability())).append("  ")
        .append(l.get(job.deal().soldAtExit() ? "sim.exitShortfallNote"
            : "sim.exitShortfallNote.valued")).append('\n');
    b.append(pad(labels[2], width));
    if (r.covenantsTested()) {
      b.append(n.percent(pb)).append("  ")
          .append(l.format("sim.standardError", n.percent(r.standardError(pb))));
    } else {
      b.append(l.get("sim.noCovenant"));
    }
    b.append('\n');
    if (!Double.isNaN(r.recapDrawnProbability())) {
      // how often the lenders fund the dividend recapitalisation (methodology §5.13)
      b.append(pad("", width)).append(l.format("sim.recap", n.percent(r.recapDrawnProbability()),
          n.percent(r.recapRefusedProbability()))).append('\n');
      if (recapSized(job.deal())) {
        // the paths with no room under the target: neither drawn nor refused (review 33, M2)
        b.append(pad("", width)).append(l.format("sim.recapNoRoom",
            n.percent(r.recapNoRoomProbability()))).append('\n');
      }
      double mean = r.recapMeanBorrowed();
      if (!Double.isNaN(mean) && recapFollowsThePath(job.deal())) {
        // what it borrowed when drawn, said when it follows the path: a multiple of EBITDA or a
        // target leverage (§5.13); an amount set in the file is the same on every path
        org.reprise.cli.text.AmountUnit unit = org.reprise.cli.text.AmountUnit.forDeal(mean);
        b.append(pad("", width)).append(l.format("sim.recapMean",
            n.amount(mean, unit) + "\u00a0" + unit.symbol())).append('\n');
      }
    }
    // the headcount of the paths in payment default during the hold, not a number of jobs lost
    // (review 26, M8): the paths that default only at the exit, where the company is sold or
    // valued as a going concern, are left out and said apart; the risk model's source beside it
    double pHold = holdDefaultProbability(r);
    double inHold = headcountInDefaultDuringHold(r);
    b.append(pad(labels[3], width)).append(l.format("sim.headcountInDefault",
        n.decimal(inHold), n.whole(job.deal().company().headcount()),
        pHold > 0.0 ? n.decimal(inHold / pHold) : n.notAvailable(), n.percent(pHold)))
        .append('\n');
    if (r.expectedJobsAtRiskAtExitOnly() > 0.0) {
      // the part of the paths that default only at the exit, apart (risk.md §5): a sale, or a
      // valuation at the end of the plan where nobody sells (a SCOP, the status quo, a buyout
      // its owners keep: exit.sale false)
      b.append(pad("", width)).append(l.format(job.deal().soldAtExit()
          ? "sim.headcountExitOnly" : "sim.headcountExitOnly.valued",
          n.decimal(r.expectedJobsAtRiskAtExitOnly()))).append('\n');
    }
    if (r.failedPaths() > 0) {
      // the bound that counts the failed paths' headcount at risk, as the default probability's
      // counts them in default (review 36, M1)
      double headcount = job.deal().company().headcount();
      String bound = n.decimal(r.ifFailedScored(inHold, headcount));
      b.append(pad("", width)).append(r.failedPaths() == 1
          ? l.format("sim.headcountIfFailed.one", bound, n.whole(headcount))
          : l.format("sim.headcountIfFailed", bound, n.whole(r.failedPaths()),
              n.whole(headcount))).append('\n');
    }
    b.append(pad("", width)).append(l.format(risk.section() ? "sim.headcountModel"
        : "sim.headcountModel.default", origin(risk))).append('\n');
    b.append(pad("", width)).append(l.get("sim.jobsNote")).append('\n');
    b.append('\n');
    b.append(centre(r)).append(survivorsOnly(r));
    if (overlay != null) {
      // whether and when the stressed plan defaults or breaches (review 36, W2)
      b.append(stressedPlan(job, overlay, risk)).append('\n');
    }
    b.append('\n');

    List<String> header = new ArrayList<>(List.of(""));
    for (int t = 1; t <= r.exitYear(); t++) {
      header.add(String.valueOf(r.baseYear() + t));
    }
    TextTable years = TextTable.of(header);
    years.row(row(l.get("sim.inDefault"), r.defaultProbabilityByYear()));
    years.row(row(l.get("sim.defaulted"), r.cumulativeDefaultProbabilityByYear()));
    if (r.covenantsTested()) {
      years.row(row(l.get("sim.inBreach"), r.covenantBreachProbabilityByYear()));
    }
    b.append(years.render()).append('\n');

    String deterministic = l.get(r.overlay().isEmpty() ? "sim.deterministic"
        : "sim.deterministic.stressed");
    TextTable returns = TextTable.of(l.format("sim.returns", n.percent(pd)), deterministic, "P5", "P25", "P50", "P75", "P95", l.get("sim.mean"),
        l.get("sim.pooled"), l.get("sim.totalLoss"), l.get("sim.p50performing"),
        l.get(atPlanValue(job.deal()) ? "sim.p50inDefault.planValue" : "sim.p50inDefault"));
    for (String party : r.parties()) {
      returns.row(returnRow(l.format("sim.irr", l.name(party)), r, r.metric("irr." + party), true));
      returns.row(returnRow(l.format("sim.moic", l.name(party)), r, r.metric("moic." + party),
          false));
    }
    // the fund's investors' net IRR, when the deal gives the fund's terms (methodology §8.3)
    MetricStatistics net = null;
    for (MetricStatistics m : r.metrics()) {
      net = m.name().equals(org.reprise.sim.Metric.FUND_NET_IRR) ? m : net;
    }
    if (net != null) {
      returns.row(returnRow(l.get("sim.fundNet"), r, net, true));
    }
    b.append(returns.render());
    b.append(survivorsOnly(r));
    if (atPlanValue(job.deal())) {
      // review 36, W3: the paths in default are sold at the plan's valuation
      b.append(l.get(job.deal().exit().value().basis() == org.reprise.model.Valuation.Basis.AMOUNT
          ? "sim.inDefaultAtPlanValue.amount" : "sim.inDefaultAtPlanValue")).append('\n');
    }
    b.append(substitutedNote(r));
    b.append(l.get("sim.pooledNote")).append("\n");
    if (net != null) {
      b.append(l.get("sim.fundNetNote")).append("\n");
    }
    b.append("\n");

    MetricStatistics part = r.metric("employees.participation");
    double headcount = job.deal().company().headcount();
    TextTable p = TextTable.of(l.get("sim.participation"), deterministic, "P5",
        "P25", "P50", "P75", "P95", l.get("sim.mean"), l.get("sim.noParticipation"));
    Distribution d = part.all();
    double f = headcount > 0 ? 1.0 / headcount : Double.NaN;
    p.row(List.of(l.get("sim.overTheHold"), n.whole(part.baseValue() * f), n.whole(d.p5() * f),
        n.whole(d.p25() * f), n.whole(d.p50() * f), n.whole(d.p75() * f),
        n.whole(d.p95() * f), n.whole(d.mean() * f), share(d.pointMass(), r.paths())));
    b.append(p.render());
    if (r.failedPaths() > 0) {
      // the bound that counts the failed paths as paying no participation (review 36, M1)
      String bound = n.whole(r.participationMeanIfFailedPaidNone() * f);
      b.append(r.failedPaths() == 1 ? l.format("sim.participationIfFailed.one", bound)
          : l.format("sim.participationIfFailed", bound, n.whole(r.failedPaths()))).append('\n');
    }
    b.append(survivorsOnly(r));
    return b.toString();
  }

  /**
   * The stressed plan's payment defaults and covenant breaches, by year ({@link StressedPlan}: the
   * deal of the "deterministic, stressed" column); or why the engine refuses it.
   */
  private String stressedPlan(SimulateCommand.Job job, StressScenario overlay,
      RiskReader.Risk risk) {
    org.reprise.model.Deal stressed;
    org.reprise.engine.DealResult result;
    try {
      stressed = StressedPlan.apply(job.deal(), overlay, risk);
      result = org.reprise.engine.LboEngine.DEFAULT.run(stressed);
    } catch (RuntimeException e) { // as the simulation reads the stressed column n/a
      return l.format("stressed.summary", StressedPlan.notComputed(l, lang, e));
    }
    return StressedPlan.summary(l, stressed, result);
  }

  /**
   * The default probability, and when paths failed, the bound counting them as defaults: "35.6%
   * (37.9% if the 241 failed paths defaulted)" (docs/risk.md §5, "Failed paths").
   */
  private String defaultProbability(SimulationResult r) {
    String pd = n.percent(r.defaultProbability());
    if (r.failedPaths() == 0) {
      return pd;
    }
    String bound = n.percent(r.defaultProbabilityIfFailedDefaulted());
    return r.failedPaths() == 1
        ? l.format("sim.ifFailedDefaulted.one", pd, bound)
        : l.format("sim.ifFailedDefaulted", pd, bound, n.whole(r.failedPaths()));
  }

  /**
   * Under a table of distributions, when more than {@link SimulationResult#FAILED_SHARE_NOTED} of
   * the paths failed: "These figures cover the paths computed only: n = 3,969 of 20,000 (80.2% of
   * the paths not viable …)" (review 36, M1); empty otherwise.
   */
  private String survivorsOnly(SimulationResult r) {
    if (!r.survivorsOnly()) {
      return "";
    }
    return l.format("sim.survivorsOnly", n.whole(r.paths()), n.whole(r.paths() + r.failedPaths()),
        n.percent(r.failedProbability())) + "\n";
  }

  /**
   * @return true when a path in default is valued at the plan's exit valuation: the deal gives no
   *     {@code exit.distressedValue} (review 36, W3; methodology §7)
   */
  static boolean atPlanValue(org.reprise.model.Deal deal) {
    return deal.exit().distressedValue() == null;
  }

  /**
   * One line per party some of whose paths have no single IRR and enter the IRR distribution at
   * their annualised multiple (docs/risk.md §5); empty when there are none.
   */
  private String substitutedNote(SimulationResult r) {
    StringBuilder b = new StringBuilder();
    for (String party : r.parties()) {
      long count = r.metric("irr." + party).all().substituted();
      if (count > 0) {
        b.append(l.format(count == 1 ? "sim.substituted.one" : "sim.substituted", party,
            n.whole(count), share(count, r.paths()))).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * Where the simulation is centred: the exit's revenue and EBITDA of the plan (the
   * deterministic run), their median and mean over the paths, and how far these are from the plan.
   */
  private String centre(SimulationResult r) {
    TextTable t = TextTable.of(l.format("sim.centre", String.valueOf(r.baseYear() + r.exitYear())),
        l.get(r.overlay().isEmpty() ? "sim.centre.plan" : "sim.centre.stressedPlan"), "P50",
        l.get("sim.mean"), l.get("sim.centre.p50VsPlan"),
        l.get("sim.centre.meanVsPlan"));
    List<String[]> rows = new ArrayList<>(List.of(
        new String[] {"exit.revenue", "sim.centre.revenue"},
        new String[] {"exit.ebitda", "sim.centre.ebitda"}));
    // the EBITDA the exit valued, when it is not the exit year's as charged: a forward multiple,
    // or short-time working's saving taken out (methodology §7; review 22, finding 1)
    MetricStatistics charged = r.metric("exit.ebitda");
    MetricStatistics valued = r.metric("exit.valuedEbitda");
    if (valued != null && differs(charged, valued)) {
      rows.add(new String[] {"exit.valuedEbitda", "sim.centre.valuedEbitda"});
    }
    for (String[] row : rows) {
      MetricStatistics m = r.metric(row[0]);
      double plan = m.baseValue();
      Distribution d = m.all();
      t.row(l.get(row[1]), n.whole(plan), n.whole(d.p50()), n.whole(d.mean()),
          relative(d.p50(), plan), relative(d.mean(), plan));
    }
    return t.render();
  }

  /** @return true when two metrics' plan values or distributions are not the same */
  private static boolean differs(MetricStatistics a, MetricStatistics b) {
    Distribution x = a.all();
    Distribution y = b.all();
    return Double.compare(a.baseValue(), b.baseValue()) != 0
        || Double.compare(x.mean(), y.mean()) != 0
        || Double.compare(x.p50(), y.p50()) != 0;
  }

  /** @return {@code value / plan − 1} as a signed percentage, n/a when the plan is not positive */
  private String relative(double value, double plan) {
    if (!(plan > 0.0) || !Double.isFinite(value)) {
      return n.notAvailable();
    }
    double x = value / plan - 1.0;
    return (x > 0.0 ? "+" : "") + n.percent(x);
  }

  private static String pad(String label, int width) {
    return label + " ".repeat(Math.max(1, width - label.length()));
  }

  /** The kind of a scenario in words of the report's language: status quo, fund LBO, SCOP… */
  private String kind(String kind) {
    String key = "sim.kind." + kind;
    return l.has(key) ? l.get(key) : kind;
  }

  private List<String> row(String label, double[] values) {
    List<String> row = new ArrayList<>(List.of(label));
    for (double v : values) {
      row.add(probability(v));
    }
    return row;
  }

  /** Below the table's resolution of 0.1 %: a probability that is small, not nil. */
  private static final double SMALLEST_SHOWN = 0.0005;

  /**
   * @return a probability to one decimal; "< 0.1%" for one above 0 that would read 0.0% (six
   *     paths of 20,000 are not none: review 16, finding 11)
   */
  private String probability(double p) {
    return p > 0.0 && p < SMALLEST_SHOWN ? "< " + n.percent(0.001) : n.percent(p);
  }

  private List<String> returnRow(String label, SimulationResult r, MetricStatistics m,
      boolean rate) {
    Distribution d = m.all();
    return List.of(label, format(m.baseValue(), rate), format(d.p5(), rate),
        format(d.p25(), rate), format(d.p50(), rate), format(d.p75(), rate),
        format(d.p95(), rate), format(d.mean(), rate),
        format(SimulateCommand.pooled(r, m.name()), rate), share(d.pointMass(), r.paths()),
        format(m.performing().p50(), rate), format(m.defaulted().p50(), rate));
  }

  private String format(double v, boolean rate) {
    return rate ? n.percent(v) : n.multiple(v);
  }

  private String share(long count, long total) {
    return total == 0 ? n.notAvailable() : n.percent((double) count / total);
  }

  /**
   * The scenarios side by side. When some scenario has failed paths (review 36, M1), their share
   * has a column of its own beside the default probability, and each headline of such a scenario
   * its bound in brackets, the failed paths counted (as defaults, their headcount at risk, no
   * participation), so that a scenario is not ranked on its surviving paths only; a file with no
   * failed path gets the table it always had.
   */
  private String sideBySide(List<SimulateCommand.Job> jobs, List<SimulationResult> results) {
    boolean failed = results.stream().anyMatch(r -> r.failedPaths() > 0);
    List<String> header = new ArrayList<>(List.of(l.get("sim.sideBySide"), l.get("sim.kind"),
        l.get("sim.pathsColumn")));
    if (failed) {
      header.add(l.get("sim.notViableColumn"));
    }
    header.addAll(List.of(l.get("sim.defaultColumn"), l.get("sim.breachColumn"),
        l.get("sim.jobsColumn"), l.get("sim.participationColumn")));
    TextTable t = TextTable.of(header);
    t.align(1, TextTable.Align.LEFT);
    for (int i = 0; i < results.size(); i++) {
      SimulationResult r = results.get(i);
      SimulateCommand.Job job = jobs.get(i);
      double headcount = job.deal().company().headcount();
      double part = r.metric("employees.participation").all().mean();
      double jobsInHold = headcountInDefaultDuringHold(r);
      String pd = n.percent(r.defaultProbability());
      String jobsAtRisk = n.decimal(jobsInHold);
      String perEmployee = headcount > 0 ? n.whole(part / headcount) : n.notAvailable();
      if (r.failedPaths() > 0) {
        pd = l.format("sim.bound", pd, n.percent(r.defaultProbabilityIfFailedDefaulted()));
        jobsAtRisk = l.format("sim.bound", jobsAtRisk,
            n.decimal(r.ifFailedScored(jobsInHold, headcount)));
        perEmployee = headcount > 0 ? l.format("sim.bound", perEmployee,
            n.whole(r.participationMeanIfFailedPaidNone() / headcount)) : perEmployee;
      }
      List<String> row = new ArrayList<>(List.of(job.scenario().name(),
          kind(job.scenario().kind()), n.whole(r.paths())));
      if (failed) {
        row.add(probability(r.failedProbability()));
      }
      row.addAll(List.of(pd,
          r.covenantsTested() ? n.percent(r.covenantBreachProbability()) : l.get("sim.noCovenant"),
          jobsAtRisk, perEmployee));
      t.row(row);
    }
    return failed ? t.render() + l.get("sim.sideBySide.failedNote") + "\n" : t.render();
  }

  /**
   * @return the probability of a payment default during the hold: every default but those at the
   *     exit only ({@link SimulationResult#exitShortfallProbability})
   */
  static double holdDefaultProbability(SimulationResult r) {
    return Math.max(0.0, r.defaultProbability() - r.exitShortfallProbability());
  }

  /**
   * @return the expected headcount of the paths in payment default during the hold: the headcount
   *     in the first year of default averaged over all paths ({@link
   *     SimulationResult#expectedJobsAtRisk}), less the part of the paths that default only at the
   *     exit ({@link SimulationResult#expectedJobsAtRiskAtExitOnly}); review 26, M8
   */
  static double headcountInDefaultDuringHold(SimulationResult r) {
    return Math.max(0.0, r.expectedJobsAtRisk() - r.expectedJobsAtRiskAtExitOnly());
  }

  /** "path 38: key.path: message", as the simulator words a failed path. */
  private static final Pattern FAILURE = Pattern.compile("path (\\d+): (.*)", Pattern.DOTALL);

  /**
   * The simulator's first failure in French ("trajectoire 38 : key.path : message", label {@code
   * sim.failedPath}), the message through {@link MessagesFr} (left in English when no template
   * covers it).
   */
  static String failureInFrench(Labels french, String failure) {
    Matcher m = FAILURE.matcher(failure);
    if (!m.matches()) {
      return failure;
    }
    String rest = m.group(2);
    String translated = MessagesFr.strict(rest).orElse(null);
    int colon = rest.indexOf(": ");
    if (translated == null && colon > 0) {
      String path = rest.substring(0, colon);
      translated =
          MessagesFr.strict(rest.substring(colon + 2)).map(t -> path + " : " + t).orElse(null);
    }
    return french.format("sim.failedPath", m.group(1), translated == null ? rest : translated);
  }

  /** @return true when a dividend recapitalisation of the deal is sized to a target leverage */
  static boolean recapSized(org.reprise.model.Deal deal) {
    for (org.reprise.model.Tranche t : deal.financing().debt()) {
      if (t.drawnLater() && t.draw().sized()) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return true when a dividend recapitalisation of the deal borrows an amount that differs per
   *     path: a multiple of the EBITDA of the year before, or sized to a target net leverage
   */
  static boolean recapFollowsThePath(org.reprise.model.Deal deal) {
    for (org.reprise.model.Tranche t : deal.financing().debt()) {
      if (t.drawnLater() && (t.draw().sized()
          || t.size().basis() == org.reprise.model.Tranche.Size.Basis.EBITDA_MULTIPLE)) {
        return true;
      }
    }
    return false;
  }
}
