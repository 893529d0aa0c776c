package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reprise.io.RiskReaderTest.assertSameCycle;
import static org.reprise.io.RiskReaderTest.failsAt;
import static org.reprise.io.RiskReaderTest.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.Regime;
import org.reprise.model.risk.RiskDefaults;

/** {@code risk.cycle}: regimes, transition matrix, year-1 regime. */
class RiskCycleReaderTest {

  /** The default cycle written out in the file. */
  static final String DEFAULTS = String.join("\n",
      "  cycle:",
      "    regimes:",
      "      - {name: expansion, growth: {mean: 0, sd: \"5%\"}, recovery: \"44%\"}",
      "      - {name: recession, growth: {mean: \"-15%\", sd: 0.10, relativeToPlan: false}}",
      "    transition:",
      "      - [\"87.5%\", \"12.5%\"]",
      "      - [0.65, 0.35]");

  static BusinessCycle cycle(String yaml) {
    return risk(yaml).model().cycle();
  }

  /** A two-regime cycle with the given transition and initial lines. */
  static String twoRegimes(String transition, String initial) {
    return String.join("\n",
        "  cycle:",
        "    regimes: [{name: up, growth: {sd: 0.05}}, {name: down, growth: {mean: -0.1}}]",
        "    transition: " + transition,
        initial == null ? "" : "    initial: " + initial);
  }

  @Test
  void theDefaultsWrittenOutGiveTheDefaultCycle() {
    RiskReader.Risk r = risk(DEFAULTS);
    assertThat(r.defaultCycle()).isFalse();
    assertThat(r.origin()).contains("business cycle from the file");
    assertSameCycle(r.model().cycle(), RiskDefaults.autoSupplierCycle());
  }

  @Test
  void regimesTakeTheirDefaults() {
    BusinessCycle c = cycle(twoRegimes("[[1, 0], [0.5, 0.5]]", null));
    assertThat(c.regimes()).containsExactly(
        new Regime("up", 0, 0.05, true, 0, 0), new Regime("down", -0.1, 0, true, 0, 0));
    BusinessCycle withShift = cycle(String.join("\n",
        "  cycle:",
        "    regimes:",
        "      - {name: only, costShift: {mean: \"1%\", sd: \"0.5%\"}}",
        "    transition: [[1]]"));
    assertThat(withShift.regimes()).containsExactly(new Regime("only", 0, 0, true, 0.01, 0.005));
    assertThat(withShift.initial()).containsExactly(1.0);
  }

  @Test
  void theMatrixMayBeAMappingOfRows() {
    BusinessCycle list = cycle(twoRegimes("[[0.9, 0.1], [0.6, 0.4]]", null));
    BusinessCycle mapping = cycle(twoRegimes(
        "{up: {up: 0.9, down: 0.1}, down: [0.6, 0.4]}", null));
    BusinessCycle omitted = cycle(twoRegimes("{up: {up: 0.9, down: 0.1}, down: {up: 1}}", null));
    assertSameCycle(mapping, list);
    assertThat(omitted.transition()[1]).containsExactly(1.0, 0.0);
  }

  @Test
  void initialIsStationaryByDefaultOrAsWritten() {
    BusinessCycle stationary = cycle(twoRegimes("[[0.9, 0.1], [0.6, 0.4]]", null));
    // π_down = 0.1 / (0.1 + 0.6)
    assertThat(stationary.initial()[1]).isCloseTo(1.0 / 7.0, org.assertj.core.data.Offset.offset(1e-15));
    assertSameCycle(cycle(twoRegimes("[[0.9, 0.1], [0.6, 0.4]]", "stationary")), stationary);
    assertThat(cycle(twoRegimes("[[0.9, 0.1], [0.6, 0.4]]", "down")).initial())
        .containsExactly(0, 1);
    assertThat(cycle(twoRegimes("[[0.9, 0.1], [0.6, 0.4]]", "[\"25%\", \"75%\"]")).initial())
        .containsExactly(0.25, 0.75);
    assertThat(cycle(twoRegimes("[[0.9, 0.1], [0.6, 0.4]]", "{down: 1}")).initial())
        .containsExactly(0, 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.1", "1.2", "\"120%\"", "lots", "\"0.5\""})
  void aProbabilityOutsideZeroOneIsNamed(String p) {
    failsAt(twoRegimes("[[1, 0], [" + p + ", 0.5]]", null), "risk.cycle.transition[1][0]")
        .hasMessageContaining("expected a probability between 0 and 1");
  }

  @Test
  void aRowMustAddUpToOne() {
    failsAt(twoRegimes("[[1, 0], [0.5, 0.45]]", null), "risk.cycle.transition[1]")
        .hasMessage("risk.cycle.transition[1]: the probabilities must add up to 1 (100%),"
            + " found 0.95 (95%)");
    failsAt(twoRegimes("{up: [1, 0], down: {up: 0.3}}", null), "risk.cycle.transition.down");
    failsAt(twoRegimes("[[1, 0], [0.5, 0.5]]", "[0.5, 0.6]"), "risk.cycle.initial");
  }

  @Test
  void theMatrixMustBeSquare() {
    failsAt(twoRegimes("[[1, 0]]", null), "risk.cycle.transition")
        .hasMessageContaining("expected 2 rows, one per regime (`up`, `down`), found 1");
    failsAt(twoRegimes("[[1, 0], [1]]", null), "risk.cycle.transition[1]")
        .hasMessageContaining("expected 2 probabilities");
    failsAt(twoRegimes("{up: [1, 0], dwn: [1, 0]}", null), "risk.cycle.transition.dwn")
        .hasMessageContaining("did you mean `down`?");
    failsAt(twoRegimes("{up: [1, 0]}", null), "risk.cycle.transition.down")
        .hasMessageContaining("required");
    failsAt(twoRegimes("0.5", null), "risk.cycle.transition");
  }

  @Test
  void aNegativeStandardDeviationIsNamed() {
    failsAt(String.join("\n",
        "  cycle:",
        "    regimes: [{name: a}, {name: b, growth: {sd: \"-5%\"}}]",
        "    transition: [[0.5, 0.5], [0.5, 0.5]]"), "risk.cycle.regimes[1].growth.sd")
        .hasMessageContaining("a standard deviation of 0 or more");
    failsAt(String.join("\n",
        "  cycle:",
        "    regimes: [{name: a, costShift: {sd: -0.01}}]",
        "    transition: [[1]]"), "risk.cycle.regimes[0].costShift.sd");
  }

  @Test
  void regimeProblemsAreNamed() {
    String t = "\n    transition: [[1]]";
    failsAt("  cycle:\n    regimes: []" + t, "risk.cycle.regimes");
    failsAt("  cycle:\n    regimes: [{growth: {sd: 0}}]" + t, "risk.cycle.regimes[0].name");
    failsAt("  cycle:\n    regimes: [{name: a, grwth: {}}]" + t, "risk.cycle.regimes[0].grwth")
        .hasMessageContaining("did you mean `growth`?");
    failsAt("  cycle:\n    regimes: [{name: a, growth: {mean: -1, relativeToPlan: false}}]" + t,
        "risk.cycle.regimes[0].growth.mean");
    failsAt("  cycle:\n    regimes: [{name: a, costShift: {mean: 1}}]" + t,
        "risk.cycle.regimes[0].costShift.mean");
    failsAt("  cycle:\n    regimes: [{name: a}, {name: a}]\n    transition: [[1, 0], [0, 1]]",
        "risk.cycle.regimes[1].name")
        .hasMessageContaining("unique").hasMessageContaining("risk.cycle.regimes[0]");
    failsAt("  cycle:\n    regimes: [{name: stationary}]" + t, "risk.cycle.regimes[0].name");
    failsAt("  cycle:\n    transition: [[1]]", "risk.cycle.regimes").hasMessageContaining("required");
    failsAt("  cycle:\n    regimes: [{name: a}]", "risk.cycle.transition")
        .hasMessageContaining("required");
  }

  @Test
  void initialProblemsAreNamed() {
    failsAt(twoRegimes("[[0.9, 0.1], [0.6, 0.4]]", "dwon"), "risk.cycle.initial")
        .hasMessageContaining("unknown regime \"dwon\": did you mean `down`?");
    failsAt(twoRegimes("[[0.9, 0.1], [0.6, 0.4]]", "[1]"), "risk.cycle.initial")
        .hasMessageContaining("expected 2 probabilities");
    // two absorbing regimes: no unique long-run distribution, so year 1 must be given
    failsAt(twoRegimes("[[1, 0], [0, 1]]", null), "risk.cycle.transition")
        .hasMessageContaining("give the initial regime explicitly");
    assertThat(cycle(twoRegimes("[[1, 0], [0, 1]]", "up")).initial()).containsExactly(1, 0);
  }

  @Test
  void recoveryIsAShareOfTheGapZeroByDefault() {
    BusinessCycle c = cycle(String.join("\n",
        "  cycle:",
        "    regimes:",
        "      - {name: up, growth: {sd: 0.05}, recovery: \"44%\"}",
        "      - {name: half, recovery: 0.5}",
        "      - {name: all, recovery: 1}",
        "      - {name: down, growth: {mean: -0.1, relativeToPlan: false}, recovery: 0}",
        "    transition: [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]",
        "    initial: up"));
    assertThat(c.regimes()).extracting(Regime::recovery).containsExactly(0.44, 0.5, 1.0, 0.0);
    assertThat(cycle(twoRegimes("[[1, 0], [0.5, 0.5]]", null)).regimes())
        .extracting(Regime::recovery).containsExactly(0.0, 0.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.1", "1.5", "\"150%\"", "fast", "[0.4]"})
  void aRecoveryOutsideZeroOneIsNamed(String k) {
    failsAt(String.join("\n",
        "  cycle:",
        "    regimes: [{name: up, recovery: " + k + "}]",
        "    transition: [[1]]"), "risk.cycle.regimes[0].recovery")
        .hasMessageStartingWith("risk.cycle.regimes[0].recovery: expected a share of the gap"
            + " between 0 and 1, such as 0.44 or \"44%\", found ");
  }

  @Test
  void personnelFlexIsAShareOfTheShortfallZeroByDefault() {
    BusinessCycle c = cycle(String.join("\n",
        "  cycle:",
        "    regimes:",
        "      - {name: up, growth: {sd: 0.05}, recovery: \"44%\"}",
        "      - {name: down, growth: {mean: -0.15, relativeToPlan: false}, personnelFlex: 0.5}",
        "      - {name: deep, growth: {mean: -0.3, relativeToPlan: false}, personnelFlex: \"83%\"}",
        "      - {name: all, personnelFlex: 1}",
        "    transition: [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]",
        "    initial: up"));
    assertThat(c.regimes()).extracting(Regime::personnelFlex)
        .containsExactly(0.0, 0.5, 0.83, 1.0);
    // the other fields are read as before
    assertThat(c.regimes().get(1).growthMean()).isEqualTo(-0.15);
    assertThat(cycle(twoRegimes("[[1, 0], [0.5, 0.5]]", null)).regimes())
        .extracting(Regime::personnelFlex).containsExactly(0.0, 0.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.1", "1.5", "\"150%\"", "half", "[0.4]"})
  void aPersonnelFlexOutsideZeroOneIsNamed(String f) {
    failsAt(String.join("\n",
        "  cycle:",
        "    regimes:",
        "      - {name: up}",
        "      - {name: down, growth: {mean: \"-15%\", relativeToPlan: false}, personnelFlex: "
            + f + "}",
        "    transition: [[0.9, 0.1], [0.6, 0.4]]"), "risk.cycle.regimes[1].personnelFlex")
        .hasMessageStartingWith("risk.cycle.regimes[1].personnelFlex: expected a share of the"
            + " revenue shortfall between 0 and 1, such as 0.5 or \"50%\", found ");
  }

  @Test
  void aNonFinitePersonnelFlexIsNamed() {
    for (String[] f : new String[][] {{".nan", "not a number"}, {".inf", "infinity"}}) {
      failsAt(String.join("\n",
          "  cycle:",
          "    regimes: [{name: up, personnelFlex: " + f[0] + "}]",
          "    transition: [[1]]"), "risk.cycle.regimes[0].personnelFlex")
          .hasMessageStartingWith("risk.cycle.regimes[0].personnelFlex: found " + f[0] + ": "
              + f[1] + " is not a value a deal can take");
    }
  }

  @Test
  void aRegimeOfAbsoluteGrowthCannotRecover() {
    failsAt(String.join("\n",
        "  cycle:",
        "    regimes:",
        "      - {name: up}",
        "      - {name: down, growth: {mean: \"-15%\", relativeToPlan: false}, recovery: \"40%\"}",
        "    transition: [[0.9, 0.1], [0.6, 0.4]]"), "risk.cycle.regimes[1].recovery")
        .hasMessage("risk.cycle.regimes[1].recovery: expected 0 in a regime of absolute growth"
            + " (`relativeToPlan` false), whose years do not recover towards the plan, found"
            + " \"40%\"");
  }

  @Test
  void theTemplatesRiskSectionUncommentedIsTheDefaultModel() {
    String template = DealTemplate.text();
    int start = template.indexOf("# risk:");
    StringBuilder section = new StringBuilder();
    for (String line : template.substring(start).split("\n")) {
      if (!line.startsWith("#")) {
        break;
      }
      section.append(line.substring(Math.min(2, line.length()))).append('\n');
    }
    RiskReader.Risk r = RiskReader.parse(TestDeals.MINIMAL + section, "template.yaml");
    assertSameCycle(r.model().cycle(), RiskDefaults.autoSupplierCycle());
    assertThat(r.model().rates().isNone()).isTrue();
    assertThat(r.stressNames()).contains("2009", "2009-severe", "mild", "flat");
  }
}
