package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plain-language guides quote the tool's own numbers: every sentence and table row they quote
 * must still be what the commands print (compared with spaces, no-break spaces and line breaks
 * folded into one space, and without the "> " of quotations). The English guide walks through the
 * English example files, the French guide through their French versions ({@code examples/fr}),
 * whose names are in French; the chain exists in English only.
 */
class GuidesTest {

  /** @return the secondary LBO's file that the guide in {@code lang} walks through */
  private static Path secondaryLbo(String lang) {
    return lang.equals("fr") ? Cli.SECONDARY_LBO_FR : Cli.SECONDARY_LBO;
  }

  /** @return the scenarios' file that the guide in {@code lang} walks through */
  private static Path scenarios(String lang) {
    return lang.equals("fr") ? Cli.SCENARIOS_FR : Cli.SCENARIOS;
  }

  /**
   * Each guide's commands run its own files (the chain, in English only, aside), and the French
   * guide's commands ask for French output.
   */
  @ParameterizedTest
  @CsvSource({"en", "fr"})
  void theGuideRunsItsOwnExampleFiles(String lang) throws IOException {
    String text = Files.readString(Path.of("..", "docs", "guide-" + lang + ".md"),
        StandardCharsets.UTF_8);
    List<String> own = List.of(secondaryLbo(lang), scenarios(lang), Cli.CHAIN).stream()
        .map(p -> "examples/" + Cli.EXAMPLES.relativize(p).toString().replace('\\', '/'))
        .toList();
    List<String> commands = text.lines().filter(l -> l.startsWith("./reprise ")).toList();
    assertThat(commands).hasSizeGreaterThanOrEqualTo(5);
    for (String command : commands) {
      String file = Arrays.stream(command.split(" "))
          .filter(w -> w.startsWith("examples/")).findFirst().orElseThrow();
      assertThat(own).as(command).contains(file);
      if (lang.equals("fr")) {
        assertThat(command).contains("--lang fr");
      }
    }
    assertThat(String.join("\n", commands)).contains(own.get(0)).contains(own.get(1));
  }

  private static String fold(String text) {
    return text.replace("\n> ", " ").replace('\u00A0', ' ').replaceAll("\\s+", " ");
  }

  private static String guide(String lang) throws IOException {
    return fold(Files.readString(Path.of("..", "docs", "guide-" + lang + ".md"),
        StandardCharsets.UTF_8));
  }

  /** @return the "In plain words" sentences of an output, as one folded string */
  private static String sentences(String out, String heading) {
    int i = out.lastIndexOf(heading);
    String tail = out.substring(i + heading.length());
    int end = tail.indexOf("\n\n");
    return fold(end < 0 ? tail : tail.substring(0, end)).trim();
  }

  @ParameterizedTest
  @CsvSource({"en, In plain words:", "fr, En clair :"})
  void theGuideQuotesTheSentencesOfTheSecondaryLbo(String lang, String heading)
      throws IOException {
    Cli.Result r = Cli.run("run", secondaryLbo(lang).toString(), "--lang", lang);
    assertThat(guide(lang)).contains(sentences(r.out(), heading));
  }

  /** The table of the returns per instrument and the envy ratio's sentence, line by line. */
  @ParameterizedTest
  @CsvSource({"en, RETURNS PER INSTRUMENT", "fr, RENDEMENTS PAR INSTRUMENT"})
  void theGuideQuotesTheReturnsPerInstrument(String lang, String title) throws IOException {
    Cli.Result r = Cli.run("run", secondaryLbo(lang).toString(), "--lang", lang);
    String section = r.out().substring(r.out().indexOf(title) + title.length()).strip();
    section = section.substring(0, section.indexOf("\n\n"));
    List<String> lines = section.lines().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
    String text = guide(lang);
    for (String line : lines) {
      assertThat(text).as(line).contains(fold(line).trim());
    }
  }

  /**
   * The guide quotes the managers' personal tax on their exit gain (the example's personalTax
   * section): the table's header, its class row and its total, line by line.
   */
  @ParameterizedTest
  @CsvSource({"en, PERSONAL TAX ON THE EXIT GAINS", "fr, IMPOSITION PERSONNELLE DES GAINS"})
  void theGuideQuotesTheManagersPersonalTax(String lang, String title) throws IOException {
    String out = Cli.run("run", secondaryLbo(lang).toString(), "--lang", lang).out();
    String section = out.substring(out.indexOf(title));
    section = section.substring(section.indexOf("\nInstrument") + 1);
    List<String> lines = section.lines().takeWhile(l -> !l.isBlank()).toList();
    int total = lines.indexOf(lines.stream().filter(l -> l.startsWith("Total"))
        .findFirst().orElseThrow());
    assertThat(total).isEqualTo(4);
    String text = guide(lang);
    for (String line : lines.subList(0, total + 1)) {
      assertThat(text).as(line).contains(fold(line).trim());
    }
  }

  /**
   * The guide quotes the warning that heads the secondary LBO's report: its management's ordinary
   * shares are priced below the fund's (review 25, finding F2), which the example keeps on purpose.
   */
  @ParameterizedTest
  @CsvSource({"en, WARNING: financing.equity[1].amount", "fr, ATTENTION : financing.equity[1]"})
  void theGuideQuotesThePricePerShareWarning(String lang, String start) throws IOException {
    Cli.Result r = Cli.run("run", secondaryLbo(lang).toString(), "--lang", lang);
    String line = r.out().lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    assertThat(line).contains("247").contains("1.59×".replace(".", lang.equals("fr") ? "," : "."));
    assertThat(guide(lang)).contains(fold(line).trim());
  }

  @ParameterizedTest
  @CsvSource({"en, In plain words:", "fr, En clair :"})
  void theGuideQuotesTheChainSentences(String lang, String heading) throws IOException {
    Cli.Result r = Cli.run("chain", Cli.CHAIN.toString(), "--lang", lang);
    assertThat(guide(lang)).contains(sentences(r.out(), heading));
  }

  /**
   * The guide quotes the secondary LBO's cash roll-forward whole, the schedules of two of its
   * tranches and the leverage rows (net, senior net, gross) with their closing column: every row
   * must be the real output.
   */
  @ParameterizedTest
  @CsvSource({
    "en, DEBT SCHEDULE BY TRANCHE, CASH FLOW AND DEBT SERVICE, CREDIT STATISTICS, SHARING OF,"
        + " Net debt / EBITDA, Senior term loan A, Mezzanine",
    "fr, ÉCHÉANCIER DE LA DETTE, TRÉSORERIE ET SERVICE, RATIOS DE CRÉDIT, PARTAGE DE,"
        + " Dette nette / EBE, Prêt senior A (amortissable), Dette mezzanine"
  })
  void theGuideQuotesTheDebtScheduleTheCashFlowAndTheLeverage(String lang, String schedule,
      String cash, String credit, String next, String leverage, String bankLoan, String mezzanine)
      throws IOException {
    String out = Cli.run("run", secondaryLbo(lang).toString(), "--lang", lang).out();
    List<String> rows = new ArrayList<>();
    // the cash flow table, every row (its cells are two spaces apart, unlike the notes under it)
    List<String> cashLines = section(out, cash, credit).lines().skip(2).toList();
    for (String line : cashLines) {
      if (!line.contains("  ")) {
        break;
      }
      rows.add(line);
    }
    assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
    // the schedules of the first bank loan and of the mezzanine
    List<String> scheduleLines = section(out, schedule, cash).lines().toList();
    for (String tranche : List.of(bankLoan, mezzanine)) {
      int from = scheduleLines.indexOf(tranche);
      assertThat(from).as(tranche).isPositive();
      for (int i = from; !scheduleLines.get(i).isBlank(); i++) {
        rows.add(scheduleLines.get(i));
      }
    }
    // the leverage at closing: the header with its closing column, then the two leverage rows
    List<String> creditLines = section(out, credit, next).lines().toList();
    rows.add(creditLines.get(2));
    int lev = creditLines.indexOf(creditLines.stream().filter(l -> l.startsWith(leverage))
        .findFirst().orElseThrow());
    rows.add(creditLines.get(lev));
    rows.add(creditLines.get(lev + 1)); // the senior net leverage
    rows.add(creditLines.get(lev + 2));
    String text = guide(lang);
    for (String row : rows) {
      assertThat(text).as(row).contains(fold(row).trim());
    }
  }

  /**
   * §7 of the guides, the crisis (sales −30 % in 2026): the revolver drawn and the debt service
   * not paid of the cash flow table, and the who-pays rows that net the revolver's drawings out
   * of the debt service paid, must be the real output.
   */
  @ParameterizedTest
  @CsvSource({
    "en, Revolver drawn, Debt service not paid, Debt service (, less revolver drawn,"
        + " Cash paid to lenders and shareholders",
    "fr, Tirages sur le crédit, Service de la dette impayé, Service de la dette (int,"
        + " moins les tirages, Trésorerie versée aux prêteurs et aux actionnaires"
  })
  void theGuideQuotesTheCrisisDebtServiceNotPaidAndTheRevolverDrawn(String lang, String drawn,
      String unpaid, String service, String less, String extracted, @TempDir Path dir)
      throws IOException {
    String plan = Files.readString(secondaryLbo(lang), StandardCharsets.UTF_8);
    String growth = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";
    assertThat(plan).contains(growth);
    Path crisis = dir.resolve("crisis.yaml");
    Files.writeString(crisis, plan.replace(growth,
        "growth: [\"-30%\", \"10%\", \"5%\", \"3%\", \"2%\"]"), StandardCharsets.UTF_8);
    String out = Cli.run("run", crisis.toString(), "--lang", lang).out();
    List<String> rows = out.lines().filter(l -> l.startsWith(drawn) || l.startsWith(unpaid)
        || l.startsWith(service) || l.strip().startsWith(less) || l.startsWith(extracted))
        // not the credit table, nor the who-pays table's head (its French title begins as the
        // cash extracted's row)
        .filter(l -> l.contains("  ") && !l.contains("k€")).toList();
    assertThat(rows).hasSize(5);
    String text = guide(lang);
    for (String row : rows) {
      assertThat(text).as(row).contains(fold(row).trim());
    }
  }

  /**
   * §3 of the guides, the balance sheet of the secondary LBO: every row of the table, from its
   * header to the check row, must be the real output.
   */
  @ParameterizedTest
  @CsvSource({"en, BALANCE SHEET, Check:", "fr, BILAN, Contrôle"})
  void theGuideQuotesTheBalanceSheet(String lang, String title, String check) throws IOException {
    String out = Cli.run("run", secondaryLbo(lang).toString(), "--lang", lang).out();
    int from = out.indexOf("\n" + title + "\n") + title.length() + 2;
    List<String> rows = new ArrayList<>();
    for (String line : out.substring(from).strip().lines().toList()) {
      if (!line.isBlank()) {
        rows.add(line);
      }
      if (line.startsWith(check)) {
        break;
      }
    }
    assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
    String text = guide(lang);
    for (String row : rows) {
      assertThat(text).as(row).contains(fold(row).trim());
    }
  }

  private static String section(String out, String from, String to) {
    int i = out.indexOf(from);
    return out.substring(i, out.indexOf(to, i));
  }

  @ParameterizedTest
  @CsvSource({"en, Fund LBO", "fr, LBO du fonds"})
  void theGuideQuotesRowsOfTheComparison(String lang, String fundLbo) throws IOException {
    Cli.Result r = Cli.run("compare", scenarios(lang).toString(), "--lang", lang);
    String text = guide(lang);
    List<String> rows = r.out().lines()
        .filter(l -> l.startsWith("Prix payé") || l.startsWith("Price paid")
            || l.startsWith("Dette à l'entrée") || l.startsWith("Debt at closing")
            || l.startsWith("Participation par") || l.startsWith("Participation per")
            || l.contains("par salarié et par an (€)") || l.contains("per employee per year (€)")
            || l.startsWith("Marge minimale") || l.startsWith("Lowest covenant"))
        .toList();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
    for (String row : rows) {
      assertThat(text).as(row).contains(fold(row).trim());
    }
    // the fund's LBO's paragraph, whole; the employee LBO's first sentence, with the debt it still
    // owes at the end (review 37, M2); the SCOP's debt service cover (M1)
    String said = sentences(r.out(), lang.equals("fr") ? "En clair :" : "In plain words:");
    String start = lang.equals("fr") ? "Par rapport au statu quo" : "Compared with the status quo";
    String fund = said.substring(0, said.indexOf(start, 1)).trim();
    assertThat(fund).contains(fundLbo).contains("1.10×".replace(".", lang.equals("fr") ? "," : "."));
    assertThat(text).contains(fund);
    String employees = said.substring(said.indexOf(start, 1));
    assertThat(text).contains(employees.substring(0, employees.indexOf(". ") + 1));
    String scop = lang.equals("fr") ? "La couverture du service de la dette de « SCOP »"
        : "The debt service cover of “SCOP”";
    String cover = said.substring(said.indexOf(scop));
    int held = cover.indexOf(". ") + 2;
    assertThat(text).contains(cover.substring(0, cover.indexOf(". ", held) + 1));
  }

  /**
   * §5 of the guides runs the counter-offer at the fund's price (review 37, W5): the grid of the
   * employees' return by entry and exit multiple, every row of its table.
   */
  @ParameterizedTest
  @CsvSource({"en, Employee LBO, employees.irr", "fr, LBO des salariés, salariés.irr"})
  void theGuideQuotesTheGridAtTheFundsPrice(String lang, String scenario, String metric)
      throws IOException {
    Cli.Result r = Cli.run("grid", scenarios(lang).toString(), "--scenario", scenario,
        "--x", "entry.multiple=6:7:0.5", "--y", "exit.multiple=6:7:1", "--metric", metric,
        "--lang", lang);
    assertThat(r.code()).as(r.err()).isZero();
    List<String> rows = r.out().lines().dropWhile(l -> !l.startsWith("exit.multiple \\"))
        .takeWhile(l -> !l.isBlank()).toList();
    assertThat(rows).hasSize(4);
    String text = guide(lang);
    for (String row : rows) {
      assertThat(text).as(row).contains(fold(row).trim());
    }
    assertThat(text).contains("--scenario \"" + scenario + "\" --x entry.multiple=6:7:0.5 --y"
        + " exit.multiple=6:7:1 --metric " + metric);
  }

  /** A fenced block of the guides: its info string ({@code sh} or empty) and its lines. */
  private static final Pattern FENCE = Pattern.compile("```(\\w*)\n(.*?)```", Pattern.DOTALL);

  /**
   * Section 8 of the guides, the simulation (review 36, W7): every output block quoted there is
   * the real output of the {@code ./reprise} command written above it, line for line (the
   * factory's simulation, the scenarios side by side, the "2009" stress and the grid of leverage
   * by recession probability), and the section quotes all four.
   */
  @ParameterizedTest
  @CsvSource({"en, ## 8. How likely, ## 9.", "fr, ## 8. Quelle est la probabilité, ## 9."})
  void theGuideQuotesTheSimulationWithTheCommandsItGives(String lang, String from, String to)
      throws IOException {
    String text = Files.readString(Path.of("..", "docs", "guide-" + lang + ".md"),
        StandardCharsets.UTF_8);
    int start = text.indexOf("\n" + from);
    assertThat(start).as(from).isPositive();
    String section = text.substring(start, text.indexOf("\n" + to, start));
    Map<String, String> outputs = new HashMap<>();
    String command = null;
    int quoted = 0;
    Matcher block = FENCE.matcher(section);
    while (block.find()) {
      List<String> lines = block.group(2).lines().toList();
      if (block.group(1).equals("sh")) {
        command = lines.stream().filter(l -> l.startsWith("./reprise ")).reduce((a, b) -> b)
            .orElseThrow();
        continue;
      }
      assertThat(command).as("an output block with no command above it").isNotNull();
      String out = outputs.computeIfAbsent(command, GuidesTest::runAsWritten);
      List<String> printed = out.lines().map(String::stripTrailing).toList();
      for (String line : lines) {
        assertThat(printed).as(command).contains(line.stripTrailing());
        quoted++;
      }
    }
    assertThat(outputs.keySet()).hasSize(4)
        .anyMatch(c -> c.startsWith("./reprise simulate") && c.contains(secondaryLboName(lang))
            && !c.contains("--stress"))
        .anyMatch(c -> c.startsWith("./reprise simulate") && c.contains("--stress 2009"))
        .anyMatch(c -> c.startsWith("./reprise simulate") && c.contains("scenarios"))
        .anyMatch(c -> c.startsWith("./reprise grid") && c.contains("default.probability"));
    assertThat(quoted).isGreaterThanOrEqualTo(30);
  }

  private static String secondaryLboName(String lang) {
    return secondaryLbo(lang).getFileName().toString();
  }

  /** Runs a guide's {@code ./reprise ...} command line (no quoted words) on the examples. */
  private static String runAsWritten(String command) {
    String[] args = Arrays.stream(command.substring("./reprise ".length()).split(" +"))
        .map(w -> w.startsWith("examples/")
            ? Cli.EXAMPLES.resolve(w.substring("examples/".length())).toString() : w)
        .toArray(String[]::new);
    Cli.Result r = Cli.run(args);
    assertThat(r.code()).as(command + "\n" + r.err()).isZero();
    return r.out();
  }
}
