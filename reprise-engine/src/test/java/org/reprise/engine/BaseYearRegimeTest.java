package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.model.Deal;
import org.reprise.model.Participation;
import org.reprise.model.Participation.BaseYearRegime;

/**
 * Under which rules the base year's reserve is settled in year 1 (methodology §5.8, §13 item 34;
 * {@code participation.baseYearReserveRegime}): the deal's (its forfait social, credited to its
 * blocked accounts) or the company's before the deal (paid in cash at the pre-deal forfait
 * social), as when a company converts into a SCOP whose 8 % rate and blocked accounts its former
 * agreement could not use.
 */
class BaseYearRegimeTest {
  private static final double EPS = 1e-9;
  private static final double RATE = 0.05;
  private static final double SCOP_RATE = 0.08;
  private static final double PRE_DEAL_RATE = 0.20;

  /**
   * BlockedParticipationTest's push-down factory (EBITDA 20, senior 60 at 10 % repaid in year 9,
   * so 6 of debt service a year, tax 25 %, S = 28), with a SCOP's 8 % forfait social, a base
   * year's reserve of 1 and the reserves blocked two years at 5 %, the base year's reserve
   * settled under {@code regime} (the pre-deal rate 20 %).
   */
  private static Deal factory(BaseYearRegime regime) {
    TestDeals d = BlockedParticipationTest.factory(0, false);
    d.participation = new Participation(true, 0.05, 0.7, SCOP_RATE, Double.POSITIVE_INFINITY, 1.0)
        .withBlockedAccounts(2, RATE)
        .withBaseYearRegime(regime, PRE_DEAL_RATE);
    return d.build();
  }

  /**
   * Before the deal: the base year's reserve, 1, is paid in cash in year 1 with the pre-deal
   * company's 20 % forfait social, and none of it goes to the blocked accounts:
   *
   * <pre>
   * participationPaid = 1 × (1 + 20 %)                = 1.2    (of which forfait social 0.2)
   * credited          = 0, so the accounts bear no interest in year 1
   * pre-tax           = 20 − 6 (senior interest)       = 14
   * taxable           = 14 − 1.2 (deducted when paid)  = 12.8;   tax = 25 % × 12.8 = 3.2
   * FCF               = 20 − 3.2 − 1.2                 = 15.6
   * DSCR              = 15.6 / 6 (interest; no instalment due) = 2.6
   * </pre>
   *
   * Under the deal's rules (the SCOP's 8 %, credited) the same year reads: 1 credited, 0.08 of
   * forfait social paid, 5 % × 1 = 0.05 of interest; pre-tax 13.95, taxable 13.95 − 1.08 = 12.87,
   * tax 3.2175, FCF 20 − 3.2175 − 0.08 − 0.05 = 16.6525, DSCR 16.6525 / 6 = 2.7754166….
   */
  @Test
  void preDealPaysTheBaseYearReserveInCashAtThePreDealRate() {
    YearTable pre = LboEngine.DEFAULT.run(factory(BaseYearRegime.PRE_DEAL)).years();
    assertThat(pre.participationPaid[0]).isCloseTo(1.2, within(EPS));
    assertThat(pre.participationBlocked[0]).isZero();
    assertThat(pre.blockedAccountInterest[0]).isZero();
    assertThat(pre.blockedAccounts[0]).isZero();
    assertThat(pre.opcoPreTaxIncome[0]).isCloseTo(14.0, within(EPS));
    assertThat(pre.incomeTax[0]).isCloseTo(3.2, within(EPS));
    assertThat(pre.freeCashFlow[0]).isCloseTo(15.6, within(EPS));
    assertThat(pre.debtServiceDue[0]).isCloseTo(6.0, within(EPS));
    assertThat(pre.debtServiceCover[0]).isCloseTo(2.6, within(EPS));

    YearTable deal = LboEngine.DEFAULT.run(factory(BaseYearRegime.DEAL)).years();
    assertThat(deal.participationPaid[0]).isCloseTo(0.08, within(EPS));
    assertThat(deal.participationBlocked[0]).isCloseTo(1.0, within(EPS));
    assertThat(deal.blockedAccountInterest[0]).isCloseTo(0.05, within(EPS));
    assertThat(deal.incomeTax[0]).isCloseTo(3.2175, within(EPS));
    assertThat(deal.freeCashFlow[0]).isCloseTo(16.6525, within(EPS));
    assertThat(deal.debtServiceCover[0]).isCloseTo(16.6525 / 6.0, within(EPS));
  }

  /**
   * From year 2 on both regimes credit each year's own reserve at the SCOP's rate; blocked two
   * years, year 3 pays out what year 1 credited: 1 under the deal's rules, nothing before the
   * deal (it was paid in year 1), so year 3 pays only the 8 % forfait social of year 2's reserve.
   */
  @Test
  void preDealLeavesNothingOfTheBaseYearToReleaseLater() {
    YearTable pre = LboEngine.DEFAULT.run(factory(BaseYearRegime.PRE_DEAL)).years();
    assertThat(pre.participationBlocked[1]).isCloseTo(pre.participation[0], within(EPS));
    assertThat(pre.participationReleased[2]).isZero();
    assertThat(pre.participationPaid[2]).isCloseTo(SCOP_RATE * pre.participation[1], within(EPS));
    assertThat(pre.participationReleased[3]).isCloseTo(pre.participation[0], within(EPS));
    YearTable deal = LboEngine.DEFAULT.run(factory(BaseYearRegime.DEAL)).years();
    assertThat(deal.participationReleased[2]).isCloseTo(1.0, within(EPS));
  }

  /**
   * The participation owed at the closing, a liability of the opening balance sheet (§5.12), is
   * the base year's reserve with the forfait social it will bear: 1 × 1.2 before the deal, 1 ×
   * 1.08 under the deal's rules.
   */
  @Test
  void theClosingLiabilityBearsTheRateItWillBePaidAt() {
    assertThat(LboEngine.DEFAULT.run(factory(BaseYearRegime.PRE_DEAL)).balanceSheet()
        .participationPayable()[0]).isCloseTo(1.2, within(EPS));
    assertThat(LboEngine.DEFAULT.run(factory(BaseYearRegime.DEAL)).balanceSheet()
        .participationPayable()[0]).isCloseTo(1.08, within(EPS));
  }

  /**
   * Without blocked accounts and with the pre-deal rate equal to the deal's, the two regimes are
   * the same settlement: the run is the same, bit for bit (a change of shareholders that keeps
   * the company's agreement).
   */
  @Test
  void theRegimesAgreeWhenTheirRulesAgree() {
    Participation paid =
        new Participation(true, 0.05, 0.7, PRE_DEAL_RATE, Double.POSITIVE_INFINITY, 1.0);
    TestDeals a = new TestDeals();
    a.participation = paid;
    a.term("Senior", "banks", 60.0, 0.10, 9);
    TestDeals b = new TestDeals();
    b.participation = paid.withBaseYearRegime(BaseYearRegime.PRE_DEAL, PRE_DEAL_RATE);
    b.term("Senior", "banks", 60.0, 0.10, 9);
    YearTable ya = LboEngine.DEFAULT.run(a.build()).years();
    YearTable yb = LboEngine.DEFAULT.run(b.build()).years();
    for (int t = 0; t < ya.size(); t++) {
      assertThat(yb.participationPaid[t]).isEqualTo(ya.participationPaid[t]);
      assertThat(yb.freeCashFlow[t]).isEqualTo(ya.freeCashFlow[t]);
      assertThat(yb.cash[t]).isEqualTo(ya.cash[t]);
    }
  }

  static LongStream seeds() {
    return LongStream.range(1, 201);
  }

  /**
   * Property test on random deals (AccountingIdentitiesTest's, SCOPs and blocked accounts
   * included), each given a base year's reserve of up to 2 % of its revenue settled under a
   * random regime at a pre-deal rate of 0, 16 or 20 %: year 1 pays R_0 × (1 + the rate it bears)
   * − what it credits + what it releases, credits R_0 × (1 − levies) only under the deal's rules
   * with blocked accounts; the accounting identities (sources = uses, the cash and debt
   * roll-forwards, the value added split, the blocked accounts' roll-forward) hold, the cash
   * roll-forward has no residual, and the balance sheet balances every year.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void theIdentitiesHoldUnderEitherRegime(long seed) {
    Deal base = AccountingIdentitiesTest.randomDeal(seed);
    SplittableRandom rnd = new SplittableRandom(seed * 17 + 3);
    double[] rates = {0.0, 0.16, PRE_DEAL_RATE};
    Participation p = base.participation();
    double reserve = rnd.nextDouble() * 0.02 * base.company().base().revenue();
    BaseYearRegime regime = rnd.nextBoolean() ? BaseYearRegime.PRE_DEAL : BaseYearRegime.DEAL;
    p = new Participation(p.applies(), p.equityReturnShare(), p.grossWageShare(),
        p.forfaitSocial(), p.perEmployeeCap(), reserve, true, p.blockedYears(), p.blockedRate(),
        p.blockedInterestCapitalised(), p.blockedEarlyRelease(), p.blockedCreditLevies(),
        p.blockedOpening(), regime, rates[rnd.nextInt(rates.length)]);
    Deal deal = new Deal(base.name(), base.company(), base.operations(), base.transaction(),
        base.structure(), base.financing(), base.tax(), base.covenants(), base.exit(),
        base.interestBasis(), p, base.cooperative());
    DealResult r;
    try {
      r = LboEngine.DEFAULT.run(deal);
    } catch (org.reprise.model.DealException e) {
      return; // a deal the engine refuses is covered elsewhere
    }
    AccountingIdentitiesTest.identitiesHold(deal, r);
    BalanceSheetTest.assertBalances(deal, r, "seed " + seed);
    YearTable y = r.years();
    double tol = 1e-9 * Math.max(1.0, r.sourcesAndUses().totalUses());
    double rate = regime == BaseYearRegime.PRE_DEAL ? p.preDealForfaitSocial() : p.forfaitSocial();
    double credited = regime == BaseYearRegime.DEAL && p.blocked()
        ? reserve * (1.0 - p.blockedCreditLevies()) : 0.0;
    assertThat(y.participationBlocked[0]).as("seed " + seed).isCloseTo(credited, within(tol));
    assertThat(y.participationPaid[0]).as("seed " + seed)
        .isCloseTo(reserve * (1.0 + rate) - credited + y.participationReleased[0], within(tol));
    CashRollForward cash = CashRollForward.of(r);
    for (int t = 0; t < y.size(); t++) {
      assertThat(cash.residual(t)).as("seed " + seed + ", year " + t)
          .isCloseTo(0.0, within(tol));
    }
  }
}
