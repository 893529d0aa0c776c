package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void abbreviateShortensAndRemovesControlCharacters() {
    assertThat(Text.abbreviate("abc", 10)).isEqualTo("abc");
    assertThat(Text.abbreviate("abcdef", 3)).isEqualTo("abc...");
    assertThat(Text.abbreviate("a\nb\tc\u001b[31m", 20)).isEqualTo("a\\nb\\tc?[31m");
    assertThat(Text.abbreviate("Décolletage", 20)).isEqualTo("Décolletage");
    assertThat(Text.abbreviate(null, 5)).isEmpty();
  }

  @Test
  void percent() {
    assertThat(Text.percent(0.055)).isEqualTo("5.5%");
    assertThat(Text.percent(1)).isEqualTo("100%");
    assertThat(Text.percent(-0.0025)).isEqualTo("-0.25%");
  }

  @Test
  void number() {
    assertThat(Text.number(1_200_000.0)).isEqualTo("1200000");
    assertThat(Text.number(-3)).isEqualTo("-3");
    assertThat(Text.number(0.125)).isEqualTo("0.125");
  }

  @Test
  void quoteAll() {
    assertThat(Text.quoteAll("a", "b")).isEqualTo("`a`, `b`");
  }
}
