package org.reprise.io;

import org.reprise.model.Company;
import org.reprise.model.Participation;

/**
 * Reads the {@code participation} section: the legal profit-sharing of the operating company
 * (participation des salariés, C. trav. L3324-1). Every key is optional; the defaults are {@link
 * Participation#legal}: it applies from 50 employees (base-year headcount), gross salaries = 1 /
 * 1.42 of personnel costs, forfait social 20 % (8 % in a SCOP, {@link Participation#cooperative};
 * none below 50 employees),
 * cap 36,045 per employee (75 % of the 2026 PASS), no reserve owed for the base year (a reserve
 * left out is marked as not given, for {@link DealWarnings}).
 */
final class ParticipationReader {

  static final String[] KEYS = {
    "applies", "grossWageShare", "forfaitSocial", "perEmployeeCap", "baseYearReserve"
  };

  private ParticipationReader() {}

  /**
   * @param node the {@code participation} value (may be absent)
   * @param company the company (headcount for the default of {@code applies})
   * @param cooperative true for a SCOP (its defaults are {@link Participation#cooperative})
   */
  static Participation read(Node node, Company company, boolean cooperative) {
    Participation legal = cooperative
        ? Participation.cooperative(company.headcount())
        : Participation.legal(company.headcount());
    if (!node.present()) {
      return legal;
    }
    node.mapping(KEYS);
    boolean applies = node.at("applies").bool(legal.applies());
    Node g = node.at("grossWageShare");
    double gross = legal.grossWageShare();
    if (g.present()) {
      gross = g.rate(0, 1);
      if (gross <= 0) {
        throw g.expected("a share of the personnel costs above 0% and at most 100%");
      }
    }
    Node f = node.at("forfaitSocial");
    double forfait = f.present() ? f.rate(0, 1) : legal.forfaitSocial();
    Node c = node.at("perEmployeeCap");
    double cap = legal.perEmployeeCap();
    if (c.present()) {
      cap = c.nonNegativeAmount();
    }
    Node r = node.at("baseYearReserve");
    double base = r.nonNegativeAmountOr(0);
    return new Participation(
        applies, legal.equityReturnShare(), gross, forfait, cap, base, r.present());
  }
}
