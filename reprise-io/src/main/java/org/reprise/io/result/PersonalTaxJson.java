package org.reprise.io.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reprise.engine.ExitGainsTax;
import org.reprise.model.PersonalTax;

/**
 * The {@code personalTax} object: the individuals' tax on their exit gains ({@link ExitGainsTax},
 * docs/methodology.md §8.4, CGI art. 163 bis H), written only when the deal file has a {@code
 * personalTax} section. Documented in docs/json-output.md.
 */
final class PersonalTaxJson {

  private PersonalTaxJson() {}

  /**
   * @param t the tax on the exit gains
   * @return its JSON object
   */
  static ObjectNode tree(ExitGainsTax t) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    PersonalTax p = t.terms();
    ObjectNode terms = n.putObject("terms");
    ArrayNode holders = terms.putArray("holders");
    p.holders().forEach(holders::add);
    ArrayNode packages = terms.putArray("managementPackages");
    p.managementPackages().forEach(packages::add);
    Json.num(terms, "capitalGainsRate", p.capitalGainsRate());
    Json.num(terms, "salaryRate", p.salaryRate());
    Json.num(terms, "salaryContribution", p.salaryContribution());
    Json.num(n, "performanceRatio", t.performanceRatio());
    n.put("holdingYears", t.holdingYears());
    ArrayNode classes = n.putArray("classes");
    // what a share premium paid the classes (§5.5, §8.4): only when it paid some
    boolean returned = t.classes().stream().anyMatch(c -> c.returnOfContributions() != 0.0);
    for (ExitGainsTax.ClassTax c : t.classes()) {
      ObjectNode o = classes.addObject();
      o.put("name", c.name());
      o.put("holder", c.holder());
      o.put("managementPackage", c.managementPackage());
      Json.num(o, "invested", c.invested());
      Json.num(o, "received", c.received());
      Json.num(o, "dividends", c.dividends());
      if (returned) {
        Json.num(o, "returnOfContributions", c.returnOfContributions());
      }
      Json.num(o, "gain", c.gain());
      Json.num(o, "exitGain", c.exitGain());
      Json.num(o, "ceiling", c.ceiling());
      Json.num(o, "capitalGain", c.capitalGain());
      Json.num(o, "salary", c.salary());
      Json.num(o, "capitalGainsTax", c.capitalGainsTax());
      Json.num(o, "dividendTax", c.dividendTax());
      Json.num(o, "salaryTax", c.salaryTax());
      Json.num(o, "salaryContribution", c.salaryContribution());
      Json.num(o, "lossOffset", c.lossOffset());
      Json.num(o, "tax", c.tax());
      Json.num(o, "netGain", c.netGain());
      Json.num(o, "netReceived", c.netReceived());
      Json.num(o, "grossMultiple", c.grossMultiple());
      Json.num(o, "netMultiple", c.netMultiple());
      Json.num(o, "grossIrr", c.grossIrr());
      Json.num(o, "netIrr", c.netIrr());
      o.put("netIrrNote", c.netIrrNote());
      o.set("netFlows", Json.array(c.netFlows()));
    }
    Json.num(n, "totalGain", t.totalGain());
    Json.num(n, "totalCapitalGainsTax", t.totalCapitalGainsTax());
    Json.num(n, "totalSalaryTax", t.totalSalaryTax());
    Json.num(n, "stateTake", t.totalTax());
    return n;
  }
}
