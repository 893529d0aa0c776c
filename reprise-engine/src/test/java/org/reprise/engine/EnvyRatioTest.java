package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.Cooperative;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;
import org.reprise.model.Structure;

/**
 * Who is the sponsor, who is the management, and when the envy ratio does not apply
 * (docs/methodology.md §8.2).
 */
class EnvyRatioTest {

  /** @return the envy ratio of {@code d}'s classes, their amounts as given */
  private static EnvyRatio of(TestDeals d) {
    Deal deal = d.build();
    List<EquityClass> classes = deal.financing().equity();
    double[] invested = new double[classes.size()];
    for (int k = 0; k < invested.length; k++) {
      invested[k] = classes.get(k).amount();
    }
    return EnvyRatio.of(deal, invested, ExitWaterfall.ownership(classes, invested));
  }

  private static TestDeals fundAndManagement() {
    TestDeals d = new TestDeals();
    d.ordinary("Fund shares", "fund", 3_780.0, 0.85);
    d.ordinary("Management shares", "management", 420.0, 0.15);
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 9_869.0, 0.10);
    return d;
  }

  /**
   * The factory example's equity: (13,649 / 0.85) / (420 / 0.15) = 16,057.65 / 2,800 = 5.7349×.
   */
  @Test
  void sweetEquity() {
    EnvyRatio v = of(fundAndManagement());
    assertThat(v.applies()).isTrue();
    assertThat(v.ratio()).isCloseTo(5.7349, within(1e-4));
  }

  /**
   * Several management holders are taken together: fund 3,780 for 80 % and its loan 9,869,
   * management 420 for 15 %, a co-investor 200 for 5 %: (13,649 / 0.8) / (620 / 0.2) =
   * 17,061.25 / 3,100 = 5.5036×.
   */
  @Test
  void severalManagementHoldersTogether() {
    TestDeals d = new TestDeals();
    d.ordinary("Fund shares", "fund", 3_780.0, 0.80);
    d.ordinary("Management shares", "management", 420.0, 0.15);
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 9_869.0, 0.10);
    d.ordinary("Co-investor shares", "co-investor", 200.0, 0.05);
    EnvyRatio v = of(d);
    assertThat(v.management()).containsExactly("management", "co-investor");
    assertThat(v.managementInvested()).isEqualTo(620.0);
    assertThat(v.managementShare()).isCloseTo(0.2, within(1e-15));
    assertThat(v.ratio()).isCloseTo(5.5036, within(1e-4));
  }

  /** Ordinary shares bought at the same price by everyone, pro rata: a ratio of exactly 1. */
  @Test
  void sameTermsForEveryone() {
    TestDeals d = new TestDeals();
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 900.0, 0.0);
    d.equity("Management shares", "management", EquityClass.Kind.ORDINARY, 100.0, 0.0);
    assertThat(of(d).ratio()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void oneHolderOfOrdinarySharesHasNoManagement() {
    TestDeals d = new TestDeals();
    d.equity("Fund shares", "fund", EquityClass.Kind.ORDINARY, 400.0, 0.0);
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 600.0, 0.1);
    EnvyRatio v = of(d);
    assertThat(v.status()).isEqualTo(EnvyRatio.Status.NO_MANAGEMENT);
    assertThat(v.sponsor()).isEqualTo("fund");
    assertThat(v.management()).isEmpty();
    assertThat(v.ratio()).isNaN();
  }

  /**
   * The employee buyout's shape: the employees put 5.2 M€ in ordinary shares (72 %), the friendly
   * investor 2.0 M€ in ordinary shares (28 %) and 3.8 M€ in preferred shares: the largest
   * investor does not hold the most ordinary shares, nobody leads as a sponsor.
   */
  @Test
  void employeeBuyoutWithAMinorityInvestorIsNotSponsorLed() {
    TestDeals d = new TestDeals();
    d.equity("Employees' shares", "employees", EquityClass.Kind.ORDINARY, 2_700_000.0, 0.0);
    d.equity("Fund shares", "employees", EquityClass.Kind.ORDINARY, 2_500_000.0, 0.0);
    d.equity("Investor shares", "investor", EquityClass.Kind.ORDINARY, 2_000_000.0, 0.0);
    d.equity("Investor preferred", "investor", EquityClass.Kind.PREFERRED, 3_800_000.0, 0.06);
    EnvyRatio v = of(d);
    assertThat(v.status()).isEqualTo(EnvyRatio.Status.NOT_SPONSOR_LED);
    assertThat(v.sponsor()).isEqualTo("investor");
    assertThat(v.sponsorShare()).isCloseTo(2.0 / 7.2, within(1e-15));
    assertThat(v.ratio()).isNaN();
  }

  @Test
  void managementThatPaidNothingHasNoRatio() {
    TestDeals d = new TestDeals();
    d.ordinary("Fund shares", "fund", 1_000.0, 0.9);
    d.ordinary("Free shares", "management", 0.0, 0.1);
    EnvyRatio v = of(d);
    assertThat(v.status()).isEqualTo(EnvyRatio.Status.MANAGEMENT_PAID_NOTHING);
    assertThat(v.managementShare()).isEqualTo(0.1);
    assertThat(v.ratio()).isNaN();
  }

  @Test
  void theStatusQuoHasNoBuyer() {
    TestDeals d = fundAndManagement();
    d.structure = Structure.Kind.UNCHANGED;
    EnvyRatio v = of(d);
    assertThat(v.status()).isEqualTo(EnvyRatio.Status.NO_BUYOUT);
    assertThat(v.sponsor()).isEmpty();
    assertThat(v.sponsorInvested()).isNaN();
    assertThat(v.ratio()).isNaN();
  }

  @Test
  void aScopHasNoSponsor() {
    TestDeals d = fundAndManagement();
    d.cooperative = new Cooperative(0.4, 0.4, 0.2, false, false, TestDeals.fill(d.years, 1e4),
        new double[d.years], List.of("management"), 10, 1, null);
    assertThat(of(d).status()).isEqualTo(EnvyRatio.Status.COOPERATIVE);
  }

  /** On a tie of investments the first holder in file order is the sponsor. */
  @Test
  void aTieGoesToTheFirstHolder() {
    TestDeals d = new TestDeals();
    d.ordinary("A shares", "a", 500.0, 0.5);
    d.ordinary("B shares", "b", 500.0, 0.5);
    EnvyRatio v = of(d);
    assertThat(v.sponsor()).isEqualTo("a");
    assertThat(v.ratio()).isCloseTo(1.0, within(1e-15));
  }
}
