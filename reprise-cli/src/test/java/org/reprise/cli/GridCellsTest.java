package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.cli.GridCommandTest.Result;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;

/**
 * {@code reprise grid} over two key paths that constrain each other (review 20, finding 6): every
 * cell is the file with both of its values, read before any cell is computed; a value is not
 * refused for the file's value of the other axis's key, and a cell the readers refuse is an error
 * naming both of its values.
 */
class GridCellsTest {

  private static final String FACTORY = GridCommandTest.FACTORY;

  /** A risk model whose recessions cut the payroll, so that the short-time limits matter. */
  private static final String RISK = "\nrisk:\n  cycle:\n    regimes:\n"
      + "      - name: expansion\n        growth: {mean: 0, sd: \"5%\"}\n"
      + "      - name: recession\n        growth: {mean: \"-15%\", sd: \"10%\","
      + " relativeToPlan: false}\n        personnelFlex: 0.83\n"
      + "    transition: [[\"87.5%\", \"12.5%\"], [\"65%\", \"35%\"]]\n";

  /** The factory with the risk model and these short-time limits. */
  private static Path withLimits(Path dir, String name, String limits) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, Files.readString(Path.of(FACTORY)) + RISK + "  shortTimeWork: "
        + limits + "\n");
    return f;
  }

  private static Result run(String... args) {
    return GridCommandTest.run(args);
  }

  /** The probability of default of a simulation of {@code file}, as a cell's. */
  private static double simulated(Path file, int paths) throws Exception {
    JsonNode s = SimulateCommandTest.json(SimulateCommandTest.run(file.toString(), "--paths",
        String.valueOf(paths), "--seed", "1", "--json"));
    return s.get("scenarios").get(0).get("defaultProbability").asDouble();
  }

  /**
   * The file's `window` is 3: `years` 3 is refused with it, but not with the grid's windows of 4
   * and 5, which every cell has. The grid runs, and its cell is the simulation of the file edited
   * by hand to hold the cell's two values.
   */
  @Test
  void yearsAboveTheFilesWindowRunWithTheGridsLongerWindows(@TempDir Path dir) throws Exception {
    Path f = withLimits(dir, "limits.yaml", "{maxCut: \"37%\", years: 2, window: 3}");
    JsonNode d = GridCommandTest.json(run(f.toString(), "--x", "risk.shortTimeWork.years=1,3",
        "--y", "risk.shortTimeWork.window=4,5", "--metric", "default.probability", "--paths",
        "500", "--seed", "1", "--json"));
    assertThat(d.get("values")).hasSize(2);
    assertThat(d.get("values").get(0)).hasSize(2);
    assertThat(d.get("values").get(1)).hasSize(2);
    assertThat(d.get("failures")).isEmpty();
    Path cell = withLimits(dir, "cell.yaml", "{maxCut: \"37%\", years: 3, window: 5}");
    assertThat(d.get("values").get(1).get(1).asDouble()).isEqualTo(simulated(cell, 500));
    Path other = withLimits(dir, "other.yaml", "{maxCut: \"37%\", years: 1, window: 4}");
    assertThat(d.get("values").get(0).get(0).asDouble()).isEqualTo(simulated(other, 500));
    // the limits do move the probability: the cells are not all the same (one year cut against
    // three; two against three moves no path's default on 500 paths since the exit values the
    // EBITDA before the saving, methodology §7)
    assertThat(d.get("values").get(0).get(0).asDouble())
        .isNotEqualTo(d.get("values").get(0).get(1).asDouble());
    // a one-cell grid of the same values is the same number
    JsonNode one = GridCommandTest.json(run(f.toString(), "--x", "risk.shortTimeWork.years=3",
        "--y", "risk.shortTimeWork.window=5", "--metric", "default.probability", "--paths",
        "500", "--seed", "1", "--json"));
    assertThat(one.get("values").get(0).get(0).asDouble())
        .isEqualTo(d.get("values").get(1).get(1).asDouble());
  }

  /**
   * `shortTimeWork: {}`: a window alone is refused (it needs `years`), but every cell has the
   * grid's `years`.
   */
  @Test
  void aWindowWithoutTheFilesYearsRunsWithTheGridsYears(@TempDir Path dir) throws Exception {
    Path f = withLimits(dir, "empty.yaml", "{}");
    JsonNode d = GridCommandTest.json(run(f.toString(), "--x", "risk.shortTimeWork.years=1,2",
        "--y", "risk.shortTimeWork.window=3,4", "--metric", "default.probability", "--paths",
        "300", "--seed", "1", "--json"));
    assertThat(d.get("x").get("values").toString()).isEqualTo("[1,2]");
    assertThat(d.get("y").get("values").toString()).isEqualTo("[3,4]");
    assertThat(d.get("values")).hasSize(2);
    assertThat(d.get("failures")).isEmpty();
    Path cell = withLimits(dir, "cell.yaml", "{years: 2, window: 4}");
    assertThat(d.get("values").get(1).get(1).asDouble()).isEqualTo(simulated(cell, 300));
  }

  /**
   * The grids of the finding as it was written: each holds a cell whose window is not longer than
   * its years, which is refused before any cell is computed, naming both values, the key path,
   * what was expected and what was found.
   */
  @Test
  void aCellTheReadersRefuseIsAnErrorBeforeAnyWork(@TempDir Path dir) throws Exception {
    Path f = withLimits(dir, "limits.yaml", "{maxCut: \"37%\", years: 2, window: 3}");
    // a cancelled grid that started would print its cells and exit 130: the check comes first
    GridCommand command = new GridCommand();
    command.cancel.set(true);
    Result r = GridCommandTest.run(command, f.toString(), "--x",
        "risk.shortTimeWork.years=3,4", "--y", "risk.shortTimeWork.window=4,5", "--metric",
        "default.probability", "--paths", "1000", "--seed", "1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: " + f + ": risk.shortTimeWork.window: expected a"
        + " window longer than `years` (4), found 4 (in the grid cell --x"
        + " risk.shortTimeWork.years=4, --y risk.shortTimeWork.window=4)\n");
    Path empty = withLimits(dir, "empty.yaml", "{}");
    Result e = run(empty.toString(), "--x", "risk.shortTimeWork.years=1,2,3", "--y",
        "risk.shortTimeWork.window=3,4", "--metric", "default.probability", "--paths", "1000",
        "--seed", "1");
    assertThat(e.code()).isEqualTo(2);
    assertThat(e.out()).isEmpty();
    assertThat(e.err()).contains("risk.shortTimeWork.window: expected a window longer than"
        + " `years` (3), found 3 (in the grid cell --x risk.shortTimeWork.years=3, --y"
        + " risk.shortTimeWork.window=3)");
  }

  /** The same error in French, and exit code 2, through the command line as Main runs it. */
  @Test
  void theCellsErrorInFrenchAndItsExitCode(@TempDir Path dir) throws Exception {
    Path f = withLimits(dir, "limits.yaml", "{maxCut: \"37%\", years: 2, window: 3}");
    String[] args = {"grid", f.toString(), "--x", "risk.shortTimeWork.years=3,4", "--y",
        "risk.shortTimeWork.window=4,5", "--metric", "default.probability", "--paths", "1000",
        "--seed", "1"};
    Cli.Result en = Cli.runAsMain(args);
    assertThat(en.code()).isEqualTo(Main.INVALID_INPUT).isEqualTo(2);
    assertThat(en.out()).isEmpty();
    assertThat(en.err()).startsWith("error: " + f + ": risk.shortTimeWork.window: expected a"
        + " window longer than `years` (4), found 4 (in the grid cell");
    String[] french = java.util.Arrays.copyOf(args, args.length + 2);
    french[args.length] = "--lang";
    french[args.length + 1] = "fr";
    Cli.Result fr = Cli.runAsMain(french);
    assertThat(fr.code()).isEqualTo(2);
    assertThat(fr.out()).isEmpty();
    assertThat(fr.err()).isEqualTo("erreur\u00a0: " + f + "\u00a0: risk.shortTimeWork.window"
        + "\u00a0: attendu : une fenêtre plus longue que `years` (4) ; trouvé : 4 (dans la"
        + " cellule de la grille --x risk.shortTimeWork.years=4, --y"
        + " risk.shortTimeWork.window=4)\n");
  }

  /**
   * A value refused whatever the other axis says is still refused alone, with the clearer
   * message of the value; and of several cells refused, the first in the order the cells are
   * computed (row by row) is named, whatever the threads.
   */
  @Test
  void aValueBadWhateverTheOtherAxisIsRefusedAloneAndTheOrderIsFixed(@TempDir Path dir)
      throws Exception {
    Path f = withLimits(dir, "limits.yaml", "{maxCut: \"37%\", years: 2, window: 3}");
    Result zero = run(f.toString(), "--x", "risk.shortTimeWork.years=3,0", "--y",
        "risk.shortTimeWork.window=4,5", "--metric", "default.probability", "--paths", "100",
        "--seed", "1");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("--x: risk.shortTimeWork.years=0: risk.shortTimeWork.years:"
        + " expected a whole number between 1 and 50, found 0");
    Result window = run(f.toString(), "--x", "risk.shortTimeWork.years=2,3", "--y",
        "risk.shortTimeWork.window=4,60", "--metric", "default.probability", "--paths", "100",
        "--seed", "1");
    assertThat(window.err()).contains("--y: risk.shortTimeWork.window=60:"
        + " risk.shortTimeWork.window: expected a whole number between 1 and 50, found 60");
    // beside a named input, the file's window is the cells' window: refused alone, as before
    assertThat(run(f.toString(), "--x", "risk.shortTimeWork.years=2,3", "--y", "leverage=1",
        "--metric", "default.probability", "--paths", "100", "--seed", "1").err())
        .contains("--x: risk.shortTimeWork.years=3: risk.shortTimeWork.window: expected a window"
            + " longer than `years` (3), found 3");
    // refused cells: (4, 4), (5, 4), (5, 5); the first row's is named
    for (String threads : new String[] {"1", "2", "3"}) {
      Result r = run(f.toString(), "--x", "risk.shortTimeWork.years=3,4,5", "--y",
          "risk.shortTimeWork.window=4,5,6", "--metric", "default.probability", "--paths", "100",
          "--seed", "1", "--threads", threads);
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("(in the grid cell --x risk.shortTimeWork.years=4, --y"
          + " risk.shortTimeWork.window=4)");
    }
  }

  /**
   * The other keys the readers check against one another, by pairs of key paths that each
   * value alone would have been refused for: a revolver's amount drawn and its limit; the
   * ownership shares of the ordinary classes (100 % in all); a tranche's margin and floor (the
   * all-in rate of at least -5 %); a repayment schedule's shares (100 % at most); a row of the
   * cycle's transition matrix and its year-1 distribution (adding up to 1).
   */
  @Test
  void otherPairsOfKeysThatConstrainEachOther(@TempDir Path dir) throws Exception {
    String text = Files.readString(Path.of(FACTORY));
    // the revolver (limit 3 M€): 4 M€ drawn with a limit of 5 or 6 M€
    JsonNode drawn = GridCommandTest.json(run(FACTORY, "--x", "financing.debt[0].drawn=4000000",
        "--y", "financing.debt[0].limit=5000000,6000000", "--metric", "fund.irr", "--json"));
    Path byHand = dir.resolve("drawn.yaml");
    Files.writeString(byHand, text.replace("limit: 3000000\n      drawn: 0",
        "limit: 6000000\n      drawn: 4000000"));
    assertThat(drawn.get("values").get(1).get(0).asDouble())
        .isEqualTo(LboEngine.DEFAULT.run(DealReader.read(byHand)).returnOf("fund").irr());
    assertCell(run(FACTORY, "--x", "financing.debt[0].drawn=4000000", "--y",
        "financing.debt[0].limit=3500000,5000000", "--metric", "fund.irr"),
        "financing.debt[0].drawn: the amount drawn at closing (4000000) is more than the"
            + " revolver's limit (3500000) (in the grid cell --x financing.debt[0].drawn=4000000,"
            + " --y financing.debt[0].limit=3500000)");

    // ownership 85 % / 15 %: 90 % with 10 %
    JsonNode owned = GridCommandTest.json(run(FACTORY, "--x", "financing.equity[0].ownership=90%",
        "--y", "financing.equity[1].ownership=10%", "--metric", "fund.irr", "--json"));
    assertThat(owned.get("values").get(0).get(0).isNumber()).isTrue();
    assertCell(run(FACTORY, "--x", "financing.equity[0].ownership=90%,80%", "--y",
        "financing.equity[1].ownership=10%,20%", "--metric", "fund.irr"),
        "financing.equity: the ownership shares of the ordinary classes must add up to 100%,"
            + " found 90% (in the grid cell --x financing.equity[0].ownership=80%, --y"
            + " financing.equity[1].ownership=10%)");

    // term loan A (base 2.1 % to 2.5 %): a margin of -8 % with a floor of 4 % or 5 %
    JsonNode floored = GridCommandTest.json(run(FACTORY, "--x",
        "financing.debt[1].rate.margin=-8%", "--y", "financing.debt[1].rate.floor=4%,5%",
        "--metric", "fund.irr", "--json"));
    assertThat(floored.get("values")).hasSize(2);
    assertThat(floored.get("failures")).isEmpty();
    assertCell(run(FACTORY, "--x", "financing.debt[1].rate.margin=-8%", "--y",
        "financing.debt[1].rate.floor=4%,2%", "--metric", "fund.irr"),
        "(in the grid cell --x financing.debt[1].rate.margin=-8%, --y"
            + " financing.debt[1].rate.floor=2%)");

    // the vendor loan repaid 20 % then 80 %: 30 % or 40 % with 50 % or 60 %
    Path schedule = dir.resolve("schedule.yaml");
    Files.writeString(schedule, text.replace("        bullet: 6\n",
        "        schedule: [\"20%\", \"80%\"]\n"));
    JsonNode repaid = GridCommandTest.json(run(schedule.toString(), "--x",
        "financing.debt[4].repayment.schedule[0]=30%,40%", "--y",
        "financing.debt[4].repayment.schedule[1]=50%,60%", "--metric", "fund.irr", "--json"));
    assertThat(repaid.get("values")).hasSize(2);
    assertThat(repaid.get("failures")).isEmpty();
    assertCell(run(schedule.toString(), "--x", "financing.debt[4].repayment.schedule[0]=30%,40%",
        "--y", "financing.debt[4].repayment.schedule[1]=50%,70%", "--metric", "fund.irr"),
        "financing.debt[4].repayment.schedule: the repayment shares add up to 110%, more than"
            + " 100% of the amount (in the grid cell --x"
            + " financing.debt[4].repayment.schedule[0]=40%, --y"
            + " financing.debt[4].repayment.schedule[1]=70%)");

    // the expansion's row, 87.5 % / 12.5 %: 90 % with 10 %
    Path risky = dir.resolve("risk.yaml");
    Files.writeString(risky, text + RISK);
    JsonNode row = GridCommandTest.json(run(risky.toString(), "--x",
        "risk.cycle.transition[0][0]=0.9", "--y", "risk.cycle.transition[0][1]=0.1", "--metric",
        "default.probability", "--paths", "200", "--seed", "1", "--json"));
    assertThat(row.get("values").get(0).get(0).isNumber()).isTrue();
    assertCell(run(risky.toString(), "--x", "risk.cycle.transition[0][0]=0.9", "--y",
        "risk.cycle.transition[0][1]=0.1,0.2", "--metric", "default.probability", "--paths",
        "200", "--seed", "1"),
        "risk.cycle.transition[0]: the probabilities must add up to 1 (100%), found 1.1 (110%)"
            + " (in the grid cell --x risk.cycle.transition[0][0]=0.9, --y"
            + " risk.cycle.transition[0][1]=0.2)");
    // and the year-1 distribution, 90 % / 10 %: 80 % with 20 %
    Path initial = dir.resolve("initial.yaml");
    Files.writeString(initial, text + RISK + "    initial: [0.9, 0.1]\n");
    JsonNode start = GridCommandTest.json(run(initial.toString(), "--x",
        "risk.cycle.initial[0]=0.8", "--y", "risk.cycle.initial[1]=0.2", "--metric",
        "default.probability", "--paths", "200", "--seed", "1", "--json"));
    assertThat(start.get("values").get(0).get(0).isNumber()).isTrue();
    assertCell(run(initial.toString(), "--x", "risk.cycle.initial[0]=0.8,0.7", "--y",
        "risk.cycle.initial[1]=0.2", "--metric", "default.probability", "--paths", "200",
        "--seed", "1"),
        "risk.cycle.initial: the probabilities must add up to 1 (100%), found 0.9 (90%) (in the"
            + " grid cell --x risk.cycle.initial[0]=0.7, --y risk.cycle.initial[1]=0.2)");
  }

  /**
   * The exit year, a named input, counts its years between the base year and the exit, which a
   * key path may move: the base year ({@code company.baseYear}), or a scenario's exit. Each cell's
   * year is checked against the cell's own deal: a year refused by the file's years alone runs
   * where the cell's deal has it, and a year the file has but the cell's deal not is refused
   * before any work, naming the cell.
   */
  @Test
  void anExitYearBesideAKeyPathThatMovesTheYears(@TempDir Path dir) throws Exception {
    // base year 2025, exit 2030: an exit in 2025 needs a base year before it
    JsonNode d = GridCommandTest.json(run(FACTORY, "--x", "company.baseYear=2024,2023", "--y",
        "exit.year=2025:2030:1", "--metric", "fund.irr", "--json"));
    assertThat(d.get("values")).hasSize(6);
    assertThat(d.get("failures")).isEmpty();
    Path earlier = dir.resolve("2024.yaml");
    Files.writeString(earlier, Files.readString(Path.of(FACTORY))
        .replace("baseYear: 2025", "baseYear: 2024"));
    JsonNode one = GridCommandTest.json(run(earlier.toString(), "--x", "exit.year=2025", "--y",
        "exit.multiple=7", "--metric", "fund.irr", "--json"));
    assertThat(d.get("values").get(0).get(0).asDouble())
        .isEqualTo(one.get("values").get(0).get(0).asDouble());
    assertCell(run(FACTORY, "--x", "company.baseYear=2024,2025", "--y", "exit.year=2025:2030:1",
        "--metric", "fund.irr"), "grid.exit.year: expected whole calendar years from 2026 to the"
        + " deal's exit year 2030, found 2025 (in the grid cell --x company.baseYear=2025, --y"
        + " exit.year=2025)");
    Cli.Result fr = Cli.runAsMain("grid", FACTORY, "--x", "company.baseYear=2024,2025", "--y",
        "exit.year=2025:2030:1", "--metric", "fund.irr", "--lang", "fr");
    assertThat(fr.code()).isEqualTo(2);
    assertThat(fr.err()).contains("grid.exit.year\u00a0: attendu : des années civiles entières"
        + " de 2026 à l'année de sortie de l'opération 2030 ; trouvé : 2025 (dans la cellule de la"
        + " grille --x company.baseYear=2025, --y exit.year=2025)");
    // a year that no cell's deal has is refused alone, as beside a named input
    assertThat(run(FACTORY, "--x", "financing.cashSweep=0.5", "--y", "exit.year=2025,2026",
        "--metric", "fund.irr").err()).contains("--y: expected whole calendar years from 2026 to"
        + " the deal's exit year 2030, found 2025");

    // the employees' scenario exits in 2030 like the file: an exit in 2031 there, and in 2028
    String scenarios = SimulateCommandTest.SCENARIOS;
    JsonNode late = GridCommandTest.json(run(scenarios, "--scenario", "Employee LBO", "--x",
        "scenarios[2].exit.year=2031", "--y", "exit.year=2029,2031", "--metric",
        "employees.irr", "--json"));
    assertThat(late.get("values")).hasSize(2);
    assertThat(late.get("failures")).isEmpty();
    assertCell(run(scenarios, "--scenario", "Employee LBO", "--x",
        "scenarios[2].exit.year=2028,2030", "--y", "exit.year=2027:2030:1", "--metric",
        "employees.irr"), "grid.exit.year: expected whole calendar years from 2026 to the deal's"
        + " exit year 2028, found 2029 (in the grid cell --x scenarios[2].exit.year=2028, --y"
        + " exit.year=2029)");
  }

  private static void assertCell(Result r, String message) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: ").contains(message).doesNotContain("Usage:");
  }
}
