package org.reprise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reprise.cli.text.CompareReport;
import org.reprise.cli.text.Lang;
import org.reprise.engine.DealResult;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.io.result.CompareJson;
import org.reprise.io.result.ScenarioSummary;
import org.reprise.model.DealException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reprise compare FILE}: runs every ownership scenario of a file, side by side. */
@Command(
    name = "compare",
    usageHelpAutoWidth = true,
    description = {
      "Run every ownership scenario of a deal file (status quo, fund LBO, employee LBO, SCOP...) "
          + "and show them side by side: price paid, debt, owners at the end, sharing of the value "
          + "added, participation, cash taken out of the company, returns per party, the blended "
          + "return of all the equity and the envy ratio, covenant "
          + "headroom, payment default, who captures the deleveraging, and the differences with "
          + "the status quo.",
      "A file without a `scenarios` list is one scenario."
    })
final class CompareCommand extends DealCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The deal file (YAML or JSON).")
  Path file;

  @Option(
      names = "--json",
      description = "Print the comparison as JSON instead (format: docs/compare-output.md).")
  boolean json;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = RunCommand.LangConverter.class,
      description = "Language of the table and number format: en or fr. Default: ${DEFAULT-VALUE}.")
  Lang lang;

  @Override
  int execute() {
    ScenarioReader.Scenarios all = readScenarios(file);
    List<Scenario> scenarios = all.scenarios();
    List<ScenarioSummary> summaries = new ArrayList<>();
    for (Scenario s : scenarios) {
      summaries.add(ScenarioSummary.of(s.name(), s.kind(), s.deal(), run(s)));
    }
    String name = all.name();
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? CompareJson.toJson(name, summaries)
        : new CompareReport(lang).render(name, summaries));
    out.flush();
    return Main.OK;
  }

  /** Runs one scenario; an engine error names the scenario's path in the file. */
  static DealResult run(Scenario s) {
    try {
      return run(s.deal());
    } catch (DealException e) {
      throw s.locate(e);
    }
  }
}
