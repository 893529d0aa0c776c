package org.reprise.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The templates of {@link MessagesFr}, in the order they are tried (placeholders: {@link
 * Template}). Every message built by the reader (this package), the engine ({@code
 * org.reprise.engine}, {@code org.reprise.model.risk}) and the simulation ({@code org.reprise.sim}
 * that the web application shows) has one; the English side is copied from the code that builds
 * the message. A message changed there without its template here is shown in English, and {@code
 * MessagesFrTest} fails.
 *
 * <p>Conventions of the French side: "attendu : … ; trouvé : …" for "expected …, found …"; key
 * names, examples of file syntax ({@code "5.5%"}, {@code {linear: 7}}) and the user's own text stay
 * as written; computed numbers use the decimal comma.
 */
final class FrenchCatalogue {

  private FrenchCatalogue() {}

  /** Whole messages. */
  static final List<Template> MESSAGES = new ArrayList<>();

  /** What was expected, in "expected …, found …". */
  static final List<Template> WHATS = new ArrayList<>();

  /** Descriptions of the value found ({@code Text.describe} and the engine's own). */
  static final List<Template> FOUNDS = new ArrayList<>();

  /** Explanations of the YAML and JSON parsers that the reader passes on. */
  static final List<Template> PARSER = new ArrayList<>();

  private static void m(String english, String french) {
    MESSAGES.add(new Template(english, french));
  }

  private static void w(String english, String french) {
    WHATS.add(new Template(english, french));
  }

  private static void f(String english, String french) {
    FOUNDS.add(new Template(english, french));
  }

  private static void p(String english, String french) {
    PARSER.add(new Template(english, french));
  }

  static {
    FrenchMessages.add(FrenchCatalogue::m);
    FrenchExpected.add(FrenchCatalogue::w);
    found();
    parser();
  }

  /** {@code Text.describe}, and the values the engine and the readers name themselves. */
  private static void found() {
    f("nothing (the key is missing)", "rien (la clé est absente)");
    f("an empty value", "une valeur vide");
    f("an empty list", "une liste vide");
    f("a list of {i} item(s)", "une liste de {1} élément(s)");
    f("an empty mapping", "un groupe de clés vide");
    f("a mapping with keys {r}", "un groupe avec les clés {1}");
    f("a value of type {r}", "une valeur de type {1}");
    f("\"\"", "\"\"");
    f("\"{r}\"", "\"{1}\"");
    f("`{k}`", "`{1}`");
    f("true", "true");
    f("false", "false");
    f("none", "rien");
    f("nothing", "rien");
    f("neither", "ni l'un ni l'autre");
    f("a sum of {n}", "une somme de {1}");
    f("{n} in year {i}", "{1} l'année {2}");
    f("{v}", "{1}");
    f("{v}, which is too large", "{1}, qui est trop grand");
  }

  /** Jackson's and SnakeYAML's most frequent explanations (the others stay in English). */
  private static void parser() {
    p("the key `{r}` is written twice in the same group",
        "la clé `{1}` est écrite deux fois dans le même groupe");
    p("a deal file holds one document only, but more content follows it",
        "un fichier d'opération ne contient qu'un document, mais d'autre contenu le suit");
    p("a key must be a plain name, not a list or a mapping",
        "une clé doit être un simple nom, pas une liste ni un groupe de clés");
    p("mapping values are not allowed here",
        "une valeur de clé n'est pas permise ici (un « : » en trop ?)");
    p("could not find expected ':'", "le « : » attendu est introuvable");
    p("did not find expected key", "la clé attendue est introuvable (vérifiez l'indentation)");
    p("did not find expected '-' indicator",
        "le « - » attendu est introuvable (vérifiez l'indentation de la liste)");
    p("did not find expected <document start>", "le début de document attendu est introuvable");
    p("did not find expected ',' or ']'", "la « , » ou le « ] » attendu est introuvable");
    p("did not find expected ',' or '}'", "la « , » ou le « } » attendu est introuvable");
    p("found character '{r}' that cannot start any token. (Do not use {r} for indentation)",
        "le caractère « {1} » ne peut commencer aucun élément (ne l'utilisez pas pour indenter)");
    p("found character '{r}' that cannot start any token",
        "le caractère « {1} » ne peut commencer aucun élément");
    p("found a tab character that violates indentation",
        "une tabulation casse l'indentation (indentez avec des espaces)");
    p("found a tab character where an indentation space is expected",
        "une tabulation se trouve là où une espace d'indentation est attendue");
    p("found unexpected end of stream", "fin de texte inattendue");
    p("special characters are not allowed",
        "caractères spéciaux non permis (un caractère de contrôle ou invisible)");
    p("found unknown escape character {r}", "caractère d'échappement inconnu {1}");
    p("found undefined tag handle {r}", "marqueur d'étiquette (tag) non défini {1}");
    p("found duplicate key {r}", "clé en double {1}");
    p("expected <block end>, but found '<block mapping start>'",
        "fin de bloc attendue, mais une nouvelle clé trouvée (vérifiez l'indentation)");
    p("expected <block end>, but found '<block sequence start>'",
        "fin de bloc attendue, mais un élément de liste trouvé (vérifiez l'indentation)");
    p("expected <block end>, but found '<scalar>'",
        "fin de bloc attendue, mais une valeur trouvée (vérifiez l'indentation)");
    p("expected <block end>, but found '{r}'", "fin de bloc attendue, mais « {1} » trouvé");
    p("expected '<document start>', but found '<block mapping start>'",
        "début de document attendu, mais une clé trouvée (vérifiez l'indentation de la première"
            + " ligne)");
    p("expected '<document start>', but found '{r}'",
        "début de document attendu, mais « {1} » trouvé");
    p("expected alphabetic or numeric character, but found {r}",
        "caractère alphanumérique attendu, mais {1} trouvé");
    p("expected ',' or ']', but got {r}", "« , » ou « ] » attendu, mais {1} trouvé");
    p("expected ',' or '}', but got {r}", "« , » ou « } » attendu, mais {1} trouvé");
    p("expected a comment or a line break, but found {r}",
        "commentaire ou fin de ligne attendu, mais {1} trouvé");
    // Jackson (JSON)
    p("Unexpected character ('{r}' (code {i})): was expecting double-quote to start field name",
        "caractère « {1} » inattendu : un guillemet (\") devait ouvrir le nom d'une clé");
    p("Unexpected character ('{r}' (code {i})): was expecting comma to separate Object entries",
        "caractère « {1} » inattendu : une virgule devait séparer les clés");
    p("Unexpected character ('{r}' (code {i})): was expecting comma to separate Array entries",
        "caractère « {1} » inattendu : une virgule devait séparer les éléments de la liste");
    p("Unexpected character ('{r}' (code {i})): was expecting a colon to separate field name and"
            + " value",
        "caractère « {1} » inattendu : un « : » devait séparer la clé de sa valeur");
    p("Unexpected character ('{r}' (code {i})): expected a valid value (JSON String, Number,"
            + " Array, Object or token 'null', 'true' or 'false')",
        "caractère « {1} » inattendu : une valeur était attendue (texte entre guillemets, nombre,"
            + " liste, objet, null, true ou false)");
    p("Unrecognized token '{r}': was expecting (JSON String, Number, Array, Object or token"
            + " 'null', 'true' or 'false')",
        "élément « {1} » non reconnu : une valeur était attendue (texte entre guillemets, nombre,"
            + " liste, objet, null, true ou false)");
    p("Unexpected close marker '{r}': expected '{r}' {r}",
        "« {1} » inattendu : « {2} » attendu pour fermer");
    p("Illegal unquoted character ((CTRL-CHAR, code {i})): has to be escaped using backslash to"
            + " be included in name",
        "caractère de contrôle (code {1}) interdit dans un nom de clé : échappez-le par une barre"
            + " oblique inverse");
    p("Illegal unquoted character ((CTRL-CHAR, code {i})): has to be escaped using backslash to"
            + " be included in string value",
        "caractère de contrôle (code {1}) interdit dans un texte : échappez-le par une barre"
            + " oblique inverse");
    p("Unrecognized character escape '{r}' (code {i})",
        "séquence d'échappement inconnue « \\{1} »");
    p("Unexpected end-of-input: expected close marker for {r}",
        "fin de texte inattendue : il manque la fermeture d'un objet ou d'une liste");
    p("Unexpected end-of-input{r}", "fin de texte inattendue");
    p("Unexpected EOF {r}", "fin de texte inattendue");
    p("Invalid UTF-8 {r}", "UTF-8 invalide {1}");
    p("Document nesting depth ({i}) exceeds the maximum allowed ({i}, from `{r}`)",
        "profondeur d'imbrication ({1}) supérieure au maximum permis ({2})");
    p("Number value length ({i}) exceeds the maximum allowed ({i}, from `{r}`)",
        "nombre trop long ({1} caractères, au plus {2})");
    p("unreadable content", "contenu illisible");
  }
}
