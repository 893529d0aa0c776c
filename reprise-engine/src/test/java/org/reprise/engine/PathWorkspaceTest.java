package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;

/**
 * The Monte Carlo's {@link PathWorkspace} must give exactly what {@link LboEngine#run} gives, run
 * after run, whatever it ran before (it reuses its arrays).
 */
class PathWorkspaceTest {

  /** One workspace through 300 random deals of every shape, in a row: bit-identical to the engine. */
  @Test
  void equalsTheEngineOnRandomDealsRunInSequence() {
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
      compared++;
    }
    assertThat(compared).isGreaterThan(250);
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

  /** reset() must clear every row: fill them all through reflection, reset, check. */
  @Test
  void resetClearsEveryRowOfTheTable() throws Exception {
    YearTable t = new YearTable(4);
    for (Object row : rows(t)) {
      if (row instanceof double[] d) {
        Arrays.fill(d, Double.NaN);
      } else if (row instanceof boolean[] b) {
        Arrays.fill(b, true);
      }
    }
    t.reset();
    for (Object row : rows(t)) {
      if (row instanceof double[] d) {
        assertThat(d).containsOnly(0.0);
      } else if (row instanceof boolean[] b) {
        assertThat(b).containsOnly(false);
      }
    }
    assertThat(rows(t)).hasSizeGreaterThan(60);
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
    for (int p = 0; p < w.parties(); p++) {
      PartyReturn r = expected.returns().get(p);
      assertThat(w.party(p)).as(what).isEqualTo(r.party());
      assertThat(bits(w.irr(p))).as(what + " irr of " + r.party()).isEqualTo(bits(r.irr()));
      assertThat(bits(w.moic(p))).as(what + " moic of " + r.party()).isEqualTo(bits(r.moic()));
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
