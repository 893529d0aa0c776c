package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {

  @Test
  void leavesOrdinaryTextAlone() {
    String text = "Décolletage du Haut-Giffre — LBO « secondaire » 1 234,5 k€ ×";
    assertThat(Terminal.safe(text)).isSameAs(text);
  }

  @Test
  void escapesControlAndBidiCharacters() {
    assertThat(Terminal.safe("a\u001B[31mb")).isEqualTo("a\\u001B[31mb");
    assertThat(Terminal.safe("a\rb\nc")).isEqualTo("a\\u000Db\\u000Ac");
    assertThat(Terminal.safe("x\u202Ey")).isEqualTo("x\\u202Ey");
    assertThat(Terminal.safe("x\u2066y\u200F")).isEqualTo("x\\u2066y\\u200F");
    assertThat(Terminal.safe("a\tb")).isEqualTo("a b");
    assertThat(Terminal.safe(null)).isEmpty();
  }

  @Test
  void safeLinesKeepsLineFeeds() {
    assertThat(Terminal.safeLines("one\u0007\r\ntwo")).isEqualTo("one\\u0007\ntwo");
    assertThat(Terminal.safeLines(null)).isEmpty();
  }
}
