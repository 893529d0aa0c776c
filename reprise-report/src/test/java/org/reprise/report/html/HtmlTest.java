package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesMarkupAndDropsWhatXmlCannotHold() {
    assertThat(Html.esc("<a href=\"x\">O'Neil & Co</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; Co&lt;/a&gt;");
    assertThat(Html.esc("a\u0000b\u0007c\td\ne\u0085")).isEqualTo("a b c\td\ne ");
    assertThat(Html.esc("x\uD800y\uDC00z")).isEqualTo("xyz"); // lone surrogates
    assertThat(Html.esc("€ \uD83D\uDE00")).isEqualTo("€ \uD83D\uDE00"); // a real pair stays
    assertThat(Html.esc(null)).isEmpty();
  }

  @Test
  void writesJsonPointers() {
    assertThat(Html.pointer("years", 0, "ebitda")).isEqualTo("/years/0/ebitda");
    assertThat(Html.pointer("returns", "a/b~c")).isEqualTo("/returns/a~1b~0c");
  }
}
