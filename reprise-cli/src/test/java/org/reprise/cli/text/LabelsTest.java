package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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

  private static int count(String pattern) {
    Matcher m = Pattern.compile("%s").matcher(pattern);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
