package org.reprise.io.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.io.DealWarnings;
import org.reprise.model.risk.RiskDefaults;

/** The document of {@code reprise simulate --json}, on hand-made numbers. */
class SimulationJsonTest {

  private static final JsonMapper STRICT =
      JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  static final SimulationJson.Summary IRR =
      new SimulationJson.Summary(90, 10, 4, 30, -0.2, -1, -1, -0.5, 0.05, 0.12, 0.2, 0.4);
  static final SimulationJson.Summary EMPTY = new SimulationJson.Summary(0, 0, 0, 0, Double.NaN,
      Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  static final SimulationJson.Summary PARTICIPATION =
      new SimulationJson.Summary(100, 0, 0, 5, 2000, 0, 100, 1000, 2000, 3000, 4000, 5000);

  static SimulationJson.Run run(String name) {
    return run(name, true);
  }

  static SimulationJson.Run run(String name, boolean covenants) {
    return new SimulationJson.Run(name, "fund-lbo", 100, 0, "", false, 2025, 2,
        0.3, 0.04, 0.3, new double[] {0.1, 0.25}, new double[] {0.1, 0.2},
        new double[] {0.1, 0.3}, covenants, 0.5, new double[] {0.4, 0.45}, new double[] {0.4, 0.5}, 10, 9.5, 2.85,
        0.38, Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of("fund", "banks"),
        List.of(
            new SimulationJson.Metric("irr.fund", 0.11, IRR, IRR, EMPTY, 0.07),
            new SimulationJson.Metric("moic.fund", 1.7, IRR, IRR, IRR, 1.4),
            new SimulationJson.Metric("irr.banks", 0.05, IRR, IRR, IRR),
            new SimulationJson.Metric("moic.banks", 1.2, IRR, IRR, IRR),
            new SimulationJson.Metric("exit.equityValue", 1e6, PARTICIPATION, PARTICIPATION,
                PARTICIPATION),
            new SimulationJson.Metric("employees.participation", 3000, PARTICIPATION,
                PARTICIPATION, PARTICIPATION),
            new SimulationJson.Metric("custom.thing", 1, IRR, IRR, IRR)));
  }

  static JsonNode document() throws Exception {
    SimulationJson.Header h = new SimulationJson.Header("Deal", 100, 7, 2,
        RiskDefaults.crisis2009(1), RiskDefaults.autoSupplier(), "defaults", true, false,
        List.of(new DealWarnings.Shared(
            new DealWarnings.Warning("participation.baseYearReserve", "not given"), List.of("B"))));
    String text = SimulationJson.toJson(h, List.of(run("A"), run("B")));
    assertThat(text).endsWith("}\n");
    return STRICT.readTree(text);
  }

  /** A return has its pooled value (null when undefined); the other metrics have none. */
  @Test
  void returnsHaveTheirPooledValue() throws Exception {
    JsonNode s = document().get("scenarios").get(0);
    assertThat(s.get("irr").get("fund").get("pooled").asDouble()).isEqualTo(0.07);
    assertThat(s.get("moic").get("fund").get("pooled").asDouble()).isEqualTo(1.4);
    assertThat(s.get("irr").get("banks").get("pooled").isNull()).isTrue();
    assertThat(s.get("exit").get("equityValue").has("pooled")).isFalse();
  }

  @Test
  void writesTheContractFields() throws Exception {
    JsonNode d = document();
    assertThat(d.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(d.get("paths").asLong()).isEqualTo(100);
    assertThat(d.get("seed").asLong()).isEqualTo(7);
    assertThat(d.get("years").asInt()).isEqualTo(2);
    assertThat(d.get("cancelled").asBoolean()).isFalse();
    assertThat(d.get("stress").get("name").asText()).isEqualTo("2009");
    // the input warnings, each once, naming the scenarios concerned (none named: all of them)
    assertThat(d.get("warnings")).hasSize(1);
    assertThat(d.get("warnings").get(0).get("path").asText())
        .isEqualTo("participation.baseYearReserve");
    assertThat(d.get("warnings").get(0).get("message").asText()).isEqualTo("not given");
    assertThat(d.get("warnings").get(0).get("scenarios").get(0).asText()).isEqualTo("B");
    JsonNode s = d.get("scenarios");
    assertThat(s).hasSize(2);
    JsonNode a = s.get(0);
    assertThat(a.get("name").asText()).isEqualTo("A");
    assertThat(a.get("defaultProbability").asDouble()).isEqualTo(0.3);
    assertThat(a.get("defaultProbabilityStandardError").asDouble())
        .isEqualTo(Math.sqrt(0.3 * 0.7 / 100));
    assertThat(a.get("defaultProbabilityByYear")).hasSize(2);
    assertThat(a.get("defaultProbabilityByYear").get(1).asDouble()).isEqualTo(0.25);
    assertThat(a.get("covenantBreachProbability").asDouble()).isEqualTo(0.5);
    assertThat(a.get("calendarYears").toString()).isEqualTo("[2026,2027]");
    assertThat(a.get("expectedJobsAtRisk").asDouble()).isEqualTo(2.85);
    assertThat(a.get("expectedJobsAtRiskAtExitOnly").asDouble()).isEqualTo(0.38);
    // the hold only: 2.85 − 0.38 (review 36, X2)
    assertThat(a.get("expectedJobsAtRiskDuringHold").asDouble()).isEqualTo(2.85 - 0.38);
    // no dividend recapitalisation: null, not 0
    assertThat(a.get("recapDrawnProbability").isNull()).isTrue();
    assertThat(a.get("recapRefusedProbability").isNull()).isTrue();
    // and no mean amount borrowed at all: the key is written only with a recap
    assertThat(a.has("recapMeanBorrowed")).isFalse();
    assertThat(a.has("recapNoRoomProbability")).isFalse();
    for (String party : new String[] {"fund", "banks"}) {
      JsonNode irr = a.get("irr").get(party);
      for (String f : new String[] {"p5", "p25", "p50", "p75", "p95", "mean"}) {
        assertThat(irr.get(f).isNumber()).as(party + "." + f).isTrue();
      }
      assertThat(a.get("moic").get(party).get("p50").asDouble()).isEqualTo(0.05);
    }
    JsonNode fund = a.get("irr").get("fund");
    assertThat(fund.get("base").asDouble()).isEqualTo(0.11);
    assertThat(fund.get("p5").asDouble()).isEqualTo(-1);
    assertThat(fund.get("totalLoss").asLong()).isEqualTo(30);
    assertThat(fund.get("undefined").asLong()).isEqualTo(10);
    assertThat(fund.get("substituted").asLong()).isEqualTo(4);
    assertThat(a.get("exitShortfallProbability").asDouble()).isEqualTo(0.04);
    assertThat(a.get("defaultProbabilityIfFailedDefaulted").asDouble()).isEqualTo(0.3);
    assertThat(fund.get("performing").get("p50").asDouble()).isEqualTo(0.05);
    // no path in default: undefined statistics are null, never NaN
    assertThat(fund.get("inDefault").get("p50").isNull()).isTrue();
    assertThat(fund.get("inDefault").get("count").asLong()).isZero();
  }

  /**
   * Review 36, M1: the failed (not viable) share and the bounds that count the failed paths. 20
   * failed beside 80 computed: 20 / 100 = 0.2; jobs at risk if their headcount (10) were at risk
   * (2.85 × 80 + 10 × 20) / 100 = (228 + 200) / 100 = 4.28; participation if they paid none
   * 2,000 × 80 / 100 = 1,600. With none failed: 0, and the bounds are the means themselves.
   */
  @Test
  void theFailedShareAndItsBoundsAreWritten() throws Exception {
    SimulationJson.Run base = run("A");
    SimulationJson.Run failing = new SimulationJson.Run("A", "scop", 80, 20,
        "path 4: cooperative.seed.buybacks: below half", false, 2025, 2, 0.3, 0.04, 0.44,
        base.defaultByYear(), base.firstDefaultByYear(), base.cumulativeDefaultByYear(), true,
        0.5, base.breachByYear(), base.cumulativeBreachByYear(), 10, 9.5, 2.85, 0.38,
        Double.NaN, Double.NaN, Double.NaN, Double.NaN, base.parties(), base.metrics());
    SimulationJson.Header h = new SimulationJson.Header("Deal", 100, 7, 2, null,
        RiskDefaults.autoSupplier(), "defaults", true, false, List.of());
    JsonNode d = STRICT.readTree(SimulationJson.toJson(h, List.of(failing, base)));
    JsonNode f = d.get("scenarios").get(0);
    assertThat(f.get("failedProbability").asDouble()).isEqualTo(0.2);
    assertThat(f.get("expectedJobsAtRiskIfFailedAtRisk").asDouble())
        .isCloseTo(4.28, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(f.get("participationMeanIfFailedPaidNone").asDouble()).isEqualTo(1600.0);
    assertThat(f.get("firstFailure").asText())
        .isEqualTo("path 4: cooperative.seed.buybacks: below half");
    JsonNode none = d.get("scenarios").get(1);
    assertThat(none.get("failedProbability").asDouble()).isZero();
    assertThat(none.get("expectedJobsAtRiskIfFailedAtRisk").asDouble()).isEqualTo(2.85);
    assertThat(none.get("participationMeanIfFailedPaidNone").asDouble()).isEqualTo(2000.0);
  }

  /** A deal that tests no covenant (a status quo) has no breach probability: null, not 0. */
  @Test
  void noCovenantTestedIsNullNotZero() throws Exception {
    SimulationJson.Header h = new SimulationJson.Header("Deal", 100, 7, 2, null,
        RiskDefaults.autoSupplier(), "defaults", true, false, List.of());
    JsonNode s = STRICT.readTree(SimulationJson.toJson(h, List.of(run("Status quo", false))))
        .get("scenarios").get(0);
    for (String f : new String[] {"covenantBreachProbability",
        "covenantBreachProbabilityStandardError", "covenantBreachProbabilityByYear",
        "cumulativeCovenantBreachProbabilityByYear"}) {
      assertThat(s.get(f).isNull()).as(f).isTrue();
    }
    assertThat(s.get("defaultProbability").asDouble()).isEqualTo(0.3);
  }

  @Test
  void participationIsAlsoGivenPerEmployee() throws Exception {
    JsonNode p = document().get("scenarios").get(0).get("participation");
    assertThat(p.get("total").get("mean").asDouble()).isEqualTo(2000);
    assertThat(p.get("total").get("zero").asLong()).isEqualTo(5);
    assertThat(p.get("perEmployee").get("mean").asDouble()).isEqualTo(200);
    assertThat(p.get("perEmployee").get("p95").asDouble()).isEqualTo(400);
    assertThat(p.get("perEmployee").get("base").asDouble()).isEqualTo(300);
  }

  @Test
  void exitAndOtherMetricsHaveTheirOwnGroups() throws Exception {
    JsonNode a = document().get("scenarios").get(0);
    assertThat(a.get("exit").get("equityValue").get("base").asDouble()).isEqualTo(1e6);
    assertThat(a.get("metrics").get("custom.thing")).isNotNull();
    assertThat(a.get("firstFailure").isNull()).isTrue();
  }

  @Test
  void describesTheRiskModel() throws Exception {
    JsonNode m = document().get("riskModel");
    assertThat(m.get("defaults").asBoolean()).isTrue();
    assertThat(m.get("cycle").get("regimes").get(1).get("name").asText()).isEqualTo("recession");
    assertThat(m.get("cycle").get("regimes").get(1).get("growthMean").asDouble()).isEqualTo(-0.15);
    assertThat(m.get("cycle").get("transition").get(0).get(1).asDouble()).isEqualTo(0.125);
    assertThat(m.get("cycle").get("initial")).hasSize(2);
    assertThat(m.get("rates").get("volatility").asDouble()).isZero();
    assertThat(m.get("stresses")).hasSize(2);
    // personnel flexibility: 0 in the defaults, in every regime and stress
    assertThat(m.get("cycle").get("regimes").get(1).get("personnelFlex").isNumber()).isTrue();
    assertThat(m.get("cycle").get("regimes").get(1).get("personnelFlex").asDouble()).isZero();
    assertThat(m.get("stresses").get(0).get("personnelFlex").asDouble()).isZero();
  }

  @Test
  void aCancelledScenarioMarksTheDocument() throws Exception {
    SimulationJson.Run base = run("A");
    SimulationJson.Run cancelled = new SimulationJson.Run("A", "fund-lbo", 0, 0, "", true, 2025,
        2, Double.NaN, Double.NaN, Double.NaN, new double[] {Double.NaN, Double.NaN},
        new double[2], new double[2], true, Double.NaN, new double[2], new double[2], 10, Double.NaN, Double.NaN,
        Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, base.parties(),
        base.metrics());
    SimulationJson.Header h = new SimulationJson.Header("Deal", 100, 7, 2, null,
        RiskDefaults.autoSupplier(), "defaults", true, false, List.of());
    JsonNode d = STRICT.readTree(SimulationJson.toJson(h, List.of(cancelled)));
    assertThat(d.get("cancelled").asBoolean()).isTrue();
    assertThat(d.get("stress").isNull()).isTrue();
    assertThat(d.get("scenarios").get(0).get("defaultProbability").isNull()).isTrue();
    assertThat(d.get("scenarios").get(0).get("defaultProbabilityByYear").get(0).isNull()).isTrue();
    // interrupted between two scenarios: the runs are complete, the document is not
    SimulationJson.Header interrupted = new SimulationJson.Header("Deal", 100, 7, 2, null,
        RiskDefaults.autoSupplier(), "defaults", true, true, List.of());
    assertThat(STRICT.readTree(SimulationJson.toJson(interrupted, List.of(base)))
        .get("cancelled").asBoolean()).isTrue();
  }

  /** A run of {@link #run(String)} with a stressed plan. */
  static SimulationJson.Run withStressedPlan(SimulationJson.Run r, SimulationJson.StressedPlan p) {
    return new SimulationJson.Run(r.name(), r.kind(), r.paths(), r.failedPaths(),
        r.firstFailure(), r.cancelled(), r.baseYear(), r.exitYear(), r.defaultProbability(),
        r.exitShortfallProbability(), r.defaultProbabilityIfFailedDefaulted(), r.defaultByYear(),
        r.firstDefaultByYear(), r.cumulativeDefaultByYear(), r.covenantsTested(),
        r.breachProbability(), r.breachByYear(), r.cumulativeBreachByYear(), r.headcount(),
        r.meanHeadcountInDefault(), r.expectedJobsAtRisk(), r.expectedJobsAtRiskAtExitOnly(),
        r.recapDrawnProbability(), r.recapRefusedProbability(), r.recapNoRoomProbability(),
        r.recapMeanBorrowed(), r.parties(), r.metrics(), p);
  }

  /**
   * The stressed deterministic plan's defaults and breaches by calendar year: {@code null} without
   * a stress (the old constructor); the years, the exit shortfall and whether covenants are tested
   * with one (breach years {@code null} when none is tested); only the engine's message when it
   * refuses the stressed deal.
   */
  @Test
  void theStressedPlanIsNullWithoutAStressAndItsYearsWithOne() throws Exception {
    assertThat(document().get("scenarios").get(0).get("stressedPlan").isNull()).isTrue();

    SimulationJson.Run defaults = withStressedPlan(run("A"), new SimulationJson.StressedPlan(
        new int[] {2027, 2028}, true, 2027, true, new int[] {2026, 2027}, null));
    SimulationJson.Run untested = withStressedPlan(run("B", false),
        new SimulationJson.StressedPlan(new int[0], false, 2027, false, null, null));
    SimulationJson.Run refused = withStressedPlan(run("C"),
        SimulationJson.StressedPlan.notComputed("cooperative.seed.buybacks: below half"));
    SimulationJson.Header h = new SimulationJson.Header("Deal", 100, 7, 2,
        RiskDefaults.crisis2009(1), RiskDefaults.autoSupplier(), "defaults", true, false,
        List.of());
    JsonNode s = STRICT.readTree(SimulationJson.toJson(h, List.of(defaults, untested, refused)))
        .get("scenarios");

    JsonNode a = s.get(0).get("stressedPlan");
    assertThat(a.get("paymentDefaultYears").toString()).isEqualTo("[2027,2028]");
    assertThat(a.get("exitShortfall").asBoolean()).isTrue();
    assertThat(a.get("covenantsTested").asBoolean()).isTrue();
    assertThat(a.get("covenantBreachYears").toString()).isEqualTo("[2026,2027]");
    assertThat(a.get("notComputed").isNull()).isTrue();
    assertThat(a.has("exitYear")).as("the scenario's calendarYears end with it").isFalse();

    JsonNode b = s.get(1).get("stressedPlan");
    assertThat(b.get("paymentDefaultYears").toString()).isEqualTo("[]");
    assertThat(b.get("exitShortfall").asBoolean()).isFalse();
    assertThat(b.get("covenantsTested").asBoolean()).isFalse();
    assertThat(b.get("covenantBreachYears").isNull()).isTrue();

    JsonNode c = s.get(2).get("stressedPlan");
    assertThat(c.get("notComputed").asText()).isEqualTo("cooperative.seed.buybacks: below half");
    for (String f : new String[] {"paymentDefaultYears", "exitShortfall", "covenantsTested",
        "covenantBreachYears"}) {
      assertThat(c.get(f).isNull()).as(f).isTrue();
    }
  }
}
