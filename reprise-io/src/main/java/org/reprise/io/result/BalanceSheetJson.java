package org.reprise.io.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.reprise.engine.BalanceSheet;

/**
 * The {@code balanceSheet} object of a run's JSON: the consolidated balance sheet at the closing
 * and each year end, and its check (docs/methodology.md §5.12, documented in
 * docs/json-output.md). Every line is written, zeros included, so that the layout does not depend
 * on the deal.
 */
final class BalanceSheetJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BalanceSheetJson() {}

  /**
   * @param b a run's balance sheet
   * @return its JSON object
   */
  static ObjectNode tree(BalanceSheet b) {
    ObjectNode n = NODES.objectNode();
    ArrayNode years = n.putArray("years");
    for (int y : b.year()) {
      years.add(y);
    }
    ObjectNode assets = n.putObject("assets");
    assets.set("goodwill", Json.array(b.goodwill()));
    assets.set("fixedAssets", Json.array(b.fixedAssets()));
    assets.set("workingCapital", Json.array(b.workingCapital()));
    assets.set("cash", Json.array(b.cash()));
    assets.set("deferredFinancingFees", Json.array(b.deferredFinancingFees()));
    assets.set("hedgePremiums", Json.array(b.hedgePremiums()));
    assets.set("total", Json.array(b.totalAssets()));
    ObjectNode liabilities = n.putObject("liabilities");
    liabilities.set("debt", lines(b.debt()));
    liabilities.set("shareholderLoans", lines(b.shareholderLoans()));
    liabilities.set("blockedAccounts", Json.array(b.blockedAccounts()));
    liabilities.set("participationPayable", Json.array(b.participationPayable()));
    liabilities.set("workSharePayable", Json.array(b.workSharePayable()));
    liabilities.set("interestOnSharesPayable", Json.array(b.interestOnSharesPayable()));
    liabilities.set("total", Json.array(b.totalLiabilities()));
    ObjectNode equity = n.putObject("equity");
    equity.set("capital", Json.array(b.capital()));
    equity.set("retainedEarnings", Json.array(b.retainedEarnings()));
    equity.set("total", Json.array(b.equity()));
    n.set("check", Json.array(b.check()));
    return n;
  }

  private static ArrayNode lines(List<BalanceSheet.Line> lines) {
    ArrayNode a = NODES.arrayNode();
    for (BalanceSheet.Line l : lines) {
      ObjectNode o = a.addObject();
      o.put("name", l.name());
      o.set("amounts", Json.array(l.amounts()));
    }
    return a;
  }
}
