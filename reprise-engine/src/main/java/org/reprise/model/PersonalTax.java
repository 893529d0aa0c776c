package org.reprise.model;

import java.util.List;

/**
 * The personal tax of the individuals who hold equity classes on their gains at the exit (deal
 * file section {@code personalTax}, docs/methodology.md §8.4): the flat tax on capital gains and,
 * for a management package, the salary taxation of the gain above the ceiling of article 163 bis
 * H of the French tax code (CGI). The calculation is {@code org.reprise.engine.ExitGainsTax}.
 * Rates are decimals.
 *
 * @param holders the equity holders ({@code financing.equity[].holder}) who are individuals: the
 *     classes they hold are taxed; the others (a fund, a company) are not taxed here
 * @param managementPackages the names of the equity classes held in return for their holders'
 *     functions as employees or managers (CGI art. 163 bis H), each held by one of {@code holders}
 * @param capitalGainsRate the whole flat rate on a capital gain: the income tax of the flat tax
 *     plus the social levies, 0 to 1
 * @param salaryRate the holders' marginal income-tax rate on the part of a management package's
 *     gain taxed as salary, 0 to {@link #MAX_SALARY_RATE}; {@code NaN} when no class is a
 *     management package (the deal file must then give no rate)
 * @param salaryContribution the specific contribution on that salary part, 0 to 1
 */
public record PersonalTax(
    List<String> holders,
    List<String> managementPackages,
    double capitalGainsRate,
    double salaryRate,
    double salaryContribution) {

  /**
   * The income tax of the flat tax on capital gains, 12.8 % (prélèvement forfaitaire unique, CGI
   * art. 200 A, 1-A, and art. 150-0 A for the gains on securities).
   */
  public static final double FLAT_INCOME_TAX = 0.128;

  /**
   * The social levies on capital gains on securities, 18.6 %: CSG 10.6 % + CRDS 0.5 % +
   * prélèvement de solidarité 7.5 % (code de la sécurité sociale art. L. 136-8, I-2°, as raised
   * from 9.2 % by art. 12 of the 2026 social security financing law, loi n° 2025-1403 du 30
   * décembre 2025, from the taxation of the 2025 income for the capital gains; 17.2 % before).
   */
  public static final double SOCIAL_LEVIES = 0.186;

  /** The default {@link #capitalGainsRate}: the flat tax, 12.8 % + 18.6 % = 31.4 %. */
  public static final double DEFAULT_CAPITAL_GAINS_RATE = FLAT_INCOME_TAX + SOCIAL_LEVIES;

  /**
   * The specific employee contribution of 10 % on the part of a management package's gain taxed
   * as salary (code de la sécurité sociale art. L. 137-42, created by art. 93 of the 2025 finance
   * law, loi n° 2025-127 du 14 février 2025, and made permanent by the 2026 social security
   * financing law).
   */
  public static final double DEFAULT_SALARY_CONTRIBUTION = 0.10;

  /**
   * The highest marginal rate read: the top bracket of the income tax, 45 % (CGI art. 197, I-1),
   * plus the exceptional contribution on high incomes, at most 4 % (CGI art. 223 sexies), which a
   * user may add to the rate (review 32).
   */
  public static final double MAX_SALARY_RATE = 0.49;

  /**
   * The multiple of the company's financial performance that sets the ceiling of the capital-gain
   * part of a management package's gain (CGI art. 163 bis H, II): three.
   */
  public static final double PERFORMANCE_MULTIPLE = 3.0;

  /**
   * The holding, in years, below which a management package's whole gain is salary (CGI art. 163
   * bis H, II: two years for the securities outside the legal schemes of free shares, stock options
   * and BSPCE, which are the securities of a buyout's management package).
   */
  public static final int MIN_HOLDING_YEARS = 2;

  /**
   * @throws IllegalArgumentException when a rate is out of its range, or a class is a management
   *     package without a finite {@code salaryRate}
   */
  public PersonalTax {
    holders = List.copyOf(holders);
    managementPackages = List.copyOf(managementPackages);
    rate(capitalGainsRate, 1.0, "capitalGainsRate");
    rate(salaryContribution, 1.0, "salaryContribution");
    if (!managementPackages.isEmpty() || !Double.isNaN(salaryRate)) {
      rate(salaryRate, MAX_SALARY_RATE, "salaryRate");
    }
  }

  private static void rate(double value, double max, String name) {
    if (!(value >= 0 && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be between 0 and " + max + ", found " + value);
    }
  }

  /** @return true when the class of this name is a management package */
  public boolean isManagementPackage(String className) {
    return managementPackages.contains(className);
  }
}
