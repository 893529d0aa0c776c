package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.model.risk.StressScenario;

/**
 * {@link GridOverlaps}: the key paths a grid refuses because the other axis or {@code --stress}
 * would make them flat, the keys of the "2009" stress a {@code recession.depth} axis keeps, and
 * what such a pair computes.
 */
class GridOverlapsTest {

  /** A file's stresses: its own "2009" first, a second one. */
  private static final Map<String, String> STRESSES =
      Map.of("2009", "risk.stress[0]", "mild", "risk.stress[1]");

  private static final GridOverlaps DEPTH =
      new GridOverlaps(null, true, STRESSES, "risk.cycle.regimes[1]", "recession");
  private static final GridOverlaps NONE =
      new GridOverlaps(null, false, STRESSES, "risk.cycle.regimes[1]", "recession");

  /** A "2009" of two years without a cost shift, and one of a single year. */
  private static final StressScenario TWO_YEARS =
      new StressScenario("2009", "", 1, new double[] {-0.3, 0.25}, new double[0], true);
  private static final StressScenario ONE_YEAR =
      new StressScenario("2009", "", 1, new double[] {-0.3}, new double[0], false);
  private static final StressScenario ONE_YEAR_SHIFTED =
      new StressScenario("2009", "", 1, new double[] {-0.3}, new double[] {0.02}, false);

  /**
   * Beside {@code recession.depth}, only the keys of the "2009" that {@code
   * GridParameters.withDepth} replaces in every cell are refused: its relativeToPlan and its name
   * always, its first year's growth (or its growth as one number) when the stress has no other
   * year nor cost shift. Its depth and its growth in any year set the shape the axis scales (the
   * later years' shortfall relative to the first year's fall): they move the cells (review 27,
   * finding 2).
   */
  @Test
  void theKeysOfThe2009StressThatTheDepthReplacesAreRefused() {
    GridOverlaps depth = depth(TWO_YEARS);
    for (String key : new String[] {"personnelFlex", "levelAfterRebound", "recoveryYears",
        "startYear", "costShift", "costShift[2]", "growth[1]", "growth[12]", "depth",
        "growth[0]", "growth[00]", "description"}) {
      assertThat(depth.overlap("risk.stress[0]." + key, "recession.depth", "--x")).as(key)
          .isNull();
    }
    assertThat(depth.overlap("risk.stress[0].relativeToPlan", "recession.depth", "--x"))
        .isEqualTo("risk.stress[0].relativeToPlan says whether the \"2009\" stress is relative"
            + " to the plan, but the recession.depth axis (--x) scales it as a shock relative to"
            + " the plan in every cell, so this axis would change nothing");
    assertThat(depth.overlap("risk.stress[00].name", "recession.depth", "--y"))
        .startsWith("risk.stress[00].name is the name of the \"2009\" stress");
    // the whole growth set to one number: a one-year stress, scaled to exactly -depth
    assertThat(depth.overlap("risk.stress[0].growth", "recession.depth", "--x"))
        .startsWith("risk.stress[0].growth leaves the \"2009\" stress one year long with no"
            + " costShift");
    // a one-year stress: its only year is the axis's
    for (String key : new String[] {"growth", "growth[0]", "growth[000]"}) {
      assertThat(depth(ONE_YEAR).overlap("risk.stress[0]." + key, "recession.depth", "--x"))
          .as(key).startsWith("risk.stress[0]." + key + " leaves the \"2009\" stress one year");
    }
    // ... unless it shifts the costs, which the axis scales by depth / -growth[0]
    assertThat(depth(ONE_YEAR_SHIFTED).overlap("risk.stress[0].growth[0]", "recession.depth",
        "--x")).isNull();
    assertThat(depth(ONE_YEAR_SHIFTED).overlap("risk.stress[0].growth", "recession.depth",
        "--x")).isNull();
    // the whole item is left to the readers (a number is not a stress)
    assertThat(depth.overlap("risk.stress[0]", "recession.depth", "--x")).isNull();
  }

  @Test
  void aStressNoCellAppliesIsRefused() {
    // another stress, beside the depth or with none applied
    assertThat(DEPTH.overlap("risk.stress[1].personnelFlex", "recession.depth", "--x"))
        .contains("every cell applies the stress \"2009\"");
    assertThat(NONE.overlap("risk.stress[0].personnelFlex", "leverage", "--x"))
        .contains("which no cell applies", "give --stress \"2009\"");
    GridOverlaps mild = new GridOverlaps("mild", false, STRESSES, null, null);
    assertThat(mild.overlap("risk.stress[1].depth", "leverage", "--x")).isNull();
    assertThat(mild.overlap("risk.stress[0].depth", "leverage", "--x"))
        .contains("every cell applies the stress \"mild\"");
    // a stress the file does not define: the readers say so
    assertThat(NONE.overlap("risk.stress[7].depth", "leverage", "--x")).isNull();
  }

  /** An index is the item's number, however it is written (review 27, finding 5). */
  @Test
  void anIndexWithLeadingZerosIsTheSameItem() {
    assertThat(GridOverlaps.normalise("risk.stress[01].growth[00]")).isEqualTo(
        "risk.stress[1].growth[0]");
    assertThat(GridOverlaps.normalise("financing.debt[10].rate")).isEqualTo(
        "financing.debt[10].rate");
    assertThat(GridOverlaps.normalise("a[0][007][100]")).isEqualTo("a[0][7][100]");
    GridOverlaps stress2009 = new GridOverlaps("2009", false, STRESSES, null, null);
    for (String i : new String[] {"1", "01", "0001"}) {
      assertThat(stress2009.overlap("risk.stress[" + i + "].personnelFlex", "exit.multiple",
          "--y")).isEqualTo("risk.stress[" + i + "].personnelFlex is a key of the stress"
              + " \"mild\", but every cell applies the stress \"2009\", so this axis would"
              + " change nothing");
      assertThat(NONE.overlap("risk.cycle.regimes[" + i + "].growth.mean", "recession.growth",
          "--x")).startsWith("risk.cycle.regimes[" + i + "].growth.mean is the mean growth");
    }
    assertThat(stress2009.overlap("risk.stress[00].personnelFlex", "exit.multiple", "--y"))
        .isNull();
    assertThat(NONE.overlap("risk.cycle.regimes[00].growth.mean", "recession.growth", "--x"))
        .isNull();
  }

  /** A key of a scenario the grid does not run (review 27, finding 6). */
  @Test
  void aScenarioTheGridDoesNotRunIsRefused() {
    List<String> names = List.of("Status quo", "Fund LBO", "Employee LBO", "SCOP");
    GridOverlaps top = new GridOverlaps(null, false, Map.of(), null, null, null, names, -1);
    GridOverlaps scop = new GridOverlaps(null, false, Map.of(), null, null, null, names, 3);
    assertThat(top.overlap("scenarios[2].financing.cashSweep", "leverage", "--y")).isEqualTo(
        "scenarios[2].financing.cashSweep is a key of the scenario \"Employee LBO\""
            + " (scenarios[2]), but every cell runs the top-level deal (no --scenario), so this"
            + " axis would change nothing: give --scenario \"Employee LBO\" to run it");
    assertThat(scop.overlap("scenarios[02].financing.cashSweep", "leverage", "--y")).isEqualTo(
        "scenarios[02].financing.cashSweep is a key of the scenario \"Employee LBO\""
            + " (scenarios[2]), but every cell runs the scenario \"SCOP\" (--scenario), so this"
            + " axis would change nothing: give --scenario \"Employee LBO\" to run it");
    assertThat(scop.overlap("scenarios[3].financing.cashSweep", "leverage", "--y")).isNull();
    assertThat(scop.overlap("scenarios[003].financing.cashSweep", "leverage", "--y")).isNull();
    assertThat(scop.overlap("scenarios[3]", "leverage", "--y")).isNull();
    // the scenario run's own price beside entry.multiple is still refused as such
    assertThat(scop.overlap("scenarios[3].transaction.price.multiple", "entry.multiple", "--x"))
        .startsWith("scenarios[3].transaction.price.multiple is part of the entry price");
    // a scenario the file does not have: the readers say so
    assertThat(scop.overlap("scenarios[9].exit.year", "leverage", "--y")).isNull();
    assertThat(top.overlap("financing.cashSweep", "leverage", "--y")).isNull();
  }

  private static GridOverlaps depth(StressScenario own2009) {
    return new GridOverlaps(null, true, STRESSES, "risk.cycle.regimes[1]", "recession", own2009,
        List.of(), -1);
  }

  @Test
  void aNamedInputReplacesTheValueItSets() {
    assertThat(NONE.overlap("transaction.price.multiple", "entry.multiple", "--y"))
        .startsWith("transaction.price.multiple is part of the entry price");
    assertThat(NONE.overlap("scenarios[2].transaction.price.amount", "entry.multiple", "--y"))
        .startsWith("scenarios[2].transaction.price.amount is part of the entry price");
    assertThat(NONE.overlap("transaction.transactionFees", "entry.multiple", "--y")).isNull();
    assertThat(NONE.overlap("exit.value.multiple", "exit.multiple", "--x"))
        .startsWith("exit.value.multiple is part of the exit value");
    assertThat(NONE.overlap("exit.value.multiple", "entry.multiple", "--x")).isNull();
    assertThat(NONE.overlap("risk.cycle.regimes[1].growth.mean", "recession.growth", "--x"))
        .contains("the mean growth of the recession regime \"recession\"");
    assertThat(NONE.overlap("risk.cycle.regimes[0].growth.mean", "recession.growth", "--x"))
        .isNull();
    assertThat(NONE.overlap("risk.cycle.regimes[1].growth.sd", "recession.growth", "--x"))
        .isNull();
    assertThat(new GridOverlaps(null, false, Map.of(), null, null)
        .overlap("financing.cashSweep", "leverage", "--x")).isNull();
  }

  /**
   * The depth of the "2009" stress beside its personnel flexibility: both move the cells (the
   * axis scales each cell's own "2009"; before, the flexibility was flat), depth 0 is no stress
   * whatever the flexibility, and at the stress's own depth (30 %) the cells are, bit for bit,
   * those of {@code --stress 2009} with the same flexibility.
   */
  @Test
  void theDepthBesideTheFlexOfThe2009(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("flex.yaml");
    Files.writeString(f, Files.readString(Path.of(GridCommandTest.FACTORY))
        + "\nrisk:\n  stress:\n    - {name: \"2009\", depth: \"30%\", personnelFlex: 0}\n");
    JsonNode grid = GridCommandTest.json(GridCommandTest.run(f.toString(), "--x",
        "recession.depth=0,0.15,0.3", "--y", "risk.stress[0].personnelFlex=0,0.5,1", "--metric",
        "fund.irr", "--json"));
    JsonNode v = grid.get("values");
    for (int j = 1; j < 3; j++) {
      assertThat(v.get(j).get(0).asDouble()).isEqualTo(v.get(0).get(0).asDouble());
      for (int i = 1; i < 3; i++) {
        assertThat(v.get(j).get(i).asDouble()).isGreaterThan(v.get(j - 1).get(i).asDouble());
      }
    }
    JsonNode stressed = GridCommandTest.json(GridCommandTest.run(f.toString(), "--x",
        "exit.multiple=7", "--y", "risk.stress[0].personnelFlex=0,0.5,1", "--metric", "fund.irr",
        "--stress", "2009", "--json"));
    for (int j = 0; j < 3; j++) {
      assertThat(v.get(j).get(2).asDouble())
          .isEqualTo(stressed.get("values").get(j).get(0).asDouble());
    }
    // the fund's IRR under the 2009 stress: -9.4 % with no flexibility, -6.0 % with 0.5
    assertThat(v.get(0).get(2).asDouble()).isBetween(-0.0945, -0.0935);
    assertThat(v.get(1).get(2).asDouble()).isBetween(-0.0605, -0.0595);
    // and on the paths of a Monte Carlo metric: more flexibility, fewer defaults
    JsonNode mc = GridCommandTest.json(GridCommandTest.run(f.toString(), "--x",
        "recession.depth=0.3", "--y", "risk.stress[0].personnelFlex=0,1", "--metric",
        "default.probability", "--paths", "300", "--seed", "1", "--json"));
    assertThat(mc.get("values").get(1).get(0).asDouble())
        .isLessThan(mc.get("values").get(0).get(0).asDouble());
  }

  /**
   * The depth of the file's "2009" beside a recession.depth axis, accepted since review 27
   * (finding 2): it sets the later years' shortfall relative to the first year's fall (a
   * depth-defined stress is back at 87.5 % the next year whatever its depth), which the axis then
   * scales, so it moves the cells: each row is, bit for bit, the grid of a file whose "2009" has
   * that depth (the reviewer's 0.0 % / -30.3 % at 20 %, 3.5 % / -9.4 % at 30 %). The first year's
   * growth of a year-by-year "2009" moves them too.
   */
  @Test
  void theDepthOfThe2009BesideTheDepthAxisMovesTheCells(@TempDir Path dir) throws Exception {
    String factory = Files.readString(Path.of(GridCommandTest.FACTORY));
    Path f = dir.resolve("depth.yaml");
    Files.writeString(f,
        factory + "\nrisk:\n  stress:\n    - {name: \"2009\", depth: \"30%\"}\n");
    JsonNode v = GridCommandTest.json(GridCommandTest.run(f.toString(), "--x",
        "recession.depth=0.15,0.3", "--y", "risk.stress[0].depth=0.2,0.3", "--metric", "fund.irr",
        "--json")).get("values");
    for (int i = 0; i < 2; i++) {
      assertThat(v.get(0).get(i).asDouble()).isNotEqualTo(v.get(1).get(i).asDouble());
    }
    String[] depths = {"20%", "30%"};
    for (int j = 0; j < 2; j++) {
      Path g = dir.resolve("depth" + j + ".yaml");
      Files.writeString(g, factory + "\nrisk:\n  stress:\n    - {name: \"2009\", depth: \""
          + depths[j] + "\"}\n");
      JsonNode w = GridCommandTest.json(GridCommandTest.run(g.toString(), "--x",
          "recession.depth=0.15,0.3", "--y", "exit.multiple=7", "--metric", "fund.irr", "--json"))
          .get("values");
      for (int i = 0; i < 2; i++) {
        assertThat(v.get(j).get(i).asDouble()).isEqualTo(w.get(0).get(i).asDouble());
      }
    }
    assertThat(v.get(0).get(0).asDouble()).isBetween(0.0030, 0.0040);
    assertThat(v.get(0).get(1).asDouble()).isBetween(-0.3040, -0.3030);
    assertThat(v.get(1).get(0).asDouble()).isBetween(0.0375, 0.0385);
    assertThat(v.get(1).get(1).asDouble()).isBetween(-0.0940, -0.0930);

    Path y = dir.resolve("years.yaml");
    Files.writeString(y, factory
        + "\nrisk:\n  stress:\n    - {name: \"2009\", growth: [\"-30%\", \"25%\"]}\n");
    JsonNode u = GridCommandTest.json(GridCommandTest.run(y.toString(), "--x",
        "recession.depth=0.15,0.3", "--y", "risk.stress[0].growth[0]=-0.2,-0.3", "--metric",
        "fund.irr", "--json")).get("values");
    for (int i = 0; i < 2; i++) {
      assertThat(u.get(0).get(i).asDouble()).isNotEqualTo(u.get(1).get(i).asDouble());
    }
  }
}
