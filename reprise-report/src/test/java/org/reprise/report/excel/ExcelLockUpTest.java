package org.reprise.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.YearTable;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/**
 * The distributions' lock-up (docs/methodology.md §5.5) and the covenants' drawstop (§6) in the
 * workbook: the covenant tests of each year, the distribution asked, the tests pro forma for it
 * and with nothing paid, the room under the leverage level, and the revolvers stopped the year
 * after a breach or a default. Recalculated by LibreOffice, every checked cell (the distribution,
 * the locked-up flag, the breach, the default and the revolver stopped among them) equals the
 * engine's.
 */
class ExcelLockUpTest {

  @TempDir Path dir;

  private final ExcelModelTest compare = new ExcelModelTest();

  @BeforeEach
  void shareTheDirectory() {
    compare.dir = dir;
  }

  /** The paper LBO distributing all its cash, 25 % of its debt due in year 1 (a default). */
  static String paper() throws Exception {
    String text = Files.readString(ExcelModelTest.EXAMPLES.resolve("paper-lbo.yaml"),
        StandardCharsets.UTF_8);
    String bullet = "        bullet: 7                # due after the exit: repaid from the sale"
        + " price";
    assertThat(text).contains(bullet, "  cashSweep: \"100%\"");
    return text.replace(bullet, "        schedule: [\"25%\", 0, 0, 0, 0, 0, \"75%\"]")
        .replace("  cashSweep: \"100%\"", "  cashSweep: 0\n  distributions: \"100%\"");
  }

  private static String resource(String file) throws Exception {
    return new String(ExcelModelTest.class.getResourceAsStream(file).readAllBytes(),
        StandardCharsets.UTF_8);
  }

  /**
   * The paper LBO (interest on the opening balances, a push-down) under a net leverage covenant
   * of 2.2× in years 2 and 3 and 2.1× in years 4 and 5, and an interest cover of 2: year 1
   * defaults (nothing to distribute); from year 2 on, all of the cash left would take the net
   * leverage to 2.25×, so each year is cut down to the room the covenant leaves, 2.2 × EBITDA −
   * the net debt with nothing paid, less 1e-9 of it, and closes at the covenant's level.
   */
  @Test
  void aDistributionCutDownToTheCovenantEqualsTheEngine() throws Exception {
    Deal deal = DealReader.parse(paper() + "\ncovenants:\n  maxNetLeverage: [3, 2.2, 2.2, 2.1,"
        + " 2.1]\n  minInterestCover: 2\n", "cut-down.yaml");
    assertThat(ExcelModel.unsupported(deal)).isEmpty();
    YearTable y = LboEngine.DEFAULT.run(deal).years();
    assertThat(y.distributionsLockedUp).containsExactly(false, true, true, true, true);
    // year 2: EBITDA 20; the debt 51 after year 1's default, interest 5 % × 51 = 2.55 and the
    // 6 of arrears due, 8.55, from an FCF of 11.8875: 3.3375 left, the debt at 45. All of it paid
    // out leaves net debt 45, 2.25× > 2.2×; with nothing paid 45 − 3.3375 = 41.6625, 2.08×, so the
    // room is 2.2 × 20 − 41.6625 = 2.3375, paid less 1e-9 of it
    assertThat(y.distributions[1]).isCloseTo(2.3375 * (1 - 1e-9), within(1e-12));
    // year 3: the cash kept, 1 and the margin 2.3375e-9, + 11.8125 FCF − 2.25 interest; with
    // nothing paid net debt 45 − 10.5625 = 34.4375 (less the margin), room 44 − 34.4375 = 9.5625
    // (and the margin)
    assertThat(y.distributions[2]).isCloseTo((9.5625 + 2.3375e-9) * (1 - 1e-9), within(1e-12));
    double[] level = {3, 2.2, 2.2, 2.1, 2.1};
    for (int t = 1; t < 5; t++) {
      assertThat(y.distributions[t]).isPositive();
      assertThat(y.netLeverage[t]).isCloseTo(level[t], within(1e-8));
    }
    compare.assertEqualsEngine(deal, ExcelModel.build(deal), "lock-up-cut-down",
        ExcelModelTest.STRICT);
  }

  /**
   * The push-down factory distributing 60 % of its cash left under its covenants (net leverage
   * stepping down from 5.5×, interest cover 2.5×, DSCR 1.1×), a permitted-payment level of 3.45×
   * and no distribution the year after a breach, with 400 k€ of preferred shares and a 600 k€
   * shareholder loan paid first: 2026 and 2027 break a covenant (nothing distributed), 2028 is
   * stopped by 2027's breach, 2029 and 2030 distribute (the preferred shares, then the loan).
   */
  @Test
  void theLockUpWithPaymentConditionsAndClaimsEqualsTheEngine() throws Exception {
    String text = ExcelDistributionTest.variant(resource("factory-pushdown.yaml"), "60%",
        400_000, "8%", "management", 600_000).replace("  distributionLockUp: false\n",
        "  distributionMaxLeverage: 3.45\n  distributionBlockedAfterBreach: true\n");
    Deal deal = DealReader.parse(text, "conditions.yaml");
    assertThat(ExcelModel.unsupported(deal)).isEmpty();
    YearTable y = LboEngine.DEFAULT.run(deal).years();
    assertThat(y.covenantBreach).containsExactly(true, true, false, false, false);
    assertThat(y.distributionsLockedUp).containsExactly(true, true, true, false, false);
    assertThat(y.distributions[2]).isZero();
    assertThat(y.distributions[3]).isPositive();
    ExcelModel.Built b = ExcelModel.build(deal);
    assertThat(b.checks()).extracting(Check::pointer)
        .contains("/years/2/distributionsLockedUp", "/years/1/covenantBreach");
    compare.assertEqualsEngine(deal, b, "lock-up-conditions", ExcelModelTest.STRICT);
  }

  /**
   * The covenants' drawstop on the push-down factory with a revolver and on the secondary LBO (a
   * holding), both with interest on the average balances (twelve passes), each under its stress
   * case.
   * The factory breaks a covenant from 2027 and defaults from 2028: without the drawstop it draws
   * 1.43 M€ of its revolver in 2028, with it nothing. The secondary LBO breaks its covenants every
   * year: without the drawstop it draws 1.81 M€ in 2027 and 1.19 M€ in 2028, with it nothing. The
   * revolvers' drawings and every other checked cell equal the engine's.
   */
  @Test
  void theDrawstopEqualsTheEngine() throws Exception {
    String revolver = resource("factory-pushdown-revolver.yaml");
    String secondary = Files.readString(ExcelModelTest.EXAMPLES.resolve(
        "decolletage-secondary-lbo.yaml"), StandardCharsets.UTF_8);
    int[] year = {2, 1};
    double[] drawn = {1_426_407.7, 1_808_112.5};
    String[] names = {"revolver", "secondary"};
    String[] texts = {revolver, secondary};
    for (int k = 0; k < 2; k++) {
      String text = texts[k];
      assertThat(text).contains("\ncovenants:\n");
      Deal deal = org.reprise.report.html.StressCase.of(DealReader.parse(
          text.replace("\ncovenants:\n", "\ncovenants:\n  drawstop: true\n"), "drawstop.yaml"));
      assertThat(deal.covenants().drawstop()).isTrue();
      assertThat(ExcelModel.unsupported(deal)).isEmpty();
      DealResult r = LboEngine.DEFAULT.run(deal);
      DealResult free = LboEngine.DEFAULT.run(
          org.reprise.report.html.StressCase.of(DealReader.parse(text, "free.yaml")));
      assertThat(deal.financing().debt().get(0).isRevolver()).isTrue();
      assertThat(free.debt().get(0).drawdown()[year[k]]).isCloseTo(drawn[k], within(0.1));
      assertThat(r.debt().get(0).drawdown()[year[k]]).isZero();
      assertThat(r.years().covenantBreach[year[k] - 1] || r.years().defaulted[year[k] - 1])
          .isTrue();
      compare.assertEqualsEngine(deal, ExcelModel.build(deal), "drawstop-" + names[k],
          ExcelModelTest.STRICT);
    }
  }

  /**
   * The drawstop is a live input: the stressed push-down factory with a revolver (interest on the
   * opening balances), distributing half of its cash under the lock-up, written without the
   * drawstop, with 1 typed into the Inputs' drawstop switch, equals the engine's run of the same
   * deal with {@code drawstop: true}, which draws less of its revolver.
   */
  @Test
  void typingTheDrawstopIntoTheWorkbookRecomputesItLikeTheEngine() throws Exception {
    String text = resource("factory-pushdown-revolver.yaml")
        .replace("  interest: average", "  interest: opening")
        .replace("  distributions: 0\n", "  distributions: \"50%\"\n");
    Deal free = org.reprise.report.html.StressCase.of(DealReader.parse(text, "free.yaml"));
    Deal stopped = org.reprise.report.html.StressCase.of(DealReader.parse(
        text.replace("\ncovenants:\n", "\ncovenants:\n  drawstop: true\n"), "stopped.yaml"));
    double[] drawnFree = LboEngine.DEFAULT.run(free).debt().get(0).drawdown();
    double[] drawnStopped = LboEngine.DEFAULT.run(stopped).debt().get(0).drawdown();
    assertThat(java.util.Arrays.stream(drawnStopped).sum())
        .isLessThan(java.util.Arrays.stream(drawnFree).sum() - 100_000);
    ExcelModel.Built b = ExcelModel.build(free);
    Row row = null;
    for (Row r : b.workbook().getSheet("Inputs")) {
      Cell a = r.getCell(0);
      if (a != null && a.getCellType() == CellType.STRING
          && a.getStringCellValue().startsWith("Drawstop:")) {
        row = r;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.getCell(2).getNumericCellValue()).isZero();
    row.getCell(2).setCellValue(1);
    compare.assertEqualsEngine(stopped, b, "drawstop-typed", ExcelModelTest.STRICT);
  }

  /**
   * Random deals of one pass (a fixed seed): the paper LBO, the push-down factory, the same with
   * a revolver (interest on the opening balances) and with the thin-capitalisation test, each
   * distributing a random share of its cash (the paper all of it) under random leverage covenants
   * (the file's scaled by 0.75 to 1.1, the paper's between 2.02× and 2.25×), with or without a
   * permitted-payment level and no distribution after a breach (not the paper), and the
   * drawstop. Across them the lock-up stops 12 years' distributions and cuts 4 down; every
   * checked cell equals the engine's.
   */
  @Test
  void randomLockUpsEqualTheEngine() throws Exception {
    String levels = "  maxNetLeverage: [5.5, 5.0, 4.5, 4.0, 3.5]";
    String[] texts = {paper() + "\ncovenants:\n  maxNetLeverage: [2.3, 2.3, 2.3, 2.3, 2.3]\n",
        resource("factory-pushdown.yaml"),
        resource("factory-pushdown-revolver.yaml").replace("  interest: average",
            "  interest: opening"),
        resource("factory-pushdown-thin.yaml"), resource("factory-pushdown.yaml")};
    java.util.Random random = new java.util.Random(20261201L);
    int stopped = 0;
    int cut = 0;
    for (int k = 0; k < texts.length; k++) {
      String text = texts[k];
      boolean isPaper = k == 0;
      String list = isPaper ? "  maxNetLeverage: [2.3, 2.3, 2.3, 2.3, 2.3]" : levels;
      assertThat(text).contains(list, "\ncovenants:\n");
      double[] base = isPaper ? new double[] {2.3, 2.3, 2.3, 2.3, 2.3}
          : new double[] {5.5, 5.0, 4.5, 4.0, 3.5};
      StringBuilder scaled = new StringBuilder("  maxNetLeverage: [");
      for (int t = 0; t < base.length; t++) {
        // the paper's between 2.02× and 2.25×: above its leverage with nothing paid, below the
        // 2.25× all of its cash paid out would leave
        double factor = isPaper ? 0.88 + 0.1 * random.nextDouble()
            : 0.75 + 0.35 * random.nextDouble();
        scaled.append(t == 0 ? "" : ", ").append(base[t] * factor);
      }
      text = text.replace(list, scaled + "]");
      // the paper distributes all of its cash, which its levels cut down, the others a share
      StringBuilder terms = new StringBuilder("  distributions: \""
          + (isPaper ? 100 : 30 + random.nextInt(71)) + "%\"\n");
      if (!isPaper && random.nextBoolean()) {
        terms.append("  distributionMaxLeverage: ").append(3.0 + random.nextDouble())
            .append('\n');
      }
      if (!isPaper && random.nextBoolean()) {
        terms.append("  distributionBlockedAfterBreach: true\n");
      }
      text = isPaper ? text.replace("  distributions: \"100%\"\n", terms.toString())
          : text.replace("  distributions: 0\n", terms.toString());
      if (random.nextBoolean()) {
        text = text.replace("\ncovenants:\n", "\ncovenants:\n  drawstop: true\n");
      }
      Deal deal = DealReader.parse(text, "random-lock-up-" + k + ".yaml");
      assertThat(deal.financing().distributionShare()).as(text).isPositive();
      assertThat(ExcelModel.unsupported(deal)).isEmpty();
      int[] locked = lockedUp(deal);
      stopped += locked[0];
      cut += locked[1];
      compare.assertEqualsEngine(deal, ExcelModel.build(deal), "lock-up-random-" + k,
          ExcelModelTest.STRICT);
    }
    assertThat(stopped).as("years whose distribution is stopped").isPositive();
    assertThat(cut).as("years whose distribution is cut down").isPositive();
  }

  /**
   * The comparison can fail: the cut-down paper LBO's workbook with the room taken from the net
   * debt after the distribution asked instead of with nothing paid (a formula broken on purpose
   * in the visible Debt sheet) distributes nothing and differs from the engine.
   */
  @Test
  void aBrokenRoomFormulaFailsTheComparison() throws Exception {
    Deal deal = DealReader.parse(paper() + "\ncovenants:\n  maxNetLeverage: [3, 2.2, 2.2, 2.1,"
        + " 2.1]\n  minInterestCover: 2\n", "broken.yaml");
    ExcelModel.Built b = ExcelModel.build(deal);
    roomFromAsked(b, deal, "Net debt after the distribution asked");
    assertThatThrownBy(() -> compare.assertEqualsEngine(deal, b, "lock-up-broken",
        ExcelModelTest.STRICT)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("/years/1/distributions");
  }

  /** The secondary LBO (a holding in a tax group, average balances) distributing half its cash. */
  private static String secondary(String maxNetLeverage) throws Exception {
    String text = Files.readString(ExcelModelTest.EXAMPLES.resolve(
        "decolletage-secondary-lbo.yaml"), StandardCharsets.UTF_8);
    String levels = "  maxNetLeverage: [5.5, 5.0, 4.5, 4.0, 3.5]";
    assertThat(text).contains("  distributions: 0\n", levels, "  interest: average");
    return text.replace("  distributions: 0\n", "  distributions: \"50%\"\n")
        .replace(levels, maxNetLeverage);
  }

  /**
   * A workbook of several passes: the secondary LBO (a holding in a tax group, interest on the
   * average balances) distributing half of its cash left under its covenants, its leverage
   * tightened to 3.7×, 3.45× and 3.25× in 2028-2030. 2026 and 2027 break the interest cover
   * (nothing distributed: the attempt with none does not pass either); from 2028 on the half asked
   * would take the leverage above the level, so each year is cut down to it and closes at it (the
   * upstream and the holding's tax move with the distribution: each attempt is its own fixed
   * point). Every checked cell (the distributions, the locked-up flags, the cash, the debt, the
   * covenants) equals the engine's.
   */
  @Test
  void theLockUpOfAHoldingWithAverageInterestEqualsTheEngine() throws Exception {
    Deal deal = DealReader.parse(secondary("  maxNetLeverage: [5.5, 5.0, 3.7, 3.45, 3.25]"),
        "holding-lock-up.yaml");
    assertThat(ExcelModel.unsupported(deal)).isEmpty();
    YearTable y = LboEngine.DEFAULT.run(deal).years();
    assertThat(y.distributionsLockedUp).containsExactly(true, true, true, true, true);
    assertThat(y.covenantBreach).containsExactly(true, true, false, false, false);
    assertThat(y.distributions[0]).isZero();
    assertThat(y.distributions[1]).isZero();
    double[] level = {3.7, 3.45, 3.25};
    for (int t = 2; t < 5; t++) {
      assertThat(y.distributions[t]).isPositive();
      assertThat(y.netLeverage[t]).isCloseTo(level[t - 2], within(1e-8));
    }
    ExcelModel.Built b = ExcelModel.build(deal);
    org.apache.poi.xssf.usermodel.XSSFWorkbook wb = b.workbook();
    for (String attempt : new String[] {"asked", "none", "cut 1", "cut 2", "cut 3"}) {
      Sheet sheet = wb.getSheet("Debt (" + attempt + ", pass 12)");
      assertThat(sheet).as(attempt).isNotNull();
      assertThat(wb.isSheetHidden(wb.getSheetIndex(sheet))).isTrue();
    }
    assertThat(b.checks()).extracting(Check::pointer)
        .contains("/years/3/distributionsLockedUp", "/years/3/distributions", "/years/3/cash");
    compare.assertEqualsEngine(deal, b, "lock-up-holding", ExcelModelTest.STRICT);
  }

  /**
   * The same holding under covenants without a leverage level (interest cover and debt service
   * cover only): 2026 and 2027 are locked up and distribute nothing, the other years what they
   * ask. No attempt cut down to a level is laid out (only the attempt with the distribution
   * asked), and every checked cell equals the engine's.
   */
  @Test
  void theLockUpOfAHoldingWithoutALevelEqualsTheEngine() throws Exception {
    String text = secondary("");
    Deal deal = DealReader.parse(text, "holding-no-level.yaml");
    YearTable y = LboEngine.DEFAULT.run(deal).years();
    assertThat(y.distributionsLockedUp).containsExactly(true, true, false, false, false);
    assertThat(y.distributions[1]).isZero();
    assertThat(y.distributions[2]).isPositive();
    ExcelModel.Built b = ExcelModel.build(deal);
    assertThat(b.workbook().getSheet("Debt (asked, pass 12)")).isNotNull();
    assertThat(b.workbook().getSheet("Debt (none, pass 1)")).isNull();
    compare.assertEqualsEngine(deal, b, "lock-up-holding-no-level", ExcelModelTest.STRICT);
  }

  /**
   * A push-down with interest on the average balances (the cash earns 0.5 %, so a unit paid out
   * adds a little more than a unit of net debt): the factory distributing 60 % of its cash left
   * under its covenants (the last year's leverage at 2.95×), a permitted-payment level of 3.17×
   * and no distribution the year after a breach. 2026 is above the permitted level even with
   * nothing paid, 2027 breaks a covenant, 2028 is stopped by that breach, 2029 is cut down to
   * 3.17× (the first cut, at the room itself, lands a hair above the level: the second, at the
   * room over the net debt a unit added, passes), 2030 pays what it asks. Every checked cell
   * equals the engine's.
   */
  @Test
  void theLockUpOfAPushDownWithAverageInterestEqualsTheEngine() throws Exception {
    String text = resource("factory-pushdown-average.yaml");
    String levels = "  maxNetLeverage: [5.5, 5.0, 4.5, 4.0, 3.5]";
    assertThat(text).contains("  distributions: 0\n", levels, "  interest: average");
    text = text.replace("  distributions: 0\n", "  distributions: \"60%\"\n"
        + "  distributionMaxLeverage: 3.17\n  distributionBlockedAfterBreach: true\n")
        .replace(levels, "  maxNetLeverage: [5.5, 5.0, 4.5, 4.0, 2.95]");
    Deal deal = DealReader.parse(text, "average-lock-up.yaml");
    assertThat(ExcelModel.unsupported(deal)).isEmpty();
    YearTable y = LboEngine.DEFAULT.run(deal).years();
    assertThat(y.distributionsLockedUp).containsExactly(true, true, true, true, false);
    assertThat(y.covenantBreach).containsExactly(false, true, false, false, false);
    for (int t = 0; t < 3; t++) {
      assertThat(y.distributions[t]).isZero();
    }
    assertThat(y.distributions[3]).isPositive();
    assertThat(y.netLeverage[3]).isCloseTo(3.17, within(1e-8));
    assertThat(y.distributions[4]).isPositive();
    compare.assertEqualsEngine(deal, ExcelModel.build(deal), "lock-up-average",
        ExcelModelTest.STRICT);
  }

  /**
   * Random deals of several passes (a fixed seed): a holding without a tax group with interest on
   * the average balances, the same with interest on the opening balances (the holding alone makes
   * the year a fixed point), a holding with hedges, a tax group with losses from before the group,
   * and a push-down with a stepped sweep (average balances), each distributing a random share of
   * its cash, with or without a permitted-payment level, no distribution after a breach and the
   * drawstop, under its leverage covenants of which some years' are set between the leverage the
   * year's distribution leaves and the one with nothing paid. Across them the lock-up stops some
   * years' distributions and cuts others down; every checked cell equals the engine's.
   */
  @Test
  void randomLockUpsOfSeveralPassesEqualTheEngine() throws Exception {
    String levels = "  maxNetLeverage: [5.5, 5.0, 4.5, 4.0, 3.5]";
    String noGroup = resource("factory-holding-no-group.yaml");
    String[] texts = {noGroup, noGroup.replace("  interest: average", "  interest: opening"),
        resource("factory-holding-hedge.yaml"), resource("factory-group-losses.yaml"),
        resource("factory-pushdown-steps.yaml")};
    assertThat(texts[1]).contains("  interest: opening");
    double[] base = {5.5, 5.0, 4.5, 4.0, 3.5};
    java.util.Random random = new java.util.Random(20261202L);
    int stopped = 0;
    int cut = 0;
    for (int k = 0; k < texts.length; k++) {
      String text = texts[k];
      assertThat(text).contains(levels, "  distributions: 0\n", "\ncovenants:\n");
      StringBuilder terms = new StringBuilder("  distributions: \"" + (30 + random.nextInt(71))
          + "%\"\n");
      if (random.nextBoolean()) {
        terms.append("  distributionMaxLeverage: ").append(3.0 + random.nextDouble())
            .append('\n');
      }
      if (random.nextBoolean()) {
        terms.append("  distributionBlockedAfterBreach: true\n");
      }
      text = text.replace("  distributions: 0\n", terms.toString());
      if (random.nextBoolean()) {
        text = text.replace("\ncovenants:\n", "\ncovenants:\n  drawstop: true\n");
      }
      // each year's level at random: the file's, or between the leverage of the deal run under
      // the file's levels and that leverage less its distribution (a level such a year's
      // distribution would break, and nothing paid keep)
      YearTable free = LboEngine.DEFAULT.run(DealReader.parse(text, "free.yaml")).years();
      StringBuilder scaled = new StringBuilder("  maxNetLeverage: [");
      for (int t = 0; t < base.length; t++) {
        double level = base[t];
        if (free.distributions[t] > 0 && random.nextBoolean()) {
          level = free.netLeverage[t]
              - (0.2 + 0.7 * random.nextDouble()) * free.distributions[t] / free.ebitda[t];
        }
        scaled.append(t == 0 ? "" : ", ").append(level);
      }
      text = text.replace(levels, scaled + "]");
      Deal deal = DealReader.parse(text, "random-several-" + k + ".yaml");
      assertThat(ExcelModel.unsupported(deal)).isEmpty();
      int[] locked = lockedUp(deal);
      stopped += locked[0];
      cut += locked[1];
      compare.assertEqualsEngine(deal, ExcelModel.build(deal), "lock-up-several-random-" + k,
          ExcelModelTest.STRICT);
    }
    assertThat(stopped).as("years whose distribution is stopped").isPositive();
    assertThat(cut).as("years whose distribution is cut down").isPositive();
  }

  /**
   * An attempt's passes open each year from the year before as finally solved: in every pass of
   * every attempt, the first tranche's opening balance of year 1 is the visible Debt sheet's
   * closing column (C) and that of year 2 the visible Debt sheet's year 1 (D), not the attempt's
   * own year before; the year itself reads its own previous pass (the guess of pass k is pass
   * k − 1 of the same attempt). Formulas only: no spreadsheet needed.
   */
  @Test
  void theAttemptsOpenFromTheYearBeforeAsFinallySolved() throws Exception {
    Deal deal = DealReader.parse(secondary("  maxNetLeverage: [5.5, 5.0, 3.7, 3.45, 3.25]"),
        "holding-opening.yaml");
    ExcelModel.Built b = ExcelModel.build(deal);
    int close = rowOf(b.workbook().getSheet("Debt"), "Closing balance");
    String first = deal.financing().debt().get(0).name();
    for (String attempt : new String[] {"asked", "none", "cut 1", "cut 2", "cut 3"}) {
      for (int k = 1; k <= Model.PASSES; k++) {
        Sheet sheet = b.workbook().getSheet("Debt (" + attempt + ", pass " + k + ")");
        Row open = sheet.getRow(rowOf(sheet, "Opening balance"));
        assertThat(open.getCell(3).getCellFormula()).as(attempt + " " + k + " " + first)
            .isEqualTo("'Debt'!C" + (close + 1));
        assertThat(open.getCell(4).getCellFormula()).isEqualTo("'Debt'!D" + (close + 1));
        Row interest = sheet.getRow(rowOf(sheet, "Cash interest = rate × average balance"));
        assertThat(interest.getCell(4).getCellFormula()).contains(k == 1 ? "MAX(0,E"
            : "'Debt (" + attempt + ", pass " + (k - 1) + ")'!E");
      }
    }
  }

  /** @return the index of the first row of {@code sheet} labelled {@code label} */
  private static int rowOf(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell a = row.getCell(0);
      if (a != null && a.getCellType() == CellType.STRING
          && a.getStringCellValue().equals(label)) {
        return row.getRowNum();
      }
    }
    throw new AssertionError(sheet.getSheetName() + ": no row " + label);
  }

  /**
   * The comparison of a workbook of several passes can fail: the holding's workbook with the
   * room taken from the net debt of the attempt with the distribution asked instead of the one
   * with none (a formula broken on purpose in the visible Debt sheet) differs from the engine.
   */
  @Test
  void aBrokenRoomOfSeveralPassesFailsTheComparison() throws Exception {
    Deal deal = DealReader.parse(secondary("  maxNetLeverage: [5.5, 5.0, 3.7, 3.45, 3.25]"),
        "holding-broken.yaml");
    ExcelModel.Built b = ExcelModel.build(deal);
    roomFromAsked(b, deal, "Attempt with the distribution asked: net debt");
    assertThatThrownBy(() -> compare.assertEqualsEngine(deal, b, "lock-up-holding-broken",
        ExcelModelTest.STRICT)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("/distributions");
  }

  /**
   * Breaks the visible Debt sheet's room on purpose: each year's "Room = level × EBITDA − net debt"
   * subtracts the net debt of row {@code askedLabel} (the distribution asked) instead of the one
   * with none.
   */
  private static void roomFromAsked(ExcelModel.Built b, Deal deal, String askedLabel) {
    Sheet debt = b.workbook().getSheet("Debt");
    int asked = -1;
    Row room = null;
    for (Row row : debt) {
      Cell a = row.getCell(0);
      if (a != null && a.getCellType() == CellType.STRING) {
        if (a.getStringCellValue().equals(askedLabel)) {
          asked = row.getRowNum();
        } else if (a.getStringCellValue().startsWith("Room = level")) {
          room = row;
        }
      }
    }
    assertThat(asked).isPositive();
    assertThat(room).isNotNull();
    for (int t = 1; t <= deal.years(); t++) {
      Cell c = room.getCell(2 + t);
      String f = c.getCellFormula();
      c.setCellFormula(f.substring(0, f.lastIndexOf('-') + 1)
          + org.apache.poi.ss.util.CellReference.convertNumToColString(2 + t) + (asked + 1));
    }
  }

  /**
   * @return the engine's years of {@code deal} whose distribution the lock-up stops (index 0) and
   *     cuts down (index 1)
   */
  private static int[] lockedUp(Deal deal) {
    YearTable y = LboEngine.DEFAULT.run(deal).years();
    int[] locked = new int[2];
    for (int t = 0; t < deal.years(); t++) {
      if (y.distributionsLockedUp[t]) {
        locked[y.distributions[t] > 0 ? 1 : 0]++;
      }
    }
    return locked;
  }
}
