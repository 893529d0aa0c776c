package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.Financing;

/**
 * The lock-up solves a year again from the state kept before it (docs/methodology.md §5.5,
 * {@link YearSolver#save}, {@link YearSolver#solveLockedUp}). If the saved state missed anything
 * the year carries forward (a balance, the arrears, a shareholder loan's claim, the equity, the
 * reserves, a tax position's losses or unused interest capacity by year of origin, the
 * participation due), the year solved twice would start from a state moved on once too often.
 * So: on random deals (those of the accounting-identity tests), every year solved with a
 * distribution share of 40 % and then again locked up must give exactly the years of the same
 * deal with no distributions at all.
 */
class LockUpResolveTest {

  private static final int DEALS = 300;
  private static final double TOLERANCE = 1e-9;

  @Test
  void aYearSolvedAgainLockedUpEqualsTheYearWithNoDistribution() throws Exception {
    int compared = 0;
    for (long seed = 0; seed < DEALS; seed++) {
      Deal random = AccountingIdentitiesTest.randomDeal(seed);
      if (random.isCooperative()) {
        continue;
      }
      Deal distributing = withShare(random, 0.4);
      Deal none = withShare(random, 0.0);
      int n = LboEngine.checkedYears(none);

      YearTable expected = new YearTable(n);
      LboEngine.Core plain = LboEngine.compute(none, expected, null, false, true);

      YearTable twice = new YearTable(n);
      OperatingProjection.project(
          distributing.company().base(), distributing.operations(), null, twice);
      Entry entry = Entry.of(distributing, twice.ebitda[0]);
      DebtBook book = new DebtBook(distributing, entry, distributing.exit().year(), null, false);
      YearSolver solver = new YearSolver(book.m).start(distributing, entry, book, twice, true);
      for (int t = 0; t < n; t++) {
        solver.save(t);
        solver.solve(t);
        solver.solveLockedUp(t);
        if (book.drawsLater) {
          // as LboEngine.compute: a recap's draw reads the year before's tests (§5.13)
          CreditStatistics.year(twice, t, plain.debtAtClosing(), distributing.covenants(),
              distributing.exit().year());
        }
      }
      // what LboEngine.compute does after the years: the tests, nothing reported after the exit
      CreditStatistics.compute(
          twice, plain.debtAtClosing(), distributing.covenants(), distributing.exit().year());
      for (int t = distributing.exit().year(); t < n; t++) {
        twice.defaulted[t] = false;
        twice.shortfall[t] = 0.0;
      }

      String where = "seed " + seed;
      assertSameRows(expected, twice, where);
      for (int i = 0; i < book.m; i++) {
        assertClose(plain.book().closing[i], book.closing[i], where + ", closing of tranche " + i);
        assertClose(plain.book().cashInterest[i], book.cashInterest[i],
            where + ", interest of tranche " + i);
        assertClose(plain.book().unpaidPrincipal[i], book.unpaidPrincipal[i],
            where + ", arrears of tranche " + i);
      }
      assertClose(plain.solver().quasiEquity, solver.quasiEquity, where + ", claims");
      assertThat(twice.distributionsLockedUp).as(where).containsOnly(true);
      compared++;
    }
    assertThat(compared).isGreaterThan(DEALS / 2);
  }

  /**
   * Every deal, a SCOP's included: a year solved, then solved again from the saved state (what a
   * fee's write-off and the lock-up do), equals the year solved once, every row and the classes'
   * flows and capital included. Removing a SCOP's saved variable (its capital, its work share or
   * interest on shares due, its classes' flows of the year) makes this fail.
   */
  @Test
  void aYearSolvedAgainEqualsTheYearSolvedOnce() throws Exception {
    int coops = 0;
    for (long seed = 0; seed < DEALS; seed++) {
      Deal deal = AccountingIdentitiesTest.randomDeal(seed);
      if (!deal.isCooperative() && deal.financing().distributionLockUp()
          && deal.financing().distributionShare() > 0.0) {
        continue; // the lock-up's own re-solves: the test above
      }
      int n = LboEngine.checkedYears(deal);
      YearTable expected = new YearTable(n);
      LboEngine.Core plain = LboEngine.compute(deal, expected, null, false, true);

      YearTable twice = new YearTable(n);
      OperatingProjection.project(deal.company().base(), deal.operations(),
          deal.isCooperative() ? deal.cooperative().cfeExemption() : null, twice);
      Entry entry = Entry.of(deal, twice.ebitda[0]);
      DebtBook book = new DebtBook(deal, entry, deal.exit().year(), null, false);
      YearSolver solver = new YearSolver(book.m).start(deal, entry, book, twice, true);
      for (int t = 0; t < n; t++) {
        solver.save(t);
        solver.solve(t);
        solver.solveCapped(t, Double.POSITIVE_INFINITY);
        if (book.drawsLater) {
          // as LboEngine.compute: a recap's draw reads the year before's tests (§5.13)
          CreditStatistics.year(twice, t, plain.debtAtClosing(), deal.covenants(),
              deal.exit().year());
        }
      }
      CreditStatistics.compute(
          twice, plain.debtAtClosing(), deal.covenants(), deal.exit().year());
      for (int t = deal.exit().year(); t < n; t++) {
        twice.defaulted[t] = false;
        twice.shortfall[t] = 0.0;
      }
      String where = "seed " + seed + (deal.isCooperative() ? " (SCOP)" : "");
      assertSameRows(expected, twice, where);
      assertClose(plain.solver().capital, solver.capital, where + ", capital");
      for (int k = 0; k < solver.classFlows.length; k++) {
        assertClose(plain.solver().classFlows[k], solver.classFlows[k], where + ", flows " + k);
      }
      coops += deal.isCooperative() ? 1 : 0;
    }
    assertThat(coops).as("SCOPs among the random deals").isGreaterThan(10);
  }

  private static Deal withShare(Deal d, double share) {
    Financing f = d.financing();
    Financing g = new Financing(f.equity(), f.debt(), f.cashSweep(), share, f.sweepBasis(),
        f.pariPassu(), true);
    return new Deal(d.name(), d.company(), d.operations(), d.transaction(), d.structure(), g,
        d.tax(), d.covenants(), d.exit(), d.interestBasis(), d.participation(), d.cooperative());
  }

  /** Every row of the year table but the lock-up's own flags (and the value-added splits). */
  private static void assertSameRows(YearTable expected, YearTable actual, String where)
      throws IllegalAccessException {
    for (Field f : YearTable.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("distributionsLockedUp")) {
        continue;
      }
      Object e = f.get(expected);
      Object a = f.get(actual);
      if (e instanceof double[] de) {
        assertClose(de, (double[]) a, where + ", " + f.getName());
      } else if (e instanceof boolean[] be) {
        assertThat((boolean[]) a).as(where + ", " + f.getName()).containsExactly(be);
      }
    }
  }

  private static void assertClose(double[] expected, double[] actual, String where) {
    assertThat(actual).as(where).hasSameSizeAs(expected);
    for (int t = 0; t < expected.length; t++) {
      double e = expected[t];
      double a = actual[t];
      if (Double.isNaN(e) || Double.isInfinite(e)) {
        assertThat(Double.compare(a, e)).as(where + "[" + t + "]: " + a + " against " + e)
            .isZero();
      } else {
        assertThat(Math.abs(a - e))
            .as(where + "[" + t + "]: " + a + " against " + e)
            .isLessThanOrEqualTo(TOLERANCE * (1.0 + Math.abs(e)));
      }
    }
  }
}
