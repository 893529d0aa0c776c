package org.reprise.io;

import java.util.ArrayList;
import java.util.List;
import org.reprise.model.Company;
import org.reprise.model.Participation;

/**
 * Reads the {@code participation} section: the legal profit-sharing of the operating company
 * (participation des salariés, C. trav. L3324-1). Every key is optional; the defaults are {@link
 * Participation#legal}: it applies from 50 employees (base-year headcount), gross salaries = 1 /
 * 1.42 of personnel costs, forfait social 20 % (8 % in a SCOP, {@link Participation#cooperative};
 * none below 50 employees),
 * cap 36,045 per employee (75 % of the 2026 PASS), no reserve owed for the base year (a reserve
 * left out is marked as not given, for {@link DealWarnings}), each year's reserve paid out the next
 * year unless {@code blockedAccounts} keeps it in blocked current accounts of the company; the
 * base year's reserve settled as the deal's own ({@code baseYearReserveRegime: deal}) but in a
 * SCOP, which pays it as the company before its conversion would ({@code preDeal}: in cash, at
 * the general forfait social).
 */
final class ParticipationReader {

  static final String[] KEYS = {
    "applies", "grossWageShare", "forfaitSocial", "perEmployeeCap", "baseYearReserve",
    "baseYearReserveRegime", "blockedAccounts"
  };

  /**
   * The values of {@code baseYearReserveRegime}: the base year's reserve settled under the
   * company's rules before the deal (paid in year 1 at the general forfait social), or under the
   * deal's (its forfait social, credited to its blocked accounts if any).
   */
  static final String PRE_DEAL = "preDeal";

  /** See {@link #PRE_DEAL}. */
  static final String DEAL = "deal";

  /** Keys of {@code participation.blockedAccounts}. */
  static final String[] BLOCKED_KEYS = {
    "years", "rate", "interest", "earlyRelease", "levies", "opening"
  };

  /** The highest levies withheld at the credit that a file may give (the accounts get the rest). */
  static final double MAX_LEVIES = 0.5;

  /** The longest blocking period read, years (the law's is five, L3324-10). */
  static final int MAX_BLOCKED_YEARS = 30;

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
    // the base year's reserve: under the deal's rules, or (a SCOP's default) the company's before
    // the deal, at the general rate for its headcount (20 % from 50 employees, 0 below)
    Participation.BaseYearRegime regime = regime(node.at("baseYearReserveRegime"), cooperative);
    double preDealRate = regime == Participation.BaseYearRegime.PRE_DEAL
        ? Participation.legal(company.headcount()).forfaitSocial() : forfait;
    Participation read = new Participation(
        applies, legal.equityReturnShare(), gross, forfait, cap, base, r.present())
        .withBaseYearRegime(regime, preDealRate);
    Node b = node.at("blockedAccounts");
    if (!b.present() || b.json().isBoolean() && !b.json().booleanValue()) {
      return read; // each year's reserve is paid out the next year
    }
    if (!b.isMapping()) {
      throw b.expected("false, or a mapping of the accounts' years and rate");
    }
    b.mapping(BLOCKED_KEYS);
    Node years = b.at("years");
    int y = years.present()
        ? years.integer(1, MAX_BLOCKED_YEARS)
        : Participation.LEGAL_BLOCKED_YEARS;
    Node rate = b.at("rate");
    if (!rate.present()) {
      throw rate.expected(
          "the accounts' interest rate, at least the TMOP (Code du travail D3324-33)");
    }
    double blockedRate = rate.rate(0, 1);
    boolean capitalised =
        b.at("interest").choice("paid", "paid", "capitalised").equals("capitalised");
    Node early = b.at("earlyRelease");
    double e = early.present() ? early.rate(0, 1) : 0.0;
    // the employees' CSG and CRDS, withheld when the reserve is credited (methodology §5.8)
    Node levies = b.at("levies");
    double l = levies.present() ? levies.rate(0, MAX_LEVIES) : Participation.CSG_CRDS;
    Participation rules = read.withBlockedAccounts(y, blockedRate, capitalised)
        .withEarlyRelease(e)
        .withCreditLevies(l);
    Node opening = b.at("opening");
    return opening.present() ? rules.withBlockedOpening(opening(opening, y)) : rules;
  }

  /**
   * {@code baseYearReserveRegime}: under which rules the base year's reserve is settled in year 1
   * (methodology §5.8, §13 item 34). By default a SCOP settles it as the company did before its
   * conversion (the reserve was constituted under that company's agreement, which could neither
   * give the SCOP's 8 % forfait social nor, since the loi PACTE, blocked current accounts), any
   * other deal as its own reserves (a change of shareholders leaves the company's agreement in
   * place).
   *
   * @param node the value (may be absent)
   * @param cooperative true for a SCOP
   * @return the regime
   */
  static Participation.BaseYearRegime regime(Node node, boolean cooperative) {
    String chosen = node.choice(cooperative ? PRE_DEAL : DEAL, PRE_DEAL, DEAL);
    return chosen.equals(PRE_DEAL)
        ? Participation.BaseYearRegime.PRE_DEAL : Participation.BaseYearRegime.DEAL;
  }

  /**
   * {@code blockedAccounts.opening}: what the accounts already hold at the closing, by the
   * projected year in which each amount's blocking period ends, year 1 first (paid out in year 1,
   * at its start, as a credit's release is). Not a per-year value: a shorter list does not repeat
   * its last amount, the years it leaves out hold nothing. At most {@code years} amounts: an
   * amount held at the closing was credited at the latest in the base year, so its period ends at
   * the latest in year {@code years}.
   *
   * @param node the value (present)
   * @param years the blocking period, years
   * @return the amounts, each 0 or more
   */
  static List<Double> opening(Node node, int years) {
    String expected = "a list of at most " + years + " amounts (`years` is " + years
        + ": nothing stays blocked longer), what the accounts hold at the closing by the projected"
        + " year their blocking period ends, year 1 first";
    if (!node.isList()) {
      throw node.expected(expected);
    }
    List<Node> items = node.list(expected);
    if (items.size() > years) {
      throw node.expected(expected);
    }
    List<Double> amounts = new ArrayList<>(items.size());
    for (Node item : items) {
      amounts.add(item.nonNegativeAmount());
    }
    return amounts;
  }
}
