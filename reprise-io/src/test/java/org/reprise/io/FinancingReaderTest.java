package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reprise.io.TestDeals.fails;
import static org.reprise.io.TestDeals.failsWith;
import static org.reprise.io.TestDeals.read;
import static org.reprise.io.TestDeals.readWith;
import static org.reprise.io.TestDeals.with;
import static org.reprise.io.TestDeals.without;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;
import org.reprise.model.Financing;
import org.reprise.model.PaymentConditions;
import org.reprise.model.SweepSteps;

class FinancingReaderTest {

  static final String FUND = "{name: Fund, holder: fund, amount: balance}";

  /** The lock-up and its optional payment conditions (methodology §5.5). */
  @Test
  void theLockUpAndItsPaymentConditions() {
    Financing plain = read(TestDeals.minimal()).financing();
    assertThat(plain.distributionLockUp()).isTrue();
    assertThat(plain.paymentConditions()).isEqualTo(PaymentConditions.COVENANTS_ONLY);
    assertThat(plain.paymentConditions().any()).isFalse();
    assertThat(readWith("financing.distributionMaxLeverage", "3.5").financing()
        .paymentConditions().maxNetLeverage()).isEqualTo(3.5);
    assertThat(readWith("financing.distributionMaxLeverage", "\"2.5x\"").financing()
        .paymentConditions().maxNetLeverage()).isEqualTo(2.5);
    assertThat(readWith("financing.distributionMinDebtServiceCover", "\"1.2x\"").financing()
        .paymentConditions()).isEqualTo(new PaymentConditions(Double.NaN, 1.2, false));
    assertThat(readWith("financing.distributionBlockedAfterBreach", "true").financing()
        .paymentConditions()).isEqualTo(new PaymentConditions(Double.NaN, Double.NaN, true));
    assertThat(readWith("financing.distributionLockUp", "false").financing()
        .distributionLockUp()).isFalse();
    failsWith("financing.distributionMaxLeverage", "-1", "financing.distributionMaxLeverage")
        .hasMessageContaining("a multiple of 0 or more");
    failsWith("financing.distributionMaxLeverage", "lots", "financing.distributionMaxLeverage");
    failsWith("financing.distributionMinDebtServiceCover", "-0.5",
        "financing.distributionMinDebtServiceCover").hasMessageContaining("a multiple of 0 or more");
    failsWith("financing.distributionBlockedAfterBreach", "3",
        "financing.distributionBlockedAfterBreach").hasMessageContaining("true or false");
  }

  @Test
  void minimalFinancing() {
    Financing f = read(TestDeals.minimal()).financing();
    assertThat(f.equity()).hasSize(1);
    EquityClass c = f.equity().get(0);
    assertThat(c.name()).isEqualTo("Fund");
    assertThat(c.holder()).isEqualTo("fund");
    assertThat(c.kind()).isEqualTo(EquityClass.Kind.ORDINARY);
    assertThat(c.isBalancing()).isTrue();
    assertThat(c.coupon()).isZero();
    assertThat(c.ownershipShare()).isNaN();
    assertThat(f.debt()).isEmpty();
    assertThat(f.cashSweep()).isZero();
    assertThat(f.distributionShare()).isZero();
  }

  @Test
  void equityClassesWithOwnershipAndCoupons() {
    Financing f = readWith("financing.equity", "[{name: A, holder: fund, amount: 90,"
        + " ownership: \"80%\"}, {name: B, holder: management, amount: 10, ownership: 0.2},"
        + " {name: SHL, holder: fund, type: shareholder-loan, amount: balance, coupon: \"10%\"},"
        + " {name: P, holder: fund, type: preferred, amount: 5, coupon: 0.08}]").financing();
    List<EquityClass> e = f.equity();
    assertThat(e).extracting(EquityClass::kind).containsExactly(EquityClass.Kind.ORDINARY,
        EquityClass.Kind.ORDINARY, EquityClass.Kind.SHAREHOLDER_LOAN, EquityClass.Kind.PREFERRED);
    assertThat(e.get(0).ownershipShare()).isEqualTo(0.8);
    assertThat(e.get(1).amount()).isEqualTo(10);
    assertThat(e.get(2).isBalancing()).isTrue();
    assertThat(e.get(2).coupon()).isEqualTo(0.1);
    assertThat(e.get(3).coupon()).isEqualTo(0.08);
    assertThat(e.get(3).ownershipShare()).isNaN();
  }

  /** The roles of the envy ratio (docs/methodology.md §8.2): none by default. */
  @Test
  void noRoleByDefault() {
    assertThat(read(TestDeals.minimal()).financing().equity().get(0).role()).isNull();
  }

  /**
   * A role given on one class of a holder is its holder's: the loan of the sponsor, given no role,
   * takes the sponsor's; a holder without a role keeps none (the engine counts it as management
   * when it holds ordinary shares).
   */
  @Test
  void rolesAreTheHolders() {
    List<EquityClass> e = readWith("financing.equity", "[{name: A, holder: fund, amount: 90,"
        + " role: sponsor}, {name: B, holder: managers, amount: 10, role: management},"
        + " {name: C, holder: partner, amount: 5, role: co-investor},"
        + " {name: D, holder: others, amount: 1},"
        + " {name: SHL, holder: fund, type: shareholder-loan, amount: balance}]")
        .financing().equity();
    assertThat(e).extracting(EquityClass::role).containsExactly(EquityClass.Role.SPONSOR,
        EquityClass.Role.MANAGEMENT, EquityClass.Role.CO_INVESTOR, null,
        EquityClass.Role.SPONSOR);
  }

  @Test
  void anUnknownRole() {
    failsWith("financing.equity[0].role", "fund", "financing.equity[0].role")
        .hasMessage("financing.equity[0].role: expected one of `sponsor`, `management`,"
            + " `co-investor`, found \"fund\"");
  }

  @Test
  void oneHolderTwoRoles() {
    failsWith("financing.equity", "[{name: A, holder: fund, amount: balance, role: sponsor},"
        + " {name: B, holder: managers, amount: 10},"
        + " {name: L, holder: fund, type: shareholder-loan, amount: 10, role: co-investor}]",
        "financing.equity[2].role")
        .hasMessage("financing.equity[2].role: the holder \"fund\" already has `role: sponsor`"
            + " at financing.equity[0].role; give every class of one holder the same role (or"
            + " give it on one class only)");
  }

  @Test
  void twoSponsors() {
    failsWith("financing.equity", "[{name: A, holder: fund, amount: balance, role: sponsor},"
        + " {name: B, holder: partner, amount: 10, role: sponsor}]",
        "financing.equity[1].role")
        .hasMessage("financing.equity[1].role: \"fund\" is already the sponsor"
            + " (financing.equity[0].role); the envy ratio compares one sponsor with the"
            + " management: name the other investors `role: co-investor`");
  }

  @Test
  void rolesWithoutASponsor() {
    failsWith("financing.equity", "[{name: A, holder: fund, amount: balance},"
        + " {name: B, holder: managers, amount: 10, role: management}]", "financing.equity")
        .hasMessage("financing.equity: no holder is the sponsor, but financing.equity[1].role"
            + " gives a role: when roles are given, write `role: sponsor` on the sponsor's"
            + " classes");
  }

  @Test
  void equityIsRequired() {
    fails(without("financing"), "financing").hasMessageContaining("required");
    fails(without("financing.equity"), "financing.equity")
        .hasMessage("financing.equity: expected a list of at least one equity class,"
            + " found nothing (the key is missing)");
    failsWith("financing.equity", "[]", "financing.equity");
  }

  @Test
  void twoBalancingClasses() {
    failsWith("financing.equity", "[" + FUND + ", {name: B, holder: x, amount: balance}]",
        "financing.equity[1].amount")
        .hasMessage("financing.equity[1].amount: only one equity class may be the balance of"
            + " sources and uses; \"Fund\" already is");
  }

  @Test
  void amountMustBeANumberOrBalance() {
    failsWith("financing.equity[0].amount", "Balance", "financing.equity[0].amount")
        .hasMessage("financing.equity[0].amount: expected an amount in currency units or"
            + " \"balance\", found \"Balance\"");
    failsWith("financing.equity[0].amount", "-1", "financing.equity[0].amount");
  }

  @Test
  void couponOnlyForPreferredAndShareholderLoans() {
    failsWith("financing.equity[0].coupon", "0.05", "financing.equity[0].coupon")
        .hasMessageContaining("only to preferred shares and shareholder loans");
  }

  @Test
  void ownershipOnlyForOrdinary() {
    failsWith("financing.equity", "[" + FUND + ", {name: P, holder: x, type: preferred,"
        + " amount: 5, ownership: 0.1}]", "financing.equity[1].ownership")
        .hasMessage("financing.equity[1].ownership: ownership applies only to ordinary shares");
  }

  @Test
  void ownershipMustAddUpToOne() {
    failsWith("financing.equity", "[{name: A, holder: x, amount: balance, ownership: 0.7},"
        + " {name: B, holder: y, amount: 5, ownership: 0.2}]", "financing.equity")
        .hasMessage("financing.equity: the ownership shares of the ordinary classes must add up to"
            + " 100%, found 90%");
  }

  @Test
  void ownershipAllOrNone() {
    failsWith("financing.equity", "[{name: A, holder: x, amount: balance, ownership: 1},"
        + " {name: B, holder: y, amount: 5}]", "financing.equity[1].ownership")
        .hasMessageContaining("either every ordinary class gives its ownership or none does");
  }

  @Test
  void someoneMustHoldOrdinaryShares() {
    failsWith("financing.equity[0].type", "preferred", "financing.equity")
        .hasMessageContaining("at least one equity class must be ordinary shares");
  }

  @Test
  void namesAreUnique() {
    failsWith("financing.equity", "[" + FUND + ", {name: Fund, holder: y, amount: 5}]",
        "financing.equity[1].name").hasMessageContaining("already named \"Fund\"");
  }

  @Test
  void equityTypeAndKeys() {
    failsWith("financing.equity[0].type", "common", "financing.equity[0].type")
        .hasMessage("financing.equity[0].type: expected one of `ordinary`, `preferred`,"
            + " `shareholder-loan`, found \"common\"");
    failsWith("financing.equity[0].holdr", "x", "financing.equity[0].holdr")
        .hasMessageContaining("did you mean `holder`?");
    fails(without("financing.equity[0].holder"), "financing.equity[0].holder");
  }

  @Test
  void sweepAndDistributions() {
    var tree = with("financing.cashSweep", "\"75%\"");
    with(tree, "financing.distributions", "0.1");
    Financing f = read(tree).financing();
    assertThat(f.cashSweep()).isEqualTo(0.75);
    assertThat(f.distributionShare()).isEqualTo(0.1);
    failsWith("financing.cashSweep", "1.5", "financing.cashSweep")
        .hasMessage("financing.cashSweep: expected a rate between 0% and 100%, found 1.5");
    assertThat(f.sweepBasis()).isEqualTo(Financing.SweepBasis.CASH);
  }

  @Test
  void sweepBasis() {
    assertThat(readWith("financing.sweepBasis", "excessCashFlow").financing().sweepBasis())
        .isEqualTo(Financing.SweepBasis.EXCESS_CASH_FLOW);
    assertThat(readWith("financing.sweepBasis", "cash").financing().sweepBasis())
        .isEqualTo(Financing.SweepBasis.CASH);
    failsWith("financing.sweepBasis", "flow", "financing.sweepBasis")
        .hasMessageContaining("cash")
        .hasMessageContaining("excessCashFlow");
  }

  private static final String STEPS =
      "[{share: \"75%\", leverageAbove: 3.5}, {share: 0.5, leverageAbove: \"2.5x\"}, {share: 0}]";

  /** The list form of the cash sweep (docs/deal-format.md): steps, the first step's share. */
  @Test
  void aCashSweepSteppingDownWithLeverage() {
    Financing f = readWith("financing.cashSweep", STEPS).financing();
    assertThat(f.sweepSteps().steps()).containsExactly(new SweepSteps.Step(0.75, 3.5),
        new SweepSteps.Step(0.5, 2.5), new SweepSteps.Step(0.0, Double.NaN));
    assertThat(f.sweepSteps().leverage()).isEqualTo(SweepSteps.Leverage.TOTAL);
    assertThat(f.cashSweep()).isEqualTo(0.75);
    assertThat(f.sweeps()).isTrue();
    var tree = with("financing.cashSweep", STEPS);
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("financing"))
        .put("sweepLeverage", "senior");
    assertThat(read(tree).financing().sweepSteps().leverage())
        .isEqualTo(SweepSteps.Leverage.SENIOR);
    // one step is one share; the scalar form has no steps
    assertThat(readWith("financing.cashSweep", "[{share: 40%}]").financing().sweepSteps()
        .steps()).containsExactly(new SweepSteps.Step(0.4, Double.NaN));
    assertThat(readWith("financing.cashSweep", "40%").financing().sweepSteps()).isNull();
    assertThat(readWith("financing.cashSweep", "[{share: 0}]").financing().sweeps()).isFalse();
  }

  /** Each error names the step's key, in English and in French. */
  @Test
  void theStepsErrorsNameTheStepInEnglishAndFrench() {
    failsWith("financing.cashSweep", "[{share: 75%, leverageAbove: 3.5}, {share: 150%,"
        + " leverageAbove: 2.5}, {share: 0}]", "financing.cashSweep[1].share")
        .hasMessage("financing.cashSweep[1].share: expected a rate between 0% and 100%, found"
            + " \"150%\"")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e))
            .isEqualTo("attendu : un taux entre 0 % et 100 % ; trouvé : \"150%\""));
    failsWith("financing.cashSweep", "[{share: 75%, leverageAbove: 2.5}, {share: 50%,"
        + " leverageAbove: 2.5}, {share: 0}]", "financing.cashSweep[1].leverageAbove")
        .hasMessage("financing.cashSweep[1].leverageAbove: the thresholds decrease strictly from"
            + " step to step: expected less than 2.5, found 2.5")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e))
            .isEqualTo("les seuils décroissent strictement d'un palier au suivant : attendu moins"
                + " de 2,5, trouvé 2,5"));
    failsWith("financing.cashSweep", "[{share: 75%, leverageAbove: 3.5}, {share: 0,"
        + " leverageAbove: 1}]", "financing.cashSweep[1].leverageAbove")
        .hasMessageContaining("the last step has no threshold")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e))
            .startsWith("le dernier palier n'a pas de seuil"));
    failsWith("financing.cashSweep", "[{share: 75%}, {share: 0}]",
        "financing.cashSweep[0].leverageAbove")
        .hasMessageContaining("required: the net leverage (times) above which this step applies")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e))
            .startsWith("obligatoire : le levier net (en multiple)"));
    failsWith("financing.cashSweep", "[{leverageAbove: 3}, {share: 0}]",
        "financing.cashSweep[0].share")
        .hasMessageContaining("required: the share of the sweep base swept in this step")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e))
            .startsWith("obligatoire : la part de l'assiette du sweep"));
    failsWith("financing.cashSweep", "[{share: 75%, leverageAbove: -1}, {share: 0}]",
        "financing.cashSweep[0].leverageAbove")
        .hasMessageEndingWith("expected a multiple of 0 or more, found -1");
    failsWith("financing.cashSweep", "[{share: 75%, above: 3}, {share: 0}]",
        "financing.cashSweep[0].above");
    failsWith("financing.cashSweep", "[]", "financing.cashSweep")
        .hasMessageEndingWith("found an empty list")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e))
            .startsWith("attendu : une part telle que \"50%\" ou une liste de paliers"));
    failsWith("financing.sweepLeverage", "senior", "financing.sweepLeverage")
        .hasMessageContaining("write `cashSweep` as a list of steps")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e))
            .startsWith("le levier du sweep ne vaut que pour un cash sweep"));
    var tree = with("financing.cashSweep", STEPS);
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("financing"))
        .put("sweepLeverage", "junior");
    fails(tree, "financing.sweepLeverage").hasMessageContaining("`total`, `senior`");
  }

  @Test
  void keepingExistingDebtNeedsExactlyOneExistingTranche() {
    var tree = with("transaction.refinanceExistingDebt", "false");
    fails(tree, "financing.debt")
        .hasMessageContaining("must contain exactly one tranche with `existing: true`")
        .hasMessageEndingWith("found 0");
  }

  /**
   * The existing debt left in place is at most the base year's financial debt, which the price of
   * the shares deducts (what it does not keep is refinanced at closing): more would leave the
   * buyer a debt the price did not deduct (the balance sheet at the closing would be off by the
   * difference, methodology §5.12).
   */
  @Test
  void existingDebtIsAtMostTheCompanysFinancialDebt() {
    String tranche = "[{name: Old, lender: bank, rate: 4%, repayment: {linear: 3}, existing: true";
    var kept = with(with("transaction.refinanceExistingDebt", "false"),
        "company.actuals.financialDebt", "3000000");
    // left out: all of it; less: the rest is refinanced at closing
    assertThat(read(with(kept, "financing.debt", tranche + "}]"))
        .financing().debt().get(0).size().value()).isEqualTo(3_000_000.0);
    assertThat(read(with(kept, "financing.debt", tranche + ", amount: 2000000}]"))
        .financing().debt().get(0).size().value()).isEqualTo(2_000_000.0);
    fails(with(kept, "financing.debt", tranche + ", amount: 3500000}]"),
        "financing.debt[0].amount")
        .hasMessageContaining("expected at most company.actuals.financialDebt, 3000000, found"
            + " 3500000")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e))
            .startsWith("la dette qui reste en place est une partie de la dette financière"));
    fails(with(kept, "financing.debt", tranche + ", amount: {timesEbitda: 1}}]"),
        "financing.debt[0].amount")
        .hasMessageContaining("expected the part of the company's existing financial debt left in"
            + " place as an amount, at most 3000000 (company.actuals.financialDebt)");
  }

  @Test
  void debtMustBeAList() {
    failsWith("financing.debt", "{name: x}", "financing.debt")
        .hasMessageContaining("expected a list of debt tranches");
  }

  @Test
  void trancheNamesAreUnique() {
    String t = "{name: Senior, lender: bank, amount: 100, repayment: {bullet: 5}}";
    failsWith("financing.debt", "[" + t + ", " + t + "]", "financing.debt[1].name")
        .hasMessageContaining("another tranche is already named \"Senior\"");
  }

  @Test
  void pariPassuGroupsTheTranchesThatGiveTheSameName() {
    String a = "{name: A, lender: bank, amount: 100, repayment: {bullet: 5}, pariPassu: senior}";
    String b = "{name: B, lender: bank, amount: 100, repayment: {bullet: 5}, pariPassu: senior}";
    String c = "{name: C, lender: mezz, amount: 100, repayment: {bullet: 5}}";
    var deal = readWith("financing.debt", "[" + a + ", " + c + ", " + b + "]");
    assertThat(deal.financing().pariPassu()).containsExactly(java.util.List.of("A", "B"));
    assertThat(deal.financing().rankGroups()).containsExactly(0, 1, 0);
  }

  @Test
  void aPariPassuGroupNeedsAnotherTranche() {
    String a = "{name: A, lender: bank, amount: 100, repayment: {bullet: 5}, pariPassu: senior}";
    String b = "{name: B, lender: bank, amount: 100, repayment: {bullet: 5}, pariPassu: Senior}";
    failsWith("financing.debt", "[" + a + ", " + b + "]", "financing.debt[0].pariPassu")
        .hasMessageContaining("no other tranche is in the pari passu group \"senior\"");
  }

  @Test
  void aPariPassuGroupHasOneBorrower() {
    String a = "{name: A, lender: bank, amount: 100, repayment: {bullet: 5}, pariPassu: senior,"
        + " borrower: opco}";
    String b = "{name: B, lender: bank, amount: 100, repayment: {bullet: 5}, pariPassu: senior,"
        + " borrower: holding}";
    failsWith("financing.debt", "[" + a + ", " + b + "]", "financing.debt[1].pariPassu")
        .hasMessageContaining("\"B\" is borrowed by the holding but \"A\", in the same pari"
            + " passu group, by the company");
  }

  @Test
  void aPrepaymentFeeIsReadPerYearOfExit() {
    String t = "{name: Mezz, lender: mezz, amount: 100, repayment: {bullet: 8},"
        + " prepaymentFee: [\"3%\", \"2%\", \"1%\", 0]}";
    var deal = readWith("financing.debt", "[" + t + "]");
    assertThat(deal.financing().debt().get(0).prepaymentFee())
        .containsExactly(0.03, 0.02, 0.01, 0.0, 0.0);
    failsWith("financing.debt", "[" + t.replace("\"2%\"", "\"150%\"") + "]",
        "financing.debt[0].prepaymentFee[1]");
  }
}
