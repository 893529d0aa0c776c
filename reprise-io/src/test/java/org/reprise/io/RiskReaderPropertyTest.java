package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.model.DealException;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.StressScenario;

/**
 * Seeded random {@code risk} sections, valid and not: the reader either returns a model whose
 * invariants hold or throws a {@link DealException} with a one-line message naming a key under
 * {@code risk} — never anything else.
 */
class RiskReaderPropertyTest {

  static Stream<Long> seeds() {
    return IntStream.range(0, 400).mapToObj(i -> 0x5EEDL * 31 + i);
  }

  private static final String[] NUMBERS = {
    "0", "1", "0.5", "0.25", "0.75", "\"50%\"", "\"12.5%\"", "\"100%\"", "0.125", "0.875", "null"
  };
  private static final String[] ODD = {
    "-0.1", "1.5", "\"-5%\"", "lots", ".nan", "1e400", "[]", "{}", "\"0.5\"", "-1", "\"1,5%\""
  };

  /** A value that is usually a valid probability or rate, sometimes not. */
  private static String number(SplittableRandom r) {
    return r.nextInt(10) < 9
        ? NUMBERS[r.nextInt(NUMBERS.length)]
        : ODD[r.nextInt(ODD.length)];
  }

  private static String row(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder("[");
    if (r.nextInt(3) == 0) {
      for (int j = 0; j < n; j++) {
        b.append(j == 0 ? "" : ", ").append(number(r));
      }
    } else { // a valid row
      double left = 1.0;
      for (int j = 0; j < n; j++) {
        double p = j == n - 1 ? left : left * r.nextInt(5) / 4.0;
        left -= p;
        b.append(j == 0 ? "" : ", ").append(p);
      }
    }
    return b.append("]").toString();
  }

  static String section(SplittableRandom r) {
    int n = 1 + r.nextInt(3);
    StringBuilder b = new StringBuilder("risk:\n");
    if (r.nextBoolean()) {
      b.append("  cycle:\n    regimes:\n");
      int regimes = r.nextInt(8) == 0 ? n + 1 : n;
      for (int i = 0; i < regimes; i++) {
        b.append("      - {name: ").append(r.nextInt(6) == 0 ? "r0" : "r" + i)
            .append(", growth: {mean: ").append(number(r)).append(", sd: ").append(number(r))
            .append(r.nextBoolean() ? ", relativeToPlan: false" : "").append("}}\n");
      }
      b.append("    transition: [");
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? "" : ", ").append(row(r, n));
      }
      b.append("]\n");
      switch (r.nextInt(4)) {
        case 0 -> b.append("    initial: r0\n");
        case 1 -> b.append("    initial: ").append(row(r, n)).append('\n');
        case 2 -> b.append("    initial: ").append(number(r)).append('\n');
        default -> { }
      }
    }
    if (r.nextBoolean()) {
      b.append("  rates: {persistence: ").append(number(r)).append(", volatility: ")
          .append(number(r)).append("}\n");
    }
    if (r.nextBoolean()) {
      b.append("  stress:\n");
      b.append(r.nextBoolean()
          ? "    - {name: s, depth: " + number(r) + ", levelAfterRebound: " + number(r) + "}\n"
          : "    - {name: s, startYear: " + number(r) + ", growth: [" + number(r) + ", "
              + number(r) + "]}\n");
    }
    return b.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void readsOrExplainsWhereTheProblemIs(long seed) {
    String text = TestDeals.MINIMAL + section(new SplittableRandom(seed));
    RiskReader.Risk risk;
    try {
      risk = RiskReader.parse(text, "test.yaml");
    } catch (DealException e) {
      if (!e.getMessage().startsWith("YAML syntax error")) { // such as `.nan`, refused by the loader
        assertThat(e.path()).as(text).startsWith("risk");
      }
      assertThat(e.getMessage()).as(text).doesNotContain("\n").doesNotContain("internal error");
      return;
    }
    RiskModel m = risk.model();
    BusinessCycle c = m.cycle();
    for (double[] row : c.transition()) {
      double sum = 0;
      for (double p : row) {
        assertThat(p).isBetween(0.0, 1.0);
        sum += p;
      }
      assertThat(Math.abs(sum - 1)).as(text).isLessThanOrEqualTo(1e-9);
    }
    assertThat(c.initial()).hasSize(c.size());
    assertThat(m.rates().volatility()).isGreaterThanOrEqualTo(0);
    for (StressScenario s : m.stresses()) {
      for (double g : s.growth()) {
        assertThat(g).isGreaterThan(-1);
      }
    }
  }
}
