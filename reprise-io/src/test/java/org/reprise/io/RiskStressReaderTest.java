package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reprise.io.RiskReaderTest.failsAt;
import static org.reprise.io.RiskReaderTest.risk;

import org.junit.jupiter.api.Test;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.model.risk.StressScenario;

/** {@code risk.stress}: year-by-year and shock stresses, their names and paths. */
class RiskStressReaderTest {

  static StressScenario first(String items) {
    return risk("  stress:\n" + items).model().stresses().get(0);
  }

  @Test
  void aYearByYearStress() {
    StressScenario s = first("    - {name: flat, startYear: 2, growth: [\"-10%\", 0, 0.05],"
        + " costShift: [0.02, 0, 0], description: \"a bad year\"}");
    assertThat(s.name()).isEqualTo("flat");
    assertThat(s.description()).isEqualTo("a bad year");
    assertThat(s.startYear()).isEqualTo(2);
    assertThat(s.growth()).containsExactly(-0.1, 0, 0.05);
    assertThat(s.costShift()).containsExactly(0.02, 0, 0);
    assertThat(first("    - {name: one, growth: \"-20%\"}").growth()).containsExactly(-0.2);
  }

  @Test
  void aShockWithTheDefaultReboundIsThe2009Stress() {
    StressScenario s = first("    - {name: \"2009\", depth: \"30%\"}");
    StressScenario d = RiskDefaults.crisis2009(1);
    // the same arithmetic, bit for bit
    assertThat(s.growth()).containsExactly(d.growth());
    assertThat(s.startYear()).isEqualTo(1);
  }

  /**
   * {@code relativeToPlan}: the year-by-year form replaces the years' growth unless it says
   * otherwise (a file's stress means what it meant); the shock form is an overlay on the plan
   * unless it says otherwise, like the built-in "2009" it reproduces.
   */
  @Test
  void relativeToPlanDefaultsToFalseYearByYearAndToTrueForAShock() {
    assertThat(first("    - {name: flat, growth: [0]}").relativeToPlan()).isFalse();
    assertThat(first("    - {name: flat, growth: [0], relativeToPlan: true}").relativeToPlan())
        .isTrue();
    StressScenario shock = first("    - {name: \"2009\", depth: \"30%\"}");
    assertThat(shock.relativeToPlan()).isTrue();
    assertThat(shock.relativeToPlan()).isEqualTo(RiskDefaults.crisis2009(1).relativeToPlan());
    assertThat(first("    - {name: old, depth: 0.3, relativeToPlan: false}").relativeToPlan())
        .isFalse();
    assertThat(RiskReaderTest.risk("  stress: [{name: s, growth: [0]}]").stress("2009")
        .relativeToPlan()).isTrue(); // the defaults kept beside the file's
  }

  @Test
  void relativeToPlanMustBeABooleanInEnglishAndFrench() {
    failsAt("  stress:\n    - {name: a, growth: [0], relativeToPlan: sometimes}",
        "risk.stress[0].relativeToPlan")
        .hasMessage("risk.stress[0].relativeToPlan: expected true or false, found \"sometimes\"")
        .satisfies(e -> assertThat(MessagesFr.translate((org.reprise.model.DealException) e))
            .isEqualTo("attendu : true ou false ; trouvé : \"sometimes\""));
    failsAt("  stress:\n    - {name: a, depth: 0.3, relativeToPlan: 1}",
        "risk.stress[0].relativeToPlan")
        .hasMessage("risk.stress[0].relativeToPlan: expected true or false, found 1");
    failsAt("  stress:\n    - {name: a, growth: [0], relativeToPlan: [true]}",
        "risk.stress[0].relativeToPlan").hasMessageContaining("expected true or false");
    failsAt("  stress:\n    - {name: a, growth: [0], relativToPlan: true}",
        "risk.stress[0].relativToPlan").hasMessageContaining("did you mean `relativeToPlan`?");
  }

  @Test
  void personnelFlexOfAStressZeroByDefaultWithEitherForm() {
    assertThat(first("    - {name: flat, growth: [0]}").personnelFlex()).isZero();
    assertThat(first("    - {name: \"2009\", depth: \"30%\"}").personnelFlex()).isZero();
    assertThat(first("    - {name: \"2009\", depth: \"30%\", personnelFlex: 0.5}").personnelFlex())
        .isEqualTo(0.5);
    assertThat(first("    - {name: flat, growth: [\"-20%\"], personnelFlex: \"40%\"}")
        .personnelFlex()).isEqualTo(0.4);
    for (String bad : new String[] {"1.2", "-0.5", "soon"}) {
      failsAt("  stress:\n    - {name: a, depth: 0.3, personnelFlex: " + bad + "}",
          "risk.stress[0].personnelFlex")
          .hasMessageStartingWith("risk.stress[0].personnelFlex: expected a share of the revenue"
              + " shortfall between 0 and 1, such as 0.5 or \"50%\", found ");
    }
    failsAt("  stress:\n    - {name: a, depth: 0.3, personnelFlex: .nan}",
        "risk.stress[0].personnelFlex").hasMessageContaining("found .nan: not a number");
  }

  @Test
  void aShockWithItsOwnRebound() {
    StressScenario s = first("    - {name: mild, startYear: 3, depth: 0.2,"
        + " levelAfterRebound: \"95%\", recoveryYears: 2}");
    double[] g = s.growth();
    assertThat(g).hasSize(4);
    assertThat(g[0]).isEqualTo(-0.2);
    // level after two years 0.95, back to 1 after two more
    assertThat((1 + g[0]) * (1 + g[1])).isCloseTo(0.95, org.assertj.core.data.Offset.offset(1e-15));
    assertThat((1 + g[0]) * (1 + g[1]) * (1 + g[2]) * (1 + g[3]))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(first("    - {name: v, depth: 0.2, levelAfterRebound: 1.1}").growth()).hasSize(2);
    assertThat(first("    - {name: v, depth: 0.2, recoveryYears: 0}").growth()).hasSize(2);
  }

  @Test
  void fileStressesComeFirstAndReplaceDefaultsOfTheSameName() {
    RiskReader.Risk r = risk("  stress:\n    - {name: \"2009\", depth: 0.4}\n"
        + "    - {name: mine, growth: [0]}");
    assertThat(r.stressNames()).containsExactly("2009", "mine", "2009-severe");
    assertThat(r.stress("2009").growth()[0]).isEqualTo(-0.4);
    assertThat(r.startYearPath("mine")).isEqualTo("risk.stress[1].startYear");
    assertThat(r.origin()).contains("2 stress scenarios from the file");
    // a number as a name is kept as written
    assertThat(risk("  stress: [{name: 2010, depth: 0.1}]").stressNames()).contains("2010");
  }

  @Test
  void badStressesAreNamed() {
    failsAt("  stress:\n    - {name: a, growth: [0, \"-100%\"]}", "risk.stress[0].growth[1]")
        .hasMessageContaining("above -100%");
    failsAt("  stress:\n    - {name: a, growth: [0, 0], costShift: [0.01]}",
        "risk.stress[0].costShift").hasMessageContaining("expected 2 values");
    failsAt("  stress:\n    - {name: a, growth: [0], costShift: [1]}",
        "risk.stress[0].costShift[0]");
    failsAt("  stress:\n    - {name: a, growth: [0], depth: 0.3}", "risk.stress[0].depth")
        .hasMessageContaining("not both");
    failsAt("  stress:\n    - {name: a, growth: [0], recoveryYears: 3}",
        "risk.stress[0].recoveryYears").hasMessageContaining("goes with `depth`");
    failsAt("  stress:\n    - {name: a, depth: 0.3, costShift: [0.01]}",
        "risk.stress[0].costShift").hasMessageContaining("goes with `growth`");
    failsAt("  stress:\n    - {name: a}", "risk.stress[0]")
        .hasMessageContaining("expected `growth`");
    failsAt("  stress:\n    - {growth: [0]}", "risk.stress[0].name");
    failsAt("  stress:\n    - {name: a, depth: \"100%\"}", "risk.stress[0].depth");
    failsAt("  stress:\n    - {name: a, depth: 0.3, levelAfterRebound: 0}",
        "risk.stress[0].levelAfterRebound");
    failsAt("  stress:\n    - {name: a, depth: 0.3, recoveryYears: -1}",
        "risk.stress[0].recoveryYears");
    failsAt("  stress:\n    - {name: a, growth: [0], startYear: 0}", "risk.stress[0].startYear");
    failsAt("  stress:\n    - {name: a, growth: [0]}\n    - {name: a, growth: [0]}",
        "risk.stress[1].name").hasMessageContaining("risk.stress[0]");
    failsAt("  stress:\n    - {name: a, grwth: [0]}", "risk.stress[0].grwth")
        .hasMessageContaining("did you mean `growth`?");
    failsAt("  stress: {name: a}", "risk.stress");
  }
}
