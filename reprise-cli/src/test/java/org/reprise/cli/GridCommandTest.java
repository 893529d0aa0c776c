package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;
import picocli.CommandLine;

/** {@code reprise grid}, run in-process on the bundled examples. */
class GridCommandTest {

  static final String FACTORY = SimulateCommandTest.FACTORY;
  private static final JsonMapper STRICT =
      JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    return run(new GridCommand(), args);
  }

  static Result run(GridCommand command, String... args) {
    CommandLine cl = new CommandLine(command);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  static JsonNode json(Result r) throws Exception {
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    return STRICT.readTree(r.out());
  }

  @Test
  void entryByExitMultipleGivesTheFundsIrrMatrix() throws Exception {
    Result r = run(FACTORY, "--x", "entry.multiple=6:8:0.5", "--y", "exit.multiple=6:8:1",
        "--metric", "fund.irr");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("fund.irr by entry.multiple (across) and exit.multiple (down);"
        + " deterministic runs");
    assertThat(r.out()).containsPattern(
        "exit.multiple \\\\ entry.multiple\\s+6×\\s+6.5×\\s+7×\\s+7.5×\\s+8×\\n");
    assertThat(r.out()).containsPattern("\\n6×\\s+").containsPattern("\\n7×\\s+")
        .containsPattern("\\n8×\\s+");
    // the cell at the deal's own multiples (7×, 7×) is the deal's IRR
    Deal deal = DealReader.read(Path.of(FACTORY));
    double irr = LboEngine.DEFAULT.run(deal).returnOf("fund").irr();
    JsonNode d = json(run(FACTORY, "--x", "entry.multiple=6:8:0.5", "--y",
        "exit.multiple=6:8:1", "--metric", "fund.irr", "--json"));
    assertThat(d.get("x").get("values").toString()).isEqualTo("[6,6.5,7,7.5,8]");
    assertThat(d.get("y").get("values").toString()).isEqualTo("[6,7,8]");
    assertThat(d.get("values")).hasSize(3);
    assertThat(d.get("values").get(1).get(2).asDouble()).isEqualTo(irr);
    // a higher exit multiple never lowers the fund's IRR; a higher entry multiple never raises it
    JsonNode v = d.get("values");
    for (int i = 0; i < 5; i++) {
      assertThat(v.get(2).get(i).asDouble()).isGreaterThan(v.get(0).get(i).asDouble());
    }
    for (int i = 1; i < 5; i++) {
      assertThat(v.get(1).get(i).asDouble()).isLessThan(v.get(1).get(i - 1).asDouble());
    }
    assertThat(d.get("monteCarlo").asBoolean()).isFalse();
    assertThat(d.get("failures")).isEmpty();
  }

  @Test
  void cellsThatCannotBeComputedSayWhy() throws Exception {
    Result r = run(FACTORY, "--x", "entry.multiple=5,7", "--y", "exit.multiple=7",
        "--metric", "fund.moic");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("n/a", "Cells with no value (n/a):",
        "1 cell: financing.equity[2].amount: the balancing equity would be");
    JsonNode d = json(run(FACTORY, "--x", "entry.multiple=5,7", "--y", "exit.multiple=7",
        "--metric", "fund.moic", "--json"));
    assertThat(d.get("values").get(0).get(0).isNull()).isTrue();
    assertThat(d.get("failures").get(0).get("x").asDouble()).isEqualTo(5);
  }

  @Test
  void otherParametersAndPercentages() throws Exception {
    JsonNode d = json(run(FACTORY, "--x", "debt.rate=-1%:1%:1%", "--y", "growth=-2%,0,2%",
        "--metric", "mezzanine fund.moic", "--json"));
    assertThat(d.get("x").get("values").toString()).isEqualTo("[-0.01,0,0.01]");
    assertThat(d.get("y").get("values").toString()).isEqualTo("[-0.02,0,0.02]");
    Deal deal = DealReader.read(Path.of(FACTORY));
    assertThat(d.get("values").get(1).get(1).asDouble())
        .isEqualTo(LboEngine.DEFAULT.run(deal).returnOf("mezzanine fund").moic());
    Result text = run(FACTORY, "--x", "leverage=0.8:1:0.1", "--y", "recession.depth=0%:40%:20%",
        "--metric", "fund.irr");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("×0.8", "×0.9", "×1", "0.0%", "20.0%", "40.0%");
  }

  @Test
  void aMonteCarloGridIsTheSameWhateverTheThreads() throws Exception {
    String[] args = {FACTORY, "--x", "leverage=0.8,1", "--y", "recession.growth=-25%:-5%:10%",
        "--metric", "default.probability", "--paths", "300", "--seed", "4", "--json"};
    Result one = run(append(args, "--threads", "1"));
    Result two = run(append(args, "--threads", "2"));
    JsonNode d = json(one);
    assertThat(two.out()).isEqualTo(one.out());
    assertThat(d.get("monteCarlo").asBoolean()).isTrue();
    assertThat(d.get("paths").asLong()).isEqualTo(300);
    assertThat(d.get("seed").asLong()).isEqualTo(4);
    JsonNode v = d.get("values");
    for (int i = 0; i < 2; i++) {
      // deeper recessions (row 0) never make a default less likely: same random numbers
      assertThat(v.get(0).get(i).asDouble()).isGreaterThanOrEqualTo(v.get(2).get(i).asDouble());
    }
    Result text = run(FACTORY, "--x", "leverage=0.8,1", "--y", "recession.depth=10%,30%",
        "--metric", "default.probability", "--paths", "100", "--seed", "4");
    // the depth's stress is a shock on top of each path's growth: no "every path the same" note
    assertThat(text.out()).contains("100 paths per cell, seed 4")
        .doesNotContain("covers every year up to the exit");
  }

  /**
   * recession.depth = 0 is no stress: the cell is the unstressed run, to the bit, in the JSON,
   * and a Monte Carlo cell at depth 0 is the unstressed simulation's probability (review 10,
   * finding 2: it used to be a flat plan, −22.9 % against the run's +10.2 %).
   */
  @Test
  void depthZeroIsTheUnstressedDeal() throws Exception {
    JsonNode d = json(run(FACTORY, "--x", "recession.depth=0,0.3", "--y", "exit.multiple=7",
        "--metric", "fund.irr", "--json"));
    Deal deal = DealReader.read(Path.of(FACTORY));
    assertThat(d.get("values").get(0).get(0).asDouble())
        .isEqualTo(LboEngine.DEFAULT.run(deal).returnOf("fund").irr());
    JsonNode p = json(run(FACTORY, "--x", "leverage=1", "--y", "recession.depth=0",
        "--metric", "default.probability", "--paths", "300", "--seed", "1", "--json"));
    JsonNode s = SimulateCommandTest.json(SimulateCommandTest.run(FACTORY, "--paths", "300",
        "--seed", "1", "--json"));
    assertThat(p.get("values").get(0).get(0).asDouble())
        .isEqualTo(s.get("scenarios").get(0).get("defaultProbability").asDouble());
  }

  /** Axis labels take as many decimals as it takes to tell the values apart (finding 9). */
  @Test
  void axisLabelsTellDistinctValuesApart() {
    String[] args = {FACTORY, "--x", "recession.depth=0,0.0001,0.3", "--y",
        "exit.multiple=7", "--metric", "fund.irr"};
    assertThat(run(args).out()).contains("0.00%", "0.01%", "30.00%");
    assertThat(run(append(args, "--lang", "fr")).out()).contains("0,00 %", "0,01 %", "30,00 %");
    GridReport en = new GridReport(org.reprise.cli.text.Lang.EN);
    GridReport fr = new GridReport(org.reprise.cli.text.Lang.FR);
    assertThat(en.axisValues("recession.depth", new double[] {0, 0.0001, 0.3}))
        .containsExactly("0.00%", "0.01%", "30.00%");
    assertThat(fr.axisValues("debt.rate", new double[] {-0.00001, 0, 0.00001}))
        .containsExactly("-0,001 %", "0,000 %", "+0,001 %");
    // one decimal when it is enough, and equal values stay equal
    assertThat(en.axisValues("growth", new double[] {-0.02, 0, 0.02, 0.02}))
        .containsExactly("-2.0%", "0.0%", "+2.0%", "+2.0%");
    assertThat(en.axisValues("exit.multiple", new double[] {7, 7.25}))
        .containsExactly("7×", "7.25×");
  }

  private static String[] append(String[] a, String... more) {
    String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
    System.arraycopy(more, 0, out, a.length, more.length);
    return out;
  }

  @Test
  void ctrlCPrintsTheCellsDoneAndExits130() throws Exception {
    GridCommand command = new GridCommand();
    command.cancel.set(true);
    Result r = run(command, FACTORY, "--x", "entry.multiple=6,7", "--y", "exit.multiple=6,7",
        "--metric", "fund.irr", "--json");
    assertThat(r.code()).isEqualTo(130);
    JsonNode d = STRICT.readTree(r.out());
    assertThat(d.get("cancelled").asBoolean()).isTrue();
    assertThat(d.get("failures").get(0).get("reason").asText())
        .isEqualTo("not computed: cancelled");
  }

  @Test
  void badGridsAreErrorsBeforeAnyWork() {
    assertUsage(run(FACTORY, "--x", "entry.multipel=5:9:0.5", "--y", "exit.multiple=5:9:0.5",
        "--metric", "fund.irr"), "--x: unknown parameter `entry.multipel`: did you mean"
        + " `entry.multiple`?");
    assertUsage(run(FACTORY, "--x", "entry.multipel=5:9:0.5", "--y", "exit.multiple=5:9:0.5",
        "--metric", "fund.irr"), "It is not a key path of the deal file either: the deal file"
        + " has no block `entry`");
    // a top-level key the file does not have, close to a named input (review 16, finding 10)
    assertUsage(run(FACTORY, "--x", "entrymultiple=5:9:0.5", "--y", "exit.multiple=5:9:0.5",
        "--metric", "fund.irr"), "--x: unknown parameter `entrymultiple`: did you mean"
        + " `entry.multiple`? It is not a key path of the deal file either: unknown key");
    assertUsage(run(FACTORY, "--x", "entry.multiple=5:9:0.5", "--y", "exit.multiple=5:9:0.5",
        "--metric", "fnd.irr"), "--metric: unknown metric `fnd.irr`: did you mean `fund.irr`?");
    assertUsage(run(FACTORY, "--x", "entry.multiple=5:9:0.5", "--y", "exit.multiple=5:9:0.5",
        "--metric", "irr.fund"), "did you mean `fund.irr`?");
    assertUsage(run(FACTORY, "--x", "entry.multiple=1:1000:1", "--y", "exit.multiple=1:1000:1",
        "--metric", "fund.irr"), "expected at most 10,000 points, found 1,000 × 1,000 = 1,000,000");
    assertUsage(run(FACTORY, "--x", "entry.multiple=9:5:0.5", "--y", "exit.multiple=5:9:0.5",
        "--metric", "fund.irr"), "--x: expected from ≤ to, found 9 > 5: no points");
    assertUsage(run(FACTORY, "--x", "entry.multiple=5:9:0", "--y", "exit.multiple=5:9:0.5",
        "--metric", "fund.irr"), "--x: expected a positive step");
    assertUsage(run(FACTORY, "--x", "entry.multiple=5:9", "--y", "exit.multiple=5:9:0.5",
        "--metric", "fund.irr"), "--x: expected INPUT=FROM:TO:STEP");
    assertUsage(run(FACTORY, "--x", "growth=0,1%", "--y", "growth=0,1%",
        "--metric", "fund.irr"), "--y: the two axes must vary different inputs");
    assertUsage(run(FACTORY, "--x", "entry.multiple=0:2:1", "--y", "exit.multiple=5",
        "--metric", "fund.irr"), "--x: expected multiples above 0, found 0");
    assertUsage(run(FACTORY, "--x", "leverage=1", "--y", "exit.multiple=5",
        "--metric", "default.probability"), "--paths: default.probability is a Monte Carlo"
        + " metric");
    assertUsage(run(FACTORY, "--x", "leverage=1", "--y", "exit.multiple=5",
        "--metric", "fund.irr", "--paths", "100", "--seed", "1"),
        "--paths: fund.irr is computed on the deterministic deal");
    assertUsage(run(FACTORY, "--x", "leverage=0.5:1.5:0.01", "--y", "exit.multiple=5:9:0.1",
        "--metric", "default.probability", "--paths", "100000", "--seed", "1"),
        "more than the 100,000,000 allowed");
    assertUsage(run(FACTORY, "--x", "leverage=1", "--y", "exit.multiple=5",
        "--metric", "fund.irr", "--stress", "2010"), "--stress: unknown stress scenario");
  }

  /**
   * Any number of the deal file is an input, by its key path (the "any two inputs"): the
   * cell at the file's own value is the deal's run to the bit, and a cell at another value is
   * the run of the file edited by hand to hold it.
   */
  @Test
  void anyNumberOfTheFileIsAnInputByItsKeyPath(@TempDir Path dir) throws Exception {
    JsonNode d = json(run(FACTORY, "--x", "financing.cashSweep=0,0.5,1", "--y",
        "exit.multiple=6,7", "--metric", "fund.irr", "--json"));
    assertThat(d.get("x").get("parameter").asText()).isEqualTo("financing.cashSweep");
    double irr = LboEngine.DEFAULT.run(DealReader.read(Path.of(FACTORY))).returnOf("fund").irr();
    // the file's sweep is "50%" and its exit multiple 7: cell (0.5, 7) is the deal itself
    assertThat(d.get("values").get(1).get(1).asDouble()).isEqualTo(irr);
    // no sweep: the file written with cashSweep: 0
    String text = Files.readString(Path.of(FACTORY));
    Path noSweep = dir.resolve("no-sweep.yaml");
    Files.writeString(noSweep, text.replace("cashSweep: \"50%\"", "cashSweep: 0"));
    double noSweepIrr = LboEngine.DEFAULT.run(DealReader.read(noSweep)).returnOf("fund").irr();
    assertThat(noSweepIrr).isNotEqualTo(irr);
    assertThat(d.get("values").get(1).get(0).asDouble()).isEqualTo(noSweepIrr);

    // two key paths, one of them in a list, compose; a named input is applied to the edited deal
    JsonNode two = json(run(FACTORY, "--x", "financing.cashSweep=0", "--y",
        "financing.debt[1].rate.margin=4%", "--metric", "fund.irr", "--json"));
    Path both = dir.resolve("both.yaml");
    Files.writeString(both, text.replace("cashSweep: \"50%\"", "cashSweep: 0")
        .replace("margin: \"3.25%\"", "margin: 0.04"));
    assertThat(two.get("values").get(0).get(0).asDouble()).isEqualTo(
        LboEngine.DEFAULT.run(DealReader.read(both)).returnOf("fund").irr());
    JsonNode mixed = json(run(FACTORY, "--x", "leverage=0.8", "--y", "financing.cashSweep=0",
        "--metric", "fund.irr", "--json"));
    JsonNode onTheFile = json(run(noSweep.toString(), "--x", "leverage=0.8", "--y",
        "exit.multiple=7", "--metric", "fund.irr", "--json"));
    assertThat(mixed.get("values").get(0).get(0).asDouble())
        .isEqualTo(onTheFile.get("values").get(0).get(0).asDouble());
    // the text table prints a key path's values as numbers
    assertThat(run(FACTORY, "--x", "financing.cashSweep=0,0.25", "--y", "exit.multiple=7",
        "--metric", "fund.irr").out()).containsPattern("financing.cashSweep\\s+0\\s+0.25\\n");
  }

  /**
   * Key paths that would change nothing are refused before any work: a value the chosen scenario
   * sets itself (its sections are merged into the top level's, lists replaced), a path of the
   * risk model under a deterministic metric; and --stress beside a depth axis, which brings its
   * own stress.
   */
  @Test
  void keyPathsAndStressesThatWouldChangeNothingAreRefused(@TempDir Path dir) throws Exception {
    assertUsage(run(SimulateCommandTest.SCENARIOS, "--scenario", "Employee LBO", "--x",
        "financing.debt[1].rate.margin=1%,9%", "--y", "exit.multiple=7", "--metric",
        "fund.irr"), "--x: the scenario \"Employee LBO\" sets `financing.debt` itself"
        + " (`scenarios[2].financing.debt`), so a change of the top-level value would not reach"
        + " it: vary the scenario's own value, under `scenarios[2].financing.debt`");
    // the scenario's own value can be varied
    JsonNode own = json(run(SimulateCommandTest.SCENARIOS, "--scenario", "Employee LBO", "--x",
        "scenarios[2].financing.debt[1].rate=3%,9%", "--y", "exit.multiple=7", "--metric",
        "regional banks.irr", "--json"));
    assertThat(own.get("values").get(0).get(1).asDouble())
        .isGreaterThan(own.get("values").get(0).get(0).asDouble());
    Path withRisk = dir.resolve("risk.yaml");
    Files.writeString(withRisk, Files.readString(Path.of(FACTORY)) + "\nrisk:\n  cycle:\n"
        + "    regimes:\n      - name: expansion\n        growth: {mean: 0, sd: \"5%\"}\n"
        + "      - name: recession\n        growth: {mean: \"-15%\", sd: \"10%\","
        + " relativeToPlan: false}\n    transition: [[\"87.5%\", \"12.5%\"], [\"65%\","
        + " \"35%\"]]\n");
    assertUsage(run(withRisk.toString(), "--x", "risk.cycle.regimes[1].growth.mean=-0.3,-0.1",
        "--y", "exit.multiple=7", "--metric", "fund.irr"), "--x: risk.cycle.regimes[1].growth.mean"
        + " is part of the risk model, which only the Monte Carlo metrics");
    JsonNode mc = json(run(withRisk.toString(), "--x", "risk.cycle.regimes[1].growth.mean=-0.3,0",
        "--y", "exit.multiple=7", "--metric", "default.probability", "--paths", "300", "--seed",
        "1", "--json"));
    assertThat(mc.get("values").get(0).get(0).asDouble())
        .isGreaterThan(mc.get("values").get(0).get(1).asDouble());
    assertUsage(run(FACTORY, "--x", "recession.depth=0,0.3", "--y", "exit.multiple=7",
        "--metric", "fund.irr", "--stress", "2009-severe"), "--stress: a recession.depth axis"
        + " applies its own scaled \"2009\" stress in every cell");
    // under --stress, the file's stress moves the stressed deal: its personnel flexibility is an
    // axis of a deterministic metric too (review 18, finding 6)
    Path flex = dir.resolve("flex.yaml");
    Files.writeString(flex, Files.readString(withRisk)
        + "  stress:\n    - {name: \"2009\", depth: \"30%\", personnelFlex: 0}\n");
    JsonNode stressed = json(run(flex.toString(), "--x", "risk.stress[0].personnelFlex=0,0.5",
        "--y", "exit.multiple=7", "--metric", "fund.irr", "--stress", "2009", "--json"));
    // the fund's stressed IRR: -9.4 % with no flex, -6.0 % with 0.5 (docs/risk.md §2.3)
    assertThat(stressed.get("values").get(0).get(0).asDouble()).isCloseTo(-0.094, within(0.0005));
    assertThat(stressed.get("values").get(0).get(1).asDouble()).isCloseTo(-0.060, within(0.0005));
    // and the limits of that flexibility (docs/risk.md §2.1): the "2009" stress's year-1 cut, 0.83
    // × 30 % = 0.249, capped at 0.1 costs the fund 3 points (-7.1 % against -4.0 %); without
    // --stress they are part of the risk model, which a deterministic metric does not read
    Path limited = dir.resolve("limited.yaml");
    Files.writeString(limited, Files.readString(withRisk)
        + "  stress:\n    - {name: \"2009\", depth: \"30%\", personnelFlex: 0.83}\n"
        + "  shortTimeWork: {maxCut: \"37%\"}\n");
    JsonNode capped = json(run(limited.toString(), "--x", "risk.shortTimeWork.maxCut=0.1,0.37",
        "--y", "exit.multiple=7", "--metric", "fund.irr", "--stress", "2009", "--json"));
    assertThat(capped.get("values").get(0).get(0).asDouble()).isCloseTo(-0.071, within(0.0005));
    assertThat(capped.get("values").get(0).get(1).asDouble()).isCloseTo(-0.040, within(0.0005));
    assertUsage(run(limited.toString(), "--x", "risk.shortTimeWork.maxCut=0.1,0.37", "--y",
        "exit.multiple=7", "--metric", "fund.irr"), "--x: risk.shortTimeWork.maxCut is part of the"
        + " risk model, which only the Monte Carlo metrics");
  }

  /** More recessions, more defaults: the named input that a single key path cannot be. */
  @Test
  void recessionProbabilityIsAnInput() throws Exception {
    JsonNode d = json(run(FACTORY, "--x", "recession.probability=5%,30%", "--y", "leverage=1",
        "--metric", "default.probability", "--paths", "400", "--seed", "1", "--json"));
    assertThat(d.get("values").get(0).get(1).asDouble())
        .isGreaterThan(d.get("values").get(0).get(0).asDouble());
    assertThat(run(FACTORY, "--x", "recession.probability=5%,30%", "--y", "leverage=1",
        "--metric", "default.probability", "--paths", "400", "--seed", "1").out())
        .containsPattern("recession.probability\\s+5.0%\\s+30.0%");
  }

  @Test
  void keyPathsTheFileCannotTakeAreErrorsBeforeAnyWork() {
    assertUsage(run(FACTORY, "--x", "financing.debt[9].rate=5%", "--y", "exit.multiple=7",
        "--metric", "fund.irr"),
        "--x: the deal file has no `financing.debt[9]`: `financing.debt` has 5 items");
    assertUsage(run(FACTORY, "--x", "financing.cashSweep=0.5,1.5", "--y", "exit.multiple=7",
        "--metric", "fund.irr"),
        "--x: financing.cashSweep=1.5: financing.cashSweep: expected a rate between 0% and 100%,"
            + " found 1.5");
    // echoed as written: with a %, not the decimal it was read as
    assertUsage(run(FACTORY, "--x", "financing.debt[1].rate.margin=3%,-8%", "--y",
        "exit.multiple=7", "--metric", "fund.irr"),
        "--x: financing.debt[1].rate.margin=-8%: financing.debt[1].rate:");
    // each value of a list keeps its own text (review 11, finding 5): 1.5, not 150%, and 1.50
    for (String[] list : new String[][] {{"0.5%", "1.5"}, {"0.5", "1.50"}, {"0.5", "150.0%"}}) {
      assertUsage(run(FACTORY, "--x", "financing.cashSweep=" + list[0] + "," + list[1], "--y",
          "exit.multiple=7", "--metric", "fund.irr"),
          "--x: financing.cashSweep=" + list[1] + ": financing.cashSweep:");
    }
    assertUsage(run(FACTORY, "--x", "financing.debt[1].rate.margin=-8%:-7%:1%", "--y",
        "exit.multiple=7", "--metric", "fund.irr"),
        "--x: financing.debt[1].rate.margin=-8%: financing.debt[1].rate:");
    assertUsage(run(FACTORY, "--x", "financing.debt[1].rate.margin.x=1", "--y",
        "exit.multiple=7", "--metric", "fund.irr"),
        "`financing.debt[1].rate.margin` is a single value in the deal file");
    assertUsage(run(FACTORY, "--x", "financing.debts.x=1", "--y", "exit.multiple=7",
        "--metric", "fund.irr"), "the deal file has no block `financing.debts`; `financing` has"
        + " equity, debt, cashSweep");
  }

  /**
   * Review 36, X5: a range or a list in exponent notation is read as the same numbers written out
   * (6e0:8e0:5e-1 is 6:8:0.5, 7.5e0 is 7.5).
   */
  @Test
  void exponentNotationIsRead() throws Exception {
    JsonNode plain = json(run(FACTORY, "--x", "entry.multiple=6:8:0.5", "--y",
        "exit.multiple=7,7.5", "--metric", "fund.irr", "--json"));
    JsonNode exponent = json(run(FACTORY, "--x", "entry.multiple=6e0:8E0:5e-1", "--y",
        "exit.multiple=7,7.5e0", "--metric", "fund.irr", "--json"));
    assertThat(exponent.get("x").get("values").toString()).isEqualTo("[6,6.5,7,7.5,8]");
    assertThat(exponent.get("values")).isEqualTo(plain.get("values"));
  }

  /**
   * Review 36, W4: a stress that starts after the exit, which no cell can apply (no axis moves the
   * base year or the stress), is refused before any cell with exit code 2, at its key path as
   * written in the file, with a deterministic or a Monte Carlo metric, in English and in French.
   */
  @Test
  void aStressNoCellCanApplyIsRefusedBeforeAnyWork(@TempDir Path dir) throws Exception {
    Path late = dir.resolve("late.yaml");
    Files.writeString(late, Files.readString(Path.of(FACTORY))
        + "\nrisk:\n  stress: [{name: x, depth: \"30%\", startYear: 9}]\n");
    String message = "risk.stress[0].startYear: the stress \"x\" starts in year 9 (2034), after"
        + " the exit in year 5 (2030), so no cell of the grid applies it";
    Result r = run(late.toString(), "--x", "leverage=1", "--y", "exit.multiple=7", "--metric",
        "fund.irr", "--stress", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: " + late + ": " + message + "\n");
    Result mc = run(late.toString(), "--x", "leverage=1", "--y", "exit.multiple=7", "--metric",
        "default.probability", "--paths", "100", "--seed", "1", "--stress", "x", "--json");
    assertThat(mc.code()).isEqualTo(2);
    assertThat(mc.out()).isEmpty();
    assertThat(mc.err()).contains(message);
    Result fr = run(late.toString(), "--x", "leverage=1", "--y", "exit.multiple=7", "--metric",
        "fund.irr", "--stress", "x", "--lang", "fr");
    assertThat(fr.code()).isEqualTo(2);
    assertThat(fr.err()).isEqualTo("erreur\u00a0: " + late + "\u00a0: risk.stress[0].startYear"
        + "\u00a0: le scénario de crise \"x\" commence l'année 9 (2034), après la sortie de"
        + " l'année 5 (2030), donc aucune cellule de la grille ne l'applique\n");
    // a stress within the hold is applied as before
    assertThat(run(late.toString(), "--x", "leverage=1", "--y", "exit.multiple=7", "--metric",
        "fund.irr", "--stress", "2009").code()).isZero();
  }

  private static void assertUsage(Result r, String message) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(message).doesNotContain("\tat ");
  }

  @Test
  void aScenarioOfTheFile() throws Exception {
    JsonNode d = json(run(SimulateCommandTest.SCENARIOS, "--scenario", "Employee LBO", "--x",
        "entry.multiple=6,7", "--y", "exit.multiple=7", "--metric", "employees.irr", "--json"));
    assertThat(d.get("scenario").asText()).isEqualTo("Employee LBO");
    assertThat(d.get("values").get(0).get(1).isNumber()).isTrue();
    Result missing = run(SimulateCommandTest.SCENARIOS, "--scenario", "Nope", "--x",
        "entry.multiple=6", "--y", "exit.multiple=7", "--metric", "fund.irr");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no scenario named \"Nope\"");
  }

  @Test
  void frenchGridHasFrenchLabelsAndNumbers() throws Exception {
    Result en = run(FACTORY, "--x", "entry.multiple=6:8:0.5", "--y", "exit.multiple=6:8:1",
        "--metric", "fund.irr");
    Result fr = run(FACTORY, "--x", "entry.multiple=6:8:0.5", "--y", "exit.multiple=6:8:1",
        "--metric", "fund.irr", "--lang", "fr");
    assertThat(fr.err()).isEmpty();
    assertThat(fr.code()).isZero();
    assertThat(fr.out()).contains(
        "GRILLE DE SENSIBILITÉ — Décolletage du Haut-Giffre — secondary LBO",
        "fund.irr selon entry.multiple (en colonnes) et exit.multiple (en lignes) ;"
            + " calculs déterministes");
    assertThat(fr.out()).containsPattern(
        "exit.multiple \\\\ entry.multiple\\s+6×\\s+6,5×\\s+7×\\s+7,5×\\s+8×\\n");
    // every cell of the English table, written the French way: 14.7% -> 14,7 %
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?\\d+)\\.(\\d)%")
        .matcher(en.out());
    int cells = 0;
    StringBuilder expected = new StringBuilder();
    while (m.find()) {
      expected.append(m.group(1)).append(',').append(m.group(2)).append(" %|");
      cells++;
    }
    assertThat(cells).isEqualTo(15);
    java.util.regex.Matcher f = java.util.regex.Pattern.compile("(-?\\d+,\\d %)")
        .matcher(fr.out());
    StringBuilder actual = new StringBuilder();
    while (f.find()) {
      actual.append(f.group(1)).append('|');
    }
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }

  @Test
  void frenchAxesEmptyCellsAndMonteCarloHeader() throws Exception {
    Result r = run(FACTORY, "--x", "leverage=0.8,1", "--y", "debt.rate=-1%,1%",
        "--metric", "default.probability", "--paths", "1000", "--seed", "4", "--lang", "fr");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("default.probability selon leverage (en colonnes) et debt.rate"
        + " (en lignes) ; 1 000 trajectoires par cellule, graine 4", "×0,8", "-1,0 %", "+1,0 %");
    assertThat(r.out()).containsPattern("\\n\\+1,0 %\\s+\\d+,\\d %\\s+\\d+,\\d %\\n");
    Result na = run(FACTORY, "--x", "entry.multiple=5,7", "--y", "exit.multiple=7",
        "--metric", "fund.moic", "--lang", "fr");
    assertThat(na.code()).isZero();
    assertThat(na.out()).contains("n.d.", "Cellules sans valeur (n.d.) :",
        "1 cellule : financing.equity[2].amount: the balancing equity would be")
        .containsPattern("\\n7×\\s+n\\.d\\.\\s+1,64×\\n");
  }

  @Test
  void theLanguageDoesNotChangeTheJson() {
    String[] args = {FACTORY, "--x", "entry.multiple=6,7", "--y", "growth=-2%,0", "--metric",
        "fund.moic", "--json"};
    Result en = run(args);
    Result fr = run(append(args, "--lang", "fr"));
    assertThat(fr.code()).isZero();
    assertThat(fr.out()).isEqualTo(en.out());
    Result bad = run(append(args, "--lang", "es"));
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("expected en or fr, found 'es'");
  }

  @Test
  void axisValuesInBothLanguages() {
    GridReport en = new GridReport(org.reprise.cli.text.Lang.EN);
    GridReport fr = new GridReport(org.reprise.cli.text.Lang.FR);
    assertThat(en.axisValue("entry.multiple", 6.5)).isEqualTo("6.5×");
    assertThat(fr.axisValue("entry.multiple", 6.5)).isEqualTo("6,5×");
    assertThat(en.axisValue("exit.multiple", 7.0)).isEqualTo("7×");
    assertThat(fr.axisValue("leverage", 0.8)).isEqualTo("×0,8");
    assertThat(en.axisValue("debt.rate", 0.01)).isEqualTo("+1.0%");
    assertThat(fr.axisValue("growth", -0.02)).isEqualTo("-2,0 %");
    assertThat(fr.axisValue("recession.depth", 0.3)).isEqualTo("30,0 %");
  }

  /** The IRR by holding period: the exit year as an axis, shown as calendar years. */
  @Test
  void exitYearAxis() {
    Result r = run(FACTORY, "--x", "exit.year=2028:2030:1", "--y", "exit.multiple=7",
        "--metric", "fund.irr");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .containsPattern("exit.multiple \\\\ exit.year\\s+2028\\s+2029\\s+2030\\n");
    // the file's own exit year gives the run's IRR
    assertThat(r.out()).containsPattern("\\n7×\\s+\\S+%\\s+\\S+%\\s+10.4%\\n");
    Result late = run(FACTORY, "--x", "exit.year=2029:2031:1", "--y", "exit.multiple=7",
        "--metric", "fund.irr");
    assertThat(late.code()).isEqualTo(2);
    assertThat(late.err()).contains("expected whole calendar years from 2026 to the deal's exit"
        + " year 2030, found 2031");
  }
}
