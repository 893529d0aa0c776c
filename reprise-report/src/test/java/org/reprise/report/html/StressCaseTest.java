package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

class StressCaseTest {

  private static final Deal FACTORY =
      DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));

  @Test
  void lowersRevenueBy30Then20Then10PercentFromYearTwo() {
    Deal s = StressCase.of(FACTORY);
    double[] plan = FACTORY.operations().revenue();
    double[] stressed = s.operations().revenue();
    assertThat(stressed[0]).isEqualTo(plan[0]);
    assertThat(stressed[1] / plan[1]).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(stressed[2] / plan[2]).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(stressed[3] / plan[3]).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
    // back on plan: 0.7 × (0.8 / 0.7) × (0.9 / 0.8) × (1 / 0.9) = 1, to rounding
    assertThat(stressed[4] / plan[4]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(plan[1]).isEqualTo(31_827_000.0, org.assertj.core.data.Offset.offset(1e-6));
    // nothing else changes
    assertThat(s.operations().personnel()).isSameAs(FACTORY.operations().personnel());
    assertThat(s.operations().purchases()).isSameAs(FACTORY.operations().purchases());
    assertThat(s.financing()).isSameAs(FACTORY.financing());
    assertThat(s.transaction()).isSameAs(FACTORY.transaction());
  }

  /**
   * The case is a stress scenario relative to the plan, applied as `reprise simulate --stress`
   * applies one: from year 2, growth −30 % on top of the plan's, then 0.8 / 0.7 − 1 = +14.29 %,
   * 0.9 / 0.8 − 1 = +12.5 % and 1 / 0.9 − 1 = +11.11 %.
   */
  @Test
  void isAStressScenarioRelativeToThePlan() {
    org.reprise.model.risk.StressScenario s = StressCase.scenario(FACTORY);
    assertThat(s.relativeToPlan()).isTrue();
    assertThat(s.startYear()).isEqualTo(2);
    assertThat(s.growth()).containsExactly(new double[] {-0.3, 0.8 / 0.7 - 1.0,
        0.9 / 0.8 - 1.0, 1.0 / 0.9 - 1.0}, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(s.costShift()).isEmpty();
    assertThat(StressCase.of(FACTORY).operations().revenue())
        .containsExactly(org.reprise.sim.StressTest.apply(FACTORY, s).operations().revenue());
  }

  /**
   * A forward entry multiple (on year 1) with the shock in year 1 (a one-year hold): the price
   * stays the one agreed at closing, as in every stress.
   */
  @Test
  void theEntryPriceIsTheOneAgreedAtClosing() throws Exception {
    String yaml = java.nio.file.Files.readString(
        ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    String of = "    multiple: 7                  # 7 × 5.4 M€ = 37.8 M€ enterprise value\n"
        + "    of: ltm";
    assertThat(yaml).contains(of).contains("  year: 2030");
    Deal forward = DealReader.parse(yaml.replace(of, "    multiple: 7\n    of: forward")
        .replace("  year: 2030", "  year: 2026"), "forward.yaml");
    assertThat(StressCase.shockYear(forward)).isEqualTo(1);
    double planPrice = org.reprise.engine.LboEngine.DEFAULT.run(forward).sourcesAndUses()
        .entryEnterpriseValue();
    org.reprise.engine.DealResult stressed =
        org.reprise.engine.LboEngine.DEFAULT.run(StressCase.of(forward));
    assertThat(stressed.sourcesAndUses().entryEnterpriseValue()).isEqualTo(planPrice);
    assertThat(stressed.years().revenue[0] / org.reprise.engine.LboEngine.DEFAULT.run(forward)
        .years().revenue[0]).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aOneYearHoldIsShockedInYearOne() {
    Deal paper = DealReader.read(ReportFixtures.EXAMPLES.resolve("paper-lbo.yaml"));
    assertThat(StressCase.shockYear(paper)).isEqualTo(2);
    assertThat(StressCase.factor(paper, 1)).isEqualTo(1.0);
    assertThat(StressCase.factor(paper, 2)).isEqualTo(0.7, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(StressCase.factor(paper, 5)).isEqualTo(1.0);
  }
}
