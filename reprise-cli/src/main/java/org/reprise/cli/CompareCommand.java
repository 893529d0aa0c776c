package org.reprise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reprise.cli.text.CompareReport;
import org.reprise.cli.text.Labels;
import org.reprise.cli.text.Lang;
import org.reprise.cli.text.Numbers;
import org.reprise.engine.DealResult;
import org.reprise.io.RiskReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.io.result.CompareJson;
import org.reprise.io.result.ScenarioSummary;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.risk.StressScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

  @Option(
      names = "--stress",
      paramLabel = "NAME",
      description = "Apply this stress scenario of the file's `risk` section (or a default one, "
          + "such as 2009) to every scenario, as run --stress does (docs/risk.md §4).")
  String stress;

  @Override
  int execute() {
    ScenarioReader.Scenarios all = readScenarios(file);
    List<Scenario> scenarios = all.scenarios();
    List<ScenarioSummary> summaries = new ArrayList<>();
    if (stress == null) {
      for (Scenario s : scenarios) {
        summaries.add(ScenarioSummary.of(s.name(), s.kind(), s.deal(), run(s)));
      }
    }
    StressScenario overlay = null;
    StringBuilder banner = new StringBuilder();
    java.util.Map<String, String> notComputed = new java.util.LinkedHashMap<>();
    if (stress != null) {
      RiskReader.Risk risk = RiskReader.read(file);
      try {
        overlay = StressedPlan.named(risk, stress);
      } catch (DealException e) {
        throw new ParameterException(spec.commandLine(),
            "--stress: " + SimulateCommand.message(e));
      }
      // every check before any output: the stress's start, then each stressed deal
      for (Scenario s : scenarios) {
        StressedPlan.checkStart(s, s.deal(), overlay, risk);
      }
      Labels l = new Labels(lang);
      banner.append(StressedPlan.describe(l, new Numbers(lang), overlay,
          scenarios.get(0).deal().company().base().year())).append('\n');
      DealException refused = null;
      for (Scenario s : scenarios) {
        Deal deal;
        DealResult result;
        try {
          deal = StressedPlan.apply(s.deal(), overlay, risk);
          result = StressedPlan.runStressed(deal, overlay);
        } catch (DealException e) {
          // a scenario the engine refuses under the stress (a SCOP d'amorçage whose members end
          // the seed period below half of the capital) is said and left out of the table, as the
          // simulation's stressed column reads n/a
          refused = s.locate(e);
          notComputed.put(s.name(), refused.getMessage());
          banner.append(l.format("stressed.scenario", s.name(),
              StressedPlan.notComputed(l, lang, refused))).append('\n');
          continue;
        }
        summaries.add(ScenarioSummary.of(s.name(), s.kind(), deal, result));
        banner.append(l.format("stressed.scenario", s.name(),
            StressedPlan.facts(l, deal, result))).append('\n');
      }
      if (summaries.isEmpty()) {
        throw refused;
      }
      banner.append('\n');
    }
    String name = all.name();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(overlay == null ? CompareJson.toJson(name, summaries)
          : CompareJson.toJson(name, summaries, overlay, notComputed));
    } else {
      out.print(banner);
      out.print(new CompareReport(lang).render(name, summaries));
    }
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
