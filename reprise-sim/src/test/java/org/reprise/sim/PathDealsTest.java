package org.reprise.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.TrancheSchedule;
import org.reprise.model.Deal;
import org.reprise.model.Tranche;

/**
 * The path deal's base-rate shift: only floating tranches move, through the formula of their rate
 * with the base floored (docs/risk.md, "Base-rate shocks").
 */
class PathDealsTest {

  /** The factory's Euribor path, the base of its revolver and term loans (floor 0). */
  private static final double[] EURIBOR = {0.021, 0.023, 0.024, 0.025, 0.025};

  private static final double[] SHIFT = {0.01, -0.03, 0.0, 0.02, -0.005};

  @Test
  void aBaseRateShiftMovesTheFloatingTranchesOnly() {
    Deal deal = Deals.factory();
    List<Tranche> before = deal.financing().debt();
    List<Tranche> after = Deals.shiftedPath(deal, SHIFT).financing().debt();
    double[] margins = {0.025, 0.0325, 0.0375};
    for (int i = 0; i < 3; i++) { // revolver, term loans A and B: Euribor + margin, floor 0
      assertThat(after.get(i).floating()).isTrue();
      for (int t = 0; t < 5; t++) {
        double expected = Math.max(EURIBOR[t] + SHIFT[t], 0.0) + margins[i];
        assertThat(after.get(i).cashRate()[t])
            .as("%s, year %d", after.get(i).name(), t + 1)
            .isCloseTo(expected, within(1e-15));
      }
      // year 2: Euribor 2.3 % − 3 points is floored at 0: the rate is the margin alone
      assertThat(after.get(i).cashRate()[1]).isCloseTo(margins[i], within(1e-15));
      assertThat(after.get(i).cashRate()[2]).isEqualTo(before.get(i).cashRate()[2]);
    }
    for (int i = 3; i < 5; i++) { // mezzanine 6 %, vendor loan 4 %: fixed
      assertThat(after.get(i).floating()).isFalse();
      assertThat(after.get(i)).isSameAs(before.get(i));
    }
  }

  /** A path deal keeps a sweep stepping down with leverage (methodology §5.5), shifted or not. */
  @Test
  void aPathDealCarriesTheSweepSteps() {
    Deal factory = Deals.factory();
    org.reprise.model.SweepSteps steps = new org.reprise.model.SweepSteps(List.of(
        new org.reprise.model.SweepSteps.Step(0.75, 3.5),
        new org.reprise.model.SweepSteps.Step(0.0, Double.NaN)),
        org.reprise.model.SweepSteps.Leverage.SENIOR);
    Deal deal = DealEdits.withFinancing(factory, factory.financing().withSweepSteps(steps));
    assertThat(Deals.shiftedPath(deal, SHIFT).financing().sweepSteps()).isSameAs(steps);
    assertThat(Deals.shiftedPath(deal, new double[5]).financing().sweepSteps()).isSameAs(steps);
    assertThat(Deals.shiftedPath(deal, SHIFT).financing().cashSweep()).isEqualTo(0.75);
  }

  @Test
  void theEnginePaysTheShiftedRateOnFloatingDebtOnly() {
    Deal deal = Deals.factory();
    Deal path = Deals.shiftedPath(deal, SHIFT);
    DealResult shocked = LboEngine.DEFAULT.run(path);
    // average-balance interest: the rate the engine charged = interest / mean balance
    double[] fixed = {0, 0, 0, 0.06, 0.04};
    for (int i = 1; i < 5; i++) { // the revolver is undrawn
      TrancheSchedule s = shocked.debt().get(i);
      for (int t = 0; t < 5; t++) {
        double basis = 0.5 * (s.opening()[t] + s.closing()[t]);
        if (basis < 1.0) {
          continue;
        }
        double charged = s.cashInterest()[t] / basis;
        double expected = i < 3 ? path.financing().debt().get(i).cashRate()[t] : fixed[i];
        assertThat(charged).as("%s, year %d", s.name(), t + 1).isCloseTo(expected, within(1e-9));
      }
    }
  }

  @Test
  void aFlaggedZeroShiftReproducesTheEngineExactly() {
    Deal deal = Deals.factory();
    DealResult expected = LboEngine.DEFAULT.run(deal);
    DealResult actual = LboEngine.DEFAULT.run(Deals.shiftedPath(deal, new double[5]));
    for (int k = 0; k < expected.returns().size(); k++) {
      assertThat(actual.returns().get(k).irr()).isEqualTo(expected.returns().get(k).irr());
    }
    assertThat(actual.years().cashInterest).containsExactly(expected.years().cashInterest);
  }

  /** A path deal keeps the deal's pari passu groups, whatever tranches its rates replace. */
  @Test
  void aPathDealKeepsThePariPassuGroups() {
    Deal deal = Deals.factory();
    List<Tranche> debt = deal.financing().debt();
    List<String> senior = List.of(debt.get(1).name(), debt.get(2).name());
    Deal grouped =
        org.reprise.sim.DealEdits.withFinancing(
            deal,
            new org.reprise.model.Financing(
                deal.financing().equity(), debt, deal.financing().cashSweep(),
                deal.financing().distributionShare(), deal.financing().sweepBasis(),
                List.of(senior), deal.financing().distributionLockUp()));
    Deal path = Deals.shiftedPath(grouped, SHIFT);
    assertThat(path.financing().debt().get(1)).isNotSameAs(debt.get(1));
    assertThat(path.financing().pariPassu()).containsExactly(senior);
    Deal unshifted = Deals.shiftedPath(grouped, new double[5]);
    DealResult expected = LboEngine.DEFAULT.run(grouped);
    DealResult actual = LboEngine.DEFAULT.run(unshifted);
    assertThat(actual.years().cashInterest).containsExactly(expected.years().cashInterest);
  }
}
