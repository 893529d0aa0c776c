package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reprise.io.TestDeals.fails;
import static org.reprise.io.TestDeals.read;
import static org.reprise.io.TestDeals.with;
import static org.reprise.io.TestDeals.withDebt;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.reprise.model.Tranche;

class TrancheReaderTest {

  static final String TERM = "name: Senior, lender: banks, amount: 500";

  static Tranche tranche(String yaml) {
    return read(withDebt("{" + yaml + "}")).financing().debt().get(0);
  }

  static AbstractThrowableAssert<?, ? extends Throwable> failsAt(String yaml, String key) {
    return fails(withDebt("{" + yaml + "}"), "financing.debt[0]" + key);
  }

  @Test
  void termLoanDefaults() {
    Tranche t = tranche(TERM + ", repayment: {linear: 4}");
    assertThat(t.kind()).isEqualTo(Tranche.Kind.TERM);
    assertThat(t.borrower()).isEqualTo(Tranche.Borrower.HOLDING);
    assertThat(t.size()).isEqualTo(new Tranche.Size(Tranche.Size.Basis.AMOUNT, 500));
    assertThat(t.cashRate()).containsOnly(0.0);
    assertThat(t.pikRate()).containsOnly(0.0);
    assertThat(t.upfrontFee()).isZero();
    assertThat(t.repayment()).containsExactly(0.25, 0.25, 0.25, 0.25, 0);
    assertThat(t.maturity()).isEqualTo(4);
    assertThat(t.sweep()).isTrue();
    assertThat(t.sweepOrder()).isEqualTo(1);
    assertThat(t.limit()).isZero();
    assertThat(t.commitmentFee()).isZero();
    assertThat(t.rolledOver()).isFalse();
  }

  /**
   * A dividend recapitalisation (methodology §5.13): base year 2025, so 2028 is year 3; its
   * repayment is counted from the draw, {linear: 2} repaying half in 2028 and half in 2029
   * (years 3 and 4), {bullet: 3} due at the end of 2030 (year 5, the exit).
   */
  @Test
  void aTrancheDrawnDuringTheHold() {
    Tranche t = tranche(TERM + ", repayment: {linear: 2}, drawnIn: 2028");
    assertThat(t.draw()).isEqualTo(new Tranche.Draw(3, Double.NaN));
    assertThat(t.drawnLater()).isTrue();
    assertThat(t.repayment()).containsExactly(0, 0, 0.5, 0.5, 0);
    assertThat(t.maturity()).isEqualTo(4);
    assertThat(t.term()).isEqualTo(4);
    Tranche bullet = tranche(TERM + ", repayment: {bullet: 3}, drawnIn: 2028,"
        + " drawMaxNetLeverage: 4.5, amount: {timesEbitda: 1.5}");
    assertThat(bullet.draw().maxNetLeverage()).isEqualTo(4.5);
    assertThat(bullet.maturity()).isEqualTo(5);
    assertThat(bullet.size())
        .isEqualTo(new Tranche.Size(Tranche.Size.Basis.EBITDA_MULTIPLE, 1.5));
    assertThat(tranche(TERM + ", repayment: {bullet: 3}").draw()).isNull();
  }

  @Test
  void whatARecapCannotBe() {
    failsAt(TERM + ", repayment: {bullet: 3}, drawnIn: 2026", ".drawnIn")
        .hasMessageContaining("from 2027 to the exit year 2030, found 2026");
    failsAt(TERM + ", repayment: {bullet: 3}, drawnIn: 2031", ".drawnIn");
    failsAt(TERM + ", repayment: {bullet: 3}, drawnIn: \"2028\"", ".drawnIn");
    failsAt("name: RCF, lender: banks, type: revolver, limit: 10, drawnIn: 2028", ".drawnIn")
        .hasMessageContaining("a revolver is not drawn for a dividend recapitalisation");
    failsAt(TERM + ", repayment: {bullet: 3}, drawMaxNetLeverage: 4", ".drawMaxNetLeverage");
    failsAt(TERM + ", repayment: {bullet: 3}, drawnIn: 2028, drawMaxNetLeverage: 0",
        ".drawMaxNetLeverage");
    failsAt("name: Senior, lender: banks, amount: {shareOfPrice: 10%}, repayment: {bullet: 3},"
        + " drawnIn: 2028", ".amount");
    failsAt(TERM + ", repayment: {bullet: 3}, drawnIn: 2028, rate: {base: 2%, margin: 3%},"
        + " hedge: {type: swap, share: 1, rate: 2%, years: 2}", ".hedge");
  }

  /**
   * A recap sized to a target net leverage (methodology §5.13): the level in the draw, the cap as
   * the size (an amount, +∞ without {@code maxAmount}); at the lenders' own level it is accepted.
   */
  @Test
  void aRecapSizedToATargetLeverage() {
    String recap = TERM.replace("amount: 500", "") + " repayment: {bullet: 3}, drawnIn: 2028";
    Tranche t = tranche(recap + ", amount: {upToNetLeverage: 4.0}");
    assertThat(t.draw()).isEqualTo(new Tranche.Draw(3, Double.NaN, 4.0));
    assertThat(t.draw().sized()).isTrue();
    assertThat(t.size())
        .isEqualTo(new Tranche.Size(Tranche.Size.Basis.AMOUNT, Double.POSITIVE_INFINITY));
    Tranche capped = tranche(recap + ", amount: {upToNetLeverage: 3.5x, maxAmount: 2000000},"
        + " drawMaxNetLeverage: 4");
    assertThat(capped.draw()).isEqualTo(new Tranche.Draw(3, 4.0, 3.5));
    assertThat(capped.size()).isEqualTo(new Tranche.Size(Tranche.Size.Basis.AMOUNT, 2_000_000));
    assertThat(tranche(recap + ", amount: {upToNetLeverage: 4}, drawMaxNetLeverage: 4").draw()
        .upToNetLeverage()).isEqualTo(4.0);
  }

  @Test
  void whatASizedRecapCannotBe() {
    String recap = TERM.replace("amount: 500", "") + " repayment: {bullet: 3}";
    String drawn = recap + ", drawnIn: 2028";
    failsAt(drawn + ", amount: {upToNetLeverage: 0}", ".amount.upToNetLeverage")
        .hasMessage("financing.debt[0].amount.upToNetLeverage: expected a net leverage above 0,"
            + " such as 4.0, found 0");
    failsAt(drawn + ", amount: {upToNetLeverage: -2}", ".amount.upToNetLeverage");
    failsAt(drawn + ", amount: {upToNetLeverage: four}", ".amount.upToNetLeverage")
        .hasMessageContaining("found \"four\"");
    failsAt(drawn + ", amount: {upToNetLeverage: 4, timesEbitda: 1}", ".amount")
        .hasMessageContaining("give only one of `timesEbitda`, `shareOfPrice`,"
            + " `upToNetLeverage`, found both `timesEbitda` and `upToNetLeverage`");
    failsAt(drawn + ", amount: {upToNetLeverage: 4, cap: 1000}", ".amount.cap")
        .hasMessageContaining("unknown key `cap`");
    failsAt(drawn + ", amount: {upToNetLevrage: 4}", ".amount.upToNetLevrage")
        .hasMessageContaining("did you mean `upToNetLeverage`?");
    failsAt(drawn + ", amount: {maxAmount: 1000}", ".amount.maxAmount")
        .hasMessageContaining("`maxAmount` caps only a recap sized to a net leverage: give"
            + " `upToNetLeverage` beside it, found `maxAmount` alone");
    failsAt(drawn + ", amount: {timesEbitda: 1, maxAmount: 1000}", ".amount.maxAmount")
        .hasMessageContaining("found it beside `timesEbitda`");
    failsAt(TERM.replace("amount: 500", "") + " repayment: {bullet: 3},"
        + " amount: {shareOfPrice: 10%, maxAmount: 1000}", ".amount.maxAmount");
    failsAt(drawn + ", amount: {upToNetLeverage: 4, maxAmount: 0}", ".amount.maxAmount")
        .hasMessageContaining("expected an amount greater than 0, found 0");
    // below 0: the same message (review 33, X1)
    failsAt(drawn + ", amount: {upToNetLeverage: 4, maxAmount: -5}", ".amount.maxAmount")
        .hasMessageContaining("expected an amount greater than 0, found -5");
    failsAt(recap + ", amount: {upToNetLeverage: 4}", ".amount.upToNetLeverage")
        .hasMessageContaining("give its year, `drawnIn`");
    failsAt(drawn + ", amount: {upToNetLeverage: 4.5}, drawMaxNetLeverage: 4",
        ".amount.upToNetLeverage")
        .hasMessage("financing.debt[0].amount.upToNetLeverage: expected a net leverage at most"
            + " the lenders' test, drawMaxNetLeverage: 4, found 4.5");
  }

  @Test
  void linearBeyondTheHorizonIsCut() {
    Tranche t = tranche(TERM + ", repayment: {linear: 8}");
    assertThat(t.repayment()).containsOnly(0.125);
    assertThat(t.maturity()).isZero();
  }

  /**
   * The horizon's repayment and maturity stop at the horizon; the full profile keeps the term as
   * written, after the horizon included (the debt falling due after it, methodology §7).
   */
  @Test
  void theFullRepaymentKeepsTheTermAfterTheHorizon() {
    Tranche linear = tranche(TERM + ", repayment: {linear: 8}");
    assertThat(linear.term()).isEqualTo(8);
    assertThat(linear.fullRepayment()).containsOnly(0.125);
    Tranche bullet = tranche(TERM + ", repayment: {bullet: 7}");
    assertThat(bullet.term()).isEqualTo(7);
    assertThat(bullet.fullRepayment()).containsOnly(0.0);
    Tranche schedule = tranche(TERM + ", repayment: {schedule: [0.1, 0.1, 0, 0, 0, 0.2, 0.3]}");
    assertThat(schedule.fullRepayment()).containsExactly(0.1, 0.1, 0, 0, 0, 0.2, 0.3);
    assertThat(tranche(TERM + ", repayment: {bullet: 5}").fullRepayment()).hasSize(5);
  }

  @Test
  void bullet() {
    Tranche in = tranche(TERM + ", repayment: {bullet: 5}");
    assertThat(in.repayment()).containsOnly(0.0);
    assertThat(in.maturity()).isEqualTo(5);
    assertThat(tranche(TERM + ", repayment: {bullet: 7}").maturity()).isZero();
  }

  @Test
  void schedule() {
    Tranche t = tranche(TERM + ", repayment: {schedule: [0, \"10%\", 0.2]}");
    assertThat(t.repayment()).containsExactly(0, 0.1, 0.2, 0, 0);
    assertThat(t.maturity()).isEqualTo(3);
    Tranche longer = tranche(TERM + ", repayment: {schedule: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.4]}");
    assertThat(longer.repayment()).containsExactly(0.1, 0.1, 0.1, 0.1, 0.1);
    assertThat(longer.maturity()).isZero();
  }

  @Test
  void scheduleSharesMustNotExceedTheWhole() {
    failsAt(TERM + ", repayment: {schedule: [0.5, 0.6]}", ".repayment.schedule")
        .hasMessage("financing.debt[0].repayment.schedule: the repayment shares add up to 110%,"
            + " more than 100% of the amount");
    failsAt(TERM + ", repayment: {schedule: []}", ".repayment.schedule");
    failsAt(TERM + ", repayment: {schedule: [0.5, -0.1]}", ".repayment.schedule[1]");
  }

  @Test
  void termNeedsARepayment() {
    failsAt(TERM, ".repayment")
        .hasMessage("financing.debt[0].repayment: a term tranche needs a repayment: {linear: 7},"
            + " {bullet: 7} or {schedule: [...]}");
    failsAt(TERM + ", repayment: {linear: 0}", ".repayment.linear")
        .hasMessageContaining("between 1 and 100");
    failsAt(TERM + ", repayment: {linear: 3, bullet: 3}", ".repayment")
        .hasMessageContaining("give only one of");
  }

  @Test
  void floatingRateWithFloor() {
    Tranche t = tranche(TERM + ", repayment: {bullet: 6}, rate: {base: [\"-0.5%\", \"1%\", \"3%\"],"
        + " margin: \"3%\", floor: 0}");
    assertThat(t.cashRate()).containsExactly(new double[] {0.03, 0.04, 0.06, 0.06, 0.06},
        within(1e-12));
    assertThat(t.floating()).isTrue();
    assertThat(t.baseRate()).containsExactly(-0.005, 0.01, 0.03, 0.03, 0.03);
    assertThat(t.floor()).isZero();
    failsAt(TERM + ", repayment: {bullet: 6}, rate: {margin: 0.03}", ".rate.base")
        .hasMessageContaining("a base rate");
    failsAt(TERM + ", repayment: {bullet: 6}, rate: {base: 0.01, margn: 0.03}", ".rate.margn")
        .hasMessageContaining("did you mean `margin`?");
  }

  @Test
  void aBaseRateWithoutFloorIsFlooredAtZeroAndMovesWithTheBase() {
    Tranche t = tranche(TERM + ", repayment: {bullet: 6}, rate: {base: \"-1%\", margin: \"4%\"}");
    assertThat(t.cashRate()).containsOnly(0.04);
    assertThat(t.floating()).isTrue();
    assertThat(t.floor()).isZero();
    // the shocked rate follows the reader's formula, max(base + shift, floor) + margin
    assertThat(t.shiftedCashRate(0, 0.005)).isEqualTo(0.04);
    assertThat(t.shiftedCashRate(0, 0.03)).isCloseTo(0.06, within(1e-15));
    Tranche negative = tranche(TERM + ", repayment: {bullet: 6},"
        + " rate: {base: \"1%\", margin: \"4%\", floor: \"-0.5%\"}");
    assertThat(negative.floor()).isEqualTo(-0.005);
    assertThat(negative.shiftedCashRate(0, -0.03)).isCloseTo(0.035, within(1e-15));
  }

  @Test
  void aRateGivenAsOneFigureIsFixed() {
    Tranche t = tranche(TERM + ", repayment: {bullet: 6}, rate: \"6%\"");
    assertThat(t.floating()).isFalse();
    assertThat(t.baseRate()).containsOnly(0.0).hasSize(5);
    assertThat(t.shiftedCashRate(0, 0.02)).isEqualTo(0.06);
    assertThat(tranche(TERM + ", repayment: {bullet: 6}").floating()).isFalse();
  }

  @Test
  void floatingFalseKeepsABaseRateLoanFixed() {
    Tranche hedged = tranche(TERM + ", repayment: {bullet: 6}, floating: false,"
        + " rate: {base: \"2%\", margin: \"3%\", floor: \"0%\"}");
    assertThat(hedged.floating()).isFalse();
    assertThat(hedged.cashRate()).containsOnly(0.05);
    assertThat(hedged.baseRate()).containsOnly(0.02);
    assertThat(hedged.shiftedCashRate(0, 0.02)).isEqualTo(0.05);
    assertThat(tranche(TERM + ", repayment: {bullet: 6}, floating: true,"
        + " rate: {base: \"2%\", margin: \"3%\"}").floating()).isTrue();
  }

  @Test
  void floatingTrueNeedsABaseRate() {
    failsAt(TERM + ", repayment: {bullet: 6}, floating: true, rate: \"6%\"", ".floating")
        .hasMessageContaining("a floating rate is written as a base rate plus a margin");
    failsAt(TERM + ", repayment: {bullet: 6}, floating: yes please", ".floating");
  }

  @Test
  void fixedRatePerYearAndPik() {
    Tranche t = tranche(TERM + ", repayment: {bullet: 6}, rate: [0.05, \"6%\"], pik: \"4%\","
        + " upfrontFee: \"2%\"");
    assertThat(t.cashRate()).containsExactly(0.05, 0.06, 0.06, 0.06, 0.06);
    assertThat(t.pikRate()).containsOnly(0.04);
    assertThat(t.upfrontFee()).isEqualTo(0.02);
    failsAt(TERM + ", repayment: {bullet: 6}, rate: five", ".rate")
        .hasMessage("financing.debt[0].rate: expected a rate such as 0.055 or \"5.5%\", found"
            + " \"five\"");
  }

  /**
   * An all-in cash rate below −5 % is refused (review 9, input F6: {@code rate: -1} had the bank
   * pay the company its whole loan as interest), whether written as one figure, one per year, or
   * as base and floor plus margin; the base itself may be lower.
   */
  @Test
  void anAllInCashRateBelowMinusFivePercentIsRefused() {
    assertThat(TrancheReader.MIN_CASH_RATE).isEqualTo(-0.05);
    failsAt(TERM + ", repayment: {bullet: 6}, rate: -1", ".rate")
        .hasMessage("financing.debt[0].rate: expected a rate between -5% and 100%, found -1");
    failsAt(TERM + ", repayment: {bullet: 6}, rate: [0.05, \"-6%\"]", ".rate[1]")
        .hasMessage("financing.debt[0].rate[1]: expected a rate between -5% and 100%, found"
            + " \"-6%\"");
    failsAt(TERM + ", repayment: {bullet: 6}, rate: {base: \"-0.6%\", floor: \"-1%\","
        + " margin: \"-5%\"}", ".rate")
        .hasMessage("financing.debt[0].rate: expected an all-in cash rate (the higher of base and"
            + " floor, plus the margin) of at least -5% every year, found -5.6% in year 1");
    failsAt(TERM + ", repayment: {bullet: 6}, rate: {base: [\"1%\", \"-3%\"], floor: \"-3%\","
        + " margin: \"-2.5%\"}", ".rate")
        .hasMessageEndingWith("found -5.5% in year 2");
    // −5 % itself, and a base far below it that the floor and the margin lift
    assertThat(tranche(TERM + ", repayment: {bullet: 6}, rate: \"-5%\"").cashRate())
        .containsOnly(-0.05);
    assertThat(tranche(TERM + ", repayment: {bullet: 6}, rate: {margin: \"-5%\", base: 0}")
        .cashRate()).containsOnly(-0.05);
    Tranche low = tranche(TERM + ", repayment: {bullet: 6},"
        + " rate: {base: \"-20%\", floor: \"-1%\", margin: \"3%\"}");
    assertThat(low.baseRate()).containsOnly(-0.2);
    assertThat(low.cashRate()).containsOnly(new double[] {0.02}, within(1e-15));
  }

  @Test
  void sizeForms() {
    assertThat(tranche("name: A, lender: b, amount: {timesEbitda: \"2.5x\"},"
        + " repayment: {bullet: 5}")
        .size()).isEqualTo(new Tranche.Size(Tranche.Size.Basis.EBITDA_MULTIPLE, 2.5));
    assertThat(tranche("name: A, lender: b, amount: {shareOfPrice: \"40%\"},"
        + " repayment: {bullet: 5}")
        .size()).isEqualTo(new Tranche.Size(Tranche.Size.Basis.PRICE_SHARE, 0.4));
    failsAt("name: A, lender: b, repayment: {bullet: 5}", ".amount")
        .hasMessageContaining("expected an amount, {timesEbitda: 2.5} or {shareOfPrice: \"40%\"}");
    failsAt("name: A, lender: b, amount: \"500k\", repayment: {bullet: 5}", ".amount");
  }

  @Test
  void revolver() {
    Tranche r = tranche("name: RCF, lender: banks, type: revolver, limit: 100, drawn: 20,"
        + " commitmentFee: \"0.9%\", upfrontFee: 0.01, rate: {base: 0.02, margin: 0.025}");
    assertThat(r.isRevolver()).isTrue();
    assertThat(r.borrower()).isEqualTo(Tranche.Borrower.OPCO);
    assertThat(r.limit()).isEqualTo(100);
    assertThat(r.size()).isEqualTo(new Tranche.Size(Tranche.Size.Basis.AMOUNT, 20));
    assertThat(r.commitmentFee()).isEqualTo(0.009);
    assertThat(r.maturity()).isZero();
    assertThat(r.repayment()).containsOnly(0.0);
    assertThat(r.sweep()).isFalse();
  }

  @Test
  void revolverDrawnAboveLimit() {
    failsAt("name: RCF, lender: banks, type: revolver, limit: 100, drawn: 150", ".drawn")
        .hasMessage("financing.debt[0].drawn: the amount drawn at closing (150) is more than the"
            + " revolver's limit (100)");
  }

  @Test
  void revolverHasNoAmountAndNeedsALimit() {
    failsAt("name: RCF, lender: banks, type: revolver, limit: 100, amount: 50", ".amount")
        .hasMessageContaining("a revolver has no `amount`");
    failsAt("name: RCF, lender: banks, type: revolver", ".limit");
  }

  @Test
  void revolverOnlyKeys() {
    failsAt(TERM + ", repayment: {bullet: 5}, commitmentFee: 0.01", ".commitmentFee")
        .hasMessage("financing.debt[0].commitmentFee: `commitmentFee` applies only to a revolver"
            + " (type: revolver)");
    failsAt(TERM + ", repayment: {bullet: 5}, limit: 5", ".limit");
  }

  @Test
  void vendorLoanDoesNotSweepByDefault() {
    Tranche v = tranche("name: VL, lender: seller, type: vendor-loan, amount: 50,"
        + " repayment: {bullet: 6}");
    assertThat(v.kind()).isEqualTo(Tranche.Kind.VENDOR_LOAN);
    assertThat(v.sweep()).isFalse();
    assertThat(v.borrower()).isEqualTo(Tranche.Borrower.HOLDING);
    failsAt("name: VL, lender: seller, type: vendor-loan, amount: 50", ".repayment")
        .hasMessageStartingWith("financing.debt[0].repayment: a vendor-loan tranche needs a"
            + " repayment");
  }

  @Test
  void sweepSettings() {
    Tranche t = tranche(TERM + ", repayment: {bullet: 5}, sweep: false, sweepOrder: 3");
    assertThat(t.sweep()).isFalse();
    assertThat(t.sweepOrder()).isEqualTo(3);
    var tree = with("financing.debt", "[{" + TERM + ", repayment: {bullet: 5}},"
        + " {name: B, lender: c, amount: 5, repayment: {bullet: 5}}]");
    assertThat(read(tree).financing().debt().get(1).sweepOrder()).isEqualTo(2);
    failsAt(TERM + ", repayment: {bullet: 5}, sweep: \"yes\"", ".sweep");
  }

  @Test
  void borrowerRules() {
    var pushdown = withDebt("{" + TERM + ", repayment: {bullet: 5}}");
    with(pushdown, "structure", "{type: pushdown}");
    assertThat(read(pushdown).financing().debt().get(0).borrower())
        .isEqualTo(Tranche.Borrower.OPCO);
    var wrong = withDebt("{" + TERM + ", borrower: holding, repayment: {bullet: 5}}");
    with(wrong, "structure", "{type: pushdown}");
    fails(wrong, "financing.debt[0].borrower").hasMessageContaining("there is no holding");
    assertThat(tranche(TERM + ", borrower: opco, repayment: {bullet: 5}").borrower())
        .isEqualTo(Tranche.Borrower.OPCO);
  }

  @Test
  void existingDebtStaysInPlace() {
    var tree = withDebt("{name: Old loans, lender: bank, existing: true, repayment: {linear: 3}}");
    with(tree, "transaction.refinanceExistingDebt", "false");
    with(tree, "company.actuals.financialDebt", "120");
    Tranche t = read(tree).financing().debt().get(0);
    assertThat(t.rolledOver()).isTrue();
    assertThat(t.borrower()).isEqualTo(Tranche.Borrower.OPCO);
    assertThat(t.size()).isEqualTo(new Tranche.Size(Tranche.Size.Basis.AMOUNT, 120));
  }

  @Test
  void existingDebtNeedsNoRefinancing() {
    failsAt("name: Old, lender: bank, existing: true, repayment: {linear: 3}", ".existing")
        .hasMessageContaining("only when transaction.refinanceExistingDebt is false");
  }

  @Test
  void trancheTypeAndKeys() {
    failsAt(TERM + ", type: mezzanine, repayment: {bullet: 5}", ".type")
        .hasMessage("financing.debt[0].type: expected one of `term`, `revolver`, `vendor-loan`,"
            + " found \"mezzanine\"");
    failsAt(TERM + ", repayement: {bullet: 5}", ".repayement")
        .hasMessageContaining("did you mean `repayment`?");
    failsAt("lender: x, amount: 5, repayment: {bullet: 5}", ".name");
  }
}
