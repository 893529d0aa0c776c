package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.Cooperative;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;
import org.reprise.model.EquityClass.Role;
import org.reprise.model.Financing;
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
    assertThat(v.rolesGiven()).isFalse();
    assertThat(v.coInvestors()).isEmpty();
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

  // ---- roles named in the deal file (EquityClass.role)

  /** Adds a class with a role ({@code null}: none); ordinary shares pro rata to the amounts. */
  private static void add(TestDeals d, String name, String holder, EquityClass.Kind kind,
      double amount, double ownership, Role role) {
    d.equity.add(new EquityClass(name, holder, kind, amount,
        kind == EquityClass.Kind.ORDINARY ? 0.0 : 0.06, ownership, role));
  }

  /**
   * The employee buyout of examples/, its friendly investor named the sponsor and the employees
   * the management: the investor puts in 2,000,000 in ordinary shares and 3,826,000 in preferred
   * shares for 2.0 / 7.2 = 27.8 % of the ordinary shares, the employees 2,700,000 + 2,500,000 =
   * 5,200,000 for 5.2 / 7.2 = 72.2 %: (5,826,000 / (2.0 / 7.2)) / (5,200,000 / (5.2 / 7.2)) =
   * 20,973,600 / 7,200,000 = 2.913×. The sponsor named, it need not hold the most shares.
   */
  @Test
  void aNamedMinoritySponsor() {
    TestDeals d = new TestDeals();
    add(d, "Employees' shares", "employees", EquityClass.Kind.ORDINARY, 2_700_000.0, Double.NaN,
        Role.MANAGEMENT);
    add(d, "Fund shares", "employees", EquityClass.Kind.ORDINARY, 2_500_000.0, Double.NaN, null);
    add(d, "Investor shares", "investor", EquityClass.Kind.ORDINARY, 2_000_000.0, Double.NaN,
        Role.SPONSOR);
    add(d, "Investor preferred", "investor", EquityClass.Kind.PREFERRED, 3_826_000.0, Double.NaN,
        null);
    EnvyRatio v = of(d);
    assertThat(v.status()).isEqualTo(EnvyRatio.Status.APPLICABLE);
    assertThat(v.rolesGiven()).isTrue();
    assertThat(v.sponsor()).isEqualTo("investor");
    assertThat(v.management()).containsExactly("employees");
    assertThat(v.sponsorInvested()).isEqualTo(5_826_000.0);
    assertThat(v.sponsorShare()).isCloseTo(2.0 / 7.2, within(1e-15));
    assertThat(v.managementInvested()).isEqualTo(5_200_000.0);
    assertThat(v.managementShare()).isCloseTo(5.2 / 7.2, within(1e-15));
    assertThat(v.sponsorInvested() / v.sponsorShare()).isCloseTo(20_973_600.0, within(1e-6));
    assertThat(v.managementInvested() / v.managementShare()).isCloseTo(7_200_000.0, within(1e-6));
    assertThat(v.ratio()).isCloseTo(2.913, within(1e-12));
  }

  /**
   * A co-investor who pays the fund's price is left out, instead of diluting the management: fund
   * 3,780 for 80 % and its loan 9,869, management 420 for 15 %, the co-investor 200 for 5 %:
   * (13,649 / 0.8) / (420 / 0.15) = 17,061.25 / 2,800 = 6.0933× (5.5036× with the co-investor
   * in the management, {@link #severalManagementHoldersTogether}).
   */
  @Test
  void aCoInvestorIsLeftOut() {
    TestDeals d = new TestDeals();
    add(d, "Fund shares", "fund", EquityClass.Kind.ORDINARY, 3_780.0, 0.80, Role.SPONSOR);
    add(d, "Management shares", "management", EquityClass.Kind.ORDINARY, 420.0, 0.15,
        Role.MANAGEMENT);
    add(d, "Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 9_869.0, Double.NaN, null);
    add(d, "Co-investor shares", "co-investor", EquityClass.Kind.ORDINARY, 200.0, 0.05,
        Role.CO_INVESTOR);
    EnvyRatio v = of(d);
    assertThat(v.applies()).isTrue();
    assertThat(v.sponsorInvested()).isEqualTo(13_649.0);
    assertThat(v.management()).containsExactly("management");
    assertThat(v.managementInvested()).isEqualTo(420.0);
    assertThat(v.managementShare()).isEqualTo(0.15);
    assertThat(v.coInvestors()).containsExactly("co-investor");
    assertThat(v.ratio()).isCloseTo(17_061.25 / 2_800.0, within(1e-12));
    assertThat(v.ratio()).isCloseTo(6.0933, within(1e-4));
  }

  /**
   * With roles, a holder without a role that holds ordinary shares is on the management side; one
   * without ordinary shares (a holder of preferred shares only) is left out, as without roles:
   * fund 3,780 for 80 % and its loan 9,869, management 420 for 15 %, the employees (no role) 100
   * for 5 %, a mezzanine investor (no role) 500 in preferred shares: (13,649 / 0.8) / (520 / 0.2)
   * = 17,061.25 / 2,600 = 6.5620×.
   */
  @Test
  void holdersWithoutARoleAreManagementWhenTheyHoldShares() {
    TestDeals d = new TestDeals();
    add(d, "Fund shares", "fund", EquityClass.Kind.ORDINARY, 3_780.0, 0.80, Role.SPONSOR);
    add(d, "Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 9_869.0, Double.NaN, null);
    add(d, "Management shares", "management", EquityClass.Kind.ORDINARY, 420.0, 0.15,
        Role.MANAGEMENT);
    add(d, "Employee shares", "employees", EquityClass.Kind.ORDINARY, 100.0, 0.05, null);
    add(d, "Mezzanine preferred", "mezzanine", EquityClass.Kind.PREFERRED, 500.0, Double.NaN,
        null);
    EnvyRatio v = of(d);
    assertThat(v.management()).containsExactly("management", "employees");
    assertThat(v.managementInvested()).isEqualTo(520.0);
    assertThat(v.managementShare()).isCloseTo(0.2, within(1e-15));
    assertThat(v.coInvestors()).isEmpty();
    assertThat(v.ratio()).isCloseTo(6.5620, within(1e-4));
  }

  /** Naming only the sponsor is enough: the other holders of ordinary shares are management. */
  @Test
  void onlyTheSponsorNamed() {
    TestDeals d = new TestDeals();
    add(d, "Fund shares", "fund", EquityClass.Kind.ORDINARY, 3_780.0, 0.85, Role.SPONSOR);
    add(d, "Management shares", "management", EquityClass.Kind.ORDINARY, 420.0, 0.15, null);
    add(d, "Fund loan", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 9_869.0, Double.NaN, null);
    EnvyRatio v = of(d);
    assertThat(v.rolesGiven()).isTrue();
    assertThat(v.ratio()).isEqualTo(of(fundAndManagement()).ratio());
  }

  /** The sponsor and co-investors hold every ordinary share: no management side. */
  @Test
  void noManagementBesideTheCoInvestors() {
    TestDeals d = new TestDeals();
    add(d, "Fund shares", "fund", EquityClass.Kind.ORDINARY, 800.0, 0.8, Role.SPONSOR);
    add(d, "Partner shares", "partner", EquityClass.Kind.ORDINARY, 200.0, 0.2, Role.CO_INVESTOR);
    EnvyRatio v = of(d);
    assertThat(v.status()).isEqualTo(EnvyRatio.Status.NO_MANAGEMENT);
    assertThat(v.management()).isEmpty();
    assertThat(v.managementShare()).isNaN();
    assertThat(v.coInvestors()).containsExactly("partner");
    assertThat(v.ratio()).isNaN();
  }

  /** A named sponsor with preferred shares only would pay an infinite price per share. */
  @Test
  void aNamedSponsorWithoutOrdinaryShares() {
    TestDeals d = new TestDeals();
    add(d, "Fund preferred", "fund", EquityClass.Kind.PREFERRED, 900.0, Double.NaN, Role.SPONSOR);
    add(d, "Management shares", "management", EquityClass.Kind.ORDINARY, 100.0, Double.NaN,
        Role.MANAGEMENT);
    EnvyRatio v = of(d);
    assertThat(v.status()).isEqualTo(EnvyRatio.Status.SPONSOR_HOLDS_NO_SHARES);
    assertThat(v.sponsor()).isEqualTo("fund");
    assertThat(v.sponsorShare()).isZero();
    assertThat(v.ratio()).isNaN();
  }

  @Test
  void aNamedManagementThatPaidNothing() {
    TestDeals d = new TestDeals();
    add(d, "Fund shares", "fund", EquityClass.Kind.ORDINARY, 1_000.0, 0.9, Role.SPONSOR);
    add(d, "Free shares", "management", EquityClass.Kind.ORDINARY, 0.0, 0.1, Role.MANAGEMENT);
    EnvyRatio v = of(d);
    assertThat(v.status()).isEqualTo(EnvyRatio.Status.MANAGEMENT_PAID_NOTHING);
    assertThat(v.ratio()).isNaN();
  }

  /** The roles change nothing in a SCOP or the status quo. */
  @Test
  void rolesInAScopOrTheStatusQuo() {
    TestDeals d = new TestDeals();
    add(d, "Fund shares", "fund", EquityClass.Kind.ORDINARY, 900.0, Double.NaN, Role.SPONSOR);
    add(d, "Management shares", "management", EquityClass.Kind.ORDINARY, 100.0, Double.NaN,
        null);
    d.structure = Structure.Kind.UNCHANGED;
    EnvyRatio v = of(d);
    assertThat(v.status()).isEqualTo(EnvyRatio.Status.NO_BUYOUT);
    assertThat(v.rolesGiven()).isFalse();
  }

  /** The model checks the rules the deal reader reports with key paths. */
  @Test
  void theFinancingChecksTheRoles() {
    EquityClass fund = new EquityClass("F", "fund", EquityClass.Kind.ORDINARY, 900.0, 0.0,
        Double.NaN, Role.SPONSOR);
    EquityClass loan = new EquityClass("L", "fund", EquityClass.Kind.SHAREHOLDER_LOAN, 900.0,
        0.1, Double.NaN, Role.MANAGEMENT);
    EquityClass other = new EquityClass("O", "other", EquityClass.Kind.ORDINARY, 100.0, 0.0,
        Double.NaN, Role.SPONSOR);
    EquityClass managers = new EquityClass("M", "managers", EquityClass.Kind.ORDINARY, 100.0,
        0.0, Double.NaN, Role.MANAGEMENT);
    assertThatThrownBy(() -> new Financing(List.of(fund, loan), List.of(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two roles");
    assertThatThrownBy(() -> new Financing(List.of(fund, other), List.of(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found 2");
    assertThatThrownBy(() -> new Financing(List.of(managers), List.of(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found 0");
    assertThat(new Financing(List.of(fund, managers), List.of(), 0, 0).equity()).hasSize(2);
  }
}
