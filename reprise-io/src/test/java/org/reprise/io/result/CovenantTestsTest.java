package org.reprise.io.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.BuyoutChain;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.model.Deal;

class CovenantTestsTest {

  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final String LBO = "decolletage-secondary-lbo.yaml";
  private static final String GROWTH = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";

  private static Deal variant(String from, String to) throws IOException {
    String plan = Files.readString(EXAMPLES.resolve(LBO), StandardCharsets.UTF_8);
    assertThat(plan).contains(from);
    return DealReader.parse(plan.replace(from, to), "variant.yaml");
  }

  /**
   * The secondary LBO: net leverage at most 5.5× to 3.5×, interest cover at least 2.5×, DSCR at
   * least 1.00×, five years: 15 tests. The DSCR is 2,672.9 / 2,858.1 = 0.94× in 2026 and 2,800.3
   * / 2,836.3 = 0.99× in 2027: the only breaches. The tightest is the 2026 DSCR, 1 − 1.00 / 0.935
   * = −6.9 %.
   */
  @Test
  void theSecondaryLboBreachesItsDscrIn2026And2027() {
    Deal deal = DealReader.read(EXAMPLES.resolve(LBO));
    DealResult r = LboEngine.DEFAULT.run(deal);
    CovenantTests c = CovenantTests.of(deal, r);
    assertThat(c.none()).isFalse();
    assertThat(c.tests()).hasSize(15);
    List<CovenantTests.Test> b = c.breaches();
    assertThat(b).extracting(CovenantTests.Test::ratio).containsOnly(
        CovenantTests.Ratio.DEBT_SERVICE_COVER);
    assertThat(b).extracting(CovenantTests.Test::year).containsExactly(2026, 2027);
    assertThat(b.get(0).actual()).isCloseTo(2_672.9 / 2_858.1, within(0.0005));
    assertThat(b.get(1).actual()).isCloseTo(2_800.3 / 2_836.3, within(0.0005));
    assertThat(b.get(0).level()).isEqualTo(1.0);
    CovenantTests.Test tightest = c.tightest();
    assertThat(tightest.year()).isEqualTo(2026);
    assertThat(tightest.headroom()).isCloseTo(1.0 - 2_858.1 / 2_672.9, within(0.0005));
    // the 2030 leverage covenant: 3.14× against 3.50×, a headroom of 1 − 3.14 / 3.5 = 10.3 %
    CovenantTests.Test lev2030 = c.tests().stream().filter(t -> t.year() == 2030
        && t.ratio() == CovenantTests.Ratio.NET_LEVERAGE).findFirst().orElseThrow();
    assertThat(lev2030.level()).isEqualTo(3.5);
    assertThat(lev2030.headroom()).isCloseTo(1.0 - lev2030.actual() / 3.5, within(1e-12));
    assertThat(lev2030.breached()).isFalse();
  }

  /** With a DSCR of at least 0.90×, met every year: the tightest is still the 2026 DSCR. */
  @Test
  void metEveryYearWithALowerDscr() throws IOException {
    Deal deal = variant("minDebtServiceCover: 1.0 ", "minDebtServiceCover: 0.9 ");
    CovenantTests c = CovenantTests.of(deal, LboEngine.DEFAULT.run(deal));
    assertThat(c.breaches()).isEmpty();
    assertThat(c.tightest().ratio()).isEqualTo(CovenantTests.Ratio.DEBT_SERVICE_COVER);
    assertThat(c.tightest().year()).isEqualTo(2026);
    assertThat(c.tightest().headroom()).isCloseTo(1.0 - 0.9 * 2_858.1 / 2_672.9, within(0.0005));
  }

  /** The paper LBO has no covenant. */
  @Test
  void noCovenant() {
    Deal deal = DealReader.read(EXAMPLES.resolve("paper-lbo.yaml"));
    CovenantTests c = CovenantTests.of(deal, LboEngine.DEFAULT.run(deal));
    assertThat(c.none()).isTrue();
    assertThat(c.tightest()).isNull();
  }

  /**
   * The breaches are the engine's, year by year, on every deal of examples/ and the guides'
   * crisis (EBITDA near zero in 2026: a net leverage of 260×); none after the exit.
   */
  @Test
  void theBreachesAreTheEnginesOnEveryExample() throws IOException {
    List<Deal> deals = new ArrayList<>();
    for (String file : List.of(LBO, "employee-buyout.yaml", "paper-lbo.yaml")) {
      deals.add(DealReader.read(EXAMPLES.resolve(file)));
    }
    for (Scenario s : ScenarioReader.read(EXAMPLES.resolve("decolletage-scenarios.yaml"))) {
      deals.add(s.deal());
    }
    ScenarioReader.Chain chain =
        ScenarioReader.readChain(EXAMPLES.resolve("decolletage-chain.yaml"), null);
    for (BuyoutChain.Round round : BuyoutChain.run(chain.template(), chain.rounds())) {
      deals.add(round.deal());
    }
    deals.add(variant(GROWTH, "growth: [\"-30%\", \"10%\", \"5%\", \"3%\", \"2%\"]"));
    int breaches = 0;
    for (Deal deal : deals) {
      DealResult r = LboEngine.DEFAULT.run(deal);
      CovenantTests c = CovenantTests.of(deal, r);
      boolean[] breached = new boolean[r.years().size()];
      for (CovenantTests.Test t : c.breaches()) {
        breached[t.index()] = true;
        breaches++;
      }
      for (CovenantTests.Test t : c.tests()) {
        assertThat(t.index()).isLessThan(r.exitYearIndex());
      }
      assertThat(breached).as(deal.name()).containsExactly(r.years().covenantBreach);
    }
    assertThat(breaches).isGreaterThan(5);
  }
}
