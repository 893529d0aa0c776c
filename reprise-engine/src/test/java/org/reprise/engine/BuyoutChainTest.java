package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.DealException;

class BuyoutChainTest {
  private static final double EPS = 1e-9;

  private static Deal template(int rounds) {
    TestDeals d = new TestDeals();
    d.years = 5 * rounds;
    d.exitYear = 5;
    d.term("Senior", "banks", 60.0, 0.10, 6);
    return d.build();
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
    TestDeals d = new TestDeals();
    d.years = 10;
    d.exitYear = 5;
    d.variableShareOfCosts = 0.4;
    d.fixedCosts = 40.0;
    d.personnelShareOfFixed = 1.0;
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

  @Test
  void chainLongerThanTheProjectionIsRefused() {
    assertThatThrownBy(() -> BuyoutChain.run(template(2), 3))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("chain.rounds")
        .hasMessageContaining("need 15 projected years, found 10");
  }
}
