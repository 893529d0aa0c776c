package org.reprise.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reprise.model.DealException;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.Regime;

/**
 * Reads {@code risk.cycle}: the regimes, the one-year transition matrix and the regime of year 1
 * (docs/deal-format.md, "risk").
 *
 * <ul>
 *   <li>{@code regimes}: a list of {@code {name, growth: {mean, sd, relativeToPlan}, costShift:
 *       {mean, sd}, recovery}}; rates as decimals or percentages; {@code relativeToPlan} defaults
 *       to true; {@code recovery} (the share of the recession gap closed in a year of the regime,
 *       0 to 1) defaults to 0 and needs growth relative to the plan; {@code personnelFlex} (the
 *       share of the revenue shortfall the fixed personnel costs follow in a year of the regime,
 *       0 to 1) defaults to 0.
 *   <li>{@code transition}: one row per regime, in the order of {@code regimes}, each a list of
 *       one probability per regime; or a mapping from regime name to row, a row being a list or a
 *       mapping from regime name to probability (names left out: 0). Each row adds up to 1 (±
 *       1e-9).
 *   <li>{@code initial}: {@code stationary} (default: the chain's long-run distribution), a
 *       regime's name, or one probability per regime (list or mapping).
 * </ul>
 */
final class RiskCycleReader {

  static final String[] KEYS = {"regimes", "transition", "initial"};
  static final String[] REGIME_KEYS = {
    "name", "growth", "costShift", "recovery", "personnelFlex"
  };
  static final String[] GROWTH_KEYS = {"mean", "sd", "relativeToPlan"};
  static final String[] SHIFT_KEYS = {"mean", "sd"};

  /** Largest number of regimes. */
  static final int MAX_REGIMES = 20;

  /** Tolerance on the sum of a row of probabilities (as the model's own check). */
  static final double SUM_TOLERANCE = 1e-9;

  /** The word that asks for the stationary distribution in year 1. */
  static final String STATIONARY = "stationary";

  private RiskCycleReader() {}

  static BusinessCycle read(Node cycle) {
    cycle.mapping(KEYS);
    Node regimesNode = cycle.at("regimes");
    if (!regimesNode.present()) {
      throw regimesNode.fail("required: the regimes of the cycle, such as"
          + " [{name: expansion, growth: {sd: \"5%\"}}, {name: recession, growth: {mean: \"-15%\"}}]");
    }
    List<Regime> regimes = regimes(regimesNode);
    String[] names = new String[regimes.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = regimes.get(i).name();
    }
    Node transitionNode = cycle.at("transition");
    if (!transitionNode.present()) {
      throw transitionNode.fail("required: one row of probabilities per regime, in the order of"
          + " `regimes`, such as [[0.875, 0.125], [0.65, 0.35]]");
    }
    double[][] transition = new double[names.length][];
    if (transitionNode.isMapping()) {
      transitionNode.mapping(names);
      for (int i = 0; i < names.length; i++) {
        Node row = transitionNode.at(names[i]);
        if (!row.present()) {
          throw row.fail("required: the probabilities of moving from \"" + names[i]
              + "\" to each regime in one year");
        }
        transition[i] = distribution(row, names);
      }
    } else {
      List<Node> rows = transitionNode.list(
          "one row of probabilities per regime (a list of lists), such as [[0.875, 0.125],"
              + " [0.65, 0.35]]");
      if (rows.size() != names.length) {
        throw transitionNode.fail("expected " + names.length + " rows, one per regime ("
            + Text.quoteAll(names) + "), found " + rows.size());
      }
      for (int i = 0; i < names.length; i++) {
        transition[i] = distribution(rows.get(i), names);
      }
    }
    Node initial = cycle.at("initial");
    return initial(initial, regimes, transition, names);
  }

  private static List<Regime> regimes(Node node) {
    List<Node> items = node.list("a list of regimes, each {name: ..., growth: {mean: ..., sd: ...}}");
    if (items.isEmpty()) {
      throw node.fail("expected at least one regime, found an empty list");
    }
    if (items.size() > MAX_REGIMES) {
      throw node.fail("expected at most " + MAX_REGIMES + " regimes, found " + items.size());
    }
    List<Regime> regimes = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Node item : items) {
      item.mapping(REGIME_KEYS);
      Node nameNode = item.at("name");
      if (!nameNode.present()) {
        throw nameNode.fail("required: the regime's name, such as `recession`");
      }
      String name = nameNode.requiredText();
      if (name.equals(STATIONARY)) {
        throw nameNode.fail("`" + STATIONARY + "` is reserved (initial: stationary); choose"
            + " another name");
      }
      int before = seen.indexOf(name);
      if (before >= 0) {
        throw nameNode.fail("regime names must be unique: \"" + Text.abbreviate(name, 40)
            + "\" is also the name of " + node.path() + "[" + before + "]");
      }
      seen.add(name);
      regimes.add(regime(item, name));
    }
    return regimes;
  }

  private static Regime regime(Node item, String name) {
    Node growth = item.at("growth");
    double mean = 0.0;
    double sd = 0.0;
    boolean relative = true;
    if (growth.present()) {
      growth.mapping(GROWTH_KEYS);
      relative = growth.at("relativeToPlan").bool(true);
      Node m = growth.at("mean");
      if (m.present()) {
        mean = m.rate();
        if (!relative && mean <= -1.0) {
          throw m.expected("a growth rate above -100% (revenue cannot fall to zero)");
        }
      }
      sd = RiskReader.notNegative(growth.at("sd"), "a standard deviation");
    }
    Node shift = item.at("costShift");
    double shiftMean = 0.0;
    double shiftSd = 0.0;
    if (shift.present()) {
      shift.mapping(SHIFT_KEYS);
      Node m = shift.at("mean");
      if (m.present()) {
        shiftMean = m.rate();
        if (!(Math.abs(shiftMean) < 1.0)) {
          throw m.expected("a shift of the variable-cost share between -100% and 100% (exclusive)");
        }
      }
      shiftSd = RiskReader.notNegative(shift.at("sd"), "a standard deviation");
    }
    Node recoveryNode = item.at("recovery");
    double recovery = 0.0;
    if (recoveryNode.present()) {
      recovery = RiskReader.share(recoveryNode);
      if (recovery > 0.0 && !relative) {
        throw recoveryNode.expected("0 in a regime of absolute growth (`relativeToPlan` false),"
            + " whose years do not recover towards the plan");
      }
    }
    Node flexNode = item.at("personnelFlex");
    double flex = flexNode.present() ? RiskReader.flex(flexNode) : 0.0;
    double mu = mean;
    double s = sd;
    boolean rel = relative;
    double cm = shiftMean;
    double cs = shiftSd;
    double k = recovery;
    return RiskReader.build(item, () -> new Regime(name, mu, s, rel, cm, cs, k, flex));
  }

  /**
   * @return one probability per regime from a list (in the order of the regimes) or a mapping
   *     from regime name (names left out: 0), checked to add up to 1
   */
  static double[] distribution(Node node, String[] names) {
    double[] p = new double[names.length];
    if (node.isMapping()) {
      node.mapping(names);
      for (int j = 0; j < names.length; j++) {
        Node v = node.at(names[j]);
        p[j] = v.present() ? RiskReader.probability(v) : 0.0;
      }
    } else {
      List<Node> items = node.list("one probability per regime (" + Text.quoteAll(names)
          + "), as a list such as [0.875, 0.125] or a mapping such as {"
          + names[0] + ": 1}");
      if (items.size() != names.length) {
        throw node.fail("expected " + names.length + " probabilities, one per regime ("
            + Text.quoteAll(names) + "), found " + items.size());
      }
      for (int j = 0; j < names.length; j++) {
        p[j] = RiskReader.probability(items.get(j));
      }
    }
    double sum = 0.0;
    for (double v : p) {
      sum += v;
    }
    if (!(Math.abs(sum - 1.0) <= SUM_TOLERANCE)) {
      throw node.fail(String.format(Locale.ROOT,
          "the probabilities must add up to 1 (100%%), found %s (%s%%)",
          trim(sum), trim(sum * 100.0)));
    }
    return p;
  }

  private static BusinessCycle initial(
      Node node, List<Regime> regimes, double[][] transition, String[] names) {
    if (!node.present()) {
      return stationary(node, regimes, transition);
    }
    if (node.isText()) {
      String s = node.textOrNull();
      if (s.equals(STATIONARY)) {
        return stationary(node, regimes, transition);
      }
      for (String n : names) {
        if (n.equals(s)) {
          return RiskReader.build(node, () -> BusinessCycle.startingIn(regimes, transition, s));
        }
      }
      String[] allowed = new String[names.length + 1];
      allowed[0] = STATIONARY;
      System.arraycopy(names, 0, allowed, 1, names.length);
      String best = Suggestions.closest(s, allowed);
      throw node.fail("unknown regime \"" + Text.abbreviate(s, 40) + "\""
          + (best == null ? "." : ": did you mean `" + best + "`?")
          + " Expected `stationary`, a regime's name (" + Text.quoteAll(names)
          + ") or one probability per regime");
    }
    double[] p = distribution(node, names);
    return RiskReader.build(node, () -> new BusinessCycle(regimes, transition, p));
  }

  private static BusinessCycle stationary(
      Node node, List<Regime> regimes, double[][] transition) {
    try {
      return BusinessCycle.startingStationary(regimes, transition);
    } catch (DealException e) {
      throw new DealException("risk.cycle.transition", ScenarioReader.messageOf(e)
          + " (write `initial:` under `cycle`)");
    }
  }

  /** @return a number without needless digits: 0.95, 1.0000001 */
  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.10f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
