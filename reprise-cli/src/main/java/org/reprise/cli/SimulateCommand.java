package org.reprise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.reprise.cli.text.Labels;
import org.reprise.cli.text.Lang;
import org.reprise.cli.text.Numbers;
import org.reprise.io.DealWarnings;
import org.reprise.io.RiskReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.io.result.SimulationJson;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.Exit;
import org.reprise.model.risk.StressScenario;
import org.reprise.sim.DealEdits;
import org.reprise.sim.MetricStatistics;
import org.reprise.sim.ProgressListener;
import org.reprise.sim.SimulationResult;
import org.reprise.sim.Simulator;
import org.reprise.sim.stats.Distribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code reprise simulate FILE --paths N --seed S}: Monte Carlo simulation of every ownership
 * scenario of a deal file under the file's risk model (docs/risk.md), with the default probability,
 * covenant breaches, jobs at risk and the distribution of each party's returns.
 *
 * <p>Every check is made before any path is drawn. The results depend on the file, the seed, the
 * number of paths and {@code --years} / {@code --stress}, never on {@code --threads}. Ctrl-C stops
 * the workers after their current chunk of paths and prints the results of the paths done (exit
 * code {@value #INTERRUPTED}).
 */
@Command(
    name = "simulate",
    usageHelpAutoWidth = true,
    description = {
      "Simulate a deal thousands of times along random business cycles (Monte Carlo) and print, "
          + "for each ownership scenario of the file: the probability of a payment default and of "
          + "a covenant breach by year and up to the exit, the expected jobs at risk, the "
          + "distribution of each party's IRR and multiple beside the default frequency, and the "
          + "employees' participation.",
      "The risk model is the file's `risk` section, or documented defaults for an automotive "
          + "supplier (docs/risk.md)."
    })
final class SimulateCommand extends DealCommand {

  /** Largest number of paths a run may ask for. */
  static final long MAX_PATHS = 10_000_000L;

  /** Exit code after Ctrl-C: 128 + SIGINT, as a shell reports it. */
  static final int INTERRUPTED = 130;

  @Parameters(index = "0", paramLabel = "FILE", description = "The deal file (YAML or JSON).")
  Path file;

  @Option(
      names = "--paths",
      converter = RunCommand.WholeNumberConverter.class,
      required = true,
      paramLabel = "N",
      description = "Number of random paths per scenario, 1 to 10,000,000.")
  long paths;

  @Option(
      names = "--seed",
      converter = RunCommand.WholeNumberConverter.class,
      required = true,
      paramLabel = "S",
      description = "Seed of the random numbers: the same seed gives the same results.")
  long seed;

  @Option(
      names = "--years",
      paramLabel = "Y",
      description = "Simulate a shorter hold: exit after Y years (at most the deal's own hold, "
          + "exit.year − company.baseYear), valued with the deal's exit multiple.")
  Integer years;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads, 1 to 256 (default: the number of processors). The results "
          + "do not depend on it.")
  Integer threads;

  @Option(
      names = "--stress",
      paramLabel = "NAME",
      description = "Apply this stress scenario (for example 2009) on every path in its years; "
          + "the other years stay random.")
  String stress;

  @Option(
      names = "--scenario",
      paramLabel = "NAME",
      description = "Simulate only this scenario of the file's `scenarios` list.")
  String scenario;

  @Option(
      names = "--json",
      description = "Print the results as JSON instead (format: docs/risk.md).")
  boolean json;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = RunCommand.LangConverter.class,
      description = "Language of the tables and number format: en (12.5%%, 1,234) or fr "
          + "(12,5 %%, 1 234). Default: ${DEFAULT-VALUE}. The JSON does not change.")
  Lang lang;

  /** Set by Ctrl-C (or a test): the workers stop after their current chunk. */
  final AtomicBoolean cancel = new AtomicBoolean();

  /** Told of the paths done in the whole run (tests use it to interrupt a run). */
  LongConsumer onProgress = done -> {};

  /** A scenario ready to simulate. */
  record Job(Scenario scenario, Deal deal) {}

  @Override
  int execute() {
    checkOptions();
    ScenarioReader.Scenarios all = readScenarios(file);
    RiskReader.Risk risk = RiskReader.read(file);
    StressScenario overlay = overlay(risk);
    List<Job> jobs = jobs(pick(all.scenarios()), overlay, risk);
    int workers = threads == null ? defaultThreads() : threads;

    Interrupt interrupt = Interrupt.install(cancel);
    try {
      PrintWriter err = spec.commandLine().getErr();
      ProgressBar bar = ProgressBar.forTerminal(err, paths * jobs.size(), "paths", lang);
      List<SimulationResult> results = new ArrayList<>();
      long offset = 0;
      for (Job job : jobs) {
        if (cancel.get()) {
          break;
        }
        long before = offset;
        ProgressListener listener = (done, total) -> {
          bar.update(before + done);
          onProgress.accept(before + done);
        };
        results.add(Simulator.DEFAULT.run(
            job.deal(), risk.model(), overlay, paths, seed, workers, listener, cancel::get));
        offset += paths;
      }
      bar.close();
      PrintWriter out = spec.commandLine().getOut();
      int horizon = years != null ? years : maxExitYear(jobs);
      boolean cancelled = results.size() < jobs.size()
          || results.stream().anyMatch(SimulationResult::cancelled);
      if (json) {
        out.print(SimulationJson.toJson(
            header(all.name(), horizon, overlay, risk, cancelled, warnings(jobs)),
            runs(jobs, results, overlay, risk)));
      } else {
        out.print(new SimulationReport(lang)
            .render(all.name(), paths, seed, horizon, overlay, risk, jobs, results));
      }
      out.flush();
      return cancelled ? INTERRUPTED : Main.OK;
    } finally {
      interrupt.done();
    }
  }

  private void checkOptions() {
    if (paths < 1 || paths > MAX_PATHS) {
      throw new ParameterException(spec.commandLine(),
          "--paths: expected between 1 and 10,000,000 paths, found " + paths);
    }
    if (threads != null && (threads < 1 || threads > Simulator.MAX_THREADS)) {
      throw new ParameterException(spec.commandLine(),
          "--threads: expected between 1 and " + Simulator.MAX_THREADS + ", found " + threads);
    }
    if (years != null && years < 1) {
      throw new ParameterException(spec.commandLine(),
          "--years: expected at least 1 year, found " + years);
    }
  }

  static int defaultThreads() {
    return Math.max(1, Math.min(Simulator.MAX_THREADS, Runtime.getRuntime().availableProcessors()));
  }

  private StressScenario overlay(RiskReader.Risk risk) {
    if (stress == null) {
      return null;
    }
    try {
      return StressedPlan.named(risk, stress);
    } catch (DealException e) {
      throw new ParameterException(spec.commandLine(), "--stress: " + message(e));
    }
  }

  private List<Scenario> pick(List<Scenario> scenarios) {
    if (scenario == null) {
      return scenarios;
    }
    List<String> names = new ArrayList<>();
    for (Scenario s : scenarios) {
      if (s.name().equals(scenario)) {
        return List.of(s);
      }
      names.add("\"" + s.name() + "\"");
    }
    throw new InputException(file, "no scenario named \"" + scenario + "\"; the scenarios are "
        + String.join(", ", names));
  }

  /**
   * The deals to simulate, with {@code --years} applied; every check (the hold, the stress's
   * years, the deterministic run of each deal) before any path is drawn.
   */
  private List<Job> jobs(List<Scenario> scenarios, StressScenario overlay, RiskReader.Risk risk) {
    List<Job> jobs = new ArrayList<>();
    for (Scenario s : scenarios) {
      Deal deal = s.deal();
      Exit exit = deal.exit();
      if (years != null) {
        if (years > exit.year()) {
          throw new ParameterException(spec.commandLine(), "--years: expected at most "
              + exit.year() + " years for " + quoted(s) + ": its hold is " + exit.year()
              + " years (exit.year " + (deal.company().base().year() + exit.year())
              + " − company.baseYear " + deal.company().base().year() + "); --years only"
              + " shortens the hold: to simulate a longer one, move exit.year in the file");
        }
        deal = DealEdits.withExit(deal, exit.withYear(years));
      }
      if (overlay != null) {
        StressedPlan.checkStart(s, deal, overlay, risk);
      }
      try {
        run(deal); // the engine's own checks, before any path
      } catch (DealException e) {
        throw s.locate(e);
      }
      jobs.add(new Job(s, deal));
    }
    return jobs;
  }

  private static String quoted(Scenario s) {
    return s.path().isEmpty() ? "the deal" : "scenario \"" + s.name() + "\"";
  }

  private static int maxExitYear(List<Job> jobs) {
    int max = 0;
    for (Job j : jobs) {
      max = Math.max(max, j.deal().exit().year());
    }
    return max;
  }

  /**
   * @return true when {@code stress} replaces the growth of every year from 1 to {@code exit} (an
   *     absolute stress: one relative to the plan keeps each path's own growth underneath)
   */
  static boolean coversHold(StressScenario stress, int exitYear) {
    return !stress.relativeToPlan() && stress.startYear() == 1 && stress.length() >= exitYear;
  }

  /** @return the message of a {@link DealException} without its path */
  static String message(DealException e) {
    String m = e.getMessage();
    String prefix = e.path() + ": ";
    return !e.path().isEmpty() && m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }

  private SimulationJson.Header header(String dealName, int horizon, StressScenario overlay,
      RiskReader.Risk risk, boolean cancelled, List<DealWarnings.Shared> warnings) {
    return new SimulationJson.Header(dealName, paths, seed, horizon, overlay, risk.model(),
        risk.origin(), risk.defaults(), cancelled, warnings);
  }

  /** @return the input warnings of the scenarios simulated, each once */
  static List<DealWarnings.Shared> warnings(List<Job> jobs) {
    List<Scenario> simulated = new ArrayList<>();
    for (Job job : jobs) {
      simulated.add(job.scenario());
    }
    return DealWarnings.of(simulated);
  }

  /**
   * The plain records of the JSON writer.
   *
   * @param overlay the stress of every path, or {@code null}: each scenario's stressed plan is then
   *     run once ({@link StressedPlan#outcome}), as the text report's line says it
   * @param risk the file's risk model
   */
  static List<SimulationJson.Run> runs(List<Job> jobs, List<SimulationResult> results,
      StressScenario overlay, RiskReader.Risk risk) {
    List<SimulationJson.Run> runs = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      Job job = jobs.get(i);
      SimulationResult r = results.get(i);
      SimulationJson.StressedPlan stressed = overlay == null ? null
          : StressedPlan.outcome(job.deal(), overlay, risk).plan();
      List<SimulationJson.Metric> metrics = new ArrayList<>();
      for (MetricStatistics m : r.metrics()) {
        metrics.add(new SimulationJson.Metric(m.name(), m.baseValue(), summary(m.all()),
            summary(m.performing()), summary(m.defaulted()), pooled(r, m.name())));
      }
      runs.add(new SimulationJson.Run(job.scenario().name(), job.scenario().kind(), r.paths(),
          r.failedPaths(), r.firstFailure(), r.cancelled(), r.baseYear(), r.exitYear(),
          r.defaultProbability(), r.exitShortfallProbability(),
          r.defaultProbabilityIfFailedDefaulted(), r.defaultProbabilityByYear(),
          r.firstDefaultProbabilityByYear(), r.cumulativeDefaultProbabilityByYear(),
          r.covenantsTested(), r.covenantBreachProbability(), r.covenantBreachProbabilityByYear(),
          r.cumulativeBreachProbabilityByYear(), job.deal().company().headcount(),
          r.meanHeadcountInDefault(), r.expectedJobsAtRisk(), r.expectedJobsAtRiskAtExitOnly(),
          r.recapDrawnProbability(), r.recapRefusedProbability(), r.recapNoRoomProbability(),
          r.recapMeanBorrowed(),
          r.parties(), metrics, stressed));
    }
    return runs;
  }

  /** @return the pooled IRR or multiple of a return metric, NaN for the other metrics */
  static double pooled(SimulationResult r, String metric) {
    for (int k = 0; k < r.parties().size(); k++) {
      String party = r.parties().get(k);
      if (metric.equals("irr." + party)) {
        return r.pooledIrr(k);
      }
      if (metric.equals("moic." + party)) {
        return r.pooledMoic(k);
      }
    }
    return Double.NaN;
  }

  private static SimulationJson.Summary summary(Distribution d) {
    return new SimulationJson.Summary(d.count(), d.undefined(), d.substituted(), d.pointMass(),
        d.mean(), d.min(),
        d.p5(), d.p25(), d.p50(), d.p75(), d.p95(), d.max());
  }

  /**
   * Ctrl-C: a shutdown hook that sets the cancel flag, then waits for the command to print the
   * results of the paths done (the JVM then exits with code 130).
   */
  static final class Interrupt {
    private final Thread hook;
    private final CountDownLatch printed = new CountDownLatch(1);

    private Interrupt(AtomicBoolean cancel) {
      hook = new Thread(() -> {
        cancel.set(true);
        try {
          printed.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "reprise-interrupt");
    }

    static Interrupt install(AtomicBoolean cancel) {
      Interrupt i = new Interrupt(cancel);
      try {
        Runtime.getRuntime().addShutdownHook(i.hook);
      } catch (IllegalStateException e) {
        cancel.set(true); // already shutting down
      }
      return i;
    }

    /** The results are printed: lets a pending Ctrl-C finish, and removes the hook. */
    void done() {
      printed.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // shutting down: the hook is running and may now return
      }
    }
  }

  /**
   * A one-line progress bar on standard error, redrawn at most every 200 ms, shown only when
   * standard error is a terminal ({@link #stderrIsTerminal}), in the language of the tables.
   */
  static final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintWriter err;
    private final boolean enabled;
    private final long total;
    private final String unit;
    private final Labels labels;
    private final Numbers numbers;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int lastLength;
    private boolean drawn;

    /**
     * @param unit what is counted: "paths" or "cells" (the label {@code progress.<unit>})
     */
    ProgressBar(PrintWriter err, boolean enabled, long total, String unit, Lang lang) {
      this.err = err;
      this.enabled = enabled;
      this.total = Math.max(1, total);
      this.labels = new Labels(lang);
      this.unit = labels.get("progress." + unit);
      this.numbers = new Numbers(lang);
    }

    /**
     * System property the {@code reprise} launcher sets to {@code true} or {@code false} after
     * testing its standard error ({@code [ -t 2 ]}): Java itself can only tell whether standard
     * input and output are both a terminal ({@link System#console()}), so a run whose output is
     * redirected to a file ({@code --json > out.json}) would otherwise draw no bar.
     */
    static final String STDERR_TERMINAL = "reprise.stderrTerminal";

    /**
     * @return the launcher's answer ({@link #STDERR_TERMINAL}) when it gave one, else whether the
     *     JVM has a console (started with {@code java -jar}: standard input and output terminals)
     */
    static boolean stderrIsTerminal() {
      String told = System.getProperty(STDERR_TERMINAL);
      return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /** @return a bar on {@code err} when it is a terminal, else one that prints nothing */
    static ProgressBar forTerminal(PrintWriter err, long total, String unit, Lang lang) {
      return new ProgressBar(err, stderrIsTerminal(), total, unit, lang);
    }

    synchronized void update(long done) {
      if (!enabled) {
        return;
      }
      long now = System.nanoTime();
      if (drawn && now - lastDraw < REDRAW_NANOS && done < total) {
        return;
      }
      lastDraw = now;
      drawn = true;
      String line = line(done, (now - start) / 1e9);
      StringBuilder b = new StringBuilder("\r").append(line);
      for (int i = line.length(); i < lastLength; i++) {
        b.append(' ');
      }
      lastLength = line.length();
      err.print(b);
      err.flush();
    }

    /** @return the bar's text for {@code done} units after {@code seconds} */
    String line(long done, double seconds) {
      double share = Math.min(1.0, (double) done / total);
      int filled = (int) Math.round(share * WIDTH);
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < WIDTH; i++) {
        b.append(i < filled ? '#' : '.');
      }
      b.append(labels.format("progress.bar", (int) (share * 100), numbers.whole(done),
          numbers.whole(total), unit));
      if (done > 0 && done < total && seconds > 1.0) {
        long left = Math.round(seconds * (total - done) / done);
        // under half a second left rounds to 0: "less than 1 s", not "about 0 s"
        b.append(left < 1 ? labels.get("progress.lessThanASecond")
            : labels.format("progress.left", left));
      }
      return b.toString();
    }

    /** Erases the bar. */
    synchronized void close() {
      if (drawn) {
        err.print("\r" + " ".repeat(lastLength) + "\r");
        err.flush();
      }
    }
  }
}
