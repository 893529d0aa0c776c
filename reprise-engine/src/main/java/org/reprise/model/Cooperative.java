package org.reprise.model;

import java.util.List;

/**
 * The operating company as a worker cooperative (SCOP, loi 78-763 du 19 juillet 1978), with the
 * rules the engine applies (docs/methodology.md, "SCOP"). {@code null} in a deal that is not a
 * SCOP.
 *
 * <p>The net surplus of each year (excédent net de gestion) is allocated: a work share to all
 * employees (part travail, art. 33-3°, ≥ 25 %, deductible for income tax, CGI art. 214 1 2°),
 * reserves that can never be shared out (legal reserve and development fund, ≥ 16 % in the usual
 * reading of art. 33), and interest on the members' shares (dividends, ≤ the work share and ≤ the
 * reserves).
 *
 * @param workShare share of the net surplus paid to the employees, decimal (≥ 0.25)
 * @param reserveShare share kept as indivisible reserves, decimal (≥ 0.16)
 * @param dividendShare share paid as interest on members' shares, decimal (≤ workShare, ≤ reserveShare)
 * @param participationInWorkShare true when the legal participation is paid within the work share
 *     (by agreement), false when the work share comes on top of it
 * @param investmentProvision true when the SCOP books the tax-free investment provision equal to
 *     its participation (CGI art. 237 bis A II 3; not available when non-cooperator members hold
 *     more than half of the capital, except on the amorçage path, LFR 2013 art. 16)
 * @param cfeExemption taxes other than income tax that the SCOP no longer pays (CFE exemption, CGI
 *     art. 1456), currency units per year
 * @param memberContributions new capital subscribed by employee members each year, currency units
 * @param employeeHolders the parties (equity holders) that are employee members
 * @param employeeMembers number of employee members (for the 65 % of votes rule)
 * @param outsideMembers number of outside (non-employee) members
 * @param seed the SCOP d'amorçage path, or {@code null}
 */
public record Cooperative(
    double workShare,
    double reserveShare,
    double dividendShare,
    boolean participationInWorkShare,
    boolean investmentProvision,
    double[] cfeExemption,
    double[] memberContributions,
    List<String> employeeHolders,
    int employeeMembers,
    int outsideMembers,
    Seed seed) {

  /** Minimum work share, art. 33-3° of the 1978 law. */
  public static final double MIN_WORK_SHARE = 0.25;
  /**
   * The fraction of the net surplus deducted as the work share in the participation's profit
   * (C. trav. R3323-9 1°): a flat 25 %, whatever the work share actually allocated.
   */
  public static final double PARTICIPATION_WORK_SHARE = 0.25;
  /**
   * Minimum reserves: the cooperative movement's (CG Scop) reading of loi 78-763 art. 33, 15 % to
   * the legal reserve plus a development-fund share; the law itself asks 15 % to the legal reserve
   * until it equals the highest capital reached (methodology §13 item 36).
   */
  public static final double MIN_RESERVE_SHARE = 0.16;
  /** Minimum share of the capital held by employee members (outside the amorçage period). */
  public static final double MIN_EMPLOYEE_CAPITAL = 0.51;
  /** Minimum share of the votes held by employee members. */
  public static final double MIN_EMPLOYEE_VOTES = 0.65;
  /** Share of the capital the employees must reach by the end of the amorçage period. */
  public static final double SEED_TARGET_CAPITAL = 0.50;
  /** Length of the amorçage period in years (art. 49 ter of the 1978 law). */
  public static final int SEED_YEARS = 7;

  public Cooperative {
    employeeHolders = List.copyOf(employeeHolders);
  }

  /**
   * The SCOP d'amorçage (art. 49 ter, loi ESS 2014): outside members may hold the majority of the
   * capital for up to 7 years; the employees must reach half of it by the end of year 7, by buying
   * back outside shares out of profits and reserves.
   *
   * @param buybacks outside members' capital bought back by the cooperative each year (at nominal),
   *     currency units
   */
  public record Seed(double[] buybacks) {}

  /** @return true when {@code holder} is an employee member */
  public boolean isEmployee(String holder) {
    return employeeHolders.contains(holder);
  }
}
