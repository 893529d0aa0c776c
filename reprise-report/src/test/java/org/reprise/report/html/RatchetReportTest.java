package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.RatchetOutcome;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/**
 * The HTML report says what the management ratchet did (methodology §7.1), as run does: on the
 * secondary LBO with tiers 1.5× → 20 % and 1.6× → 25 %, tier 2 is capped at the share that leaves
 * the fund at 1.60× (1.64× without), the management's share rising from 15.0 % to 21.7 %, which
 * moves 511.9 k€ of the ordinary shares' value to it, all from the fund; every figure tagged with
 * its exit.ratchet pointer.
 */
class RatchetReportTest {

  private static Deal withRatchet(String tiers) throws Exception {
    String yaml = Files.readString(ReportFixtures.EXAMPLES.resolve(
        "decolletage-secondary-lbo.yaml"), StandardCharsets.UTF_8);
    String anchor = "  distributions: 0\n";
    assertThat(yaml).contains(anchor);
    return DealReader.parse(yaml.replace(anchor, anchor + "  ratchet:\n"
        + "    beneficiary: management\n    test: multiple\n    tiers: " + tiers + "\n"),
        "ratchet.yaml");
  }

  private static String text(String html) {
    return html.replaceAll("<[^>]+>", "").replace('\u00A0', ' ').replace('\u202F', ' ')
        .replace("&#39;", "'").replaceAll("\\s+", " ");
  }

  @Test
  void theReportSaysTheTierWhatItMovedAndTheFundsReturnWithAndWithout() throws Exception {
    Deal deal = withRatchet("[{atLeast: 1.5, ownership: \"20%\"}, {atLeast: 1.6, ownership: \"25%\"}]");
    DealResult r = LboEngine.DEFAULT.run(deal);
    RatchetOutcome rt = r.exit().ratchet();
    assertThat(rt.capped()).isTrue();
    assertThat(rt.moved()).isEqualTo(511_900.0, org.assertj.core.data.Offset.offset(100.0));
    String html = HtmlReport.render(deal, new ReportOptions(Lang.EN,
        ReportOptions.Audience.GENERAL, null));
    assertThat(text(html)).contains("Management ratchet, tier 2 capped (the multiple of fund at"
        + " least 1.60×): at the exit the share of management in the ordinary equity rises from"
        + " 15.0 % to 21.7 %, short of the tier's 25.0 %, which would take fund below its"
        + " threshold; it moves 512 k€ of the ordinary shares' value at the exit to management,"
        + " all of it from fund; after the ratchet the multiple of fund is 1.60×, against 1.64×"
        + " without.");
    assertThat(html).contains("data-key=\"/exit/ratchet/moved\"",
        "data-key=\"/exit/ratchet/investorAfter\"");
    String fr = text(HtmlReport.render(deal, new ReportOptions(Lang.FR,
        ReportOptions.Audience.WORKS_COUNCIL, null)));
    assertThat(fr).contains("Ratchet du management, palier 2 plafonné (le multiple de fund d'au"
        + " moins 1,60×) : à la sortie, la part de management dans le capital ordinaire passe de"
        + " 15,0 % à 21,7 %", "après le ratchet, le multiple de fund est de 1,60×, contre 1,64×"
        + " sans lui.");
    // a first tier out of reach: no tier, and the share kept
    Deal none = withRatchet("[{atLeast: 3, ownership: \"20%\"}]");
    assertThat(text(HtmlReport.render(none, new ReportOptions(Lang.EN,
        ReportOptions.Audience.GENERAL, null)))).contains("Management ratchet: no tier applies,"
        + " the multiple of fund being 1.64×, below the first tier's 3.00×; management keeps"
        + " 15.0 % of the ordinary equity.");
    // without a ratchet, nothing is said
    assertThat(text(HtmlReport.render(DealReader.read(ReportFixtures.EXAMPLES.resolve(
        "decolletage-secondary-lbo.yaml")), new ReportOptions(Lang.EN,
        ReportOptions.Audience.GENERAL, null)))).doesNotContain("Management ratchet");
  }
}
