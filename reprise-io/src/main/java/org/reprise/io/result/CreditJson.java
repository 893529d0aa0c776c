package org.reprise.io.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.reprise.engine.CreditDetail;

/**
 * Adds to a result's JSON tree the figures that need the deal's terms ({@link CreditDetail}):
 * {@code deal.interestBasis}, the {@code creditAtClosing} object, each year's liquidity, senior
 * net leverage, covenant levels and equity cure, each tranche's rates and whether it is senior. Documented in
 * docs/json-output.md.
 */
final class CreditJson {

  private CreditJson() {}

  /**
   * @param root a tree of {@link ResultJson#toTree}, written in place
   * @param c the credit detail of the same run
   */
  static void add(ObjectNode root, CreditDetail c) {
    ((ObjectNode) root.get("deal")).put("interestBasis",
        c.interestBasis().name().toLowerCase(Locale.ROOT));
    // creditAtClosing goes after sourcesAndUses: the fields after it are moved behind it
    ObjectNode closing = root.objectNode();
    Json.num(closing, "debt", c.debtAtClosing());
    Json.num(closing, "grossLeverage", c.grossLeverageAtClosing());
    Json.num(closing, "netLeverage", c.netLeverageAtClosing());
    Json.num(closing, "seniorDebt", c.seniorDebtAtClosing());
    Json.num(closing, "seniorNetLeverage", c.seniorNetLeverageAtClosing());
    Json.num(closing, "liquidity", c.liquidityAtClosing());
    Json.insertAfter(root, "sourcesAndUses", "creditAtClosing", closing);

    double[] liquidity = c.liquidity();
    boolean[] stopped = c.revolverStopped();
    double[] seniorDebt = c.seniorDebt();
    double[] seniorNetDebt = c.seniorNetDebt();
    double[] seniorNetLeverage = c.seniorNetLeverage();
    double[] maxNetLeverage = c.maxNetLeverage();
    double[] minInterestCover = c.minInterestCover();
    double[] minDebtServiceCover = c.minDebtServiceCover();
    double[] equityCure = c.equityCure();
    ArrayNode years = (ArrayNode) root.get("years");
    for (int t = 0; t < years.size(); t++) {
      ObjectNode y = (ObjectNode) years.get(t);
      Json.num(y, "liquidity", liquidity[t]);
      y.put("revolverStopped", stopped[t]);
      Json.num(y, "seniorDebt", seniorDebt[t]);
      Json.num(y, "seniorNetDebt", seniorNetDebt[t]);
      Json.num(y, "seniorNetLeverage", seniorNetLeverage[t]);
      Json.num(y, "maxNetLeverage", maxNetLeverage[t]);
      Json.num(y, "minInterestCover", minInterestCover[t]);
      Json.num(y, "minDebtServiceCover", minDebtServiceCover[t]);
      Json.num(y, "equityCure", equityCure[t]);
    }
    ArrayNode schedules = (ArrayNode) root.get("debtSchedules");
    for (int i = 0; i < schedules.size(); i++) {
      ObjectNode s = (ObjectNode) schedules.get(i);
      s.put("senior", c.senior(i));
      s.set("cashRate", Json.array(c.cashRate(i)));
      s.set("pikRate", Json.array(c.pikRate(i)));
    }
  }
}
