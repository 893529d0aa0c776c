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
    assertThat(stressed[4]).isEqualTo(plan[4]);
    assertThat(plan[1]).isEqualTo(31_827_000.0, org.assertj.core.data.Offset.offset(1e-6));
    // nothing else changes
    assertThat(s.operations().personnel()).isSameAs(FACTORY.operations().personnel());
    assertThat(s.financing()).isSameAs(FACTORY.financing());
    assertThat(s.transaction()).isSameAs(FACTORY.transaction());
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
