package org.reprise.engine;

import java.util.HashSet;
import java.util.Set;
import org.reprise.model.Deal;
import org.reprise.model.Structure;
import org.reprise.model.Tranche;

/**
 * The seller's side of a buyout at closing (docs/methodology.md §4): what it receives in cash and
 * what it lends the buyer, so that scenarios priced differently stay comparable (review 12 PE,
 * finding 4).
 *
 * @param cashAtClosing the price of the shares (enterprise value − existing debt + existing
 *     cash) less the vendor loans it lends; NaN when nobody sells (the status quo)
 * @param vendorLoan the vendor loans drawn at closing (not a rolled-over one); NaN when nobody
 *     sells
 */
public record Seller(double cashAtClosing, double vendorLoan) {

  /**
   * @param deal the deal
   * @param result its result
   * @return the seller's side of the deal's closing
   */
  public static Seller of(Deal deal, DealResult result) {
    if (deal.structure().kind() == Structure.Kind.UNCHANGED) {
      return new Seller(Double.NaN, Double.NaN); // nobody sells
    }
    Set<String> vendor = new HashSet<>();
    for (Tranche t : deal.financing().debt()) {
      if (t.kind() == Tranche.Kind.VENDOR_LOAN && !t.rolledOver()) {
        vendor.add(t.name());
      }
    }
    double lent = 0.0;
    for (TrancheSchedule s : result.debt()) {
      if (vendor.contains(s.name())) {
        lent += s.initialAmount();
      }
    }
    return new Seller(result.sourcesAndUses().equityPurchasePrice() - lent, lent);
  }
}
