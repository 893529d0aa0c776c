package org.reprise.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reprise.cli.text.Lang;
import org.reprise.io.KeyPathEdits;
import org.reprise.io.MessagesFr;
import org.reprise.io.RiskReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.io.result.GridJson;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.risk.StressScenario;
import org.reprise.sim.Simulator;
import org.reprise.sim.grid.Grid;
import org.reprise.sim.grid.GridAxis;
import org.reprise.sim.grid.GridInput;
import org.reprise.sim.grid.GridMetric;
import org.reprise.sim.grid.GridParameters;
import org.reprise.sim.grid.GridResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code reprise grid FILE --x entry.multiple=5:9:0.5 --y exit.multiple=5:9:0.5 --metric
 * fund.irr}: a sensitivity grid, one metric over two inputs of the deal (docs/risk.md,
 * "Sensitivity grids"). Every check — the axes, their number of points, the values of key paths
 * (for two key paths, both values of each cell together), the metric, the simulation settings —
 * is made before any cell is computed. A cell that cannot be computed is shown as {@code n/a}
 * with its reason; the others are computed. Ctrl-C prints the cells done and exits with code 130.
 */
@Command(
    name = "grid",
    usageHelpAutoWidth = true,
    description = {
      "Compute one result of a deal over a grid of two of its inputs: for example the fund's IRR "
          + "for each entry and exit multiple, or the probability of a payment default for each "
          + "level of debt and depth of recession.",
      "Inputs: entry.multiple, exit.multiple, exit.year, leverage, debt.rate, growth, "
          + "recession.depth, recession.growth, recession.probability, or any number of the deal"
          + " file by its key path "
          + "(financing.cashSweep, financing.debt[1].rate.margin). "
          + "Results: <party>.irr, <party>.moic (deterministic), default.probability, "
          + "breach.probability (Monte Carlo: need --paths and --seed)."
    })
final class GridCommand extends DealCommand {

  /** Most paths a Monte Carlo grid may simulate in all its cells. */
  static final long MAX_TOTAL_PATHS = 100_000_000L;

  /** A number: digits with an optional decimal part and exponent ({@code 1e-3}, review 36, X5). */
  private static final String NUMBER =
      "\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)(\\s*%)?\\s*";
  private static final Pattern RANGE =
      Pattern.compile("([^=]+)=" + NUMBER + ":" + NUMBER + ":" + NUMBER);
  private static final Pattern LIST =
      Pattern.compile("([^=]+)=(" + NUMBER + "(?:," + NUMBER + ")*)");

  @Parameters(index = "0", paramLabel = "FILE", description = "The deal file (YAML or JSON).")
  Path file;

  @Option(
      names = "--x",
      required = true,
      paramLabel = "INPUT=FROM:TO:STEP",
      description = "The input across, with its values: a range such as entry.multiple=5:9:0.5 "
          + "(the end included), or a list such as leverage=0.5,1,1.5. Rates may be written "
          + "with %%: debt.rate=-1%%:2%%:0.5%%.")
  String x;

  @Option(
      names = "--y",
      required = true,
      paramLabel = "INPUT=FROM:TO:STEP",
      description = "The input down, written the same way.")
  String y;

  @Option(
      names = "--metric",
      required = true,
      paramLabel = "METRIC",
      description = "What each cell shows: <party>.irr or <party>.moic (for example fund.irr), "
          + "default.probability or breach.probability.")
  String metric;

  @Option(
      names = "--paths",
      converter = RunCommand.WholeNumberConverter.class,
      paramLabel = "N",
      description = "Monte Carlo metrics: paths per cell, 1 to 10,000,000.")
  Long paths;

  @Option(
      names = "--seed",
      converter = RunCommand.WholeNumberConverter.class,
      paramLabel = "S",
      description = "Monte Carlo metrics: the seed of every cell (the same random numbers in "
          + "every cell).")
  Long seed;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Cells computed in parallel, 1 to 256 (default: the number of processors). "
          + "The results do not depend on it.")
  Integer threads;

  @Option(
      names = "--stress",
      paramLabel = "NAME",
      description = "Apply this stress scenario in every cell (to the deal, or on every path).")
  String stress;

  @Option(
      names = "--scenario",
      paramLabel = "NAME",
      description = "Use this scenario of the file's `scenarios` list instead of the top-level "
          + "deal.")
  String scenario;

  @Option(names = "--json", description = "Print the grid as JSON instead (format: docs/risk.md).")
  boolean json;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = RunCommand.LangConverter.class,
      description = "Language of the table and number format: en (12.5%%, 7.5×) or fr "
          + "(12,5 %%, 7,5×). Default: ${DEFAULT-VALUE}. The JSON does not change.")
  Lang lang;

  /** Set by Ctrl-C (or a test). */
  final AtomicBoolean cancel = new AtomicBoolean();

  /**
   * An axis as written: name and values; for a list, each value's text as the user wrote it
   * ({@code tokens}, null for a range).
   */
  record Spec(String name, double[] values, double from, double to, double step, boolean range,
      boolean percent, String[] tokens) {
    /** @return {@code v}, one of this axis's values, as the user wrote it: 7.5 or -8% */
    String written(double v) {
      if (tokens != null) {
        // a list keeps each value's own text: "0.5%,1.5" echoes 1.5 as 1.5, not 150%
        for (int i = 0; i < values.length; i++) {
          if (Double.compare(values[i], v) == 0) {
            return tokens[i];
          }
        }
      }
      return percent
          ? BigDecimal.valueOf(v).movePointRight(2).stripTrailingZeros().toPlainString() + "%"
          : GridReport.plainNumber(v);
    }
  }

  @Override
  int execute() {
    Spec xs = spec("--x", x);
    Spec ys = spec("--y", y);
    if (xs.name().equals(ys.name())) {
      throw usage("--y", say("the two axes must vary different inputs, both vary " + xs.name()));
    }
    int workers = threads == null ? SimulateCommand.defaultThreads() : threads;
    if (workers < 1 || workers > Simulator.MAX_THREADS) {
      throw usage("--threads", say("expected between 1 and " + Simulator.MAX_THREADS + ", found "
          + workers));
    }
    Deal deal;
    String scenarioName = null;
    String scenarioPath = "";
    Scenario picked = null;
    if (scenario == null) {
      deal = read(file);
    } else {
      picked = pick(readScenarios(file).scenarios());
      deal = picked.deal();
      scenarioName = picked.name();
      scenarioPath = picked.path();
    }
    if (stress != null && (GridParameters.RECESSION_DEPTH.equals(xs.name())
        || GridParameters.RECESSION_DEPTH.equals(ys.name()))) {
      throw usage("--stress", say("a " + GridParameters.RECESSION_DEPTH + " axis applies its own"
          + " scaled \"" + GridParameters.RECESSION_STRESS + "\" stress in every cell, in place of"
          + " any other: drop --stress, or vary another input"));
    }
    RiskReader.Risk risk = RiskReader.read(file);
    StressScenario overlay = null;
    if (stress != null) {
      try {
        overlay = StressedPlan.named(risk, stress);
      } catch (DealException e) {
        throw usage("--stress", message(e));
      }
      checkStressApplies(overlay, deal, risk, xs, ys, picked);
    }
    GridInput base = new GridInput(deal, risk.model(), overlay);
    // an input that is not one of the named ones is a key path of the file: the cells are then
    // read from the edited file (KeyPaths), the named inputs applied to that deal
    KeyPaths keyPaths =
        GridParameters.NAMES.contains(xs.name()) && GridParameters.NAMES.contains(ys.name())
            ? null : new KeyPaths(file, base, scenario, stress);
    GridAxis<GridInput> xAxis = null;
    GridAxis<GridInput> yAxis = null;
    GridAxis<KeyPaths.Cell> xCells = null;
    GridAxis<KeyPaths.Cell> yCells = null;
    if (keyPaths == null) {
      xAxis = axis("--x", xs, base);
      yAxis = axis("--y", ys, base);
    } else {
      xCells = cellAxis("--x", xs, base, keyPaths);
      yCells = cellAxis("--y", ys, base, keyPaths);
    }
    try {
      if (keyPaths == null) {
        Grid.check(xAxis, yAxis);
      } else {
        Grid.check(xCells, yCells);
      }
    } catch (DealException e) {
      throw usage("--x, --y", message(e));
    }
    boolean depthAxis = GridParameters.RECESSION_DEPTH.equals(xs.name())
        || GridParameters.RECESSION_DEPTH.equals(ys.name());
    if (keyPaths != null) {
      checkOverlaps(xs, ys, risk, base, depthAxis, keyPaths, scenarioPath);
      checkValues("--x", xs, xCells, yCells, true, keyPaths, workers);
      checkValues("--y", ys, yCells, xCells, false, keyPaths, workers);
      checkExitYears("--x", xCells, yCells, keyPaths);
      checkExitYears("--y", yCells, xCells, keyPaths);
    }
    int cells = keyPaths == null ? xAxis.size() * yAxis.size() : xCells.size() * yCells.size();
    List<String> parties = GridMetric.parties(base); // the deal's own checks, before any cell
    boolean monteCarlo;
    try {
      monteCarlo = GridMetric.isMonteCarlo(metric, parties);
    } catch (DealException e) {
      throw usage("--metric", message(e));
    }
    checkSimulation(monteCarlo, cells);
    if (!monteCarlo) {
      for (Spec a : List.of(xs, ys)) {
        boolean cycle = a.name().equals(GridParameters.RECESSION_GROWTH)
            || a.name().equals(GridParameters.RECESSION_PROBABILITY);
        // under --stress the stressed deal reads the file's stresses and the limits of their
        // personnel flexibility: their keys move it (review 18, finding 6: a stress's
        // personnelFlex)
        // (or the "2009" of a recession.depth axis, which scales each cell's own)
        boolean stressKey = (stress != null || depthAxis) && (a.name().startsWith("risk.stress[")
            || a.name().startsWith("risk.shortTimeWork."));
        if (cycle || !GridParameters.NAMES.contains(a.name()) && KeyPaths.isRisk(a.name())
            && !stressKey) {
          throw usage(a == xs ? "--x" : "--y", say(a.name() + " is part of the risk model,"
              + " which only the Monte Carlo metrics (" + GridMetric.DEFAULT_PROBABILITY + ", "
              + GridMetric.BREACH_PROBABILITY + ") use; " + metric + " is computed on the"
              + " deterministic deal"));
        }
      }
    }
    if (keyPaths != null) {
      checkCells(xs, xCells, ys, yCells, keyPaths, workers);
    }
    GridMetric m = GridMetric.of(metric, parties, monteCarlo ? paths : 0,
        monteCarlo ? seed : 0, cancel::get);

    SimulateCommand.Interrupt interrupt = SimulateCommand.Interrupt.install(cancel);
    try {
      SimulateCommand.ProgressBar bar = SimulateCommand.ProgressBar.forTerminal(
          spec.commandLine().getErr(), cells, "cells", lang);
      GridResult r = keyPaths == null
          ? Grid.evaluate(base, xAxis, yAxis, m.value(), workers,
              (done, total) -> bar.update(done), cancel::get)
          : Grid.evaluate(KeyPaths.Cell.NONE, xCells, yCells, keyPaths.metric(m.value()),
              workers, (done, total) -> bar.update(done), cancel::get);
      bar.close();
      GridJson.Grid g = new GridJson.Grid(deal.name(), scenarioName, m.name(), m.unit(),
          monteCarlo, monteCarlo ? paths : 0, monteCarlo ? seed : 0, r.xName(), r.x(), r.yName(),
          r.y(), r.values(), r.failures(), r.cancelled() || cancel.get());
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? GridJson.toJson(g) : new GridReport(lang).render(g, overlay, base));
      out.flush();
      return g.cancelled() ? SimulateCommand.INTERRUPTED : Main.OK;
    } finally {
      interrupt.done();
    }
  }

  /**
   * Refuses, before any cell, a stress that starts after the deal's exit when neither axis can
   * bring it in (review 36, W4): an {@code exit.year} axis goes up to the deal's exit at most, so
   * only an axis that moves the base year ({@code company.baseYear}) or sets a key of the stresses
   * ({@code risk.stress[i]…}, its start) could; at the stress's key path in the file, {@code
   * risk.stress[i].startYear}, as {@code simulate --stress} refuses it.
   */
  private static void checkStressApplies(StressScenario overlay, Deal deal, RiskReader.Risk risk,
      Spec xs, Spec ys, Scenario picked) {
    for (Spec a : List.of(xs, ys)) {
      if (a.name().equals("company.baseYear") || a.name().startsWith("risk.stress[")) {
        return;
      }
    }
    DealException late = StressedPlan.startsAfterExit(deal, overlay, risk);
    if (late != null) {
      DealException e = new DealException(late.path(), SimulateCommand.message(late)
          + ", so no cell of the grid applies it");
      throw picked == null ? e : picked.locate(e);
    }
  }

  private void checkSimulation(boolean monteCarlo, long cells) {
    if (!monteCarlo) {
      if (paths != null || seed != null) {
        throw usage(paths != null ? "--paths" : "--seed", say(metric + " is computed on the"
            + " deterministic deal; --paths and --seed are for the Monte Carlo metrics "
            + GridMetric.DEFAULT_PROBABILITY + " and " + GridMetric.BREACH_PROBABILITY));
      }
      return;
    }
    if (paths == null || seed == null) {
      throw usage(paths == null ? "--paths" : "--seed", say(metric + " is a Monte Carlo metric:"
          + " give the paths per cell and the seed, for example --paths 2000 --seed 1"));
    }
    if (paths < 1 || paths > SimulateCommand.MAX_PATHS) {
      throw usage("--paths", say("expected between 1 and 10,000,000 paths per cell, found "
          + paths));
    }
    if (paths * cells > MAX_TOTAL_PATHS) {
      throw usage("--paths", say(String.format(Locale.ROOT,
          "%,d cells × %,d paths = %,d paths in all, more than the %,d allowed;"
              + " use fewer paths or fewer points", cells, paths, paths * cells,
          MAX_TOTAL_PATHS)));
    }
  }

  /**
   * A usage error of the command (exit code 2, printed by picocli with the usage help): where it
   * is, then what is wrong, joined by {@link #separator}.
   *
   * @param where the option ({@code --x}), and after it any names as the user wrote them
   * @param message the message, already in the language of {@code --lang} ({@link #say})
   */
  private ParameterException usage(String where, String message) {
    return new ParameterException(spec.commandLine(), where + separator() + message);
  }

  /** @return true when the command was given {@code --lang fr} */
  private boolean french() {
    return lang == Lang.FR;
  }

  /** @return ": " between the parts of a usage error, " : " in French (a no-break space first) */
  private String separator() {
    return french() ? "\u00a0: " : ": ";
  }

  /**
   * @param english a message in English, as the grid, the readers or the engine build it
   * @return the message in the language of {@code --lang}: in French through the catalogue of
   *     {@link MessagesFr} (left in English when no template covers it)
   */
  private String say(String english) {
    return french() ? MessagesFr.translate(english) : english;
  }

  /** @return the error's message without its key path, in the language of {@code --lang} */
  private String message(DealException e) {
    return french() ? MessagesFr.translate(e) : SimulateCommand.message(e);
  }

  /** @return the error's key path and message, in the language of {@code --lang} */
  private String withPath(DealException e) {
    return e.path().isEmpty() ? message(e) : e.path() + separator() + message(e);
  }

  private Scenario pick(List<Scenario> scenarios) {
    List<String> names = new ArrayList<>();
    for (Scenario s : scenarios) {
      if (s.name().equals(scenario)) {
        return s;
      }
      names.add("\"" + s.name() + "\"");
    }
    throw new InputException(file, "no scenario named \"" + scenario + "\"; the scenarios are "
        + String.join(", ", names));
  }

  /** Parses {@code name=from:to:step} or {@code name=v1,v2,...}; a {@code %} divides by 100. */
  Spec spec(String option, String text) {
    Matcher r = RANGE.matcher(text);
    if (r.matches()) {
      return new Spec(r.group(1).strip(), null, number(r.group(2), r.group(3)),
          number(r.group(4), r.group(5)), number(r.group(6), r.group(7)), true,
          r.group(3) != null || r.group(5) != null, null);
    }
    Matcher l = LIST.matcher(text);
    if (l.matches()) {
      String[] items = l.group(2).split(",");
      double[] values = new double[items.length];
      String[] tokens = new String[items.length];
      boolean anyPercent = false;
      for (int i = 0; i < items.length; i++) {
        String s = items[i].strip();
        tokens[i] = s;
        boolean percent = s.endsWith("%");
        anyPercent |= percent;
        values[i] = number(percent ? s.substring(0, s.length() - 1) : s, percent ? "%" : null);
      }
      return new Spec(l.group(1).strip(), values, 0, 0, 0, false, anyPercent, tokens);
    }
    throw usage(option, say("expected INPUT=FROM:TO:STEP such as entry.multiple=5:9:0.5, or"
        + " INPUT=V1,V2,... such as leverage=0.5,1,1.5; found '" + text + "'"));
  }

  private static double number(String digits, String percent) {
    BigDecimal d = new BigDecimal(digits.strip());
    return (percent == null ? d : d.movePointLeft(2)).doubleValue();
  }

  private GridAxis<GridInput> axis(String option, Spec s, GridInput base) {
    return axis(option, s, base, true);
  }

  /**
   * @param cellsOfTheBase false beside a key path: each cell's exit year is checked against the
   *     cell's own deal ({@link #checkExitYears}, {@link #checkCells})
   */
  private GridAxis<GridInput> axis(String option, Spec s, GridInput base,
      boolean cellsOfTheBase) {
    try {
      return s.range()
          ? GridParameters.range(s.name(), s.from(), s.to(), s.step(), base, cellsOfTheBase)
          : GridParameters.axis(s.name(), s.values(), base, cellsOfTheBase);
    } catch (DealException e) {
      throw usage(option, message(e));
    }
  }

  /**
   * An axis over the cells of a grid with a key path: a named input ({@link
   * GridParameters#NAMES}) applied to the cell's deal, or else a key path of the deal file, set in
   * the file before it is read.
   */
  private GridAxis<KeyPaths.Cell> cellAxis(
      String option, Spec s, GridInput base, KeyPaths keyPaths) {
    try {
      if (GridParameters.NAMES.contains(s.name())) {
        GridAxis<GridInput> named = axis(option, s, base, false);
        return new GridAxis<>(named.name(), named.values(),
            (cell, v) -> cell.withNamed(in -> named.setter().apply(in, v)));
      }
      try {
        keyPaths.check(s.name());
      } catch (DealException notInFile) {
        // neither a named input nor in the file: when a named input is close, say both, with its
        // "did you mean"; a path of the file's own keys needs no list of the named inputs
        String named = "";
        if (GridParameters.closestName(s.name()) != null) {
          try {
            GridParameters.axis(s.name(), new double[] {0.0}, base);
          } catch (DealException unknown) {
            named = SimulateCommand.message(unknown) + ". ";
          }
        }
        throw usage(option, named.isEmpty() ? message(notInFile) : say(named
            + "It is not a key path of the deal file either: "
            + SimulateCommand.message(notInFile)));
      }
      String path = s.name();
      GridAxis.Setter<KeyPaths.Cell> setter = (cell, v) -> cell.withEdit(path, v);
      return s.range()
          ? GridAxis.range(path, s.from(), s.to(), s.step(), setter)
          : new GridAxis<>(path, s.values(), setter);
    } catch (DealException e) {
      throw usage(option, message(e));
    }
  }

  /**
   * Refuses a key path that would change nothing beside the other axis, {@code --stress} or
   * {@code --scenario} ({@link GridOverlaps}): the entry price beside {@code entry.multiple}, a
   * key of a stress no cell applies, a key of a scenario the grid does not run, and so on. Made
   * on the names alone, before any file is read again.
   *
   * @param scenarioPath the key path of the scenario run ({@code scenarios[3]}), {@code ""} for
   *     the top-level deal
   */
  private void checkOverlaps(Spec xs, Spec ys, RiskReader.Risk risk, GridInput base,
      boolean depthAxis, KeyPaths keyPaths, String scenarioPath) {
    String recession = null;
    String recessionName = null;
    if (!risk.defaultCycle()) {
      int k = GridParameters.recessionRegime(base.risk().cycle());
      recession = "risk.cycle.regimes[" + k + "]";
      recessionName = base.risk().cycle().regimes().get(k).name();
    }
    StressScenario own2009 = risk.stressPaths().containsKey(GridParameters.RECESSION_STRESS)
        ? risk.stress(GridParameters.RECESSION_STRESS) : null;
    int run = scenarioPath.isEmpty() ? -1 : Integer.parseInt(
        scenarioPath.substring(scenarioPath.indexOf('[') + 1, scenarioPath.indexOf(']')));
    GridOverlaps overlaps = new GridOverlaps(stress, depthAxis, risk.stressPaths(), recession,
        recessionName, own2009, keyPaths.scenarioNames(), run);
    for (Spec a : List.of(xs, ys)) {
      Spec other = a == xs ? ys : xs;
      if (!GridParameters.NAMES.contains(a.name())) {
        String why = overlaps.overlap(a.name(), other.name(), other == xs ? "--x" : "--y");
        if (why != null) {
          throw usage(a == xs ? "--x" : "--y", say(why));
        }
      }
    }
  }

  /**
   * Reads the file once with each value of a key-path axis, so that a value the file's readers
   * refuse (a sweep of 150 %, a negative amount) is reported before any cell is computed, naming
   * the value alone. When the other axis is a key path too, the file's value of the other key is
   * not the one any cell has: a value is then refused here only when it is refused in the same
   * words with each of the other axis's values as well (a {@code years} of 0, whatever the {@code
   * window}), and else left to {@link #checkCells}, which names the cell (a {@code years} above
   * the file's {@code window} but not above the other axis's windows is no error). The values are
   * read in order, the first refused is reported.
   *
   * @param other the other axis
   * @param across true for the x axis (the cells set it first), false for the y axis
   * @param threads the files read in parallel (the first value refused is the same whatever)
   */
  private void checkValues(String option, Spec written, GridAxis<KeyPaths.Cell> axis,
      GridAxis<KeyPaths.Cell> other, boolean across, KeyPaths keyPaths, int threads) {
    if (GridParameters.NAMES.contains(axis.name())) {
      return;
    }
    boolean otherIsPath = !GridParameters.NAMES.contains(other.name());
    for (int from = 0; from < axis.size(); ) {
      // beside a named input, the cells are these files: kept for them
      KeyPaths.Refusal r = keyPaths.firstRefusal(from, axis.size(),
          i -> Map.of(axis.name(), axis.value(i)), threads, !otherIsPath);
      if (r == null) {
        return;
      }
      DealException e = r.error();
      double v = axis.value(r.index());
      // a key the file does not have but close to a named input (entrymultiple): the named
      // input first, with its "did you mean" (review 16, finding 10)
      String best = GridParameters.closestName(axis.name());
      if (best != null && e.path().equals(axis.name())) {
        throw usage(option, say("unknown parameter `" + axis.name() + "`: did you mean `" + best
            + "`? It is not a key path of the deal file either: " + SimulateCommand.message(e)));
      }
      if (!otherIsPath || refusedWithEvery(keyPaths, axis.name(), v, other, across, e)) {
        // the value as the user wrote it: -8%, not -0.08
        throw usage(option + separator() + axis.name() + "=" + written.written(v),
            withPath(e));
      }
      from = r.index() + 1; // refused with the file's value of the other key only: see the cells
    }
  }

  /**
   * @return true when the file with {@code path} set to {@code v} is refused with the message of
   *     {@code refused} whatever value of the other axis is set with it
   */
  private static boolean refusedWithEvery(KeyPaths keyPaths, String path, double v,
      GridAxis<KeyPaths.Cell> other, boolean across, DealException refused) {
    for (double w : other.values()) {
      DealException e = refusal(keyPaths, across
          ? cell(path, v, other.name(), w) : cell(other.name(), w, path, v));
      if (e == null || !e.getMessage().equals(refused.getMessage())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The exit years of an {@code exit.year} axis beside a key path, which may move the base year
   * ({@code company.baseYear}) or a scenario's exit ({@code scenarios[2].exit.year}) that the exit
   * years are counted between: a year is refused here, as for a grid of named inputs, only when
   * the file refuses it as it is and with each of the key path's values alike; else {@link
   * #checkCells} checks each cell's year against the cell's own deal.
   *
   * @param axis an axis; nothing to check unless it is {@code exit.year}
   * @param other the other axis, a key path
   */
  private void checkExitYears(String option, GridAxis<KeyPaths.Cell> axis,
      GridAxis<KeyPaths.Cell> other, KeyPaths keyPaths) {
    if (!GridParameters.EXIT_YEAR.equals(axis.name())
        || GridParameters.NAMES.contains(other.name())) {
      return;
    }
    GridInput file = keyPaths.read(Map.of());
    for (double year : axis.values()) {
      DealException e = exitYearRefusal(year, file);
      if (e == null) {
        continue;
      }
      boolean every = true;
      for (double v : other.values()) {
        DealException cell = exitYearRefusal(year, keyPaths.read(Map.of(other.name(), v)));
        every &= cell != null && cell.getMessage().equals(e.getMessage());
      }
      if (every) {
        throw usage(option, message(e));
      }
    }
  }

  /** @return the error of an exit year that the cell's deal cannot take, or null */
  private static DealException exitYearRefusal(double year, GridInput in) {
    try {
      GridParameters.checkExitYear(year, in);
      return null;
    } catch (DealException e) {
      return e;
    }
  }

  /**
   * Reads the file with both values of every cell of a grid over two key paths, so that two
   * values the readers refuse together, though neither alone ({@code years} 4 with a {@code
   * window} of 4), are reported before any cell is computed: the first such cell in the order the
   * cells are computed (row by row: each y value, its x values from left to right), whatever the
   * threads, with its two values as written, the key path at fault, what was expected and what
   * was found ({@link KeyPathEdits#inGridCell}). The inputs read are kept for the cells, which
   * read no file again. Beside a named input, the cell is the named input applied to the deal read
   * from the file with the key path's value, which {@link #checkValues} has read (and kept): of the
   * named inputs' checks, only the exit years depend on that deal (its base year and exit), and
   * each cell's year is checked against it.
   *
   * @param threads the files read in parallel
   * @throws DealException for the first cell refused
   */
  private static void checkCells(Spec xs, GridAxis<KeyPaths.Cell> x, Spec ys,
      GridAxis<KeyPaths.Cell> y, KeyPaths keyPaths, int threads) {
    boolean xNamed = GridParameters.NAMES.contains(x.name());
    if (xNamed || GridParameters.NAMES.contains(y.name())) {
      if (!GridParameters.EXIT_YEAR.equals(xNamed ? x.name() : y.name())) {
        return;
      }
      // an exit year beside a key path: against the deal of the key path's value
      for (int j = 0; j < y.size(); j++) {
        for (int i = 0; i < x.size(); i++) {
          DealException e = xNamed
              ? exitYearRefusal(x.value(i), keyPaths.read(Map.of(y.name(), y.value(j))))
              : exitYearRefusal(y.value(j), keyPaths.read(Map.of(x.name(), x.value(i))));
          if (e != null) {
            throw KeyPathEdits.inGridCell(e, x.name() + "=" + xs.written(x.value(i)),
                y.name() + "=" + ys.written(y.value(j)));
          }
        }
      }
      return;
    }
    int nx = x.size();
    KeyPaths.Refusal r = keyPaths.firstRefusal(0, nx * y.size(),
        c -> cell(x.name(), x.value(c % nx), y.name(), y.value(c / nx)), threads, true);
    if (r != null) {
      double xv = x.value(r.index() % nx);
      double yv = y.value(r.index() / nx);
      throw KeyPathEdits.inGridCell(r.error(), x.name() + "=" + xs.written(xv),
          y.name() + "=" + ys.written(yv));
    }
  }

  /** @return the edits of a cell: the x axis's key path set first, as {@link Grid} sets them */
  private static Map<String, Double> cell(String first, double a, String second, double b) {
    Map<String, Double> edits = new LinkedHashMap<>();
    edits.put(first, a);
    edits.put(second, b);
    return edits;
  }

  /** @return the readers' error of the file with these edits, or null when they read it */
  private static DealException refusal(KeyPaths keyPaths, Map<String, Double> edits) {
    try {
      keyPaths.input(edits);
      return null;
    } catch (DealException e) {
      return e;
    }
  }
}
