package org.reprise.io.result;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.reprise.engine.DealResult;
import org.reprise.engine.DebtAfterHorizon;
import org.reprise.engine.WhoPays;

/**
 * Writes the ownership scenarios of one deal file side by side, the document of {@code reprise
 * compare FILE --json}. The layout is a public contract documented field by field in {@code
 * docs/compare-output.md}; it follows the conventions of {@link ResultJson} (amounts in currency
 * units, rates as decimals, {@code null} for an undefined value) and carries each scenario's
 * {@code returns}, and the blended return and envy ratio of its {@code equityReturns}, exactly as
 * {@code reprise run --json} does.
 *
 * <p>Stateless and thread-safe.
 */
public final class CompareJson {

  /** Version of this layout, written as {@code formatVersion}. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CompareJson() {}

  /**
   * @param dealName the file's deal name
   * @param scenarios the scenarios in file order (at least one)
   * @return the document, pretty printed, ending with a line feed
   */
  public static String toJson(String dealName, List<ScenarioSummary> scenarios) {
    return ResultJson.write(toTree(dealName, scenarios));
  }

  /**
   * The document of {@code reprise compare --stress NAME --json}: {@link #toJson(String, List)}
   * of the stressed scenarios, with after {@code formatVersion} the {@code stress} applied,
   * written as {@code reprise simulate --json} writes it.
   *
   * @param dealName the file's deal name
   * @param scenarios the stressed scenarios in file order (at least one)
   * @param stress the stress applied to every scenario
   * @param notComputed the scenarios the engine refuses under the stress, left out of {@code
   *     scenarios}: name → message (key path first), written {@code stress.notComputed}
   * @return the document, pretty printed, ending with a line feed
   */
  public static String toJson(String dealName, List<ScenarioSummary> scenarios,
      org.reprise.model.risk.StressScenario stress, java.util.Map<String, String> notComputed) {
    ObjectNode root = toTree(dealName, scenarios);
    ObjectNode s = SimulationJson.stress(stress);
    var left = s.putArray("notComputed");
    notComputed.forEach((name, message) -> left.addObject().put("name", name)
        .put("message", message));
    Json.insertAfter(root, "formatVersion", "stress", s);
    return ResultJson.write(root);
  }

  /**
   * @param dealName the file's deal name
   * @param scenarios the scenarios in file order (at least one)
   * @return the document as a JSON tree
   */
  public static ObjectNode toTree(String dealName, List<ScenarioSummary> scenarios) {
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("no scenario to compare");
    }
    ScenarioSummary statusQuo = statusQuo(scenarios);
    DealResult first = scenarios.get(0).result();
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    ObjectNode deal = root.putObject("deal");
    deal.put("name", dealName);
    deal.put("company", first.companyName());
    deal.put("baseYear", first.baseYear());
    deal.put("currency", ResultJson.CURRENCY);
    if (statusQuo == null) {
      root.putNull("statusQuo");
    } else {
      root.put("statusQuo", statusQuo.name());
    }
    var array = root.putArray("scenarios");
    for (ScenarioSummary s : scenarios) {
      array.add(scenario(s, s == statusQuo ? null : statusQuo));
    }
    return root;
  }

  /** @return the first status-quo scenario, or {@code null} */
  public static ScenarioSummary statusQuo(List<ScenarioSummary> scenarios) {
    for (ScenarioSummary s : scenarios) {
      if (s.isStatusQuo()) {
        return s;
      }
    }
    return null;
  }

  private static ObjectNode scenario(ScenarioSummary s, ScenarioSummary statusQuo) {
    DealResult r = s.result();
    WhoPays w = s.whoPays();
    ObjectNode n = NODES.objectNode();
    n.put("name", s.name());
    n.put("kind", s.kind());
    n.set("source", ResultJson.source(s.deal()));
    n.put("structure", s.deal().structure().hasHolding() ? "holding" : "pushdown");
    n.put("years", s.years());
    n.put("exitYear", s.exitYear());
    n.put("soldAtExit", s.deal().soldAtExit());
    Json.num(n, "pricePaid", s.pricePaid());
    Json.num(n, "entryMultiple", r.sourcesAndUses().entryMultiple());
    Json.num(n, "exitMultiple", s.exitMultiple());
    Json.num(n, "equityPurchasePrice", r.sourcesAndUses().equityPurchasePrice());
    if (r.sourcesAndUses().blockedAccountsAtClosing() != 0.0) {
      Json.num(n, "blockedAccountsAtClosing", r.sourcesAndUses().blockedAccountsAtClosing());
    }
    Json.num(n, "fees", w.fees());
    Json.num(n, "debtAtClosing", s.debtAtClosing());
    Json.num(n, "equityAtClosing", s.equityAtClosing());
    // what the employees themselves put in, and a SCOP's members' yearly subscriptions, apart
    // (review 37, W7)
    ObjectNode employees = n.putObject("employeesInvestment");
    Json.num(employees, "atClosing", s.employeesInvested());
    Json.num(employees, "perEmployee", s.employeesInvested() / s.deal().company().headcount());
    Json.num(employees, "memberContributions", s.memberContributions());
    Json.num(employees, "memberContributionsPerEmployeeYear",
        s.memberContributions() / w.employeeYears());
    if (s.isStatusQuo()) {
      n.putNull("seller");
    } else {
      ObjectNode seller = n.putObject("seller");
      Json.num(seller, "cashAtClosing", s.sellerCashAtClosing());
      Json.num(seller, "vendorLoan", s.vendorLoan());
    }
    ObjectNode owners = n.putObject("ownershipAtEnd");
    owners.put("basis", s.ownershipBasis());
    owners.set("shares", WhoPaysJson.amounts(s.ownershipAtEnd()));
    n.set("valueAdded", valueAdded(w));
    ObjectNode p = n.putObject("participation");
    p.put("applies", s.deal().participation().applies());
    Json.num(p, "total", w.participationTotal());
    Json.num(p, "perEmployee", w.participationPerEmployee());
    // of the reserves, what the employees' blocked accounts still hold at the end (review 21)
    Json.num(p, "blockedAtEnd", s.result().exit().blockedAccounts());
    ObjectNode work = n.putObject("workShare");
    work.put("applies", s.isCooperative());
    Json.num(work, "total", w.workShareTotal());
    Json.num(work, "perEmployee", w.workSharePerEmployee());
    Json.num(n, "employeeYears", w.employeeYears());
    Json.num(n, "payroll", w.payroll());
    Json.num(n, "ebitda", w.ebitda());
    Json.num(n, "cashExtracted", w.cashExtracted());
    ObjectNode c = n.putObject("cashExtractedDetail");
    Json.num(c, "debtService", w.debtService());
    Json.num(c, "distributions", w.distributions());
    Json.num(c, "buybacks", w.buybacks());
    Json.num(c, "paidToHolding", w.paidToHolding());
    Json.num(c, "perEmployeeYear", w.cashExtractedPerEmployeeYear());
    Json.num(c, "shareOfPayroll", w.cashExtractedShareOfPayroll());
    Json.num(c, "shareOfEbitda", w.cashExtractedShareOfEbitda());
    ObjectNode d = n.putObject("deleveraging");
    Json.num(d, "total", w.deleveraging());
    d.set("capture", WhoPaysJson.amounts(w.deleveragingCapture()));
    ObjectNode cov = n.putObject("covenants");
    cov.put("tested", !Double.isNaN(s.minimumHeadroom()));
    Json.num(cov, "minimumHeadroom", s.minimumHeadroom());
    year(cov, "minimumHeadroomYear", s.minimumHeadroomYear());
    cov.put("breached", s.covenantBreached());
    // whatever covenants the scenario tests (review 37, M1)
    Json.num(cov, "lowestDebtServiceCover", s.lowestDebtServiceCover());
    year(cov, "lowestDebtServiceCoverYear", s.lowestDebtServiceCoverYear());
    n.put("defaulted", s.defaulted());
    n.put("defaultedAtExit", s.defaultedAtExit());
    year(n, "firstDefaultYear", s.firstDefaultYear());
    ObjectNode exit = n.putObject("exit");
    Json.num(exit, "enterpriseValue", r.exit().enterpriseValue());
    Json.num(exit, "equityValue", r.exit().equityValue());
    // what a company nobody buys still owes at the end of the plan (review 37, M2)
    DebtAfterHorizon after = s.debtAfterHorizon();
    if (after == null) {
      n.putNull("debtAfterHorizon");
    } else {
      ObjectNode a = n.putObject("debtAfterHorizon");
      Json.num(a, "total", after.total());
      Json.num(a, "freeCashFlow", after.freeCashFlow());
      var dues = a.putArray("dues");
      for (DebtAfterHorizon.Due e : after.dues()) {
        ObjectNode due = dues.addObject();
        due.put("year", e.year());
        Json.num(due, "amount", e.amount());
        Json.num(due, "yearsOfFreeCashFlow", e.yearsOfFreeCashFlow());
      }
      Json.num(a, "undated", after.undated());
    }
    ObjectNode bridge = n.putObject("valueBridge");
    Json.num(bridge, "equityGain", s.equityGain());
    Json.num(bridge, "multipleChange", s.multipleChange());
    n.set("returns", ResultJson.returns(r.returns()));
    ObjectNode equity = n.putObject("equityReturns");
    equity.set("blended", ResultJson.blended(r.equityReturns()));
    equity.set("envyRatio", ResultJson.envyRatio(r.equityReturns().envyRatio()));
    // only when the scenario gives the fund's terms (methodology §8.3)
    org.reprise.engine.FundWaterfall fund = org.reprise.engine.FundWaterfall.of(s.deal(), r);
    if (fund != null) {
      n.set("fundReturns", FundJson.tree(fund));
    }
    // only when the scenario asks for the individuals' exit tax (methodology §8.4)
    org.reprise.engine.ExitGainsTax personal = org.reprise.engine.ExitGainsTax.of(s.deal(), r);
    if (personal != null) {
      n.set("personalTax", PersonalTaxJson.tree(personal));
    }
    if (statusQuo == null) {
      n.putNull("vsStatusQuo");
    } else {
      n.set("vsStatusQuo", versus(s, statusQuo));
    }
    n.set("warnings", ResultJson.warnings(s.deal()));
    return n;
  }

  private static void year(ObjectNode n, String key, int year) {
    if (year == 0) {
      n.putNull(key);
    } else {
      n.put(key, year);
    }
  }

  /** Group split cumulated over the holding period, its shares of the total, and the opco split. */
  static ObjectNode valueAdded(WhoPays w) {
    WhoPays.Split g = w.groupValueAdded();
    ObjectNode v = NODES.objectNode();
    Json.num(v, "total", g.total());
    ObjectNode shares = v.putObject("shares");
    WhoPaysJson.parts(shares, g);
    ObjectNode ratios = v.putObject("shareOfTotal");
    WhoPaysJson.parts(ratios, scaled(g, g.total()));
    ObjectNode perEmployee = v.putObject("perEmployeeYear");
    WhoPaysJson.parts(perEmployee, scaled(g, w.employeeYears()));
    v.set("opco", WhoPaysJson.split(w.valueAdded()));
    return v;
  }

  /** Each part divided by {@code d} ({@code NaN} when d ≤ 0). */
  private static WhoPays.Split scaled(WhoPays.Split s, double d) {
    double k = d > 0.0 ? 1.0 / d : Double.NaN;
    return new WhoPays.Split(
        s.total() * k,
        s.employees() * k,
        s.state() * k,
        s.lenders() * k,
        s.shareholders() * k,
        s.company() * k);
  }

  /**
   * Differences with the status quo (this scenario − status quo). Totals are compared only over the
   * same number of years ({@code null} otherwise); per-year figures and shares always.
   */
  private static ObjectNode versus(ScenarioSummary s, ScenarioSummary q) {
    WhoPays a = s.whoPays();
    WhoPays b = q.whoPays();
    boolean same = s.years() == q.years();
    ObjectNode n = NODES.objectNode();
    n.put("scenario", q.name());
    n.put("sameHorizon", same);
    Json.num(n, "pricePaid", s.pricePaid() - q.pricePaid());
    Json.num(n, "debtAtClosing", s.debtAtClosing() - q.debtAtClosing());
    n.set("valueAdded", difference(a.groupValueAdded(), b.groupValueAdded(), a, b, same));
    // the perimeter a works council represents, in every scenario (review 26, M4): a holding's
    // costs shrink a group's value added and raise the employees' share of it
    n.set("opcoValueAdded", difference(a.valueAdded(), b.valueAdded(), a, b, same));
    ObjectNode p = n.putObject("participation");
    Json.num(p, "total", same ? a.participationTotal() - b.participationTotal() : Double.NaN);
    Json.num(p, "perEmployee", a.participationPerEmployee() - b.participationPerEmployee());
    ObjectNode work = n.putObject("workShare");
    Json.num(work, "total", same ? a.workShareTotal() - b.workShareTotal() : Double.NaN);
    Json.num(work, "perEmployee", a.workSharePerEmployee() - b.workSharePerEmployee());
    Json.num(n, "cashExtracted", same ? a.cashExtracted() - b.cashExtracted() : Double.NaN);
    Json.num(
        n,
        "cashExtractedPerEmployeeYear",
        a.cashExtractedPerEmployeeYear() - b.cashExtractedPerEmployeeYear());
    return n;
  }

  /**
   * One perimeter's value added in a scenario ({@code ga}, of {@code a}) less the status quo's
   * ({@code gb}, of {@code b}): amounts only over the same horizon, shares and per employee-year.
   */
  private static ObjectNode difference(
      WhoPays.Split ga, WhoPays.Split gb, WhoPays a, WhoPays b, boolean same) {
    ObjectNode va = NODES.objectNode();
    Json.num(va, "total", same ? ga.total() - gb.total() : Double.NaN);
    ObjectNode shares = va.putObject("shares");
    WhoPaysJson.parts(shares, same ? minus(ga, gb) : scaled(ga, Double.NaN));
    ObjectNode ratios = va.putObject("shareOfTotal");
    WhoPaysJson.parts(ratios, minus(scaled(ga, ga.total()), scaled(gb, gb.total())));
    ObjectNode perEmployee = va.putObject("perEmployeeYear");
    WhoPaysJson.parts(
        perEmployee, minus(scaled(ga, a.employeeYears()), scaled(gb, b.employeeYears())));
    return va;
  }

  private static WhoPays.Split minus(WhoPays.Split a, WhoPays.Split b) {
    return new WhoPays.Split(
        a.total() - b.total(),
        a.employees() - b.employees(),
        a.state() - b.state(),
        a.lenders() - b.lenders(),
        a.shareholders() - b.shareholders(),
        a.company() - b.company());
  }
}
