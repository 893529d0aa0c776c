package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.engine.EnvyRatio;
import org.reprise.engine.EquityReturns;
import org.reprise.engine.InstrumentReturn;
import org.reprise.model.EquityClass;

/**
 * The envy ratio's sentence when the deal file names the roles (docs/methodology.md §8.2): it
 * says so, names the co-investors left out, and gives the reasons that only roles can lead to.
 */
class InstrumentSectionTest {

  private static String render(Lang lang, EnvyRatio v) {
    double[] flows = {-1e6, 2e6};
    EquityReturns e = new EquityReturns(List.of(new InstrumentReturn("Shares", "fund",
        EquityClass.Kind.ORDINARY, 1.0, flows, 1e6, 2e6, 2.0)), v);
    String out = new InstrumentSection(new Numbers(lang), new Labels(lang), AmountUnit.THOUSANDS)
        .render(e);
    return out.replace('\n', ' ');
  }

  /**
   * Fund 13,649 for 80 % against the management's 420 for 15 %, the partner left out:
   * (13,649 / 0.8) / (420 / 0.15) = 17,061.25 / 2,800 = 6.09×.
   */
  @Test
  void namesTheCoInvestorsLeftOut() {
    EnvyRatio v = new EnvyRatio(EnvyRatio.Status.APPLICABLE, "fund", List.of("management"),
        13_649_000, 0.8, 420_000, 0.15, 17_061.25 / 2_800, true, List.of("partner", "bank"));
    assertThat(render(Lang.EN, v)).contains("Envy ratio, fund against management: 6.09× ="
        + " (13,649.0 / 80.0%) / (420.0 / 15.0%), what the sponsor pays for each point of the"
        + " ordinary equity over what the management pays (investments in all classes, k€)."
        + " Sponsor and management as the deal file names them (role); left out as"
        + " co-investors: partner, bank.");
    assertThat(render(Lang.FR, v).replace('\u00A0', ' ')).contains("Ratio d'envie, fund face à"
        + " management : 6,09× = (13 649,0 / 80,0 %) / (420,0 / 15,0 %)")
        .contains("Sponsor et management tels que le fichier les nomme (role) ; laissés de côté"
            + " comme co-investisseurs : partner, bank.");
  }

  @Test
  void saysTheRolesAreTheDealFilesWithoutCoInvestors() {
    EnvyRatio v = new EnvyRatio(EnvyRatio.Status.APPLICABLE, "investor", List.of("employees"),
        5_826_000, 2.0 / 7.2, 5_200_000, 5.2 / 7.2, 2.913, true, List.of());
    assertThat(render(Lang.EN, v)).contains("Envy ratio, investor against employees: 2.91× ="
        + " (5,826.0 / 27.8%) / (5,200.0 / 72.2%)")
        .contains("k€). Sponsor and management as the deal file names them (role).");
  }

  @Test
  void theReasonsOnlyRolesLeadTo() {
    EnvyRatio noShares = new EnvyRatio(EnvyRatio.Status.SPONSOR_HOLDS_NO_SHARES, "fund",
        List.of("management"), 900_000, 0.0, 100_000, 1.0, Double.NaN, true, List.of());
    assertThat(render(Lang.EN, noShares)).contains("Envy ratio: not applicable (the sponsor,"
        + " fund, holds none of the ordinary equity). Sponsor and management as the deal file"
        + " names them (role).");
    assertThat(render(Lang.FR, noShares).replace('\u00A0', ' ')).contains("Ratio d'envie : sans"
        + " objet (le sponsor, fund, ne détient rien du capital ordinaire).");
    EnvyRatio noManagement = new EnvyRatio(EnvyRatio.Status.NO_MANAGEMENT, "fund", List.of(),
        800_000, 0.8, Double.NaN, Double.NaN, Double.NaN, true, List.of("partner"));
    assertThat(render(Lang.EN, noManagement)).contains("Envy ratio: not applicable (nobody on"
        + " the management side holds ordinary shares). Sponsor and management as the deal file"
        + " names them (role); left out as co-investors: partner.");
  }

  /** Without roles the sentence is the one it always was. */
  @Test
  void withoutRolesNothingIsAdded() {
    EnvyRatio v = new EnvyRatio(EnvyRatio.Status.NO_MANAGEMENT, "fund", List.of(), 4e6, 1.0,
        Double.NaN, Double.NaN, Double.NaN);
    assertThat(render(Lang.EN, v)).endsWith("Envy ratio: not applicable (fund holds all the"
        + " ordinary shares). ");
  }
}
