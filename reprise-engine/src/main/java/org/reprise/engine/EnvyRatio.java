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
 * <p>Without roles in the deal file the sides are inferred: the <b>sponsor</b> is the equity
 * holder with the largest investment at closing, all its classes together (the first in file order
 * on a tie); the ratio needs it to hold at least as much of the ordinary equity as any other
 * holder. The <b>management</b> is every other holder with a share of the ordinary equity, taken
 * together. When the deal file names roles ({@link EquityClass#role}), the sponsor is the holder
 * named {@code sponsor}, whatever its share; the management is the holders named {@code
 * management} and the holders without a role that hold ordinary shares; the holders named {@code
 * co-investor} are left out of the ratio ({@link #coInvestors}). Investments are the amounts
 * subscribed at closing in every equity class (ordinary shares, preferred shares, shareholder
 * loans); loans a holder makes as a lender are not counted. The ratio is {@code NaN}, with the
 * reason in {@link #status}, when it does not apply: a SCOP, the status quo, one holder of ordinary
 * shares, a largest investor that does not hold the most ordinary shares (an employee buyout with
 * a minority investor, when no role is given), a named sponsor without ordinary shares, a
 * management that paid nothing.
 *
 * @param status whether the ratio applies, or why not
 * @param sponsor the sponsor's name; {@code ""} for a SCOP or the status quo
 * @param management the management's holders, in file order (empty when there are none)
 * @param sponsorInvested the sponsor's investment at closing, all classes; NaN when no sponsor
 * @param sponsorShare the sponsor's share of the ordinary equity (decimal); NaN when no sponsor
 * @param managementInvested the management's investment at closing, all classes; NaN when none
 * @param managementShare the management's share of the ordinary equity (decimal); NaN when none
 * @param ratio the envy ratio (a multiple: 3.6 = 3.6×); {@code NaN} unless {@code APPLICABLE}
 * @param rolesGiven true when the deal file names the roles (the sponsor and the management are
 *     then the named ones), false when they are inferred
 * @param coInvestors the holders named {@code co-investor}, left out of the ratio, in file order
 *     (empty without roles)
 */
public record EnvyRatio(
    Status status,
    String sponsor,
    List<String> management,
    double sponsorInvested,
    double sponsorShare,
    double managementInvested,
    double managementShare,
    double ratio,
    boolean rolesGiven,
    List<String> coInvestors) {

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
    /**
     * Nobody but the sponsor holds ordinary shares (with roles: nobody on the management side, the
     * co-investors left out).
     */
    NO_MANAGEMENT,
    /** The sponsor named in the deal file holds no ordinary shares: its price would be infinite. */
    SPONSOR_HOLDS_NO_SHARES,
    /** The management paid nothing for its shares: the ratio would be infinite. */
    MANAGEMENT_PAID_NOTHING
  }

  public EnvyRatio {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sponsor, "sponsor");
    management = List.copyOf(management);
    coInvestors = List.copyOf(coInvestors);
  }

  /** A ratio whose sides are inferred: no role given, nobody left out. */
  public EnvyRatio(
      Status status, String sponsor, List<String> management, double sponsorInvested,
      double sponsorShare, double managementInvested, double managementShare, double ratio) {
    this(status, sponsor, management, sponsorInvested, sponsorShare, managementInvested,
        managementShare, ratio, false, List.of());
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
    EquityClass.Role[] role = new EquityClass.Role[holders.size()];
    boolean rolesGiven = false;
    for (EquityClass c : classes) {
      if (c.role() != null) {
        role[holders.indexOf(c.holder())] = c.role();
        rolesGiven = true;
      }
    }
    return rolesGiven ? named(holders, money, share, role) : inferred(holders, money, share);
  }

  /** The sides inferred: the largest investor, who must hold the most ordinary shares. */
  private static EnvyRatio inferred(List<String> holders, double[] money, double[] share) {
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
    return sides(status, holders, money, share, sponsor, management, managementMoney,
        managementShare, false, List.of());
  }

  /**
   * The sides the deal file names: the one sponsor; the holders named management and those
   * without a role that hold ordinary shares; the co-investors left out.
   */
  private static EnvyRatio named(
      List<String> holders, double[] money, double[] share, EquityClass.Role[] role) {
    int sponsor = -1;
    List<String> management = new ArrayList<>();
    List<String> coInvestors = new ArrayList<>();
    double managementMoney = 0.0;
    double managementShare = 0.0;
    for (int h = 0; h < holders.size(); h++) {
      if (role[h] == EquityClass.Role.SPONSOR) {
        sponsor = h;
      } else if (role[h] == EquityClass.Role.CO_INVESTOR) {
        coInvestors.add(holders.get(h));
      } else if (role[h] == EquityClass.Role.MANAGEMENT || share[h] > 0.0) {
        management.add(holders.get(h));
        managementMoney += money[h];
        managementShare += share[h];
      }
    }
    if (sponsor < 0) {
      // Financing checks that one holder is the sponsor when any role is given
      throw new IllegalStateException("roles without a sponsor");
    }
    Status status =
        !(share[sponsor] > 0.0) ? Status.SPONSOR_HOLDS_NO_SHARES
            : !(managementShare > 0.0) ? Status.NO_MANAGEMENT
            : managementMoney > 0.0 ? Status.APPLICABLE
            : Status.MANAGEMENT_PAID_NOTHING;
    return sides(status, holders, money, share, sponsor, management, managementMoney,
        managementShare, true, coInvestors);
  }

  private static EnvyRatio sides(
      Status status, List<String> holders, double[] money, double[] share, int sponsor,
      List<String> management, double managementMoney, double managementShare,
      boolean rolesGiven, List<String> coInvestors) {
    double ratio =
        status == Status.APPLICABLE
            ? (money[sponsor] / share[sponsor]) / (managementMoney / managementShare)
            : Double.NaN;
    boolean none = management.isEmpty();
    return new EnvyRatio(status, holders.get(sponsor), management, money[sponsor],
        share[sponsor], none ? Double.NaN : managementMoney, none ? Double.NaN : managementShare,
        ratio, rolesGiven, coInvestors);
  }

  private static EnvyRatio none(Status status) {
    return new EnvyRatio(status, "", List.of(), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, false, List.of());
  }
}
