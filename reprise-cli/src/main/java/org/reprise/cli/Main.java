package org.reprise.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code reprise} command: {@code run}, {@code compare}, {@code chain}, {@code simulate},
 * {@code grid}, {@code report}, {@code excel}, {@code import-fec}, {@code serve}, {@code validate}
 * and {@code new}.
 *
 * <p>Exit codes: {@value #OK} success; {@value #INVALID_INPUT} invalid input (a deal file that
 * cannot be read or computed, a missing file, a usage error); {@value #INTERNAL_ERROR} internal
 * error (a bug); {@value SimulateCommand#INTERRUPTED} interrupted by Ctrl-C ({@code simulate},
 * {@code grid}). No stack trace is ever printed unless {@code --debug} is given.
 */
@Command(
    name = "reprise",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Leveraged-buyout modelling for workers, works councils and employee buyouts.",
      "Runs a deal file (YAML or JSON) and shows what the buyout does to the company: "
          + "debt, cash, covenants, payment defaults and who earns what."
    },
    subcommands = {
      RunCommand.class,
      CompareCommand.class,
      ChainCommand.class,
      SimulateCommand.class,
      GridCommand.class,
      ReportCommand.class,
      ExcelCommand.class,
      ImportFecCommand.class,
      ServeCommand.class,
      ValidateCommand.class,
      NewCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  reprise new -o my-deal.yaml          write a commented template",
      "  reprise validate my-deal.yaml        check a deal file",
      "  reprise run my-deal.yaml             print the results as tables",
      "  reprise run my-deal.yaml --lang fr   the same in French",
      "  reprise run my-deal.yaml --json      the full results as JSON",
      "  reprise compare scenarios.yaml       ownership scenarios side by side",
      "  reprise chain my-deal.yaml --rounds 5  a chain of five successive buyouts",
      "  reprise simulate my-deal.yaml --paths 10000 --seed 1   Monte Carlo over business cycles",
      "  reprise grid my-deal.yaml --x entry.multiple=5:9:0.5 --y exit.multiple=5:9:0.5 --metric fund.irr",
      "  reprise report my-deal.yaml -o report.html --for works-council   a printable report",
      "  reprise excel my-deal.yaml -o model.xlsx   a live-formula Excel model",
      "  reprise import-fec FEC.txt -o deal.yaml    the base year from a company's ledger",
      "  reprise serve                        the web application on http://127.0.0.1:7070",
      "",
      "Exit codes: 0 ok, 2 invalid input, 1 internal error, 130 interrupted (Ctrl-C).",
      "Documentation: docs/cli.md, docs/deal-format.md, docs/json-output.md,",
      "docs/compare-output.md, docs/risk.md, docs/reports.md, docs/web.md;",
      "guides for non-specialists: docs/guide-en.md, docs/guide-fr.md"
    })
public final class Main implements Callable<Integer> {

  /** Exit code of a successful command. */
  public static final int OK = 0;

  /** Exit code of an internal error (a bug in Reprise). */
  public static final int INTERNAL_ERROR = 1;

  /** Exit code of invalid input: bad deal file, missing file, usage error. */
  public static final int INVALID_INPUT = 2;

  @Spec CommandSpec spec;

  /**
   * Runs the command line and exits with its exit code. Output is UTF-8 whatever the platform's
   * default encoding, so that € and × print as they should on a UTF-8 terminal.
   */
  public static void main(String[] args) {
    int code;
    try {
      PrintWriter out =
          new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
      PrintWriter err =
          new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
      code = commandLine().setOut(out).setErr(err).execute(languageAfterCommand(args));
      out.flush();
      err.flush();
    } catch (Throwable t) { // last resort: never a stack trace
      System.err.println(ErrorHandler.internalErrorMessage(t));
      code = INTERNAL_ERROR;
    }
    System.exit(code);
  }

  /**
   * @return the command line, configured as {@link #main} uses it: the execution-exception
   *     handler turns every exception into a message and an exit code, and the usage errors are
   *     in French with {@code --lang fr} ({@link UsageErrors})
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main()).setExecutionExceptionHandler(new ErrorHandler());
    // usage errors in the language of --lang (picocli's own handler for English)
    return cl.setParameterExceptionHandler(new UsageErrors(cl.getParameterExceptionHandler()));
  }

  /**
   * Lets {@code --lang} come before the command, as in {@code reprise --lang fr run deal.yaml}: a
   * leading {@code --lang V} or {@code --lang=V} is moved after the command's name when that
   * command has the option, so that it is read as if written after it. Anything else is left as
   * it is (and refused by the parser as before: an option the command does not have).
   *
   * @param args the command line's arguments
   * @return {@code args}, or a copy with the leading language option moved after the command
   */
  static String[] languageAfterCommand(String[] args) {
    if (args == null || args.length == 0) {
      return args;
    }
    int width;
    if ("--lang".equals(args[0])) {
      width = 2;
    } else if (args[0] != null && args[0].startsWith("--lang=")) {
      width = 1;
    } else {
      return args;
    }
    if (args.length <= width) {
      return args;
    }
    CommandLine sub = new CommandLine(new Main()).getSubcommands().get(args[width]);
    if (sub == null || sub.getCommandSpec().findOption("--lang") == null) {
      return args;
    }
    String[] moved = new String[args.length];
    moved[0] = args[width];
    System.arraycopy(args, 0, moved, 1, width);
    System.arraycopy(args, width + 1, moved, width + 1, args.length - width - 1);
    return moved;
  }

  /** Without a subcommand: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing command: use run, compare, chain, simulate, grid, report, excel, import-fec,"
            + " serve, validate or new (see reprise --help)");
  }
}
