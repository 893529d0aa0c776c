package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reprise.io.TestDeals.with;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.Structure;

class ScenarioReaderTest {

  private static List<Scenario> read(JsonNode tree) {
    try {
      return ScenarioReader.parse(TestDeals.YAML.writeValueAsString(tree), "test.yaml");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> fails(JsonNode tree, String path) {
    return assertThatThrownBy(() -> read(tree))
        .isInstanceOf(DealException.class)
        .satisfies(e -> assertThat(((DealException) e).path()).isEqualTo(path));
  }

  /** The minimal deal (a holding with a tax group) with the given scenarios list. */
  private static ObjectNode withScenarios(String yamlList) {
    ObjectNode t = with("structure", "{type: holding, taxGroup: true, holdingCosts: 10}");
    with(t, "financing.debt", "[{name: Senior, lender: banks, amount: 300, rate: \"5%\","
        + " repayment: {linear: 5}}]");
    return with(t, "scenarios", yamlList);
  }

  @Test
  void aFileWithoutScenariosIsOneScenarioNamedAfterTheDeal() {
    List<Scenario> s = read(TestDeals.minimal());
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.name()).isEqualTo("Test Co");
      assertThat(x.kind()).isEqualTo("fund-lbo");
      assertThat(x.path()).isEmpty();
      DealReaderTest.assertSameDeal(x.deal(), TestDeals.read(TestDeals.minimal()));
    });
    assertThat(read(with("kind", "employee-lbo")).get(0).kind()).isEqualTo("employee-lbo");
    assertThat(read(with("name", "Deal X")).get(0).name()).isEqualTo("Deal X");
  }

  @Test
  void eachScenarioIsMergedIntoTheTopLevel() {
    List<Scenario> s = read(withScenarios("[{name: A, kind: fund-lbo},"
        + " {name: B, kind: employee-lbo, structure: {holdingCosts: 20},"
        + "  financing: {debt: [{name: Bank, lender: bank, amount: 100, rate: \"4%\","
        + "  repayment: {bullet: 7}}]}, covenants: {maxNetLeverage: 3}}]"));
    assertThat(s).extracting(Scenario::name).containsExactly("A", "B");
    assertThat(s).extracting(Scenario::kind).containsExactly("fund-lbo", "employee-lbo");
    assertThat(s).extracting(Scenario::path).containsExactly("scenarios[0]", "scenarios[1]");
    Deal a = s.get(0).deal();
    Deal b = s.get(1).deal();
    assertThat(a.name()).isEqualTo("A");
    assertThat(b.name()).isEqualTo("B");
    // mappings merge key by key: type and tax group kept, holding costs replaced
    assertThat(b.structure().kind()).isEqualTo(Structure.Kind.HOLDING);
    assertThat(b.structure().taxGroup()).isTrue();
    assertThat(b.structure().holdingCosts()).containsOnly(20.0);
    assertThat(a.structure().holdingCosts()).containsOnly(10.0);
    // lists replace: B has only its own tranche; the equity list is the top level's
    assertThat(b.financing().debt()).singleElement().extracting(t -> t.name()).isEqualTo("Bank");
    assertThat(b.financing().equity()).isEqualTo(a.financing().equity());
    assertThat(b.covenants().maxNetLeverage()).containsOnly(3.0);
    assertThat(a.covenants().maxNetLeverage()).containsOnly(Double.NaN);
  }

  /**
   * A share premium belongs to the shares issued with it (review 38, W3): a scenario that gives
   * its own equity (another buyer's holding, a SCOP) does not inherit the top level's premium,
   * and may give its own; one that keeps the top level's equity keeps its premium.
   */
  @Test
  void aScenarioWithItsOwnEquityDoesNotInheritThePremium() {
    ObjectNode t = withScenarios("[{name: Same, kind: fund-lbo},"
        + " {name: Staff, kind: employee-lbo, financing: {equity: [{name: Staff,"
        + "  holder: employees, amount: balance}]}},"
        + " {name: Own, kind: employee-lbo, structure: {sharePremium: 5},"
        + "  financing: {equity: [{name: Staff, holder: employees, amount: balance}]}},"
        + " {name: Coop, kind: scop, structure: {type: pushdown, taxGroup: false,"
        + "  holdingCosts: 0}, financing: {equity: [{name: Members, holder: employees,"
        + "  amount: balance}], debt: [{name: Loan, lender: Socoden, amount: 300,"
        + "  rate: \"3%\", repayment: {linear: 5}}]}, cooperative: {workShare: \"40%\","
        + "  reserveShare: \"50%\"}}]");
    with(t, "structure.sharePremium", "20");
    List<Scenario> s = read(t);
    assertThat(s).extracting(x -> x.deal().structure().sharePremium())
        .containsExactly(20.0, 0.0, 5.0, 0.0);
  }

  @Test
  void nullRemovesATopLevelSection() {
    ObjectNode t = withScenarios("[{name: A, covenants: null}]");
    with(t, "covenants", "{maxNetLeverage: 3}");
    assertThat(read(t).get(0).deal().covenants().maxNetLeverage()).containsOnly(Double.NaN);
  }

  @Test
  void aStatusQuoScenarioAndAScop() {
    List<Scenario> s = read(withScenarios("[{name: Today, kind: status-quo},"
        + " {name: Coop, kind: scop, structure: {type: pushdown, taxGroup: false,"
        + "  holdingCosts: 0}, financing: {equity: [{name: Members, holder: employees,"
        + "  amount: balance}], debt: [{name: Loan, lender: Socoden, amount: 300,"
        + "  rate: \"3%\", repayment: {linear: 5}}]}, cooperative: {workShare: \"40%\","
        + "  reserveShare: \"50%\"}}]"));
    assertThat(s.get(0).deal().financing().equity().get(0).holder()).isEqualTo("current owners");
    assertThat(s.get(1).deal().isCooperative()).isTrue();
    assertThat(s.get(1).deal().cooperative().workShare()).isEqualTo(0.40);
  }

  @Test
  void theKindDefaultsToScopWithACooperativeSection() {
    List<Scenario> s = read(withScenarios("[{name: Coop, structure: {type: pushdown,"
        + " taxGroup: false, holdingCosts: 0}, financing: {equity: [{name: M,"
        + " holder: employees, amount: balance}], debt: null}, cooperative: {}}]"));
    assertThat(s.get(0).kind()).isEqualTo("scop");
  }

  @Test
  void errorsInAScenarioCarryItsPath() {
    fails(withScenarios("[{name: A}, {name: B, financing: {debt: [{name: Bank, lender: b,"
        + " amount: 100, rate: five, repayment: {bullet: 7}}]}}]"),
        "scenarios[1].financing.debt[0].rate")
        .hasMessage("scenarios[1].financing.debt[0].rate: expected a rate such as 0.055 or"
            + " \"5.5%\", found \"five\"");
    fails(withScenarios("[{name: A, transactoin: {}}]"), "scenarios[0].transactoin")
        .hasMessageContaining("did you mean `transaction`?");
    fails(withScenarios("[{name: A, company: {name: X}}]"), "scenarios[0].company")
        .hasMessageContaining("unknown key `company`");
    fails(withScenarios("[{name: A, kind: lbo}]"), "scenarios[0].kind")
        .hasMessageContaining("`status-quo`, `fund-lbo`, `employee-lbo`, `scop`");
    fails(withScenarios("[{name: A}, {name: A}]"), "scenarios[1].name")
        .hasMessageContaining("already named \"A\"");
    fails(withScenarios("[{kind: scop}]"), "scenarios[0].name");
    fails(withScenarios("[]"), "scenarios").hasMessageContaining("at least one scenario");
    fails(withScenarios("{name: A}"), "scenarios").hasMessageContaining("a list of scenarios");
    // a list replaced by the scenario: any error inside it is the scenario's
    fails(withScenarios("[{name: A, covenants: {maxNetLeverage: [3, x]}}]"),
        "scenarios[0].covenants.maxNetLeverage[1]");
  }

  @Test
  void anInheritedErrorKeepsItsTopLevelPathAndNamesTheScenario() {
    ObjectNode t = withScenarios("[{name: Today, kind: status-quo}, {name: Fund}]");
    with(t, "financing.debt[0].rate", "five");
    fails(t, "financing.debt[0].rate")
        .hasMessage("financing.debt[0].rate: expected a rate such as 0.055 or \"5.5%\", found"
            + " \"five\" (in scenario \"Fund\", scenarios[1], which keeps this value of the top"
            + " level)");
    // the scenario changed the structure: the inherited tax group no longer fits
    fails(withScenarios("[{name: A, structure: {type: pushdown}}]"), "structure.taxGroup")
        .hasMessageContaining("(in scenario \"A\", scenarios[0]");
    // a required value missing from a mapping the scenario wrote is the scenario's
    ObjectNode t2 = withScenarios("[{name: A, transaction: {fees: 10}}]");
    t2.remove("transaction");
    fails(t2, "scenarios[0].transaction.price");
    // missing everywhere, under a mapping of the top level: the top-level path
    ObjectNode t3 = withScenarios("[{name: A}]");
    ((ObjectNode) t3.get("exit")).remove("value");
    fails(t3, "exit.value").hasMessageEndingWith("(in scenario \"A\", scenarios[0])");
  }

  @Test
  void kindAndCooperativeMustAgree() {
    fails(withScenarios("[{name: A, kind: scop}]"), "scenarios[0].cooperative")
        .hasMessageContaining("needs a `cooperative` section");
    ObjectNode t = withScenarios("[{name: A, kind: fund-lbo}]");
    with(t, "cooperative", "{}");
    // the section is inherited from the top level: its path has no scenario prefix
    fails(t, "cooperative").hasMessageContaining("makes the deal a SCOP");
  }

  @Test
  void locateAddsTheScenarioPathToAnEngineError() {
    Scenario s = read(withScenarios("[{name: A}]")).get(0);
    DealException e = s.locate(new DealException("exit.year", "too short"));
    assertThat(e.path()).isEqualTo("scenarios[0].exit.year");
    assertThat(e.getMessage()).isEqualTo("scenarios[0].exit.year: too short");
    assertThat(s.locate(new DealException("", "whole")).getMessage())
        .isEqualTo("scenarios[0]: whole");
    Scenario alone = read(TestDeals.minimal()).get(0);
    DealException same = new DealException("exit.year", "too short");
    assertThat(alone.locate(same)).isSameAs(same);
  }

  @Test
  void mergeAndPaths() throws Exception {
    ObjectNode base = (ObjectNode) TestDeals.YAML.readTree("a: {b: 1, c: [1, 2]}\nd: 4");
    ScenarioReader.merge(base, TestDeals.YAML.readTree("a: {c: [3]}\nd: null\ne: 5"));
    assertThat(base).isEqualTo(TestDeals.YAML.readTree("a: {b: 1, c: [3]}\nd: null\ne: 5"));
    assertThat(ScenarioReader.segments("financing.debt[0].rate"))
        .containsExactly("financing", "debt", "[0]", "rate");
    JsonNode override = TestDeals.YAML.readTree("financing: {debt: [{rate: x}]}");
    assertThat(ScenarioReader.writes(override, "financing.debt[0].rate")).isTrue();
    assertThat(ScenarioReader.writes(override, "financing.debt[3]")).isTrue();
    assertThat(ScenarioReader.writes(override, "financing.equity[0]")).isFalse();
    assertThat(ScenarioReader.writes(override, "financing")).isTrue();
    assertThat(ScenarioReader.writes(override, "exit.year")).isFalse();
  }

  @Test
  void chainsCoverEveryRound() {
    ObjectNode t = with("chain", "{rounds: 3}");
    ScenarioReader.Chain c = ScenarioReader.parseChain(write(t), "c.yaml", null);
    assertThat(c.rounds()).isEqualTo(3);
    assertThat(c.name()).isEqualTo("Test Co");
    assertThat(c.template().years()).isEqualTo(15);
    assertThat(c.template().exit().year()).isEqualTo(5);
    assertThat(c.template().operations().revenue()).hasSize(15);
    assertThat(ScenarioReader.parseChain(write(t), "c.yaml", 2).template().years())
        .isEqualTo(10);
    // a forward exit multiple needs one more year
    with(t, "exit.value", "{multiple: 6, of: forward}");
    assertThat(ScenarioReader.parseChain(write(t), "c.yaml", null).template().years())
        .isEqualTo(16);
    // the chain section does not change the deal of `reprise run`
    assertThat(TestDeals.read(with("chain", "{rounds: 3}")).years()).isEqualTo(5);
  }

  @Test
  void chainErrors() {
    assertThatThrownBy(() -> ScenarioReader.parseChain(write(TestDeals.minimal()), "c.yaml", null))
        .hasMessageStartingWith("chain: required: the number of successive buyouts");
    assertThatThrownBy(() -> ScenarioReader.parseChain(write(TestDeals.minimal()), "c.yaml", 0))
        .hasMessageStartingWith("chain.rounds: expected a number of rounds between 1 and 20");
    assertThatThrownBy(() -> TestDeals.read(with("chain", "{rounds: 21}")))
        .hasMessageStartingWith("chain.rounds: expected a whole number between 1 and 20");
    assertThatThrownBy(() -> TestDeals.read(with("chain", "{round: 2}")))
        .hasMessageContaining("did you mean `rounds`?");
    ObjectNode long30 = with("exit.year", "2055");
    assertThatThrownBy(() -> ScenarioReader.parseChain(write(long30), "c.yaml", 4))
        .hasMessageStartingWith("chain.rounds: 4 buyouts of 30 years need 120 projected years");
    assertThatThrownBy(() -> ScenarioReader.parseChain(write(with("kind", "status-quo")),
        "c.yaml", 2)).hasMessageContaining("a chain of buyouts needs a buyout");
    // a chain sells at each exit: a company its owners keep cannot be chained
    assertThatThrownBy(() -> ScenarioReader.parseChain(write(with("exit.sale", "false")),
        "c.yaml", 2)).hasMessageStartingWith("exit.sale: a chain of buyouts sells the company at"
            + " each exit, but `sale: false` says its owners keep it");
  }

  /**
   * exit.sale per scenario: a scenario may keep the company (sale: false) while the fund's
   * top-level deal sells it; the SCOP and the status quo are never sold; a top-level `sale: true`
   * inherited by a SCOP is refused, and `sale: null` in the scenario removes it.
   */
  @Test
  void theSaleAtTheExitPerScenario() {
    String scop = "{name: Coop, kind: scop, structure: {type: pushdown, taxGroup: false,"
        + " holdingCosts: 0}, financing: {equity: [{name: Members, holder: employees,"
        + " amount: balance}], debt: null}, cooperative: {}";
    List<Scenario> s = read(withScenarios("[{name: Today, kind: status-quo}, {name: Fund},"
        + " {name: Staff, kind: employee-lbo, exit: {sale: false}}, " + scop + "}]"));
    assertThat(s).extracting(x -> x.deal().soldAtExit())
        .containsExactly(false, true, false, false);
    assertThat(s.get(2).deal().exit().value()).isEqualTo(s.get(1).deal().exit().value());
    ObjectNode t = withScenarios("[" + scop + "}]");
    with(t, "exit.sale", "true");
    fails(t, "exit.sale").hasMessageContaining("a SCOP is not sold at the exit")
        .hasMessageContaining("(in scenario \"Coop\", scenarios[0]");
    ObjectNode removed = withScenarios("[" + scop + ", exit: {sale: null}}]");
    with(removed, "exit.sale", "true");
    assertThat(read(removed).get(0).deal().exit().sale()).isFalse();
  }

  private static String write(JsonNode tree) {
    try {
      return TestDeals.YAML.writeValueAsString(tree);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
