package org.reprise.model;

import java.util.List;

/**
 * The legal profit-sharing of the operating company (participation des salariés, Code du travail
 * art. L3322-1 ff., L3324-1): the special participation reserve
 * {@code RSP = ½ × (B − 5 % × C) × S / VA}, floored at zero.
 *
 * @param applies true when the company must apply it (≥ 50 employees for 5 consecutive years)
 * @param equityReturnShare the share of equity C deducted from the profit (5 %), decimal
 * @param grossWageShare gross salaries S as a share of personnel costs (which include employer
 *     contributions), decimal
 * @param forfaitSocial employer levy on the participation paid (20 % from 50 employees), decimal
 * @param perEmployeeCap ceiling per employee (75 % of the social-security ceiling, PASS), currency
 *     units; the total is capped at headcount × this ({@code +∞} = no cap)
 * @param baseYearReserve reserve of the base year, paid out (or credited) in year 1 under {@code
 *     baseYearRegime}, currency units
 * @param baseYearReserveGiven false when the deal left the base year's reserve out and 0 was
 *     assumed (the readers warn about it: {@link #assumesNoBaseYearReserve}); the engine does not
 *     use it
 * @param blockedYears 0 when each year's reserve is paid to the employees the next year; else the
 *     number of years the reserve stays in blocked current accounts of the company before it is
 *     paid out (Code du travail L3323-3, L3324-10: five years), whole years
 * @param blockedRate the interest rate the blocked accounts bear (at least the TMOP, D3324-33),
 *     decimal; 0 when {@code blockedYears} is 0
 * @param blockedInterestCapitalised true when the accounts' interest is added to them and blocked
 *     with the reserve it accrues on (paid out with it), false when it is paid to the employees
 *     each year
 * @param blockedEarlyRelease the share of what each credit still holds that is released early
 *     each year it is held, the year of the credit included (the cases of Code du travail
 *     R3324-22: leaving the company, a home, a marriage…), decimal from 0 to 1; 0 when every
 *     credit stays its whole period (methodology §5.8)
 * @param blockedCreditLevies the employees' social levies the company withholds from the reserve
 *     when it credits the accounts and pays over in cash then (CSG and CRDS, {@link #CSG_CRDS}),
 *     decimal from 0 to 1: the accounts are credited with the reserve × (1 − this)
 * @param blockedOpening what the blocked accounts already hold at the closing (the end of the base
 *     year, its interest capitalised included), by the projected year in which each amount's
 *     blocking period ends: element j − 1 is paid out in year j (1 = the first projected year),
 *     at the start of that year as a credit's release is; currency units, each 0 or more, at most
 *     {@link #blockedYears} of them; empty when the accounts start empty (methodology §5.8)
 * @param baseYearRegime under which rules the base year's reserve is settled in year 1: the
 *     deal's ({@link BaseYearRegime#DEAL}: this forfait social, credited to the blocked accounts
 *     when there are some) or the company's before the deal ({@link BaseYearRegime#PRE_DEAL}:
 *     paid in year 1 at {@code preDealForfaitSocial}, whatever the blocked accounts)
 * @param preDealForfaitSocial the forfait social of the company before the deal, decimal from 0
 *     to 1: the base year's reserve bears it under {@link BaseYearRegime#PRE_DEAL} (the general
 *     rate, 20 % from 50 employees, when a company converts into a SCOP); unused under {@link
 *     BaseYearRegime#DEAL}
 */
public record Participation(
    boolean applies,
    double equityReturnShare,
    double grossWageShare,
    double forfaitSocial,
    double perEmployeeCap,
    double baseYearReserve,
    boolean baseYearReserveGiven,
    int blockedYears,
    double blockedRate,
    boolean blockedInterestCapitalised,
    double blockedEarlyRelease,
    double blockedCreditLevies,
    List<Double> blockedOpening,
    BaseYearRegime baseYearRegime,
    double preDealForfaitSocial) {

  /**
   * Under which rules the base year's reserve, constituted before the deal, is settled in year 1
   * (methodology §5.8, §13 item 34).
   */
  public enum BaseYearRegime {
    /** As the deal's own reserves: its forfait social, credited to its blocked accounts if any. */
    DEAL,
    /**
     * As the company before the deal settled its reserve: paid in cash in year 1 (to the
     * employees or their savings plan) with the pre-deal forfait social, not credited to the
     * deal's blocked accounts.
     */
    PRE_DEAL
  }

  /**
   * The legal blocking period of the participation: the employees' rights become available on the
   * first day of the fifth month after the close of the year they arose in, plus five years
   * (Code du travail L3324-10), so the reserve of year t, credited in year t + 1, is paid in year
   * t + 6.
   */
  public static final int LEGAL_BLOCKED_YEARS = 5;

  public Participation {
    if (blockedYears < 0) {
      throw new IllegalArgumentException("blocked years must be 0 or more, not " + blockedYears);
    }
    if (!Double.isFinite(blockedRate)) {
      throw new IllegalArgumentException("the blocked accounts' rate must be finite");
    }
    if (!(blockedEarlyRelease >= 0.0 && blockedEarlyRelease <= 1.0)) {
      throw new IllegalArgumentException(
          "the blocked accounts' early release must be from 0 to 1, not " + blockedEarlyRelease);
    }
    if (!(blockedCreditLevies >= 0.0 && blockedCreditLevies < 1.0)) {
      throw new IllegalArgumentException(
          "the levies withheld at the credit must be from 0 to below 1, not "
              + blockedCreditLevies);
    }
    blockedOpening = List.copyOf(blockedOpening);
    if (blockedOpening.size() > blockedYears) {
      throw new IllegalArgumentException("the blocked accounts at the closing can end their period"
          + " in the next " + blockedYears + " years only, not " + blockedOpening.size());
    }
    for (double amount : blockedOpening) {
      if (!(amount >= 0.0 && Double.isFinite(amount))) {
        throw new IllegalArgumentException(
            "the blocked accounts at the closing must be finite and 0 or more, not " + amount);
      }
    }
    java.util.Objects.requireNonNull(baseYearRegime, "baseYearRegime");
    if (!(preDealForfaitSocial >= 0.0 && preDealForfaitSocial <= 1.0)) {
      throw new IllegalArgumentException(
          "the pre-deal forfait social must be from 0 to 1, not " + preDealForfaitSocial);
    }
  }

  /**
   * Rules whose base year's reserve is settled as the deal's own reserves ({@link
   * BaseYearRegime#DEAL}).
   */
  public Participation(boolean applies, double equityReturnShare, double grossWageShare,
      double forfaitSocial, double perEmployeeCap, double baseYearReserve,
      boolean baseYearReserveGiven, int blockedYears, double blockedRate,
      boolean blockedInterestCapitalised, double blockedEarlyRelease,
      double blockedCreditLevies, List<Double> blockedOpening) {
    this(applies, equityReturnShare, grossWageShare, forfaitSocial, perEmployeeCap,
        baseYearReserve, baseYearReserveGiven, blockedYears, blockedRate,
        blockedInterestCapitalised, blockedEarlyRelease, blockedCreditLevies, blockedOpening,
        BaseYearRegime.DEAL, forfaitSocial);
  }

  /** Rules whose blocked accounts, if any, start empty at the closing. */
  public Participation(boolean applies, double equityReturnShare, double grossWageShare,
      double forfaitSocial, double perEmployeeCap, double baseYearReserve,
      boolean baseYearReserveGiven, int blockedYears, double blockedRate,
      boolean blockedInterestCapitalised, double blockedEarlyRelease,
      double blockedCreditLevies) {
    this(applies, equityReturnShare, grossWageShare, forfaitSocial, perEmployeeCap,
        baseYearReserve, baseYearReserveGiven, blockedYears, blockedRate,
        blockedInterestCapitalised, blockedEarlyRelease, blockedCreditLevies, List.of());
  }

  /** Rules whose blocked accounts, if any, keep every credit its whole period. */
  public Participation(boolean applies, double equityReturnShare, double grossWageShare,
      double forfaitSocial, double perEmployeeCap, double baseYearReserve,
      boolean baseYearReserveGiven, int blockedYears, double blockedRate,
      boolean blockedInterestCapitalised) {
    this(applies, equityReturnShare, grossWageShare, forfaitSocial, perEmployeeCap,
        baseYearReserve, baseYearReserveGiven, blockedYears, blockedRate,
        blockedInterestCapitalised, 0.0, 0.0);
  }

  /** Rules whose reserve is paid out the next year (no blocked accounts). */
  public Participation(boolean applies, double equityReturnShare, double grossWageShare,
      double forfaitSocial, double perEmployeeCap, double baseYearReserve,
      boolean baseYearReserveGiven) {
    this(applies, equityReturnShare, grossWageShare, forfaitSocial, perEmployeeCap,
        baseYearReserve, baseYearReserveGiven, 0, 0.0, false);
  }

  /** Rules with a base year's reserve that was given (0 included), paid out the next year. */
  public Participation(boolean applies, double equityReturnShare, double grossWageShare,
      double forfaitSocial, double perEmployeeCap, double baseYearReserve) {
    this(applies, equityReturnShare, grossWageShare, forfaitSocial, perEmployeeCap,
        baseYearReserve, true);
  }

  /**
   * @param years years the reserve stays blocked before it is paid out, at least 1
   * @param rate interest rate of the blocked accounts, decimal
   * @return these rules with each year's reserve credited to blocked current accounts of the
   *     company, which bear {@code rate}, paid to the employees each year, and are paid out after
   *     {@code years} (methodology §5.8)
   */
  public Participation withBlockedAccounts(int years, double rate) {
    return withBlockedAccounts(years, rate, false);
  }

  /**
   * @param years years the reserve stays blocked before it is paid out, at least 1
   * @param rate interest rate of the blocked accounts, decimal
   * @param capitalised true to add the interest to the accounts, blocked and paid out with the
   *     reserve it accrues on; false to pay it each year
   * @return these rules with blocked current accounts (methodology §5.8)
   */
  public Participation withBlockedAccounts(int years, double rate, boolean capitalised) {
    return new Participation(applies, equityReturnShare, grossWageShare, forfaitSocial,
        perEmployeeCap, baseYearReserve, baseYearReserveGiven, years, rate, capitalised,
        blockedEarlyRelease, blockedCreditLevies, blockedOpening, baseYearRegime,
        preDealForfaitSocial);
  }

  /**
   * @param share the share of each credit still held released early each year, 0 to 1
   * @return these rules with that early release of the blocked accounts (methodology §5.8)
   */
  public Participation withEarlyRelease(double share) {
    return new Participation(applies, equityReturnShare, grossWageShare, forfaitSocial,
        perEmployeeCap, baseYearReserve, baseYearReserveGiven, blockedYears, blockedRate,
        blockedInterestCapitalised, share, blockedCreditLevies, blockedOpening, baseYearRegime,
        preDealForfaitSocial);
  }

  /**
   * @param levies the employees' levies withheld from the reserve at the credit, 0 to 1 (in France
   *     {@link #CSG_CRDS})
   * @return these rules with the accounts credited net of them (methodology §5.8)
   */
  public Participation withCreditLevies(double levies) {
    return new Participation(applies, equityReturnShare, grossWageShare, forfaitSocial,
        perEmployeeCap, baseYearReserve, baseYearReserveGiven, blockedYears, blockedRate,
        blockedInterestCapitalised, blockedEarlyRelease, levies, blockedOpening, baseYearRegime,
        preDealForfaitSocial);
  }

  /**
   * @param opening what the accounts hold at the closing by the projected year their period ends
   *     (element j − 1 paid out in year j), at most {@link #blockedYears} amounts of 0 or more
   * @return these rules with those balances at the closing (methodology §5.8)
   */
  public Participation withBlockedOpening(List<Double> opening) {
    return new Participation(applies, equityReturnShare, grossWageShare, forfaitSocial,
        perEmployeeCap, baseYearReserve, baseYearReserveGiven, blockedYears, blockedRate,
        blockedInterestCapitalised, blockedEarlyRelease, blockedCreditLevies, opening,
        baseYearRegime, preDealForfaitSocial);
  }

  /**
   * @param regime under which rules the base year's reserve is settled in year 1
   * @param preDealRate the forfait social of the company before the deal, decimal from 0 to 1
   *     (used under {@link BaseYearRegime#PRE_DEAL})
   * @return these rules with that settlement of the base year's reserve (methodology §5.8)
   */
  public Participation withBaseYearRegime(BaseYearRegime regime, double preDealRate) {
    return new Participation(applies, equityReturnShare, grossWageShare, forfaitSocial,
        perEmployeeCap, baseYearReserve, baseYearReserveGiven, blockedYears, blockedRate,
        blockedInterestCapitalised, blockedEarlyRelease, blockedCreditLevies, blockedOpening,
        regime, preDealRate);
  }

  /**
   * @return the forfait social the base year's reserve bears, paid in year 1: the deal's ({@link
   *     #forfaitSocial}) under {@link BaseYearRegime#DEAL}, the company's before the deal ({@link
   *     #preDealForfaitSocial}) under {@link BaseYearRegime#PRE_DEAL}; decimal
   */
  public double baseYearForfaitSocial() {
    return baseYearRegime == BaseYearRegime.PRE_DEAL ? preDealForfaitSocial : forfaitSocial;
  }

  /**
   * @return what year 1 owes for the base year (deducted that year, §5.8): the base year's reserve
   *     × (1 + {@link #baseYearForfaitSocial}), currency units
   */
  public double baseYearDue() {
    return baseYearReserve * (1.0 + baseYearForfaitSocial());
  }

  /**
   * @return true when year 1 credits the base year's reserve to the blocked accounts instead of
   *     paying it: there are blocked accounts and the reserve is settled under the deal's rules
   */
  public boolean baseYearCredited() {
    return blocked() && baseYearRegime == BaseYearRegime.DEAL;
  }

  /**
   * @return what the blocked accounts hold at the closing, the sum of {@link #blockedOpening}
   *     (0 when they start empty), currency units
   */
  public double blockedOpeningTotal() {
    double sum = 0.0;
    for (double amount : blockedOpening) {
      sum += amount;
    }
    return sum;
  }

  /**
   * The employees' CSG (9.2 %) and CRDS (0.5 %) on the participation, on its whole amount, which
   * the company withholds and pays over when it credits the reserve to blocked current accounts
   * (CSS L136-1-1 and L136-8, ordonnance 96-50 art. 14; our reading, to check in the BOSS,
   * "Épargne salariale"). It is the employees' levy, not a cost of the company: the reserve
   * deducted is the same, only the cash leaves at the credit instead of the release.
   */
  public static final double CSG_CRDS = 0.097;

  /**
   * What a credit of the blocked accounts pays out in each year it is held: with g the growth of a
   * year ({@code 1 + rate} when the interest is capitalised, else 1) and e the early release,
   * {@code e × g^m × (1 − e)^m} of the credit at the start of the year m years after it was
   * credited (m = 0, the year of the credit itself, … n − 1), and the rest, {@code g^n × (1 −
   * e)^n}, at the end of the period (m = n). With e = 0 that is g^n at m = n and nothing before.
   *
   * @param m years since the credit, 0 to {@link #blockedYears}
   * @return what the year releases of each unit credited
   */
  public double blockedReleaseShare(int m) {
    return blockedReleaseShare(m, blockedYears);
  }

  /**
   * {@link #blockedReleaseShare(int)} for a credit blocked {@code period} years instead of {@link
   * #blockedYears}. An amount the accounts hold at the closing whose period ends in year j
   * ({@link #blockedOpening}) is, from the closing on, a credit of year 1 with j − 1 years left:
   * year t (1 to j) releases {@code blockedReleaseShare(t − 1, j − 1)} of it, e of what it still
   * holds at the start of each year before j and the rest in year j, with the interest
   * capitalised when it is, exactly as the credit it was (methodology §5.8).
   *
   * @param m years since the credit, 0 to {@code period}
   * @param period years the credit is blocked, 0 or more (0: released whole in its own year)
   * @return what the year releases of each unit credited
   */
  public double blockedReleaseShare(int m, int period) {
    double g = blockedInterestCapitalised ? 1.0 + blockedRate : 1.0;
    double held = Math.pow(g, m) * Math.pow(1.0 - blockedEarlyRelease, m);
    return m == period ? held : blockedEarlyRelease * held;
  }

  /**
   * @param m years since the credit, 0 to {@link #blockedYears} − 1
   * @return what each unit credited is worth in the accounts at the end of the m-th year after the
   *     year it was credited in (m = 0: that year), after the early releases and with the interest
   *     capitalised when it is: {@code g^(m + 1) × (1 − e)^(m + 1)}
   */
  public double blockedHeldShare(int m) {
    double g = blockedInterestCapitalised ? 1.0 + blockedRate : 1.0;
    return Math.pow(g, m + 1) * Math.pow(1.0 - blockedEarlyRelease, m + 1);
  }

  /** @return true when the reserve is credited to blocked current accounts, not paid out */
  public boolean blocked() {
    return blockedYears > 0;
  }

  /** 5 % of equity, C. trav. L3324-1. */
  public static final double LEGAL_EQUITY_RETURN_SHARE = 0.05;
  /**
   * Gross salaries ≈ personnel costs / 1.42: employer contributions of about 42 % of gross pay in
   * manufacturing (a documented default to override with the company's own payroll figures).
   */
  public static final double DEFAULT_GROSS_WAGE_SHARE = 1.0 / 1.42;
  /** Forfait social on participation from 50 employees (CSS L137-15/16; from memory, verify). */
  public static final double DEFAULT_FORFAIT_SOCIAL = 0.20;
  /**
   * Forfait social on the participation of a SCOP (CSS L137-16 second paragraph: 8 % on the sums
   * set aside in the reserve and invested as L3323-3 allows, in shares or blocked current
   * accounts, in a société coopérative de production).
   */
  public static final double SCOP_FORFAIT_SOCIAL = 0.08;
  /** 75 % of the 2026 PASS of 48,060 € (shared/domain/french-rules.md B6; verify). */
  public static final double DEFAULT_PER_EMPLOYEE_CAP = 36_045.0;
  /**
   * Headcount from which the participation is compulsory, and below which it bears no forfait
   * social when the company applies it voluntarily (CSS L137-15, as amended by the loi PACTE of
   * 22 May 2019: shared/domain/french-rules.md B6).
   */
  public static final double HEADCOUNT_THRESHOLD = 50.0;

  /**
   * The French legal rules, applying when the headcount reaches the threshold; below it (a
   * company that applies them by agreement) the forfait social is 0.
   */
  public static Participation legal(double headcount) {
    boolean large = headcount >= HEADCOUNT_THRESHOLD;
    return new Participation(
        large,
        LEGAL_EQUITY_RETURN_SHARE,
        DEFAULT_GROSS_WAGE_SHARE,
        large ? DEFAULT_FORFAIT_SOCIAL : 0.0,
        DEFAULT_PER_EMPLOYEE_CAP,
        0.0,
        false);
  }

  /**
   * The legal rules for a SCOP: as {@link #legal}, with the SCOP's 8 % forfait social (0 below
   * the threshold, as for any company), and the base year's reserve settled under the rules of
   * the company before its conversion ({@link BaseYearRegime#PRE_DEAL}, at the general rate of
   * {@link #legal}): that reserve was constituted under the agreement of a company that was not a
   * cooperative, to which neither the SCOP's 8 % (CSS L137-16: the reserve allocated as L3323-3
   * allows "au sein des" SCOP) nor, since the loi PACTE, blocked current accounts apply
   * (methodology §5.8, §13 item 34).
   */
  public static Participation cooperative(double headcount) {
    Participation p = legal(headcount);
    return new Participation(p.applies, p.equityReturnShare, p.grossWageShare,
        headcount >= HEADCOUNT_THRESHOLD ? SCOP_FORFAIT_SOCIAL : 0.0, p.perEmployeeCap,
        p.baseYearReserve, p.baseYearReserveGiven, p.blockedYears, p.blockedRate,
        p.blockedInterestCapitalised)
        .withBaseYearRegime(BaseYearRegime.PRE_DEAL, p.forfaitSocial);
  }

  /**
   * @return true when the participation applies but the base year's reserve was not given: 0 is
   *     assumed, so year 1 pays (and deducts) no participation for the base year, which a company
   *     that applies it has in fact set aside (review 12 CSE, finding 12)
   */
  public boolean assumesNoBaseYearReserve() {
    return applies && !baseYearReserveGiven;
  }

  /**
   * The employer contributions as a share of gross pay implied by the gross-wage share (personnel
   * costs = gross pay × (1 + rate)): 42 % by default; the default's when the share given is not
   * below 1 (no participation computed). What a SCOP's work share paid in cash would bear as a
   * wage supplement and the engine does not add (docs/methodology.md §5.10, stated limit (a)).
   *
   * @return the rate, decimal
   */
  public double employerContributionRate() {
    double share = grossWageShare > 0.0 && grossWageShare < 1.0 ? grossWageShare
        : DEFAULT_GROSS_WAGE_SHARE;
    return 1.0 / share - 1.0;
  }

  /** No participation (a company below the threshold, or a jurisdiction without it). */
  public static Participation none() {
    return new Participation(false, LEGAL_EQUITY_RETURN_SHARE, 1.0, 0.0, Double.POSITIVE_INFINITY, 0.0);
  }

  /**
   * The special participation reserve: {@code max(0, ½ × (b − share × c) × s / va)}, capped; 0
   * in a year with no profit ({@code b ≤ 0}): the participation shares a profit (L3324-1), so a
   * negative equity {@code c} cannot make a loss year owe a reserve (review 12, finding 3).
   *
   * @param b net taxable profit of the year minus the corresponding income tax
   * @param c equity of the company
   * @param s gross salaries
   * @param va value added in the sense of L3324-1 (personnel costs + taxes + financial charges +
   *     depreciation + current result before tax)
   * @param headcount average headcount, for the cap
   * @return the reserve, currency units (0 when it does not apply, when b ≤ 0 or when va ≤ 0)
   */
  public double reserve(double b, double c, double s, double va, double headcount) {
    if (!applies || !(va > 0.0) || !(b > 0.0)) {
      return 0.0;
    }
    double rsp = 0.5 * (b - equityReturnShare * c) * s / va;
    return Math.max(0.0, Math.min(rsp, perEmployeeCap * headcount));
  }

  /**
   * The slope of {@link #reserve} with respect to {@code b}, at a point where the reserve is
   * {@code reserve}: ½ × s / va strictly between the floor and the cap, 0 outside (used by the
   * engine's Newton step).
   *
   * @param reserve the value of {@link #reserve} at that point
   * @param s gross salaries
   * @param va value added
   * @param headcount average headcount, for the cap
   */
  public double reserveSlopeB(double reserve, double s, double va, double headcount) {
    return inside(reserve, va, headcount) ? 0.5 * s / va : 0.0;
  }

  /**
   * The slope of {@link #reserve} with respect to {@code va}, at a point where the reserve is
   * {@code reserve}: −reserve / va strictly between the floor and the cap, 0 outside.
   */
  public double reserveSlopeVa(double reserve, double va, double headcount) {
    return inside(reserve, va, headcount) ? -reserve / va : 0.0;
  }

  private boolean inside(double reserve, double va, double headcount) {
    return applies && va > 0.0 && reserve > 0.0 && reserve < perEmployeeCap * headcount;
  }
}
