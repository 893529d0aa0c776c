package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.model.Deal;

/**
 * The returns of each instrument next to those of each party: the figures are the JSON output's
 * (HtmlReportTest checks every tagged number), the envy ratio's arithmetic is shown, and the
 * scenarios it does not apply to say why.
 */
class InstrumentSectionsTest {

  private static String text(String html) throws Exception {
    // no-break spaces (numbers, units) read as spaces; table cells run together
    return ReportFixtures.parse(html).getDocumentElement().getTextContent()
        .replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
  }

  @Test
  void showsEachInstrumentAndTheEnvyRatioOfTheSecondaryLbo() throws Exception {
    Deal deal = DealReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    DealResult r = LboEngine.DEFAULT.run(deal);
    String html = HtmlReport.render(deal, new ReportOptions(Lang.EN,
        ReportOptions.Audience.GENERAL, null));
    List<ReportFixtures.Tagged> tagged = ReportFixtures.tagged(ReportFixtures.parse(html));
    for (String key : List.of("/equityReturns/instruments/2/irr",
        "/equityReturns/instruments/0/ownership", "/equityReturns/blended/moic",
        "/equityReturns/envyRatio/ratio", "/equityReturns/envyRatio/managementShare")) {
      assertThat(tagged).as(key).anyMatch(t -> t.key().equals(key));
    }
    ReportFixtures.Tagged ratio = tagged.stream()
        .filter(t -> t.key().equals("/equityReturns/envyRatio/ratio")).findFirst().orElseThrow();
    assertThat(Double.parseDouble(ratio.value()))
        .isEqualTo(r.equityReturns().envyRatio().ratio());
    assertThat(ratio.text()).isEqualTo("5.7×");
    assertThat(text(html)).contains("What each instrument puts in and gets back",
        "Fund shareholder loanfundshareholder loan9,86915,8941.6×10.0 %",
        "All the equity together14,06923,4901.7×10.8 %",
        "Envy ratio, fund against management: 5.7× = (13.6 M€ / 85.0 %) / (420 k€ / 15.0 %).");
  }

  @Test
  void saysWhyTheEnvyRatioDoesNotApplyToTheOtherScenarios() throws Exception {
    List<Scenario> scenarios =
        ScenarioReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-scenarios.yaml"));
    String fr = text(HtmlReport.render(scenarios, new ReportOptions(Lang.FR,
        ReportOptions.Audience.WORKS_COUNCIL, null)));
    assertThat(fr).contains(
        "Ratio d'envie : sans objet (le statu quo : personne ne rachète l'entreprise).",
        "Ratio d'envie : sans objet (une SCOP : les parts des associés sont remboursées au plus à"
            + " leur valeur nominale).",
        "Ratio d'envie, friendly investor face à employees : 2,9×",
        "Sponsor et management tels que le fichier les nomme (role).",
        "Ratio d'envie, fund face à management : 5,7×");
  }

  /**
   * The scenarios side by side end with all the equity's return and the envy ratio (tagged: the
   * JSON's figures, HtmlReportTest), or why it does not apply. The SCOP's members earn 3.9 % (3.8 %
   * when it paid its participation out: the cash its blocked accounts keep pays the interest on
   * shares each year, 268.1 k€ in 2029 where it paid 45.7 k€, instead of late in 2032).
   */
  @Test
  void theComparisonGivesTheBlendedReturnAndTheEnvyRatio() throws Exception {
    List<Scenario> scenarios =
        ScenarioReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-scenarios.yaml"));
    String en = HtmlReport.render(scenarios, new ReportOptions(Lang.EN,
        ReportOptions.Audience.WORKS_COUNCIL, null));
    assertThat(text(en)).contains("All the equity together: IRR8.1 %10.0 %18.2 %3.9 %2.0 %",
        "Envy ratio (what the sponsor pays per point of the ordinary shares, over the"
            + " management)n/a (status quo)5.7×2.9×n/a (SCOP)n/a (SCOP)");
    assertThat(en).contains("/scenarios/1/equityReturns/envyRatio/ratio",
        "/scenarios/2/equityReturns/blended/moic");
    String fr = text(HtmlReport.render(scenarios, new ReportOptions(Lang.FR,
        ReportOptions.Audience.WORKS_COUNCIL, null)));
    // review 26, F1: "sponsor" and "management" said in French
    assertThat(fr).contains("Ratio d'envie (ce que l'investisseur principal paie par point des"
        + " actions ordinaires, rapporté aux dirigeants)sans objet (statu quo)5,7×2,9×sans objet (SCOP)");
  }

  /**
   * The employee buyout names its sponsor and management (role): the sentence says so. Without
   * the roles, and with a co-investor marked, the other sentences.
   */
  @Test
  void theRolesOfTheEmployeeBuyout() throws Exception {
    String yaml = java.nio.file.Files.readString(
        ReportFixtures.EXAMPLES.resolve("employee-buyout.yaml"));
    String named = text(HtmlReport.render(DealReader.parse(yaml, "x.yaml"),
        new ReportOptions(Lang.EN, ReportOptions.Audience.GENERAL, null)));
    assertThat(named).contains("Envy ratio, friendly investor against employees: 2.9× = (5.8 M€"
        + " / 27.8 %) / (5.2 M€ / 72.2 %).")
        .contains("Sponsor and management as the deal file names them (role).");
    String without = yaml.replaceAll("(?m)^\\s+role: \\w+.*\\n", "");
    assertThat(text(HtmlReport.render(DealReader.parse(without, "x.yaml"),
        new ReportOptions(Lang.EN, ReportOptions.Audience.GENERAL, null))))
        .contains("Envy ratio: not applicable (the largest investor, friendly investor, holds"
            + " 27.8 % of the ordinary shares, less than another holder).")
        .doesNotContain("(role)");
    // the employees as the sponsor, the investor a co-investor: nobody is left as management
    String swapped = yaml.replace("role: management", "role: sponsor")
        .replaceFirst("role: sponsor( +# a minority)", "role: co-investor$1");
    assertThat(text(HtmlReport.render(DealReader.parse(swapped, "x.yaml"),
        new ReportOptions(Lang.EN, ReportOptions.Audience.GENERAL, null))))
        .contains("Envy ratio: not applicable (nobody on the management side holds ordinary"
            + " shares). Sponsor and management as the deal file names them (role); left out as"
            + " co-investors: friendly investor.");
  }
}
