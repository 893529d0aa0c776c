package org.reprise.sim.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.Exit;
import org.reprise.model.Financing;
import org.reprise.model.Tranche;
import org.reprise.model.Transaction;
import org.reprise.model.Valuation;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.Regime;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.sim.DealEdits;
import org.reprise.sim.Deals;
import org.reprise.sim.SimulationInput;
import org.reprise.sim.Simulator;

class GridTest {
  private static final Deal DEAL = Deals.handBuilt();

  static Deal entryMultiple(Deal d, double m) {
    Transaction t = d.transaction();
    return DealEdits.withTransaction(
        d,
        new Transaction(
            new Valuation(Valuation.Basis.MULTIPLE_LTM, m),
            t.refinanceExistingDebt(),
            t.transactionFees(),
            t.transactionFeeShare(),
            t.cashToBalanceSheet(),
            t.closingDate()));
  }

  static Deal exitMultiple(Deal d, double m) {
    return DealEdits.withExit(
        d,
        new Exit(
            d.exit().year(), new Valuation(Valuation.Basis.MULTIPLE_LTM, m), d.exit().feeShare(),
            null, true));
  }

  /** Senior debt as a multiple of base-year EBITDA (20). */
  static Deal leverage(Deal d, double times) {
    Tranche s = d.financing().debt().get(0);
    Tranche t =
        new Tranche(
            s.name(),
            s.lender(),
            s.kind(),
            s.borrower(),
            new Tranche.Size(Tranche.Size.Basis.EBITDA_MULTIPLE, times),
            s.cashRate(),
            s.floating(),
            s.baseRate(),
            s.floor(),
            s.pikRate(),
            s.upfrontFee(),
            s.repayment(),
            s.maturity(),
            s.sweep(),
            s.sweepOrder(),
            s.limit(),
            s.commitmentFee(),
            s.rolledOver());
    Financing f = d.financing();
    return DealEdits.withFinancing(
        d, new Financing(f.equity(), List.of(t), f.cashSweep(), f.distributionShare()));
  }

  static final ToDoubleFunction<Deal> FUND_IRR =
      d -> LboEngine.DEFAULT.run(d).returnOf("fund").irr();

  @Test
  void entryTimesExitMultipleGivesTheFundIrrOfEachCell() {
    GridAxis<Deal> x = GridAxis.range("entry.multiple", 5, 9, 0.5, GridTest::entryMultiple);
    GridAxis<Deal> y = GridAxis.range("exit.multiple", 5, 9, 0.5, GridTest::exitMultiple);
    assertThat(x.size()).isEqualTo(9);
    GridResult r = Grid.evaluate(DEAL, x, y, FUND_IRR, 1, null, null);
    assertThat(r.cancelled()).isFalse();
    for (int i = 0; i < 9; i++) {
      for (int j = 0; j < 9; j++) {
        double expected =
            FUND_IRR.applyAsDouble(exitMultiple(entryMultiple(DEAL, x.value(i)), y.value(j)));
        assertThat(r.value(i, j)).isEqualTo(expected);
        assertThat(r.failure(i, j)).isEmpty();
        if (j > 0) {
          assertThat(r.value(i, j)).isGreaterThan(r.value(i, j - 1)); // higher exit, higher IRR
        }
        if (i > 0) {
          assertThat(r.value(i, j)).isLessThan(r.value(i - 1, j)); // dearer entry, lower IRR
        }
      }
    }
    GridResult parallel = Grid.evaluate(DEAL, x, y, FUND_IRR, 3, null, null);
    for (int j = 0; j < 9; j++) {
      assertThat(parallel.values()[j]).containsExactly(r.values()[j]);
    }
  }

  @Test
  void aBadCellIsReportedAndTheOthersAreComputed() {
    // at an entry of 2.5 × EBITDA the 60 of debt covers the 50 price: no room for equity
    GridAxis<Deal> x =
        new GridAxis<>("entry.multiple", new double[] {2.5, 5.0}, GridTest::entryMultiple);
    GridAxis<Deal> y = new GridAxis<>("exit.multiple", new double[] {5.0}, GridTest::exitMultiple);
    GridResult r = Grid.evaluate(DEAL, x, y, FUND_IRR, 1, null, null);
    assertThat(r.value(0, 0)).isNaN();
    assertThat(r.failure(0, 0)).contains("balancing equity");
    assertThat(r.value(1, 0)).isFinite();
  }

  @Test
  void badGridsAreErrorsBeforeAnyWork() {
    AtomicInteger calls = new AtomicInteger();
    ToDoubleFunction<Deal> counting = d -> calls.incrementAndGet();
    GridAxis<Deal> big = GridAxis.range("entry.multiple", 1, 1000, 1, GridTest::entryMultiple);
    GridAxis<Deal> y = GridAxis.range("exit.multiple", 1, 11, 1, GridTest::exitMultiple);
    assertPath(() -> Grid.evaluate(DEAL, big, y, counting, 1, null, null), "grid");
    assertPath(() -> GridAxis.range("x", 0, 1e9, 1e-3, GridTest::exitMultiple), "grid.x");
    assertPath(() -> GridAxis.range("x", 9, 5, 0.5, GridTest::exitMultiple), "grid.x");
    assertPath(() -> GridAxis.range("x", 5, 9, 0, GridTest::exitMultiple), "grid.x");
    assertPath(() -> GridAxis.range("x", 5, Double.NaN, 1, GridTest::exitMultiple), "grid.x");
    assertPath(() -> new GridAxis<Deal>("x", new double[0], GridTest::exitMultiple), "grid.x");
    assertPath(() -> Grid.evaluate(DEAL, y, y, counting, 0, null, null), "threads");
    assertThat(calls).hasValue(0);
    // exactly the limit is accepted
    GridAxis<Deal> hundred = GridAxis.range("a", 1, 100, 1, (d, v) -> d);
    Grid.check(hundred, hundred);
  }

  @Test
  void aRangeIncludesItsEndWhenItFallsOnTheStep() {
    assertThat(GridAxis.range("x", 0.1, 0.3, 0.1, (Deal d, double v) -> d).values())
        .hasSize(3); // 0.1 + 2 × 0.1 = 0.30000000000000004 ≈ 0.3
    assertThat(GridAxis.range("x", 5, 9.2, 0.5, (Deal d, double v) -> d).values())
        .containsExactly(5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9);
    assertThat(GridAxis.range("x", 3, 3, 1, (Deal d, double v) -> d).values()).containsExactly(3);
  }

  @Test
  void cancellingLeavesTheRemainingCellsNotComputed() {
    GridAxis<Deal> x = GridAxis.range("a", 1, 10, 1, (d, v) -> d);
    List<Long> seen = new ArrayList<>();
    AtomicInteger done = new AtomicInteger();
    GridResult r =
        Grid.evaluate(
            DEAL,
            x,
            x,
            d -> 1.0,
            1,
            (d, t) -> {
              seen.add(d);
              done.set((int) d);
            },
            () -> done.get() >= 5);
    assertThat(r.cancelled()).isTrue();
    assertThat(r.value(4, 0)).isEqualTo(1.0);
    assertThat(r.value(5, 0)).isNaN();
    assertThat(r.failure(5, 0)).isEqualTo(GridResult.NOT_COMPUTED);
    assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void leverageTimesRecessionDepthGivesTheProbabilityOfDefault() {
    GridAxis<SimulationInput> lev =
        new GridAxis<>(
            "debt.timesEbitda",
            new double[] {2.0, 3.0},
            (in, v) -> in.withDeal(leverage(in.deal(), v)));
    GridAxis<SimulationInput> depth =
        new GridAxis<>(
            "recession.growth.mean",
            new double[] {-0.05, -0.30},
            (in, v) ->
                in.withRisk(
                    in.risk()
                        .withCycle(
                            BusinessCycle.startingStationary(
                                List.of(
                                    Regime.of("expansion", 0.0, 0.05, true),
                                    Regime.of("recession", v, 0.10, false)),
                                in.risk().cycle().transition()))));
    ToDoubleFunction<SimulationInput> pd =
        in ->
            Simulator.DEFAULT
                .run(in.deal(), in.risk(), 2000, 17L, 1, null, null)
                .defaultProbability();
    GridResult r =
        Grid.evaluate(
            new SimulationInput(DEAL, RiskDefaults.autoSupplier()), lev, depth, pd, 2, null, null);
    for (int i = 0; i < 2; i++) {
      assertThat(r.value(i, 1)).isGreaterThan(r.value(i, 0)); // deeper recessions, more defaults
    }
    for (int j = 0; j < 2; j++) {
      assertThat(r.value(1, j)).isGreaterThan(r.value(0, j)); // more debt, more defaults
    }
  }

  static void assertPath(Runnable r, String path) {
    assertThatThrownBy(r::run)
        .isInstanceOf(DealException.class)
        .satisfies(e -> assertThat(((DealException) e).path()).isEqualTo(path));
  }
}
