package org.reprise.engine;

import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;

/**
 * The deterministic LBO engine: one resolved {@link Deal} in, one {@link DealResult} out.
 * Stateless and thread-safe; every formula it applies is written in docs/methodology.md.
 *
 * <p>Order: operating projection → closing (sources and uses) → year by year financing (interest,
 * tax, cash waterfall, upstream) → credit statistics and covenants → exit waterfall → returns per
 * party → equity value bridge.
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

    YearTable years = new YearTable(n);
    if (deal.isCooperative()) {
      CooperativeRules.validateShares(deal);
    }
    OperatingProjection.project(
        deal.company().base(),
        deal.operations(),
        deal.isCooperative() ? deal.cooperative().cfeExemption() : null,
        years);
    Entry entry = Entry.of(deal, years.ebitda[0]);
    DebtBook book = new DebtBook(deal, entry, exitYear);
    YearSolver solver = new YearSolver(deal, entry, book, years);
    for (int t = 0; t < n; t++) {
      solver.solve(t);
    }
    if (deal.isCooperative()) {
      CooperativeRules.validateCapital(deal, entry.equityAmounts(), solver);
    }
    double debtAtClosing = 0.0;
    for (double a : book.initial) {
      debtAtClosing += a;
    }
    CreditStatistics.compute(years, debtAtClosing, deal.covenants());
    ExitWaterfall exit = new ExitWaterfall(deal, entry, book, years, exitYear, solver.capital);
    ValueBridge bridge = Bridge.of(entry, debtAtClosing, years, exit.result, exitYear);
    return new DealResult(
        deal.name(),
        deal.company().name(),
        deal.company().base().year(),
        exitYear,
        entry.sourcesAndUses(),
        years,
        book.schedules(),
        exit.result,
        PartyReturns.compute(deal, entry, book, years, exit, exitYear, solver.classFlows),
        bridge,
        firstDefault(years),
        solver.maxIterations);
  }

  private static DefaultEvent firstDefault(YearTable y) {
    int first = 0;
    double firstShortfall = 0.0;
    double total = 0.0;
    int count = 0;
    for (int t = 0; t < y.size(); t++) {
      if (y.defaulted[t]) {
        if (first == 0) {
          first = y.year[t];
          firstShortfall = y.shortfall[t];
        }
        total += y.shortfall[t];
        count++;
      }
    }
    return new DefaultEvent(first, firstShortfall, total, count);
  }
}
