package org.reprise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.Cooperative;

/** What the shareholders put in and received, in gross sums (methodology §8). */
class GrossSumsTest {

  private static final double EPS = 1e-9;

  /**
   * A SCOP held 2 years whose members subscribe 60 at closing and 5 in each year, and receive the
   * interest on shares of year 1 (D₁) in year 2, then their 70 of capital at face value and year
   * 2's interest (D₂, still owed) at the end. Net of each year, the flows are −60, −5 and
   * D₁ − 5 + 70 + D₂: the net sums say 65 put in and D₁ − 5 + 70 + D₂ received; the gross sums
   * say 70 put in (60 + 5 + 5) and D₁ + 70 + D₂ received, 5 more on each side.
   */
  @Test
  void aScopsMembersPutInTheirCapitalAndContributionsAndReceiveTheirInterestAndCapital() {
    TestDeals d = CooperativeTest.scop(new Cooperative(0.45, 0.45, 0.10, true, true,
        TestDeals.fill(2, 0.0), new double[] {5.0, 5.0}, List.of("employees"), 150, 10, null));
    DealResult r = LboEngine.DEFAULT.run(d.build());
    double d1 = r.years().distributions[1];
    double d2 = r.years().opcoValueAdded.shareholders[1];
    assertThat(d1).isPositive();
    GrossSums g = GrossSums.ofEquity(r);
    assertThat(g.atClosing()).isCloseTo(60.0, within(EPS));
    assertThat(g.contributions()).isCloseTo(10.0, within(EPS));
    assertThat(g.paidIn()).isCloseTo(70.0, within(EPS));
    assertThat(g.received()).isCloseTo(d1 + 70.0 + d2, within(1e-6));
    assertThat(g.moic()).isCloseTo((d1 + 70.0 + d2) / 70.0, within(1e-6));
    PartyReturn net = r.equityReturns().blended();
    assertThat(net.invested()).isCloseTo(65.0, within(EPS));
    assertThat(net.proceeds()).isCloseTo(g.received() - 5.0, within(1e-6));
  }

  /** Outside a SCOP nothing is netted: the gross sums are the returns' invested and proceeds. */
  @Test
  void withoutContributionsTheGrossSumsAreTheReturns() {
    TestDeals d = new TestDeals();
    d.term("Senior", "banks", 50.0, 0.05, 9);
    DealResult r = LboEngine.DEFAULT.run(d.build());
    GrossSums g = GrossSums.ofEquity(r);
    PartyReturn all = r.equityReturns().blended();
    assertThat(g.contributions()).isZero();
    assertThat(g.paidIn()).isCloseTo(all.invested(), within(EPS));
    assertThat(g.received()).isCloseTo(all.proceeds(), within(EPS));
  }
}
