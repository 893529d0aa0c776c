package org.reprise.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;
import org.reprise.model.Structure;

/**
 * The management's envy ratio (docs/methodology.md §8.2): how much more the sponsor pays than the
 * management for each point of the ordinary equity,
 *
 * <pre>
 *   envy ratio = (sponsor's investment / sponsor's share of the ordinary equity)
 *              / (management's investment / management's share of the ordinary equity)
 * </pre>
 *
 * <p>The <b>sponsor</b> is the equity holder with the largest investment at closing, all its
 * classes together (the first in file order on a tie); the ratio needs it to hold at least as
 * much of the ordinary equity as any other holder. The <b>management</b> is every other holder
 * with a share of the ordinary equity, taken together. Investments are the amounts subscribed at
 * closing in every equity class (ordinary shares, preferred shares, shareholder loans); loans a
 * holder makes as a lender are not counted. The ratio is {@code NaN}, with the reason in {@link
 * #status}, when it does not apply: a SCOP, the status quo, one holder of ordinary shares, a
 * largest investor that does not hold the most ordinary shares (an employee buyout with a
 * minority investor), a management that paid nothing.
 *
 * @param status whether the ratio applies, or why not
 * @param sponsor the sponsor's name; {@code ""} for a SCOP or the status quo
 * @param management the management's holders, in file order (empty when there are none)
 * @param sponsorInvested the sponsor's investment at closing, all classes; NaN when no sponsor
 * @param sponsorShare the sponsor's share of the ordinary equity (decimal); NaN when no sponsor
 * @param managementInvested the management's investment at closing, all classes; NaN when none
 * @param managementShare the management's share of the ordinary equity (decimal); NaN when none
 * @param ratio the envy ratio (a multiple: 3.6 = 3.6×); {@code NaN} unless {@code APPLICABLE}
 */
public record EnvyRatio(
    Status status,
    String sponsor,
    List<String> management,
    double sponsorInvested,
    double sponsorShare,
    double managementInvested,
    double managementShare,
    double ratio) {

  /** Whether the envy ratio applies to a deal, or why not. */
  public enum Status {
    /** A sponsor and a management: the ratio is computed. */
    APPLICABLE,
    /** A worker cooperative: its members' shares are repaid at their nominal value. */
    COOPERATIVE,
    /** The status quo: nobody buys the company. */
    NO_BUYOUT,
    /** The largest investor does not hold the most ordinary shares: nobody leads as a sponsor. */
    NOT_SPONSOR_LED,
    /** Nobody but the sponsor holds ordinary shares. */
    NO_MANAGEMENT,
    /** The management paid nothing for its shares: the ratio would be infinite. */
    MANAGEMENT_PAID_NOTHING
  }

  public EnvyRatio {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sponsor, "sponsor");
    management = List.copyOf(management);
  }

  /** @return true when the ratio is computed */
  public boolean applies() {
    return status == Status.APPLICABLE;
  }

  /**
   * @param deal the deal
   * @param invested the amount subscribed at closing per equity class (the balance solved)
   * @param ownership each class's share of the ordinary equity (0 for the others), {@link
   *     ExitWaterfall#ownership}
   * @return the envy ratio of the deal, or why it does not apply
   */
  static EnvyRatio of(Deal deal, double[] invested, double[] ownership) {
    if (deal.isCooperative()) {
      return none(Status.COOPERATIVE);
    }
    if (deal.structure().kind() == Structure.Kind.UNCHANGED) {
      return none(Status.NO_BUYOUT);
    }
    // the holders in order of first appearance, with their investment and ordinary share
    List<EquityClass> classes = deal.financing().equity();
    List<String> holders = new ArrayList<>();
    double[] money = new double[classes.size()];
    double[] share = new double[classes.size()];
    for (int k = 0; k < classes.size(); k++) {
      String holder = classes.get(k).holder();
      int h = holders.indexOf(holder);
      if (h < 0) {
        h = holders.size();
        holders.add(holder);
      }
      money[h] += invested[k];
      share[h] += ownership[k];
    }
    int sponsor = 0;
    for (int h = 1; h < holders.size(); h++) {
      if (money[h] > money[sponsor]) {
        sponsor = h;
      }
    }
    List<String> management = new ArrayList<>();
    double managementMoney = 0.0;
    double managementShare = 0.0;
    boolean led = true;
    for (int h = 0; h < holders.size(); h++) {
      if (h != sponsor && share[h] > 0.0) {
        management.add(holders.get(h));
        managementMoney += money[h];
        managementShare += share[h];
        led &= share[h] <= share[sponsor];
      }
    }
    Status status =
        !led ? Status.NOT_SPONSOR_LED
            : management.isEmpty() ? Status.NO_MANAGEMENT
            : managementMoney > 0.0 ? Status.APPLICABLE
            : Status.MANAGEMENT_PAID_NOTHING;
    double ratio =
        status == Status.APPLICABLE
            ? (money[sponsor] / share[sponsor]) / (managementMoney / managementShare)
            : Double.NaN;
    boolean none = management.isEmpty();
    return new EnvyRatio(status, holders.get(sponsor), management, money[sponsor],
        share[sponsor], none ? Double.NaN : managementMoney, none ? Double.NaN : managementShare,
        ratio);
  }

  private static EnvyRatio none(Status status) {
    return new EnvyRatio(status, "", List.of(), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN);
  }
}
