package org.reprise.io.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.reprise.engine.BuyoutChain;
import org.reprise.engine.DealResult;
import org.reprise.engine.PartyReturn;
import org.reprise.engine.WhoPays;

/**
 * Writes a chain of buyouts, the document of {@code reprise chain FILE --json}: one object per
 * round (what the company paid out, what each party put in and took out) and the totals. The
 * layout is documented in {@code docs/compare-output.md}; conventions as in {@link ResultJson}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ChainJson {

  /** Version of this layout, written as {@code formatVersion}. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ChainJson() {}

  /**
   * @param dealName the file's deal name
   * @param chain the chain's rounds and totals
   * @return the document, pretty printed, ending with a line feed
   */
  public static String toJson(String dealName, ChainSummary chain) {
    return ResultJson.write(toTree(dealName, chain));
  }

  /**
   * @param dealName the file's deal name
   * @param chain the chain's rounds and totals
   * @return the document as a JSON tree
   */
  public static ObjectNode toTree(String dealName, ChainSummary chain) {
    DealResult first = chain.rounds().get(0).result();
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    ObjectNode deal = root.putObject("deal");
    deal.put("name", dealName);
    deal.put("company", first.companyName());
    deal.put("baseYear", first.baseYear());
    deal.put("currency", ResultJson.CURRENCY);
    root.put("roundCount", chain.rounds().size());
    ArrayNode rounds = root.putArray("rounds");
    for (BuyoutChain.Round r : chain.rounds()) {
      rounds.add(round(r));
    }
    root.set("totals", totals(chain));
    return root;
  }

  private static ObjectNode round(BuyoutChain.Round round) {
    DealResult r = round.result();
    WhoPays w = round.whoPays();
    ObjectNode n = NODES.objectNode();
    n.put("index", round.index());
    n.put("baseYear", r.baseYear());
    n.put("exitYear", r.baseYear() + r.exitYearIndex());
    n.put("years", r.exitYearIndex());
    Json.num(n, "entryEnterpriseValue", r.sourcesAndUses().entryEnterpriseValue());
    Json.num(n, "entryMultiple", r.sourcesAndUses().entryMultiple());
    Json.num(n, "exitEnterpriseValue", r.exit().enterpriseValue());
    Json.num(n, "exitEquityValue", r.exit().equityValue());
    Json.num(n, "debtAtClosing", ChainSummary.debtAtClosing(round));
    Json.num(n, "fees", w.fees());
    Json.num(n, "debtService", w.debtService());
    Json.num(n, "distributions", w.distributions());
    Json.num(n, "buybacks", w.buybacks());
    Json.num(n, "cashExtracted", w.cashExtracted());
    Json.num(n, "cashExtractedPerEmployeeYear", w.cashExtractedPerEmployeeYear());
    Json.num(n, "paidToHolding", w.paidToHolding());
    ObjectNode p = n.putObject("participation");
    Json.num(p, "total", w.participationTotal());
    Json.num(p, "perEmployee", w.participationPerEmployee());
    n.set("valueAdded", WhoPaysJson.split(w.groupValueAdded()));
    Json.num(n, "deleveraging", w.deleveraging());
    n.set("deleveragingCapture", WhoPaysJson.amounts(w.deleveragingCapture()));
    n.put("defaulted", ScenarioSummary.defaulted(r));
    n.put("defaultedAtExit", ScenarioSummary.defaultedAtExit(r));
    ObjectNode parties = n.putObject("parties");
    for (PartyReturn pr : r.returns()) {
      ObjectNode q = NODES.objectNode();
      q.put("role", pr.role());
      Json.num(q, "invested", pr.invested());
      Json.num(q, "proceeds", pr.proceeds());
      Json.num(q, "irr", pr.irr());
      Json.num(q, "moic", pr.moic());
      parties.set(Json.uniqueKey(parties, pr.party()), q);
    }
    return n;
  }

  private static ObjectNode totals(ChainSummary c) {
    ObjectNode n = NODES.objectNode();
    n.put("years", c.years());
    Json.num(n, "employeeYears", c.employeeYears());
    Json.num(n, "fees", c.fees());
    Json.num(n, "debtService", c.debtService());
    Json.num(n, "distributions", c.distributions());
    Json.num(n, "buybacks", c.buybacks());
    Json.num(n, "cashExtracted", c.cashExtracted());
    Json.num(n, "cashExtractedPerEmployeeYear", c.cashExtractedPerEmployeeYear());
    Json.num(n, "cashExtractedShareOfPayroll", c.cashExtractedShareOfPayroll());
    Json.num(n, "cashExtractedShareOfEbitda", c.cashExtractedShareOfEbitda());
    Json.num(n, "paidToHolding", c.paidToHolding());
    ObjectNode p = n.putObject("participation");
    Json.num(p, "total", c.participation());
    Json.num(p, "perEmployee", c.participationPerEmployee());
    n.set("valueAdded", WhoPaysJson.split(c.valueAdded()));
    ObjectNode parties = n.putObject("parties");
    for (Map.Entry<String, ChainSummary.Flows> e : c.parties().entrySet()) {
      ObjectNode q = NODES.objectNode();
      Json.num(q, "invested", e.getValue().invested());
      Json.num(q, "proceeds", e.getValue().proceeds());
      Json.num(q, "net", e.getValue().net());
      q.put("rounds", e.getValue().rounds());
      parties.set(Json.uniqueKey(parties, e.getKey()), q);
    }
    return n;
  }
}
