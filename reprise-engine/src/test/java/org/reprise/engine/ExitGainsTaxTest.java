package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.model.EquityClass.Kind;
import org.reprise.model.PersonalTax;

/**
 * The individuals' tax on their exit gains (docs/methodology.md §8.4, CGI art. 163 bis H):
 * hand-worked cases, the identities on random classes, and the errors.
 */
class ExitGainsTaxTest {

  private static final double EPS = 1e-6;

  /** Managers and employees are individuals; the flat tax 31.4 %; 45 % + 10 % on salary. */
  private static final PersonalTax TERMS = new PersonalTax(List.of("management", "employees"),
      List.of("Management shares"), PersonalTax.DEFAULT_CAPITAL_GAINS_RATE, 0.45,
      PersonalTax.DEFAULT_SALARY_CONTRIBUTION);

  /** A class paying {@code invested} at the closing and receiving {@code received} at year n. */
  private static InstrumentReturn instrument(
      String name, String holder, Kind kind, double invested, double received, int years) {
    double[] flows = new double[years + 1];
    flows[0] = -invested;
    flows[years] = received;
    return new InstrumentReturn(name, holder, kind, 0.0, flows, invested, received,
        received / invested);
  }

  /** The fund 8.5 M€ → 11.75, the managers 1 → 12, the employees 0.5 → 1.25, over n years. */
  private static List<InstrumentReturn> deal(int years, double managersReceive) {
    return List.of(
        instrument("Fund shares", "fund", Kind.ORDINARY, 8_500_000, 11_750_000, years),
        instrument("Management shares", "management", Kind.ORDINARY, 1_000_000,
            managersReceive, years),
        instrument("Employee shares", "employees", Kind.ORDINARY, 500_000, 1_250_000, years));
  }

  /**
   * The managers' package over 5 years. All the equity: 10 M€ in, 11.75 + 12 + 1.25 = 25 M€ out,
   * ratio 2.5. Managers: invested 1 M€, received 12 M€, gain 11 M€; ceiling 1 × (3 × 2.5 − 1) =
   * 6.5 M€ of capital gain, 11 − 6.5 = 4.5 M€ of salary. Taxes: 6.5 × 31.4 % = 2.041 M€; 4.5 × 45
   * % = 2.025 M€ of income tax and 4.5 × 10 % = 0.45 M€ of contribution; 4.516 M€ in all. Net
   * gain 11 − 4.516 = 6.484 M€, net received 12 − 4.516 = 7.484 M€, net multiple 7.484×, net IRR
   * 7.484^(1/5) − 1 = 49.58 % against 12^(1/5) − 1 = 64.38 % before tax. Employees (not a
   * package): gain 0.75 M€, all capital gain, 0.75 × 31.4 % = 0.2355 M€. The fund: not taxed
   * here. The State: 4.516 + 0.2355 = 4.7515 M€.
   */
  @Test
  void handWorkedManagementPackage() {
    ExitGainsTax t = ExitGainsTax.of(TERMS, deal(5, 12_000_000), 5);
    assertThat(t.performanceRatio()).isCloseTo(2.5, within(1e-12));
    assertThat(t.classes()).extracting(ExitGainsTax.ClassTax::name)
        .containsExactly("Management shares", "Employee shares");
    ExitGainsTax.ClassTax m = t.classes().get(0);
    assertThat(m.managementPackage()).isTrue();
    assertThat(m.gain()).isCloseTo(11_000_000, within(EPS));
    assertThat(m.ceiling()).isCloseTo(6_500_000, within(EPS));
    assertThat(m.capitalGain()).isCloseTo(6_500_000, within(EPS));
    assertThat(m.salary()).isCloseTo(4_500_000, within(EPS));
    assertThat(m.capitalGainsTax()).isCloseTo(2_041_000, within(EPS));
    assertThat(m.salaryTax()).isCloseTo(2_025_000, within(EPS));
    assertThat(m.salaryContribution()).isCloseTo(450_000, within(EPS));
    assertThat(m.tax()).isCloseTo(4_516_000, within(EPS));
    assertThat(m.netGain()).isCloseTo(6_484_000, within(EPS));
    assertThat(m.netMultiple()).isCloseTo(7.484, within(1e-12));
    assertThat(m.grossMultiple()).isCloseTo(12.0, within(1e-12));
    assertThat(m.netIrr()).isCloseTo(Math.pow(7.484, 0.2) - 1, within(1e-9));
    assertThat(m.grossIrr()).isCloseTo(Math.pow(12, 0.2) - 1, within(1e-9));
    assertThat(m.netFlows()[5]).isCloseTo(7_484_000, within(EPS));
    ExitGainsTax.ClassTax e = t.classes().get(1);
    assertThat(e.managementPackage()).isFalse();
    assertThat(e.ceiling()).isNaN();
    assertThat(e.capitalGain()).isCloseTo(750_000, within(EPS));
    assertThat(e.salary()).isZero();
    assertThat(e.tax()).isCloseTo(235_500, within(EPS));
    assertThat(t.totalTax()).isCloseTo(4_751_500, within(EPS));
    assertThat(t.totalCapitalGainsTax()).isCloseTo(2_041_000 + 235_500, within(EPS));
    assertThat(t.totalSalaryTax()).isCloseTo(2_475_000, within(EPS));
    assertThat(t.totalGain()).isCloseTo(11_750_000, within(EPS));
  }

  /**
   * Dividends are taxed apart, at the flat rate, the year they are received (review 34, W1): the
   * managers' package of the hand-worked case receives 0.5 M€ of dividends in year 3 and 0.3 M€
   * in year 5 beside 11.2 M€ of exit proceeds (12 M€ in all, as before). The ratio counts them
   * (still 2.5), the ceiling is 6.5 M€; the exit gain 11.2 − 1 = 10.2 M€: 6.5 M€ of capital gain
   * and 3.7 M€ of salary (not 4.5). Taxes: 6.5 × 31.4 % = 2.041 M€; 0.8 × 31.4 % = 0.2512 M€ on
   * the dividends (0.157 in year 3, 0.0942 in year 5); 3.7 × 55 % = 2.035 M€ on the salary; in all
   * 4.3272 M€ instead of 4.516 M€: the 0.8 M€ taxed at 31.4 % instead of 55 %.
   */
  @Test
  void dividendsAreTaxedApartAtTheFlatRate() {
    double[] flows = {-1_000_000, 0, 0, 500_000, 0, 300_000 + 11_200_000};
    InstrumentReturn managers = new InstrumentReturn("Management shares", "management",
        Kind.ORDINARY, 0.0, flows, 1_000_000, 12_000_000, 12.0, 11_200_000);
    List<InstrumentReturn> all = List.of(
        instrument("Fund shares", "fund", Kind.ORDINARY, 8_500_000, 11_750_000, 5), managers,
        instrument("Employee shares", "employees", Kind.ORDINARY, 500_000, 1_250_000, 5));
    ExitGainsTax t = ExitGainsTax.of(TERMS, all, 5);
    assertThat(t.performanceRatio()).isCloseTo(2.5, within(1e-12));
    ExitGainsTax.ClassTax m = t.classes().get(0);
    assertThat(m.dividends()).isCloseTo(800_000, within(EPS));
    assertThat(m.gain()).isCloseTo(11_000_000, within(EPS));
    assertThat(m.exitGain()).isCloseTo(10_200_000, within(EPS));
    assertThat(m.capitalGain()).isCloseTo(6_500_000, within(EPS));
    assertThat(m.salary()).isCloseTo(3_700_000, within(EPS));
    assertThat(m.dividendTax()).isCloseTo(251_200, within(EPS));
    assertThat(m.tax()).isCloseTo(2_041_000 + 251_200 + 1_665_000 + 370_000, within(EPS));
    assertThat(m.tax()).isCloseTo(4_327_200, within(EPS));
    assertThat(m.netFlows()[3]).isCloseTo(500_000 - 157_000, within(EPS));
    assertThat(m.netFlows()[5])
        .isCloseTo(11_500_000 - 94_200 - 2_041_000 - 2_035_000, within(EPS));
    assertThat(t.totalCapitalGainsTax()).isCloseTo(2_041_000 + 251_200 + 235_500, within(EPS));
    // a shareholder loan's repayments are not dividends: its whole gain is taxed at the exit
    InstrumentReturn loan = new InstrumentReturn("Loan", "employees", Kind.SHAREHOLDER_LOAN, 0.0,
        new double[] {-100, 60, 0, 0, 0, 70}, 100, 130, 1.3, 70);
    ExitGainsTax.ClassTax l = ExitGainsTax.classTax(TERMS, loan, 2.5, 5);
    assertThat(l.dividends()).isZero();
    assertThat(l.capitalGain()).isCloseTo(30, within(EPS));
    assertThat(l.netFlows()[1]).isEqualTo(60);
  }

  /**
   * A holder's exit loss offsets its capital gains of the same exit (CGI art. 150-0 D, 11; review
   * 35, M1): the managers hold the package of {@link #handWorkedManagementPackage} (1 M€ in, 12 M€
   * at the exit) and preferred shares of 10 M€ that distributions paid down, 12.4474 M€ of
   * dividends in year 3 and nothing at the exit: an exit loss of 10 M€. All the equity: 20 M€ in,
   * 11.75 + 12 + 1.25 + 12.4474 = 37.4474 M€ out, ratio 1.87237; the package's ceiling 1 × (3 ×
   * 1.87237 − 1) = 4.61711 M€ of capital gain, 11 − 4.61711 = 6.38289 M€ of salary, taxed
   * 4.61711 × 31.4 % + 6.38289 × 55 % = 4.960362 M€. The loss offsets the 4.61711 M€ of capital
   * gain (not the salary): a saving of 4.61711 × 31.4 % = 1.4497725 M€ on the preferred shares'
   * line, whose tax is 12.4474 × 31.4 % = 3.9084836 M€ on the dividends less it, 2.4587111 M€.
   * The employees, another holder, keep their own tax.
   */
  @Test
  void aHoldersExitLossOffsetsItsOtherCapitalGains() {
    InstrumentReturn preferred = new InstrumentReturn("Management preferred", "management",
        Kind.PREFERRED, 0.0, new double[] {-10_000_000, 0, 0, 12_447_400, 0, 0}, 10_000_000,
        12_447_400, 1.24474, 0.0);
    List<InstrumentReturn> all = new java.util.ArrayList<>(deal(5, 12_000_000));
    all.add(preferred);
    ExitGainsTax t = ExitGainsTax.of(TERMS, all, 5);
    ExitGainsTax.ClassTax m = t.classes().get(0);
    ExitGainsTax.ClassTax p = t.classes().get(2);
    assertThat(p.name()).isEqualTo("Management preferred");
    assertThat(t.performanceRatio()).isCloseTo(1.87237, within(1e-12));
    assertThat(m.capitalGain()).isCloseTo(4_617_110, within(EPS));
    assertThat(m.tax()).isCloseTo(4_960_362.04, within(EPS));
    assertThat(m.lossOffset()).isZero();
    assertThat(p.exitGain()).isCloseTo(-10_000_000, within(EPS));
    assertThat(p.lossOffset()).isCloseTo(4_617_110, within(EPS));
    assertThat(p.dividendTax()).isCloseTo(3_908_483.6, within(EPS));
    assertThat(p.capitalGainsTax()).isCloseTo(-1_449_772.54, within(EPS));
    assertThat(p.tax()).isCloseTo(2_458_711.06, within(EPS));
    assertThat(p.netFlows()[5]).isCloseTo(1_449_772.54, within(EPS));
    assertThat(t.classes().get(1).tax()).isCloseTo(235_500, within(EPS));
    // without the package's gain (the managers sell it at a loss too), nothing to offset
    List<InstrumentReturn> lossOnly = new java.util.ArrayList<>(deal(5, 500_000));
    lossOnly.add(preferred);
    ExitGainsTax u = ExitGainsTax.of(TERMS, lossOnly, 5);
    assertThat(u.classes().get(2).lossOffset()).isZero();
    assertThat(u.classes().get(2).capitalGainsTax()).isZero();
  }

  /**
   * A gain below the ceiling is all capital gain: the managers receive 4 M€; all the equity 10 →
   * 17 M€, ratio 1.7, ceiling 1 × (5.1 − 1) = 4.1 M€ ≥ the gain of 3 M€: tax 3 × 31.4 % = 0.942
   * M€.
   */
  @Test
  void aGainBelowTheCeilingIsACapitalGain() {
    ExitGainsTax.ClassTax m = ExitGainsTax.of(TERMS, deal(5, 4_000_000), 5).classes().get(0);
    assertThat(m.ceiling()).isCloseTo(4_100_000, within(EPS));
    assertThat(m.capitalGain()).isCloseTo(3_000_000, within(EPS));
    assertThat(m.salary()).isZero();
    assertThat(m.tax()).isCloseTo(942_000, within(EPS));
  }

  /**
   * Held one year only (less than the two of CGI art. 163 bis H, II): no capital-gain part, the
   * managers' 11 M€ are salary, 11 × (45 % + 10 %) = 6.05 M€. The employees' class, not a
   * package, keeps its flat tax.
   */
  @Test
  void heldLessThanTwoYearsThePackageIsAllSalary() {
    ExitGainsTax t = ExitGainsTax.of(TERMS, deal(1, 12_000_000), 1);
    ExitGainsTax.ClassTax m = t.classes().get(0);
    assertThat(m.ceiling()).isZero();
    assertThat(m.salary()).isCloseTo(11_000_000, within(EPS));
    assertThat(m.tax()).isCloseTo(6_050_000, within(EPS));
    assertThat(t.classes().get(1).tax()).isCloseTo(235_500, within(EPS));
  }

  /**
   * A loss bears no tax and gives no saving: the managers get 0.4 M€ back of 1 M€ (gain −0.6
   * M€): every part and tax 0, net = gross, the net IRR the gross one.
   */
  @Test
  void aLossIsNotTaxed() {
    ExitGainsTax.ClassTax m = ExitGainsTax.of(TERMS, deal(5, 400_000), 5).classes().get(0);
    assertThat(m.gain()).isCloseTo(-600_000, within(EPS));
    assertThat(m.capitalGain()).isZero();
    assertThat(m.salary()).isZero();
    assertThat(m.tax()).isZero();
    assertThat(m.netGain()).isEqualTo(m.gain());
    assertThat(m.netIrr()).isEqualTo(m.grossIrr());
  }

  /** A ratio of 1/3 or less leaves no ceiling: 3 × 0.3 − 1 < 0, the ceiling is 0, not negative. */
  @Test
  void theCeilingIsNeverNegative() {
    assertThat(ExitGainsTax.ceiling(1_000_000, 0.3, 5)).isZero();
    assertThat(ExitGainsTax.ceiling(1_000_000, 1.0 / 3.0, 5)).isCloseTo(0, within(1e-9));
    // 1 × (3 × 1 − 1) = 2: a company that kept its value still gives twice the price
    assertThat(ExitGainsTax.ceiling(1_000_000, 1.0, 2)).isCloseTo(2_000_000, within(EPS));
    assertThat(ExitGainsTax.ceiling(1_000_000, 4.0, 1)).isZero();
  }

  static Stream<Object[]> randomCases() {
    SplittableRandom random = new SplittableRandom(163);
    return IntStream.range(0, 300).mapToObj(k -> {
      int years = 1 + random.nextInt(8);
      double invested = 1 + random.nextDouble() * 5_000_000;
      double received = random.nextDouble() * 15 * invested;
      double ratio = random.nextDouble() * 6;
      double salaryRate = random.nextDouble() * PersonalTax.MAX_SALARY_RATE;
      boolean mp = random.nextBoolean();
      return new Object[] {years, invested, received, ratio, salaryRate, mp};
    });
  }

  /**
   * On random classes: the capital-gain and salary parts add up to the gain (to 0 for a loss);
   * the net gain plus the tax is the gross gain, the net received plus the tax what was received;
   * the tax grows with the gain at a given performance ratio; the net IRR is at most the gross.
   */
  @ParameterizedTest
  @MethodSource("randomCases")
  void partsAddUpAndTaxGrowsWithTheGain(
      int years, double invested, double received, double ratio, double salaryRate,
      boolean mp) {
    PersonalTax terms = new PersonalTax(List.of("management"),
        mp ? List.of("M") : List.of(), PersonalTax.DEFAULT_CAPITAL_GAINS_RATE,
        mp ? salaryRate : Double.NaN, PersonalTax.DEFAULT_SALARY_CONTRIBUTION);
    InstrumentReturn i = instrument("M", "management", Kind.ORDINARY, invested, received, years);
    ExitGainsTax.ClassTax c = ExitGainsTax.classTax(terms, i, ratio, years);
    double tol = 1e-9 * Math.max(1, received);
    assertThat(c.capitalGain() + c.salary()).isCloseTo(Math.max(0, c.gain()), within(tol));
    assertThat(c.capitalGain()).isGreaterThanOrEqualTo(0);
    assertThat(c.salary()).isGreaterThanOrEqualTo(0);
    assertThat(c.netGain() + c.tax()).isCloseTo(c.gain(), within(tol));
    assertThat(c.netReceived() + c.tax()).isCloseTo(received, within(tol));
    assertThat(c.tax()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(
        Math.max(0, c.gain()) * (salaryRate + PersonalTax.DEFAULT_SALARY_CONTRIBUTION
            + PersonalTax.DEFAULT_CAPITAL_GAINS_RATE) + tol);
    if (!mp) {
      assertThat(c.salary()).isZero();
    }
    if (c.gain() > 0 && Double.isFinite(c.netIrr())) {
      assertThat(c.netIrr()).isLessThanOrEqualTo(c.grossIrr() + 1e-9);
    }
    double more = received + 0.1 * invested;
    ExitGainsTax.ClassTax richer = ExitGainsTax.classTax(terms,
        instrument("M", "management", Kind.ORDINARY, invested, more, years), ratio, years);
    assertThat(richer.tax()).isGreaterThanOrEqualTo(c.tax() - tol);
    assertThat(richer.netGain()).isGreaterThanOrEqualTo(c.netGain() - tol);
  }

  /** The terms refuse a rate out of its range and a package without a marginal rate. */
  @Test
  void theTermsRefuseRatesOutOfRange() {
    assertThatThrownBy(() -> new PersonalTax(List.of("m"), List.of("M"), 0.314, Double.NaN, 0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("salaryRate");
    assertThatThrownBy(() -> new PersonalTax(List.of("m"), List.of(), 1.2, Double.NaN, 0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capitalGainsRate");
    assertThatThrownBy(() -> new PersonalTax(List.of("m"), List.of("M"), 0.314, 0.5, 0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("salaryRate");
    assertThatThrownBy(() -> new PersonalTax(List.of("m"), List.of(), 0.314, Double.NaN, -0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("salaryContribution");
    assertThat(new PersonalTax(List.of("m"), List.of(), 0.314, Double.NaN, 0.1).salaryRate())
        .isNaN();
  }

  /** Bad calls: a holding of no year, a package naming no class, a shareholder loan as package. */
  @Test
  void refusesWhatTheRuleCannotTax() {
    assertThatThrownBy(() -> ExitGainsTax.of(TERMS, deal(5, 12_000_000), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holdingYears");
    PersonalTax unknown = new PersonalTax(List.of("management"), List.of("Sweet equity"),
        0.314, 0.45, 0.10);
    assertThatThrownBy(() -> ExitGainsTax.of(unknown, deal(5, 12_000_000), 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Sweet equity");
    PersonalTax loan = new PersonalTax(List.of("management"), List.of("Loan"), 0.314, 0.45, 0.1);
    InstrumentReturn l = instrument("Loan", "management", Kind.SHAREHOLDER_LOAN, 100, 150, 3);
    assertThatThrownBy(() -> ExitGainsTax.of(loan, List.of(l), 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("163 bis H");
  }
}
