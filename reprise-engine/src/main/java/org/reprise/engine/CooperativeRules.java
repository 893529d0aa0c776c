package org.reprise.engine;

import java.util.List;
import java.util.Locale;
import org.reprise.model.Cooperative;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;

/**
 * The legal rules of a SCOP that the engine enforces; a breach is a {@link DealException} naming
 * the rule (docs/methodology.md, "SCOP").
 */
final class CooperativeRules {
  private static final double EPS = 1e-9;

  private CooperativeRules() {}

  /**
   * The profit B of a SCOP's participation (C. trav. R3323-9 1°, formerly R442-27): the net
   * surplus ENG (excédents nets de gestion, art. 32 loi 78-763), less the flat 25 % of it that art.
   * 33-3° reserves to the work share — whatever work share the statutes actually vote — and less
   * a notional income tax at the normal rate on what remains ("un impôt théorique au taux de droit
   * commun et non l'impôt réellement mis à la charge de la société", BOI 4N13 n° 12):
   *
   * <pre>B = ENG × (1 − 25 %) × (1 − normalRate)</pre>
   *
   * <p>ENG is read as the surplus before this year's participation, its forfait social, the work
   * share and income tax (docs/methodology.md, "SCOP", for why). Linear in ENG: a negative ENG
   * gives a negative B, and the reserve's floor at zero does the rest.
   *
   * @param surplus ENG, the pre-tax surplus before the participation and the work share, currency
   *     units
   * @param normalRate the normal corporate income-tax rate of the year (CGI art. 219 I: 25 %),
   *     decimal; not the reduced SME rate, nor the social contribution
   * @return B, currency units
   */
  static double participationProfit(double surplus, double normalRate) {
    double afterWorkShare = (1.0 - Cooperative.PARTICIPATION_WORK_SHARE) * surplus;
    return afterWorkShare - normalRate * afterWorkShare;
  }

  /** Allocation shares, votes and structure, checked before the run. */
  static void validateShares(Deal deal) {
    Cooperative c = deal.cooperative();
    if (deal.structure().hasHolding()) {
      throw new DealException(
          "structure.type",
          "a SCOP is modelled as the operating company itself: expected `pushdown`, found `holding`");
    }
    if (c.workShare() < Cooperative.MIN_WORK_SHARE - EPS) {
      throw new DealException(
          "cooperative.workShare",
          fmt("the work share must be at least 25 %% of the net surplus (art. 33 loi 1978), found %.2f %%",
              100 * c.workShare()));
    }
    if (c.reserveShare() < Cooperative.MIN_RESERVE_SHARE - EPS) {
      throw new DealException(
          "cooperative.reserveShare",
          fmt("reserves must take at least 16 %% of the net surplus, found %.2f %%",
              100 * c.reserveShare()));
    }
    if (c.dividendShare() > Math.min(c.workShare(), c.reserveShare()) + EPS) {
      throw new DealException(
          "cooperative.dividendShare",
          fmt("interest on shares may not exceed the work share nor the reserves: found %.2f %%"
                  + " against %.2f %% and %.2f %%",
              100 * c.dividendShare(), 100 * c.workShare(), 100 * c.reserveShare()));
    }
    double sum = c.workShare() + c.reserveShare() + c.dividendShare();
    if (Math.abs(sum - 1.0) > EPS) {
      throw new DealException(
          "cooperative",
          fmt("work share, reserves and dividends must allocate 100 %% of the surplus, found %.4f %%",
              100 * sum));
    }
    int members = c.employeeMembers() + c.outsideMembers();
    if (members > 0
        && c.employeeMembers() < Cooperative.MIN_EMPLOYEE_VOTES * members - EPS) {
      throw new DealException(
          "cooperative.employeeMembers",
          fmt("employee members must hold at least 65 %% of the votes (one member, one vote):"
                  + " found %d of %d members", c.employeeMembers(), members));
    }
    if (c.seed() != null && deal.years() < Cooperative.SEED_YEARS) {
      throw new DealException(
          "exit.year",
          "a SCOP d'amorçage must be projected over at least 7 years to check that the employees"
              + " reach half of the capital; found " + deal.years() + " years");
    }
  }

  /**
   * Capital: employees hold at least 51 % of it at closing and every year end; under the
   * amorçage path, at least 50 % by the end of year 7 (and 51 % from then on is not required by
   * the engine: the statutes govern it).
   */
  static void validateCapital(Deal deal, double[] closing, YearSolver solver) {
    Cooperative c = deal.cooperative();
    List<EquityClass> classes = deal.financing().equity();
    double atClosing = employeeShare(c, classes, closing);
    if (c.seed() == null) {
      if (atClosing < Cooperative.MIN_EMPLOYEE_CAPITAL - EPS) {
        throw new DealException(
            "financing.equity",
            fmt("employee members must hold at least 51 %% of a SCOP's capital, found %.2f %% at"
                    + " closing (use the SCOP d'amorçage path to start below it)",
                100 * atClosing));
      }
    } else {
      double share = solver.employeeShareAfterSeed;
      if (share < Cooperative.SEED_TARGET_CAPITAL - EPS) {
        throw new DealException(
            "cooperative.seed.buybacks",
            fmt("SCOP d'amorçage: employee members hold %.2f %% of the capital at the end of year 7;"
                    + " the law requires at least 50 %% (buy back more outside shares or raise"
                    + " more member capital)",
                100 * share));
      }
    }
  }

  static double employeeShare(Cooperative c, List<EquityClass> classes, double[] capital) {
    double employees = 0.0;
    double total = 0.0;
    for (int k = 0; k < classes.size(); k++) {
      total += capital[k];
      if (c.isEmployee(classes.get(k).holder())) {
        employees += capital[k];
      }
    }
    return total > 0.0 ? employees / total : 0.0;
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
