package org.reprise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reprise.cli.text.AmountUnit;
import org.reprise.cli.text.Labels;
import org.reprise.cli.text.Lang;
import org.reprise.cli.text.Numbers;
import org.reprise.cli.text.Terminal;
import org.reprise.engine.BuyoutChain;
import org.reprise.engine.DealResult;
import org.reprise.io.DealWarnings;
import org.reprise.io.MessagesFr;
import org.reprise.io.RiskReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.model.Deal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reprise validate FILE}: reads and runs a deal, says OK or what is wrong. */
@Command(
    name = "validate",
    usageHelpAutoWidth = true,
    description = {
      "Check a deal file: read it and run it through the engine (which checks, for example, that "
          + "sources equal uses); with a `scenarios` list, every scenario; and read its `risk` "
          + "section, which simulate and grid use.",
      "Prints \"OK: <deal> (<n> years, sources = uses = <amount>)\" or the first error, with the "
          + "key path of the offending value. A value left out whose default changes the "
          + "figures (such as participation.baseYearReserve) gives a warning on standard error, "
          + "not an error."
    })
final class ValidateCommand extends DealCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The deal file (YAML or JSON).")
  Path file;

  /**
   * The language of the OK line, the warnings and the error messages (the command line's {@link
   * ErrorHandler} reads it): a French user checking a file reads what is wrong in French (review
   * 32, Wo1).
   */
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = RunCommand.LangConverter.class,
      description = "Language of the OK line, the warnings and the error messages: en or fr."
          + " Default: ${DEFAULT-VALUE}.")
  Lang lang;

  @Override
  int execute() {
    ScenarioReader.Scenarios all = readScenarios(file);
    // the risk section too, which run ignores and simulate and grid read: an error in it is not
    // preceded by OK (review 20, finding 13)
    RiskReader.Risk risk = RiskReader.read(file);
    PrintWriter out = spec.commandLine().getOut();
    List<Scenario> scenarios = all.scenarios();
    // a chain is read and run before anything is printed: an error in it is not preceded by OK
    String chainLine = null;
    if (all.chainRounds() > 0) {
      ScenarioReader.Chain chain = readChain(file, null);
      List<BuyoutChain.Round> rounds = BuyoutChain.run(chain.template(), chain.rounds());
      BuyoutChain.Round last = rounds.get(rounds.size() - 1);
      chainLine = "  " + text().format("validate.chain", rounds.size(),
          text().get(rounds.size() == 1 ? "validate.buyout" : "validate.buyouts"),
          rounds.get(0).result().baseYear() + 1,
          last.result().baseYear() + last.result().exitYearIndex());
    }
    if (scenarios.size() == 1 && scenarios.get(0).path().isEmpty()) {
      Scenario s = scenarios.get(0);
      out.println(text().format("validate.ok", Terminal.safe(s.deal().name()), summary(s)));
    } else {
      List<String> lines = new ArrayList<>();
      for (Scenario s : scenarios) {
        // "  Fund LBO [fund-lbo]: …", the colon spaced in French
        lines.add("  " + Terminal.safe(s.name()) + " [" + s.kind() + "]"
            + (language() == Lang.FR ? "\u00a0: " : ": ") + summary(s));
      }
      out.println(text().format("validate.okScenarios", Terminal.safe(all.name()),
          scenarios.size()));
      lines.forEach(out::println);
    }
    warnings(scenarios);
    stressWarnings(scenarios, risk);
    if (chainLine != null) {
      out.println(chainLine);
    }
    out.flush();
    return Main.OK;
  }

  /**
   * Prints the {@link DealWarnings} on standard error, one line each, as errors are printed: {@code
   * warning: FILE: participation.baseYearReserve: …}; in a scenarios file a warning that not
   * every scenario has names those that have it.
   */
  private void warnings(List<Scenario> scenarios) {
    PrintWriter err = spec.commandLine().getErr();
    for (DealWarnings.Shared w : DealWarnings.of(scenarios)) {
      String message = w.warning().text();
      err.println(text().format("validate.warning", Terminal.safe(file.toString()),
          w.warning().path(), Terminal.safe(named(w.scenarios())),
          language() == Lang.FR ? MessagesFr.translate(message) : message));
    }
    err.flush();
  }

  /**
   * Warns of each stress of the file's {@code risk} section that starts after the exit of some
   * scenario (review 36, W4): {@code simulate}, {@code run}, {@code compare} and {@code grid}
   * refuse it when {@code --stress} names it, and apply the file's other stresses; a warning, as
   * nothing else reads it. At its key path in the file, {@code risk.stress[0].startYear}.
   */
  private void stressWarnings(List<Scenario> scenarios, RiskReader.Risk risk) {
    PrintWriter err = spec.commandLine().getErr();
    for (org.reprise.model.risk.StressScenario stress : risk.model().stresses()) {
      if (!risk.stressPaths().containsKey(stress.name())) {
        continue; // a default stress starts in year 1
      }
      // one line per message: the scenarios whose exit comes before the stress, named
      java.util.Map<String, List<String>> late = new java.util.LinkedHashMap<>();
      String path = null;
      for (Scenario s : scenarios) {
        org.reprise.model.DealException e = StressedPlan.startsAfterExit(s.deal(), stress, risk);
        if (e != null) {
          path = e.path();
          List<String> names = late.computeIfAbsent(
              SimulateCommand.message(e) + STRESS_REFUSED, k -> new ArrayList<>());
          if (!s.path().isEmpty()) {
            names.add(s.name());
          }
        }
      }
      for (java.util.Map.Entry<String, List<String>> w : late.entrySet()) {
        err.println(text().format("validate.warning", Terminal.safe(file.toString()), path,
            Terminal.safe(named(w.getValue())),
            language() == Lang.FR ? MessagesFr.translate(w.getKey()) : w.getKey()));
      }
    }
    err.flush();
  }

  /** After the message of a stress that starts after the exit, in a warning of validate. */
  static final String STRESS_REFUSED =
      ": simulate, run, compare and grid refuse it (--stress)";

  /** @return {@code  (scenario "A")}, {@code  (scenarios "A", "B")}, or "" for none */
  private String named(List<String> scenarios) {
    if (scenarios.isEmpty()) {
      return "";
    }
    List<String> quoted = new ArrayList<>();
    for (String s : scenarios) {
      quoted.add("\"" + s + "\"");
    }
    return text().format(quoted.size() == 1 ? "validate.inScenario" : "validate.inScenarios",
        String.join(", ", quoted));
  }

  /** Runs a scenario: {@code 5 years, sources = uses = 41,369.0 k€}, in the chosen language. */
  private String summary(Scenario s) {
    DealResult result = CompareCommand.run(s);
    Deal deal = s.deal();
    double total = result.sourcesAndUses().totalSources();
    AmountUnit unit = AmountUnit.forDeal(total);
    String years = text().format(deal.years() == 1 ? "validate.year" : "validate.years",
        deal.years());
    return text().format("validate.summary", years,
        new Numbers(language()).amount(total, unit), unit.symbol());
  }

  /** @return the language asked for, English when none */
  private Lang language() {
    return lang == null ? Lang.EN : lang;
  }

  /** @return the labels of {@link #language} */
  private Labels text() {
    return new Labels(language());
  }
}
