package org.reprise.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line in-process with captured output. */
final class Cli {

  /** The examples at the repository root, seen from the module directory. */
  static final Path EXAMPLES = Path.of("..", "examples");

  static final Path SECONDARY_LBO = EXAMPLES.resolve("decolletage-secondary-lbo.yaml");
  static final Path PAPER_LBO = EXAMPLES.resolve("paper-lbo.yaml");
  static final Path EMPLOYEE_BUYOUT = EXAMPLES.resolve("employee-buyout.yaml");
  static final Path SCENARIOS = EXAMPLES.resolve("decolletage-scenarios.yaml");
  static final Path CHAIN = EXAMPLES.resolve("decolletage-chain.yaml");
  /** The French versions of the secondary LBO and of the scenarios: every name in French. */
  static final Path SECONDARY_LBO_FR = EXAMPLES.resolve("fr/decolletage-lbo-secondaire.yaml");
  static final Path SCENARIOS_FR = EXAMPLES.resolve("fr/decolletage-scenarios.yaml");

  /** What a run printed and returned. */
  record Result(int code, String out, String err) {}

  private Cli() {}

  /** Runs {@code args} on a bare {@code new CommandLine(new Main())}. */
  static Result run(String... args) {
    return run(new CommandLine(new Main()), args);
  }

  /** Runs {@code args} on the command line exactly as {@link Main#main} configures it. */
  static Result runAsMain(String... args) {
    return run(Main.commandLine(), args);
  }

  static Result run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
