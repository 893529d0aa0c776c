package org.reprise.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.PartyReturn;
import org.reprise.engine.YearTable;
import org.reprise.engine.returns.Irr;
import org.reprise.engine.returns.Mirr;
import org.reprise.model.Deal;
import org.reprise.model.Exit;
import org.reprise.model.Structure;
import org.reprise.model.Tranche;
import org.reprise.model.Valuation;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.RateShock;
import org.reprise.model.risk.Regime;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.model.risk.RiskModel;

/**
 * One model, not two: a path with no randomness — standard deviations 0, recession probability 0,
 * growth equal to the deal's own — goes through the whole path machinery (generator, path deal,
 * runner) and must reproduce the deterministic engine's results to 1e-9.
 */
class NoRandomnessTest {
  private static final double EPS = 1e-9;

  /**
   * Expansion follows the plan exactly, with the default recovery (which never acts: no recession
   * opens a gap); the recession exists but is never entered.
   */
  static final RiskModel NO_RANDOMNESS =
      new RiskModel(
          new BusinessCycle(
              List.of(
                  Regime.of("expansion", 0.0, 0.0, true)
                      .withRecovery(RiskDefaults.EXPANSION_RECOVERY),
                  Regime.of("recession", -0.15, 0.0, false)),
              new double[][] {{1.0, 0.0}, {0.65, 0.35}},
              new double[] {1.0, 0.0}),
          RateShock.NONE,
          List.of());

  static Stream<Deal> deals() {
    Deals holdingAverage = new Deals();
    holdingAverage.structure = Structure.Kind.HOLDING;
    holdingAverage.taxGroup = true;
    holdingAverage.basis = Deal.InterestBasis.AVERAGE;
    holdingAverage.growth = new double[] {0.05, -0.02, 0.03};
    holdingAverage.cashSweep = 0.5;
    holdingAverage.term("Senior", "banks", 50.0, 0.06, 0.0, 5, true);
    holdingAverage.term("Mezz", "mezz", 15.0, 0.05, 0.05, 7, false);

    Deals forward = new Deals();
    forward.price = new Valuation(Valuation.Basis.MULTIPLE_FORWARD, 5.5);
    forward.exitValue = new Valuation(Valuation.Basis.MULTIPLE_FORWARD, 6.0);
    forward.exitYear = 4;
    forward.growth = new double[] {0.04};
    forward.fixedCosts = 10.0;
    forward.variableShare = 0.70;
    forward.term("Senior", "banks", 60.0, 0.07, 0.0, 6, true);

    Deals defaulting = new Deals();
    defaulting.growth = new double[] {-0.25, -0.10, 0.0};
    defaulting.fixedCosts = 15.0;
    defaulting.variableShare = 0.65;
    defaulting.revolver(5.0, 0.05);
    defaulting.term("Senior", "banks", 70.0, 0.09, 0.0, 4, true);
    defaulting.maxLeverage = Deals.fill(5, 4.0);

    // sold at 3× EBITDA instead of 7×: every payment of the hold made, the vendor loan short at
    // the exit (a payment default at the exit only, docs/risk.md §5)
    Deal factory = Deals.factory();
    Deal soldLow = DealEdits.withExit(factory, new Exit(factory.exit().year(),
        new Valuation(Valuation.Basis.MULTIPLE_LTM, 3.0), factory.exit().feeShare(), null, true));
    // revenue −25 %, −10 %, −5 %, then flat: the banks lend more through the revolver in the
    // default and get little back: flows with no single IRR, ranked at their annualised multiple
    Deal collapse = Deals.factory(new double[] {-0.25, -0.10, -0.05, 0.0, 0.0});

    // the factory with its sweep stepping down with leverage (75 % above 3.5×, 50 % above 2.5×,
    // none below; methodology §5.5): the path deals carry the steps
    Deal stepped = DealEdits.withFinancing(factory, factory.financing().withSweepSteps(
        new org.reprise.model.SweepSteps(List.of(
            new org.reprise.model.SweepSteps.Step(0.75, 3.5),
            new org.reprise.model.SweepSteps.Step(0.5, 2.5),
            new org.reprise.model.SweepSteps.Step(0.0, Double.NaN)),
            org.reprise.model.SweepSteps.Leverage.TOTAL)));

    // the factory with a dividend recap sized to 3.5× net leverage at the start of year 5 (years 2
    // and 3 break a covenant, which would stop it), at its lenders' test, the year's covenant
    // (methodology §5.13): the amount is the path's own, here the run's
    Tranche senior = factory.financing().debt().get(1);
    List<Tranche> withRecap = new java.util.ArrayList<>(factory.financing().debt());
    withRecap.add(new Tranche("Recap", "recap lenders", Tranche.Kind.TERM, senior.borrower(),
        new Tranche.Size(Tranche.Size.Basis.AMOUNT, Double.POSITIVE_INFINITY), senior.cashRate(),
        senior.floating(), senior.baseRate(), senior.floor(), new double[5], 0.02, new double[5],
        0, false, 99, 0.0, 0.0, false, new double[5], new double[0], null,
        new Tranche.Draw(5, 3.5, 3.5)));
    Deal sizedRecap = DealEdits.withFinancing(factory, factory.financing().withDebt(withRecap));

    return Stream.of(
        Deals.paper(),
        factory,
        holdingAverage.build(),
        forward.build(),
        defaulting.build(),
        soldLow,
        collapse,
        stepped,
        sizedRecap);
  }

  /** The recap fixture draws its recap in the run: the paths then draw the same amount. */
  @Test
  void theRecapFixtureDrawsItsRecap() {
    DealResult r = LboEngine.DEFAULT.run(deals().toList().get(8));
    assertThat(r.years().recap().borrowed[4]).isPositive();
    assertThat(r.years().recap().proFormaLeverage[4]).isCloseTo(3.5, within(1e-12));
  }

  /** The last two fixtures reach what the others do not: a default at the exit only, no IRR. */
  @Test
  void theFixturesCoverAnExitShortfallAndAnIrrWithNoSingleRoot() {
    List<Deal> all = deals().toList();
    DealResult soldLow = LboEngine.DEFAULT.run(all.get(5));
    assertThat(soldLow.paymentDefault().occurred()).isFalse();
    assertThat(soldLow.exitPaysEveryTranche()).isFalse();
    DealResult collapse = LboEngine.DEFAULT.run(all.get(6));
    assertThat(collapse.returns()).anySatisfy(
        p -> assertThat(Mirr.noSingleRoot(Irr.irr(p.flows()))).isTrue());
  }

  @ParameterizedTest
  @MethodSource("deals")
  void aPathWithNoRandomnessReproducesTheEngine(Deal deal) {
    DealResult expected = LboEngine.DEFAULT.run(deal);
    for (RiskModel risk : List.of(NO_RANDOMNESS, RiskModel.planOnly())) {
      PathGenerator generator = new PathGenerator(deal, risk, null);
      PathInputs in = new PathInputs(deal.years(), deal.financing().debt().size());
      for (long path = 0; path < 3; path++) {
        UniformRandomProvider rng = Seeds.forPath(42L, path);
        generator.generate(rng, ZigguratSampler.NormalizedGaussian.of(rng), in);
        assertThat(in.costShifted).isFalse();
        assertThat(in.rateShifted).isFalse();
        DealResult actual = LboEngine.DEFAULT.run(PathDeals.of(deal, expected).build(in));
        assertSameResults(actual, expected);
        if (expected.years().recap() != null) {
          assertThat(actual.years().recap().borrowed)
              .containsExactly(expected.years().recap().borrowed, within(EPS));
        }

        PathOutcome out = new PathOutcome(expected.returns().size());
        new EnginePathRunner().run(PathDeals.of(deal, expected).build(in), out);
        for (int k = 0; k < expected.returns().size(); k++) {
          assertClose(out.irr(k), expected.returns().get(k).irr());
          assertClose(out.moic(k), expected.returns().get(k).moic());
        }
        assertThat(out.exitEquityValue()).isCloseTo(expected.exit().equityValue(), within(EPS));
        assertThat(out.firstDefault() >= 0)
            .isEqualTo(expected.paymentDefault().occurred() || !expected.exitPaysEveryTranche());
        assertThat(out.exitShortfall()).isEqualTo(!expected.exitPaysEveryTranche());
      }
    }
  }

  @Test
  void theDefaultingFixtureDefaultsAndTheFactoryDoesNot() {
    List<Deal> all = deals().toList();
    assertThat(LboEngine.DEFAULT.run(all.get(4)).paymentDefault().occurred()).isTrue();
    assertThat(LboEngine.DEFAULT.run(all.get(1)).paymentDefault().occurred()).isFalse();
  }

  /** The whole simulator on the no-randomness model: every path is the deterministic run. */
  @ParameterizedTest
  @MethodSource("deals")
  void aSimulationWithNoRandomnessIsTheDeterministicRunOnEveryPath(Deal deal) {
    DealResult expected = LboEngine.DEFAULT.run(deal);
    SimulationResult r = Simulator.DEFAULT.run(deal, NO_RANDOMNESS, 1500, 7L, 2, null, null);
    assertThat(r.paths()).isEqualTo(1500);
    assertThat(r.failedPaths()).isZero();
    boolean defaults = expected.paymentDefault().occurred() || !expected.exitPaysEveryTranche();
    assertThat(r.defaultProbability()).isEqualTo(defaults ? 1.0 : 0.0);
    for (int k = 0; k < expected.returns().size(); k++) {
      PartyReturn p = expected.returns().get(k);
      // every path is the deterministic run: the mean flows are its flows
      assertClose(r.pooledIrr(k), p.irr());
      assertClose(r.pooledMoic(k), p.moic());
      var irr = r.metric("irr." + p.party());
      assertClose(irr.baseValue(), p.irr());
      if (!Double.isNaN(p.irr())) {
        // all values equal: the estimate is clamped to [min, max] = the value itself
        assertThat(irr.all().p5()).isCloseTo(p.irr(), within(EPS));
        assertThat(irr.all().p95()).isCloseTo(p.irr(), within(EPS));
        assertThat(irr.all().mean()).isCloseTo(p.irr(), within(EPS));
      } else if (Mirr.noSingleRoot(Irr.irr(p.flows()))) {
        // no single root: every path enters at the annualised multiple, counted as substituted
        assertThat(irr.all().substituted()).isEqualTo(1500);
        assertThat(irr.all().undefined()).isZero();
        assertThat(irr.all().mean()).isCloseTo(Mirr.zeroRates(p.flows()), within(EPS));
      } else {
        assertThat(irr.all().undefined()).isEqualTo(1500);
        assertThat(irr.all().substituted()).isZero();
      }
    }
    if (expected.years().recap() != null) {
      // every path draws the run's recap, or none does
      double borrowed = 0.0;
      for (int t = 0; t < expected.exitYearIndex(); t++) {
        borrowed += expected.years().recap().borrowed[t];
      }
      assertThat(r.recapDrawnProbability()).isEqualTo(borrowed > 0.0 ? 1.0 : 0.0);
      if (borrowed > 0.0) {
        assertThat(r.recapMeanBorrowed()).isCloseTo(borrowed, within(EPS * borrowed));
      }
    }
    assertThat(r.metric("exit.equityValue").all().mean())
        .isCloseTo(
            expected.exit().equityValue(),
            within(EPS * Math.max(1.0, Math.abs(expected.exit().equityValue()))));
  }

  static void assertSameResults(DealResult actual, DealResult expected) {
    YearTable a = actual.years();
    YearTable e = expected.years();
    for (int t = 0; t < e.size(); t++) {
      assertThat(a.revenue[t]).isEqualTo(e.revenue[t]);
      assertThat(a.cash[t]).isCloseTo(e.cash[t], within(EPS));
      assertThat(a.debt[t]).isCloseTo(e.debt[t], within(EPS));
      assertThat(a.ebitda[t]).isCloseTo(e.ebitda[t], within(EPS));
      assertThat(a.incomeTax[t]).isCloseTo(e.incomeTax[t], within(EPS));
      assertThat(a.defaulted[t]).isEqualTo(e.defaulted[t]);
      assertThat(a.covenantBreach[t]).isEqualTo(e.covenantBreach[t]);
    }
    assertThat(actual.exit().equityValue()).isCloseTo(expected.exit().equityValue(), within(EPS));
    assertThat(actual.paymentDefault()).isEqualTo(expected.paymentDefault());
    assertThat(actual.returns()).hasSameSizeAs(expected.returns());
    for (int k = 0; k < expected.returns().size(); k++) {
      PartyReturn pa = actual.returns().get(k);
      PartyReturn pe = expected.returns().get(k);
      assertThat(pa.party()).isEqualTo(pe.party());
      assertClose(pa.irr(), pe.irr());
      assertClose(pa.moic(), pe.moic());
    }
  }

  private static void assertClose(double actual, double expected) {
    if (Double.isNaN(expected)) {
      assertThat(actual).isNaN();
    } else {
      assertThat(actual).isCloseTo(expected, within(EPS));
    }
  }
}
