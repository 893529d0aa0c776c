package org.reprise.engine;

import java.util.List;

/**
 * Sources and uses of funds at closing. Both sides balance to the cent, or the engine refuses the
 * deal.
 *
 * @param sources each source (equity classes, then debt drawn at closing), currency units
 * @param uses each use (purchase of shares, refinancing, fees, cash), currency units
 * @param totalSources sum of the sources
 * @param totalUses sum of the uses
 * @param entryEnterpriseValue enterprise value paid
 * @param entryEbitda the EBITDA the entry multiple applies to (base year or year 1)
 * @param entryMultiple entry enterprise value / entry EBITDA
 * @param equityPurchasePrice price of the shares = EV − existing debt + existing cash − the
 *     employees' blocked participation accounts the company holds at the closing
 * @param baseYearEbitda EBITDA of the base year (the last actual year, before the closing at its
 *     end), currency units; the denominator of the leverage at closing
 * @param cashAtClosing cash of the operating company just after the closing (its base-year cash
 *     plus the cash put in by the buyer): the opening cash of year 1, currency units
 * @param blockedAccountsAtClosing the employees' blocked participation accounts the company holds
 *     at the closing ({@code participation.blockedAccounts.opening}), a liability the buyer takes
 *     over and deducts from the price of the shares, as the exit deducts what they hold then
 *     (methodology §3, §5.8); 0 when they start empty, currency units
 */
public record SourcesAndUses(
    List<Line> sources,
    List<Line> uses,
    double totalSources,
    double totalUses,
    double entryEnterpriseValue,
    double entryEbitda,
    double entryMultiple,
    double equityPurchasePrice,
    double baseYearEbitda,
    double cashAtClosing,
    double blockedAccountsAtClosing) {

  public SourcesAndUses {
    sources = List.copyOf(sources);
    uses = List.copyOf(uses);
  }

  /** Sources and uses of a company whose blocked participation accounts, if any, start empty. */
  public SourcesAndUses(List<Line> sources, List<Line> uses, double totalSources,
      double totalUses, double entryEnterpriseValue, double entryEbitda, double entryMultiple,
      double equityPurchasePrice, double baseYearEbitda, double cashAtClosing) {
    this(sources, uses, totalSources, totalUses, entryEnterpriseValue, entryEbitda, entryMultiple,
        equityPurchasePrice, baseYearEbitda, cashAtClosing, 0.0);
  }

  /**
   * One line of the table.
   *
   * @param name label (an equity class or tranche name, or a fixed label for uses)
   * @param amount currency units
   */
  public record Line(String name, double amount) {}
}
