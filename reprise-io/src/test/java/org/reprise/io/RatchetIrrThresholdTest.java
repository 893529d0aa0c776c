package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reprise.io.TestDeals.fails;
import static org.reprise.io.TestDeals.with;

import org.junit.jupiter.api.Test;
import org.reprise.model.DealException;

/**
 * Review 30, finding 8: a ratchet tested on the IRR read {@code atLeast: 2} as 200 %, a tier no
 * investor reaches, when the user most likely meant 2 %. A threshold above 100 % is refused, in
 * English and in French, naming the tier; 100 % itself and "20%" are read.
 */
class RatchetIrrThresholdTest {

  private static com.fasterxml.jackson.databind.node.ObjectNode deal(String atLeast) {
    return with(TestDeals.minimal(), "financing", "{equity: [{name: F, holder: fund, amount: 80,"
        + " ownership: 80%}, {name: M, holder: mgmt, amount: 20, ownership: 20%}, {name: L,"
        + " holder: fund, type: shareholder-loan, amount: balance}], ratchet: {beneficiary: mgmt,"
        + " test: irr, tiers: [{atLeast: " + atLeast + ", ownership: 30%}]}}");
  }

  @Test
  void anIrrThresholdAboveAHundredPercentIsRefusedInBothLanguages() {
    fails(deal("2"), "financing.ratchet.tiers[0].atLeast")
        .hasMessage("financing.ratchet.tiers[0].atLeast: expected an IRR of at most 100%, such as"
            + " \"20%\" (2 is 200%), found 2")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e)
            .replace('\u00a0', ' ').replace('\u202f', ' ')).isEqualTo(
            "attendu : un TRI d'au plus 100 %, tel que \"20%\" (2 vaut 200 %) ; trouvé : 2"));
    assertThat(TestDeals.read(deal("\"20%\"")).financing().ratchet().tiers().get(0).threshold())
        .isEqualTo(0.2);
    assertThat(TestDeals.read(deal("1")).financing().ratchet().tiers().get(0).threshold())
        .isEqualTo(1.0);
  }
}
