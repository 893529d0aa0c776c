package org.reprise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.reprise.cli.text.AmountUnit;
import org.reprise.cli.text.Lang;
import org.reprise.cli.text.Numbers;
import org.reprise.cli.text.Terminal;
import org.reprise.engine.DealResult;
import org.reprise.model.Deal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code reprise validate FILE}: reads and runs a deal, says OK or what is wrong. */
@Command(
    name = "validate",
    usageHelpAutoWidth = true,
    description = {
      "Check a deal file: read it and run it through the engine (which checks, for example, that "
          + "sources equal uses).",
      "Prints \"OK: <deal> (<n> years, sources = uses = <amount>)\" or the first error, with the "
          + "key path of the offending value."
    })
final class ValidateCommand extends DealCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The deal file (YAML or JSON).")
  Path file;

  @Override
  int execute() {
    Deal deal = read(file);
    DealResult result = run(deal);
    PrintWriter out = spec.commandLine().getOut();
    double total = result.sourcesAndUses().totalSources();
    AmountUnit unit = AmountUnit.forDeal(total);
    out.println(
        "OK: "
            + Terminal.safe(deal.name())
            + " ("
            + deal.years()
            + (deal.years() == 1 ? " year" : " years")
            + ", sources = uses = "
            + new Numbers(Lang.EN).amount(total, unit)
            + " "
            + unit.symbol()
            + ")");
    out.flush();
    return Main.OK;
  }
}
