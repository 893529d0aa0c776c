package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void theKeysOfThe2009StressThatTheDepthKeepsMoveTheCells() {
    for (String key : new String[] {"personnelFlex", "levelAfterRebound", "recoveryYears",
        "startYear", "costShift", "costShift[2]", "growth[1]", "growth[12]"}) {
      assertThat(DEPTH.overlap("risk.stress[0]." + key, "recession.depth", "--x")).as(key)
          .isNull();
    }
    for (String key : new String[] {".depth", ".growth", ".growth[0]", ".relativeToPlan",
        ".name", ""}) {
      assertThat(DEPTH.overlap("risk.stress[0]" + key, "recession.depth", "--x")).as(key)
          .startsWith("risk.stress[0]" + key + " is a key of the \"2009\" stress that the"
              + " recession.depth axis (--x) sets itself in every cell");
    }
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
}
