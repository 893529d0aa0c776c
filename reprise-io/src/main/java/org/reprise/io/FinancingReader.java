package org.reprise.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reprise.model.BaseYear;
import org.reprise.model.EquityClass;
import org.reprise.model.Financing;
import org.reprise.model.PaymentConditions;
import org.reprise.model.Ratchet;
import org.reprise.model.Structure;
import org.reprise.model.SweepSteps;
import org.reprise.model.Tranche;
import org.reprise.model.Transaction;

/**
 * Reads the {@code financing} section: equity classes, debt tranches (through {@link
 * TrancheReader}), cash sweep and distributions, and checks the rules that span several classes
 * or tranches (one balancing item, ownership adding up to 100 %, existing debt, unique names, one
 * role per holder and one sponsor).
 */
final class FinancingReader {

  static final String[] KEYS = {
    "equity", "debt", "cashSweep", "sweepBasis", "sweepLeverage", "distributions",
    "distributionLockUp",
    "distributionMaxLeverage", "distributionMinDebtServiceCover", "distributionBlockedAfterBreach",
    "ratchet"
  };
  /** The keys of one step of a stepped cash sweep (docs/deal-format.md). */
  static final String[] SWEEP_STEP_KEYS = {"share", "leverageAbove"};
  static final String[] RATCHET_KEYS = {"beneficiary", "investor", "test", "tiers"};
  static final String[] TIER_KEYS = {"atLeast", "ownership"};
  /**
   * The highest IRR a ratchet's tier may test, decimal: a threshold above 100 % a year is a
   * percentage written without its sign ({@code 2} for 2 %) rather than a real tier.
   */
  static final double MAX_RATCHET_IRR = 1.0;
  static final String[] EQUITY_KEYS = {
    "name", "holder", "type", "amount", "coupon", "ownership", "role", "managementPackage"
  };

  /** Tolerance on the sum of ownership shares. */
  static final double OWNERSHIP_TOLERANCE = 1e-9;

  private FinancingReader() {}

  /**
   * @param node the {@code financing} value (required)
   * @param base base-year actuals (existing debt)
   * @param transaction the resolved transaction (refinancing of the existing debt)
   * @param structure the resolved structure (borrower defaults)
   * @param years the horizon
   */
  static Financing read(
      Node node, BaseYear base, Transaction transaction, Structure structure, int years) {
    return read(node, base, transaction, structure, years, years);
  }

  /**
   * @param holdYears years from the closing to the exit (a hedge must end by then)
   * @see #read(Node, BaseYear, Transaction, Structure, int)
   */
  static Financing read(Node node, BaseYear base, Transaction transaction, Structure structure,
      int years, int holdYears) {
    if (!node.present()) {
      throw node.fail("required: the financing with at least one `equity` class");
    }
    node.mapping(KEYS);
    List<EquityClass> equity = equity(node.at("equity"));
    List<Tranche> debt = new ArrayList<>();
    Node debtNode = node.at("debt");
    List<List<String>> pariPassu = List.of();
    if (debtNode.present()) {
      TrancheReader reader = new TrancheReader(base, transaction, structure, years, holdYears);
      Set<String> names = new HashSet<>();
      List<Node> items = debtNode.list("a list of debt tranches");
      for (int i = 0; i < items.size(); i++) {
        Tranche t = reader.read(items.get(i), i + 1);
        if (!names.add(t.name())) {
          throw items.get(i).at("name").fail("another tranche is already named \""
              + Text.abbreviate(t.name(), 40) + "\"; give each tranche its own name");
        }
        debt.add(t);
      }
      pariPassu = pariPassu(items, debt);
    }
    long existing = debt.stream().filter(Tranche::rolledOver).count();
    if (!transaction.refinanceExistingDebt() && existing != 1) {
      throw debtNode.fail("transaction.refinanceExistingDebt is false, so the debt list must"
          + " contain exactly one tranche with `existing: true` (the debt that stays in place),"
          + " found " + existing);
    }
    Node sweepNode = node.at("cashSweep");
    SweepSteps steps = sweepNode.isList() ? sweepSteps(sweepNode, node.at("sweepLeverage")) : null;
    if (steps == null && node.at("sweepLeverage").present()) {
      throw node.at("sweepLeverage").fail("the sweep's leverage applies to a cash sweep that steps"
          + " down with leverage: write `cashSweep` as a list of steps, or remove `sweepLeverage`");
    }
    double sweep =
        steps != null ? steps.topShare() : sweepNode.present() ? sweepNode.rate(0, 1) : 0;
    double dist = node.at("distributions").present() ? node.at("distributions").rate(0, 1) : 0;
    Financing.SweepBasis basis =
        node.at("sweepBasis").choice("cash", "cash", "excessCashFlow").equals("cash")
            ? Financing.SweepBasis.CASH
            : Financing.SweepBasis.EXCESS_CASH_FLOW;
    boolean lockUp = node.at("distributionLockUp").bool(true);
    PaymentConditions conditions =
        new PaymentConditions(
            optionalMultiple(node.at("distributionMaxLeverage")),
            optionalMultiple(node.at("distributionMinDebtServiceCover")),
            node.at("distributionBlockedAfterBreach").bool(false));
    return new Financing(equity, debt, sweep, dist, basis, pariPassu, lockUp, conditions, steps,
        ratchet(node.at("ratchet"), equity));
  }

  /**
   * A cash sweep that steps down with leverage (docs/methodology.md §5.5): a list of steps, each a
   * share in [0, 1] and a threshold {@code leverageAbove} (times), strictly decreasing, but the
   * last, which has none.
   */
  private static SweepSteps sweepSteps(Node list, Node leverage) {
    List<Node> items = list.list("a list of sweep steps");
    if (items.isEmpty()) {
      throw list.expected("a share such as \"50%\" or a list of steps such as"
          + " [{share: \"75%\", leverageAbove: 3.5}, {share: \"50%\"}]");
    }
    List<SweepSteps.Step> steps = new ArrayList<>();
    double previous = Double.POSITIVE_INFINITY;
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i).mapping(SWEEP_STEP_KEYS);
      Node share = item.at("share");
      if (!share.present()) {
        throw share.fail("required: the share of the sweep base swept in this step, such as"
            + " \"50%\"");
      }
      double value = share.rate(0, 1);
      Node above = item.at("leverageAbove");
      boolean last = i == items.size() - 1;
      double threshold = Double.NaN;
      if (last && above.present()) {
        throw above.fail("the last step has no threshold: it applies at any leverage below the"
            + " step before; remove `leverageAbove` or add a last step without one");
      }
      if (!last) {
        if (!above.present()) {
          throw above.fail("required: the net leverage (times) above which this step applies;"
              + " only the last step goes without one");
        }
        threshold = above.multiple();
        if (threshold < 0) {
          throw above.expected("a multiple of 0 or more");
        }
        if (!(threshold < previous)) {
          throw above.fail("the thresholds decrease strictly from step to step: expected less"
              + " than " + Text.number(previous) + ", found " + Text.number(threshold));
        }
        previous = threshold;
      }
      steps.add(new SweepSteps.Step(value, threshold));
    }
    SweepSteps.Leverage which =
        leverage.choice("total", "total", "senior").equals("total")
            ? SweepSteps.Leverage.TOTAL
            : SweepSteps.Leverage.SENIOR;
    return new SweepSteps(steps, which);
  }

  /**
   * The management ratchet (docs/methodology.md §7.1), or null when the key is absent: its
   * beneficiary holds ordinary shares and so does another holder, its investor (when named) holds
   * an equity class, its tiers' thresholds and ownerships both increase, and each ownership is
   * above the beneficiary's share when the file gives the shares.
   */
  static Ratchet ratchet(Node node, List<EquityClass> equity) {
    if (!node.present()) {
      return null;
    }
    node.mapping(RATCHET_KEYS);
    Set<String> ordinary = new java.util.LinkedHashSet<>();
    Set<String> holders = new java.util.LinkedHashSet<>();
    for (EquityClass c : equity) {
      holders.add(c.holder());
      if (c.kind() == EquityClass.Kind.ORDINARY) {
        ordinary.add(c.holder());
      }
    }
    Node b = node.at("beneficiary");
    String beneficiary = b.requiredText();
    if (!ordinary.contains(beneficiary)) {
      throw b.expected("the holder of a class of ordinary shares ("
          + Text.quoteAll(ordinary.toArray(String[]::new)) + ")");
    }
    if (ordinary.size() < 2) {
      throw b.fail("nobody but the beneficiary holds ordinary shares: a ratchet moves shares to"
          + " it from the other holders of ordinary shares");
    }
    Node i = node.at("investor");
    String investor = null;
    if (i.present()) {
      investor = i.requiredText();
      if (!holders.contains(investor) || investor.equals(beneficiary)) {
        holders.remove(beneficiary);
        throw i.expected("the holder of an equity class other than the beneficiary ("
            + Text.quoteAll(holders.toArray(String[]::new)) + ")");
      }
    }
    Node t = node.at("test");
    if (!t.present()) {
      throw t.expected("one of " + Text.quoteAll("multiple", "irr"));
    }
    Ratchet.Test test = t.choice("", "multiple", "irr").equals("multiple")
        ? Ratchet.Test.MULTIPLE : Ratchet.Test.IRR;
    Node tiersNode = node.at("tiers");
    if (!tiersNode.present()) {
      throw tiersNode.expected("a list of at least one tier");
    }
    List<Node> items = tiersNode.list("a list of at least one tier");
    if (items.isEmpty()) {
      throw tiersNode.expected("a list of at least one tier");
    }
    double given = 0.0;
    boolean sharesGiven = false;
    for (EquityClass c : equity) {
      if (c.kind() == EquityClass.Kind.ORDINARY && !Double.isNaN(c.ownershipShare())) {
        sharesGiven = true;
        given += c.holder().equals(beneficiary) ? c.ownershipShare() : 0.0;
      }
    }
    List<Ratchet.Tier> tiers = new ArrayList<>();
    for (Node item : items) {
      item.mapping(TIER_KEYS);
      Node a = item.at("atLeast");
      double threshold;
      if (test == Ratchet.Test.MULTIPLE) {
        threshold = a.multiple();
        if (!(threshold > 0)) {
          throw a.expected("a multiple greater than 0");
        }
      } else {
        threshold = a.rate();
        if (!(threshold > -1)) {
          throw a.expected("an IRR above -100%");
        }
        if (threshold > MAX_RATCHET_IRR) {
          // `atLeast: 2` is 200 %: most likely "2%" was meant (review 30, finding 8)
          throw a.expected("an IRR of at most 100%, such as \"20%\" (2 is 200%)");
        }
      }
      Node o = item.at("ownership");
      double ownership = o.rate(0, 1);
      if (!(ownership > 0 && ownership < 1)) {
        throw o.expected("a share above 0% and below 100%");
      }
      if (!tiers.isEmpty()) {
        Ratchet.Tier before = tiers.get(tiers.size() - 1);
        if (!(threshold > before.threshold())) {
          throw a.expected("more than the previous tier's threshold, "
              + (test == Ratchet.Test.MULTIPLE ? Text.number(before.threshold())
                  : Text.percent(before.threshold())));
        }
        if (!(ownership > before.ownership())) {
          throw o.expected("more than the previous tier's ownership, "
              + Text.percent(before.ownership()));
        }
      }
      if (sharesGiven && !(ownership > given)) {
        throw o.expected("more than the beneficiary's share of the ordinary equity at closing, "
            + Text.percent(given));
      }
      tiers.add(new Ratchet.Tier(threshold, ownership));
    }
    return new Ratchet(beneficiary, investor, test, tiers);
  }

  /** @return a multiple of 0 or more, or NaN when the key is absent */
  private static double optionalMultiple(Node level) {
    if (!level.present()) {
      return Double.NaN;
    }
    double value = level.multiple();
    if (value < 0) {
      throw level.expected("a multiple of 0 or more");
    }
    return value;
  }

  /**
   * The pari passu groups: the tranches that give the same {@code pariPassu} name, in the order of
   * the file. A group needs at least two tranches, all borrowed by the same entity.
   */
  private static List<List<String>> pariPassu(List<Node> items, List<Tranche> debt) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Node p = items.get(i).at("pariPassu");
      if (p.present()) {
        if (debt.get(i).drawnLater()) {
          throw p.fail("a tranche drawn during the hold (drawnIn) ranks on its own: the model"
              + " does not share a pari passu rank with a loan drawn later");
        }
        String label = p.requiredText();
        List<Integer> members = groups.computeIfAbsent(label, k -> new ArrayList<>());
        Tranche first = members.isEmpty() ? null : debt.get(members.get(0));
        if (first != null && first.borrower() != debt.get(i).borrower()) {
          throw p.fail("\"" + Text.abbreviate(debt.get(i).name(), 40) + "\" is borrowed by "
              + borrower(debt.get(i)) + " but \"" + Text.abbreviate(first.name(), 40)
              + "\", in the same pari passu group, by " + borrower(first)
              + "; only tranches of one borrower can rank pari passu");
        }
        members.add(i);
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      List<Integer> members = g.getValue();
      if (members.size() < 2) {
        throw items.get(members.get(0)).at("pariPassu").fail("no other tranche is in the pari"
            + " passu group \"" + Text.abbreviate(g.getKey(), 40) + "\"; give the same"
            + " `pariPassu` name to each tranche that ranks with this one, or remove it");
      }
      out.add(members.stream().map(i -> debt.get(i).name()).toList());
    }
    return out;
  }

  private static String borrower(Tranche t) {
    return t.borrower() == Tranche.Borrower.HOLDING ? "the holding" : "the company";
  }

  private static List<EquityClass> equity(Node node) {
    if (!node.present()) {
      throw node.expected("a list of at least one equity class");
    }
    List<Node> items = node.list("a list of equity classes");
    if (items.isEmpty()) {
      throw node.expected("a list of at least one equity class");
    }
    List<EquityClass> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String balancing = null;
    int ordinary = 0;
    int withOwnership = 0;
    double ownershipSum = 0;
    Node firstWithout = null;
    Node firstWith = null;
    List<Node> roles = new ArrayList<>();
    for (Node item : items) {
      item.mapping(EQUITY_KEYS);
      String name = item.at("name").requiredText();
      if (!names.add(name)) {
        throw item.at("name").fail("another equity class is already named \""
            + Text.abbreviate(name, 40) + "\"; give each class its own name");
      }
      String holder = item.at("holder").requiredText();
      String type = item.at("type").choice("ordinary", "ordinary", "preferred", "shareholder-loan");
      EquityClass.Kind kind = type.equals("ordinary") ? EquityClass.Kind.ORDINARY
          : type.equals("preferred") ? EquityClass.Kind.PREFERRED
          : EquityClass.Kind.SHAREHOLDER_LOAN;
      Node a = item.at("amount");
      double amount;
      if ("balance".equals(a.textOrNull())) {
        if (balancing != null) {
          throw a.fail("only one equity class may be the balance of sources and uses; \""
              + Text.abbreviate(balancing, 40) + "\" already is");
        }
        balancing = name;
        amount = Double.NaN;
      } else if (a.isNumber()) {
        amount = a.nonNegativeAmount();
      } else {
        throw a.expected("an amount in currency units or \"balance\"");
      }
      Node c = item.at("coupon");
      double coupon = 0;
      if (c.present()) {
        if (kind == EquityClass.Kind.ORDINARY) {
          throw c.fail("a coupon applies only to preferred shares and shareholder loans,"
              + " not to ordinary shares");
        }
        coupon = c.rate(0, 1);
      }
      Node o = item.at("ownership");
      double ownership = Double.NaN;
      if (o.present()) {
        if (kind != EquityClass.Kind.ORDINARY) {
          throw o.fail("ownership applies only to ordinary shares");
        }
        ownership = o.rate(0, 1);
        withOwnership++;
        ownershipSum += ownership;
        firstWith = firstWith == null ? o : firstWith;
      } else if (kind == EquityClass.Kind.ORDINARY && firstWithout == null) {
        firstWithout = o;
      }
      if (kind == EquityClass.Kind.ORDINARY) {
        ordinary++;
      }
      Node r = item.at("role");
      roles.add(r);
      out.add(new EquityClass(name, holder, kind, amount, coupon, ownership, role(r)));
    }
    if (ordinary == 0) {
      throw node.fail("at least one equity class must be ordinary shares (type: ordinary):"
          + " someone must own the company");
    }
    if (withOwnership > 0 && firstWithout != null) {
      throw firstWithout.fail("either every ordinary class gives its ownership or none does"
          + " (then ownership is pro rata to the amounts); " + firstWith.path() + " gives one");
    }
    if (withOwnership > 0 && Math.abs(ownershipSum - 1) > OWNERSHIP_TOLERANCE) {
      throw node.fail("the ownership shares of the ordinary classes must add up to 100%,"
          + " found " + Text.percent(ownershipSum));
    }
    return roles(node, out, roles);
  }

  private static EquityClass.Role role(Node r) {
    return switch (r.choice("", "sponsor", "management", "co-investor")) {
      case "sponsor" -> EquityClass.Role.SPONSOR;
      case "management" -> EquityClass.Role.MANAGEMENT;
      case "co-investor" -> EquityClass.Role.CO_INVESTOR;
      default -> null;
    };
  }

  /**
   * The roles of the envy ratio (docs/methodology.md §8.2): the classes of one holder that give a
   * role give the same one, and the others take it; when any class gives a role, exactly one
   * holder is the sponsor.
   *
   * @param classes the classes read, with the role each gives
   * @param roles each class's {@code role} node
   * @return the classes, each with its holder's role
   */
  private static List<EquityClass> roles(
      Node node, List<EquityClass> classes, List<Node> roles) {
    Map<String, Integer> first = new LinkedHashMap<>();
    String sponsor = null;
    int sponsorAt = -1;
    for (int k = 0; k < classes.size(); k++) {
      EquityClass c = classes.get(k);
      if (c.role() == null) {
        continue;
      }
      Integer before = first.putIfAbsent(c.holder(), k);
      if (before != null && classes.get(before).role() != c.role()) {
        throw roles.get(k).fail("the holder \"" + Text.abbreviate(c.holder(), 40)
            + "\" already has `role: " + roles.get(before).textOrNull() + "` at "
            + roles.get(before).path() + "; give every class of one holder the same role (or"
            + " give it on one class only)");
      }
      if (c.role() == EquityClass.Role.SPONSOR && before == null) {
        if (sponsor != null) {
          throw roles.get(k).fail("\"" + Text.abbreviate(sponsor, 40) + "\" is already the"
              + " sponsor (" + roles.get(sponsorAt).path() + "); the envy ratio compares one"
              + " sponsor with the management: name the other investors `role: co-investor`");
        }
        sponsor = c.holder();
        sponsorAt = k;
      }
    }
    if (first.isEmpty()) {
      return classes;
    }
    if (sponsor == null) {
      int k = first.values().iterator().next();
      throw node.fail("no holder is the sponsor, but " + roles.get(k).path() + " gives a role:"
          + " when roles are given, write `role: sponsor` on the sponsor's classes");
    }
    List<EquityClass> out = new ArrayList<>();
    for (EquityClass c : classes) {
      Integer k = first.get(c.holder());
      EquityClass.Role role = k == null ? null : classes.get(k).role();
      out.add(new EquityClass(c.name(), c.holder(), c.kind(), c.amount(), c.coupon(),
          c.ownershipShare(), role));
    }
    return out;
  }
}
