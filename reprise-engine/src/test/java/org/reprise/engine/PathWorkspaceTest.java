package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.returns.IrrResult;
import org.reprise.engine.returns.Mirr;
import org.reprise.model.Deal;
import org.reprise.model.Financing;
import org.reprise.model.Tranche;

/**
 * The Monte Carlo's {@link PathWorkspace} must give exactly what {@link LboEngine#run} gives, run
 * after run, whatever it ran before (it reuses its arrays).
 */
class PathWorkspaceTest {

  /**
   * One workspace through 300 random deals of every shape, in a row: bit-identical to the engine.
   * The workspace does not clear its table between runs, so a run must write every cell of every
   * year: every other deal is run a second time after every row was poisoned (NaN, true).
   */
  @Test
  void equalsTheEngineOnRandomDealsRunInSequence() throws Exception {
    PathWorkspace w = new PathWorkspace();
    int compared = 0;
    for (long seed = 1; seed <= 300; seed++) {
      Deal deal = AccountingIdentitiesTest.randomDeal(seed);
      DealResult expected;
      try {
        expected = LboEngine.DEFAULT.run(deal);
      } catch (RuntimeException e) {
        continue; // a deal the engine refuses is refused by the workspace too (checked below)
      }
      w.run(deal);
      assertSame(expected, w, "seed " + seed);
      if (seed % 2 == 0) {
        List<Object> rows = rows(w.years());
        assertThat(rows).hasSizeGreaterThan(60);
        for (Object row : rows) {
          if (row instanceof double[] d) {
            Arrays.fill(d, Double.NaN);
          } else if (row instanceof boolean[] b) {
            Arrays.fill(b, true);
          }
        }
        w.run(deal);
        assertSame(expected, w, "seed " + seed + " on a poisoned table");
      }
      compared++;
    }
    assertThat(compared).isGreaterThan(250);
  }

  /**
   * A party whose flows are, bit for bit, those of the run before keeps the returns computed then
   * (the IRR and multiple are functions of the flows alone): the same deal run twice reuses them
   * all, and each run still equals the engine (here and on the random deals above, which change
   * the flows from run to run).
   */
  @Test
  void reusesTheReturnsOfUnchangedFlows() {
    PathWorkspace w = new PathWorkspace();
    Deal deal = new TestDeals().build();
    DealResult expected = LboEngine.DEFAULT.run(deal);
    w.run(deal);
    assertThat(w.returnsReused).isZero();
    w.run(deal);
    assertThat(w.returnsReused).isEqualTo(w.parties());
    assertSame(expected, w, "run again");
    Deal other = AccountingIdentitiesTest.randomDeal(7);
    DealResult otherExpected = LboEngine.DEFAULT.run(other);
    w.run(other);
    assertSame(otherExpected, w, "another deal");
    w.run(deal);
    assertSame(expected, w, "back to the first");
  }

  /** The same deal after a different one: nothing left over from the previous run. */
  @Test
  void noStateLeaksFromOneRunToTheNext() {
    PathWorkspace w = new PathWorkspace();
    Deal a = AccountingIdentitiesTest.randomDeal(7);
    Deal b = AccountingIdentitiesTest.randomDeal(8);
    Deal factory = new TestDeals().build();
    for (Deal d : List.of(a, b, factory, a, factory, factory, b)) {
      w.run(d);
      assertSame(LboEngine.DEFAULT.run(d), w, d.name());
    }
  }

  /**
   * A run takes over the previous run's entry and tranche facts only when the deals differ by their
   * operations and cash rates alone (the Monte Carlo's path deals); any other change is seen.
   */
  @Test
  void reusesTheEntryOnlyForDealsWithTheSameTerms() {
    TestDeals deals = new TestDeals();
    deals.basis = Deal.InterestBasis.AVERAGE;
    deals.cashSweep = 0.5;
    deals.revolver("Revolver", "banks", 10.0, 0.0, 0.05, 0.01);
    deals.linear("Senior A", "banks", 30.0, 0.06, 5);
    deals.term("Senior B", "banks", 20.0, 0.07, 7);
    Deal d = deals.build();
    Financing f = d.financing();
    List<Tranche> rerated = new ArrayList<>();
    for (Tranche t : f.debt()) {
      double[] rate = t.cashRate().clone();
      Arrays.setAll(rate, k -> rate[k] + 0.01);
      rerated.add(t.withCashRate(rate));
    }
    Deal rates = withFinancing(d, new Financing(f.equity(), rerated, f.cashSweep(),
        f.distributionShare()));
    assertThat(LboEngine.sameTerms(d, rates)).isTrue();
    assertThat(LboEngine.sameTerms(d, d.withOperations(d.operations()))).isTrue();

    List<Tranche> resized = new ArrayList<>(f.debt());
    Tranche t = resized.get(1);
    resized.set(1, new Tranche(t.name(), t.lender(), t.kind(), t.borrower(),
        new Tranche.Size(t.size().basis(), t.size().value() * 0.9), t.cashRate(), t.floating(),
        t.baseRate(), t.floor(), t.pikRate(), t.upfrontFee(), t.repayment(), t.maturity(),
        t.sweep(), t.sweepOrder(), t.limit(), t.commitmentFee(), t.rolledOver()));
    Deal smaller = withFinancing(d, new Financing(f.equity(), resized, f.cashSweep(),
        f.distributionShare()));
    assertThat(LboEngine.sameTerms(d, smaller)).isFalse();
    Deal otherEquity = withFinancing(d, new Financing(new ArrayList<>(f.equity()), f.debt(),
        f.cashSweep(), f.distributionShare()));
    assertThat(LboEngine.sameTerms(d, otherEquity)).isFalse();

    PathWorkspace w = new PathWorkspace();
    for (Deal x : List.of(d, rates, d, smaller, rates, rates, otherEquity, d)) {
      w.run(x);
      assertSame(LboEngine.DEFAULT.run(x), w, x.name());
    }
  }

  private static Deal withFinancing(Deal d, Financing f) {
    return new Deal(d.name(), d.company(), d.operations(), d.transaction(), d.structure(), f,
        d.tax(), d.covenants(), d.exit(), d.interestBasis(), d.participation(), d.cooperative());
  }

  @Test
  void refusesWhatTheEngineRefuses() {
    PathWorkspace w = new PathWorkspace();
    for (long seed = 1; seed <= 300; seed++) {
      Deal deal = AccountingIdentitiesTest.randomDeal(seed);
      String engine = failure(() -> LboEngine.DEFAULT.run(deal));
      String workspace = failure(() -> w.run(deal));
      assertThat(workspace).as("seed " + seed).isEqualTo(engine);
    }
  }

  /** Exact comparison that also equates NaN with NaN. */
  private static long bits(double v) {
    return Double.doubleToLongBits(v);
  }

  private static String failure(Runnable r) {
    try {
      r.run();
      return "ok";
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static void assertSame(DealResult expected, PathWorkspace w, String what)  {
    assertThat(w.exitYear()).as(what).isEqualTo(expected.exitYearIndex());
    assertThat(bits(w.exitEquityValue())).as(what).isEqualTo(bits(expected.exit().equityValue()));
    assertThat(w.parties()).as(what).isEqualTo(expected.returns().size());
    assertThat(w.exitPaysEveryTranche()).as(what + " exit pays every tranche")
        .isEqualTo(expected.exitPaysEveryTranche());
    for (int p = 0; p < w.parties(); p++) {
      PartyReturn r = expected.returns().get(p);
      assertThat(w.party(p)).as(what).isEqualTo(r.party());
      assertThat(bits(w.irr(p))).as(what + " irr of " + r.party()).isEqualTo(bits(r.irr()));
      assertThat(bits(w.moic(p))).as(what + " moic of " + r.party()).isEqualTo(bits(r.moic()));
      assertThat(w.noSingleRoot(p)).as(what + " no single IRR of " + r.party())
          .isEqualTo(Mirr.noSingleRoot(new IrrResult(r.irr(), r.irrNote())));
    }
    try {
      List<Object> want = rows(expected.years());
      List<Object> got = rows(w.years());
      assertThat(got).hasSameSizeAs(want);
      for (int i = 0; i < want.size(); i++) {
        assertThat(got.get(i)).as(what + " row " + i).isEqualTo(want.get(i));
      }
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** Every array of the table, the value-added splits' included, in declaration order. */
  private static List<Object> rows(YearTable t) throws IllegalAccessException {
    List<Object> out = new ArrayList<>();
    for (Field f : YearTable.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      Object v = f.get(t);
      if (v instanceof ValueAddedSplit s) {
        for (Field g : ValueAddedSplit.class.getFields()) {
          out.add(g.get(s));
        }
      } else if (v.getClass().isArray()) {
        out.add(v);
      }
    }
    return out;
  }
}
