package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reprise.model.DealException;

/**
 * {@link MessagesFr}: the error messages of the readers and the engine, produced for real by
 * thousands of invalid deals ({@link BadDeals}) and by the cases random changes rarely reach
 * ({@link KnownErrors}), each have a French template; and hand-picked French renderings.
 */
class MessagesFrTest {

  /** Invalid deals fed to the readers: about 1,700 distinct messages in 10 s. */
  static final int BAD_DEALS = 4000;

  @TempDir static Path tmp;

  /** Every message produced, with the number of times it was. */
  private static final Map<String, Integer> CORPUS = new TreeMap<>();
  private static KnownErrors known;

  @BeforeAll
  static void collect() {
    BadDeals.run(1, BAD_DEALS, m -> CORPUS.merge(m, 1, Integer::sum));
    known = KnownErrors.collect(tmp);
    known.messages().values().forEach(m -> CORPUS.merge(m, 1, Integer::sum));
    KnownErrors.SIMULATION.forEach(m -> CORPUS.merge(m, 1, Integer::sum));
    KnownErrors.GRID.forEach(m -> CORPUS.merge(m, 1, Integer::sum));
    KnownErrors.UNREACHABLE.forEach(m -> CORPUS.merge(m, 1, Integer::sum));
    KnownErrors.warnings().forEach(m -> CORPUS.merge(m, 1, Integer::sum));
  }

  @Test
  void everyMessageOfManyBadDealsHasAFrenchTemplate() {
    List<String> english = new ArrayList<>();
    CORPUS.keySet().forEach(m -> {
      if (MessagesFr.strict(m).isEmpty()) {
        english.add(m);
      }
    });
    assertThat(english).as("messages without a French template (add one to FrenchMessages or"
        + " FrenchExpected)").isEmpty();
    for (String m : CORPUS.keySet()) {
      assertThat(MessagesFr.translate(m)).as(m).isNotEqualTo(m);
    }
  }

  @Test
  void theInvalidDealsAreManyAndEveryKnownCaseFails() {
    assertThat(CORPUS).hasSizeGreaterThan(1000);
    assertThat(known.silent()).as("cases of KnownErrors that did not fail").isEmpty();
  }

  /** A template that no real message uses is a template whose English was copied wrong. */
  @Test
  void everyTemplateIsUsedByARealMessage() {
    Set<Template> used = new HashSet<>();
    CORPUS.keySet().forEach(m -> MessagesFr.strict(m, used));
    List<String> unused = new ArrayList<>();
    for (List<Template> list :
        List.of(FrenchCatalogue.MESSAGES, FrenchCatalogue.WHATS, FrenchCatalogue.FOUNDS)) {
      for (Template t : list) {
        if (!used.contains(t)) {
          unused.add(t.english());
        }
      }
    }
    assertThat(unused).isEmpty();
  }

  /** Quoted text, key names, and examples of the file syntax ({@code {linear: 7}}). */
  private static final Pattern QUOTED =
      Pattern.compile("\"[^\"]*\"|`[^`]*`|« [^»]* »|\\{[^{}]*\\}|\\[[^\\[\\]]*\\]");
  private static final Pattern ENGLISH = Pattern.compile(
      "\\b(the|of|or|and|expected|found|such as|must|with|only|at least|at most|is|are|required"
          + "|give|cannot|per|each|not|but)\\b");

  /** The user's text and the file's syntax are quoted; what is left must not be English. */
  @Test
  void noEnglishWordIsLeftInTheFrench() {
    List<String> mixed = new ArrayList<>();
    for (String m : CORPUS.keySet()) {
      if (m.contains(" syntax error")) {
        continue; // the parser's own detail, when not a known one, stays as it wrote it
      }
      String fr = MessagesFr.translate(m);
      String left = fr;
      for (String before = null; !left.equals(before); ) {
        before = left;
        left = QUOTED.matcher(left).replaceAll("");
      }
      if (ENGLISH.matcher(left).find()) {
        mixed.add(m + "\n  -> " + fr);
      }
    }
    assertThat(mixed).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
      expected a rate such as 0.055 or "5.5%", found "five" | attendu : un taux tel que 0.055 ou "5.5%" ; trouvé : "five"
      unknown key `nmae`: did you mean `name`? | clé inconnue `nmae` : vouliez-vous dire `name` ?
      expected a whole number between 1990 and 2100, found 1789 | attendu : un nombre entier entre 1990 et 2100 ; trouvé : 1789
      expected an amount in currency units such as 1200000, found nothing (the key is missing) | attendu : un montant en unités monétaires, par exemple 1200000 ; trouvé : rien (la clé est absente)
      expected a rate between 0% and 100%, found 1.5 (in scenario "Offre A", scenarios[1], which keeps this value of the top level) | attendu : un taux entre 0 % et 100 % ; trouvé : 1.5 (dans le scénario "Offre A", scenarios[1], qui garde cette valeur du niveau supérieur)
      expected a multiple such as 7.5 or "7.5x" or a list of them (one per year), found an empty list | attendu : un multiple tel que 7.5 ou "7.5x" ou une liste de ces valeurs (une par année) ; trouvé : une liste vide
      expected a calendar year after the base year 2025 and at most 2055 (horizon of 1 to 30 years), found 2070 | attendu : une année civile postérieure à l'année de base 2025 et au plus 2055 (horizon de 1 à 30 ans) ; trouvé : 2070
      the ownership shares of the ordinary classes must add up to 100%, found 102.5% | les parts du capital des catégories ordinaires doivent faire 100 % au total ; trouvé : 102,5 %
      sources (30000000.00) do not equal uses (31500000.50): difference -1500000.50; set one equity class's amount to `balance` or adjust the amounts | les ressources (30 000 000) ne sont pas égales aux emplois (31 500 000,50) : écart de -1 500 000,50 ; mettez le montant d'une catégorie de titres à `balance` ou ajustez les montants
      the work share must be at least 25 % of the net surplus (art. 33 loi 1978), found 20.00 % | la part travail doit être d'au moins 25 % des excédents nets (art. 33 loi 1978) ; trouvé : 20 %
      another tranche is already named "Senior A"; give each tranche its own name | une autre tranche s'appelle déjà "Senior A" ; donnez à chaque tranche son propre nom
      no other tranche is in the pari passu group "senior"; give the same `pariPassu` name to each tranche that ranks with this one, or remove it | aucune autre tranche n'est dans le groupe pari passu "senior" ; donnez le même nom `pariPassu` à chaque tranche de même rang que celle-ci, ou retirez-le
      "B" is borrowed by the holding but "A", in the same pari passu group, by the company; only tranches of one borrower can rank pari passu | "B" est empruntée par la holding mais "A", du même groupe pari passu, par la société ; seules les tranches d'un même emprunteur peuvent être pari passu
      YAML syntax error at line 3, column 7: mapping values are not allowed here | erreur de syntaxe YAML à la ligne 3, colonne 7 : une valeur de clé n'est pas permise ici (un « : » en trop ?)
      JSON syntax error at line 1, column 5: the key `exit` is written twice in the same group | erreur de syntaxe JSON à la ligne 1, colonne 5 : la clé `exit` est écrite deux fois dans le même groupe
      YAML syntax error at line 1, column 1: special characters are not allowed | erreur de syntaxe YAML à la ligne 1, colonne 1 : caractères spéciaux non permis (un caractère de contrôle ou invisible)
      YAML syntax error at line 3, column 7: while scanning an anchor | erreur de syntaxe YAML à la ligne 3, colonne 7 : le texte ne peut pas être lu à cet endroit (explication du lecteur, en anglais : « while scanning an anchor »)
      the stress starts in year 9, after the 5-year horizon | le scénario de crise commence l'année 9, après l'horizon de 5 ans
      the stress "x" starts in year 9 (2034), after the exit in year 5 (2030) | le scénario de crise "x" commence l'année 9 (2034), après la sortie de l'année 5 (2030)
      the stress "x" starts in year 9 (2034), after the exit in year 5 (2030), so no cell of the grid applies it | le scénario de crise "x" commence l'année 9 (2034), après la sortie de l'année 5 (2030), donc aucune cellule de la grille ne l'applique
      the entry enterprise value must be positive, found -176680000.00 (multiple 7 × EBITDA -25240000.00): the base-year EBITDA is negative (company.actuals: revenue − purchases − externalCharges − otherTaxes − personnelCosts = 30000000.00 − 10500000.00 − 4380000.00 − 360000.00 − 40000000.00); check these actuals | la valeur d'entreprise à l'entrée doit être positive ; trouvé : -176 680 000 (multiple 7 × EBE -25 240 000) : l'EBE de l'année de base est négatif (company.actuals : revenue − purchases − externalCharges − otherTaxes − personnelCosts = 30 000 000 − 10 500 000 − 4 380 000 − 360 000 − 40 000 000) ; vérifiez ces comptes
      expected a shift between −1 and 1, found 1.5 | attendu : un décalage entre −1 et 1 ; trouvé : 1.5
      expected a window longer than `years` (4), found 4 (in the grid cell --x risk.shortTimeWork.years=4, --y risk.shortTimeWork.window=4) | attendu : une fenêtre plus longue que `years` (4) ; trouvé : 4 (dans la cellule de la grille --x risk.shortTimeWork.years=4, --y risk.shortTimeWork.window=4)
      the ownership shares of the ordinary classes must add up to 100%, found 90% (in scenario "Offre A", scenarios[1]) (in the grid cell --x financing.equity[0].ownership=80%, --y financing.equity[1].ownership=10%) | les parts du capital des catégories ordinaires doivent faire 100 % au total ; trouvé : 90 % (dans le scénario "Offre A", scenarios[1]) (dans la cellule de la grille --x financing.equity[0].ownership=80%, --y financing.equity[1].ownership=10%)
      expected a rate such as 0.055 or "5.5%", found 1e400, which is too large | attendu : un taux tel que 0.055 ou "5.5%" ; trouvé : 1e400, qui est trop grand
      expected an amount in currency units such as 1200000 (at most 10^15 in size), found -1E+400, which is too large | attendu : un montant en unités monétaires, par exemple 1200000 (au plus 10^15 en valeur absolue) ; trouvé : -1E+400, qui est trop grand
      expected a multiple such as 7.5 or "7.5x", found 1e300 | attendu : un multiple tel que 7.5 ou "7.5x" ; trouvé : 1e300
      expected a rate between -1000% and 1000%, found 1.0E15 | attendu : un taux entre -1000 % et 1000 % ; trouvé : 1.0E15
      expected a rate between 0% and 100%, found .5e1 | attendu : un taux entre 0 % et 100 % ; trouvé : .5e1
      expected a multiple such as 7.5 or "7.5x", found 1×10^300 | attendu : un multiple tel que 7.5 ou "7.5x" ; trouvé : 1×10^300
      the amount drawn at closing (1.5e2) is more than the revolver's limit (100) | le montant tiré au closing (1.5e2) dépasse la limite du crédit renouvelable (100)
      expected a rate between -5% and 100%, found -1 | attendu : un taux entre -5 % et 100 % ; trouvé : -1
      expected an all-in cash rate (the higher of base and floor, plus the margin) of at least -5% every year, found -5.6% in year 1 | attendu : un taux d'intérêt payé (le plus élevé de la base et du plancher, plus la marge) d'au moins -5 % chaque année ; trouvé : -5,6 % l'année 1
      """)
  void handPickedMessages(String english, String french) {
    assertThat(MessagesFr.translate(english)).isEqualTo(french);
  }

  @Test
  void theUsersTextIsCarriedOverAsWritten() {
    String name = "expected the unknown, found nothing; did you mean `x`?";
    assertThat(MessagesFr.translate(
            "another equity class is already named \"" + name + "\"; give each class its own name"))
        .isEqualTo("une autre catégorie de titres s'appelle déjà \"" + name + "\" ; donnez à"
            + " chaque catégorie son propre nom");
    assertThat(MessagesFr.translate("expected a text, found \"lots, found \\\"more\\\"\""))
        .isEqualTo("attendu : un texte ; trouvé : \"lots, found \\\"more\\\"\"");
  }

  @Test
  void aMessageWithoutTemplateStaysInEnglish() {
    for (String m : List.of("a message from the future", "expected a unicorn, found 3",
        "expected a text, found a unicorn", "")) {
      assertThat(MessagesFr.strict(m)).as(m).isEmpty();
      assertThat(MessagesFr.translate(m)).isEqualTo(m);
    }
    assertThat(MessagesFr.strict(null)).isEmpty();
  }

  @Test
  void aDealExceptionIsTranslatedWithoutItsPath() {
    DealException e = new DealException("exit.year", "expected a calendar year after the base year"
        + " 2025, found \"soon\"");
    assertThat(MessagesFr.translate(e))
        .isEqualTo("attendu : une année civile postérieure à l'année de base 2025 ; trouvé :"
            + " \"soon\"");
  }

  @Test
  void computedNumbersAreWrittenTheFrenchWay() {
    assertThat(MessagesFr.number("102.5%")).isEqualTo("102,5 %");
    // digits grouped by three with no-break spaces from five digits on; zero decimals dropped
    assertThat(MessagesFr.number("-1500000.50")).isEqualTo("-1\u00a0500\u00a0000,50");
    assertThat(MessagesFr.number("31500000.00")).isEqualTo("31\u00a0500\u00a0000");
    assertThat(MessagesFr.number("2026")).isEqualTo("2026");
    assertThat(MessagesFr.number("12345.6")).isEqualTo("12\u00a0345,6");
    assertThat(MessagesFr.number("20.00%")).isEqualTo("20 %");
    assertThat(MessagesFr.number("12")).isEqualTo("12");
    assertThat(MessagesFr.number("1.0E20")).isEqualTo("1.0E20");
  }
}
