package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reprise.io.TestDeals.fails;
import static org.reprise.io.TestDeals.with;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.LboEngine;
import org.reprise.model.Cooperative;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.Participation;

class CooperativeReaderTest {

  /** The minimal deal as a SCOP: push-down, members' capital held by the employees. */
  static ObjectNode scop(String cooperative) {
    ObjectNode t = with("structure", "{type: pushdown}");
    with(t, "company.headcount", "60");
    with(t, "financing.equity", "[{name: Members, holder: employees, amount: balance}]");
    with(t, "financing.debt", "[{name: Loan, lender: Socoden, amount: 300, rate: \"4%\","
        + " repayment: {linear: 5}}]");
    return with(t, "cooperative", cooperative);
  }

  @Test
  void absentMeansNotACooperative() {
    Deal d = TestDeals.read(TestDeals.minimal());
    assertThat(d.cooperative()).isNull();
    assertThat(d.isCooperative()).isFalse();
  }

  @Test
  void defaults() {
    Cooperative c = TestDeals.read(scop("{}")).cooperative();
    assertThat(c.workShare()).isEqualTo(0.45);
    assertThat(c.reserveShare()).isEqualTo(0.45);
    assertThat(c.dividendShare()).isEqualTo(0.10);
    assertThat(c.participationInWorkShare()).isTrue();
    assertThat(c.investmentProvision()).isTrue();
    assertThat(c.cfeExemption()).hasSize(5).containsOnly(0.0);
    assertThat(c.memberContributions()).hasSize(5).containsOnly(0.0);
    assertThat(c.employeeHolders()).containsExactly("employees");
    assertThat(c.employeeMembers()).isEqualTo(60);
    assertThat(c.outsideMembers()).isZero();
    assertThat(c.seed()).isNull();
  }

  @Test
  void aScopsForfaitSocialDefaultsToTheReducedRate() {
    // CSS L137-16: 8 % on a SCOP's participation; an explicit rate still wins
    Deal d = TestDeals.read(scop("{}"));
    assertThat(d.participation()).isEqualTo(Participation.cooperative(60));
    assertThat(d.participation().forfaitSocial()).isEqualTo(0.08);
    ObjectNode t = with(scop("{}"), "participation", "{forfaitSocial: \"20%\"}");
    assertThat(TestDeals.read(t).participation().forfaitSocial()).isEqualTo(0.20);
  }

  @Test
  void everyKeyIsRead() {
    ObjectNode t = scop("{workShare: \"40%\", reserveShare: 0.5, dividendShare: \"10%\","
        + " participationInWorkShare: false, investmentProvision: false, cfeExemption: 15,"
        + " memberContributions: [1, 2, 3], employeeHolders: [employees, staff],"
        + " employeeMembers: 55, outsideMembers: 3, seed: {buybacks: [0, 10]}}");
    with(t, "financing.equity[1]", "{name: Staff, holder: staff, amount: 10}");
    Cooperative c = TestDeals.read(t).cooperative();
    assertThat(c.workShare()).isEqualTo(0.40);
    assertThat(c.reserveShare()).isEqualTo(0.50);
    assertThat(c.participationInWorkShare()).isFalse();
    assertThat(c.investmentProvision()).isFalse();
    assertThat(c.cfeExemption()).containsOnly(15.0);
    assertThat(c.memberContributions()).containsExactly(1, 2, 3, 3, 3);
    assertThat(c.employeeHolders()).containsExactly("employees", "staff");
    assertThat(c.employeeMembers()).isEqualTo(55);
    assertThat(c.outsideMembers()).isEqualTo(3);
    assertThat(c.seed().buybacks()).containsExactly(0, 10, 10, 10, 10);
  }

  @Test
  void theSectionMakesTheDealAScopThatTheEngineRuns() {
    Deal d = TestDeals.read(scop("{}"));
    assertThat(d.isCooperative()).isTrue();
    assertThat(LboEngine.DEFAULT.run(d).sourcesAndUses().totalUses()).isPositive();
  }

  @Test
  void typeAndRangeErrors() {
    fails(scop("{workShare: \"145%\"}"), "cooperative.workShare")
        .hasMessageContaining("between 0% and 100%");
    fails(scop("{participationInWorkShare: \"yes\"}"), "cooperative.participationInWorkShare");
    fails(scop("{cfeExemption: [1, -2]}"), "cooperative.cfeExemption[1]");
    fails(scop("{employeeMembers: 10.5}"), "cooperative.employeeMembers");
    fails(scop("{seed: {}}"), "cooperative.seed.buybacks").hasMessageContaining("required");
    fails(scop("{seed: {buyback: 1}}"), "cooperative.seed.buyback")
        .hasMessageContaining("did you mean `buybacks`?");
    fails(scop("{workshare: 0.3}"), "cooperative.workshare")
        .hasMessageContaining("did you mean `workShare`?");
  }

  @Test
  void employeeHoldersMustHoldEquity() {
    fails(scop("{employeeHolders: [employes]}"), "cooperative.employeeHolders[0]")
        .hasMessageContaining("did you mean \"employees\"?");
    ObjectNode t = scop("{}");
    with(t, "financing.equity[0].holder", "workers");
    fails(t, "cooperative.employeeHolders")
        .hasMessageContaining("no equity class is held by \"employees\"");
    assertThat(TestDeals.read(with(t, "cooperative", "{employeeHolders: workers}"))
        .cooperative().employeeHolders()).isEqualTo(List.of("workers"));
  }

  @Test
  void theKindMustAgreeWithTheSection() {
    fails(with(scop("{}"), "kind", "fund-lbo"), "cooperative")
        .hasMessageContaining("makes the deal a SCOP");
    fails(with(TestDeals.minimal(), "kind", "scop"), "cooperative")
        .hasMessageContaining("needs a `cooperative` section");
    assertThat(TestDeals.read(with(scop("{}"), "kind", "scop")).isCooperative()).isTrue();
  }

  @Test
  void theEngineChecksTheLegalRules() {
    Deal d = TestDeals.read(scop("{workShare: \"20%\", reserveShare: \"70%\"}"));
    assertThatThrownBy(() -> LboEngine.DEFAULT.run(d))
        .isInstanceOf(DealException.class)
        .hasMessageStartingWith("cooperative.workShare: the work share must be at least 25 %");
    Deal holding = TestDeals.read(with(scop("{}"), "structure", "{type: holding}"));
    assertThatThrownBy(() -> LboEngine.DEFAULT.run(holding))
        .hasMessageStartingWith("structure.type:");
  }
}
