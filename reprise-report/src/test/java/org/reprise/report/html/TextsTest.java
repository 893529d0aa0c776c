package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two languages have the same texts, with the same slots. */
class TextsTest {

  private static final Pattern SLOT = Pattern.compile("%(\\d+\\$)?s|%%");

  @Test
  void bothLanguagesHaveTheSameKeysAndSlots() throws Exception {
    Properties en = load("texts.properties");
    Properties fr = load("texts_fr.properties");
    assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    List<String> problems = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      if (slots(en.getProperty(key)) != slots(fr.getProperty(key))) {
        problems.add(key);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void escapesArgumentsButNotRawHtml() {
    Texts t = new Texts(Lang.EN);
    assertThat(t.t("who.fees", "<b>")).isEqualTo("Fees of &lt;b&gt; (advisers, lawyers, banks) "
        + "are paid at closing.");
    assertThat(t.t("who.fees", Texts.raw("<b>1</b>"))).startsWith("Fees of <b>1</b> ");
    assertThat(new Texts(Lang.FR).t("yes")).isEqualTo("oui");
  }

  /**
   * French typography (review 31): the space before {@code : ; ? !} and » and after « never
   * breaks the line — in every French text of the report, while the English ones and the names the
   * deal file gives (arguments) are left as they are.
   */
  @Test
  void frenchPunctuationKeepsItsSpaceOnTheLine() throws Exception {
    assertThat(Texts.frenchSpaces("Dette nette : 24 ; « prêt senior » ? oui !"))
        .isEqualTo("Dette nette\u00a0: 24\u00a0; «\u00a0prêt senior\u00a0»\u00a0? oui\u00a0!");
    assertThat(Texts.frenchSpaces("https://x.fr/a?b=1 and a:b;c")).isEqualTo(
        "https://x.fr/a?b=1 and a:b;c");
    Texts fr = new Texts(Lang.FR);
    Properties texts = load("texts_fr.properties");
    Pattern breakable = Pattern.compile(" [:;?!»]|« ");
    List<String> problems = new ArrayList<>();
    for (String key : texts.stringPropertyNames()) {
      Object[] args = new Object[slots(texts.getProperty(key))];
      java.util.Arrays.fill(args, "x");
      if (breakable.matcher(fr.t(key, args)).find()) {
        problems.add(key);
      }
    }
    assertThat(problems).isEmpty();
    assertThat(fr.t("who.fees", "A : B")).contains("A : B");
    assertThat(new Texts(Lang.EN).t("who.fees", "x")).doesNotContain("\u00a0");
  }

  private static int slots(String s) {
    Matcher m = SLOT.matcher(s);
    int n = 0;
    while (m.find()) {
      n += m.group().equals("%%") ? 0 : 1;
    }
    return n;
  }

  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
