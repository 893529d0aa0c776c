package org.reprise.io.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.engine.BuyoutChain;
import org.reprise.engine.DealResult;
import org.reprise.engine.EnvyRatio;
import org.reprise.engine.EquityReturns;
import org.reprise.engine.InstrumentReturn;
import org.reprise.engine.LboEngine;
import org.reprise.engine.PartyReturn;
import org.reprise.io.DealReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;

/**
 * Property over every example deal file, every scenario it contains and every round of a chain:
 * the flows of each equity holder's instruments add up to its flows as a party, all the
 * instruments to the blended flows, and the JSON writes the same figures. Then the factory's
 * figures by hand.
 */
class EquityReturnsExamplesTest {

  private static final Path EXAMPLES = Path.of("..", "examples");

  static Stream<Arguments> results() throws IOException {
    List<Arguments> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      ScenarioReader.Scenarios all = ScenarioReader.readAll(file);
      for (Scenario s : all.scenarios()) {
        out.add(Arguments.of(file.getFileName() + " / " + s.name(),
            LboEngine.DEFAULT.run(s.deal())));
      }
      if (all.chainRounds() > 0) {
        ScenarioReader.Chain chain = ScenarioReader.readChain(file);
        for (BuyoutChain.Round r : BuyoutChain.run(chain.template(), chain.rounds())) {
          out.add(Arguments.of(file.getFileName() + " / round " + r.index(), r.result()));
        }
      }
    }
    assertThat(out).hasSizeGreaterThanOrEqualTo(14);
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("results")
  void instrumentsAddUpToTheirHolders(String name, DealResult r) {
    EquityReturns e = r.equityReturns();
    double tol = 1e-9 * r.sourcesAndUses().totalSources();
    int n = r.exitYearIndex() + 1;
    double[] all = new double[n];
    for (InstrumentReturn i : e.instruments()) {
      assertThat(i.flows()).hasSize(n);
      for (int t = 0; t < n; t++) {
        all[t] += i.flows()[t];
      }
    }
    assertThat(e.blended().flows()).as("all equity").containsExactly(all, within(tol));
    int holders = 0;
    for (PartyReturn p : r.returns()) {
      double[] sum = new double[n];
      boolean holds = false;
      for (InstrumentReturn i : e.instruments()) {
        if (i.holder().equals(p.party())) {
          holds = true;
          for (int t = 0; t < n; t++) {
            sum[t] += i.flows()[t];
          }
        }
      }
      assertThat(holds).as(p.party()).isEqualTo(p.role().startsWith("equity"));
      if (p.role().equals("equity")) {
        holders++;
        assertThat(sum).as(name + ": instruments of " + p.party())
            .containsExactly(p.flows(), within(tol));
        assertThat(PartyTotals.paid(sum)).isCloseTo(p.invested(), within(tol));
      }
    }
    assertThat(holders).isPositive();
    JsonNode json = ResultJson.toTree(r).get("equityReturns");
    for (int k = 0; k < e.instruments().size(); k++) {
      InstrumentReturn i = e.instruments().get(k);
      JsonNode j = json.get("instruments").get(k);
      assertThat(j.get("name").asText()).isEqualTo(i.name());
      assertThat(j.get("proceeds").doubleValue()).isEqualTo(i.proceeds());
    }
  }

  /** What a flow list pays in, as {@code PartyReturn.invested} counts it. */
  private static final class PartyTotals {
    static double paid(double[] f) {
      double paid = 0.0;
      for (double v : f) {
        paid += v < 0.0 ? -v : 0.0;
      }
      return paid;
    }
  }

  /**
   * The factory's secondary LBO (k€): the fund's ordinary shares 3,780 for 85 % of the ordinary
   * equity and its shareholder loan 9,869.0 at 10 %, the management's 420 for 15 %.
   *
   * <pre>
   * shareholder loan: 9,869.0 × 1.1^5 = 15,894.1 at the exit: IRR 10.0 %, 1.61×
   * ordinary shares:  equity value 23,489.7 − 15,894.1 = 7,595.5:
   *                   fund 85 % = 6,456.2 (1.71×), management 15 % = 1,139.3 (2.71×)
   * all equity:       14,069.0 → 23,489.7: 1.67×, IRR 1.6696^(1/5) − 1 = 10.8 %
   * envy ratio:       (13,649.0 / 0.85) / (420 / 0.15) = 16,057.6 / 2,800 = 5.73×
   * </pre>
   */
  @Test
  void theSecondaryLboByHand() {
    DealResult r = LboEngine.DEFAULT.run(
        DealReader.read(EXAMPLES.resolve("decolletage-secondary-lbo.yaml")));
    EquityReturns e = r.equityReturns();
    InstrumentReturn loan = e.instrument("Fund shareholder loan");
    double loanIn = loan.invested();
    assertThat(loanIn).isCloseTo(9_869_000.0, within(0.01));
    assertThat(loan.proceeds()).isCloseTo(loanIn * Math.pow(1.1, 5), within(1e-6));
    assertThat(loan.irr()).isCloseTo(0.10, within(1e-12));
    double equityValue = r.exit().equityValue();
    assertThat(equityValue).isCloseTo(23_489_700.0, within(100.0));
    double ordinary = equityValue - loan.proceeds();
    InstrumentReturn fund = e.instrument("Fund ordinary shares");
    InstrumentReturn mgmt = e.instrument("Management ordinary shares");
    assertThat(fund.proceeds()).isCloseTo(0.85 * ordinary, within(1e-6));
    assertThat(mgmt.proceeds()).isCloseTo(0.15 * ordinary, within(1e-6));
    assertThat(fund.moic()).isCloseTo(1.71, within(0.005));
    assertThat(mgmt.moic()).isCloseTo(2.71, within(0.005));
    PartyReturn all = e.blended();
    assertThat(all.invested()).isCloseTo(14_069_000.0, within(0.01));
    assertThat(all.proceeds()).isCloseTo(equityValue, within(1e-6));
    assertThat(all.irr())
        .isCloseTo(Math.pow(equityValue / 14_069_000.0, 0.2) - 1.0, within(1e-12));
    assertThat(all.irr()).isCloseTo(0.108, within(0.0005));
    EnvyRatio envy = e.envyRatio();
    assertThat(envy.sponsor()).isEqualTo("fund");
    assertThat(envy.management()).containsExactly("management");
    assertThat(envy.ratio())
        .isCloseTo((3_780_000.0 + loanIn) / 0.85 / (420_000.0 / 0.15), within(1e-12));
    assertThat(envy.ratio()).isCloseTo(5.73, within(0.005));
  }

  /**
   * The employee buyout names its friendly investor the sponsor and its employees the management
   * ({@code role}, docs/methodology.md §8.2): the investor puts in 2,000,000 in ordinary shares and
   * the balance, 3,826,000, in preferred shares; the ordinary shares are pro rata to the amounts,
   * 2.0 / 7.2 = 27.8 % to the investor and 5.2 / 7.2 = 72.2 % to the employees (2,700,000 +
   * 2,500,000).
   *
   * <pre>
   * sponsor:    5,826,000 / (2.0 / 7.2) = 20,973,600 per point of the ordinary equity (× 100)
   * management: 5,200,000 / (5.2 / 7.2) =  7,200,000
   * envy ratio: 20,973,600 / 7,200,000 = 2.913×
   * </pre>
   *
   * Without its roles the same deal is not sponsor-led, as before roles existed: the largest
   * investor holds 27.8 % of the ordinary shares, less than the employees.
   */
  @Test
  void theEmployeeBuyoutByHand() throws IOException {
    Path file = EXAMPLES.resolve("employee-buyout.yaml");
    EnvyRatio envy = LboEngine.DEFAULT.run(DealReader.read(file)).equityReturns().envyRatio();
    assertThat(envy.status()).isEqualTo(EnvyRatio.Status.APPLICABLE);
    assertThat(envy.rolesGiven()).isTrue();
    assertThat(envy.sponsor()).isEqualTo("friendly investor");
    assertThat(envy.management()).containsExactly("employees");
    assertThat(envy.coInvestors()).isEmpty();
    assertThat(envy.sponsorInvested()).isCloseTo(5_826_000.0, within(0.01));
    assertThat(envy.sponsorShare()).isCloseTo(2.0 / 7.2, within(1e-15));
    assertThat(envy.managementInvested()).isEqualTo(5_200_000.0);
    assertThat(envy.managementShare()).isCloseTo(5.2 / 7.2, within(1e-15));
    assertThat(envy.ratio()).isCloseTo(20_973_600.0 / 7_200_000.0, within(1e-8));
    assertThat(envy.ratio()).isCloseTo(2.913, within(1e-8));

    String withoutRoles = Files.readString(file).replaceAll("(?m)^\\s+role: \\w+.*\\n", "");
    assertThat(withoutRoles).doesNotContain("role:");
    EnvyRatio inferred = LboEngine.DEFAULT.run(DealReader.parse(withoutRoles, "x.yaml"))
        .equityReturns().envyRatio();
    assertThat(inferred.status()).isEqualTo(EnvyRatio.Status.NOT_SPONSOR_LED);
    assertThat(inferred.rolesGiven()).isFalse();
    assertThat(inferred.sponsor()).isEqualTo("friendly investor");
    assertThat(inferred.ratio()).isNaN();
  }

  /**
   * The envy ratio applies to the fund's LBO and to the employee LBO (whose roles are named)
   * among the five ownership scenarios.
   */
  @Test
  void theEnvyRatioOfEachScenario() {
    List<String> statuses = new ArrayList<>();
    for (Scenario s : ScenarioReader.read(EXAMPLES.resolve("decolletage-scenarios.yaml"))) {
      statuses.add(s.kind() + " " + LboEngine.DEFAULT.run(s.deal()).equityReturns().envyRatio()
          .status());
    }
    assertThat(statuses).containsExactly(
        "status-quo NO_BUYOUT", "fund-lbo APPLICABLE", "employee-lbo APPLICABLE",
        "scop COOPERATIVE", "scop COOPERATIVE");
  }
}
