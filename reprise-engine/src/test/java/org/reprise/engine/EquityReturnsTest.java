package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.model.EquityClass;

/**
 * Hand-worked returns per instrument, of all the equity together and the envy ratio
 * (docs/methodology.md §8.1, §8.2). Every expected number is derived in the comments.
 */
class EquityReturnsTest {

  private static final double EPS = 1e-9;

  /**
   * No debt, no tax, nothing but the equity: revenue 14,069 flat at a 20 % margin, EBITDA
   * 2,813.8, price 5 × 2,813.8 = 14,069 = fund ordinary shares 3,780 (90 % of the ordinary
   * equity) + management ordinary shares 420 (10 %) + the fund's 10 % shareholder loan, the
   * balance, 14,069 − 4,200 = 9,869.
   */
  private static TestDeals strip() {
    TestDeals d = new TestDeals();
    d.revenue = 14_069.0;
    d.tax = TestDeals.generic(0.0);
    d.ordinary("Fund shares", "fund", 3_780.0, 0.9);
    d.ordinary("Management shares", "management", 420.0, 0.1);
    d.equity("Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, Double.NaN, 0.10);
    return d;
  }

  /**
   * The cash is kept: 5 × 2,813.8 = 14,069 at the exit, beside the EV of 5 × 2,813.8 = 14,069,
   * so 28,138 to share.
   *
   * <pre>
   * loan:        claim 9,869 × 1.1^5 = 15,894.12319: −9,869 → +15,894.12319, IRR 10 %
   * ordinary:    28,138 − 15,894.12319 = 12,243.87681
   *   fund       90 % = 11,019.48913: multiple 11,019.48913 / 3,780 = 2.915209, IRR 23.86 %
   *   management 10 % =  1,224.38768: the same multiple and IRR
   * all equity:  −14,069 → +28,138: multiple 2 exactly, IRR 2^(1/5) − 1 = 14.87 %
   * fund party:  −13,649 → +26,913.61232 = its loan + its shares
   * envy ratio:  (13,649 / 0.9) / (420 / 0.1) = 15,165.56 / 4,200 = 3.6108×
   * </pre>
   */
  @Test
  void shareholderLoanStripAgainstOrdinaryShares() {
    DealResult r = LboEngine.DEFAULT.run(strip().build());
    EquityReturns e = r.equityReturns();
    assertThat(e.instruments()).extracting(InstrumentReturn::name)
        .containsExactly("Fund shares", "Management shares", "Fund loan");

    InstrumentReturn loan = e.instrument("Fund loan");
    double claim = 9_869.0 * Math.pow(1.1, 5);
    assertThat(claim).isCloseTo(15_894.12319, within(1e-5));
    assertThat(loan.kind()).isEqualTo(EquityClass.Kind.SHAREHOLDER_LOAN);
    assertThat(loan.ownership()).isZero();
    assertThat(loan.flows()).containsExactly(new double[] {-9_869.0, 0, 0, 0, 0, claim},
        within(EPS));
    assertThat(loan.irr()).isCloseTo(0.10, within(1e-12));
    assertThat(loan.moic()).isCloseTo(1.61051, within(1e-12));

    double ordinary = 28_138.0 - claim;
    InstrumentReturn fund = e.instrument("Fund shares");
    InstrumentReturn mgmt = e.instrument("Management shares");
    assertThat(fund.ownership()).isEqualTo(0.9);
    assertThat(fund.proceeds()).isCloseTo(0.9 * ordinary, within(EPS));
    assertThat(fund.proceeds()).isCloseTo(11_019.48913, within(1e-5));
    assertThat(mgmt.proceeds()).isCloseTo(1_224.38768, within(1e-5));
    double multiple = 0.9 * ordinary / 3_780.0;
    assertThat(multiple).isCloseTo(2.915209, within(1e-6));
    assertThat(fund.moic()).isCloseTo(multiple, within(1e-12));
    assertThat(mgmt.moic()).isCloseTo(multiple, within(1e-12));
    assertThat(fund.irr()).isCloseTo(Math.pow(multiple, 0.2) - 1.0, within(1e-12));
    assertThat(fund.irr()).isCloseTo(0.2386, within(1e-4));

    PartyReturn all = e.blended();
    assertThat(all.party()).isEqualTo(EquityReturns.ALL_EQUITY);
    assertThat(all.invested()).isCloseTo(14_069.0, within(EPS));
    assertThat(all.proceeds()).isCloseTo(28_138.0, within(EPS));
    assertThat(all.moic()).isCloseTo(2.0, within(1e-12));
    assertThat(all.irr()).isCloseTo(Math.pow(2.0, 0.2) - 1.0, within(1e-12));

    assertThat(r.returnOf("fund").proceeds()).isCloseTo(26_913.61232, within(1e-5));

    EnvyRatio envy = e.envyRatio();
    assertThat(envy.status()).isEqualTo(EnvyRatio.Status.APPLICABLE);
    assertThat(envy.sponsor()).isEqualTo("fund");
    assertThat(envy.management()).containsExactly("management");
    assertThat(envy.sponsorInvested()).isCloseTo(13_649.0, within(EPS));
    assertThat(envy.sponsorShare()).isEqualTo(0.9);
    assertThat(envy.managementInvested()).isEqualTo(420.0);
    assertThat(envy.managementShare()).isEqualTo(0.1);
    assertThat(envy.ratio()).isCloseTo((13_649.0 / 0.9) / (420.0 / 0.1), within(1e-12));
    assertThat(envy.ratio()).isCloseTo(3.6108, within(1e-4));
  }

  /**
   * The same deal paying out all its cash each year (2,813.8), in the exit's order of priority
   * (§5.5): the loan first, up to its claim accrued to the year end, then the ordinary shares.
   *
   * <pre>
   * year  loan claim           paid to the loan  left of the claim  to the ordinary shares
   * 1     9,869 × 1.1 = 10,855.9      2,813.8        8,042.1                  0
   * 2     8,846.31                     2,813.8        6,032.51                 0
   * 3     6,635.761                    2,813.8        3,821.961                0
   * 4     4,204.1571                   2,813.8        1,390.3571               0
   * 5     1,529.39281                  1,529.39281    0                        1,284.40719
   * exit: no cash, the loan owed nothing: the EV of 14,069 goes to the ordinary shares
   * loan:        repaid exactly at its accrual rate, IRR 10 %
   * management:  −420, then 10 % × (1,284.40719 + 14,069) = 1,535.34072 in year 5
   * </pre>
   */
  @Test
  void distributionsReachTheLoanFirst() {
    TestDeals d = strip();
    d.distributions = 1.0;
    EquityReturns e = LboEngine.DEFAULT.run(d.build()).equityReturns();
    double[] loan = e.instrument("Fund loan").flows();
    assertThat(loan).containsExactly(
        new double[] {-9_869.0, 2_813.8, 2_813.8, 2_813.8, 2_813.8, 1_529.39281}, within(1e-5));
    assertThat(e.instrument("Fund loan").irr()).isCloseTo(0.10, within(1e-12));
    assertThat(e.instrument("Management shares").flows()).containsExactly(
        new double[] {-420.0, 0, 0, 0, 0, 1_535.34072}, within(1e-5));
    assertThat(e.instrument("Fund shares").flows()[5]).isCloseTo(
        0.9 * (2_813.8 - 1_529.39281 + 14_069.0), within(1e-5));
    assertThat(e.blended().flows()).containsExactly(
        new double[] {-14_069.0, 2_813.8, 2_813.8, 2_813.8, 2_813.8, 2_813.8 + 14_069.0},
        within(1e-6));
  }
}
