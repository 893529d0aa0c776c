package org.reprise.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reprise.model.Company;
import org.reprise.model.Cooperative;
import org.reprise.model.EquityClass;
import org.reprise.model.Financing;

/**
 * Reads the {@code cooperative} section, which makes the operating company a worker cooperative
 * (SCOP). The reader checks types and ranges and that the employee holders exist; the engine
 * checks the legal rules of the 1978 law (work share ≥ 25 %, reserves ≥ 16 %, dividends capped,
 * shares adding up to 100 %, 65 % of the votes, 51 % of the capital or the amorçage path).
 */
final class CooperativeReader {

  static final String[] KEYS = {
    "workShare", "reserveShare", "dividendShare", "participationInWorkShare",
    "investmentProvision", "cfeExemption", "memberContributions", "employeeHolders",
    "employeeMembers", "outsideMembers", "seed"
  };
  static final String[] SEED_KEYS = {"buybacks"};

  /** Default allocation of the net surplus: 45 % work share, 45 % reserves, 10 % dividends. */
  static final double DEFAULT_WORK_SHARE = 0.45;
  static final double DEFAULT_RESERVE_SHARE = 0.45;
  static final double DEFAULT_DIVIDEND_SHARE = 0.10;

  /** Default employee holder. */
  static final String EMPLOYEES = "employees";

  /** Largest number of members accepted. */
  static final int MAX_MEMBERS = 10_000_000;

  private CooperativeReader() {}

  /**
   * @param node the {@code cooperative} value
   * @param company the company (headcount: the default number of employee members)
   * @param financing the resolved financing (the employee holders must hold equity)
   * @param years the horizon
   * @return the cooperative, or {@code null} when the section is absent
   */
  static Cooperative read(Node node, Company company, Financing financing, int years) {
    if (!node.present()) {
      return null;
    }
    node.mapping(KEYS);
    double work = share(node.at("workShare"), DEFAULT_WORK_SHARE);
    double reserve = share(node.at("reserveShare"), DEFAULT_RESERVE_SHARE);
    double dividend = share(node.at("dividendShare"), DEFAULT_DIVIDEND_SHARE);
    boolean inWorkShare = node.at("participationInWorkShare").bool(true);
    boolean provision = node.at("investmentProvision").bool(true);
    double[] cfe = PerYear.amounts(node.at("cfeExemption"), years, 0);
    double[] contributions = PerYear.amounts(node.at("memberContributions"), years, 0);
    List<String> holders = holders(node.at("employeeHolders"), financing);
    Node em = node.at("employeeMembers");
    int employees = em.present()
        ? em.integer(0, MAX_MEMBERS) : (int) Math.round(company.headcount());
    Node om = node.at("outsideMembers");
    int outside = om.present() ? om.integer(0, MAX_MEMBERS) : 0;
    Cooperative.Seed seed = null;
    Node s = node.at("seed");
    if (s.present()) {
      s.mapping(SEED_KEYS);
      Node b = s.at("buybacks");
      if (!b.present()) {
        throw b.fail("required: the outside members' capital bought back each year, an amount"
            + " or a list of amounts (one per year)");
      }
      seed = new Cooperative.Seed(PerYear.amounts(b, years, 0));
    }
    return new Cooperative(work, reserve, dividend, inWorkShare, provision, cfe, contributions,
        holders, employees, outside, seed);
  }

  private static double share(Node node, double otherwise) {
    return node.present() ? node.rate(0, 1) : otherwise;
  }

  /** The employee holders: a list of names (or one name), each holding some equity class. */
  private static List<String> holders(Node node, Financing financing) {
    Set<String> known = new LinkedHashSet<>();
    for (EquityClass c : financing.equity()) {
      known.add(c.holder());
    }
    List<Node> items = node.present()
        ? node.itemsOrSelf("the name of an equity holder (such as \"employees\")")
        : List.of();
    List<String> out = new ArrayList<>();
    if (items.isEmpty()) {
      if (!known.contains(EMPLOYEES)) {
        throw node.fail("no equity class is held by \"employees\" (the default employee members):"
            + " list the holders that are employee members, for example employeeHolders:"
            + " [\"" + Text.abbreviate(known.iterator().next(), 40) + "\"]");
      }
      return List.of(EMPLOYEES);
    }
    for (Node item : items) {
      String h = item.requiredText();
      if (!known.contains(h)) {
        String best = Suggestions.closest(h, known.toArray(new String[0]));
        throw item.fail("no equity class is held by \"" + Text.abbreviate(h, 40) + "\""
            + (best != null ? ": did you mean \"" + Text.abbreviate(best, 40) + "\"?"
                : "; the holders are " + Text.quoteAll(known.toArray(new String[0]))));
      }
      if (!out.contains(h)) {
        out.add(h);
      }
    }
    return out;
  }
}
