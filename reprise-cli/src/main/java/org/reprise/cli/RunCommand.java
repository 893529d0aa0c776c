package org.reprise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reprise.cli.text.Lang;
import org.reprise.cli.text.TextReport;
import org.reprise.engine.DealResult;
import org.reprise.io.RiskReader;
import org.reprise.io.Scenario;
import org.reprise.io.result.ResultJson;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.risk.StressScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code reprise run FILE}: runs a deal and prints its results as tables or JSON. */
@Command(
    name = "run",
    usageHelpAutoWidth = true,
    description = {
      "Run a deal and print its results: sources and uses, operations, debt, the schedule of "
          + "each tranche, cash flow and debt service, balance sheet, credit statistics and "
          + "covenants, value "
          + "added, exit, returns per party, value bridge, who pays (with plain-language "
          + "sentences), payment default.",
      "Amounts in thousands of euros (k€), years as columns."
    })
final class RunCommand extends DealCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The deal file (YAML or JSON).")
  Path file;

  @Option(
      names = "--json",
      description = "Print the full results as JSON instead (format: docs/json-output.md).")
  boolean json;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = LangConverter.class,
      description = "Language of the tables and number format: en (1,234.5) or fr (1 234,5). "
          + "Default: ${DEFAULT-VALUE}.")
  Lang lang;

  @Option(
      names = "--scenario",
      paramLabel = "NAME",
      description = "Run this scenario of the file's `scenarios` list instead of the top-level "
          + "deal.")
  String scenario;

  @Option(
      names = "--stress",
      paramLabel = "NAME",
      description = "Apply this stress scenario of the file's `risk` section (or a default one, "
          + "such as 2009) to the deal and print the stressed deal's whole result: the same "
          + "stress as simulate --stress applies on every path (docs/risk.md §4).")
  String stress;

  @Override
  int execute() {
    Deal deal;
    DealResult result;
    Scenario picked = null;
    if (scenario == null) {
      deal = read(file);
    } else {
      picked = pick(readScenarios(file).scenarios(), scenario);
      deal = picked.deal();
    }
    StressScenario overlay = null;
    if (stress != null) {
      RiskReader.Risk risk = RiskReader.read(file);
      overlay = overlay(risk);
      try {
        DealException late = StressedPlan.startsAfterExit(deal, overlay, risk);
        if (late != null) {
          throw late;
        }
        deal = StressedPlan.apply(deal, overlay, risk);
      } catch (DealException e) {
        throw picked == null ? e : picked.locate(e);
      }
    }
    if (overlay == null) {
      result = picked == null ? run(deal) : CompareCommand.run(picked);
    } else {
      try {
        result = StressedPlan.runStressed(deal, overlay);
      } catch (DealException e) {
        throw picked == null ? e : picked.locate(e);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(overlay == null ? ResultJson.toJson(deal, result)
          : ResultJson.toJson(deal, result, overlay));
    } else {
      if (overlay != null) {
        out.print(StressedPlan.banner(lang, overlay, deal, result));
      }
      out.print(new TextReport(lang).render(deal, result));
    }
    out.flush();
    return Main.OK;
  }

  /** @return the stress named by {@code --stress}; a usage error when the file has none by it */
  private StressScenario overlay(RiskReader.Risk risk) {
    try {
      return StressedPlan.named(risk, stress);
    } catch (DealException e) {
      throw new ParameterException(spec.commandLine(), "--stress: " + SimulateCommand.message(e));
    }
  }

  /** @return the scenario named {@code name} */
  private Scenario pick(List<Scenario> scenarios, String name) {
    List<String> names = new ArrayList<>();
    for (Scenario s : scenarios) {
      if (s.name().equals(name)) {
        return s;
      }
      names.add("\"" + s.name() + "\"");
    }
    throw new InputException(file, "no scenario named \"" + name + "\"; the scenarios are "
        + String.join(", ", names));
  }

  /** Reads {@code --lang}: en or fr, any case. */
  /**
   * A whole number option ({@code --paths}, {@code --seed}): its error says what is expected in
   * words, not Java's "is not a long" (review 16, finding 11).
   */
  static final class WholeNumberConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException(value.trim().matches("[+-]?\\d+")
            ? "expected a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                + ", found '" + value + "'"
            : "expected a whole number written in digits (such as 2000), found '" + value + "'");
      }
    }
  }

  static final class LangConverter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      try {
        return Lang.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected en or fr, found '" + value + "'");
      }
    }
  }
}
