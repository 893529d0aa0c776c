package org.reprise.engine;

import java.util.List;
import org.reprise.model.Covenants;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;
import org.reprise.model.Financing;
import org.reprise.model.PaymentConditions;
import org.reprise.model.SweepSteps;
import org.reprise.model.Tranche;

/**
 * The deterministic LBO engine: one resolved {@link Deal} in, one {@link DealResult} out.
 * Stateless and thread-safe; every formula it applies is written in docs/methodology.md.
 *
 * <p>Order: operating projection → closing (sources and uses) → year by year financing (interest,
 * tax, cash waterfall, upstream) → credit statistics and covenants → exit waterfall → returns per
 * party and per equity class → equity value bridge.
 */
public final class LboEngine {

  /** The engine. */
  public static final LboEngine DEFAULT = new LboEngine();

  private LboEngine() {}

  /**
   * Runs a deal.
   *
   * @param deal a resolved deal
   * @return the results over the deal's horizon
   * @throws DealException when the deal cannot be computed (sources ≠ uses, no ordinary shares,
   *     exit after the horizon)
   */
  public DealResult run(Deal deal) {
    YearTable years = new YearTable(checkedYears(deal));
    Core c = compute(deal, years, null, false, true);
    int exitYear = deal.exit().year();
    ExitResult exit = c.exit().result();
    ValueBridge bridge =
        Bridge.of(c.entry(), c.debtAtClosing(), years, exit, exitYear, deal.operations());
    List<TrancheSchedule> schedules = c.book().schedules();
    return new DealResult(
        deal.name(),
        deal.company().name(),
        deal.company().base().year(),
        exitYear,
        c.entry().sourcesAndUses(),
        years,
        schedules,
        exit,
        PartyReturns.compute(
            deal, c.entry(), c.book(), years, c.exit(), exitYear, c.solver().classFlows),
        EquityReturns.compute(
            deal, c.entry(), years, c.exit(), exitYear, c.solver().classFlows),
        bridge,
        firstDefault(years, c.book(), exitYear),
        c.solver().maxIterations,
        // built here only, never on the Monte Carlo's paths (PathWorkspace)
        BalanceSheet.of(deal, c, years, schedules));
  }

  /**
   * What one run computes before its result records are built: shared by {@link #run} and by the
   * Monte Carlo's {@link PathWorkspace}, so that both go through exactly the same steps.
   */
  record Core(
      Entry entry, DebtBook book, YearSolver solver, ExitWaterfall exit, double debtAtClosing) {}

  /**
   * Checks what the run needs from the deal's shape.
   *
   * @return the number of projected years
   * @throws DealException when the exit falls outside the projection or there are no ordinary
   *     shares
   */
  static int checkedYears(Deal deal) {
    int n = deal.years();
    int exitYear = deal.exit().year();
    int needed = exitYear + (deal.exit().value().isForward() ? 1 : 0);
    if (exitYear < 1 || needed > n) {
      throw new DealException(
          "exit.year",
          "the exit must fall within the projection: exit year index " + exitYear
              + " needs " + needed + " projected years, found " + n);
    }
    boolean ordinary = false;
    for (EquityClass c : deal.financing().equity()) {
      ordinary |= c.kind() == EquityClass.Kind.ORDINARY;
    }
    if (!ordinary) {
      throw new DealException(
          "financing.equity", "expected at least one class of ordinary shares, found none");
    }
    if (deal.isCooperative() && deal.financing().ratchet() != null) {
      throw new DealException("financing.ratchet", "a SCOP has no ratchet: its members' shares"
          + " are repaid at most at their nominal value, there is no ordinary equity to move");
    }
    return n;
  }

  /**
   * Operating projection → closing → year-by-year financing → credit statistics and covenants →
   * exit waterfall, written into {@code years}.
   *
   * @param deal a resolved deal, already checked by {@link #checkedYears}
   * @param years an empty table of the deal's horizon
   * @param previous what a previous run computed, whose arrays may be reused, or null
   * @param sameTerms true when {@link #sameTerms} holds between {@code deal} and the previous run's
   *     deal: its entry (sources and uses) and the tranches' static facts are taken over as they
   *     are
   * @param newton false solves the financing years with Anderson mixing alone (for the tests that
   *     check the Newton step against it)
   */
  static Core compute(
      Deal deal, YearTable years, Core previous, boolean sameTerms, boolean newton) {
    int n = years.size();
    int exitYear = deal.exit().year();
    if (deal.isCooperative()) {
      CooperativeRules.validateShares(deal);
    }
    OperatingProjection.project(
        deal.company().base(),
        deal.operations(),
        deal.isCooperative() ? deal.cooperative().cfeExemption() : null,
        years);
    boolean reuse = previous != null && sameTerms;
    Entry entry = reuse ? previous.entry() : Entry.of(deal, years.ebitda[0]);
    DebtBook book =
        new DebtBook(deal, entry, exitYear, previous == null ? null : previous.book(), reuse);
    YearSolver solver =
        (previous != null && previous.solver().fits(book.m)
                ? previous.solver()
                : new YearSolver(book.m))
            .start(deal, entry, book, years, newton);
    double debtAtClosing = 0.0;
    for (double a : book.initial) {
      debtAtClosing += a;
    }
    // the lock-up (§5.5): a year's distribution is paid only if the year, tested pro forma for
    // it, meets its covenants and pays its debt service; otherwise the year is solved again from
    // the same opening state with no distribution. The tests are then written as soon as the year
    // is solved, otherwise all at the end (a tighter loop)
    boolean lockUp =
        deal.financing().distributionLockUp()
            && deal.financing().distributionShare() > 0.0
            && !deal.isCooperative();
    // a drawstop reads the year before's tests (§6): they are written as each year is solved
    // and so does a draw during the hold, which no lender makes after a breach (§5.13)
    boolean testEachYear = lockUp || deal.covenants().drawstop() || book.drawsLater;
    SweepSteps steps = deal.financing().sweepSteps();
    // the stepped sweep's first guess for year 1: the leverage at closing (§5.5)
    double guess = steps == null ? Double.NaN : closingLeverage(deal, entry, book, years);
    for (int t = 0; t < n; t++) {
      if (lockUp || steps != null) {
        solver.save(t);
      }
      if (steps == null) {
        solver.solve(t);
      } else {
        guess = solveStepped(solver, years, steps, t, guess);
      }
      if (testEachYear) {
        CreditStatistics.year(years, t, debtAtClosing, deal.covenants(), exitYear);
      }
      if (lockUp) {
        if (t < exitYear
            && years.distributions[t] > 0.0
            && !permitted(years, t, deal.covenants(), deal.financing())) {
          lockUp(solver, years, t, debtAtClosing, deal.covenants(), deal.financing(), exitYear);
        }
      }
    }
    if (!testEachYear) {
      CreditStatistics.compute(years, debtAtClosing, deal.covenants(), exitYear);
    }
    // A year after the exit (the one a forward exit multiple adds) only provides the EBITDA the
    // exit multiple applies to: the buyout's debt is repaid at the exit, so no payment default is
    // reported in it (its financing is carried on mechanically, for complete figures).
    for (int t = exitYear; t < n; t++) {
      years.defaulted[t] = false;
      years.shortfall[t] = 0.0;
    }
    if (deal.isCooperative()) {
      CooperativeRules.validateCapital(deal, entry.equityAmounts(), solver);
    }
    ExitWaterfall exit =
        new ExitWaterfall(deal, entry, book, years, exitYear, solver.capital, solver.exitClaim,
            solver.coopDividendOwedAtExit, solver.classFlows);
    return new Core(entry, book, solver, exit, debtAtClosing);
  }

  /**
   * Solves year index {@code t} of a stepped sweep (§5.5): with the share the guess (the year
   * before's tested ratio, the closing's for year 1) calls for, then, when the year's own tested
   * ratio (at the year end, before its sweep and distribution) calls for another share, again with
   * that one. The tested ratio moves with the share only through the year's interest (the sweep
   * itself leaves net debt unchanged), so one more solve settles it but within a hair of a
   * threshold, where the ratio may call for the other share and back: the year then keeps the
   * higher of the two (at most three solves a year). The share is constant through each solve, so
   * each is an ordinary fixed point (§5.1).
   *
   * @return the year's tested ratio, the guess for the next year
   */
  private static double solveStepped(
      YearSolver solver, YearTable years, SweepSteps steps, int t, double guess) {
    double first = steps.shareAt(guess);
    solver.sweepShare(first);
    solver.solve(t);
    double second = steps.shareAt(years.sweepLeverage[t]);
    if (second != first) {
      solver.solveWithSweepShare(t, second);
      double third = steps.shareAt(years.sweepLeverage[t]);
      if (third != second) {
        double kept = Math.max(second, third);
        if (kept != second) {
          solver.solveWithSweepShare(t, kept);
        }
      }
    }
    return years.sweepLeverage[t];
  }

  /**
   * @return the net leverage at closing that a stepped sweep tests (§5.5, total or senior as the
   *     steps say): the debt at closing less the cash at closing, over the base year's EBITDA;
   *     NaN when that EBITDA is not positive
   */
  private static double closingLeverage(Deal deal, Entry entry, DebtBook book, YearTable years) {
    boolean[] senior = deal.financing().sweepSteps().leverage() == SweepSteps.Leverage.SENIOR
        ? PaymentOrder.senior(book.tranches, deal.financing().rankGroups()) : null;
    double debt = 0.0;
    for (int i = 0; i < book.m; i++) {
      debt += senior == null || senior[i] ? book.initial[i] : 0.0;
    }
    double ebitda = entry.sourcesAndUses().baseYearEbitda();
    return ebitda > 0.0 ? (debt - entry.cash()) / ebitda : Double.NaN;
  }

  /** Attempts at the largest distribution the leverage covenant allows (§5.5). */
  private static final int CAP_ATTEMPTS = 3;
  /**
   * The share of the leverage covenant's room left unused by a distribution cut down to it, so
   * that rounding never lands it a hair above the level (a documented tolerance, §5.5).
   */
  private static final double CAP_MARGIN = 1e-9;

  /**
   * Whether year index {@code t}, as solved, may pay its distribution (§5.5): its covenants met,
   * its debt service paid, and the financing's payment conditions met when it has some: net
   * leverage at most the permitted-payment level, debt service cover at least its level, and no
   * breach or default in the year before when a breach is not cured by the next test.
   */
  private static boolean permitted(YearTable years, int t, Covenants covenants, Financing f) {
    if (years.covenantBreach[t] || years.defaulted[t]) {
      return false;
    }
    PaymentConditions c = f.paymentConditions();
    if (c.blockedAfterBreach() && t > 0
        && (years.covenantBreach[t - 1] || years.defaulted[t - 1])) {
      return false;
    }
    if (Covenants.coverBreached(years.debtServiceCover[t], c.minDebtServiceCover())) {
      return false;
    }
    double level = c.maxNetLeverage();
    return Double.isNaN(level) || years.ebitda[t] > 0.0 && years.netLeverage[t] <= level;
  }

  /**
   * The lock-up of year index {@code t}, whose distribution, paid in full, left a covenant broken,
   * a payment short or the net leverage above the permitted-payment level (§5.5). The year is
   * solved again with no distribution; if it then passes, it was the distribution that broke the
   * net leverage test (the only test that the cash paid out moves), and the year is solved once
   * more with the largest distribution that keeps the leverage at the lower of the covenant's and
   * the permitted-payment levels: the room, level × EBITDA − the net debt with no distribution,
   * divided by how much net debt a unit of distribution adds (1, and a little more when the cash
   * earns interest), found by up to {@link #CAP_ATTEMPTS} solves. When none passes, nothing is
   * distributed.
   */
  private static void lockUp(YearSolver solver, YearTable years, int t, double debtAtClosing,
      Covenants covenants, Financing f, int exitYear) {
    double full = years.distributions[t];
    solver.solveLockedUp(t);
    CreditStatistics.year(years, t, debtAtClosing, covenants, exitYear);
    double covenant = covenants.maxNetLeverage()[t];
    double permittedLevel = f.paymentConditions().maxNetLeverage();
    double level = Double.isNaN(covenant) ? permittedLevel
        : Double.isNaN(permittedLevel) ? covenant : Math.min(covenant, permittedLevel);
    double ebitda = years.ebitda[t];
    if (!permitted(years, t, covenants, f) || Double.isNaN(level) || ebitda <= 0.0) {
      return;
    }
    double netDebt = years.netDebt[t];
    double room = level * ebitda - netDebt;
    double perUnit = 1.0;
    for (int k = 0; k < CAP_ATTEMPTS && room > 0.0; k++) {
      double cap = Math.min(full, room / perUnit * (1.0 - CAP_MARGIN));
      solver.solveCapped(t, cap);
      CreditStatistics.year(years, t, debtAtClosing, covenants, exitYear);
      if (permitted(years, t, covenants, f)) {
        return;
      }
      double paid = years.distributions[t];
      if (paid <= 0.0) {
        break;
      }
      perUnit = Math.max(1.0, (years.netDebt[t] - netDebt) / paid);
    }
    solver.solveLockedUp(t);
    CreditStatistics.year(years, t, debtAtClosing, covenants, exitYear);
  }

  /**
   * Whether two deals have the same entry (sources and uses) and the same tranche terms, so that a
   * run of {@code b} may take over what a run of {@code a} derived from them: same company, same
   * transaction priced on an amount or on a past multiple (a forward multiple depends on the
   * projection), same structure, equity and exit, and tranches identical but for their cash
   * rates. Compares references: the Monte Carlo's path deals share every part they do not change.
   */
  static boolean sameTerms(Deal a, Deal b) {
    if (a == b) {
      return true;
    }
    if (a.company() != b.company()
        || a.transaction() != b.transaction()
        || a.transaction().entryValue().isForward()
        || a.structure() != b.structure()
        || a.exit() != b.exit()
        || a.financing().equity() != b.financing().equity()
        || !a.financing().pariPassu().equals(b.financing().pariPassu())) {
      return false;
    }
    List<Tranche> x = a.financing().debt();
    List<Tranche> y = b.financing().debt();
    if (x.size() != y.size()) {
      return false;
    }
    for (int i = 0; i < x.size(); i++) {
      if (!x.get(i).sameTermsExceptCashRate(y.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The payment defaults of the holding period, years 1 to {@code exitYear}. The total counts
   * each amount once, when it fell due: a year's shortfall includes the principal overdue from
   * the years before (due again, §5.4); the count sets the year's payments against its own
   * service first, so only the part of the shortfall above those arrears is new, and the total is
   * the service that fell due less what was paid.
   *
   * @return the first default, its shortfall, the total missed and the number of years in default
   */
  static DefaultEvent firstDefault(YearTable y, DebtBook book, int exitYear) {
    int first = 0;
    double firstShortfall = 0.0;
    double total = 0.0;
    int count = 0;
    for (int t = 0; t < exitYear; t++) {
      if (y.defaulted[t]) {
        if (first == 0) {
          first = y.year[t];
          firstShortfall = y.shortfall[t];
        }
        double arrears = 0.0;
        for (int i = 0; t > 0 && i < book.m; i++) {
          arrears += book.unpaidPrincipal[i][t - 1];
        }
        total += Math.max(0.0, y.shortfall[t] - arrears);
        count++;
      }
    }
    return new DefaultEvent(first, firstShortfall, total, count);
  }
}
