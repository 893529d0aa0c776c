package org.reprise.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;

class DealEditsTest {

  /** Every component the path does not replace is carried over as the same object. */
  @Test
  void aPathDealCarriesEveryOtherComponentOfTheDeal() throws Exception {
    Deal deal = Deals.factory();
    PathInputs in = new PathInputs(deal.years(), deal.financing().debt().size());
    System.arraycopy(deal.operations().revenue(), 0, in.revenue, 0, deal.years());
    in.rateShifted = true;
    Deal path = PathDeals.of(deal, LboEngine.DEFAULT.run(deal)).build(in);
    Set<String> replaced = Set.of("operations", "financing");
    for (RecordComponent c : Deal.class.getRecordComponents()) {
      Object before = c.getAccessor().invoke(deal);
      Object after = c.getAccessor().invoke(path);
      if (replaced.contains(c.getName())) {
        assertThat(after).as(c.getName()).isNotSameAs(before);
      } else {
        assertThat(after).as(c.getName()).isSameAs(before);
      }
    }
  }
}
