package org.reprise.io.result;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.reprise.engine.WhoPays;

/**
 * Writes the workers' view of a deal ({@link WhoPays}) as the {@code whoPays} object of {@code
 * reprise run --json}: every component under its own name, each value-added split as an object,
 * the deleveraging capture as {@code party → amount}. Documented in {@code docs/json-output.md}.
 */
final class WhoPaysJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private WhoPaysJson() {}

  /** @return the {@code whoPays} object */
  static ObjectNode tree(WhoPays w) {
    ObjectNode n = NODES.objectNode();
    n.put("years", w.years());
    Json.num(n, "employeeYears", w.employeeYears());
    n.set("valueAdded", split(w.valueAdded()));
    n.set("groupValueAdded", split(w.groupValueAdded()));
    Json.num(n, "participationTotal", w.participationTotal());
    Json.num(n, "participationPerEmployee", w.participationPerEmployee());
    Json.num(n, "workShareTotal", w.workShareTotal());
    Json.num(n, "workSharePerEmployee", w.workSharePerEmployee());
    Json.num(n, "payroll", w.payroll());
    Json.num(n, "ebitda", w.ebitda());
    Json.num(n, "debtService", w.debtService());
    Json.num(n, "revolverDrawn", w.revolverDrawn());
    Json.num(n, "fees", w.fees());
    Json.num(n, "paidToHolding", w.paidToHolding());
    Json.num(n, "taxPaidToHolding", w.taxPaidToHolding());
    Json.num(n, "taxKeptByHolding", w.taxKeptByHolding());
    Json.num(n, "distributions", w.distributions());
    Json.num(n, "buybacks", w.buybacks());
    // only when a dividend recapitalisation was drawn (§5.13), so that other deals write what
    // they wrote
    if (w.recapBorrowed() != 0.0) {
      Json.num(n, "recapBorrowed", w.recapBorrowed());
    }
    Json.num(n, "cashExtracted", w.cashExtracted());
    Json.num(n, "cashExtractedPerEmployeeYear", w.cashExtractedPerEmployeeYear());
    Json.num(n, "cashExtractedShareOfPayroll", w.cashExtractedShareOfPayroll());
    Json.num(n, "cashExtractedShareOfEbitda", w.cashExtractedShareOfEbitda());
    Json.num(n, "deleveraging", w.deleveraging());
    n.set("deleveragingCapture", amounts(w.deleveragingCapture()));
    return n;
  }

  /** @return {@code {total, employees, state, lenders, shareholders, company}} */
  static ObjectNode split(WhoPays.Split s) {
    ObjectNode n = NODES.objectNode();
    Json.num(n, "total", s.total());
    parts(n, s);
    return n;
  }

  /** Puts the five parts of {@code s} into {@code n}, in the contract's order. */
  static void parts(ObjectNode n, WhoPays.Split s) {
    Json.num(n, "employees", s.employees());
    Json.num(n, "state", s.state());
    Json.num(n, "lenders", s.lenders());
    Json.num(n, "shareholders", s.shareholders());
    Json.num(n, "company", s.company());
  }

  /** @return {@code {key: amount}} in the map's order */
  static ObjectNode amounts(Map<String, Double> byKey) {
    ObjectNode n = NODES.objectNode();
    for (Map.Entry<String, Double> e : byKey.entrySet()) {
      Json.num(n, Json.uniqueKey(n, e.getKey()), e.getValue());
    }
    return n;
  }
}
