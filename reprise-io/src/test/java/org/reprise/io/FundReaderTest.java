package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reprise.io.TestDeals.failsWith;
import static org.reprise.io.TestDeals.readWith;

import org.junit.jupiter.api.Test;
import org.reprise.model.DealException;
import org.reprise.model.FundTerms;

class FundReaderTest {

  @Test
  void noSectionNoTermsAndAnEmptySectionTheUsualOnes() {
    assertThat(TestDeals.read(TestDeals.minimal()).fund()).isNull();
    assertThat(readWith("fund", "{}").fund()).isEqualTo(FundTerms.usual());
    assertThat(FundTerms.usual()).isEqualTo(
        new FundTerms(0.02, FundTerms.FeeBasis.COMMITTED, 0.08, 0.20, 1.0, "fund"));
  }

  @Test
  void everyKeyIsRead() {
    assertThat(readWith("fund", "{managementFee: \"1.5%\", feeBasis: invested, hurdle: 0.07,"
        + " carry: \"25%\", catchUp: \"80%\"}").fund())
        .isEqualTo(new FundTerms(0.015, FundTerms.FeeBasis.INVESTED, 0.07, 0.25, 0.80, "fund"));
    assertThat(readWith("fund", "{catchUp: 0, hurdle: 0}").fund().catchUp()).isZero();
  }

  @Test
  void errorsNameTheKey() {
    failsWith("fund", "{managementFee: \"20%\"}", "fund.managementFee")
        .hasMessageContaining("between 0% and 10%");
    failsWith("fund", "{hurdle: \"-1%\"}", "fund.hurdle")
        .hasMessageContaining("between 0% and 50%");
    failsWith("fund", "{carry: \"60%\"}", "fund.carry").hasMessageContaining("between 0% and 50%");
    failsWith("fund", "{catchUp: \"120%\"}", "fund.catchUp")
        .hasMessageContaining("between 0% and 100%");
    failsWith("fund", "{carry: \"20%\", catchUp: \"20%\"}", "fund.catchUp")
        .hasMessage("fund.catchUp: expected 0 (no catch-up) or a share above the carry (20%) and"
            + " at most 100%, found \"20%\"");
    failsWith("fund", "{feeBasis: drawn}", "fund.feeBasis")
        .hasMessageContaining("one of `committed`, `invested`");
    failsWith("fund", "{hurdel: 0.08}", "fund.hurdel")
        .hasMessageContaining("did you mean `hurdle`?");
    failsWith("fund", "0.2", "fund").hasMessageContaining("a mapping");
  }

  /**
   * The section splits the flows of one holder: `fund.holder` when given, else `fund`, else the
   * holder with `role: sponsor`; a deal with none of them refuses it.
   */
  @Test
  void aDealWithoutAFundRefusesTheSection() {
    var tree = TestDeals.with(TestDeals.with("fund", "{}"), "financing.equity",
        "[{name: Shares, holder: employees, amount: balance}]");
    assertThatThrownBy(() -> TestDeals.read(tree))
        .isInstanceOf(DealException.class)
        .hasMessage("fund: the fund's terms split the flows of one equity holder, but"
            + " `fund.holder` does not name it and no class of `financing.equity` is held by"
            + " `fund` or has `role: sponsor` (the holders are `employees`): write the fund's"
            + " holder in `fund.holder`, or remove the section (in a scenario, `fund: null`"
            + " removes a top-level section)");
    assertThat(MessagesFr.translate(
        "the fund's terms split the flows of one equity holder, but `fund.holder` does not name"
            + " it and no class of `financing.equity` is held by `fund` or has `role: sponsor`"
            + " (the holders are `employees`, `bank`): write the fund's holder in `fund.holder`,"
            + " or remove the section (in a scenario, `fund: null` removes a top-level section)"))
        .startsWith("les conditions du fonds répartissent les flux d'un actionnaire, mais"
            + " `fund.holder` ne le nomme pas")
        .contains("(les actionnaires sont `employees`, `bank`)");
  }

  /** A fund named otherwise (the French example's "fonds") is named by `fund.holder`. */
  @Test
  void theHolderIsNamedOrFoundByItsRole() {
    String equity = "[{name: Parts du fonds, holder: fonds, amount: 4000000},"
        + " {name: Parts des dirigeants, holder: dirigeants, amount: balance}]";
    var named = TestDeals.with(TestDeals.with("fund", "{holder: fonds}"), "financing.equity",
        equity);
    assertThat(TestDeals.read(named).fund().holder()).isEqualTo("fonds");
    assertThat(TestDeals.read(TestDeals.with("fund", "{}")).fund().holder()).isEqualTo("fund");
    var sponsor = TestDeals.with(TestDeals.with("fund", "{}"), "financing.equity",
        "[{name: Parts du fonds, holder: fonds, amount: 4000000, role: sponsor},"
            + " {name: Parts des dirigeants, holder: dirigeants, amount: balance,"
            + " role: management}]");
    assertThat(TestDeals.read(sponsor).fund().holder()).isEqualTo("fonds");
    var unknown = TestDeals.with(TestDeals.with("fund", "{holder: fund}"), "financing.equity",
        equity);
    assertThatThrownBy(() -> TestDeals.read(unknown))
        .isInstanceOf(DealException.class)
        .hasMessage("fund.holder: no class of `financing.equity` is held by \"fund\" (the holders"
            + " are `fonds`, `dirigeants`)");
    // the fund's holder is not an individual taxed on its gains (methodology §8.4)
    var taxed = TestDeals.with(TestDeals.with(named, "personalTax", "{holders: [fonds]}"),
        "financing.equity", equity);
    assertThatThrownBy(() -> TestDeals.read(taxed))
        .hasMessage("personalTax.holders[0]: \"fonds\" is the fund's holder (`fund.holder`), not"
            + " taxed here: a buyout fund (an FPCI) is transparent for tax; list the individuals'"
            + " holders only, or name the fund's own holder in `fund.holder`");
    assertThat(MessagesFr.translate("\"dirigeants\" is the fund's holder (`fund.holder`), not"
        + " taxed here: a buyout fund (an FPCI) is transparent for tax; list the individuals'"
        + " holders only, or name the fund's own holder in `fund.holder`"))
        .startsWith("\"dirigeants\" est l'actionnaire du fonds (`fund.holder`)");
  }

  /** A scenario without the fund removes the top-level section with `fund: null`. */
  @Test
  void aScenarioRemovesTheSectionWithNull() {
    var tree = TestDeals.with(TestDeals.with("fund", "{carry: \"25%\"}"), "scenarios",
        "[{name: Fund}, {name: Employees, fund: null, financing: {equity: [{name: Shares,"
            + " holder: employees, amount: balance}]}}]");
    var scenarios = ScenarioReader.parse(tree.toString(), "x.json");
    assertThat(scenarios.get(0).deal().fund().carry()).isEqualTo(0.25);
    assertThat(scenarios.get(1).deal().fund()).isNull();
    assertThatThrownBy(() -> ScenarioReader.parseChain(tree.toString(), "x.json", 2))
        .hasMessageStartingWith("fund: a chain of buyouts does not split");
  }
}
