package org.reprise.io.result;

import java.util.List;
import org.reprise.engine.DealResult;
import org.reprise.engine.DefaultEvent;
import org.reprise.engine.EnvyRatio;
import org.reprise.engine.EquityReturns;
import org.reprise.engine.ExitResult;
import org.reprise.engine.InstrumentReturn;
import org.reprise.engine.PartyReturn;
import org.reprise.engine.SourcesAndUses;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.ValueBridge;
import org.reprise.engine.YearTable;
import org.reprise.model.EquityClass;

/**
 * Hand-built results for the JSON tests. The numbers are made up but consistent where a test
 * reads them together (sources = uses, closing balances summing to the total debt).
 */
final class ResultFixtures {

  static final String SENIOR = "Senior A";
  static final String MEZZ = "Mezzanine";

  private ResultFixtures() {}

  /** A three-year deal with two tranches, a covenant breach and a payment default in 2027. */
  static DealResult threeYears() {
    return threeYears(new DefaultEvent(2027, 150_000.0, 250_000.0, 2));
  }

  static DealResult threeYears(DefaultEvent paymentDefault) {
    SourcesAndUses su =
        new SourcesAndUses(
            List.of(
                new SourcesAndUses.Line("Ordinary shares", 4_000_000.0),
                new SourcesAndUses.Line(SENIOR, 12_000_000.0),
                new SourcesAndUses.Line(MEZZ, 3_000_000.0)),
            List.of(
                new SourcesAndUses.Line("Purchase of shares", 18_200_000.0),
                new SourcesAndUses.Line("Transaction fees", 800_000.0)),
            19_000_000.0,
            19_000_000.0,
            18_000_000.0,
            3_000_000.0,
            6.0,
            18_200_000.0,
            3_000_000.0,
            1_000_000.0,
            250_000.0);

    YearTable y = new YearTable(3);
    for (int t = 0; t < 3; t++) {
      y.year[t] = 2026 + t;
      y.revenue[t] = 30_000_000.0 * (1 + 0.02 * t);
      y.ebitda[t] = 0.18 * y.revenue[t];
      y.freeCashFlow[t] = 1_500_000.0 - 100_000.0 * t;
      y.cash[t] = 500_000.0 + t;
      y.headcount[t] = 180;
    }
    double[] senior = {10_000_000.0, 8_000_000.0, 6_000_000.0};
    double[] mezz = {3_150_000.0, 3_307_500.0, 3_472_875.0};
    for (int t = 0; t < 3; t++) {
      y.debt[t] = senior[t] + mezz[t];
      y.netDebt[t] = y.debt[t] - y.cash[t];
      y.interestCover[t] = 4.5;
    }
    y.interestCover[2] = Double.POSITIVE_INFINITY;
    y.leverageHeadroom[0] = Double.NaN;
    y.covenantBreach[1] = true;
    y.defaulted[1] = true;
    y.shortfall[1] = 150_000.0;
    // A value whose shortest decimal has many digits, and a large amount.
    y.otherTaxes[0] = 0.1 + 0.2;
    y.personnelCosts[0] = 12_345_678.9;
    y.participation[0] = 120_000.0;
    y.participationPaid[1] = 140_000.0;
    // The group's value added of year 1, shared without remainder.
    y.groupValueAdded.valueAdded[0] = 15_000_000.0;
    y.groupValueAdded.employees[0] = 9_500_000.0;
    y.groupValueAdded.state[0] = 800_000.0;
    y.groupValueAdded.lenders[0] = 1_200_000.0;
    y.groupValueAdded.shareholders[0] = 0.0;
    y.groupValueAdded.company[0] = 3_500_000.0;

    TrancheSchedule seniorSchedule =
        tranche(SENIOR, "senior banks", "term", 12e6, new double[] {12e6, 10e6, 8e6}, senior);
    TrancheSchedule mezzSchedule =
        tranche(MEZZ, "mezzanine fund", "term", 3e6, new double[] {3e6, 3.15e6, 3.3075e6}, mezz);

    ExitResult exit =
        new ExitResult(
            2028,
            5_724_000.0,
            6.5,
            37_206_000.0,
            372_060.0,
            0.0,
            9_472_875.0,
            500_002.0,
            8_972_873.0,
            27_861_067.0,
            List.of(
                new ExitResult.WaterfallLine(SENIOR, "senior banks", 6_000_000.0, 6_000_000.0),
                new ExitResult.WaterfallLine(MEZZ, "mezzanine fund", 3_472_875.0, 3_472_875.0),
                new ExitResult.WaterfallLine(
                    "Ordinary shares", "fund", 27_861_067.0, 27_861_067.0)));

    List<PartyReturn> returns =
        List.of(
            new PartyReturn(
                "fund",
                "equity",
                new double[] {-4_000_000.0, 0, 0, 27_861_067.0},
                4_000_000.0,
                27_861_067.0,
                0.9105,
                "",
                6.965),
            new PartyReturn(
                "employees",
                "equity",
                new double[] {0, 0, 0, 0},
                0,
                0,
                Double.NaN,
                "nothing invested",
                Double.NaN));

    ValueBridge bridge =
        new ValueBridge(
            4_000_000.0, 27_861_067.0, 23_861_067.0, 1_944_000.0, 2_862_000.0, 20_227_127.0, 0,
            -1_172_060.0);

    double[] fundFlows = {-4_000_000.0, 0, 0, 27_861_067.0};
    EquityReturns equity =
        new EquityReturns(
            List.of(
                new InstrumentReturn(
                    "Ordinary shares", "fund", EquityClass.Kind.ORDINARY, 0.9, fundFlows,
                    4_000_000.0, 27_861_067.0, 6.965)),
            // the employees' 10 % of the ordinary shares cost them nothing
            new EnvyRatio(
                EnvyRatio.Status.MANAGEMENT_PAID_NOTHING, "fund", List.of("employees"),
                4_000_000.0, 0.9, 0.0, 0.1, Double.NaN));

    return new DealResult(
        "Test deal",
        "Décolletage Test SA",
        2025,
        3,
        su,
        y,
        List.of(seniorSchedule, mezzSchedule),
        exit,
        returns,
        equity,
        bridge,
        paymentDefault,
        4,
        null);
  }

  private static TrancheSchedule tranche(
      String name, String lender, String kind, double initial, double[] opening, double[] closing) {
    double[] zero = new double[closing.length];
    double[] mandatory = new double[closing.length];
    for (int t = 0; t < closing.length; t++) {
      mandatory[t] = Math.max(0, opening[t] - closing[t]);
    }
    return new TrancheSchedule(
        name, lender, "holding", kind, initial, initial * 0.01, opening, zero, mandatory, zero,
        zero, zero, zero, zero, zero, closing, zero, 0, 0, 0.0, 0.0);
  }
}
