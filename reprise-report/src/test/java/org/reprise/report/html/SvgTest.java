package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgTest {

  private static final Fmt EN = new Fmt(Lang.EN);

  @Test
  void drawsStackedBarsWithNegativePartsBelowTheAxis() throws Exception {
    String svg = Svg.stackedBars("Uses <of> cash", List.of("2026", "2027"),
        List.of(new Svg.Series("Tax & <script>", new double[] {2e6, 1e6}, "#000"),
            new Svg.Series("Cash kept", new double[] {1e6, -0.5e6}, "#111")),
        EN);
    Document d = ReportFixtures.parse(svg);
    assertThat(d.getElementsByTagName("rect").getLength()).isEqualTo(4 + 2); // bars + legend
    assertThat(svg).contains("Tax &amp; &lt;script&gt;").doesNotContain("<script")
        .contains(">M€<").contains("Uses &lt;of&gt; cash");
    assertThat(svg).contains("class=\"axis\"");
  }

  @Test
  void drawsPairedBars() throws Exception {
    String svg = Svg.pairedBars("Returns", List.of("fund", "a very long party name that is cut"),
        new double[] {10e6, 1e6}, new double[] {20e6, 0}, new String[] {"in", "out"},
        List.of("IRR 15.0 %", "IRR –"), EN);
    Document d = ReportFixtures.parse(svg);
    assertThat(d.getElementsByTagName("rect").getLength()).isEqualTo(4 + 2);
    assertThat(svg).contains("a very long party name that…");
  }

  @Test
  void picksNiceSteps() {
    assertThat(Svg.niceStep(0.7e6)).isEqualTo(1e6);
    assertThat(Svg.niceStep(1.3e6)).isEqualTo(2e6);
    assertThat(Svg.niceStep(3e3)).isEqualTo(5e3);
    assertThat(Svg.niceStep(0)).isEqualTo(1);
  }
}
