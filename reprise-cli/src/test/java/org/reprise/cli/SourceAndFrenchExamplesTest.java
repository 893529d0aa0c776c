package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deal file's {@code source} in the text reports' headers (review 26, X7), and the French
 * examples ({@code examples/fr}, review 26, F1) run as README.md says: their output in French has
 * none of the English example's names.
 */
class SourceAndFrenchExamplesTest {

  private static final Path FR_LBO = Cli.EXAMPLES.resolve("fr/decolletage-lbo-secondaire.yaml");
  private static final Path FR_SCENARIOS = Cli.EXAMPLES.resolve("fr/decolletage-scenarios.yaml");

  @TempDir Path dir;

  @Test
  void runNamesTheSourceUnderTheCompany() {
    String en = Cli.run("run", Cli.SECONDARY_LBO.toString()).out();
    assertThat(en).startsWith("Décolletage du Haut-Giffre — secondary LBO\nCompany:")
        .contains("(year 5).\nAssumptions: fictional example\nAmounts in k€");
    String fr = Cli.run("run", FR_LBO.toString(), "--lang", "fr").out();
    assertThat(fr).contains("(année 5).\nHypothèses\u00a0: exemple fictif\nMontants en k€");
  }

  @Test
  void aFileWithoutSourceHasNoSourceLine() throws IOException {
    Path file = write("no-source.yaml", Files.readString(Cli.SECONDARY_LBO)
        .replace("source: \"fictional example\"", ""));
    String en = Cli.run("run", file.toString()).out();
    assertThat(en).contains("(year 5).\nAmounts in k€").doesNotContain("Assumptions:");
    assertThat(Cli.run("compare", file.toString()).out()).doesNotContain("Assumptions");
  }

  /** A source is the user's text: a control character cannot reach the terminal. */
  @Test
  void theSourceIsPrintedSafely() throws IOException {
    Path file = write("escape.yaml", Files.readString(Cli.SECONDARY_LBO)
        .replace("source: \"fictional example\"", "source: \"plan \\e[31mred\""));
    assertThat(Cli.run("run", file.toString()).out())
        .contains("Assumptions: plan \\u001B[31mred").doesNotContain("\u001b");
  }

  /** One line when every scenario has the same source, one per scenario when they differ. */
  @Test
  void compareNamesEachScenariosSourceWhenTheyDiffer() throws IOException {
    assertThat(Cli.run("compare", Cli.SCENARIOS.toString()).out())
        .contains("side by side.\nAssumptions: fictional example\nAmounts in k€");
    Path file = write("sources.yaml", Files.readString(Cli.SCENARIOS)
        .replace("    kind: status-quo ", "    source: \"the company's 2025 accounts\"\n"
            + "    kind: status-quo ")
        .replace("  - name: \"SCOP\"\n", "  - name: \"SCOP\"\n    source: null\n"));
    String en = Cli.run("compare", file.toString()).out();
    assertThat(en).contains("side by side.\nAssumptions, by scenario:\n"
        + "  Status quo: the company's 2025 accounts\n"
        + "  Fund LBO: fictional example\n"
        + "  Employee LBO: fictional example\n"
        + "  SCOP: not said in the file\n"
        + "  SCOP d'amorçage: fictional example\n"
        + "Amounts in k€");
    String fr = Cli.run("compare", file.toString(), "--lang", "fr").out();
    assertThat(fr).contains("Hypothèses, par scénario\u00a0:\n"
        + "  Status quo\u00a0: the company's 2025 accounts\n")
        .contains("  SCOP\u00a0: non précisées dans le fichier\n");
  }

  /**
   * README.md's command for French users, and the scenarios: no English name of the example is
   * left, the comparison with the status quo reads as French whatever the scenario's name.
   */
  @Test
  void theFrenchExamplesGiveFrenchOutput() {
    Cli.Result run = Cli.runAsMain(
        Main.languageAfterCommand(new String[] {"--lang", "fr", "run", FR_LBO.toString()}));
    assertThat(run.code()).isZero();
    Cli.Result compare = Cli.run("compare", FR_SCENARIOS.toString(), "--lang", "fr");
    assertThat(compare.code()).isZero();
    for (String out : new String[] {run.out(), compare.out()}) {
      assertThat(out).doesNotContain("Revolver", "Senior term loan", "senior banks",
          "Fund ordinary shares", "Management ordinary shares", "Vendor loan", "Mezzanine\n",
          "mezzanine fund", "first fund", "Status quo", "Fund LBO", "Employee LBO",
          "friendly investor", "fictional");
    }
    assertThat(run.out()).contains("Crédit renouvelable (RCF)", "Prêt senior A (amortissable)",
        "Prêt senior B (in fine)", "Dette mezzanine", "Crédit-vendeur", "Hypothèses\u00a0: exemple fictif");
    assertThat(compare.out()).contains("Par rapport au scénario «\u00a0Statu quo\u00a0»\u00a0:",
        "  dirigeants ", "  banques seniors ", "  salariés ",
        "Par rapport au statu quo, le scénario «\u00a0LBO du fonds\u00a0»");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
