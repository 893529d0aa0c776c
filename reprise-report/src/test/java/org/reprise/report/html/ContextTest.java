package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/** An outflow shows its minus sign outside the tag, which keeps the JSON's value. */
class ContextTest {

  private static final Deal FACTORY =
      DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));

  private static Context context(Lang lang) {
    return new Context(FACTORY, LboEngine.DEFAULT.run(FACTORY), lang, "/scenarios/1", "s2-");
  }

  @Test
  void anOutflowShowsItsMinusSignOutsideTheTag() throws Exception {
    String cell = context(Lang.FR).outflowCell(1_350_000.0, Context.Kind.AMOUNT, "/x/0");
    assertThat(cell).isEqualTo("<td class=\"n neg\">−<span data-key=\"/scenarios/1/x/0\" "
        + "data-value=\"1350000.0\">1\u202F350</span></td>");
    List<ReportFixtures.Tagged> tagged =
        ReportFixtures.tagged(ReportFixtures.parse("<table><tr>" + cell + "</tr></table>"));
    assertThat(tagged).containsExactly(
        new ReportFixtures.Tagged("/scenarios/1/x/0", "1350000.0", "1\u202F350"));
  }

  @Test
  void anOutflowThatRoundsToZeroHasNoMinusSign() {
    Context c = context(Lang.EN);
    assertThat(c.outflowCell(300.0, Context.Kind.AMOUNT, "/x/0")) // 0.3 k€
        .isEqualTo("<td class=\"n\"><span data-key=\"/scenarios/1/x/0\" data-value=\"300.0\">0"
            + "</span></td>");
    assertThat(c.outflowCell(0.0, Context.Kind.AMOUNT, "/x/0")).contains(">0</span></td>")
        .doesNotContain("−");
  }

  @Test
  void aNegativeOutflowIsAnUntaggedInflow() {
    assertThat(context(Lang.EN).outflowCell(-2_000.0, Context.Kind.AMOUNT, "/x/0"))
        .isEqualTo("<td class=\"n\">2</td>");
  }

  /** Review 12, finding 9: years are joined with "and", and a run of three or more is a range. */
  @Test
  void saysYearsWithAndOrAsARange() {
    Context en = context(Lang.EN);
    Context fr = context(Lang.FR);
    assertThat(en.inYears(List.of())).isEmpty();
    assertThat(en.inYears(List.of(2026))).isEqualTo("in 2026");
    assertThat(en.inYears(List.of(2026, 2027))).isEqualTo("in 2026 and 2027");
    assertThat(fr.inYears(List.of(2026, 2027))).isEqualTo("en 2026 et 2027");
    assertThat(en.inYears(List.of(2026, 2027, 2029))).isEqualTo("in 2026, 2027 and 2029");
    assertThat(fr.inYears(List.of(2026, 2027, 2029))).isEqualTo("en 2026, 2027 et 2029");
    assertThat(en.inYears(List.of(2027, 2028, 2029, 2030))).isEqualTo("from 2027 to 2030");
    assertThat(fr.inYears(List.of(2027, 2028, 2029, 2030))).isEqualTo("de 2027 à 2030");
  }
}
