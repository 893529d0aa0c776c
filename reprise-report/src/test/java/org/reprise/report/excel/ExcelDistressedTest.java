package org.reprise.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/**
 * The exit's distressed value after a payment default (exit.distressedValue, docs/methodology.md
 * §7): the workbook's Returns sheet tests whether some year of the hold was in payment default
 * (a shortfall above half a cent, up to the exit year) and values the company at the distressed
 * value then, at the plan's value otherwise. Recalculated by LibreOffice, every checked cell equals
 * the engine's.
 */
class ExcelDistressedTest {

  @TempDir Path dir;

  private final ExcelModelTest compare = new ExcelModelTest();

  @BeforeEach
  void shareTheDirectory() {
    compare.dir = dir;
  }

  private static final String VALUE = "  value:\n    multiple: 5\n    of: ltm\n";
  private static final String BULLET =
      "        bullet: 7                # due after the exit: repaid from the sale price";

  /** The paper LBO with {@code distressed} as its exit's distressed value. */
  private static String paper(String distressed) throws Exception {
    String plan = Files.readString(ExcelModelTest.EXAMPLES.resolve("paper-lbo.yaml"));
    assertThat(plan).contains(VALUE, BULLET);
    return plan.replace(VALUE, VALUE + "  distressedValue: " + distressed + "\n");
  }

  /**
   * The paper LBO (EBITDA 20 a year, 60 of senior debt at 5 %) with 25 % of its debt (15) due in
   * 2026: its cash before debt service, EBITDA 20 − tax − capex 5 ≈ 12, cannot pay 15 + 3 of
   * interest, so 2026 is in payment default, and the exit in 2030 values the company at 3 × the
   * 2030 EBITDA of 20 = 60 instead of 5 × 20 = 100 (or at the amount 70); without the default (the
   * example as it is) the distressed value is not used: 100.
   */
  @Test
  void aCompanyInDefaultIsValuedAtItsDistressedValue() throws Exception {
    String schedule = "        schedule: [\"25%\", 0, 0, 0, 0, 0, \"75%\"]";
    Deal multiple = DealReader.parse(paper("{multiple: 3, of: ltm}").replace(BULLET, schedule),
        "distressed.yaml");
    DealResult r = LboEngine.DEFAULT.run(multiple);
    assertThat(r.years().defaulted[0]).isTrue();
    assertThat(r.exit().enterpriseValue()).isCloseTo(60.0, within(1e-9));
    assertThat(ExcelModel.unsupported(multiple)).isEmpty();
    compare.assertEqualsEngine(multiple, "distressed-multiple");

    Deal amount = DealReader.parse(paper("{amount: 70}").replace(BULLET, schedule),
        "distressed-amount.yaml");
    assertThat(LboEngine.DEFAULT.run(amount).exit().enterpriseValue())
        .isCloseTo(70.0, within(1e-9));
    compare.assertEqualsEngine(amount, "distressed-amount");

    Deal paid = DealReader.parse(paper("{multiple: 3, of: ltm}"), "paid.yaml");
    DealResult p = LboEngine.DEFAULT.run(paid);
    assertThat(p.paymentDefault().occurred()).isFalse();
    assertThat(p.exit().enterpriseValue()).isCloseTo(100.0, within(1e-9));
    compare.assertEqualsEngine(paid, "distressed-not-used");
  }

  /**
   * A default after the exit year does not count: the paper LBO sold in 2028 with its 75 % due in
   * 2029 (after the sale, which repays it) is valued at the plan's 5 × 20 = 100; the same debt due
   * in 2029, before a 2030 exit, is not paid (45 + interest from a year's cash of about 12): in
   * default, valued at 3 ×.
   */
  @Test
  void onlyADefaultUpToTheExitCounts() throws Exception {
    String late = paper("{multiple: 3, of: ltm}").replace(BULLET,
        "        schedule: [0, 0, 0, \"75%\", 0, 0, \"25%\"]");
    Deal sold2030 = DealReader.parse(late, "late.yaml");
    DealResult r = LboEngine.DEFAULT.run(sold2030);
    assertThat(r.years().defaulted[3]).isTrue();
    assertThat(r.exit().enterpriseValue()).isCloseTo(60.0, within(1e-9));
    compare.assertEqualsEngine(sold2030, "distressed-late");
    Deal sold2028 = DealReader.parse(late.replace("  year: 2030", "  year: 2028"), "early.yaml");
    DealResult e = LboEngine.DEFAULT.run(sold2028);
    assertThat(e.paymentDefault().occurred()).isFalse();
    assertThat(e.exit().enterpriseValue()).isCloseTo(100.0, within(1e-9));
    // a hold of three years: fewer cells than the usual five
    compare.assertEqualsEngine(sold2028, ExcelModel.build(sold2028), "distressed-before-default",
        ExcelModelTest.TOLERANCE, 200);
  }
}
