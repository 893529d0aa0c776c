package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.model.DealException;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.RateShock;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.ShortTimeWork;

/** The {@code risk} section as a whole: defaults, rates, origin, stress lookup, errors. */
class RiskReaderTest {

  @TempDir Path dir;

  /** Reads the minimal deal with {@code yaml} (indented by the caller) under {@code risk:}. */
  static RiskReader.Risk risk(String yaml) {
    return RiskReader.parse(TestDeals.MINIMAL + "risk:\n" + yaml + "\n", "test.yaml");
  }

  static AbstractThrowableAssert<?, ? extends Throwable> failsAt(String yaml, String path) {
    return assertThatThrownBy(() -> risk(yaml))
        .isInstanceOf(DealException.class)
        .satisfies(e -> assertThat(((DealException) e).path()).isEqualTo(path));
  }

  static void assertSameCycle(BusinessCycle a, BusinessCycle b) {
    assertThat(a.regimes()).isEqualTo(b.regimes());
    assertThat(a.transition()).isDeepEqualTo(b.transition());
    assertThat(a.initial()).containsExactly(b.initial());
  }

  @Test
  void noSectionGivesTheDocumentedDefaultsAndSaysSo() {
    RiskReader.Risk r = RiskReader.parse(TestDeals.MINIMAL, "test.yaml");
    RiskModel d = RiskDefaults.autoSupplier();
    assertThat(r.section()).isFalse();
    assertThat(r.defaults()).isTrue();
    assertThat(r.defaultCycle()).isTrue();
    assertSameCycle(r.model().cycle(), d.cycle());
    assertThat(r.model().rates()).isEqualTo(RateShock.NONE);
    assertThat(r.stressNames()).containsExactly("2009", "2009-severe");
    assertThat(r.origin()).contains("defaults for an automotive supplier", "no `risk` section");
  }

  @Test
  void anEmptySectionKeepsEveryDefault() {
    RiskReader.Risk r = RiskReader.parse(TestDeals.MINIMAL + "risk: {}\n", "test.yaml");
    assertThat(r.section()).isTrue();
    assertThat(r.defaults()).isTrue();
    assertSameCycle(r.model().cycle(), RiskDefaults.autoSupplierCycle());
    assertThat(r.origin()).contains("default business cycle", "no base-rate shocks");
  }

  @Test
  void theExamplesHaveNoRiskSection() throws Exception {
    for (String f : new String[] {"decolletage-secondary-lbo.yaml", "employee-buyout.yaml",
        "paper-lbo.yaml", "decolletage-scenarios.yaml"}) {
      assertThat(RiskReader.read(Path.of("..", "examples", f)).defaults()).as(f).isTrue();
    }
  }

  @Test
  void readsTheRatesInDecimalsOrPercent() {
    RiskReader.Risk r = risk("  rates: {persistence: 0.8, volatility: \"0.75%\", initial: -0.005}");
    assertThat(r.model().rates()).isEqualTo(new RateShock(0.8, 0.0075, -0.005));
    assertThat(r.origin()).contains("base-rate shocks from the file");
    assertThat(r.defaults()).isFalse();
    assertThat(risk("  rates: {volatility: 0.01}").model().rates())
        .isEqualTo(new RateShock(0, 0.01, 0));
  }

  @Test
  void badRatesAreNamed() {
    failsAt("  rates: {persistence: 1.5}", "risk.rates.persistence")
        .hasMessageContaining("between -1 and 1");
    failsAt("  rates: {volatility: \"-1%\"}", "risk.rates.volatility")
        .hasMessageContaining("of 0 or more");
    failsAt("  rates: {volatility: lots}", "risk.rates.volatility");
    failsAt("  rates: {volatilty: 0.01}", "risk.rates.volatilty")
        .hasMessageContaining("did you mean `volatility`?");
  }

  /** {@code shortTimeWork}: the limits of the personnel flexibility (docs/risk.md §2.1). */
  @Test
  void readsTheShortTimeWorkLimits() {
    assertThat(RiskReader.parse(TestDeals.MINIMAL, "test.yaml").model().shortTimeWork())
        .isEqualTo(ShortTimeWork.NONE);
    assertThat(risk("  shortTimeWork: {maxCut: \"37%\", years: 2}").model().shortTimeWork())
        .isEqualTo(new ShortTimeWork(0.37, 2, 0));
    assertThat(risk("  shortTimeWork: {maxCut: 0.41}").model().shortTimeWork())
        .isEqualTo(new ShortTimeWork(0.41, 0, 0));
    assertThat(risk("  shortTimeWork: {years: 2, window: 3}").model().shortTimeWork())
        .isEqualTo(new ShortTimeWork(1.0, 2, 3));
    assertThat(risk("  shortTimeWork: {}").model().shortTimeWork().isNone()).isTrue();
  }

  @Test
  void badShortTimeWorkLimitsAreNamed() {
    failsAt("  shortTimeWork: {maxCut: \"150%\"}", "risk.shortTimeWork.maxCut")
        .hasMessageContaining("a share of the fixed payroll between 0 and 1");
    failsAt("  shortTimeWork: {years: 0}", "risk.shortTimeWork.years")
        .hasMessageContaining("a whole number between 1 and 50");
    failsAt("  shortTimeWork: {years: 1.5}", "risk.shortTimeWork.years");
    failsAt("  shortTimeWork: {window: 3}", "risk.shortTimeWork.years")
        .hasMessageContaining("the most years with a cut in `window`");
    failsAt("  shortTimeWork: {years: 3, window: 2}", "risk.shortTimeWork.window")
        .hasMessageContaining("a window longer than `years` (3), found 2");
    // "18 months in 24" is not {years: 2, window: 2}: 2 cut years in any 2 limits nothing
    failsAt("  shortTimeWork: {years: 2, window: 2}", "risk.shortTimeWork.window")
        .hasMessageContaining("a window longer than `years` (2), found 2");
    failsAt("  shortTimeWork: {month: 18}", "risk.shortTimeWork.month");
  }

  @Test
  void unknownKeysSuggestTheClosest() {
    failsAt("  cycel: {}", "risk.cycel").hasMessageContaining("did you mean `cycle`?");
    failsAt("  stresses: []", "risk.stresses").hasMessageContaining("did you mean `stress`?");
    failsAt("  - 1", "risk").hasMessageContaining("expected a mapping of keys (cycle, rates,");
  }

  @Test
  void findsAStressByNameOrSuggestsOne() {
    RiskReader.Risk r = RiskReader.parse(TestDeals.MINIMAL, "test.yaml");
    assertThat(r.stress("2009").growth()).containsExactly(RiskDefaults.crisis2009(1).growth());
    assertThatThrownBy(() -> r.stress("2008"))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("unknown stress scenario \"2008\": did you mean \"2009\"?")
        .hasMessageContaining("\"2009\", \"2009-severe\"");
    assertThat(r.startYearPath("2009")).isEqualTo("risk.stress");
  }

  @Test
  void readsAFileAndTheSameInJson() throws Exception {
    String yaml = TestDeals.MINIMAL + "risk:\n  rates: {volatility: 0.01}\n";
    Path file = dir.resolve("deal.yaml");
    Files.writeString(file, yaml);
    assertThat(RiskReader.read(file).model().rates().volatility()).isEqualTo(0.01);
    String json = TestDeals.JSON.writeValueAsString(TestDeals.YAML.readTree(yaml));
    Path jsonFile = dir.resolve("deal.json");
    Files.writeString(jsonFile, json);
    assertThat(RiskReader.read(jsonFile).model().rates().volatility()).isEqualTo(0.01);
  }

  @Test
  void fileProblemsAreReportedLikeTheDealReader() {
    assertThatThrownBy(() -> RiskReader.read(dir.resolve("missing.yaml")))
        .isInstanceOf(DealException.class)
        .hasMessage("cannot read the file: no such file");
    assertThatThrownBy(() -> RiskReader.parse("reprise: 1\nrisk: {cycle: [\n", "x.yaml"))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("YAML syntax error");
    assertThatThrownBy(() -> RiskReader.parse("reprise: 1\nrsik: {}\n", "x.yaml"))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("did you mean `risk`?");
  }
}
