package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.engine.BuyoutChain;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.YearTable;
import org.reprise.io.DealReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.model.Deal;

class CashRollForwardTest {

  private static final Path EXAMPLES = Path.of("..", "examples");
  /** The identity must hold to the cent (currency units). */
  private static final double CENT = 0.01;
  /** The sales fall of the guides' crisis (docs/guide-en.md §7): a payment default from 2027. */
  private static final String GROWTH = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";
  private static final String CRISIS = "growth: [\"-30%\", \"10%\", \"5%\", \"3%\", \"2%\"]";

  /**
   * The paper LBO's first year (examples/paper-lbo.yaml, in euros), by hand: the company starts
   * with no cash; EBITDA 20, capex 5, tax 25 % × (EBIT 15 − interest 5 % × 60) = 3, so free cash
   * flow = 20 − 5 − 3 = 12; interest paid 3; the 100 % sweep takes the rest, 12 − 3 = 9; closing
   * cash 0 + 12 − 3 − 9 = 0. No scheduled repayment (bullet after the exit), no revolver, no
   * distribution.
   */
  @Test
  void paperLboFirstYearByHand() {
    DealResult r = LboEngine.DEFAULT.run(DealReader.read(EXAMPLES.resolve("paper-lbo.yaml")));
    CashRollForward c = CashRollForward.of(r);
    Map<String, Double> year1 = firstYear(c);
    assertThat(c.opening()[0]).isZero();
    assertThat(year1.get(CashRollForward.FCF)).isCloseTo(12.0, within(1e-9));
    assertThat(year1.get(CashRollForward.INTEREST_PAID)).isCloseTo(-3.0, within(1e-9));
    assertThat(year1.get(CashRollForward.SWEEP)).isCloseTo(-9.0, within(1e-9));
    for (String key : List.of(CashRollForward.CONTRIBUTIONS, CashRollForward.SCHEDULED_PAID,
        CashRollForward.REVOLVER_DRAWN, CashRollForward.REVOLVER_REPAID,
        CashRollForward.DISTRIBUTIONS, CashRollForward.BUYBACKS)) {
      assertThat(year1.get(key)).as(key).isCloseTo(0.0, within(1e-12)); // a −0 is zero
    }
    assertThat(c.closing()[0]).isCloseTo(0.0, within(1e-9));
    assertThat(c.residual(0)).isCloseTo(0.0, within(1e-9));
  }

  /**
   * The report's rows are the engine's flows (org.reprise.engine.CashRollForward, whose own test
   * works a year with every kind of flow by hand), in the engine's order, each with its label.
   */
  @Test
  void theRowsAreTheEnginesFlowsWithTheirLabels() {
    DealResult r = LboEngine.DEFAULT.run(DealReader.read(EXAMPLES.resolve("employee-buyout.yaml")));
    org.reprise.engine.CashRollForward engine = org.reprise.engine.CashRollForward.of(r);
    CashRollForward c = CashRollForward.of(r);
    List<String> keys = List.of(CashRollForward.FCF, CashRollForward.CONTRIBUTIONS,
        CashRollForward.RECAP_BORROWED, CashRollForward.RECAP_FEES, CashRollForward.RECAP_PAID,
        CashRollForward.INTEREST_PAID, CashRollForward.HEDGING, CashRollForward.SCHEDULED_PAID,
        CashRollForward.REVOLVER_DRAWN, CashRollForward.REVOLVER_REPAID, CashRollForward.SWEEP,
        CashRollForward.DISTRIBUTIONS, CashRollForward.BUYBACKS);
    org.reprise.engine.CashRollForward.Flow[] flows =
        org.reprise.engine.CashRollForward.Flow.values();
    assertThat(c.flows()).hasSize(flows.length);
    for (int k = 0; k < flows.length; k++) {
      assertThat(c.flows().get(k).key()).isEqualTo(keys.get(k));
      assertThat(c.flows().get(k).amounts()).containsExactly(engine.amounts(flows[k]));
    }
    assertThat(c.opening()).containsExactly(engine.opening());
    assertThat(c.closing()).containsExactly(engine.closing());
  }

  /** Every deal the bundled examples hold, and the guides' crisis (a payment default). */
  static Stream<Arguments> examples() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String file : List.of("decolletage-secondary-lbo.yaml", "employee-buyout.yaml",
        "paper-lbo.yaml", "decolletage-recap.yaml")) {
      Deal deal = DealReader.read(EXAMPLES.resolve(file));
      out.add(Arguments.of(file, deal, LboEngine.DEFAULT.run(deal)));
    }
    for (Scenario s : ScenarioReader.read(EXAMPLES.resolve("decolletage-scenarios.yaml"))) {
      out.add(Arguments.of("scenario " + s.name(), s.deal(), LboEngine.DEFAULT.run(s.deal())));
    }
    ScenarioReader.Chain chain =
        ScenarioReader.readChain(EXAMPLES.resolve("decolletage-chain.yaml"), null);
    for (BuyoutChain.Round round : BuyoutChain.run(chain.template(), chain.rounds())) {
      out.add(Arguments.of("chain round " + round.index(), round.deal(), round.result()));
    }
    String plan = Files.readString(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"),
        StandardCharsets.UTF_8);
    assertThat(plan).contains(GROWTH);
    Deal crisis = DealReader.parse(plan.replace(GROWTH, CRISIS), "crisis.yaml");
    out.add(Arguments.of("crisis", crisis, LboEngine.DEFAULT.run(crisis)));
    return out.stream();
  }

  @Test
  void theExamplesIncludeADefaultARevolverDrawingAScopAndARecap() throws IOException {
    boolean defaulted = false;
    boolean drawn = false;
    boolean scop = false;
    boolean recap = false;
    for (Arguments a : examples().toList()) {
      DealResult r = (DealResult) a.get()[2];
      CashRollForward c = CashRollForward.of(r);
      defaulted |= r.paymentDefault() != null && r.paymentDefault().occurred();
      drawn |= total(c, CashRollForward.REVOLVER_DRAWN) > 0.0;
      scop |= total(c, CashRollForward.CONTRIBUTIONS) > 0.0;
      recap |= total(c, CashRollForward.RECAP_BORROWED) > 0.0;
    }
    assertThat(recap).isTrue();
    assertThat(defaulted).isTrue();
    assertThat(drawn).isTrue();
    assertThat(scop).isTrue();
  }

  /**
   * closing = opening + the flows, to the cent, every year; year 1 opens with the cash at closing
   * and each later year with the previous closing; the closing is the engine's cash; the free cash
   * flow row is the OPERATIONS table's; interest and fees paid + scheduled repayments paid is the
   * debt service due less what was not paid (over the holding period, where the shortfall is
   * reported).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void addsUpToTheCentEveryYear(String name, Deal deal, DealResult r) {
    CashRollForward c = CashRollForward.of(r);
    YearTable y = r.years();
    assertThat(c.opening()[0]).isEqualTo(r.sourcesAndUses().cashAtClosing());
    for (int t = 0; t < y.size(); t++) {
      assertThat(c.residual(t)).as("%s, %s", name, y.year[t]).isCloseTo(0.0, within(CENT));
      assertThat(c.closing()[t]).isEqualTo(y.cash[t]);
      if (t > 0) {
        assertThat(c.opening()[t]).isEqualTo(y.cash[t - 1]);
      }
      Map<String, Double> flows = year(c, t);
      assertThat(flows.get(CashRollForward.FCF)).isEqualTo(y.freeCashFlow[t]);
      if (t < r.exitYearIndex()) {
        assertThat(-(flows.get(CashRollForward.INTEREST_PAID)
            + flows.get(CashRollForward.SCHEDULED_PAID)))
            .as("debt service paid, %s", y.year[t])
            .isCloseTo(y.debtServiceDue[t] - y.shortfall[t], within(CENT));
      }
    }
  }

  /** The printed table adds up too, within its rounding (half a unit of its last digit a row). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void thePrintedTableAddsUp(String name, Deal deal, DealResult r) {
    String text = new TextReport(Lang.EN).render(deal, r);
    String table = text.substring(text.indexOf("CASH FLOW AND DEBT SERVICE"),
        text.indexOf("CREDIT STATISTICS AND COVENANTS"));
    List<double[]> rows = new ArrayList<>();
    double[] closing = null;
    for (String line : table.lines().toList()) {
      double[] values = numbers(line);
      if (values == null) {
        continue;
      }
      if (line.startsWith("Closing cash")) {
        closing = values;
        break;
      }
      rows.add(values);
    }
    assertThat(closing).as(name).isNotNull();
    for (int t = 0; t < closing.length; t++) {
      double sum = 0.0;
      for (double[] row : rows) {
        sum += row[t];
      }
      assertThat(sum).as("%s, column %s", name, t)
          .isCloseTo(closing[t], within(0.05 * (rows.size() + 1) + 1e-9));
    }
  }

  /** @return the amounts of a row of the English table (1,234.5), or null for another line */
  private static double[] numbers(String line) {
    String[] cells = line.trim().split("\\s{2,}");
    if (cells.length < 2 || !cells[1].matches("-?[\\d,]+\\.\\d")) {
      return null;
    }
    double[] v = new double[cells.length - 1];
    for (int i = 1; i < cells.length; i++) {
      v[i - 1] = Double.parseDouble(cells[i].replace(",", ""));
    }
    return v;
  }

  /**
   * A hedged deal (the secondary LBO with a 75 % swap at 2.4 % for 3 years on term loan A): the
   * net settlement is its own row, 75 % × (8,100 + 6,750) / 2 k€ × (2.4 % − 2.1 %) = 16.7 k€ paid
   * in 2026, the rows add up to the closing cash, and the notes give the swap's terms, in English
   * and in French. Without a hedge the row and the notes are absent (the bundled examples).
   */
  @Test
  void aHedgedDealHasItsSettlementRowAndTerms() throws IOException {
    String yaml = Files.readString(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"),
        StandardCharsets.UTF_8);
    String schedule = "        linear: 6                # 1/6 a year, 2026-2031\n";
    assertThat(yaml).contains(schedule);
    Deal deal = DealReader.parse(yaml.replace(schedule, schedule
        + "      hedge: {type: swap, share: \"75%\", rate: \"2.4%\", years: 3}\n"), "h.yaml");
    DealResult r = LboEngine.DEFAULT.run(deal);
    CashRollForward c = CashRollForward.of(r);
    assertThat(firstYear(c).get(CashRollForward.HEDGING)).isCloseTo(-16_706.25, within(1e-6));
    for (int t = 0; t < c.closing().length; t++) {
      assertThat(c.residual(t)).isCloseTo(0.0, within(CENT));
    }
    String en = new TextReport(Lang.EN).render(deal, r);
    assertThat(en).containsPattern("Interest-rate hedges \\(net paid\\) +-16\\.7 +-4\\.6 +0\\.0")
        .contains("Interest-rate hedge of Senior term loan A: a swap on 75.0% of its scheduled")
        .contains("+ the hedges' net settlement +");
    String fr = new TextReport(Lang.FR).render(deal, r);
    assertThat(fr).contains("Couvertures de taux (net payé)")
        .contains("Couverture de taux de Senior term loan A\u00a0: un swap sur 75,0\u00a0%");
    String plain = new TextReport(Lang.EN).render(
        DealReader.read(EXAMPLES.resolve("decolletage-secondary-lbo.yaml")),
        LboEngine.DEFAULT.run(DealReader.read(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"))));
    assertThat(plain).doesNotContain("Interest-rate hedge");
  }

  /**
   * Review 30, finding 1: in a year that falls short, a hedge payment is not paid in full. The
   * secondary LBO with sales −25 % and −10 % in 2026–27, a 100 % swap at 4 % for 3 years on term
   * loan A and a 50 % cap at 2.2 % on term loan B: in 2027 nothing of the tranches' interest is
   * paid, so the swap's 6,075 k€ × (4 % − 2.3 %) = 103,275 € is unpaid with it (capitalised into
   * loan A, whose unpaid interest is 388,265.2 + 103,275) and the only hedge flow in cash is the
   * cap's 50 % × 10,800 k€ × (2.3 % − 2.2 %) = 5,400 € received. The interest row is 0, never an
   * inflow, and the hedging row +5.4 k€; the rows still add up to the closing cash.
   */
  @Test
  void aHedgePaymentLeftUnpaidInADefaultIsNotShownAsPaid() throws IOException {
    String yaml = Files.readString(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"),
        StandardCharsets.UTF_8);
    String growth = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";
    String a = "        linear: 6                # 1/6 a year, 2026-2031\n";
    String b = "        bullet: 7                # all in 2032, after the exit\n";
    assertThat(yaml).contains(growth, a, b);
    Deal deal = DealReader.parse(yaml.replace(growth, "growth: [\"-25%\", \"-10%\", \"2.5%\","
            + " \"2.5%\", \"2%\"]")
        .replace(a, a + "      hedge: {type: swap, share: \"100%\", rate: \"4%\", years: 3}\n")
        .replace(b, b + "      hedge: {type: cap, share: \"50%\", strike: \"2.2%\", years: 4,"
            + " premium: \"0.6%\"}\n"), "h-def.yaml");
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(r.years().hedgeSettlement[1]).isCloseTo(103_275.0 - 5_400.0, within(1e-6));
    assertThat(r.years().hedgeUnpaid[1]).isCloseTo(103_275.0, within(1e-6));
    assertThat(r.years().hedgeUnpaid[0]).isZero();
    CashRollForward c = CashRollForward.of(r);
    assertThat(year(c, 1).get(CashRollForward.HEDGING)).isCloseTo(5_400.0, within(1e-6));
    for (int t = 0; t < c.closing().length; t++) {
      assertThat(year(c, t).get(CashRollForward.INTEREST_PAID)).isLessThanOrEqualTo(0.0);
      assertThat(c.residual(t)).isCloseTo(0.0, within(CENT));
    }
    String en = new TextReport(Lang.EN).render(deal, r);
    assertThat(en).containsPattern("Cash interest and fees paid +-1,537\\.7 +0\\.0 +0\\.0")
        .containsPattern("Interest-rate hedges \\(net paid\\) +-141\\.1 +5\\.4 +10\\.8");
  }

  private static double total(CashRollForward c, String key) {
    double sum = 0.0;
    for (CashRollForward.Flow f : c.flows()) {
      if (f.key().equals(key)) {
        for (double v : f.amounts()) {
          sum += Math.abs(v);
        }
      }
    }
    return sum;
  }

  private static Map<String, Double> firstYear(CashRollForward c) {
    return year(c, 0);
  }

  private static Map<String, Double> year(CashRollForward c, int t) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (CashRollForward.Flow f : c.flows()) {
      out.put(f.key(), f.amounts()[t]);
    }
    return out;
  }
}
