package org.reprise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.reprise.cli.text.Terminal;
import org.reprise.io.DealTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reprise new}: prints or writes the commented deal template. */
@Command(
    name = "new",
    usageHelpAutoWidth = true,
    description = {
      "Print a commented deal template to fill in (format: docs/deal-format.md), or write it to a "
          + "file with -o."
    })
final class NewCommand extends DealCommand {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the template to FILE instead of printing it.")
  Path output;

  @Option(
      names = {"-f", "--force"},
      description = "With -o: overwrite FILE if it exists.")
  boolean force;

  @Override
  int execute() throws Exception {
    String template = DealTemplate.text();
    if (!printOrWrite(output, force, template)) {
      return Main.OK;
    }
    PrintWriter out = spec.commandLine().getOut();
    String name = Terminal.safe(output.toString());
    out.println("Wrote " + name + ". Fill it in, then: reprise run " + name);
    out.flush();
    return Main.OK;
  }
}
