package org.reprise.io.result;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.reprise.engine.FundWaterfall;
import org.reprise.model.FundTerms;

/**
 * The {@code fundReturns} object: the fund's returns gross and net of its fees and carried
 * interest ({@link FundWaterfall}, docs/methodology.md §8.3), written only when the deal file
 * has a {@code fund} section. Documented in docs/json-output.md.
 */
final class FundJson {

  private FundJson() {}

  /**
   * @param w the fund's waterfall
   * @return its JSON object
   */
  static ObjectNode tree(FundWaterfall w) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("holder", w.terms().holder());
    FundTerms t = w.terms();
    ObjectNode terms = n.putObject("terms");
    Json.num(terms, "managementFee", t.managementFee());
    terms.put("feeBasis", t.feeBasis().name().toLowerCase(Locale.ROOT));
    Json.num(terms, "hurdle", t.hurdle());
    Json.num(terms, "carry", t.carry());
    Json.num(terms, "catchUp", t.catchUp());
    ObjectNode gross = n.putObject("gross");
    Json.num(gross, "invested", w.invested());
    Json.num(gross, "received", w.distributed());
    Json.num(gross, "irr", w.grossIrr());
    gross.put("irrNote", w.grossIrrNote());
    Json.num(gross, "moic", w.grossMultiple());
    gross.set("flows", Json.array(w.gross()));
    ObjectNode net = n.putObject("net");
    Json.num(net, "paidIn", w.lpPaidIn());
    Json.num(net, "received", w.lpReceived());
    Json.num(net, "irr", w.netIrr());
    net.put("irrNote", w.netIrrNote());
    Json.num(net, "moic", w.netMultiple());
    Json.num(net, "preferredReturn", w.preferredReturn());
    net.set("flows", Json.array(w.lpFlows()));
    ObjectNode gp = n.putObject("gp");
    Json.num(gp, "managementFees", w.totalFees());
    Json.num(gp, "carriedInterest", w.totalCarry());
    Json.num(gp, "catchUp", w.catchUpPaid());
    Json.num(gp, "clawback", w.clawback());
    Json.num(gp, "total", w.gpReceived());
    gp.set("fees", Json.array(w.fees()));
    gp.set("carried", Json.array(w.carried()));
    gp.set("flows", Json.array(w.gpFlows()));
    Json.num(n, "drag", w.drag());
    return n;
  }
}
