package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deal file's {@code source} in the text reports' headers (review 26, X7). */
class SourceAndFrenchExamplesTest {

  @TempDir Path dir;

  @Test
  void runNamesTheSourceUnderTheCompany() {
    String en = Cli.run("run", Cli.SECONDARY_LBO.toString()).out();
    assertThat(en).startsWith("Décolletage du Haut-Giffre — secondary LBO\nCompany:")
        .contains("(year 5).\nAssumptions: fictional example\nAmounts in k€");
    String fr = Cli.run("run", Cli.SECONDARY_LBO.toString(), "--lang", "fr").out();
    assertThat(fr).contains("(année 5).\nHypothèses\u00a0: fictional example\nMontants en k€");
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

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
