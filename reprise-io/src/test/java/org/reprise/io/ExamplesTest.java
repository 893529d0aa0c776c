package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;
import org.reprise.model.Tranche;
import org.reprise.model.Valuation;

/** The examples of the repository's {@code examples/} directory read as their comments say. */
class ExamplesTest {

  static final Path EXAMPLES = Path.of("..", "examples");

  @ParameterizedTest
  @ValueSource(strings = {
    "decolletage-secondary-lbo.yaml", "paper-lbo.yaml", "employee-buyout.yaml",
    "decolletage-scenarios.yaml", "decolletage-chain.yaml", "decolletage-recap.yaml",
    "fr/decolletage-lbo-secondaire.yaml", "fr/decolletage-scenarios.yaml"})
  void exampleReadsAndEqualsItsJsonVersion(String file) throws Exception {
    Deal deal = DealReader.read(EXAMPLES.resolve(file));
    assertThat(deal.years()).isBetween(1, 30);
    String json = TestDeals.JSON.writeValueAsString(
        TestDeals.YAML.readTree(Files.readString(EXAMPLES.resolve(file))));
    DealReaderTest.assertSameDeal(DealReader.parse(json, file.replace(".yaml", ".json")), deal);
  }

  @Test
  void secondaryLbo() {
    Deal d = DealReader.read(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    assertThat(d.company().name()).isEqualTo("Décolletage du Haut-Giffre SAS");
    assertThat(d.company().base().ebitda()).isEqualTo(5_400_000);
    assertThat(d.years()).isEqualTo(5);
    double price = d.transaction().entryValue().value() * d.company().base().ebitda();
    assertThat(price).isEqualTo(37_800_000);
    EquityClass fundShares = d.financing().equity().get(0);
    assertThat(fundShares.holder()).isEqualTo("fund");
    assertThat(fundShares.amount() / price).isCloseTo(0.10, within(0.005));
    assertThat(d.financing().equity()).filteredOn(EquityClass::isBalancing).singleElement()
        .extracting(EquityClass::kind).isEqualTo(EquityClass.Kind.SHAREHOLDER_LOAN);
    assertThat(d.financing().debt()).extracting(Tranche::kind).containsExactly(
        Tranche.Kind.REVOLVER, Tranche.Kind.TERM, Tranche.Kind.TERM, Tranche.Kind.TERM,
        Tranche.Kind.VENDOR_LOAN);
    Tranche termA = d.financing().debt().get(1);
    assertThat(termA.cashRate()).containsExactly(new double[] {0.0535, 0.0555, 0.0565, 0.0575,
        0.0575}, within(1e-12));
    assertThat(d.financing().debt().get(3).pikRate()).containsOnly(0.05);
    // revolver and term loans on Euribor + margin; mezzanine (6 %) and vendor loan (4 %) fixed
    assertThat(d.financing().debt()).extracting(Tranche::floating)
        .containsExactly(true, true, true, false, false);
    assertThat(termA.baseRate()).containsExactly(new double[] {0.021, 0.023, 0.024, 0.025,
        0.025}, within(1e-12));
    assertThat(d.financing().cashSweep()).isEqualTo(0.5);
    assertThat(d.exit().feeShare()).isEqualTo(0.015);
    assertThat(d.covenants().maxNetLeverage()).containsExactly(5.5, 5.0, 4.5, 4.0, 3.5);
    // EBITDA margin ≈ 18 % in year 1 with the detailed costs
    var o = d.operations();
    double r = o.revenue()[0];
    double ebitda = r - o.purchases().value(0, r) - o.externalCharges().value(0, r)
        - o.otherTaxes().value(0, r) - o.personnel().value(0, r);
    assertThat(ebitda / r).isCloseTo(0.18, within(0.01));
  }

  /**
   * The secondary LBO with a dividend recapitalisation (methodology §5.13): the same deal, and a
   * tranche of 1.5 M€ after the senior term loans (it ranks with them), drawn at the start of 2029
   * (year 4) under a 4.0× leverage condition, due five years from its draw (the end of 2033,
   * after the exit).
   */
  @Test
  void recapIsTheSecondaryLboWithARecap() {
    Deal plain = DealReader.read(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    Deal d = DealReader.read(EXAMPLES.resolve("decolletage-recap.yaml"));
    assertThat(d.financing().debt()).hasSize(plain.financing().debt().size() + 1);
    for (int i = 0; i < d.financing().debt().size(); i++) {
      assertThat(d.financing().debt().get(i).draw() == null).isEqualTo(i != 3);
    }
    Tranche recap = d.financing().debt().get(3);
    assertThat(recap.name()).isEqualTo("Recap facility");
    assertThat(d.financing().debt().get(2).name()).isEqualTo("Senior term loan B");
    assertThat(d.financing().debt().get(4).name()).isEqualTo("Mezzanine");
    assertThat(recap.draw()).isEqualTo(new Tranche.Draw(4, 4.0));
    assertThat(recap.size()).isEqualTo(new Tranche.Size(Tranche.Size.Basis.AMOUNT, 1_500_000));
    assertThat(recap.maturity()).isZero();
    assertThat(recap.term()).isEqualTo(8);
    assertThat(recap.sweep()).isFalse();
    assertThat(d.financing().equity()).isEqualTo(plain.financing().equity());
    assertThat(d.covenants().maxNetLeverage()).isEqualTo(plain.covenants().maxNetLeverage());
  }

  @Test
  void paperLbo() {
    Deal d = DealReader.read(EXAMPLES.resolve("paper-lbo.yaml"));
    assertThat(d.company().base().ebitda()).isEqualTo(20);
    assertThat(d.transaction().entryValue())
        .isEqualTo(new Valuation(Valuation.Basis.MULTIPLE_LTM, 5));
    assertThat(d.interestBasis()).isEqualTo(Deal.InterestBasis.OPENING);
    assertThat(d.tax().rate()).containsOnly(0.25);
    assertThat(d.tax().interestCapFloor()).isInfinite();
    assertThat(d.operations().revenue()).containsOnly(100.0);
    assertThat(d.operations().purchases().shareOfRevenue()).containsOnly(0.8);
    assertThat(d.operations().workingCapitalIsChange()).isTrue();
    Tranche debt = d.financing().debt().get(0);
    assertThat(debt.size().value()).isEqualTo(60);
    assertThat(debt.maturity()).isZero();
    assertThat(d.financing().cashSweep()).isEqualTo(1);
  }

  @Test
  void employeeBuyoutHasNoFund() {
    Deal d = DealReader.read(EXAMPLES.resolve("employee-buyout.yaml"));
    assertThat(d.financing().equity()).extracting(EquityClass::holder)
        .doesNotContain("fund").contains("employees", "friendly investor");
    assertThat(d.financing().debt()).extracting(Tranche::lender).contains("Bpifrance / Socoden");
    assertThat(d.transaction().entryValue().value()).isEqualTo(6);
    assertThat(d.years()).isEqualTo(7);
  }

  @Test
  void scenariosOfTheFactory() {
    List<Scenario> s = ScenarioReader.read(EXAMPLES.resolve("decolletage-scenarios.yaml"));
    assertThat(s).extracting(Scenario::name).containsExactly(
        "Status quo", "Fund LBO", "Employee LBO", "SCOP", "SCOP d'amorçage");
    assertThat(s).extracting(Scenario::kind).containsExactly(
        "status-quo", "fund-lbo", "employee-lbo", "scop", "scop");
    for (Scenario x : s) {
      assertThat(x.deal().years()).as(x.name()).isEqualTo(7);
      assertThat(x.deal().company().base().ebitda()).isEqualTo(5_400_000);
    }
    // the fund's scenario is the top-level deal
    DealReaderTest.assertSameDeal(
        new Deal("same", s.get(1).deal().company(), s.get(1).deal().operations(),
            s.get(1).deal().transaction(), s.get(1).deal().structure(),
            s.get(1).deal().financing(), s.get(1).deal().tax(), s.get(1).deal().covenants(),
            s.get(1).deal().exit(), s.get(1).deal().interestBasis(),
            s.get(1).deal().participation(), null),
        rename(DealReader.read(EXAMPLES.resolve("decolletage-scenarios.yaml")), "same"));
    // the employees' counter-offer and the SCOPs pay 6 × EBITDA
    for (int i = 2; i < 5; i++) {
      assertThat(s.get(i).deal().transaction().entryValue().value()).isEqualTo(6);
    }
    Deal scop = s.get(3).deal();
    assertThat(scop.isCooperative()).isTrue();
    assertThat(scop.structure().hasHolding()).isFalse();
    assertThat(scop.financing().equity().get(0).amount()).isEqualTo(180 * 15_000);
    assertThat(scop.financing().debt()).extracting(Tranche::lender)
        .contains("Socoden", "Scopinvest", "Crédit Coopératif");
    Deal seed = s.get(4).deal();
    assertThat(seed.cooperative().seed()).isNotNull();
    assertThat(seed.cooperative().outsideMembers()).isEqualTo(1);
  }

  @Test
  void chainOfTheFactory() {
    ScenarioReader.Chain c = ScenarioReader.readChain(EXAMPLES.resolve("decolletage-chain.yaml"));
    assertThat(c.rounds()).isEqualTo(5);
    assertThat(c.template().exit().year()).isEqualTo(5);
    assertThat(c.template().years()).isEqualTo(25);
  }

  private static Deal rename(Deal d, String name) {
    return new Deal(name, d.company(), d.operations(), d.transaction(), d.structure(),
        d.financing(), d.tax(), d.covenants(), d.exit(), d.interestBasis(), d.participation(),
        d.cooperative());
  }
}
