package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void padsColumnsAndAlignsNumbersRight() {
    String text =
        TextTable.of("k€", "2026", "2027")
            .row("Revenue", "30,900.0", "31,827.0")
            .row("EBITDA", "5,628.6", "5,865.6")
            .rule()
            .row("Free cash flow", "-3.2", "12.0")
            .render();
    assertThat(text)
        .isEqualTo(
            "k€                  2026      2027\n"
                + "--------------  --------  --------\n"
                + "Revenue         30,900.0  31,827.0\n"
                + "EBITDA           5,628.6   5,865.6\n"
                + "--------------  --------  --------\n"
                + "Free cash flow      -3.2      12.0\n");
  }

  @Test
  void leftAlignsChosenColumnsAndTrimsTrailingSpaces() {
    String text =
        TextTable.of("Party", "Role", "IRR")
            .align(1, TextTable.Align.LEFT)
            .row("fund", "equity", "12.9%")
            .row("senior banks", "lender")
            .render("  ");
    assertThat(text)
        .isEqualTo(
            "  Party         Role      IRR\n"
                + "  ------------  ------  -----\n"
                + "  fund          equity  12.9%\n"
                + "  senior banks  lender\n");
  }

  @Test
  void skipsABlankHeaderAndCountsRows() {
    TextTable t = TextTable.of("", "").row("a", "1").rule().row();
    assertThat(t.render()).isEqualTo("a  1\n-  -\n\n");
    assertThat(t.size()).isEqualTo(2);
  }

  @Test
  void countsCodePointsNotBytes() {
    String text = TextTable.of("Société", "€").row("Dette", "1 234,5").render();
    assertThat(text.lines().toList())
        .containsExactly("Société        €", "-------  -------", "Dette    1 234,5");
  }

  @Test
  void escapesControlCharactersInCells() {
    String text = TextTable.of("Name").row("evil\u001B[2Jname\nnext").render();
    assertThat(text).doesNotContain("\u001B").contains("evil\\u001B[2Jname\\u000Anext");
    assertThat(text.lines().count()).isEqualTo(3);
  }

  @Test
  void rejectsTooManyCellsAndEmptyHeaders() {
    assertThatThrownBy(() -> TextTable.of("a").row("1", "2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextTable.of()).isInstanceOf(IllegalArgumentException.class);
  }
}
