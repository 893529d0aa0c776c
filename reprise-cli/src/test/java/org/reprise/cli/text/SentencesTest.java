package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.WhoPays;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

class SentencesTest {

  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final char NBSP = '\u00A0';

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Sentences.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties en = load("sentences.properties");
    Properties fr = load("sentences_fr.properties");
    assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertThat(placeholders(fr.getProperty(key))).as(key)
          .isEqualTo(placeholders(en.getProperty(key)));
    }
  }

  private static List<String> placeholders(String pattern) {
    Matcher m = Pattern.compile("%(\\d\\$)?s").matcher(pattern);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    out.sort(null);
    return out;
  }

  private static Object[] run(String example) {
    Deal deal = DealReader.read(EXAMPLES.resolve(example));
    DealResult r = LboEngine.DEFAULT.run(deal);
    return new Object[] {deal, r, WhoPays.of(deal, r)};
  }

  @Test
  void frenchSentencesOfTheSecondaryLboUseTheRealNumbers() {
    Object[] x = run("decolletage-secondary-lbo.yaml");
    WhoPays w = (WhoPays) x[2];
    List<String> s = new Sentences(Lang.FR).forRun((Deal) x[0], (DealResult) x[1], w);
    // 11.66 M€ paid to the holding over 5 years and 900 person-years: 12 951 € a head a year
    assertThat(w.paidToHolding()).isBetween(11.65e6, 11.66e6);
    assertThat(s.get(0)).isEqualTo("En 5" + NBSP + "ans, l'entreprise aura versé 11,7" + NBSP
        + "M€ à sa holding, soit 13" + NBSP + "000" + NBSP + "€ par salarié et par an.");
    assertThat(s.get(1)).startsWith("Au total, 14,2" + NBSP + "M€ sont sortis de l'entreprise");
    assertThat(s).anyMatch(t -> t.contains("la participation légale revient aux salariés"));
    assertThat(s).anyMatch(t -> t.contains("portée par la holding"));
    assertThat(s.get(s.size() - 2))
        .contains("profite aux détenteurs des fonds propres" + NBSP + "; sans elle, ils"
            + " recevraient d'autant moins à la cession")
        .contains("fund (4,8" + NBSP + "M€) et management (849" + NBSP + "000" + NBSP + "€)");
    // the DSCR: 2,672.9 / 2,858.1 = 0.94× in 2026, 2,800.3 / 2,836.3 = 0.99× in 2027, at least 1.00×
    assertThat(s.get(s.size() - 1)).isEqualTo("Les covenants ne sont pas respectés en 2026"
        + " (couverture du service de la dette 0,94× pour un minimum de 1,00×) et 2027 (0,99× pour"
        + " 1,00×)" + NBSP + ": un bris de covenant est en général un cas de défaut du contrat de"
        + " crédit" + NBSP + ": les prêteurs peuvent prononcer l'exigibilité anticipée ou, plus"
        + " souvent, accorder une renonciation (waiver) ou un réaménagement des ratios (reset),"
        + " généralement contre une commission et une hausse de marge" + NBSP + "; l'actionnaire"
        + " peut aussi apporter des fonds propres pour rétablir le ratio (equity cure).");
    assertThat(String.join(" ", s)).doesNotContain("statu quo");
  }

  @Test
  void englishSentencesOfTheSecondaryLbo() {
    Object[] x = run("decolletage-secondary-lbo.yaml");
    List<String> s =
        new Sentences(Lang.EN).forRun((Deal) x[0], (DealResult) x[1], (WhoPays) x[2]);
    assertThat(s.get(0)).isEqualTo("Over 5 years, the company will have paid €11.7m to its"
        + " holding, or €13,000 per employee per year.");
    assertThat(s.get(1)).startsWith("In all, €14.2m left the company");
    assertThat(String.join(" ", s)).doesNotContain(String.valueOf(NBSP))
        .doesNotContain("status quo");
    assertThat(s.get(s.size() - 1)).isEqualTo("The covenants are breached in 2026 (debt service"
        + " cover 0.94× against a minimum of 1.00×) and 2027 (0.99× against 1.00×): a covenant"
        + " breach is usually an event of default under the loan agreement: the lenders may"
        + " accelerate the loan or, more often, grant a waiver or reset the ratios, usually against"
        + " a fee and a higher margin; the shareholders may also put in equity to restore the ratio"
        + " (equity cure).");
  }

  private static Object[] variant(String from, String to) throws IOException {
    String plan = java.nio.file.Files.readString(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"),
        StandardCharsets.UTF_8);
    assertThat(plan).contains(from);
    Deal deal = DealReader.parse(plan.replace(from, to), "variant.yaml");
    DealResult r = LboEngine.DEFAULT.run(deal);
    return new Object[] {deal, r, WhoPays.of(deal, r)};
  }

  private static String last(Lang lang, Object[] x) {
    List<String> s = new Sentences(lang).forRun((Deal) x[0], (DealResult) x[1], (WhoPays) x[2]);
    return s.get(s.size() - 1);
  }

  /**
   * With a DSCR of at least 0.90× instead of 1.00×, the secondary LBO meets its covenants every
   * year; the tightest is the 2026 DSCR: 0.94× against 0.90×, a headroom of 1 − 0.90 / 0.935 =
   * 3.8 % (the leverage's smallest, in 2030, is 1 − 3.14 / 3.50 = 10.3 %).
   */
  @Test
  void covenantsMetEveryYearGiveTheTightestAndItsHeadroom() throws IOException {
    Object[] x = variant("minDebtServiceCover: 1.0 ", "minDebtServiceCover: 0.9 ");
    assertThat(((DealResult) x[1]).years().covenantBreach).containsOnly(false);
    assertThat(last(Lang.EN, x)).isEqualTo("The covenants are met every year until the exit; the"
        + " tightest is the debt service cover covenant in 2026: 0.94× against a minimum of 0.90×,"
        + " a headroom of 3.8%.");
    assertThat(last(Lang.FR, x)).isEqualTo("Les covenants sont respectés chaque année jusqu'à la"
        + " sortie" + NBSP + "; le plus serré est celui de couverture du service de la dette en"
        + " 2026" + NBSP + ": 0,94× pour un minimum de 0,90×, soit une marge de 3,8" + NBSP + "%.");
  }

  /** The paper LBO has no covenant: nothing is said about them. */
  @Test
  void noCovenantNoSentence() {
    Object[] x = run("paper-lbo.yaml");
    for (Lang lang : Lang.values()) {
      String all = String.join(" ",
          new Sentences(lang).forRun((Deal) x[0], (DealResult) x[1], (WhoPays) x[2]));
      assertThat(all).doesNotContain("covenant");
    }
  }

  /**
   * The guides' crisis (sales −30 % in 2026): every year breaches the three covenants. The first
   * year names each ratio; the next ones, which break the same three, give the numbers only, in the
   * same order. 2026: net debt / EBITDA 259.84× (EBITDA of €0.1m) against at most 5.50×. The year
   * after a deeper fall (−40 %) has a negative EBITDA: the leverage cannot be measured, a breach.
   */
  @Test
  void everyRatioThatBrokeInTheCrisis() throws IOException {
    String growth = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";
    Object[] x = variant(growth, "growth: [\"-30%\", \"10%\", \"5%\", \"3%\", \"2%\"]");
    // 2026's net leverage is 259.84× (EBITDA a few per cent of the plan's): beyond 100× its digits
    // mean nothing and it reads "> 100×" (Covenants.SHOWN_RATIO_LIMIT, review 29, L3)
    assertThat(((DealResult) x[1]).years().netLeverage[0]).isCloseTo(259.84, within(0.005));
    assertThat(last(Lang.EN, x)).startsWith("The covenants are breached in 2026 (net debt / EBITDA"
        + " > 100× against a maximum of 5.50×; interest cover 0.07× against a minimum of 2.50×;"
        + " debt service cover 0.00× against a minimum of 1.00×), 2027 (30.15× against 5.00×;"
        + " 0.60× against 2.50×; -0.32× against 1.00×), 2028 (")
        .endsWith(" and 2030 (26.43× against 3.50×; 0.68× against 2.50×; -0.04× against 1.00×):"
        + " a covenant breach is usually an event of default under the loan agreement: the lenders"
        + " may accelerate the loan or, more often, grant a waiver or reset the ratios, usually"
        + " against a fee and a higher margin; the shareholders may also put in equity to restore"
        + " the ratio (equity cure).");
    assertThat(last(Lang.FR, x)).startsWith("Les covenants ne sont pas respectés en 2026 (dette"
        + " nette / EBE > 100× pour un maximum de 5,50×" + NBSP + "; couverture des intérêts");
    Object[] deep = variant(growth, "growth: [\"-40%\", \"10%\", \"5%\", \"3%\", \"2%\"]");
    assertThat(((DealResult) deep[1]).years().ebitda[0]).isNegative();
    assertThat(last(Lang.EN, deep)).startsWith("The covenants are breached in 2026 (net debt /"
        + " EBITDA not measurable with a zero or negative EBITDA, against a maximum of 5.50×;"
        + " interest cover -1.01× against a minimum of 2.50×;")
        .contains("2027 (not measurable against 5.00×; -0.50× against 2.50×;");
  }

  @Test
  void theHoldingIsNotMentionedUnderAPushDown() {
    Object[] x = run("paper-lbo.yaml");
    Deal deal = (Deal) x[0];
    assertThat(deal.structure().hasHolding()).isFalse();
    for (Lang lang : Lang.values()) {
      String all = String.join(" ",
          new Sentences(lang).forRun(deal, (DealResult) x[1], (WhoPays) x[2]));
      assertThat(all).doesNotContain("holding");
    }
  }

  @Test
  void eachCaseOfTheParticipationSentence() {
    Object[] x = run("paper-lbo.yaml"); // 100 employees? the paper LBO's headcount decides
    Deal deal = (Deal) x[0];
    String all = String.join(" ",
        new Sentences(Lang.EN).forRun(deal, (DealResult) x[1], (WhoPays) x[2]));
    if (!deal.participation().applies()) {
      assertThat(all).containsAnyOf("fewer than 50 employees", "switched off");
    } else if (((WhoPays) x[2]).participationTotal() > 0.5) {
      assertThat(all).contains("the legal profit-sharing (participation) comes to");
    } else {
      assertThat(all).contains("formula gives the employees nothing");
    }
  }

  @Test
  void joinsPartiesWithTheLanguagesConjunction() {
    Object[] x = run("employee-buyout.yaml");
    WhoPays w = (WhoPays) x[2];
    assertThat(w.deleveragingCapture()).containsKeys("employees", "friendly investor");
    String fr = String.join(" ",
        new Sentences(Lang.FR).forRun((Deal) x[0], (DealResult) x[1], w));
    assertThat(fr).containsPattern("friendly investor \\([^)]*\\) et employees \\(");
    String en = String.join(" ",
        new Sentences(Lang.EN).forRun((Deal) x[0], (DealResult) x[1], w));
    assertThat(en).containsPattern("friendly investor \\([^)]*\\) and employees \\(");
    Map<String, Double> capture = w.deleveragingCapture();
    assertThat(capture.get("employees")).isGreaterThan(capture.get("friendly investor"));
  }
}
