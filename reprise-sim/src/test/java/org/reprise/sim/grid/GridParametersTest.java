package org.reprise.sim.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;
import org.reprise.model.Financing;
import org.reprise.model.Tranche;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.Regime;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.StressScenario;
import org.reprise.sim.DealEdits;
import org.reprise.sim.Deals;

/**
 * The grid's inputs. Fixture: {@link Deals#handBuilt()} — revenue 100 flat, EBITDA 20, price 5 ×
 * 20, senior 60 at 8 %, the fund's shares the balance.
 */
class GridParametersTest {
  private static final Deal DEAL = Deals.handBuilt();
  private static final GridInput BASE = new GridInput(DEAL, RiskDefaults.autoSupplier(), null);

  static GridInput set(String name, double value) {
    return GridParameters.axis(name, new double[] {value}, BASE).setter().apply(BASE, value);
  }

  static DealResult run(GridInput in) {
    return LboEngine.DEFAULT.run(in.deal());
  }

  @Test
  void entryMultipleSetsThePriceAndTheBalancingEquityFollows() {
    DealResult r = run(set(GridParameters.ENTRY_MULTIPLE, 6));
    assertThat(r.sourcesAndUses().entryEnterpriseValue()).isCloseTo(120, within(1e-9));
    DealResult base = run(BASE);
    assertThat(r.returnOf("fund").invested() - base.returnOf("fund").invested())
        .isCloseTo(20, within(1e-9));
  }

  @Test
  void exitMultipleSetsTheExitValue() {
    DealResult r = run(set(GridParameters.EXIT_MULTIPLE, 8));
    DealResult base = run(BASE);
    int exit = base.exitYearIndex();
    assertThat(r.exit().enterpriseValue())
        .isCloseTo(8 * base.years().ebitda[exit - 1], within(1e-9));
  }

  /**
   * The exit moved one year earlier: the run ends there and the exit values that year's EBITDA at
   * the same multiple; the file's own exit year is the deal as written; years after it, or the
   * base year, are refused before any work.
   */
  @Test
  void exitYearMovesTheSale() {
    int baseYear = DEAL.company().base().year();
    int exit = DEAL.exit().year();
    DealResult base = run(BASE);
    DealResult earlier = run(set(GridParameters.EXIT_YEAR, baseYear + exit - 1));
    assertThat(earlier.exitYearIndex()).isEqualTo(exit - 1);
    assertThat(earlier.exit().year()).isEqualTo(baseYear + exit - 1);
    assertThat(earlier.exit().enterpriseValue())
        .isCloseTo(base.exit().multiple() * earlier.years().ebitda[exit - 2], within(1e-9));
    assertThat(run(set(GridParameters.EXIT_YEAR, baseYear + exit)).returnOf("fund").irr())
        .isEqualTo(base.returnOf("fund").irr());
    assertThatThrownBy(() -> set(GridParameters.EXIT_YEAR, baseYear + exit + 1))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("to the deal's exit year " + (baseYear + exit));
    assertThatThrownBy(() -> set(GridParameters.EXIT_YEAR, baseYear))
        .isInstanceOf(DealException.class);
    assertThatThrownBy(() -> set(GridParameters.EXIT_YEAR, baseYear + 1.5))
        .isInstanceOf(DealException.class);
  }

  /**
   * Beside a key path of the file, which may move the base year or the exit, the exit years are
   * not checked against the file's years but against each cell's deal (review 20, finding 6).
   */
  @Test
  void exitYearsCanBeLeftToEachCellsDeal() {
    int baseYear = DEAL.company().base().year();
    int exit = DEAL.exit().year();
    double[] early = {baseYear};
    assertThatThrownBy(() -> GridParameters.axis(GridParameters.EXIT_YEAR, early, BASE))
        .hasMessageContaining("expected whole calendar years from " + (baseYear + 1));
    GridAxis<GridInput> a = GridParameters.axis(GridParameters.EXIT_YEAR, early, BASE, false);
    assertThat(a.values()).containsExactly(baseYear);
    assertThat(GridParameters.range(GridParameters.EXIT_YEAR, baseYear + 1, baseYear + exit + 1,
        1, BASE, false).size()).isEqualTo(exit + 1);
    // an exit year that is not a whole year is refused by each cell's check (checkExitYear)
    assertThatThrownBy(() -> GridParameters.checkExitYear(0.5, BASE))
        .hasMessageContaining("expected whole calendar years");
    // the other checks of the values stay
    assertThatThrownBy(() -> GridParameters.axis(GridParameters.ENTRY_MULTIPLE,
        new double[] {0}, BASE, false)).hasMessageContaining("expected multiples above 0");
    // each cell's own deal: the file's exit, then an exit a year later in the cell
    GridParameters.checkExitYear(baseYear + exit, BASE);
    assertThatThrownBy(() -> GridParameters.checkExitYear(baseYear + exit + 1, BASE))
        .isInstanceOf(DealException.class)
        .hasMessage("grid.exit.year: expected whole calendar years from " + (baseYear + 1)
            + " to the deal's exit year " + (baseYear + exit) + ", found " + (baseYear + exit + 1));
    GridInput later = BASE.withDeal(DealEdits.withExit(DEAL, DEAL.exit().withYear(exit + 1)));
    GridParameters.checkExitYear(baseYear + exit + 1, later);
    assertThatThrownBy(() -> GridParameters.checkExitYear(baseYear + 1.5, later))
        .isInstanceOf(DealException.class);
  }

  /**
   * A recap sized to a target net leverage (methodology §5.13): the leverage factor scales its
   * cap, maxAmount, not the target; no cap (+∞) stays none, except at a factor of 0, which lends
   * nothing (0 × ∞ would be NaN).
   */
  @Test
  void leverageScalesASizedRecapsCapNotItsTarget() {
    Tranche first = DEAL.financing().debt().get(0);
    Tranche.Draw draw = new Tranche.Draw(3, Double.NaN, 4.0);
    for (double cap : new double[] {Double.POSITIVE_INFINITY, 1000.0}) {
      Tranche recap = new Tranche(first.name() + " recap", "recap bank", Tranche.Kind.TERM,
          first.borrower(), new Tranche.Size(Tranche.Size.Basis.AMOUNT, cap), first.cashRate(),
          false, first.baseRate(), 0.0, first.pikRate(), 0.0, new double[first.cashRate().length],
          0, false, 9, 0.0, 0.0, false, first.prepaymentFee(), new double[0], null, draw);
      List<Tranche> debt = new java.util.ArrayList<>(DEAL.financing().debt());
      debt.add(recap);
      GridInput in = BASE.withDeal(DealEdits.withFinancing(DEAL, DEAL.financing().withDebt(debt)));
      for (double factor : new double[] {0.0, 0.5, 2.0}) {
        Tranche scaled = GridParameters.leverage(in, factor).deal().financing().debt()
            .get(debt.size() - 1);
        assertThat(scaled.draw()).isEqualTo(draw);
        assertThat(scaled.size().value())
            .isEqualTo(factor == 0.0 ? 0.0 : cap == 1000.0 ? 1000.0 * factor : cap);
      }
    }
  }

  @Test
  void leverageScalesTheDebtAndTheBalanceKeepsSourcesEqualToUses() {
    GridInput half = set(GridParameters.LEVERAGE, 0.5);
    Tranche t = half.deal().financing().debt().get(0);
    assertThat(t.size().value()).isEqualTo(DEAL.financing().debt().get(0).size().value() * 0.5);
    DealResult r = run(half);
    DealResult base = run(BASE);
    assertThat(r.returnOf("fund").invested() - base.returnOf("fund").invested())
        .isCloseTo(30, within(1e-9));
    // factor 1 is the deal as written, to the last bit
    assertThat(run(set(GridParameters.LEVERAGE, 1)).returnOf("fund").irr())
        .isEqualTo(base.returnOf("fund").irr());
  }

  @Test
  void debtRateIsAddedToEveryCashRateAndFlooredAtZero() {
    for (double v : set(GridParameters.DEBT_RATE, 0.01).deal().financing().debt().get(0)
        .cashRate()) {
      assertThat(v).isCloseTo(0.09, within(1e-15));
    }
    assertThat(set(GridParameters.DEBT_RATE, -0.1).deal().financing().debt().get(0).cashRate())
        .containsOnly(0.0);
  }

  @Test
  void growthIsAddedToThePlanGrowthEveryYear() {
    assertThat(set(GridParameters.GROWTH, 0).deal().operations().revenue())
        .containsExactly(DEAL.operations().revenue());
    double[] up = set(GridParameters.GROWTH, 0.02).deal().operations().revenue();
    for (int t = 0; t < up.length; t++) {
      assertThat(up[t]).isCloseTo(100 * Math.pow(1.02, t + 1), within(1e-9));
    }
    // the base input is not modified
    assertThat(BASE.deal().operations().revenue()).containsOnly(100.0);
  }

  @Test
  void recessionDepthScalesThe2009StressAndKeepsItsShape() {
    StressScenario crisis = RiskDefaults.crisis2009(1);
    // at its own depth: the built-in "2009", bit for bit
    StressScenario same = GridParameters.withDepth(crisis, 0.3);
    assertThat(same.growth()).containsExactly(crisis.growth());
    assertThat(same.relativeToPlan()).isTrue();
    assertThat(same).usingRecursiveComparison().isEqualTo(crisis);
    // depth 0: growth +0.0 every year, relative to the plan: no stress at all
    StressScenario none = GridParameters.withDepth(crisis, 0);
    assertThat(none.relativeToPlan()).isTrue();
    for (double v : none.growth()) {
      assertThat(Double.doubleToRawLongBits(v)).isEqualTo(Double.doubleToRawLongBits(0.0));
    }
    // a file's absolute "2009" is scaled as a shortfall below the plan too
    StressScenario absolute = new StressScenario("2009", "", 1, crisis.growth(),
        new double[] {0.02, 0.01, 0, 0, 0, 0, 0}, false);
    StressScenario half = GridParameters.withDepth(absolute, 0.15);
    assertThat(half.relativeToPlan()).isTrue();
    assertThat(half.costShift()).containsExactly(0.01, 0.005, 0, 0, 0, 0, 0);
    assertThat(GridParameters.withDepth(absolute, 0).costShift()).containsOnly(0.0);
    double[] deeper = GridParameters.withDepth(crisis, 0.5).growth();
    // every year's shortfall × 5/3: after two years 1 − 0.125 × 5/3
    assertThat(deeper[0]).isEqualTo(-0.5);
    assertThat((1 + deeper[0]) * (1 + deeper[1])).isCloseTo(1 - 0.125 * 5 / 3, within(1e-12));
    double level = 1;
    for (double v : deeper) {
      level *= 1 + v;
    }
    assertThat(level).isCloseTo(1, within(1e-12)); // still back on the plan
    GridInput in = set(GridParameters.RECESSION_DEPTH, 0.4);
    assertThat(in.stress().name()).isEqualTo("2009");
    assertThat(in.stress().growth()[0]).isEqualTo(-0.4);
    assertThat(in.deal()).isSameAs(DEAL);
  }

  @Test
  void recessionGrowthSetsTheRecessionRegimeOfTheCycle() {
    GridInput in = set(GridParameters.RECESSION_GROWTH, -0.3);
    Regime r = in.risk().cycle().regimes().get(1);
    assertThat(r.name()).isEqualTo("recession");
    assertThat(r.growthMean()).isEqualTo(-0.3);
    assertThat(r.growthSd()).isEqualTo(RiskDefaults.RECESSION_GROWTH_SD);
    assertThat(in.risk().cycle().initial()).containsExactly(RiskDefaults.autoSupplierCycle().initial());
    // without a regime named "recession": the one with the lowest mean growth
    BusinessCycle c = new BusinessCycle(
        List.of(Regime.of("slump", -0.2, 0, false), Regime.of("boom", 0.1, 0, false)),
        new double[][] {{0.5, 0.5}, {0.5, 0.5}}, new double[] {0.5, 0.5});
    assertThat(GridParameters.recessionRegime(c)).isZero();
  }

  /**
   * recession.probability: the default cycle's P(expansion → recession) 0.125 becomes 0.25, the
   * expansion row [0.75, 0.25]; the recession row [0.65, 0.35] is kept. The default starts from
   * the stationary distribution, which follows: π_recession = 0.25 / (0.25 + 0.65) = 0.2778,
   * π_expansion = 0.65 / 0.9 = 0.7222. A cycle that starts in a given regime keeps it. With three
   * regimes the other entries of each row are scaled: [0.6, 0.3, 0.1] with p = 0.4 towards the
   * third becomes [0.6 × 0.6 / 0.9, 0.3 × 0.6 / 0.9, 0.4] = [0.4, 0.2, 0.4].
   */
  @Test
  void recessionProbabilitySetsTheWayIntoRecession() {
    GridInput in = set(GridParameters.RECESSION_PROBABILITY, 0.25);
    double[][] t = in.risk().cycle().transition();
    assertThat(t[0]).containsExactly(new double[] {0.75, 0.25}, within(1e-15));
    assertThat(t[1]).containsExactly(RiskDefaults.autoSupplierCycle().transition()[1]);
    assertThat(in.risk().cycle().initial())
        .containsExactly(new double[] {0.65 / 0.9, 0.25 / 0.9}, within(1e-12));
    assertThat(in.deal()).isSameAs(DEAL);

    BusinessCycle three = new BusinessCycle(
        List.of(Regime.of("boom", 0.05, 0, true), Regime.of("flat", 0, 0, true),
            Regime.of("recession", -0.15, 0, false)),
        new double[][] {{0.6, 0.3, 0.1}, {0.3, 0.6, 0.1}, {0.5, 0.3, 0.2}},
        new double[] {1, 0, 0});
    GridInput base3 = new GridInput(DEAL, BASE.risk().withCycle(three), null);
    GridInput in3 = GridParameters.recessionProbability(base3, 0.4);
    double[][] t3 = in3.risk().cycle().transition();
    assertThat(t3[0]).containsExactly(new double[] {0.4, 0.2, 0.4}, within(1e-15));
    assertThat(t3[1]).containsExactly(new double[] {0.2, 0.4, 0.4}, within(1e-15));
    assertThat(t3[2]).containsExactly(0.5, 0.3, 0.2);
    assertThat(in3.risk().cycle().initial()).containsExactly(1.0, 0.0, 0.0); // given, kept
    assertBad(GridParameters.RECESSION_PROBABILITY, 0);
    assertBad(GridParameters.RECESSION_PROBABILITY, 1);
  }

  @Test
  void rangesAreExactDecimals() {
    GridAxis<GridInput> a = GridParameters.range(GridParameters.LEVERAGE, 0.5, 1.5, 0.1, BASE);
    assertThat(a.values()).containsExactly(0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5);
  }

  @Test
  void unknownNamesAndBadValuesFailBeforeAnyWork() {
    assertThatThrownBy(() -> GridParameters.axis("entry.multipel", new double[] {5}, BASE))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("did you mean `entry.multiple`?");
    assertThatThrownBy(() -> GridParameters.axis("ebitda", new double[] {5}, BASE))
        .hasMessageContaining("The parameters are entry.multiple, exit.multiple");
    assertBad(GridParameters.ENTRY_MULTIPLE, 0);
    assertBad(GridParameters.EXIT_MULTIPLE, -1);
    assertBad(GridParameters.EXIT_YEAR, 3000);
    assertBad(GridParameters.LEVERAGE, -0.5);
    assertBad(GridParameters.DEBT_RATE, 2);
    assertBad(GridParameters.GROWTH, -1);
    assertBad(GridParameters.RECESSION_DEPTH, 1);
    assertBad(GridParameters.RECESSION_GROWTH, -1);
    assertThatThrownBy(() -> GridParameters.axis(GridParameters.GROWTH, new double[0], BASE))
        .hasMessageContaining("at least one value");
    assertThatThrownBy(() -> GridParameters.range(GridParameters.GROWTH, 0.1, 0, 0.1, BASE))
        .hasMessageContaining("no points");
  }

  private static void assertBad(String name, double value) {
    assertThatThrownBy(() -> GridParameters.axis(name, new double[] {1, value}, BASE))
        .as(name)
        .isInstanceOf(DealException.class)
        .satisfies(e -> assertThat(((DealException) e).path()).isEqualTo("grid." + name));
  }

  @Test
  void inputsTheDealDoesNotHaveAreRefused() {
    Financing f = DEAL.financing();
    EquityClass fixed = new EquityClass("Fund shares", "fund", EquityClass.Kind.ORDINARY, 40, 0,
        Double.NaN);
    Deal noBalance = DealEdits.withFinancing(DEAL,
        new Financing(List.of(fixed), f.debt(), f.cashSweep(), f.distributionShare()));
    assertThatThrownBy(() -> GridParameters.axis(GridParameters.LEVERAGE, new double[] {1},
        new GridInput(noBalance, BASE.risk(), null)))
        .hasMessageContaining("amount: balance");
    Deal noDebt = DealEdits.withFinancing(DEAL,
        new Financing(f.equity(), List.of(), f.cashSweep(), f.distributionShare()));
    assertThatThrownBy(() -> GridParameters.axis(GridParameters.DEBT_RATE, new double[] {0},
        new GridInput(noDebt, BASE.risk(), null)))
        .hasMessageContaining("no debt");
    RiskModel noStress = new RiskModel(RiskDefaults.autoSupplierCycle(), null, List.of());
    assertThatThrownBy(() -> GridParameters.axis(GridParameters.RECESSION_DEPTH,
        new double[] {0.3}, new GridInput(DEAL, noStress, null)))
        .hasMessageContaining("no stress scenario \"2009\"");
    RiskModel boom = new RiskModel(RiskDefaults.autoSupplierCycle(), null,
        List.of(new StressScenario("2009", "", 1, new double[] {0.1}, new double[0], false)));
    assertThatThrownBy(() -> GridParameters.axis(GridParameters.RECESSION_DEPTH,
        new double[] {0.3}, new GridInput(DEAL, boom, null)))
        .hasMessageContaining("must start with a fall");
  }
}
