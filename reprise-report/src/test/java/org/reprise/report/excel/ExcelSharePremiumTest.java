package org.reprise.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.PremiumRows;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/**
 * The share premium (structure.sharePremium, methodology §5.5, §5.13) in the workbook: the law's
 * cap on the dividends adds the premium not yet distributed to the distributable reserves, the
 * dividends (a recap's first, at the start of the year, then the year's distributions) take the
 * reserves first and the premium after, and what the premium pays comes off the capital, not the
 * company's reserves nor the group's retained earnings. Recalculated by LibreOffice, every checked
 * cell (the premium's rows included) equals the engine's.
 */
class ExcelSharePremiumTest {

  @TempDir Path dir;

  private final ExcelModelTest compare = new ExcelModelTest();

  @BeforeEach
  void shareTheDirectory() {
    compare.dir = dir;
  }

  private static final String STRUCTURE = "\nstructure:\n";
  private static final String SWEEP = "  cashSweep: \"100%\"\n";

  /** @return {@code text} with a share premium of {@code premium} */
  static String withPremium(String text, double premium) {
    assertThat(text).contains(STRUCTURE);
    return text.replace(STRUCTURE, STRUCTURE + "  sharePremium: "
        + BigDecimal.valueOf(premium).stripTrailingZeros().toPlainString() + "\n");
  }

  private static String paper() throws Exception {
    String text = Files.readString(ExcelModelTest.EXAMPLES.resolve("paper-lbo.yaml"),
        StandardCharsets.UTF_8);
    assertThat(text).contains(SWEEP, "    growth: 0 ");
    return text;
  }

  /** The paper LBO distributing all its cash, its revenue growing by 10 % a year. */
  private static String paperDistributing() throws Exception {
    return paper().replace(SWEEP, "  cashSweep: 0\n  distributions: \"100%\"\n")
        .replace("    growth: 0 ", "    growth: \"10%\" ");
  }

  private static String resource(String file) throws Exception {
    if (file.startsWith("decolletage")) {
      return Files.readString(ExcelModelTest.EXAMPLES.resolve(file), StandardCharsets.UTF_8);
    }
    return new String(ExcelModelTest.class.getResourceAsStream(file).readAllBytes(),
        StandardCharsets.UTF_8);
  }

  /** @return the pointers of the premium's rows of year index t */
  private static String[] premiumPointers(int t) {
    return new String[] {"/years/" + t + "/sharePremiumAtStart",
        "/years/" + t + "/premiumDistributed", "/years/" + t + "/sharePremiumLeft"};
  }

  /**
   * A push-down (the paper LBO growing 10 % a year, one pass) distributing all its cash with a
   * premium of 12: the merged company opens with no reserves, so 2026's distribution is all out
   * of the premium; from 2027 the reserves at the start of the year pay first and the premium the
   * rest, until the year it runs out and the law's cap (reserves + premium left) cuts the
   * distribution; the company's reserves never lose what the premium paid (they close each year at
   * the year's net income), its book equity does. Every checked cell equals the engine's.
   */
  @Test
  void aPushDownPaysTheReservesThenThePremium() throws Exception {
    Deal deal = DealReader.parse(withPremium(paperDistributing(), 12), "premium-paper.yaml");
    assertThat(ExcelModel.unsupported(deal)).isEmpty();
    DealResult r = LboEngine.DEFAULT.run(deal);
    PremiumRows p = r.years().premium();
    double[] room = r.years().distributableReserves;
    double[] d = r.years().distributions;
    assertThat(room[0]).isZero();
    assertThat(p.distributed[0]).isCloseTo(d[0], within(1e-9)).isPositive();
    // a year paid out of both, the reserves first, and capped by the law once the premium is out
    boolean both = false;
    boolean capped = false;
    for (int t = 1; t < d.length; t++) {
      if (room[t] > 0 && p.distributed[t] > 0) {
        both = true;
        assertThat(d[t] - p.distributed[t]).isCloseTo(room[t], within(1e-9));
        capped |= r.years().distributionsCappedByReserves[t];
      }
    }
    assertThat(both).as("a year paid by the reserves and the premium").isTrue();
    assertThat(capped).as("a year capped by the reserves and the premium left").isTrue();
    assertThat(p.closing[d.length - 1]).isZero();
    // the reserves keep what the premium paid: each year closes at the year's net income
    for (int t = 0; t < d.length; t++) {
      assertThat(r.years().opcoReserves[t]).isCloseTo(r.years().opcoNetIncome[t], within(1e-9));
    }
    ExcelModel.Built b = ExcelModel.build(deal);
    assertThat(b.checks()).extracting(Check::pointer).contains(premiumPointers(1))
        .contains("/years/1/opcoReserves", "/years/1/opcoBookEquity",
            "/years/1/distributableReserves");
    compare.assertEqualsEngine(deal, b, "premium-paper", ExcelModelTest.STRICT, 100);
  }

  /**
   * The losses carried forward absorb the premium first (C. com. L232-11; review 38, M1): the
   * paper LBO distributing all its cash with depreciation of 30 % of its revenue (a loss every
   * year) and a premium of 30 pays 2026's cash out of the premium, then only what the premium
   * left exceeds the losses carried, then nothing; every checked cell equals the engine's, the
   * premium's rows included.
   */
  @Test
  void theLossesCarriedAbsorbThePremiumFirst() throws Exception {
    String text = paperDistributing().replace("    growth: \"10%\" ", "    growth: 0 ");
    String dep = "  depreciation:\n    shareOfRevenue: \"5%\"\n";
    assertThat(text).contains(dep);
    text = text.replace(dep, "  depreciation:\n    shareOfRevenue: \"30%\"\n");
    Deal deal = DealReader.parse(withPremium(text, 30), "premium-losses.yaml");
    DealResult r = LboEngine.DEFAULT.run(deal);
    double[] d = r.years().distributions;
    PremiumRows p = r.years().premium();
    assertThat(r.years().netIncome[0]).isNegative();
    assertThat(p.distributed[0]).isCloseTo(d[0], within(1e-9)).isPositive();
    // from 2027 the losses carried take the premium left: less than it is paid, then nothing
    assertThat(p.distributed[1]).isLessThan(p.opening[1]);
    assertThat(d[d.length - 1]).isZero();
    assertThat(p.closing[d.length - 1]).isPositive();
    ExcelModel.Built b = ExcelModel.build(deal);
    assertThat(b.checks()).extracting(Check::pointer).contains(premiumPointers(1));
    compare.assertEqualsEngine(deal, b, "premium-losses", ExcelModelTest.STRICT, 100);
  }

  /**
   * The push-down factory paying the management's preferred shares first, then the fund's
   * shareholder loan, then the ordinary shares, with a premium of 300 k€: in 2026 (no reserves)
   * the preferred shares' dividend takes the premium, the loan's repayment needs none. Every
   * checked cell, the classes' flows included, equals the engine's.
   */
  @Test
  void thePreferredSharesTakeThePremiumInTheirTurn() throws Exception {
    Deal deal = DealReader.parse(withPremium(ExcelDistributionTest.variant(
        resource("factory-pushdown.yaml"), "100%", 400_000, "8%", "management", 600_000),
        300_000), "premium-claims.yaml");
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(r.years().premium().distributed[0]).isCloseTo(300_000, within(1e-6));
    assertThat(r.returnOf("management").flows()[1]).isCloseTo(300_000, within(1e-6));
    compare.assertEqualsEngine(deal, ExcelModel.build(deal), "premium-claims",
        ExcelModelTest.STRICT);
  }

  /**
   * With a holding the premium is the holding's (methodology §5.5): the holding on its own and
   * the secondary LBO (a tax group, interest on the average balances, several passes) with the
   * group's retained earnings measured without what the premium paid. Every checked cell equals
   * the engine's, the secondary's stress case too.
   */
  @Test
  void aHoldingPaysItsPremiumAfterTheGroupsEarnings() throws Exception {
    Deal alone = DealReader.parse(withPremium(ExcelDistributionTest.variant(
        resource("factory-holding-no-group.yaml"), "100%", 300_000, "8%", "management", 0),
        200_000), "premium-holding.yaml");
    DealResult a = LboEngine.DEFAULT.run(alone);
    assertThat(a.years().premium().distributed[0]).isCloseTo(200_000, within(1e-6));
    compare.assertEqualsEngine(alone, ExcelModel.build(alone), "premium-holding",
        ExcelModelTest.STRICT);
    Deal group = DealReader.parse(withPremium(ExcelDistributionTest.variant(
        resource("decolletage-secondary-lbo.yaml"), "50%", 300_000, "12%", "management", 0),
        250_000), "premium-group.yaml");
    DealResult g = LboEngine.DEFAULT.run(group);
    assertThat(java.util.Arrays.stream(g.years().premium().distributed).sum()).isPositive();
    compare.assertEqualsEngine(group, ExcelModel.build(group), "premium-group",
        ExcelModelTest.STRICT);
    Deal stressed = org.reprise.report.html.StressCase.of(group);
    compare.assertEqualsEngine(stressed, ExcelModel.build(stressed), "premium-group-stressed",
        ExcelModelTest.STRICT);
  }

  /**
   * A recap of a given amount (methodology §5.13's worked example: the paper LBO, 30 drawn at
   * the start of 2028, fee 1 %) with a premium of 5: the reserves at the end of 2027 pay 18.3375,
   * the premium 5, and 29.7 − 23.3375 = 6.3625 stays in the company; the reserves lose the
   * 18.3375 only, the book equity the 23.3375. Then the same paper LBO distributing all its cash
   * with a recap of 30 in 2027 and a premium of 20: 2026's 9 come out of the premium, the recap
   * at the start of 2027 takes the reserves (9) and the 11 of premium left, and 2027's
   * distribution has nothing left to pay (the law's cap). Every checked cell equals the engine's.
   */
  @Test
  void aRecapTakesThePremiumAfterTheReserves() throws Exception {
    String recap = "    - name: \"Recap\"\n      lender: recap\n      amount: 30\n"
        + "      rate: \"6%\"\n      upfrontFee: \"1%\"\n      repayment:\n        bullet: 3\n"
        + "      sweep: false\n      drawnIn: 2028\n";
    Deal deal = DealReader.parse(withPremium(paper().replace("  cashSweep:",
        recap + "  cashSweep:"), 5), "premium-recap.yaml");
    DealResult r = LboEngine.DEFAULT.run(deal);
    assertThat(r.years().recap().paid[2]).isCloseTo(23.3375, within(1e-9));
    assertThat(r.years().recap().kept[2]).isCloseTo(6.3625, within(1e-9));
    assertThat(r.years().premium().recap[2]).isCloseTo(5, within(1e-9));
    ExcelModel.Built b = ExcelModel.build(deal);
    assertThat(b.checks()).extracting(Check::pointer).contains("/years/2/premiumPaidByRecap",
        "/years/2/recapPaid", "/years/2/recapKept");
    compare.assertEqualsEngine(deal, b, "premium-recap", ExcelModelTest.STRICT, 100);

    Deal both = DealReader.parse(withPremium(paper().replace(SWEEP, recap.replace("2028",
        "2027") + "  cashSweep: 0\n  distributions: \"100%\"\n"), 20), "premium-recap-dist.yaml");
    DealResult rb = LboEngine.DEFAULT.run(both);
    PremiumRows p = rb.years().premium();
    assertThat(p.distributed[0]).isCloseTo(9, within(1e-9));
    assertThat(rb.years().recap().paid[1]).isCloseTo(20, within(1e-9));
    assertThat(rb.years().recap().distributable[1]).isCloseTo(9, within(1e-9));
    assertThat(p.recap[1]).isCloseTo(11, within(1e-9));
    assertThat(rb.years().distributions[1]).isCloseTo(0, within(1e-9));
    assertThat(rb.years().distributionsCappedByReserves[1]).isTrue();
    compare.assertEqualsEngine(both, ExcelModel.build(both), "premium-recap-dist",
        ExcelModelTest.STRICT, 100);
  }

  /**
   * A holding's recap taking the premium (the recap example in a tax group, the fund's loan made
   * preferred shares, the facility drawn at the start of 2027 up to 6× and the deal distributing
   * half its cash): 2026's distribution is out of the premium, the recap's 1,470 k€ take the
   * group's 1.17 M€ of retained earnings and then the premium, and 2027's distribution the
   * premium left; borrowed by the holding, then by the company (which upstreams it). Every checked
   * cell equals the engine's.
   */
  @Test
  void aHoldingsRecapTakesThePremiumAfterTheGroupsEarnings() throws Exception {
    String text = Files.readString(ExcelRecapTest.RECAP, StandardCharsets.UTF_8);
    String[][] edits = {{"      type: shareholder-loan\n", "      type: preferred\n"},
        {"  minDebtServiceCover: 1.0 ", "  minDebtServiceCover: 0.9 "},
        {"      drawnIn: 2029 ", "      drawnIn: 2027 "},
        {"      drawMaxNetLeverage: 4.0 ", "      drawMaxNetLeverage: 6.0 "},
        {"  distributions: 0", "  distributions: \"50%\""}};
    for (String[] e : edits) {
      assertThat(text).contains(e[0]);
      text = text.replace(e[0], e[1]);
    }
    for (String borrower : new String[] {"", "      borrower: opco\n"}) {
      Deal deal = DealReader.parse(withPremium(text.replace("      drawMaxNetLeverage: 6.0 ",
          borrower + "      drawMaxNetLeverage: 6.0 "), 2_000_000), "premium-holding-recap.yaml");
      DealResult r = LboEngine.DEFAULT.run(deal);
      PremiumRows p = r.years().premium();
      assertThat(r.years().recap().paid[1]).isCloseTo(1_470_000, within(1e-6));
      assertThat(p.distributed[0]).isPositive();
      assertThat(p.recap[1]).isCloseTo(1_470_000 - r.years().recap().distributable[1],
          within(1e-6)).isPositive();
      assertThat(p.distributed[1]).isPositive();
      compare.assertEqualsEngine(deal, ExcelModel.build(deal),
          "premium-holding-recap" + (borrower.isEmpty() ? "" : "-opco"), ExcelModelTest.STRICT);
    }
  }

  /**
   * Random deals (a fixed seed), ExcelDistributionTest's: the push-down and the holding factories,
   * opening or average interest, a random share of the cash distributed, a preferred class of
   * random size, coupon and holder (none in the last), the shareholder loan at its balance or a
   * random amount; and a random premium of 0.1 to 4 M€ (the group-losses holding in a tax group,
   * the thin-capitalisation push-down too). Every checked cell equals the engine's.
   */
  @Test
  void randomDealsEqualTheEngine() throws Exception {
    String[] files = {"factory-pushdown.yaml", "factory-pushdown-average.yaml",
        "factory-holding-no-group.yaml", "decolletage-secondary-lbo.yaml",
        "factory-group-losses.yaml", "factory-pushdown-thin.yaml"};
    Random random = new Random(20270517L);
    int paying = 0;
    for (int k = 0; k < files.length; k++) {
      String file = files[k];
      String share = (10 + random.nextInt(91)) + "%";
      double preferred = k == 3 ? 0 : 100_000 * (1 + random.nextInt(20));
      String coupon = (4 + random.nextInt(12)) + "%";
      String holder = random.nextBoolean() ? "fund" : "management";
      double loan = k % 2 == 0 ? 0 : 250_000 * (1 + random.nextInt(12));
      double premium = 100_000 * (1 + random.nextInt(40));
      String text = withPremium(ExcelDistributionTest.variant(resource(file), share, preferred,
          coupon, holder, loan), premium);
      Deal deal = DealReader.parse(text, "premium-random-" + k + ".yaml");
      assertThat(ExcelModel.unsupported(deal)).as(file).isEmpty();
      DealResult r = LboEngine.DEFAULT.run(deal);
      if (java.util.Arrays.stream(r.years().premium().distributed).sum() > 0) {
        paying++;
      }
      compare.assertEqualsEngine(deal, ExcelModel.build(deal), "premium-random-" + k,
          ExcelModelTest.STRICT);
    }
    // all but the secondary LBO, whose distributions all repay the fund's shareholder loan (no
    // dividend, so no premium paid)
    assertThat(paying).isEqualTo(files.length - 1);
  }

  /**
   * The comparison can fail: the push-down's workbook with the premium left out of the law's cap
   * (the Tax sheet's cap row made the distributable reserves alone) differs from the engine.
   */
  @Test
  void thePremiumLeftOutOfTheCapFailsTheComparison() throws Exception {
    Deal deal = DealReader.parse(withPremium(paperDistributing(), 12), "premium-broken.yaml");
    ExcelModel.Built b = ExcelModel.build(deal);
    // the distributable reserves without the premium beside them
    int broken = ExcelModelTest.rewriteRow(b.workbook().getSheet("Tax"),
        "The law's cap on the year's dividends", deal.years(), f -> f.substring(0, f.indexOf('+')));
    assertThat(broken).isEqualTo(deal.years());
    assertThatThrownBy(() -> compare.assertEqualsEngine(deal, b, "premium-broken",
        ExcelModelTest.STRICT, 100)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("/years/0/distributions")
        .hasMessageContaining("/years/0/premiumDistributed");
  }
}
