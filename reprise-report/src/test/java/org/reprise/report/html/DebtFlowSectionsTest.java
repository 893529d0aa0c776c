package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.engine.BuyoutChain;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.io.result.ResultJson;
import org.reprise.model.Deal;
import org.reprise.report.fec.DealSkeleton;
import org.reprise.report.fec.FecImporter;
import org.reprise.report.fec.FecReader;
import org.w3c.dom.Document;

/**
 * The debt schedule of each loan and the cash flow and debt service in the HTML report, on every
 * deal of examples/ (the three deal files, the five scenarios, the five rounds of the chain, the
 * deal file that {@code reprise import-fec} makes of the ledger) and the guides' crisis (a payment
 * default), in English and French: the shown rows add up (the cash to the closing cash, each loan
 * to its closing balance), every shown amount is the one worked out independently from the JSON
 * output, and every tagged number is the JSON's.
 */
class DebtFlowSectionsTest {

  /** The sales fall of the guides' crisis (docs/guide-en.md §7): a payment default from 2027. */
  private static final String GROWTH = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";
  private static final String CRISIS = "growth: [\"-30%\", \"10%\", \"5%\", \"3%\", \"2%\"]";
  /** Below half a cent an amount is not shown (a row of such amounts is left out). */
  private static final double CENT = 0.005;

  /** Every deal of examples/ and the crisis, with its name. */
  static List<Arguments> deals() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String file : ReportFixtures.EXAMPLE_FILES) {
      out.add(Arguments.of(file, DealReader.read(ReportFixtures.EXAMPLES.resolve(file))));
    }
    for (Scenario s : ScenarioReader.read(
        ReportFixtures.EXAMPLES.resolve("decolletage-scenarios.yaml"))) {
      out.add(Arguments.of("scenario " + s.name(), s.deal()));
    }
    ScenarioReader.Chain chain =
        ScenarioReader.readChain(ReportFixtures.EXAMPLES.resolve("decolletage-chain.yaml"));
    for (BuyoutChain.Round round : BuyoutChain.run(chain.template(), chain.rounds())) {
      out.add(Arguments.of("chain round " + round.index(), round.deal()));
    }
    Path fec = ReportFixtures.EXAMPLES.resolve("fec").resolve("decolletage-2025-FEC.txt");
    String skeleton = DealSkeleton.yaml(FecImporter.importBaseYear(FecReader.read(fec), null),
        "Décolletage du Haut-Giffre SAS", fec.getFileName().toString());
    out.add(Arguments.of("skeleton of the FEC", DealReader.parse(skeleton, "fec.yaml")));
    out.add(Arguments.of("crisis", crisis()));
    return out;
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (Arguments a : deals()) {
      for (Lang lang : Lang.values()) {
        out.add(Arguments.of(a.get()[0], a.get()[1], lang));
      }
    }
    return out.stream();
  }

  static Deal crisis() throws IOException {
    String plan = Files.readString(
        ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"), StandardCharsets.UTF_8);
    assertThat(plan).contains(GROWTH);
    return DealReader.parse(plan.replace(GROWTH, CRISIS), "crisis.yaml");
  }

  /**
   * The cash flow table: opening cash + the rows = closing cash in every column, within the
   * rounding of the shown amounts (half a unit of the last digit per row); each row is the one
   * computed from the JSON output (the debt's rows summed over {@code /debtSchedules}); a row
   * left out is zero every year.
   */
  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("cases")
  void theCashFlowAddsUpToTheClosingCash(String name, Deal deal, Lang lang) throws Exception {
    DealResult r = LboEngine.DEFAULT.run(deal);
    // the document of run --json, with what only the deal gives (personalTax...)
    JsonNode json = new ObjectMapper().readTree(ResultJson.toJson(deal, r));
    Document doc = ReportFixtures.parse(HtmlReport.render(deal, ReportOptions.of(lang)));
    Fmt.Unit unit = Fmt.Unit.forSize(deal.company().base().revenue());
    double half = 0.5 * Math.pow(10, -unit.decimals());
    Map<String, double[]> expected = expectedCashFlow(json, deal, lang);
    List<ReportFixtures.Row> rows = ReportFixtures.rows(doc, "cash-flow");
    Texts text = new Texts(lang);
    assertThat(rows.get(0).label()).isEqualTo(text.t("cf.opening"));
    int n = r.years().size();
    double[] sum = new double[n];
    int added = 0;
    boolean closed = false;
    Set<String> shown = new HashSet<>();
    for (ReportFixtures.Row row : rows) {
      assertThat(expected).as("%s: row %s", name, row.label()).containsKey(row.label());
      shown.add(row.label());
      double[] want = expected.get(row.label());
      assertThat(row.cells()).hasSize(n);
      double[] v = new double[n];
      for (int t = 0; t < n; t++) {
        v[t] = ReportFixtures.number(row.cells().get(t), lang);
        assertThat(v[t]).as("%s, %s, %s", name, row.label(), t)
            .isCloseTo(want[t] / unit.scale(), within(half + 1e-9));
      }
      if (row.label().equals(text.t("cf.closing"))) {
        closed = true;
        for (int t = 0; t < n; t++) {
          assertThat(sum[t]).as("%s: the rows add up, column %s", name, t)
              .isCloseTo(v[t], within(half * (added + 1) + 1e-9));
        }
      } else if (!closed) {
        added++;
        for (int t = 0; t < n; t++) {
          sum[t] += v[t];
        }
      }
    }
    assertThat(closed).isTrue();
    for (Map.Entry<String, double[]> e : expected.entrySet()) {
      if (!shown.contains(e.getKey())) {
        for (double v : e.getValue()) {
          assertThat(Math.abs(v)).as("%s: %s left out", name, e.getKey()).isLessThan(CENT);
        }
      }
    }
  }

  /** The rows of the cash flow worked out from the JSON output, by label. */
  private static Map<String, double[]> expectedCashFlow(JsonNode json, Deal deal, Lang lang) {
    Texts text = new Texts(lang);
    JsonNode years = json.get("years");
    int n = years.size();
    Map<String, double[]> m = new HashMap<>();
    double[] opening = new double[n];
    double[] interest = new double[n];
    double[] scheduled = new double[n];
    double[] drawn = new double[n];
    double[] revolverRepaid = new double[n];
    double[] sweep = new double[n];
    double[] minimum = new double[n];
    for (int t = 0; t < n; t++) {
      opening[t] = t == 0 ? json.at("/sourcesAndUses/cashAtClosing").doubleValue()
          : years.get(t - 1).get("cash").doubleValue();
      for (JsonNode s : json.get("debtSchedules")) {
        interest[t] -= s.get("cashInterest").get(t).doubleValue()
            + s.get("commitmentFee").get(t).doubleValue()
            - s.get("unpaidInterest").get(t).doubleValue();
        scheduled[t] -= s.get("mandatory").get(t).doubleValue();
        drawn[t] += s.get("drawdown").get(t).doubleValue();
        double swept = s.get("sweep").get(t).doubleValue();
        if (s.get("kind").asText().equals("revolver")) {
          revolverRepaid[t] -= swept;
        } else {
          sweep[t] -= swept;
        }
      }
      double[] given = deal.operations().minimumCash();
      minimum[t] = t < given.length ? given[t] : 0.0;
    }
    m.put(text.t("cf.opening"), opening);
    m.put(text.t("cf.fcf"), field(years, "freeCashFlow", 1));
    m.put(text.t("cf.contributions"), field(years, "memberContributions", 1));
    m.put(text.t("cf.interestPaid"), interest);
    m.put(text.t("cf.scheduledPaid"), scheduled);
    m.put(text.t("cf.revolverDrawn"), drawn);
    m.put(text.t("cf.revolverRepaid"), revolverRepaid);
    m.put(text.t("cf.sweep"), sweep);
    m.put(text.t(deal.isCooperative() ? "cf.coopDividends" : "cf.distributions"),
        field(years, "distributions", -1));
    m.put(text.t("cf.buybacks"), field(years, "buybacks", -1));
    if (years.get(0).has("recapBorrowed")) {
      // a dividend recapitalisation (methodology §5.13), from the JSON's own rows
      m.put(text.t("cf.recapBorrowed"), field(years, "recapBorrowed", 1));
      m.put(text.t("cf.recapFees"), field(years, "recapFees", -1));
      m.put(text.t("cf.recapPaid"), field(years, "recapPaid", -1));
    }
    m.put(text.t("cf.closing"), field(years, "cash", 1));
    m.put(text.t("cf.minimumCash"), minimum);
    if (deal.financing().cashSweep() > 0.0) {
      m.put(text.t("cf.sweepBase"), field(years, "sweepBase", 1));
    }
    m.put(text.t("cf.shortfall"), field(years, "shortfall", 1));
    // the new shortfall of each year: the year's shortfall less the principal overdue from the
    // year before (methodology §5.4), from the JSON; over the holding period they add up to the
    // total missed (review 26, W3)
    double[] fresh = new double[n];
    double total = 0;
    int hold = json.at("/deal/exitYearIndex").intValue();
    for (int t = 0; t < Math.min(n, hold); t++) {
      if (years.get(t).get("defaulted").asBoolean()) {
        double arrears = 0;
        for (JsonNode s : json.get("debtSchedules")) {
          arrears += t == 0 ? 0 : s.get("unpaidPrincipal").get(t - 1).doubleValue();
        }
        fresh[t] = Math.max(0, years.get(t).get("shortfall").doubleValue() - arrears);
        total += fresh[t];
      }
    }
    assertThat(total).isCloseTo(json.at("/paymentDefault/totalShortfall").doubleValue(),
        within(1e-6));
    m.put(text.t("cf.newShortfall"), fresh);
    return m;
  }

  private static double[] field(JsonNode years, String name, double sign) {
    double[] v = new double[years.size()];
    for (int t = 0; t < v.length; t++) {
      v[t] = sign * years.get(t).get(name).doubleValue();
    }
    return v;
  }

  /**
   * Each loan of the schedule: its tagged numbers are the JSON's; opening + drawn + PIK + unpaid
   * interest − scheduled repayment − sweep = closing, exactly on the tagged values and within the
   * rounding on the shown ones; an outflow shows its minus sign before the tagged amount.
   */
  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("cases")
  void eachLoanRollsForwardToItsClosingBalance(String name, Deal deal, Lang lang)
      throws Exception {
    DealResult r = LboEngine.DEFAULT.run(deal);
    // the document of run --json, with what only the deal gives (personalTax...)
    JsonNode json = new ObjectMapper().readTree(ResultJson.toJson(deal, r));
    String html = HtmlReport.render(deal, ReportOptions.of(lang));
    Document doc = ReportFixtures.parse(html);
    List<ReportFixtures.Tagged> tagged = ReportFixtures.tagged(doc);
    for (ReportFixtures.Tagged t : tagged) {
      assertThat(ReportFixtures.mismatch(t, json.at(t.key()))).as(name).isNull();
    }
    Map<String, Double> values = new HashMap<>();
    for (ReportFixtures.Tagged t : tagged) {
      if (t.key().startsWith("/debtSchedules/")) {
        values.put(t.key(), Double.parseDouble(t.value()));
      }
    }
    int n = r.years().size();
    for (int i = 0; i < r.debt().size(); i++) {
      for (int t = 0; t < n; t++) {
        String p = "/debtSchedules/" + i + "/";
        String y = "/" + t;
        assertThat(values).containsKeys(p + "opening" + y, p + "closing" + y);
        double rolled = values.get(p + "opening" + y)
            + values.getOrDefault(p + "drawdown" + y, 0.0)
            + values.getOrDefault(p + "pik" + y, 0.0)
            + values.getOrDefault(p + "unpaidInterest" + y, 0.0)
            - values.getOrDefault(p + "mandatory" + y, 0.0)
            - values.getOrDefault(p + "sweep" + y, 0.0);
        double closing = values.get(p + "closing" + y);
        assertThat(rolled).as("%s, loan %s, year %s", name, i, t)
            .isCloseTo(closing, within(1e-9 * Math.max(1.0, Math.abs(closing))));
      }
    }
    Texts text = new Texts(lang);
    Fmt.Unit unit = Fmt.Unit.forSize(deal.company().base().revenue());
    double half = 0.5 * Math.pow(10, -unit.decimals());
    double[] sum = null;
    int added = 0;
    int loans = 0;
    for (ReportFixtures.Row row : ReportFixtures.rows(doc, "debt-schedule")) {
      if (row.cells().isEmpty()) { // a loan's name
        sum = new double[n];
        added = 0;
        loans++;
      } else if (row.label().equals(text.t("sched.closing"))) {
        for (int t = 0; t < n; t++) {
          assertThat(sum[t]).as("%s, %s, column %s", name, row.label(), t).isCloseTo(
              ReportFixtures.number(row.cells().get(t), lang), within(half * (added + 1) + 1e-9));
        }
        sum = null;
      } else if (sum != null) {
        added++;
        for (int t = 0; t < n; t++) {
          sum[t] += ReportFixtures.number(row.cells().get(t), lang);
        }
      }
    }
    assertThat(loans).isEqualTo(r.debt().size());
  }

  /** The examples show every kind of row: a default, a revolver drawn, a SCOP, a sweep. */
  @Test
  void theExamplesShowEveryKindOfRow() throws Exception {
    StringBuilder all = new StringBuilder();
    for (Arguments a : deals()) {
      all.append(HtmlReport.render((Deal) a.get()[1], ReportOptions.of(Lang.EN)));
    }
    Texts text = new Texts(Lang.EN);
    for (String key : List.of("sched.drawn", "sched.pik", "sched.unpaidInterest",
        "sched.scheduled", "sched.sweep", "sched.revolverRepaid", "sched.cashInterest",
        "sched.commitmentFee", "sched.unpaidPrincipal", "cf.contributions", "cf.interestPaid",
        "cf.scheduledPaid", "cf.revolverDrawn", "cf.revolverRepaid", "cf.sweep",
        "cf.distributions", "cf.coopDividends", "cf.buybacks", "cf.minimumCash", "cf.sweepBase",
        "cf.shortfall", "cf.newShortfall")) {
      assertThat(all).as(key).contains("<th scope=\"row\">" + text.t(key) + "</th>");
    }
    assertThat(all).contains(" of the cash sweep base, the cash above the minimum left after ",
        " of the cash sweep base, the year's excess cash flow, ", "Payouts: ");
  }

  /**
   * The secondary LBO sweeps 50 % of the year's excess cash flow; the row "Cash sweep base" lets
   * a reader check it. 2028: 1,778.8 opening + 2,887.0 free cash flow − 1,443.0 interest and fees
   * − 1,350.0 repayments = 1,872.8, 872.8 above the 1,000.0 minimum, less the 778.8 above it on
   * 1 January: 94.0, of which half, 47.0, is swept (94 and 47 in the report's whole k€). 2026 and
   * 2027: the cash falls, base 0. The swept loan keeps a balance, so the sweep is half the base
   * each year (to the rounding).
   */
  @Test
  void theSweepIsHalfItsBaseInTheSecondaryLbo() throws Exception {
    Deal deal = DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    for (Lang lang : Lang.values()) {
      Texts text = new Texts(lang);
      Map<String, List<String>> rows = new HashMap<>();
      for (ReportFixtures.Row row : ReportFixtures.rows(
          ReportFixtures.parse(HtmlReport.render(deal, ReportOptions.of(lang))), "cash-flow")) {
        rows.put(row.label(), row.cells());
      }
      List<String> base = rows.get(text.t("cf.sweepBase"));
      List<String> sweep = rows.get(text.t("cf.sweep"));
      assertThat(base).as(lang.name()).hasSize(5);
      // the report rounds to the k€: 94 and 47
      assertThat(ReportFixtures.number(base.get(2), lang)).isEqualTo(94.0);
      assertThat(ReportFixtures.number(sweep.get(2), lang)).isEqualTo(-47.0);
      for (int t = 0; t < 5; t++) {
        assertThat(-ReportFixtures.number(sweep.get(t), lang)).as("%s %s", lang, t)
            .isCloseTo(0.5 * ReportFixtures.number(base.get(t), lang), within(0.5 + 0.25));
      }
      assertThat(ReportFixtures.number(base.get(0), lang)).isZero();
      assertThat(rows).doesNotContainKey(text.t("cf.shortfall")); // paid every year
    }
  }

  /**
   * The rows that make the debt reconcile without the deal file (review 5, F4), on the secondary
   * LBO: term loan A's 2026 rate, Euribor 2.10 % + margin 3.25 % = 5.35 %, on the average of the
   * opening and closing balances ((8,100 + 6,750) / 2 × 5.35 % = 397.2 k€, 397 shown); the net
   * leverage covenant's level 5.50× in 2026, 3.50× in 2030, under its ratio; the DSCR's 1.00×;
   * the liquidity, 2,000 k€ of cash + the 3,000 k€ revolver undrawn = 5,000 at closing, in 2026
   * the closing cash 1,814.8 + 3,000 = 4,815 (k€); the senior net leverage beside the total, the
   * revolver and the term loans A and B less the cash: (0 + 6,750 + 10,800 − 1,814.8) / EBITDA.
   */
  @Test
  void theDebtTablesGiveTheRatesTheLevelsTheLiquidityAndTheSeniorLeverage() throws Exception {
    Deal deal = DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    DealResult r = LboEngine.DEFAULT.run(deal);
    for (Lang lang : Lang.values()) {
      Texts text = new Texts(lang);
      String html = HtmlReport.render(deal, ReportOptions.of(lang));
      Document doc = ReportFixtures.parse(html);
      List<ReportFixtures.Row> debt = ReportFixtures.rows(doc, "debt");
      List<String> labels = debt.stream().map(ReportFixtures.Row::label).toList();
      int net = labels.indexOf(text.t("debt.netLeverage"));
      assertThat(labels.get(net + 1)).isEqualTo(text.t("debt.seniorNetLeverage"));
      assertThat(labels.get(net + 2)).isEqualTo(text.t("debt.maxLevel"));
      assertThat(labels.get(labels.indexOf(text.t("debt.dscr")) + 1))
          .isEqualTo(text.t("debt.minLevel"));
      List<String> max = debt.get(net + 2).cells();
      assertThat(max.get(0)).isEqualTo(lang == Lang.EN ? "5.50×" : "5,50×");
      assertThat(max.get(4)).isEqualTo(lang == Lang.EN ? "3.50×" : "3,50×");
      List<String> liquidity = debt.get(labels.indexOf(text.t("debt.liquidity"))).cells();
      assertThat(ReportFixtures.number(liquidity.get(0), lang)).isEqualTo(4_815.0);
      double senior = (6_750_000.0 + 10_800_000.0 - r.years().cash[0]) / r.years().ebitda[0];
      assertThat(r.debt().get(0).closing()[0]).isZero(); // the revolver is undrawn
      // ratios set against a covenant have its two decimals (review 26, W4; review 28)
      assertThat(debt.get(net + 1).cells().get(0)).isEqualTo(new Fmt(lang).ratio(senior));
      assertThat(debt.get(net).cells().get(0))
          .isEqualTo(new Fmt(lang).ratio(r.years().netLeverage[0]))
          .isEqualTo(lang == Lang.EN ? "4.34×" : "4,34×");
      List<String> cover = debt.get(labels.indexOf(text.t("debt.interestCover"))).cells();
      assertThat(cover.get(0)).isEqualTo(new Fmt(lang).ratio(r.years().interestCover[0]))
          .matches("\\d+[.,]\\d\\d×");
      assertThat(senior).isLessThan(r.years().netLeverage[0]);
      String shown = text(html);
      assertThat(shown).contains(spaces(text.t("debt.seniorNote",
          "Revolver, Senior term loan A, Senior term loan B")));
      // the schedule: term loan A's cash interest rate, and the interest basis in words
      List<ReportFixtures.Row> schedule = ReportFixtures.rows(doc, "debt-schedule");
      int a = schedule.stream().map(ReportFixtures.Row::label).toList()
          .indexOf("Senior term loan A");
      List<String> rate = null;
      for (int i = a + 1; rate == null; i++) {
        rate = schedule.get(i).label().equals(text.t("sched.cashRate"))
            ? schedule.get(i).cells() : null;
      }
      assertThat(spaces(rate.get(0)))
          .isEqualTo(lang == Lang.EN ? "5.35 %" : "5,35 %");
      assertThat(shown).contains(spaces(text.t("sched.averageBasis")));
    }
  }

  /** The titles and rows in both languages, in the contents and the sections. */
  @Test
  void speaksEnglishAndFrench() throws Exception {
    Deal deal = crisis();
    String en = text(HtmlReport.render(deal, ReportOptions.of(Lang.EN)));
    String fr = text(HtmlReport.render(deal, ReportOptions.of(Lang.FR)));
    assertThat(en).contains("The debt schedule of each loan", "Cash flow and debt service",
        "Senior term loan A", "Opening balance", "Scheduled repayment paid",
        "Unpaid interest capitalised (default)", "Repayment overdue, still owed (default)",
        "Closing balance", "Cash interest due", "Opening cash", "Free cash flow",
        "Cash interest and fees paid", "Scheduled repayments paid", "Credit line drawn",
        "Closing cash", "Minimum cash", "Closing cash = opening cash + the rows above.");
    assertThat(fr).contains("L'échéancier de chaque emprunt", "Trésorerie et service de la dette",
        "Solde d'ouverture", "Amortissement contractuel payé",
        "Intérêts impayés capitalisés (défaut)", "Remboursement échu, toujours dû (défaut)",
        "Solde de clôture", "Intérêts en numéraire dus", "Trésorerie d'ouverture",
        "Flux de trésorerie disponible", "Intérêts et commissions payés",
        "Amortissements contractuels payés", "Tirages sur la ligne de crédit",
        "Trésorerie de clôture", "Trésorerie minimale",
        "Trésorerie de clôture = trésorerie d'ouverture + les lignes ci-dessus.");
    assertThat(fr).doesNotContain("Opening balance", "Closing cash", "Cash flow and debt");
  }

  /** In a report of several scenarios each has both sections, with its own ids and pointers. */
  @Test
  void eachScenarioHasItsOwnSections() throws Exception {
    List<Scenario> scenarios =
        ScenarioReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-scenarios.yaml"));
    String html = HtmlReport.render(scenarios, ReportOptions.of(Lang.FR));
    Document doc = ReportFixtures.parse(html);
    for (int i = 1; i <= scenarios.size(); i++) {
      assertThat(ReportFixtures.rows(doc, "s" + i + "-debt-schedule")).isNotEmpty();
      assertThat(ReportFixtures.rows(doc, "s" + i + "-cash-flow")).isNotEmpty();
      assertThat(html).contains("data-key=\"/scenarios/" + (i - 1) + "/sourcesAndUses/"
          + "cashAtClosing\"");
    }
  }

  /** @return {@code s} with its no-break spaces as spaces, as {@link #text} shows it */
  private static String spaces(String s) {
    return s.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
  }

  private static String text(String html) throws Exception {
    return ReportFixtures.parse(html).getDocumentElement().getTextContent()
        .replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
  }
}
