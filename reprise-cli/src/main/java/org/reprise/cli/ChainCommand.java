package org.reprise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.reprise.cli.text.ChainReport;
import org.reprise.cli.text.Lang;
import org.reprise.engine.BuyoutChain;
import org.reprise.io.ScenarioReader;
import org.reprise.io.result.ChainJson;
import org.reprise.io.result.ChainSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reprise chain FILE}: a chain of successive buyouts of the same company. */
@Command(
    name = "chain",
    usageHelpAutoWidth = true,
    description = {
      "Run a chain of successive buyouts of the same company (secondary, tertiary... buyouts): at "
          + "each exit another fund buys the company at the exit price and reloads the debt on the "
          + "same terms.",
      "Shows, round by round and in total, what the company paid out (cash extracted, paid to the "
          + "holding, fees) and what each owner and lender put in and took out."
    })
final class ChainCommand extends DealCommand {

  /** Largest number of rounds accepted on the command line. */
  static final int MAX_ROUNDS = 20;

  @Parameters(index = "0", paramLabel = "FILE", description = "The deal file (YAML or JSON).")
  Path file;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = "Number of successive buyouts (default: chain.rounds in the file). The "
          + "projections must cover N holding periods: per-year lists repeat their last value.")
  Integer rounds;

  @Option(
      names = "--json",
      description = "Print the chain as JSON instead (format: docs/compare-output.md).")
  boolean json;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = RunCommand.LangConverter.class,
      description = "Language of the tables and number format: en or fr. Default: ${DEFAULT-VALUE}.")
  Lang lang;

  @Override
  int execute() {
    ScenarioReader.Chain chain = readChain(file, rounds);
    List<BuyoutChain.Round> result = BuyoutChain.run(chain.template(), chain.rounds());
    ChainSummary summary = ChainSummary.of(result);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? ChainJson.toJson(chain.name(), summary)
        : new ChainReport(lang).render(chain.name(), summary));
    out.flush();
    return Main.OK;
  }
}
