package org.reprise.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.reprise.cli.text.Terminal;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.report.html.HtmlReport;
import org.reprise.report.html.Lang;
import org.reprise.report.html.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code reprise report FILE -o report.html}: a self-contained, printable HTML report. */
@Command(
    name = "report",
    usageHelpAutoWidth = true,
    description = {
      "Write a self-contained HTML report of a deal (and of every scenario of the file): who "
          + "pays, the tables and charts of the run, plain-language explanations. It needs no "
          + "network to open, and prints on A4.",
      "With --for works-council: the buyer's plan in plain words, what the company pays up "
          + "each year against its past, the participation at stake, a stress case and questions "
          + "to put to the buyer. Format: docs/reports.md."
    })
final class ReportCommand extends DealCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The deal file (YAML or JSON).")
  Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (.html) instead of printing it.")
  Path output;

  @Option(
      names = {"-f", "--force"},
      description = "With -o: overwrite FILE if it exists.")
  boolean force;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = LangConverter.class,
      description = "Language of the report: en or fr. Default: ${DEFAULT-VALUE}.")
  Lang lang;

  @Option(
      names = "--for",
      paramLabel = "AUDIENCE",
      defaultValue = "general",
      converter = AudienceConverter.class,
      description = "general, or works-council for the variant shaped for a works council (CSE). "
          + "Default: ${DEFAULT-VALUE}.")
  ReportOptions.Audience audience;

  @Option(
      names = "--past-dividends",
      paramLabel = "AMOUNT",
      description = "Dividends the company paid in its base year, in euros (not in the deal file): "
          + "compared with what the plan takes.")
  Double pastDividends;

  @Override
  int execute() throws Exception {
    target(file);
    if (Files.notExists(file)) {
      throw new InputException(file, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file, "is a directory, not a deal file");
    }
    if (pastDividends != null && !(pastDividends >= 0 && pastDividends < 1e15)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--past-dividends: expected an amount of 0 or more, found "
              + org.reprise.model.MessageNumbers.number(pastDividends));
    }
    if (audience == ReportOptions.Audience.WORKS_COUNCIL && pastDividends == null) {
      // how to give the report the past dividends: here, not in the council's document (review
      // 26, X6)
      PrintWriter err = spec.commandLine().getErr();
      err.println("note: the works-council report compares the plan with the dividends of the base"
          + " year when --past-dividends AMOUNT gives them (reprise import-fec prints them).");
      err.flush();
    }
    List<Scenario> scenarios = ScenarioReader.read(file);
    String html =
        HtmlReport.render(scenarios, new ReportOptions(lang, audience, pastDividends));
    if (!printOrWrite(output, force, html)) {
      return Main.OK;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Wrote " + Terminal.safe(output.toString()) + ": "
        + (audience == ReportOptions.Audience.WORKS_COUNCIL ? "works-council report" : "report")
        + (scenarios.size() > 1 ? " of " + scenarios.size() + " scenarios" : "")
        + ", " + (lang == Lang.FR ? "French" : "English")
        + ". Open it in a browser; it prints on A4.");
    out.flush();
    return Main.OK;
  }

  /** Reads {@code --lang}: en or fr, any case. */
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

  /** Reads {@code --for}: general or works-council. */
  static final class AudienceConverter implements ITypeConverter<ReportOptions.Audience> {
    @Override
    public ReportOptions.Audience convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "general" -> ReportOptions.Audience.GENERAL;
        case "works-council", "cse" -> ReportOptions.Audience.WORKS_COUNCIL;
        default -> throw new TypeConversionException(
            "expected general or works-council, found '" + value + "'");
      };
    }
  }
}
