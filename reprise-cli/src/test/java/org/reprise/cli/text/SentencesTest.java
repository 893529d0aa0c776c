package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

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
    // 11.83 M€ paid to the holding over 5 years and 900 person-years: 13 140 € a head a year
    assertThat(w.paidToHolding()).isBetween(11.8e6, 11.85e6);
    assertThat(s.get(0)).isEqualTo("En 5" + NBSP + "ans, l'entreprise aura versé 11,8" + NBSP
        + "M€ à sa holding, soit 13" + NBSP + "100" + NBSP + "€ par salarié et par an.");
    assertThat(s.get(1)).startsWith("Au total, 14,1" + NBSP + "M€ sont sortis de l'entreprise");
    assertThat(s).anyMatch(t -> t.contains("la participation légale revient aux salariés"));
    assertThat(s).anyMatch(t -> t.contains("portée par la holding"));
    assertThat(s.get(s.size() - 1))
        .contains("revient aux détenteurs des fonds propres")
        .contains("fund (4,6" + NBSP + "M€) et management (811" + NBSP + "000" + NBSP + "€)");
    assertThat(String.join(" ", s)).doesNotContain("statu quo");
  }

  @Test
  void englishSentencesOfTheSecondaryLbo() {
    Object[] x = run("decolletage-secondary-lbo.yaml");
    List<String> s =
        new Sentences(Lang.EN).forRun((Deal) x[0], (DealResult) x[1], (WhoPays) x[2]);
    assertThat(s.get(0)).isEqualTo("Over 5 years, the company will have paid €11.8m to its"
        + " holding, or €13,100 per employee per year.");
    assertThat(s.get(1)).startsWith("In all, €14.1m left the company");
    assertThat(String.join(" ", s)).doesNotContain(String.valueOf(NBSP))
        .doesNotContain("status quo");
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
