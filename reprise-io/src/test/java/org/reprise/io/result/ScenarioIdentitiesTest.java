package org.reprise.io.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.ValueAddedSplit;
import org.reprise.engine.YearTable;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;

/**
 * Property: every scenario of the bundled scenarios example satisfies the accounting identities
 * (sources = uses to the cent; the value added split without remainder, every year, for both
 * perimeters; the value bridge sums to the equity gain; each tranche rolls forward).
 */
class ScenarioIdentitiesTest {

  static Stream<Scenario> scenarios() {
    return ScenarioReader.read(Path.of("..", "examples", "decolletage-scenarios.yaml")).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void accountingIdentitiesHold(Scenario s) {
    DealResult r = LboEngine.DEFAULT.run(s.deal());
    assertThat(r.sourcesAndUses().totalSources())
        .isCloseTo(r.sourcesAndUses().totalUses(), within(0.005));
    YearTable y = r.years();
    for (ValueAddedSplit v : List.of(y.opcoValueAdded, y.groupValueAdded)) {
      for (int t = 0; t < y.size(); t++) {
        double parts = v.employees[t] + v.state[t] + v.lenders[t] + v.shareholders[t]
            + v.company[t];
        assertThat(parts).as("%s year %d", s.name(), y.year[t])
            .isCloseTo(v.valueAdded[t], within(1e-6 * Math.abs(v.valueAdded[t])));
      }
    }
    var b = r.valueBridge();
    double sum = b.ebitdaGrowth() + b.multipleChange() + b.deleveraging() + b.distributions()
        + b.fees();
    assertThat(sum).isCloseTo(b.equityGain(), within(1e-6 * Math.max(1, Math.abs(b.equityGain()))));
    for (var tr : r.debt()) {
      for (int t = 0; t < y.size(); t++) {
        double closing = tr.opening()[t] + tr.drawdown()[t] + tr.pik()[t] + tr.unpaidInterest()[t]
            - tr.mandatory()[t] - tr.sweep()[t];
        assertThat(tr.closing()[t]).isCloseTo(closing, within(1e-6 * Math.max(1, closing)));
      }
    }
    assertThat(ScenarioSummary.defaulted(r)).as(s.name() + " defaults").isFalse();
  }
}
