package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.Tranche;

/** The seller's side at closing (methodology §3). */
class SellerTest {

  /**
   * The paper LBO: price 5 × EBITDA 20 = 100 for the shares (no existing debt or cash), of which
   * the seller lends 10 as a vendor loan: it receives 100 − 10 = 90 in cash at closing.
   */
  @Test
  void theSellerReceivesThePriceLessWhatItLends() {
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 50.0, 0.05, 9);
    d.tranche("Vendor loan", "seller", Tranche.Kind.VENDOR_LOAN, 10.0, 0.04, 0.0,
        new double[d.years], 9);
    Deal deal = d.build();
    Seller s = Seller.of(deal, LboEngine.DEFAULT.run(deal));
    assertThat(s.vendorLoan()).isCloseTo(10.0, within(1e-9));
    assertThat(s.cashAtClosing()).isCloseTo(90.0, within(1e-9));
  }
}
