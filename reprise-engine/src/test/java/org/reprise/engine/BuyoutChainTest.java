package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.Participation;

class BuyoutChainTest {
  private static final double EPS = 1e-9;

  private static Deal template(int rounds) {
    TestDeals d = new TestDeals();
    d.years = 5 * rounds;
    d.exitYear = 5;
    d.term("Senior", "banks", 60.0, 0.10, 6);
    return d.build();
  }

  /** Ten years, sold after five, its fixed costs of 40 all personnel (variable costs 40 %). */
  private static TestDeals payroll() {
    TestDeals d = new TestDeals();
    d.years = 10;
    d.exitYear = 5;
    d.variableShareOfCosts = 0.4;
    d.fixedCosts = 40.0;
    d.personnelShareOfFixed = 1.0;
    return d;
  }

  /**
   * The paper LBO (revenue flat, EBITDA 20, senior 60 at 10 %, cash kept) bought again by a second
   * fund at the exit price 100.
   *
   * <pre>
   * round 1: as in LboEngineTest: cash 52.5 at exit, equity 92.5, fund 1 multiple 2.3125
   * round 2: the second fund buys the shares at EV − debt + cash = 100 − 60 + 52.5 = 92.5 and
   *          refinances the pushed-down senior 60: uses 152.5; the new senior 60 (3 × 20) is
   *          drawn again, so its equity is 152.5 − 60 = 92.5;
   *          the factory pays 6 of interest a year again and keeps 10.5 a year:
   *          cash 52.5 + 52.5 = 105, equity at exit 100 − 60 + 105 = 145
   * </pre>
   */
  @Test
  void secondBuyoutReloadsTheDebt() {
    List<BuyoutChain.Round> rounds = BuyoutChain.run(template(2), 2);
    assertThat(rounds).hasSize(2);
    DealResult r1 = rounds.get(0).result();
    DealResult r2 = rounds.get(1).result();
    assertThat(r1.exit().equityValue()).isCloseTo(92.5, within(EPS));
    assertThat(r2.sourcesAndUses().entryEnterpriseValue())
        .isCloseTo(r1.exit().enterpriseValue(), within(EPS));
    assertThat(r2.sourcesAndUses().equityPurchasePrice()).isCloseTo(92.5, within(EPS));
    assertThat(r2.sourcesAndUses().totalUses()).isCloseTo(152.5, within(EPS));
    assertThat(r2.sourcesAndUses().sources().get(0).amount()).isCloseTo(92.5, within(EPS));
    assertThat(r2.years().year[0]).isEqualTo(2031);
    assertThat(r2.years().cashInterest[0]).isCloseTo(6.0, within(EPS));
    assertThat(r2.exit().equityValue()).isCloseTo(145.0, within(EPS));
    assertThat(r2.returnOf("fund").moic()).isCloseTo(145.0 / 92.5, within(EPS));
    // over the two rounds the factory paid 2 × 30 of interest to the banks
    assertThat(rounds.get(0).whoPays().cashExtracted() + rounds.get(1).whoPays().cashExtracted())
        .isCloseTo(60.0, within(EPS));
  }

  /**
   * A short-time working saving in round 1's exit year (a stressed template: 2 of the payroll of
   * 40 saved in year 5) is a temporary relief: round 1's exit values EBITDA 22 − 2 = 20, and round
   * 2's buyer starts from the payroll as planned, a base-year EBITDA of 20, not the 22 charged
   * (methodology §7; review 22, finding 9).
   */
  @Test
  void theNextBuyerDoesNotCapitaliseASaving() {
    TestDeals d = payroll();
    d.term("Senior", "banks", 60.0, 0.10, 6);
    Deal plain = d.build();
    org.reprise.model.Operations o = plain.operations();
    double[] fixed = o.personnel().fixed().clone();
    double[] saving = new double[10];
    saving[4] = 2.0;
    fixed[4] -= 2.0;
    Deal stressed =
        plain.withOperations(
            o.withRevenuePurchasesAndPersonnel(
                o.revenue(),
                o.purchases(),
                new org.reprise.model.Driver(o.personnel().shareOfRevenue(), fixed),
                saving));
    List<BuyoutChain.Round> rounds = BuyoutChain.run(stressed, 2);
    DealResult r1 = rounds.get(0).result();
    assertThat(r1.years().ebitda[4]).isCloseTo(22.0, within(EPS));
    assertThat(r1.exit().ebitda()).isCloseTo(20.0, within(EPS));
    assertThat(rounds.get(1).deal().company().base().ebitda()).isCloseTo(20.0, within(EPS));
    assertThat(rounds.get(1).deal().company().base().ebitda())
        .isCloseTo(BuyoutChain.run(plain, 2).get(1).deal().company().base().ebitda(), within(EPS));
  }

  @Test
  void firstRoundEqualsTheStandaloneDeal() {
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 60.0, 0.10, 6);
    DealResult alone = LboEngine.DEFAULT.run(d.build());
    DealResult first = BuyoutChain.run(template(3), 3).get(0).result();
    assertThat(first.exit().equityValue()).isEqualTo(alone.exit().equityValue());
    assertThat(first.returnOf("fund").irr()).isEqualTo(alone.returnOf("fund").irr());
  }

  /**
   * The employees' blocked participation accounts are a debt of the company that a change of
   * shareholder does not settle: the first exit deducts them from the equity value and the next
   * buyer takes them over, each amount until the end of its period. BlockedOpeningTest's factory
   * (opening [100, 80], five years at 3 %, early release 10 %, the participation not applying),
   * sold after one year and bought again:
   *
   * <pre>
   * round 1, year 1: released 100 + 10 % × 80 = 108; the 80 holds 72, its period ends in year 2
   *          exit: B_1 = 72 (74.16 = 72 × 1.03 with the interest capitalised) off the equity value
   * round 2: base year = round 1's year 1; the 72 ends in its year 1: opening [72] ([74.16])
   *          entry: the shares cost EV − net debt − 72, round 1's equity value at its exit
   *          year 1: released 72 (74.16), B_1 = 0
   * </pre>
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theNextBuyerTakesTheBlockedAccountsOver(boolean capitalised) {
    TestDeals d = BlockedOpeningTest.factory(2, List.of(100.0, 80.0), capitalised);
    d.exitYear = 1;
    List<BuyoutChain.Round> rounds = BuyoutChain.run(d.build(), 2);
    DealResult r1 = rounds.get(0).result();
    DealResult r2 = rounds.get(1).result();
    double held = capitalised ? 72.0 * 1.03 : 72.0;
    assertThat(r1.years().participationReleased[0]).isCloseTo(108.0, within(EPS));
    assertThat(r1.exit().blockedAccounts()).isCloseTo(held, within(EPS));
    List<Double> opening = rounds.get(1).deal().participation().blockedOpening();
    assertThat(opening).hasSize(1);
    assertThat(opening.get(0)).isCloseTo(held, within(EPS));
    // the second buyer pays for the shares what the first exit valued them at
    assertThat(r2.sourcesAndUses().equityPurchasePrice())
        .isCloseTo(r1.exit().equityValue(), within(EPS));
    assertThat(r2.years().participationReleased[0]).isCloseTo(held, within(EPS));
    assertThat(r2.exit().blockedAccounts()).isCloseTo(0.0, within(EPS));
  }

  /**
   * On the legal participation credited to five-year accounts over a five-year hold, what the
   * second buyer takes over is what the first exit deducted, vintage by vintage: the five credits
   * of round 1 (the base year's reserve, credited in year 1, and years 1 to 4's), each ending in
   * one of round 2's first five years.
   */
  @Test
  void theHandedOverVintagesAddUpToTheExitsAccounts() {
    TestDeals d = payroll();
    d.participation = Participation.legal(d.headcount)
        .withBlockedAccounts(5, 0.02, true)
        .withEarlyRelease(0.05);
    d.term("Senior", "banks", 60.0, 0.10, 6);
    List<BuyoutChain.Round> rounds = BuyoutChain.run(d.build(), 2);
    DealResult r1 = rounds.get(0).result();
    List<Double> opening = rounds.get(1).deal().participation().blockedOpening();
    assertThat(r1.exit().blockedAccounts()).isGreaterThan(0.0);
    assertThat(opening).hasSizeLessThanOrEqualTo(5);
    assertThat(opening.stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(r1.exit().blockedAccounts(), within(1e-9 * r1.exit().blockedAccounts()));
    assertThat(rounds.get(1).result().sourcesAndUses().equityPurchasePrice())
        .isCloseTo(r1.exit().equityValue(), within(EPS));
  }

  @Test
  void chainLongerThanTheProjectionIsRefused() {
    assertThatThrownBy(() -> BuyoutChain.run(template(2), 3))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("chain.rounds")
        .hasMessageContaining("need 15 projected years, found 10");
  }
}
