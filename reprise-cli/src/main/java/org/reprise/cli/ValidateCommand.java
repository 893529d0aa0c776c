package org.reprise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reprise.cli.text.AmountUnit;
import org.reprise.cli.text.Lang;
import org.reprise.cli.text.Numbers;
import org.reprise.cli.text.Terminal;
import org.reprise.engine.BuyoutChain;
import org.reprise.engine.DealResult;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.model.Deal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code reprise validate FILE}: reads and runs a deal, says OK or what is wrong. */
@Command(
    name = "validate",
    usageHelpAutoWidth = true,
    description = {
      "Check a deal file: read it and run it through the engine (which checks, for example, that "
          + "sources equal uses); with a `scenarios` list, every scenario.",
      "Prints \"OK: <deal> (<n> years, sources = uses = <amount>)\" or the first error, with the "
          + "key path of the offending value."
    })
final class ValidateCommand extends DealCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The deal file (YAML or JSON).")
  Path file;

  @Override
  int execute() {
    ScenarioReader.Scenarios all = readScenarios(file);
    PrintWriter out = spec.commandLine().getOut();
    List<Scenario> scenarios = all.scenarios();
    if (scenarios.size() == 1 && scenarios.get(0).path().isEmpty()) {
      Scenario s = scenarios.get(0);
      out.println("OK: " + Terminal.safe(s.deal().name()) + " (" + summary(s) + ")");
    } else {
      List<String> lines = new ArrayList<>();
      for (Scenario s : scenarios) {
        lines.add("  " + Terminal.safe(s.name()) + " [" + s.kind() + "]: " + summary(s));
      }
      out.println("OK: " + Terminal.safe(all.name()) + " (" + scenarios.size() + " scenarios)");
      lines.forEach(out::println);
    }
    if (all.chainRounds() > 0) {
      ScenarioReader.Chain chain = readChain(file, null);
      List<BuyoutChain.Round> rounds = BuyoutChain.run(chain.template(), chain.rounds());
      BuyoutChain.Round last = rounds.get(rounds.size() - 1);
      out.println("  chain: " + rounds.size() + (rounds.size() == 1 ? " buyout" : " buyouts")
          + ", " + (rounds.get(0).result().baseYear() + 1) + "-"
          + (last.result().baseYear() + last.result().exitYearIndex()));
    }
    out.flush();
    return Main.OK;
  }

  /** Runs a scenario: {@code 5 years, sources = uses = 41,369.0 k€}. */
  private static String summary(Scenario s) {
    DealResult result = CompareCommand.run(s);
    Deal deal = s.deal();
    double total = result.sourcesAndUses().totalSources();
    AmountUnit unit = AmountUnit.forDeal(total);
    return deal.years() + (deal.years() == 1 ? " year" : " years") + ", sources = uses = "
        + new Numbers(Lang.EN).amount(total, unit) + " " + unit.symbol();
  }
}
