package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LabelsTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties en = load("labels.properties");
    Properties fr = load("labels_fr.properties");
    assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertThat(count(fr.getProperty(key))).as(key).isEqualTo(count(en.getProperty(key)));
    }
  }

  @Test
  void returnsTheLanguageAskedWhateverTheDefaultLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.FRENCH);
      assertThat(new Labels(Lang.EN).get("su.title")).isEqualTo("SOURCES AND USES");
      assertThat(new Labels(Lang.FR).get("su.title")).isEqualTo("RESSOURCES ET EMPLOIS");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void formatsPatternsAndKnowsItsKeys() {
    Labels fr = new Labels(Lang.FR);
    assertThat(fr.format("header.defaultWarning", 2028)).contains("2028").contains("défaut");
    assertThat(fr.has("role.lender")).isTrue();
    assertThat(fr.has("role.nobody")).isFalse();
  }

  /**
   * The notes under the debt schedule and the cash flow are wrapped at the report's width (on
   * ordinary spaces): in French the space before « : », « ; », « ? », « ! » and « % » is a
   * no-break space there, as in the sentences, so that no line starts with one of them.
   */
  @Test
  void frenchWrappedNotesKeepTheirPunctuationOnTheLine() throws IOException {
    Properties fr = load("labels_fr.properties");
    List<String> wrapped = List.of("sched.note", "cf.note", "cf.sweepCashRule", "cf.sweepFlowRule",
        "cf.beforeSweep", "cf.beforeSweepCoop", "cf.distributionRule");
    for (String key : wrapped) {
      String label = fr.getProperty(key);
      assertThat(label).as(key).isNotBlank().doesNotContainPattern(" [:;?!]| %(?!s)");
    }
    assertThat(fr.getProperty("cf.sweepFlowRule")).startsWith("Cash sweep\u00A0: %s de");
    assertThat(new Labels(Lang.FR).get("cf.title")).isEqualTo("TRÉSORERIE ET SERVICE DE LA DETTE");
    assertThat(new Labels(Lang.FR).get("sched.title"))
        .isEqualTo("ÉCHÉANCIER DE LA DETTE PAR TRANCHE");
  }

  private static int count(String pattern) {
    Matcher m = Pattern.compile("%s").matcher(pattern);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * Flows with no net inflow in any year have an IRR (−100 %): its note says so, in the report's
   * language, instead of "no IRR", and never that nothing was received, which is untrue of a
   * lender whose revolver drawings exceeded what it received (review 12 PE, finding 8); an IRR
   * that does not exist keeps "no IRR" and the engine's reason.
   */
  @Test
  void theIrrNotesSayWhatTheTableShows() {
    String loss = org.reprise.engine.returns.Irr.irr(new double[] {-19.0, -0.4}).note();
    assertThat(new Labels(Lang.EN).irrNote("senior banks", -1.0, loss))
        .isEqualTo("senior banks: no net inflow in any year, each year it received no more than it"
            + " paid in or lent (IRR -100 %).");
    assertThat(new Labels(Lang.FR).irrNote("senior banks", -1.0, loss))
        .isEqualTo("senior banks\u00a0: aucun flux net positif, chaque année elle a reçu au plus ce"
            + " qu'elle a versé ou prêté (TRI -100\u00a0%).");
    assertThat(new Labels(Lang.EN).irrNote("banks", Double.NaN, "several IRRs: 7 %, 609 %"))
        .isEqualTo("banks: no IRR (its flows change sign several times and several rates give a"
            + " zero NPV: 7 %, 609 %).");
    assertThat(new Labels(Lang.FR).irrNote("banks", Double.NaN, "several IRRs: 7 %, 609 %"))
        .isEqualTo("banks\u00a0: pas de TRI (ses flux changent de signe plusieurs fois et"
            + " plusieurs taux annulent la VAN\u00a0: 7 %, 609 %).");
    // no root: the engine's "no IRR: " is not said twice
    String none = "no IRR: the NPV never reaches zero (the flows change sign 2 times)";
    assertThat(new Labels(Lang.EN).irrNote("banks", Double.NaN, none))
        .isEqualTo("banks: no IRR (its flows change sign 2 times and no rate gives them a zero"
            + " NPV).");
    assertThat(new Labels(Lang.FR).irrNote("banks", Double.NaN, none))
        .isEqualTo("banks\u00a0: pas de TRI (ses flux changent de signe 2 fois et aucun taux"
            + " n'annule leur VAN).");
    assertThat(new Labels(Lang.EN).irrNote("fund", 0.1, "")).isNull();
  }
}
