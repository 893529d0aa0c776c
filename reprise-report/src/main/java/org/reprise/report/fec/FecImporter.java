package org.reprise.report.fec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps a FEC ledger to the base year of a deal file by the classes of the French chart of accounts
 * (plan comptable général, PCG). The mapping, account by account, is documented in
 * docs/fec-import.md; in short, EBITDA comes out equal to the excédent brut d'exploitation of the
 * soldes intermédiaires de gestion:
 *
 * <pre>
 *   revenue           = 70
 *   purchases         = 601 + 602 + 603 + 607 + 608 + 609 − 71 − 72
 *   external charges  = 604 + 605 + 606 + 61 + 62
 *   other taxes       = 63 − 74;   personnel = 64;   depreciation = 681
 * </pre>
 *
 * (income accounts count credit − debit, charge accounts debit − credit, over the lines of the
 * year). The value added, revenue − purchases − external charges, is then the SIG's too: the
 * operating grants (74) come between the value added and the EBE (EBE = VA + 74 − 63 − 64), so
 * they are netted against the other taxes, the other line there; a grant larger than the taxes
 * reduces the personnel costs with the rest ({@link #GRANTS}). Balance-sheet figures are closing
 * balances, opening entry included. Stateless.
 */
public final class FecImporter {

  /** Journal codes of an opening entry (à-nouveaux), in upper case. */
  static final Set<String> OPENING_JOURNALS = Set.of("AN", "RAN", "ANO", "ANX", "OUV", "A-NOUV");

  /**
   * How the operating grants (74) are placed, for the notes: in the soldes intermédiaires de
   * gestion (shared/domain/fec-and-accounts.md) they come after the value added,
   * with the taxes (63) and the personnel costs (64): EBE = VA + 74 − 63 − 64. Netted against the
   * taxes, they leave the value added and the EBE as the ledger's.
   */
  static final String GRANTS =
      "netted against the other taxes (63): like them they come below the value added"
          + " (SIG: EBE = VA + 74 − 63 − 64), which stays the ledger's";

  /**
   * The same, for grants larger than the taxes (63) and the personnel costs (64) together: the
   * deal format has no negative cost, so the rest goes to the revenue and the value added is no
   * longer the ledger's (review 14, finding 5: the note used to say both).
   */
  static final String GRANTS_BEYOND =
      "netted against the other taxes (63), then the personnel costs (64): like them they come"
          + " below the value added (SIG: EBE = VA + 74 − 63 − 64); they exceed both, so the rest"
          + " is added to the revenue (below) and the value added is higher than the ledger's";

  /** Earliest base year of a deal file. */
  static final int MIN_YEAR = 1990;
  /** Latest base year of a deal file. */
  static final int MAX_YEAR = 2100;

  private FecImporter() {}

  /**
   * Imports the base year.
   *
   * @param ledger a balanced ledger
   * @param year the calendar year whose entries are used, or {@code null} for every entry (the base
   *     year is then the year of the latest entry date)
   * @throws FecException when no entry falls in {@code year}, when the revenue is not positive or
   *     the base year is outside 1990–2100 (a deal file could not take it)
   */
  public static BaseYearAccounts importBaseYear(Ledger ledger, Integer year) {
    List<FecLine> used = new ArrayList<>();
    for (FecLine l : ledger.lines()) {
      if (year == null || l.date().getYear() == year) {
        used.add(l);
      }
    }
    if (used.isEmpty()) {
      throw new FecException(
          "no entry is dated in " + year + ": the ledger runs from " + ledger.firstDate() + " to "
              + ledger.lastDate());
    }
    java.util.Set<String> closing = resultEntries(used);
    Totals all = new Totals(); // every line: closing balances
    Totals pl = new Totals(); // outside the entries that close the result into 12
    Totals flows = new Totals(); // outside the opening entries
    Map<String, BigDecimal> byAccount = new LinkedHashMap<>();
    BigDecimal capexDebits = BigDecimal.ZERO;
    BigDecimal dividends = BigDecimal.ZERO;
    LocalDate first = null;
    LocalDate last = null;
    for (FecLine l : used) {
      all.add(l.account(), l.balance());
      if (!closing.contains(key(l))) {
        pl.add(l.account(), l.balance());
      }
      byAccount.merge(l.account(), l.balance(), BigDecimal::add);
      if (!isOpening(l)) {
        flows.add(l.account(), l.balance());
        if (l.account().startsWith("20") || l.account().startsWith("21")) {
          capexDebits = capexDebits.add(l.debit());
        }
        if (l.account().startsWith("457")) {
          dividends = dividends.add(l.debit());
        }
      }
      first = first == null || l.date().isBefore(first) ? l.date() : first;
      last = last == null || l.date().isAfter(last) ? l.date() : last;
    }
    int baseYear = year != null ? year : last.getYear();
    List<String> notes = new ArrayList<>();

    BigDecimal revenue = pl.sum("70").negate();
    BigDecimal purchases =
        pl.sum("601", "602", "603", "607", "608", "609").add(pl.sum("71")).add(pl.sum("72"));
    BigDecimal external = pl.sum("604", "605", "606", "61", "62");
    if (pl.sum("71").signum() != 0 || pl.sum("72").signum() != 0) {
      notes.add(
          "production stockée (71, " + FecReader.plain(pl.sum("71").negate())
              + ") and production immobilisée (72, " + FecReader.plain(pl.sum("72").negate())
              + ") are deducted from the purchases");
    }
    BigDecimal grants = pl.sum("74").negate();
    BigDecimal taxes = pl.sum("63").subtract(grants);
    BigDecimal personnelCosts = pl.sum("64");
    if (grants.signum() != 0) {
      boolean beyond = grants.compareTo(pl.sum("63").add(personnelCosts)) > 0;
      notes.add("operating grants (74, " + FecReader.plain(grants) + ") are "
          + (beyond ? GRANTS_BEYOND : GRANTS));
    }
    if (grants.signum() > 0 && taxes.signum() < 0) {
      notes.add(
          "the operating grants exceed the other taxes (63, " + FecReader.plain(pl.sum("63"))
              + "): the rest (" + FecReader.plain(taxes.negate()) + ") is deducted from the"
              + " personnel costs (64), also below the value added; the participation's gross"
              + " wages S, a share of the personnel costs, come out lower too");
      personnelCosts = personnelCosts.add(taxes);
      taxes = BigDecimal.ZERO;
      revenue = revenue.add(toRevenue(personnelCosts, "personnel costs",
          " (the grants beyond the taxes and the personnel costs)", notes));
      personnelCosts = personnelCosts.max(BigDecimal.ZERO);
    }
    revenue = revenue.add(toRevenue(purchases, "purchases", "", notes));
    purchases = purchases.max(BigDecimal.ZERO);
    revenue = revenue.add(toRevenue(external, "external charges", "", notes));
    external = external.max(BigDecimal.ZERO);
    if (revenue.signum() <= 0) {
      throw new FecException(
          "the ledger shows no revenue in " + baseYear + " (class 70, credit − debit: "
              + FecReader.plain(revenue) + "): a deal needs a company with sales");
    }
    if (baseYear < MIN_YEAR || baseYear > MAX_YEAR) {
      throw new FecException(
          "the entries are dated " + baseYear + ": expected a base year from " + MIN_YEAR + " to "
              + MAX_YEAR);
    }
    BigDecimal otherTaxes = floored(taxes, "other taxes (63 − 74)", notes);
    BigDecimal personnel = floored(personnelCosts, "personnel costs (64)", notes);
    BigDecimal depreciation = floored(pl.sum("681"), "depreciation (681)", notes);
    BigDecimal capex = floored(capexDebits.add(flows.sum("23")), "capex (20, 21, 23)", notes);

    BigDecimal cash = BigDecimal.ZERO;
    BigDecimal overdrafts = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : byAccount.entrySet()) {
      String a = e.getKey();
      if (!a.startsWith("5") || a.startsWith("519")) {
        continue;
      }
      BigDecimal b = e.getValue();
      if (a.startsWith("59") || b.signum() >= 0) {
        cash = cash.add(b);
      } else {
        overdrafts = overdrafts.subtract(b);
      }
    }
    if (overdrafts.signum() > 0) {
      notes.add("class-5 accounts in overdraft (" + FecReader.plain(overdrafts)
          + ") are counted as financial debt");
    }
    cash = floored(cash, "cash (class 5)", notes);
    BigDecimal debt =
        floored(
            all.sum("16", "519").negate().add(overdrafts), "financial debt (16, 519)", notes);
    BigDecimal result = all.sum("6", "7").negate(); // 0 once closed into 12
    BigDecimal equity = all.sum("10", "11", "12", "13", "14").negate().add(result);
    BigDecimal distributable =
        all.sum("104", "1063", "1068", "11", "12").negate().add(result);
    distributable = distributable.max(BigDecimal.ZERO).min(equity.max(BigDecimal.ZERO));
    BigDecimal wc = all.sum("3", "40", "41", "42", "43", "44", "46", "47", "48", "49");
    BigDecimal participation = floored(pl.sum("691"), "participation (691)", notes);

    return new BaseYearAccounts(
        baseYear,
        first,
        last,
        used.size(),
        cents(revenue),
        cents(purchases),
        cents(external),
        cents(otherTaxes),
        cents(personnel),
        cents(pl.sum("64")),
        cents(depreciation),
        cents(capex),
        cents(wc),
        cents(cash),
        cents(debt),
        cents(equity),
        cents(distributable),
        cents(participation),
        cents(pl.sum("66")),
        cents(pl.sum("76").negate()),
        cents(pl.sum("695", "696", "697", "698", "699")),
        cents(pl.sum("75").negate()),
        cents(pl.sum("65")),
        cents(pl.sum("77").negate().subtract(pl.sum("67"))),
        cents(pl.sum("6", "7").negate()),
        cents(dividends),
        cents(all.sum("455").negate()),
        notes);
  }

  /**
   * A cost line the ledger leaves negative (more credited than debited) cannot be a cost of the
   * deal file: it is set to 0 by the caller and what it was is moved to the revenue, with a note.
   *
   * @param cost the line as the ledger sums it
   * @param what its name, for the note
   * @param more the rest of the note (empty, or "; …")
   * @return what the revenue gains: −cost when the cost is negative, 0 otherwise
   */
  private static BigDecimal toRevenue(BigDecimal cost, String what, String more,
      List<String> notes) {
    if (cost.signum() >= 0) {
      return BigDecimal.ZERO;
    }
    notes.add(what + " came out negative (" + FecReader.plain(cost)
        + "): set to 0 and the difference added to the revenue" + more);
    return cost.negate();
  }

  /**
   * @return the keys of the entries that close the income and charge accounts into the result
   *     (an entry with a line on 12 and a line of class 6 or 7): left out of the year's flows
   */
  static java.util.Set<String> resultEntries(List<FecLine> lines) {
    java.util.Set<String> with12 = new java.util.HashSet<>();
    java.util.Set<String> with67 = new java.util.HashSet<>();
    for (FecLine l : lines) {
      if (l.account().startsWith("12")) {
        with12.add(key(l));
      } else if (l.account().startsWith("6") || l.account().startsWith("7")) {
        with67.add(key(l));
      }
    }
    with12.retainAll(with67);
    return with12;
  }

  private static String key(FecLine l) {
    return l.journal() + '\u0000' + l.entry();
  }

  /** @return true for a line of an opening entry (à-nouveaux) */
  static boolean isOpening(FecLine l) {
    String code = l.journal().toUpperCase(Locale.ROOT);
    if (OPENING_JOURNALS.contains(code)) {
      return true;
    }
    String label =
        Normalizer.normalize(l.journalLabel(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return label.contains("a nouveau") || label.contains("a-nouveau") || label.contains("anouveau");
  }

  private static BigDecimal floored(BigDecimal v, String what, List<String> notes) {
    if (v.signum() < 0) {
      notes.add(what + " came out negative (" + FecReader.plain(v) + "): set to 0");
      return BigDecimal.ZERO;
    }
    return v;
  }

  private static BigDecimal cents(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** Balances (debit − credit) by account, summed by prefix on demand. */
  private static final class Totals {
    private final Map<String, BigDecimal> byAccount = new LinkedHashMap<>();

    void add(String account, BigDecimal balance) {
      byAccount.merge(account, balance, BigDecimal::add);
    }

    /** @return the sum of the balances of the accounts starting with any of the prefixes */
    BigDecimal sum(String... prefixes) {
      BigDecimal s = BigDecimal.ZERO;
      for (Map.Entry<String, BigDecimal> e : byAccount.entrySet()) {
        for (String p : prefixes) {
          if (e.getKey().startsWith(p)) {
            s = s.add(e.getValue());
            break;
          }
        }
      }
      return s;
    }
  }
}
