package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plain-language guides quote the tool's own numbers: every sentence and table row they quote
 * must still be what the commands print (compared with spaces, no-break spaces and line breaks
 * folded into one space, and without the "> " of quotations).
 */
class GuidesTest {

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
    Cli.Result r = Cli.run("run", Cli.SECONDARY_LBO.toString(), "--lang", lang);
    assertThat(guide(lang)).contains(sentences(r.out(), heading));
  }

  /** The table of the returns per instrument and the envy ratio's sentence, line by line. */
  @ParameterizedTest
  @CsvSource({"en, RETURNS PER INSTRUMENT", "fr, RENDEMENTS PAR INSTRUMENT"})
  void theGuideQuotesTheReturnsPerInstrument(String lang, String title) throws IOException {
    Cli.Result r = Cli.run("run", Cli.SECONDARY_LBO.toString(), "--lang", lang);
    String section = r.out().substring(r.out().indexOf(title) + title.length()).strip();
    section = section.substring(0, section.indexOf("\n\n"));
    List<String> lines = section.lines().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
    String text = guide(lang);
    for (String line : lines) {
      assertThat(text).as(line).contains(fold(line).trim());
    }
  }

  @ParameterizedTest
  @CsvSource({"en, In plain words:", "fr, En clair :"})
  void theGuideQuotesTheChainSentences(String lang, String heading) throws IOException {
    Cli.Result r = Cli.run("chain", Cli.CHAIN.toString(), "--lang", lang);
    assertThat(guide(lang)).contains(sentences(r.out(), heading));
  }

  @ParameterizedTest
  @CsvSource({"en", "fr"})
  void theGuideQuotesRowsOfTheComparison(String lang) throws IOException {
    Cli.Result r = Cli.run("compare", Cli.SCENARIOS.toString(), "--lang", lang);
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
    // the first comparison sentence, about the fund's LBO
    String said = sentences(r.out(), lang.equals("fr") ? "En clair :" : "In plain words:");
    String first = said.substring(0, said.indexOf(". ") + 1);
    assertThat(first).contains("Fund LBO");
    assertThat(text).contains(first);
  }
}
