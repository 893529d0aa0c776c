package org.reprise.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reprise.cli.text.Lang;
import org.reprise.cli.text.Terminal;
import org.reprise.io.MessagesFr;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The usage errors of every command (an unknown option, a missing file or option, a bad value for
 * an option, an option given twice, and the commands' own checks of their options) in the
 * language of {@code --lang}: with {@code --lang fr} in French, otherwise picocli's English
 * message. In both languages the same frame (review 36, X3): {@code error: <message>} ({@code
 * erreur : …}), then picocli's suggestions when it has some, else the command's synopsis and where
 * to find the full help; never the whole {@code --help}, which buried the error. The language is read from the arguments themselves, as the error may come before picocli
 * has read {@code --lang}; there is no other way to choose it (the default is English, whatever
 * the system's locale).
 *
 * <p>In French: {@code erreur : <message>}, then picocli's suggestions in French when it has some
 * ({@code Options possibles : --json}), else the command's synopsis and where to find the full
 * help (in English). Exit code as in English: picocli's code for invalid input, {@value
 * Main#INVALID_INPUT}. A message no template below covers is printed as picocli wrote it: a French
 * sentence with English pieces in it would read worse.
 */
final class UsageErrors implements IParameterExceptionHandler {

  /** ": " in French command-line text: a no-break space before the colon. */
  private static final String COLON = "\u00a0: ";

  private final IParameterExceptionHandler english;

  /** @param english picocli's own handler, for every language but French */
  UsageErrors(IParameterExceptionHandler english) {
    this.english = english;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) throws Exception {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    if (!french(args)) {
      // as in French: "error: " and the short usage, not the whole --help that buried the error
      // (review 36, X3); picocli's suggestions when it has some
      err.println(Terminal.safeLines("error: " + ex.getMessage()));
      if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
        String heading = "Usage: ";
        err.print(heading + cmd.getHelp().synopsis(heading.length()));
        err.println("Full help: " + cmd.getCommandSpec().qualifiedName() + " --help");
      }
      err.flush();
      return exitCode(ex, cmd);
    }
    String fr = translate(ex);
    if (fr == null && ex.getMessage() != null && ex.getMessage().contains(COLON)) {
      fr = ex.getMessage(); // a command's own error, already in French (grid)
    }
    err.println(Terminal.safeLines(fr != null ? "erreur" + COLON + fr : ex.getMessage()));
    if (!suggestions(ex, err)) {
      String heading = "Utilisation" + COLON;
      err.print(heading + cmd.getHelp().synopsis(heading.length()));
      err.println("Aide complète (en anglais)" + COLON + cmd.getCommandSpec().qualifiedName()
          + " --help");
    }
    err.flush();
    return exitCode(ex, cmd);
  }

  /** @return picocli's exit code for invalid input, {@value Main#INVALID_INPUT} */
  private static int exitCode(ParameterException ex, CommandLine cmd) {
    return cmd.getExitCodeExceptionMapper() != null
        ? cmd.getExitCodeExceptionMapper().getExitCode(ex)
        : cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * @param args the command line's arguments
   * @return true when they ask for French: the last {@code --lang fr} or {@code --lang=fr} before
   *     any {@code --} (a value picocli would refuse, such as {@code de}, is not French)
   */
  static boolean french(String[] args) {
    String lang = null;
    for (int i = 0; args != null && i < args.length; i++) {
      String a = args[i];
      if ("--".equals(a)) {
        break;
      }
      if ("--lang".equals(a) && i + 1 < args.length) {
        lang = args[++i];
      } else if (a != null && a.startsWith("--lang=")) {
        lang = a.substring("--lang=".length());
      }
    }
    try {
      return lang != null && Lang.of(lang) == Lang.FR;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  // ------------------------------------------------------------------------------ the messages

  /**
   * @param ex a usage error
   * @return its message in French, or {@code null} when no template covers it
   */
  static String translate(ParameterException ex) {
    String m = ex.getMessage();
    if (m == null) {
      return null;
    }
    if (ex instanceof UnmatchedArgumentException) {
      return unmatched(m);
    }
    if (ex instanceof OverwrittenOptionException) {
      Matcher o = ONCE.matcher(m);
      return o.matches() ? "l'option " + quote(o.group(1)) + " ne peut être donnée qu'une fois"
          : null;
    }
    if (ex instanceof MissingParameterException) {
      return missing(m);
    }
    Matcher v = INVALID.matcher(m);
    if (v.matches()) {
      String value = value(v.group(3));
      if (value == null) {
        return null;
      }
      String what = v.group(1) != null ? "l'option " + quote(v.group(1))
          : "le paramètre " + v.group(2);
      return "valeur invalide pour " + what + COLON + value;
    }
    return own(m);
  }

  /** picocli: {@code Unknown option: '--foo'}, {@code Unmatched argument at index 2: 'x'}. */
  private static String unmatched(String m) {
    Matcher u = UNMATCHED.matcher(m);
    if (!u.matches()) {
      return null;
    }
    List<String> items = quoted(u.group(3));
    boolean one = u.group(2) == null;
    boolean option = u.group(1).startsWith("Unknown option");
    String what = option ? (one ? "option inconnue" : "options inconnues")
        : (one ? "argument inattendu" : "arguments inattendus");
    return what + COLON + String.join(", ", items.stream().map(UsageErrors::quote).toList());
  }

  /** picocli's messages about a missing file, option or value. */
  private static String missing(String m) {
    Matcher r = REQUIRED.matcher(m);
    if (r.matches()) {
      List<String> items = quoted(r.group(2)).stream().map(UsageErrors::quote).toList();
      boolean one = items.size() == 1;
      String what = switch (r.group(1)) {
        case "option", "options" -> one ? "option obligatoire manquante"
            : "options obligatoires manquantes";
        case "parameter", "parameters" -> one ? "paramètre obligatoire manquant"
            : "paramètres obligatoires manquants";
        default -> "options et paramètres obligatoires manquants";
      };
      return what + COLON + String.join(", ", items);
    }
    Matcher f = VALUE_MISSING.matcher(m);
    if (f.matches()) {
      return "l'option " + quote(f.group(1)) + " attend une valeur (" + f.group(2) + ")";
    }
    Matcher e = EXPECTED.matcher(m);
    if (e.matches()) {
      return "l'option " + quote(e.group(1)) + " attend une valeur, trouvé" + COLON
          + quote(e.group(2));
    }
    return null;
  }

  /**
   * The value part of {@code Invalid value for option '--paths': …}: the commands' converters
   * ({@link RunCommand.WholeNumberConverter}, {@link RunCommand.LangConverter}, {@link
   * ReportCommand.AudienceConverter}) and picocli's own for whole numbers, numbers and booleans.
   */
  private static String value(String m) {
    return first(VALUES, m);
  }

  /**
   * The commands' own usage errors, {@code --option: message} or a whole message: their message
   * through the templates below or the French catalogue of the reader ({@link MessagesFr}).
   */
  private static String own(String m) {
    String whole = first(OWN, m);
    if (whole != null) {
      return whole;
    }
    Matcher o = OPTION.matcher(m);
    if (!o.matches()) {
      return null;
    }
    String rest = first(OWN, o.group(2));
    if (rest == null) {
      rest = MessagesFr.strict(o.group(2)).orElse(null);
    }
    return rest == null ? null : o.group(1) + COLON + rest;
  }

  /** A template: the English message, and how to write its French. */
  private record Template(Pattern english, Function<Matcher, String> french) {
    String apply(String m) {
      Matcher x = english.matcher(m);
      return x.matches() ? french.apply(x) : null;
    }
  }

  private static String first(List<Template> templates, String m) {
    for (Template t : templates) {
      String fr = t.apply(m);
      if (fr != null) {
        return fr;
      }
    }
    return null;
  }

  private static Template t(String regex, Function<Matcher, String> french) {
    return new Template(Pattern.compile(regex, Pattern.DOTALL), french);
  }

  private static final Pattern ONCE =
      Pattern.compile("option '([^']+)'(?: \\([^)]*\\))? should be specified only once");
  private static final Pattern INVALID = Pattern.compile(
      "Invalid value for (?:option '([^']+)'|positional parameter at index \\d+ \\(([^)]+)\\))"
          + ": (.*)", Pattern.DOTALL);
  private static final Pattern UNMATCHED = Pattern.compile(
      "(Unknown option|Unmatched argument)(s)?(?: (?:at|from) index \\d+)?: (.*)",
      Pattern.DOTALL);
  private static final Pattern REQUIRED = Pattern.compile(
      "Missing required (option|options|parameter|parameters|options and parameters): (.*)",
      Pattern.DOTALL);
  private static final Pattern VALUE_MISSING =
      Pattern.compile("Missing required parameter for option '([^']+)' \\(([^)]*)\\)");
  private static final Pattern EXPECTED =
      Pattern.compile("Expected parameter for option '([^']+)' but found '(.*)'", Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("(--[a-z-]+): (.*)", Pattern.DOTALL);

  /** The values the converters refuse. */
  private static final List<Template> VALUES = List.of(
      t("expected a whole number written in digits \\(such as 2000\\), found '(.*)'",
          x -> expected("un nombre entier écrit en chiffres (par exemple 2000)", x.group(1))),
      t("expected a whole number from (-?\\d+) to (-?\\d+), found '(.*)'",
          x -> expected("un nombre entier de " + MessagesFr.number(x.group(1)) + " à "
              + MessagesFr.number(x.group(2)), x.group(3))),
      t("expected en or fr, found '(.*)'", x -> expected("en ou fr", x.group(1))),
      t("expected general or works-council, found '(.*)'",
          x -> expected("general ou works-council", x.group(1))),
      t("'(.*)' is not an? (?:int|long|short|byte)",
          x -> expected("un nombre entier écrit en chiffres", x.group(1))),
      t("'(.*)' is not an? (?:double|float)",
          x -> expected("un nombre écrit en chiffres, avec un point décimal", x.group(1))),
      t("'(.*)' is not a boolean", x -> expected("true ou false", x.group(1))));

  /** The commands' own usage errors (after their option, or whole). */
  private static final List<Template> OWN = List.of(
      t("Missing command: use (.*) \\(see reprise --help\\)",
          x -> "commande manquante" + COLON + "utilisez " + x.group(1).replace(" or ", " ou ")
              + " (voir reprise --help)"),
      t("expected between 1 and 10,000,000 paths, found (-?\\d+)",
          x -> "attendu" + COLON + "entre 1 et 10\u00a0000\u00a0000 trajectoires\u00a0; trouvé"
              + COLON + MessagesFr.number(x.group(1))),
      t("expected at least 1 year, found (-?\\d+)",
          x -> "attendu" + COLON + "au moins 1 an\u00a0; trouvé" + COLON + x.group(1)),
      t("expected at most (\\d+) years for (.*): its hold is \\d+ years \\(exit.year (\\d+) − "
              + "company.baseYear (\\d+)\\); --years only shortens the hold: to simulate a longer "
              + "one, move exit.year in the file",
          x -> "attendu" + COLON + "au plus " + x.group(1) + " ans pour "
              + (x.group(2).equals("the deal") ? "l'opération"
                  : x.group(2).replaceFirst("^scenario ", "le scénario "))
              + "\u00a0; sa détention dure " + x.group(1) + " ans (exit.year " + x.group(3)
              + " − company.baseYear " + x.group(4) + ")\u00a0; --years ne fait que raccourcir "
              + "la détention\u00a0: pour en simuler une plus longue, modifiez exit.year dans le "
              + "fichier"),
      t("expected an amount of 0 or more, found (.*)",
          x -> "attendu" + COLON + "un montant positif ou nul\u00a0; trouvé" + COLON
              + MessagesFr.number(x.group(1))),
      t("the output file's path is empty; give a file name, such as (.*)",
          x -> "le chemin du fichier de sortie est vide\u00a0; donnez un nom de fichier, par "
              + "exemple " + x.group(1)));

  /** @return {@code attendu : what ; trouvé : « value »} */
  private static String expected(String what, String found) {
    return "attendu" + COLON + what + "\u00a0; trouvé" + COLON + quote(found);
  }

  /** @return the items of picocli's list {@code 'a', 'b'} (its quotes removed) */
  private static List<String> quoted(String list) {
    List<String> out = new ArrayList<>();
    Matcher q = Pattern.compile("'((?:[^']|'(?!, '|$))*)'").matcher(list);
    while (q.find()) {
      out.add(q.group(1));
    }
    if (out.isEmpty()) {
      out.add(list);
    }
    return out;
  }

  /** @return {@code « text »}, with no-break spaces inside the quotes, the text made safe */
  private static String quote(String text) {
    return "«\u00a0" + Terminal.safe(text) + "\u00a0»";
  }

  /**
   * Prints picocli's suggestions for an unknown option or subcommand, in French.
   *
   * @return true when there were some (then, as in English, no synopsis follows)
   */
  private static boolean suggestions(ParameterException ex, PrintWriter err) {
    if (!(ex instanceof UnmatchedArgumentException u) || u.getSuggestions().isEmpty()) {
      return false;
    }
    List<String> s = u.getSuggestions();
    if (u.isUnknownOption()) {
      err.println("Options possibles" + COLON + String.join(", ", s));
    } else {
      String name = ex.getCommandLine().getCommandSpec().qualifiedName();
      List<String> commands = s.stream().map(c -> name + " " + c).toList();
      err.println("Vouliez-vous dire" + COLON + String.join(" ou ", commands) + "\u00a0?");
    }
    return true;
  }
}
