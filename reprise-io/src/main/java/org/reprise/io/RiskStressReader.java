package org.reprise.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.model.risk.StressScenario;

/**
 * Reads {@code risk.stress}: named deterministic stress scenarios (docs/deal-format.md, "risk").
 * Each item is one of two forms:
 *
 * <ul>
 *   <li>year by year: {@code {name, startYear, growth: [g1, g2, ...], costShift: [s1, s2, ...]}},
 *       the revenue growth (and optionally the shift of the variable-cost share) of each stressed
 *       year from {@code startYear};
 *   <li>a shock: {@code {name, startYear, depth, levelAfterRebound, recoveryYears}}: revenue falls
 *       by {@code depth} in {@code startYear}, is back to {@code levelAfterRebound} of its
 *       pre-shock level the next year (default 87.5 %), then grows evenly back to the pre-shock
 *       level over {@code recoveryYears} years (default 5). The default "2009" stress is {@code
 *       {depth: "30%"}}.
 * </ul>
 *
 * {@code startYear} is a projected-year index, 1 = the year after the base year (default 1).
 * {@code relativeToPlan} (true or false) says whether the stress's growth is a shock on top of the
 * year's own growth (the plan's, or a path's) or replaces it (docs/risk.md §2.3). It defaults to
 * false for the year-by-year form (the year's growth is the stress's, as written) and to true for
 * the shock form, like the built-in "2009" that {@code {depth: "30%"}} reproduces. {@code
 * personnelFlex} (0 to 1, default 0, with either form) is the share of the revenue shortfall the
 * fixed personnel costs follow in the stressed years (docs/risk.md §2.3).
 */
final class RiskStressReader {

  static final String[] KEYS = {
    "name", "description", "startYear", "growth", "costShift", "depth", "levelAfterRebound",
    "recoveryYears", "relativeToPlan", "personnelFlex"
  };

  /** Largest number of stress scenarios in a file. */
  static final int MAX_STRESSES = 100;

  /** Largest number of stressed years, and of recovery years. */
  static final int MAX_YEARS = 100;

  private RiskStressReader() {}

  /**
   * @param node {@code risk.stress} (may be absent)
   * @param paths receives each scenario's key path by name
   * @return the scenarios in file order (a modifiable list)
   */
  static List<StressScenario> read(Node node, Map<String, String> paths) {
    List<StressScenario> out = new ArrayList<>();
    if (!node.present()) {
      return out;
    }
    List<Node> items = node.list("a list of stress scenarios, each such as"
        + " {name: mild, startYear: 2, depth: \"20%\"} or {name: flat, growth: [0, 0]}");
    if (items.size() > MAX_STRESSES) {
      throw node.fail("expected at most " + MAX_STRESSES + " stress scenarios, found "
          + items.size());
    }
    for (Node item : items) {
      item.mapping(KEYS);
      Node nameNode = item.at("name");
      if (!nameNode.present()) {
        throw nameNode.fail("required: the stress scenario's name, such as \"2009\"");
      }
      String name = nameNode.requiredText();
      if (paths.containsKey(name)) {
        throw nameNode.fail("stress names must be unique: \"" + Text.abbreviate(name, 40)
            + "\" is also the name of " + paths.get(name));
      }
      paths.put(name, item.path());
      out.add(stress(item, name));
    }
    return out;
  }

  private static StressScenario stress(Node item, String name) {
    Node description = item.at("description");
    String text = description.present() ? description.text() : "";
    Node start = item.at("startYear");
    int startYear = start.present() ? start.integer(1, MAX_YEARS) : 1;
    Node growthNode = item.at("growth");
    Node depthNode = item.at("depth");
    double[] growth;
    double[] costShift = new double[0];
    // the year-by-year form replaces the years' growth by default (as written), the shock is an
    // overlay on the plan by default (the built-in "2009")
    boolean relative = item.at("relativeToPlan").bool(!growthNode.present());
    if (growthNode.present()) {
      if (depthNode.present()) {
        throw depthNode.fail("give either `growth` (year by year) or `depth` (a shock with a"
            + " rebound), not both");
      }
      for (String k : new String[] {"levelAfterRebound", "recoveryYears"}) {
        if (item.at(k).present()) {
          throw item.at(k).fail("`" + k + "` goes with `depth` (a shock), not with `growth`");
        }
      }
      growth = rates(growthNode, "a growth rate above -100%, such as \"-30%\"", -1.0);
      Node shift = item.at("costShift");
      if (shift.present()) {
        costShift = rates(shift, "a shift of the variable-cost share between -100% and 100%"
            + " (exclusive), such as \"2%\"", Double.NaN);
        if (costShift.length != growth.length) {
          throw shift.fail("expected " + growth.length + " values, one per stressed year of"
              + " `growth`, found " + costShift.length);
        }
      }
    } else if (depthNode.present()) {
      if (item.at("costShift").present()) {
        throw item.at("costShift").fail("`costShift` goes with `growth` (year by year); with"
            + " `depth` give the years' growth instead to shift costs");
      }
      growth = shock(item, depthNode);
    } else {
      throw item.fail("expected `growth` (the revenue growth of each stressed year, such as"
          + " [\"-30%\", \"25%\"]) or `depth` (a shock with a rebound, such as \"30%\")");
    }
    Node flexNode = item.at("personnelFlex");
    double flex = flexNode.present() ? RiskReader.flex(flexNode) : 0.0;
    double[] g = growth;
    double[] c = costShift;
    return RiskReader.build(
        item, () -> new StressScenario(name, text, startYear, g, c, relative, flex));
  }

  /**
   * @param floor values must be above it; NaN for a cost shift (strictly between −1 and 1)
   * @return a list (or a single value) of rates
   */
  private static double[] rates(Node node, String what, double floor) {
    List<Node> items = node.itemsOrSelf(what + " or a list of them (one per stressed year)");
    if (items.size() > MAX_YEARS) {
      throw node.fail("expected at most " + MAX_YEARS + " years, found " + items.size());
    }
    double[] out = new double[items.size()];
    for (int i = 0; i < out.length; i++) {
      Node n = items.get(i);
      double v = n.rate();
      boolean ok = Double.isNaN(floor) ? Math.abs(v) < 1.0 : v > floor;
      if (!ok) {
        throw n.expected(what);
      }
      out[i] = v;
    }
    return out;
  }

  /**
   * The growth path of a shock: −depth, then back to {@code levelAfterRebound} of the pre-shock
   * level, then even growth back to the pre-shock level over {@code recoveryYears} (none when the
   * rebound already reaches it). The same arithmetic as {@link RiskDefaults#crisis2009(int)}.
   */
  static double[] shock(Node item, Node depthNode) {
    double depth = depthNode.rate();
    if (!(depth >= 0.0 && depth < 1.0)) {
      throw depthNode.expected("a fall of revenue from 0% to 100% (exclusive), such as \"30%\"");
    }
    Node levelNode = item.at("levelAfterRebound");
    double level = RiskDefaults.LEVEL_AFTER_REBOUND;
    if (levelNode.present()) {
      level = levelNode.rate();
      if (!(level > 0.0)) {
        throw levelNode.expected("a share of the pre-shock revenue above 0%, such as \"87.5%\"");
      }
    }
    Node yearsNode = item.at("recoveryYears");
    int recovery = yearsNode.present()
        ? yearsNode.integer(0, MAX_YEARS)
        : RiskDefaults.RECOVERY_YEARS;
    if (level >= 1.0) {
      recovery = 0;
    }
    double fall = -depth;
    double[] g = new double[2 + recovery];
    g[0] = fall;
    g[1] = level / (1.0 + fall) - 1.0;
    if (recovery > 0) {
      double r = Math.pow(1.0 / level, 1.0 / recovery) - 1.0;
      for (int k = 2; k < g.length; k++) {
        g[k] = r;
      }
    }
    return g;
  }
}
