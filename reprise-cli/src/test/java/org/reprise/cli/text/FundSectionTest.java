package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.FundWaterfall;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;
import org.reprise.model.FundTerms;

/**
 * The fund's net returns under the returns per party of {@code reprise run} (docs/methodology.md
 * §8.3): only with a {@code fund} section, inserted before the returns per instrument and
 * changing nothing else, in English and French.
 */
class FundSectionTest {

  private static final Path FACTORY = Path.of("..", "examples", "decolletage-secondary-lbo.yaml");

  private static String render(Lang lang, Deal deal) {
    return new TextReport(lang).render(deal, LboEngine.DEFAULT.run(deal));
  }

  @Test
  void theBlockIsInsertedAndNothingElseMoves() throws Exception {
    Deal plain = DealReader.read(FACTORY);
    Deal fund = plain.withFund(FundTerms.usual());
    for (Lang lang : Lang.values()) {
      String without = render(lang, plain);
      String with = render(lang, fund);
      String block = new FundSection(new Numbers(lang), new Labels(lang), AmountUnit.THOUSANDS)
          .render(FundWaterfall.of(fund, LboEngine.DEFAULT.run(fund)));
      String title = new Labels(lang).get("instr.title");
      int at = without.indexOf("\n" + title);
      assertThat(with).isEqualTo(without.substring(0, at) + block + without.substring(at));
      assertThat(without).doesNotContain(new Labels(lang).get("fund.net"));
    }
  }

  /**
   * The factory's fund with the usual terms: 13,649.0 k€ in, 22,350.3 k€ back (10.4 %, 1.64×);
   * the investors pay 13,649.0 + 5 × 2 % × 13,649.0 = 15,013.9 and get 21,656.3 (8.0 %: the
   * waterfall ends in the catch-up, so the investors earn exactly the hurdle); the manager 1,364.9
   * of fees and 694.0 of carried interest.
   */
  @Test
  void theFactorysFundInEnglishAndFrench() throws Exception {
    Deal fund = DealReader.read(FACTORY).withFund(FundTerms.usual());
    DealResult r = LboEngine.DEFAULT.run(fund);
    FundWaterfall w = FundWaterfall.of(fund, r);
    assertThat(w.netIrr()).isBetween(0.0799, 0.0801);
    String en = render(Lang.EN, fund);
    assertThat(en).contains("a management fee of 2.0% a\nyear on its commitment to the deal,",
        "Fund, gross             13,649.0     22,350.3  10.4%     1.64×",
        "Investors (LPs), net    15,013.9     21,656.3   8.0%     1.44×",
        "Manager (GP)                          2,058.9",
        "  management fees                     1,364.9",
        "  carried interest                      694.0",
        "The fees and carried interest cost the investors 2.4 points of IRR (10.4% gross, 8.0% net).");
    String fr = render(Lang.FR, fund).replace('\u00a0', ' ');
    assertThat(fr).contains("des\nfrais de gestion de 2,0 % par an sur son engagement dans l'opération",
        "Investisseurs (LP), net  15 013,9",
        "Les frais et le carried interest coûtent aux investisseurs 2,4 points de TRI (10,4 % brut,");
    // below 2 points French takes the singular (review 30): a 1 % fee and no carry cost the
    // investors 0.8 point of the factory's IRR
    Deal light = DealReader.read(FACTORY).withFund(new FundTerms(0.01,
        FundTerms.FeeBasis.COMMITTED, 0.08, 0.0, 0.0, FundTerms.DEFAULT_HOLDER));
    double drag = FundWaterfall.of(light, LboEngine.DEFAULT.run(light)).drag();
    assertThat(drag).isBetween(0.005, 0.0195);
    assertThat(render(Lang.FR, light).replace('\u00a0', ' '))
        .containsPattern("coûtent aux investisseurs [01],\\d point de TRI \\(");
    assertThat(render(Lang.EN, light)).containsPattern("cost the investors [01]\\.\\d points of IRR \\(");
  }
}
