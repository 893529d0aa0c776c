package org.reprise.report.fec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the synthetic FEC ledger of the fictional factory of the examples
 * (examples/fec/decolletage-2025-FEC.txt): the 2025 books of "Décolletage du Haut-Giffre SAS",
 * whose import gives exactly the base year of examples/decolletage-secondary-lbo.yaml.
 *
 * <p>Deterministic: monthly sales to six customers, purchases of bars, external charges, payroll,
 * VAT returns, loan service, capex, the dividend of 2024 paid in 2025, and the year-end entries
 * (depreciation, stocks, participation, income tax). The opening entry (journal AN) is computed
 * last: each balance-sheet account opens at its target closing balance minus the year's movements,
 * so the targets hold exactly and the opening entry balances (the targets satisfy the balance-sheet
 * identity). Amounts are handled in cents.
 *
 * <p>Run {@code main} with the output path to regenerate the file; {@code SampleFecTest} checks that
 * the committed file is this generator's output.
 */
final class SampleFec {

  static final String FILE_NAME = "decolletage-2025-FEC.txt";
  static final int YEAR = 2025;

  private static final String HEADER =
      "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
          + "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
          + "ValidDate\tMontantdevise\tIdevise";

  private static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();
  private static final Map<String, String> JOURNALS = new LinkedHashMap<>();

  static {
    String[][] accounts = {
      {"101000", "Capital social"}, {"106100", "Réserve légale"},
      {"106800", "Autres réserves"}, {"120000", "Résultat de l'exercice (bénéfice)"},
      {"164000", "Emprunts auprès des établissements de crédit"},
      {"215400", "Matériel industriel"}, {"281540", "Amortissements du matériel industriel"},
      {"310000", "Stocks de matières premières (barres)"}, {"355000", "Stocks de produits finis"},
      {"401000", "Fournisseurs"}, {"404000", "Fournisseurs d'immobilisations"},
      {"411000", "Clients"}, {"421000", "Personnel - rémunérations dues"},
      {"424000", "Participation des salariés aux résultats"},
      {"431000", "Sécurité sociale"},
      {"438600", "Organismes sociaux - charges à payer"},
      {"444000", "État - impôt sur les bénéfices"},
      {"445510", "TVA à décaisser"}, {"445660", "TVA déductible sur autres biens et services"},
      {"445710", "TVA collectée"}, {"457000", "Associés - dividendes à payer"},
      {"512000", "Banque Savoie"}, {"531000", "Caisse"},
      {"601000", "Achats de matières premières (barres acier, laiton, inox)"},
      {"603100", "Variation des stocks de matières premières"},
      {"606100", "Fournitures non stockables (énergie)"}, {"611000", "Sous-traitance générale"},
      {"613200", "Locations immobilières"}, {"615000", "Entretien et réparations"},
      {"616000", "Primes d'assurances"}, {"622600", "Honoraires"},
      {"624100", "Transports sur achats et ventes"}, {"626000", "Frais postaux et télécommunications"},
      {"627000", "Services bancaires"}, {"628100", "Cotisations et divers"},
      {"633300", "Participation à la formation professionnelle continue"},
      {"635110", "Cotisation foncière des entreprises et CVAE"},
      {"641000", "Rémunérations du personnel"}, {"645000", "Charges de sécurité sociale"},
      {"645800", "Forfait social sur la participation"},
      {"661100", "Intérêts des emprunts"}, {"681120", "Dotations aux amortissements des immobilisations corporelles"},
      {"691000", "Participation des salariés aux résultats"},
      {"695000", "Impôts sur les bénéfices"},
      {"695100", "Contribution sociale sur l'impôt sur les sociétés"},
      {"701000", "Ventes de produits finis (pièces décolletées)"},
      {"713500", "Variation des stocks de produits"},
    };
    for (String[] a : accounts) {
      ACCOUNTS.put(a[0], a[1]);
    }
    JOURNALS.put("AN", "À-nouveaux");
    JOURNALS.put("VE", "Ventes");
    JOURNALS.put("AC", "Achats");
    JOURNALS.put("BQ", "Banque Savoie");
    JOURNALS.put("OD", "Opérations diverses");
    JOURNALS.put("SA", "Salaires");
  }

  /**
   * The participation of 2025 (691), as examples/decolletage-secondary-lbo.yaml gives it
   * ({@code participation.baseYearReserve}), and its forfait social at 20 %, booked in 2025 and paid
   * in 2026. The legal formula on this ledger's figures gives {@link #legalReserve()} (C. trav.
   * L3324-1, with the engine's definitions, docs/methodology.md §5.8): 430,000 is it rounded up to
   * the thousand (an amount above the legal one is allowed, one below is not).
   */
  static final long PARTICIPATION = 430_000_00L;
  static final long FORFAIT_SOCIAL = PARTICIPATION / 5;
  /**
   * The participation of 2024 and its forfait social, paid in May 2025 and deducted for tax in 2025
   * (CGI art. 237 bis A: the year it is paid out; the forfait social with it).
   */
  static final long PARTICIPATION_2024 = 502_000_00L;
  static final long FORFAIT_SOCIAL_2024 = PARTICIPATION_2024 / 5;
  static final long EBITDA = 5_400_000_00L;
  static final long DEPRECIATION = 1_500_000_00L;
  static final long INTEREST = 120_000_00L;
  /** Current result before tax (résultat courant avant impôt): EBITDA − depreciation − interest. */
  static final long CURRENT_RESULT = EBITDA - DEPRECIATION - INTEREST;
  /**
   * Taxable profit: the result before tax (after the year's participation), the participation and
   * the forfait social of 2025 added back (deductible when paid, in 2026), those of 2024 deducted.
   */
  static final long TAXABLE = CURRENT_RESULT + FORFAIT_SOCIAL - PARTICIPATION_2024
      - FORFAIT_SOCIAL_2024;
  /** Corporate income tax at 25 % (revenue above 10 M€: no reduced rate), whole euros. */
  static final long INCOME_TAX = TAXABLE / 100 * 25 / 100 * 100;
  /** Social contribution, CGI art. 235 ter ZC: 3.3 % of the tax above 763,000 €, whole euros. */
  static final long SOCIAL_CONTRIBUTION =
      Math.max(0, Math.round((INCOME_TAX - 763_000_00L) * 0.033 / 100.0) * 100);
  static final long TAX = INCOME_TAX + SOCIAL_CONTRIBUTION;
  /** The net result of 2025. */
  static final long NET_RESULT = CURRENT_RESULT - PARTICIPATION - TAX;
  /** Income tax instalments of 2025 (the balance of 2025 stays due at the closing). */
  private static final long[] INSTALMENTS = {230_000_00L, 180_000_00L, 180_000_00L, 180_000_00L};
  /** The balance of the 2024 income tax, paid in May 2025. */
  private static final long TAX_BALANCE_2024 = 150_000_00L;

  /**
   * @return the legal reserve of 2025 in euros, ½ × (B − 5 % × C) × S / VA: B = taxable profit −
   *     its tax (the 3.3 % included, as the engine does), C = the equity at the closing before the
   *     year's result, S = gross wages (641), VA = personnel costs + other taxes + interest +
   *     depreciation + current result before tax
   */
  static double legalReserve() {
    double b = (TAXABLE - TAX) / 100.0;
    double c = 12_000_000 - NET_RESULT / 100.0;
    double s = 6_590_000;
    double va = 9_360_000 + 360_000 + INTEREST / 100.0 + DEPRECIATION / 100.0
        + CURRENT_RESULT / 100.0;
    return 0.5 * (b - 0.05 * c) * s / va;
  }

  /** Closing balances (debit − credit, cents) the year must end on. */
  private static final Map<String, Long> CLOSING = new LinkedHashMap<>();

  static {
    CLOSING.put("101000", -2_000_000_00L);
    CLOSING.put("106100", -200_000_00L);
    // book equity 12 M€ = capital + legal reserve + other reserves + the year's result
    CLOSING.put("106800", -(12_000_000_00L - 2_200_000_00L - NET_RESULT));
    CLOSING.put("120000", 0L);
    CLOSING.put("164000", -3_000_000_00L);
    CLOSING.put("215400", 25_000_000_00L);
    CLOSING.put("281540", -18_000_000_00L);
    CLOSING.put("310000", 3_100_000_00L);
    CLOSING.put("355000", 1_050_000_00L);
    CLOSING.put("401000", -2_300_000_00L);
    CLOSING.put("404000", 0L);
    CLOSING.put("421000", -300_000_00L);
    CLOSING.put("424000", -PARTICIPATION);
    CLOSING.put("431000", -500_000_00L);
    CLOSING.put("438600", -FORFAIT_SOCIAL);
    CLOSING.put("444000", -(TAX - java.util.Arrays.stream(INSTALMENTS).sum()));
    CLOSING.put("445510", -200_000_00L);
    CLOSING.put("445660", 0L);
    CLOSING.put("445710", 0L);
    CLOSING.put("457000", 0L);
    CLOSING.put("512000", 1_995_000_00L);
    CLOSING.put("531000", 5_000_00L);
    // customers: what makes the working capital 6 M€ (stocks, receivables and operating payables)
    long others = 0;
    for (Map.Entry<String, Long> c : CLOSING.entrySet()) {
      char k = c.getKey().charAt(0);
      if ((k == '3' || k == '4') && !c.getKey().startsWith("45")) {
        others += c.getValue();
      }
    }
    CLOSING.put("411000", 6_000_000_00L - others);
  }

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Integer> numbers = new LinkedHashMap<>();

  private SampleFec() {}

  /** @return the FEC text, UTF-8, tab-separated, CRLF line ends */
  static String generate() {
    SampleFec g = new SampleFec();
    g.year();
    return g.text();
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "../examples/fec/" + FILE_NAME);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, generate(), StandardCharsets.UTF_8);
  }

  private void year() {
    String[] customers = {"AUTOPARTS", "EQUIPAUTO", "AEROSAV", "MEDIPRECIS", "CONNECTALP",
        "HORLOGEX"};
    long[] customerWeights = {34, 26, 16, 12, 8, 4};
    long[] monthWeights = {9, 9, 9, 9, 9, 8, 8, 4, 9, 9, 9, 8};
    long[] monthlyRevenue = split(30_000_000_00L, monthWeights);
    long receivablesDue = 0;
    for (int m = 1; m <= 12; m++) {
      long[] byCustomer = split(monthlyRevenue[m - 1], customerWeights);
      for (int c = 0; c < customers.length; c++) {
        long ht = byCustomer[c];
        long vat = ht / 5;
        entry("VE", date(m, 28), "FA" + m + "-" + customers[c], "Facture " + customers[c])
            .debit("411000", ht + vat, customers[c])
            .credit("701000", ht)
            .credit("445710", vat)
            .add();
      }
    }
    // purchases and external charges through suppliers, per month
    String[][] supplierCosts = {
      {"601000", "ACIERS-ALPES"}, {"606100", "ENERGIE-SAVOIE"}, {"611000", "TRAITHERM"},
      {"613200", "SCI-GIFFRE"}, {"615000", "MAINTEC"}, {"616000", "ASSURMONT"},
      {"622600", "CABINET-CONSEIL"}, {"624100", "TRANSALP"}, {"626000", "TELECOM"},
      {"628100", "DIVERS"}
    };
    long[] annual = {
      10_700_000_00L, 1_400_000_00L, 900_000_00L, 600_000_00L, 700_000_00L, 180_000_00L,
      150_000_00L, 250_000_00L, 60_000_00L, 100_000_00L
    };
    long[][] vatByMonth = new long[13][2]; // [month][0 collected, 1 deductible]
    for (int m = 1; m <= 12; m++) {
      vatByMonth[m][0] = 0;
    }
    for (Entry e : entries) {
      for (Line l : e.lines) {
        if (l.account.equals("445710")) {
          vatByMonth[e.month()][0] -= l.amount;
        }
      }
    }
    for (int k = 0; k < supplierCosts.length; k++) {
      long[] months = split(annual[k], monthWeights);
      for (int m = 1; m <= 12; m++) {
        long ht = months[m - 1];
        long vat = supplierCosts[k][0].equals("613200") || supplierCosts[k][0].equals("616000")
            ? 0 : ht / 5;
        vatByMonth[m][1] += vat;
        Entry e = entry("AC", date(m, 25), "F" + m + "-" + supplierCosts[k][1],
            "Facture " + supplierCosts[k][1]).debit(supplierCosts[k][0], ht);
        if (vat > 0) {
          e.debit("445660", vat);
        }
        e.credit("401000", ht + vat, supplierCosts[k][1]).add();
      }
    }
    // bank fees, taxes
    long[] fees = split(40_000_00L, monthWeights);
    for (int m = 1; m <= 12; m++) {
      entry("BQ", date(m, 30), "REL" + m, "Frais bancaires")
          .debit("627000", fees[m - 1]).credit("512000", fees[m - 1]).add();
    }
    entry("BQ", date(2, 27), "FPC", "Formation professionnelle continue")
        .debit("633300", 120_000_00L).credit("512000", 120_000_00L).add();
    entry("BQ", date(12, 15), "CFE", "CFE et CVAE")
        .debit("635110", 240_000_00L).credit("512000", 240_000_00L).add();
    // payroll: 180 people, 13th month in December
    long[] wageWeights = {8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 16};
    long[] wages = split(6_590_000_00L, wageWeights);
    // employer contributions: 2.77 M€ with the forfait social on the participation
    long[] social = split(2_770_000_00L - FORFAIT_SOCIAL, wageWeights);
    for (int m = 1; m <= 12; m++) {
      long gross = wages[m - 1];
      long employee = gross * 22 / 100;
      entry("SA", date(m, 30), "PAIE" + m, "Paie du mois")
          .debit("641000", gross)
          .credit("421000", gross - employee)
          .credit("431000", employee)
          .add();
      entry("SA", date(m, 30), "CHS" + m, "Charges sociales du mois")
          .debit("645000", social[m - 1]).credit("431000", social[m - 1]).add();
    }
    // depreciation, stocks, participation, income tax at year end
    entry("OD", date(12, 31), "AMORT", "Dotation aux amortissements 2025")
        .debit("681120", DEPRECIATION).credit("281540", DEPRECIATION).add();
    entry("OD", date(12, 31), "STK1", "Annulation du stock initial de barres")
        .debit("603100", 2_950_000_00L).credit("310000", 2_950_000_00L).add();
    entry("OD", date(12, 31), "STK2", "Stock final de barres")
        .debit("310000", 3_100_000_00L).credit("603100", 3_100_000_00L).add();
    entry("OD", date(12, 31), "STK3", "Annulation du stock initial de produits finis")
        .debit("713500", 1_000_000_00L).credit("355000", 1_000_000_00L).add();
    entry("OD", date(12, 31), "STK4", "Stock final de produits finis")
        .debit("355000", 1_050_000_00L).credit("713500", 1_050_000_00L).add();
    entry("OD", date(12, 31), "PART", "Participation des salariés 2025")
        .debit("691000", PARTICIPATION).credit("424000", PARTICIPATION).add();
    entry("OD", date(12, 31), "FS", "Forfait social 20 % sur la participation 2025")
        .debit("645800", FORFAIT_SOCIAL).credit("438600", FORFAIT_SOCIAL).add();
    entry("OD", date(12, 31), "IS", "Impôt sur les sociétés 2025")
        .debit("695000", INCOME_TAX).credit("444000", INCOME_TAX).add();
    entry("OD", date(12, 31), "CSB", "Contribution sociale sur l'IS 2025")
        .debit("695100", SOCIAL_CONTRIBUTION).credit("444000", SOCIAL_CONTRIBUTION).add();
    // capex: two lathes and a bar feeder
    long[][] capex = {{3, 700_000_00L}, {6, 500_000_00L}, {10, 600_000_00L}};
    for (long[] c : capex) {
      int m = (int) c[0];
      entry("AC", date(m, 12), "IMMO" + m, "Tour multibroche")
          .debit("215400", c[1]).debit("445660", c[1] / 5)
          .credit("404000", c[1] + c[1] / 5, "MACHINES-SA").add();
      vatByMonth[m][1] += c[1] / 5;
      entry("BQ", date(m + 1, 10), "VIR-IMMO" + m, "Règlement tour multibroche")
          .debit("404000", c[1] + c[1] / 5, "MACHINES-SA").credit("512000", c[1] + c[1] / 5)
          .add();
    }
    // dividend of 2024: allocated in June, paid in July
    entry("OD", date(6, 20), "AGO", "Affectation du résultat 2024")
        .debit("120000", 2_400_000_00L).credit("106800", 1_200_000_00L)
        .credit("457000", 1_200_000_00L).add();
    entry("BQ", date(7, 15), "DIV", "Paiement des dividendes 2024")
        .debit("457000", 1_200_000_00L).credit("512000", 1_200_000_00L).add();
    // participation of 2024 paid in May, and its forfait social to the URSSAF
    entry("BQ", date(5, 20), "PART24", "Versement de la participation 2024")
        .debit("424000", PARTICIPATION_2024).credit("512000", PARTICIPATION_2024).add();
    entry("BQ", date(5, 20), "FS24", "Forfait social sur la participation 2024")
        .debit("438600", FORFAIT_SOCIAL_2024).credit("512000", FORFAIT_SOCIAL_2024).add();
    // loan: quarterly repayment and interest
    for (int q = 1; q <= 4; q++) {
      entry("BQ", date(q * 3, 28), "ECH" + q, "Échéance d'emprunt")
          .debit("164000", 150_000_00L).debit("661100", INTEREST / 4)
          .credit("512000", 150_000_00L + INTEREST / 4).add();
    }
    // income tax instalments, and the balance of 2024 in May
    for (int q = 1; q <= 4; q++) {
      long instalment = INSTALMENTS[q - 1];
      entry("BQ", date(q * 3, 15), "IS" + q, "Acompte d'impôt sur les sociétés")
          .debit("444000", instalment).credit("512000", instalment).add();
    }
    entry("BQ", date(5, 15), "IS24", "Solde de l'impôt sur les sociétés 2024")
        .debit("444000", TAX_BALANCE_2024).credit("512000", TAX_BALANCE_2024).add();
    // monthly VAT returns, paid the next month (December's stays due)
    for (int m = 1; m <= 12; m++) {
      long collected = vatByMonth[m][0];
      long deductible = vatByMonth[m][1];
      entry("OD", date(m, 31), "TVA" + m, "Déclaration de TVA")
          .debit("445710", collected).credit("445660", deductible)
          .credit("445510", collected - deductible).add();
      if (m < 12) {
        entry("BQ", date(m + 1, 19), "VIR-TVA" + m, "Paiement de la TVA")
            .debit("445510", collected - deductible).credit("512000", collected - deductible)
            .add();
      }
    }
    // settlements through the bank: customers and suppliers at about 60 days, payroll monthly;
    // the amounts are the year's flows less the target closing balances
    long sales = sumMovements("411000");
    long customersPaid = sales - (CLOSING.get("411000") - openingGuess("411000"));
    monthlySettlement("411000", customersPaid, "Encaissement clients", true);
    long bought = -sumMovements("401000");
    long suppliersPaid = bought + (CLOSING.get("401000") - openingGuess("401000"));
    monthlySettlement("401000", suppliersPaid, "Règlement fournisseurs", false);
    long net = -sumMovements("421000");
    long netPaid = net + (CLOSING.get("421000") - openingGuess("421000"));
    monthlySettlement("421000", netPaid, "Virement des salaires", false);
    long urssaf = -sumMovements("431000");
    long urssafPaid = urssaf + (CLOSING.get("431000") - openingGuess("431000"));
    monthlySettlement("431000", urssafPaid, "Règlement URSSAF", false);
    openingEntry();
  }

  /** Opening balances of the accounts settled through the bank, before the year's movements. */
  private static long openingGuess(String account) {
    return switch (account) {
      case "411000" -> 5_300_000_00L;
      case "401000" -> -2_200_000_00L;
      case "421000" -> -280_000_00L;
      case "431000" -> -480_000_00L;
      default -> 0L;
    };
  }

  private void monthlySettlement(String account, long total, String label, boolean receipt) {
    long[] months = split(total, new long[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    for (int m = 1; m <= 12; m++) {
      Entry e = entry("BQ", date(m, 10), "REG-" + account.substring(0, 3) + "-" + m, label);
      if (receipt) {
        e.debit("512000", months[m - 1]).credit(account, months[m - 1]);
      } else {
        e.debit(account, months[m - 1]).credit("512000", months[m - 1]);
      }
      e.add();
    }
  }

  private long sumMovements(String account) {
    long s = 0;
    for (Entry e : entries) {
      for (Line l : e.lines) {
        if (l.account.equals(account)) {
          s += l.amount;
        }
      }
    }
    return s;
  }

  /** The opening entry: each account opens at its closing target minus the year's movements. */
  private void openingEntry() {
    Map<String, Long> movements = new TreeMap<>();
    for (Entry e : entries) {
      for (Line l : e.lines) {
        movements.merge(l.account, l.amount, Long::sum);
      }
    }
    Entry an = new Entry("AN", "2025-01-01", "AN2025", "À-nouveaux au 1er janvier 2025");
    long sum = 0;
    for (Map.Entry<String, Long> c : CLOSING.entrySet()) {
      long opening = c.getValue() - movements.getOrDefault(c.getKey(), 0L);
      sum += opening;
      if (opening > 0) {
        an.debit(c.getKey(), opening);
      } else if (opening < 0) {
        an.credit(c.getKey(), -opening);
      }
    }
    if (sum != 0) {
      throw new IllegalStateException("the opening entry does not balance: " + sum);
    }
    entries.add(0, an);
    numbers.put("AN", 1);
  }

  private String text() {
    StringBuilder b = new StringBuilder(HEADER).append("\r\n");
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort((x, y) -> x.date.compareTo(y.date));
    Map<String, Integer> counters = new LinkedHashMap<>();
    for (Entry e : sorted) {
      int n = counters.merge(e.journal, 1, Integer::sum);
      String num = e.journal + String.format("%05d", n);
      String d = e.date.replace("-", "");
      for (Line l : e.lines) {
        String[] f = {
          e.journal, JOURNALS.get(e.journal), num, d, l.account, ACCOUNTS.get(l.account),
          l.aux == null ? "" : l.aux, l.aux == null ? "" : l.aux, e.piece, d, e.label,
          l.amount > 0 ? cents(l.amount) : "0,00", l.amount < 0 ? cents(-l.amount) : "0,00",
          "", "", d, "", ""
        };
        b.append(String.join("\t", f)).append("\r\n");
      }
    }
    return b.toString();
  }

  private static String cents(long c) {
    return (c / 100) + "," + String.format("%02d", c % 100);
  }

  /** Splits a total in cents in proportion to weights, the rounding on the last part. */
  static long[] split(long total, long[] weights) {
    long sum = 0;
    for (long w : weights) {
      sum += w;
    }
    long[] out = new long[weights.length];
    long done = 0;
    for (int i = 0; i < weights.length - 1; i++) {
      out[i] = total * weights[i] / sum;
      done += out[i];
    }
    out[weights.length - 1] = total - done;
    return out;
  }

  private static String date(int month, int day) {
    int m = Math.min(month, 12);
    int last = java.time.YearMonth.of(YEAR, m).lengthOfMonth();
    return String.format("%d-%02d-%02d", YEAR, m, Math.min(day, last));
  }

  private Entry entry(String journal, String date, String piece, String label) {
    return new Entry(journal, date, piece, label);
  }

  private record Line(String account, long amount, String aux) {}

  private final class Entry {
    final String journal;
    final String date;
    final String piece;
    final String label;
    final List<Line> lines = new ArrayList<>();

    Entry(String journal, String date, String piece, String label) {
      if (!ACCOUNTS.isEmpty() && !JOURNALS.containsKey(journal)) {
        throw new IllegalArgumentException(journal);
      }
      this.journal = journal;
      this.date = date;
      this.piece = piece;
      this.label = label;
    }

    int month() {
      return Integer.parseInt(date.substring(5, 7));
    }

    Entry debit(String account, long cents) {
      return debit(account, cents, null);
    }

    Entry debit(String account, long cents, String aux) {
      check(account);
      lines.add(new Line(account, cents, aux));
      return this;
    }

    Entry credit(String account, long cents) {
      return credit(account, cents, null);
    }

    Entry credit(String account, long cents, String aux) {
      check(account);
      lines.add(new Line(account, -cents, aux));
      return this;
    }

    void add() {
      long s = 0;
      for (Line l : lines) {
        s += l.amount;
      }
      if (s != 0) {
        throw new IllegalStateException("entry " + piece + " does not balance: " + s);
      }
      entries.add(this);
    }

    private void check(String account) {
      if (!ACCOUNTS.containsKey(account)) {
        throw new IllegalArgumentException("unknown account " + account);
      }
    }
  }
}
