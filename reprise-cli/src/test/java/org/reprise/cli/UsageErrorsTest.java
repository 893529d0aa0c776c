package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The usage errors in French with {@code --lang fr} ({@link UsageErrors}): each kind produced for
 * real through the command line as {@link Main#main} builds it, its French message, the exit code
 * of English (2), nothing on standard output, no stack trace and no English left; in English,
 * exactly what picocli prints.
 */
class UsageErrorsTest {

  /** ": " in French command-line text. */
  private static final String C = "\u00a0: ";
  private static final String Q = "«\u00a0";
  private static final String E = "\u00a0»";

  private static final String DEAL = Cli.SECONDARY_LBO.toString();

  static Stream<Arguments> errors() {
    return Stream.of(
        // an unknown option
        Arguments.of(args("run", DEAL, "--lang", "fr", "--foo"),
            "erreur" + C + "option inconnue" + C + Q + "--foo" + E),
        // an argument too many
        Arguments.of(args("run", DEAL, "extra", "--lang", "fr"),
            "erreur" + C + "argument inattendu" + C + Q + "extra" + E),
        // the missing file (review: `reprise run` with no file)
        Arguments.of(args("run", "--lang", "fr"),
            "erreur" + C + "paramètre obligatoire manquant" + C + Q + "FILE" + E),
        // a missing required option, and three
        Arguments.of(args("simulate", DEAL, "--lang", "fr", "--seed", "1"),
            "erreur" + C + "option obligatoire manquante" + C + Q + "--paths=N" + E),
        Arguments.of(args("grid", DEAL, "--lang", "fr"),
            "erreur" + C + "options obligatoires manquantes" + C + Q + "--x=INPUT=FROM:TO:STEP" + E
                + ", " + Q + "--y=INPUT=FROM:TO:STEP" + E + ", " + Q + "--metric=METRIC" + E),
        // an option without its value
        Arguments.of(args("run", Cli.SCENARIOS.toString(), "--lang=fr", "--scenario"),
            "erreur" + C + "l'option " + Q + "--scenario" + E + " attend une valeur (NAME)"),
        // a bad value: the command's converter, and picocli's own for whole numbers and booleans
        Arguments.of(args("simulate", DEAL, "--paths", "abc", "--seed", "1", "--lang", "fr"),
            "erreur" + C + "valeur invalide pour l'option " + Q + "--paths" + E + C + "attendu" + C
                + "un nombre entier écrit en chiffres (par exemple 2000)\u00a0; trouvé" + C + Q
                + "abc" + E),
        Arguments.of(args("chain", Cli.CHAIN.toString(), "--rounds", "x", "--lang", "fr"),
            "erreur" + C + "valeur invalide pour l'option " + Q + "--rounds" + E + C + "attendu" + C
                + "un nombre entier écrit en chiffres\u00a0; trouvé" + C + Q + "x" + E),
        Arguments.of(args("run", DEAL, "--lang", "fr", "--json=maybe"),
            "erreur" + C + "valeur invalide pour l'option " + Q + "--json" + E + C + "attendu" + C
                + "true ou false\u00a0; trouvé" + C + Q + "maybe" + E),
        Arguments.of(args("report", DEAL, "--lang", "fr", "--for", "board"),
            "erreur" + C + "valeur invalide pour l'option " + Q + "--for" + E + C + "attendu" + C
                + "general ou works-council\u00a0; trouvé" + C + Q + "board" + E),
        // an option given twice
        Arguments.of(args("run", DEAL, "--lang", "fr", "--scenario", "a", "--scenario", "b"),
            "erreur" + C + "l'option " + Q + "--scenario" + E + " ne peut être donnée qu'une fois"),
        // the commands' own checks of their options (simulate), after picocli's
        Arguments.of(args("simulate", DEAL, "--paths", "0", "--seed", "1", "--lang", "fr"),
            "erreur" + C + "--paths" + C + "attendu" + C + "entre 1 et 10\u00a0000\u00a0000"
                + " trajectoires\u00a0; trouvé" + C + "0"),
        Arguments.of(args("simulate", DEAL, "--paths", "5", "--seed", "1", "--years", "0",
                "--lang", "fr"),
            "erreur" + C + "--years" + C + "attendu" + C + "au moins 1 an\u00a0; trouvé" + C + "0"),
        Arguments.of(args("simulate", DEAL, "--paths", "5", "--seed", "1", "--years", "9",
                "--lang", "fr"),
            "erreur" + C + "--years" + C + "attendu" + C + "au plus 5 ans pour l'opération\u00a0;"
                + " sa détention dure 5 ans (exit.year 2030 − company.baseYear 2025)\u00a0; --years"
                + " ne fait que raccourcir la détention" + C + "pour en simuler une plus longue,"
                + " modifiez exit.year dans le fichier"),
        Arguments.of(args("report", DEAL, "--lang", "fr", "--past-dividends", "-5"),
            "erreur" + C + "--past-dividends" + C + "attendu" + C + "un montant positif ou nul"
                + "\u00a0; trouvé" + C + "-5"));
  }

  private static String[] args(String... a) {
    return a;
  }

  @ParameterizedTest
  @MethodSource("errors")
  void eachKindOfUsageErrorIsInFrench(String[] args, String message) {
    Cli.Result r = Cli.runAsMain(args);
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    List<String> lines = r.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo(message);
    // then the synopsis, whose options are the same in both languages, and where the help is
    String command = "reprise " + args[0];
    assertThat(lines.get(1)).startsWith("Utilisation" + C + command + " [");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("Aide complète (en anglais)" + C + command + " --help");
    assertThat(r.err()).doesNotContain("Usage:", "Missing", "Unknown", "Invalid", "expected",
        "Exception", "\tat ");
  }

  /** picocli's suggestions, in French, and then no synopsis (as in English). */
  @Test
  void theSuggestionsAreInFrench() {
    Cli.Result option = Cli.runAsMain("run", DEAL, "--lang=fr", "--jsn");
    assertThat(option.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(option.err()).isEqualTo("erreur" + C + "option inconnue" + C + Q + "--jsn" + E
        + "\nOptions possibles" + C + "--json\n");
    Cli.Result command = Cli.runAsMain("runn", DEAL, "--lang", "fr");
    assertThat(command.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(command.err()).isEqualTo("erreur" + C + "arguments inattendus" + C + Q + "runn" + E
        + ", " + Q + DEAL + E + ", " + Q + "--lang" + E + ", " + Q + "fr" + E
        + "\nVouliez-vous dire" + C + "reprise run\u00a0?\n");
  }

  /** The grid's own usage errors, already in French, get the same "erreur :" as the others. */
  @Test
  void aCommandsOwnFrenchErrorIsKept() {
    Cli.Result r = Cli.runAsMain("grid", DEAL, "--x", "nonsense", "--y", "exit.multiple=6:7:1",
        "--metric", "fund.irr", "--lang", "fr");
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).startsWith("erreur" + C + "--x" + C + "attendu");
  }

  /**
   * Without {@code --lang fr} (English asked, nothing asked, or a language picocli refuses), the
   * errors are picocli's English messages in the French frame (review 36, X3): {@code error: },
   * then picocli's suggestions or the short usage and where the full help is, not the whole help.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "--lang=en", "--lang=de", "--lang"})
  void inEnglishTheErrorsHaveTheFrenchFrame(String lang) {
    for (String[] a : List.of(args("run", DEAL, "--foo"), args("run"),
        args("simulate", DEAL, "--paths", "abc", "--seed", "1"),
        args("simulate", DEAL, "--paths", "0", "--seed", "1"), args("runn", DEAL))) {
      List<String> all = new ArrayList<>(List.of(a));
      if (!lang.isEmpty()) {
        all.add(lang);
      }
      String[] withLang = all.toArray(String[]::new);
      Cli.Result main = Cli.runAsMain(withLang);
      Cli.Result bare = Cli.run(withLang);
      String what = String.join(" ", withLang);
      assertThat(main.code()).as(what).isEqualTo(Main.INVALID_INPUT).isEqualTo(bare.code());
      assertThat(main.out()).as(what).isEmpty();
      // picocli's own message, first line of its output, after "error: "
      String message = bare.err().substring(0, bare.err().indexOf('\n'));
      assertThat(main.err()).as(what).startsWith("error: " + message + "\n")
          .doesNotContain("erreur", "Show this help and exit.");
    }
    Cli.Result paths = Cli.runAsMain("simulate", DEAL, "--paths", "0", "--seed", "1");
    assertThat(paths.err()).isEqualTo("error: --paths: expected between 1 and 10,000,000 paths,"
        + " found 0\nUsage: reprise simulate [-h] [--debug] [--json] [--lang=LANG] --paths=N\n"
        + "                        [--scenario=NAME] --seed=S [--stress=NAME]\n"
        + "                        [--threads=T] [--years=Y] FILE\n"
        + "Full help: reprise simulate --help\n");
    // with picocli's suggestions, no usage (as in French)
    Cli.Result option = Cli.runAsMain("run", DEAL, "--jsn");
    assertThat(option.err()).isEqualTo("error: Unknown option: '--jsn'\nPossible solutions:"
        + " --json\n");
  }

  /** The language is the last --lang before any "--", in either spelling, any case. */
  @Test
  void theLanguageIsReadFromTheArguments() {
    assertThat(UsageErrors.french(args("run", "--lang", "fr"))).isTrue();
    assertThat(UsageErrors.french(args("run", "--lang=FR"))).isTrue();
    assertThat(UsageErrors.french(args("run", "--lang", "en", "--lang", "fr"))).isTrue();
    assertThat(UsageErrors.french(args("run", "--lang", "fr", "--lang=en"))).isFalse();
    assertThat(UsageErrors.french(args("run", "--", "--lang", "fr"))).isFalse();
    assertThat(UsageErrors.french(args("run", "--lang"))).isFalse();
    assertThat(UsageErrors.french(args("run", "--lang", "de"))).isFalse();
    assertThat(UsageErrors.french(new String[0])).isFalse();
  }
}
