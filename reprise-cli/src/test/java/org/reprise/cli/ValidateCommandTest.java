package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path dir;

  @Test
  void saysOkWithTheNameYearsAndBalancedSources() {
    Cli.Result r = Cli.run("validate", Cli.SECONDARY_LBO.toString());
    assertThat(r.code()).isZero();
    // one warning: the management's ordinary shares priced below the fund's (review 25, F2)
    assertThat(r.err()).startsWith("warning: " + Cli.SECONDARY_LBO
        + ": financing.equity[1].amount: \"Management ordinary shares\" pays €28,000 per point")
        .containsOnlyOnce("warning: ");
    assertThat(r.out())
        .matches("OK: Décolletage.* \\(\\d+ years, sources = uses = [0-9,]+\\.\\d k€\\)\n");
  }

  @Test
  void everyExampleIsValid() {
    for (Path example : new Path[] {Cli.SECONDARY_LBO, Cli.PAPER_LBO, Cli.EMPLOYEE_BUYOUT}) {
      Cli.Result r = Cli.run("validate", example.toString());
      assertThat(r.code()).as(example.toString() + r.err()).isZero();
      assertThat(r.out()).startsWith("OK: ");
    }
    assertThat(Cli.run("validate", Cli.PAPER_LBO.toString()).out())
        .isEqualTo("OK: Paper LBO (5 years, sources = uses = 100.0 €)\n");
  }

  @Test
  void reportsTheFirstErrorWithItsPath() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    String text = Files.readString(Cli.PAPER_LBO, StandardCharsets.UTF_8);
    Files.writeString(bad, text.replaceFirst("reprise: 1", "reprise: 7"), StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: " + bad + ": reprise: ").doesNotContain("at org.");
    // in French with --lang fr, after the command or before it (review 32, Wo1)
    Cli.Result fr = Cli.runAsMain("validate", bad.toString(), "--lang", "fr");
    assertThat(fr.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(fr.err()).startsWith("erreur\u00a0: " + bad + "\u00a0: reprise\u00a0: ")
        .doesNotContain("at org.");
    assertThat(Cli.runAsMain(Main.languageAfterCommand(
        new String[] {"--lang", "fr", "validate", bad.toString()})).err()).isEqualTo(fr.err());
    // the OK line in French too: 100 € of sources, written the French way
    assertThat(Cli.runAsMain("validate", Cli.PAPER_LBO.toString(), "--lang", "fr").out())
        .isEqualTo("OK\u00a0: Paper LBO (5 ans, ressources = emplois = 100,0 €)\n");
  }

  /**
   * {@code participation.baseYearReserveRegime} takes `preDeal` or `deal` (methodology §5.8, §13
   * item 34): another value, or a list, is refused with exit 2, the field path, what was expected
   * and what was found, in English and in French, with no stack trace.
   */
  @Test
  void aBadBaseYearReserveRegimeNamesItsPathInEnglishAndFrench() throws IOException {
    String text = Files.readString(Cli.SCENARIOS, StandardCharsets.UTF_8);
    String top = "\n  baseYearReserve: 430000 ";
    assertThat(text).contains(top);
    Path bad = dir.resolve("regime.yaml");
    Files.writeString(bad, text.replace(top, "\n  baseYearReserveRegime: sas" + top),
        StandardCharsets.UTF_8);
    Cli.Result en = Cli.run("validate", bad.toString());
    assertThat(en.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(en.err()).startsWith("error: " + bad + ": participation.baseYearReserveRegime:"
        + " expected one of `preDeal`, `deal`, found \"sas\"").doesNotContain("at org.");
    Cli.Result fr = Cli.runAsMain("validate", bad.toString(), "--lang", "fr");
    assertThat(fr.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(fr.err()).startsWith("erreur\u00a0: " + bad + "\u00a0:"
        + " participation.baseYearReserveRegime\u00a0: attendu : un choix parmi `preDeal`,"
        + " `deal` ; trouvé : \"sas\"").doesNotContain("at org.");
    Files.writeString(bad, text.replace(top, "\n  baseYearReserveRegime: [preDeal]" + top),
        StandardCharsets.UTF_8);
    assertThat(Cli.run("validate", bad.toString()).err())
        .contains("participation.baseYearReserveRegime: expected one of `preDeal`, `deal`, found"
            + " a list");
    // either value is read, the scenarios' SCOP then crediting its 2025 reserve at 8 % (`deal`)
    Files.writeString(bad, text.replace(top, "\n  baseYearReserveRegime: deal" + top),
        StandardCharsets.UTF_8);
    assertThat(Cli.run("validate", bad.toString()).code()).isZero();
  }

  /**
   * With --lang fr the OK lines, the scenarios' lines, the warnings and the chain's line are in
   * French, the warning's message through the French catalogue, as run gives it.
   */
  @Test
  void everyLineIsInFrenchWithLangFr() {
    Cli.Result scenarios = Cli.runAsMain("validate", Cli.SCENARIOS.toString(), "--lang", "fr");
    assertThat(scenarios.code()).isEqualTo(Main.OK);
    assertThat(scenarios.out().lines().toList().get(0)).endsWith("(5 scénarios)");
    // the amounts as run's French tables write them
    assertThat(scenarios.out()).contains("  Fund LBO [fund-lbo]\u00a0: 7 ans, ressources ="
        + " emplois = 41 369,0 k€");
    assertThat(scenarios.err()).startsWith("avertissement\u00a0: " + Cli.SCENARIOS
        + "\u00a0: financing.equity[1].amount (scénario \"Fund LBO\")\u00a0: \"Management"
        + " ordinary shares\" paie 28\u00a0000\u00a0€ par point");
    Cli.Result chain = Cli.runAsMain("validate", Cli.CHAIN.toString(), "--lang", "fr");
    assertThat(chain.out()).endsWith("  chaîne\u00a0: 5 rachats, 2026-2050\n");
  }

  /** The risk section, which run ignores, is read too: its error comes before any OK. */
  @Test
  void reportsAnErrorOfTheRiskSection() throws IOException {
    Path bad = dir.resolve("risky.yaml");
    String text = Files.readString(Cli.SECONDARY_LBO, StandardCharsets.UTF_8);
    Files.writeString(bad, text + "\nrisk:\n  shortTimeWork: {maxCut: 1.5}\n",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: " + bad + ": risk.shortTimeWork.maxCut: expected a share"
        + " of the fixed payroll between 0 and 1").doesNotContain("at org.");
    Files.writeString(bad, text + "\nrisk:\n  shortTimeWork: {maxCut: 0.37, years: 2}\n",
        StandardCharsets.UTF_8);
    assertThat(Cli.run("validate", bad.toString()).code()).isZero();
  }

  /**
   * Review 36, W4: a stress of the file that starts after the exit is reported (a warning, as
   * simulate, run and grid refuse it only when --stress names it), at its key path in the file,
   * in English and in French; one that starts within the hold is not.
   */
  @Test
  void warnsOfAStressThatStartsAfterTheExit() throws IOException {
    Path late = dir.resolve("late.yaml");
    String text = Files.readString(Cli.SECONDARY_LBO, StandardCharsets.UTF_8);
    Files.writeString(late, text + "\nrisk:\n  stress:\n    - {name: fine, depth: 0.2}\n"
        + "    - {name: x, depth: \"30%\", startYear: 9}\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("validate", late.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("OK: ");
    assertThat(r.err()).contains("warning: " + late + ": risk.stress[1].startYear: the stress"
        + " \"x\" starts in year 9 (2034), after the exit in year 5 (2030): simulate, run,"
        + " compare and grid refuse it (--stress)\n").doesNotContain("\"fine\"");
    Cli.Result fr = Cli.runAsMain("validate", late.toString(), "--lang", "fr");
    assertThat(fr.err()).contains("avertissement\u00a0: " + late + "\u00a0: risk.stress[1]"
        + ".startYear\u00a0: le scénario de crise \"x\" commence l'année 9 (2034), après la sortie"
        + " de l'année 5 (2030) : simulate, run, compare et grid le refusent (--stress)\n");
    // the example itself: only its price-per-share warning
    assertThat(Cli.run("validate", Cli.SECONDARY_LBO.toString()).err()).doesNotContain("stress");
  }

  @Test
  void anEmptyFileIsInvalid() throws IOException {
    Path empty = dir.resolve("empty.yaml");
    Files.writeString(empty, "");
    Cli.Result r = Cli.run("validate", empty.toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).startsWith("error: " + empty + ": ");
  }

  @Test
  void aScenariosFileValidatesEveryScenario() {
    Cli.Result r = Cli.run("validate", Cli.SCENARIOS.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines())
        .first().asString().startsWith("OK: Décolletage").endsWith("(5 scenarios)");
    assertThat(r.out())
        .contains("  Status quo [status-quo]: 7 years, sources = uses = ")
        .contains("  Fund LBO [fund-lbo]: ")
        .contains("  Employee LBO [employee-lbo]: ")
        .contains("  SCOP [scop]: ")
        .contains("  SCOP d'amorçage [scop]: ");
    assertThat(Cli.run("validate", Cli.CHAIN.toString()).out()).startsWith("OK: ")
        .endsWith(")\n  chain: 5 buyouts, 2026-2050\n");
  }

  /** A chain that fails prints no OK before its error (review 18, finding 17). */
  @Test
  void aChainThatFailsPrintsNoOk() throws IOException {
    String text = Files.readString(Cli.CHAIN, StandardCharsets.UTF_8);
    String fees = "  fees: \"1.5%\"\n";
    assertThat(text).contains(fees);
    Path valued = dir.resolve("valued-chain.yaml");
    Files.writeString(valued, text.replace(fees, fees + "  sale: false\n"));
    Cli.Result r = Cli.run("validate", valued.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).doesNotContain("OK");
    assertThat(r.err()).contains("exit.sale");
  }

  /**
   * Review 12 CSE, finding 12: the base year's participation left out is a warning on standard
   * error, not an error; it names the key path, and in a scenarios file the scenarios concerned
   * when not all of them are.
   */
  @Test
  void warnsWhenTheBaseYearsParticipationIsLeftOut() throws IOException {
    String text = Files.readString(Cli.SECONDARY_LBO, StandardCharsets.UTF_8);
    Path missing = dir.resolve("no-reserve.yaml");
    Files.writeString(missing, text.replace("  baseYearReserve: 430000 ", "  applies: true "),
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("validate", missing.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("OK: ");
    // after the example's price-per-share warning
    assertThat(r.err().lines().toList()).hasSize(2);
    assertThat(r.err().lines().toList().get(0))
        .startsWith("warning: " + missing + ": financing.equity[1].amount: ");
    assertThat(r.err().lines().toList().get(1) + "\n").isEqualTo("warning: " + missing
        + ": participation.baseYearReserve: not"
        + " given, so 0 is assumed: the participation applies, but no reserve of the base year is"
        + " paid to the employees in year 1 (nor deducted from the taxable profit); give the base"
        + " year's reserve (account 691 of its accounts: `reprise import-fec` fills it in), or 0"
        + " to confirm\n");
    // the scenarios example, with the reserve left out at the top level and given by one scenario
    String scenarios = Files.readString(Cli.SCENARIOS, StandardCharsets.UTF_8);
    String zero = "  baseYearReserve: 430000 ";
    assertThat(scenarios).contains(zero);
    Path one = dir.resolve("one-given.yaml");
    Files.writeString(one, scenarios.replace(zero, "  applies: true ")
        .replaceFirst("(\n  - name: \"Fund LBO\"\n)",
        "$1    participation: {baseYearReserve: 430000}\n"), StandardCharsets.UTF_8);
    Cli.Result s = Cli.run("validate", one.toString());
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(s.err()).contains("warning: " + one + ": participation.baseYearReserve (scenarios"
        + " \"Status quo\", \"Employee LBO\", \"SCOP\", \"SCOP d'amorçage\"): not given");
    // the example as written gives 430,000 at the top level: only the Fund LBO's price warning
    assertThat(Cli.run("validate", Cli.SCENARIOS.toString()).err()).containsOnlyOnce("warning: ")
        .contains(": financing.equity[1].amount (scenario \"Fund LBO\"): ");
  }

  @Test
  void anErrorInAScenarioNamesItsPath() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    String text = Files.readString(Cli.SCENARIOS, StandardCharsets.UTF_8);
    String broken = text.replace("workShare: \"40%\"", "workShare: \"20%\"");
    assertThat(broken).isNotEqualTo(text);
    Files.writeString(bad, broken, StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    // a rule of the engine, in the scenario that wrote the value
    assertThat(r.err()).startsWith("error: " + bad + ": scenarios[3].cooperative.workShare: the"
        + " work share must be at least 25 %");
  }
}
