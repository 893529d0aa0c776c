package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
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

  /** A number found in the file: as written, else without an exponent (review 9, input F8). */
  @Test
  void numbersFoundAreShownAsWritten() {
    assertThat(Text.describe(TreeLoader.load("v: 1e15", false).get("v"))).isEqualTo("1e15");
    assertThat(Text.describe(TreeLoader.load("v: 1.50", false).get("v"))).isEqualTo("1.50");
    assertThat(Text.describe(TreeLoader.load("v: 1e400", false).get("v")))
        .isEqualTo("1e400, which is too large");
    assertThat(Text.describe(TreeLoader.load("{\"v\": -1E400}", true).get("v")))
        .isEqualTo("-1E400, which is too large");
    assertThat(Text.describe(TreeLoader.load("v: 123456789012345678901234", false).get("v")))
        .isEqualTo("123456789012345678901234");
    // a tree not read from a file has no text: the number without an exponent
    assertThat(Text.describe(DoubleNode.valueOf(1e15))).isEqualTo("1000000000000000");
    assertThat(Text.describe(DoubleNode.valueOf(1.5))).isEqualTo("1.5");
    assertThat(Text.describe(DoubleNode.valueOf(Double.POSITIVE_INFINITY)))
        .isEqualTo("Infinity, which is too large");
    assertThat(Text.describe(IntNode.valueOf(-5))).isEqualTo("-5");
  }

  @Test
  void plainHasNoExponent() {
    assertThat(Text.plain(1e15)).isEqualTo("1000000000000000");
    assertThat(Text.plain(1.5e-7)).isEqualTo("0.00000015");
    assertThat(Text.plain(-2.0)).isEqualTo("-2");
    assertThat(Text.plain(0.0)).isEqualTo("0");
    // beyond 24 characters, a power of ten
    assertThat(Text.plain(1e300)).isEqualTo("1\u00d710^300");
    assertThat(Text.plain(-1.25e-30)).isEqualTo("-1.25\u00d710^-30");
    assertThat(Text.plain(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void quoteAll() {
    assertThat(Text.quoteAll("a", "b")).isEqualTo("`a`, `b`");
  }
}
