package org.reprise.io.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.reprise.engine.CreditDetail;
import org.reprise.engine.DealResult;
import org.reprise.engine.DefaultEvent;
import org.reprise.engine.EnvyRatio;
import org.reprise.engine.EquityReturns;
import org.reprise.engine.ExitResult;
import org.reprise.engine.InstrumentReturn;
import org.reprise.engine.PartyReturn;
import org.reprise.engine.RatchetOutcome;
import org.reprise.engine.SourcesAndUses;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.ValueBridge;
import org.reprise.engine.WhoPays;
import org.reprise.model.EquityClass;

/**
 * Writes a {@link DealResult} as JSON. The layout is a public contract documented field by field
 * in {@code docs/json-output.md}; {@link #FORMAT_VERSION} changes whenever a field is renamed or
 * removed (adding a field does not change it).
 *
 * <p>Conventions: amounts are plain JSON numbers in currency units, exactly the doubles the engine
 * computed (no rounding, no exponent notation); rates and ratios are decimals (0.05 = 5 %); a
 * {@code NaN} or infinite value (an undefined ratio or IRR) is written as {@code null}. Costs,
 * taxes and outflows in the annual table are positive numbers; party cash flows are seen from the
 * party (negative = paid, positive = received).
 *
 * <p>Stateless and thread-safe.
 */
public final class ResultJson {

  /** Version of the JSON layout, written as {@code formatVersion}. */
  public static final int FORMAT_VERSION = 1;

  /** Currency of every amount. The deal format has no currency field yet: always euros. */
  public static final String CURRENCY = "EUR";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectWriter WRITER =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build()
          .writer(prettyPrinter());

  private ResultJson() {}

  /**
   * @param result a result of the engine
   * @return the result as a pretty-printed JSON document, ending with a line feed
   */
  public static String toJson(DealResult result) {
    return write(toTree(result));
  }

  /**
   * The document of {@code reprise run --json}: the result and, after {@code paymentDefault}, the
   * workers' view {@code whoPays}.
   *
   * @param result a result of the engine
   * @param whoPays the workers' view of the same run ({@link WhoPays#of})
   * @return the result as a pretty-printed JSON document, ending with a line feed
   */
  public static String toJson(DealResult result, WhoPays whoPays) {
    return write(toTree(result, whoPays));
  }

  /**
   * @param result a result of the engine
   * @param whoPays the workers' view of the same run
   * @return the result with its {@code whoPays} object, as a JSON tree
   */
  public static ObjectNode toTree(DealResult result, WhoPays whoPays) {
    ObjectNode root = toTree(result);
    // whoPays goes after paymentDefault
    beforeIterations(root, "whoPays", WhoPaysJson.tree(whoPays));
    return root;
  }

  /**
   * The document of {@code reprise run --json}: the result, the workers' view and the figures
   * that need the deal's terms (the interest convention, each tranche's rates, the covenants'
   * levels, the liquidity and the senior net leverage, {@link CreditDetail}).
   *
   * @param result a result of the engine
   * @param whoPays the workers' view of the same run ({@link WhoPays#of})
   * @param credit the credit detail of the same run ({@link CreditDetail#of})
   * @return the result as a pretty-printed JSON document, ending with a line feed
   */
  public static String toJson(DealResult result, WhoPays whoPays, CreditDetail credit) {
    return write(toTree(result, whoPays, credit));
  }

  /**
   * @param result a result of the engine
   * @param whoPays the workers' view of the same run
   * @param credit the credit detail of the same run
   * @return the document of {@link #toJson(DealResult, WhoPays, CreditDetail)} as a JSON tree
   */
  public static ObjectNode toTree(DealResult result, WhoPays whoPays, CreditDetail credit) {
    ObjectNode root = toTree(result, whoPays);
    CreditJson.add(root, credit);
    return root;
  }

  /**
   * The document of {@code reprise run --json} and of the web page's run: {@link
   * #toJson(DealResult, WhoPays, CreditDetail)} of the deal's run and, before {@code
   * interestIterations}, the deal's {@code warnings} (an input left out whose default changes the
   * figures, {@link org.reprise.io.DealWarnings}; an empty list when none).
   *
   * @param deal the deal, as the readers return it
   * @param result its result
   * @return the result as a pretty-printed JSON document, ending with a line feed
   */
  public static String toJson(org.reprise.model.Deal deal, DealResult result) {
    return toJson(deal, result, false);
  }

  /**
   * {@link #toJson(org.reprise.model.Deal, DealResult)}, each warning also in French ({@code
   * localizedMessage}, through {@link org.reprise.io.MessagesFr}) when {@code french}: the web
   * page's run, for a page in French, as its errors.
   *
   * @param deal the deal, as the readers return it
   * @param result its result
   * @param french true to add each warning's French text
   * @return the result as a pretty-printed JSON document, ending with a line feed
   */
  public static String toJson(org.reprise.model.Deal deal, DealResult result, boolean french) {
    return write(tree(deal, result, french));
  }

  /**
   * The document of {@code reprise run --stress NAME --json}: {@link
   * #toJson(org.reprise.model.Deal, DealResult)} of the stressed deal, with after {@code
   * formatVersion} the {@code stress} applied, written as {@code reprise simulate --json} writes
   * it (docs/json-output.md).
   *
   * @param deal the stressed deal
   * @param result its result
   * @param stress the stress applied
   * @return the result as a pretty-printed JSON document, ending with a line feed
   */
  public static String toJson(org.reprise.model.Deal deal, DealResult result,
      org.reprise.model.risk.StressScenario stress) {
    ObjectNode root = tree(deal, result, false);
    Json.insertAfter(root, "formatVersion", "stress", SimulationJson.stress(stress));
    return write(root);
  }

  private static ObjectNode tree(org.reprise.model.Deal deal, DealResult result, boolean french) {
    ObjectNode root = toTree(result, WhoPays.of(deal, result), CreditDetail.of(deal, result));
    // a sale, or a valuation at the end of the plan (a SCOP, the status quo, exit.sale: false)
    ((ObjectNode) root.get("exit")).put("sold", deal.soldAtExit());
    // who set the assumptions, as the file says it; null when it does not (review 26, X7)
    Json.insertAfter((ObjectNode) root.get("deal"), "name", "source", source(deal));
    // the fund's returns net of its fees and carry, only when the file gives its terms
    org.reprise.engine.FundWaterfall fund = org.reprise.engine.FundWaterfall.of(deal, result);
    if (fund != null) {
      Json.insertAfter(root, "equityReturns", "fundReturns", FundJson.tree(fund));
    }
    // the individuals' tax on their exit gains, only when the file asks (methodology §8.4)
    org.reprise.engine.ExitGainsTax personal = org.reprise.engine.ExitGainsTax.of(deal, result);
    if (personal != null) {
      Json.insertAfter(root, fund != null ? "fundReturns" : "equityReturns", "personalTax",
          PersonalTaxJson.tree(personal));
    }
    ArrayNode warnings = warnings(deal);
    if (french) {
      for (com.fasterxml.jackson.databind.JsonNode w : warnings) {
        ((ObjectNode) w).put("localizedMessage",
            org.reprise.io.MessagesFr.translate(w.get("message").asText()));
      }
    }
    beforeIterations(root, "warnings", warnings);
    return root;
  }

  /**
   * @param deal a deal as the readers return it
   * @return its {@link org.reprise.io.DealWarnings}, {@code [{"path": …, "message": …}]} (empty
   *     when none), as {@code run --json} and each scenario of {@code compare --json} give them
   */
  static ArrayNode warnings(org.reprise.model.Deal deal) {
    ArrayNode warnings = NODES.arrayNode();
    for (org.reprise.io.DealWarnings.Warning w : org.reprise.io.DealWarnings.of(deal)) {
      warnings.addObject().put("path", w.path()).put("message", w.message());
    }
    return warnings;
  }

  /**
   * @param deal a deal as the readers return it
   * @return its {@code source} as a JSON text, or JSON null when the file names none
   */
  static JsonNode source(org.reprise.model.Deal deal) {
    return deal.source() == null ? NODES.nullNode() : NODES.textNode(deal.source());
  }

  /** Adds a field at the end of the document but before {@code interestIterations}, kept last. */
  private static void beforeIterations(ObjectNode root, String name,
      com.fasterxml.jackson.databind.JsonNode value) {
    com.fasterxml.jackson.databind.JsonNode iterations = root.remove("interestIterations");
    root.set(name, value);
    root.set("interestIterations", iterations);
  }

  /** Writes any tree of this package with the contract's printer, ending with a line feed. */
  static String write(ObjectNode tree) {
    try {
      return WRITER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serialises; this would be a bug.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param result a result of the engine
   * @return the result as a JSON tree (a new, mutable tree on every call)
   */
  public static ObjectNode toTree(DealResult result) {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.set("deal", deal(result));
    root.set("sourcesAndUses", sourcesAndUses(result.sourcesAndUses()));
    ArrayNode years = YearRows.rows(result.years(), result.debt());
    // the debt service first falling due unpaid each year, beside the shortfall that counts the
    // arrears again (review 28): the rows the reports give, from the same method
    for (int t = 0; t < years.size(); t++) {
      Json.insertAfter((ObjectNode) years.get(t), "shortfall", "newShortfall",
          NODES.numberNode(Json.decimal(result.newShortfall(t))));
    }
    // a sweep that steps down with leverage (§5.5): each year's share and the ratio that set it,
    // after the sweep's base; absent when one share applies every year
    double[] share = result.years().sweepShare();
    double[] tested = result.years().sweepLeverage();
    for (int t = 0; share != null && t < years.size(); t++) {
      ObjectNode year = (ObjectNode) years.get(t);
      Json.insertAfter(year, "sweepBase", "sweepShare", numberOrNull(share[t]));
      Json.insertAfter(year, "sweepShare", "sweepLeverage", numberOrNull(tested[t]));
    }
    // a dividend recapitalisation (§5.13): each year's draw and what it paid, after the year's
    // distributions; absent when no tranche of the deal is drawn during the hold
    org.reprise.engine.RecapRows recap = result.years().recap();
    for (int t = 0; recap != null && t < years.size(); t++) {
      ObjectNode year = (ObjectNode) years.get(t);
      String after = "distributionsLockedUp";
      String[] keys = {"recapBorrowed", "recapFees", "recapPaid", "recapShareholderLoans",
          "recapKept"};
      double[][] rows = {recap.borrowed, recap.fees, recap.paid, recap.shareholderLoansRepaid,
          recap.kept};
      for (int k = 0; k < keys.length; k++) {
        Json.insertAfter(year, after, keys[k], NODES.numberNode(Json.decimal(rows[k][t])));
        after = keys[k];
      }
      Json.insertAfter(year, after, "recapRefused", NODES.booleanNode(recap.refused[t]));
      org.reprise.engine.RecapRows.Refusal why = recap.refusal[t];
      Json.insertAfter(year, "recapRefused", "recapRefusedReason", why == null
          ? NODES.nullNode() : NODES.textNode(switch (why) {
            case DEFAULT -> "default";
            case COVENANT_BREACH -> "covenantBreach";
            case LEVERAGE -> "leverage";
            case NO_EBITDA -> "noEbitda";
          }));
      // the lenders' leverage test of the year: the ratio pro forma for the draw, the limit, and
      // a sized recap's target (null when the year tested none)
      Json.insertAfter(year, "recapRefusedReason", "recapProFormaLeverage",
          numberOrNull(recap.proFormaLeverage[t]));
      Json.insertAfter(year, "recapProFormaLeverage", "recapMaxLeverage",
          numberOrNull(recap.maxLeverage[t]));
      Json.insertAfter(year, "recapMaxLeverage", "recapTargetLeverage",
          numberOrNull(recap.target[t]));
      Json.insertAfter(year, "recapTargetLeverage", "recapCapped",
          NODES.booleanNode(recap.capped[t]));
    }
    // the share premium (§5.5): at the start of each year, what a recap and the distributions paid
    // out of it, and what is left; absent when the deal gives none
    org.reprise.engine.PremiumRows premium = result.years().premium();
    for (int t = 0; premium != null && t < years.size(); t++) {
      ObjectNode year = (ObjectNode) years.get(t);
      String after = year.has("distributionsCappedByReserves") ? "distributionsCappedByReserves"
          : recap != null ? "recapCapped" : "distributionsLockedUp";
      String[] keys = PREMIUM_KEYS;
      double[][] rows = {premium.opening, premium.recap, premium.distributed, premium.closing};
      for (int k = 0; k < keys.length; k++) {
        Json.insertAfter(year, after, keys[k], NODES.numberNode(Json.decimal(rows[k][t])));
        after = keys[k];
      }
    }
    root.set("years", years);
    ArrayNode schedules = root.putArray("debtSchedules");
    for (TrancheSchedule t : result.debt()) {
      schedules.add(tranche(t));
    }
    // the consolidated balance sheet (methodology §5.12), of a result the engine built
    if (result.balanceSheet() != null) {
      root.set("balanceSheet", BalanceSheetJson.tree(result.balanceSheet()));
    }
    root.set("exit", exit(result.exit()));
    root.set("returns", returns(result.returns()));
    root.set("equityReturns", equityReturns(result.equityReturns()));
    root.set("valueBridge", valueBridge(result.valueBridge()));
    root.set("paymentDefault", paymentDefault(result));
    root.put("interestIterations", result.interestIterations());
    return root;
  }

  /** The share premium's keys of a year (§5.5), written only when the deal gives a premium. */
  static final String[] PREMIUM_KEYS =
      {"sharePremiumAtStart", "premiumPaidByRecap", "premiumDistributed", "sharePremiumLeft"};

  private static JsonNode numberOrNull(double value) {
    BigDecimal d = Json.decimal(value);
    return d == null ? NODES.nullNode() : NODES.numberNode(d);
  }

  static ObjectNode deal(DealResult r) {
    ObjectNode n = NODES.objectNode();
    n.put("name", r.dealName());
    n.put("company", r.companyName());
    n.put("baseYear", r.baseYear());
    n.put("exitYearIndex", r.exitYearIndex());
    n.put("exitYear", r.baseYear() + r.exitYearIndex());
    n.put("currency", CURRENCY);
    return n;
  }

  private static ObjectNode sourcesAndUses(SourcesAndUses s) {
    ObjectNode n = NODES.objectNode();
    n.set("sources", lines(s.sources()));
    n.set("uses", lines(s.uses()));
    Json.num(n, "totalSources", s.totalSources());
    Json.num(n, "totalUses", s.totalUses());
    Json.num(n, "entryEnterpriseValue", s.entryEnterpriseValue());
    Json.num(n, "entryEbitda", s.entryEbitda());
    Json.num(n, "entryMultiple", s.entryMultiple());
    Json.num(n, "equityPurchasePrice", s.equityPurchasePrice());
    Json.num(n, "baseYearEbitda", s.baseYearEbitda());
    Json.num(n, "cashAtClosing", s.cashAtClosing());
    // only when the deal gives the blocked participation accounts held at the closing
    // (participation.blockedAccounts.opening), so that a deal without them writes what it wrote
    if (s.blockedAccountsAtClosing() != 0.0) {
      Json.num(n, "blockedAccountsAtClosing", s.blockedAccountsAtClosing());
    }
    return n;
  }

  private static ArrayNode lines(List<SourcesAndUses.Line> lines) {
    ArrayNode a = NODES.arrayNode();
    for (SourcesAndUses.Line line : lines) {
      ObjectNode n = a.addObject();
      n.put("name", line.name());
      Json.num(n, "amount", line.amount());
    }
    return a;
  }

  private static ObjectNode tranche(TrancheSchedule t) {
    ObjectNode n = NODES.objectNode();
    n.put("name", t.name());
    n.put("lender", t.lender());
    n.put("borrower", t.borrower());
    n.put("kind", t.kind());
    Json.num(n, "initialAmount", t.initialAmount());
    Json.num(n, "upfrontFee", t.upfrontFee());
    n.set("opening", Json.array(t.opening()));
    n.set("drawdown", Json.array(t.drawdown()));
    n.set("mandatory", Json.array(t.mandatory()));
    n.set("sweep", Json.array(t.sweep()));
    n.set("pik", Json.array(t.pik()));
    n.set("cashInterest", Json.array(t.cashInterest()));
    n.set("commitmentFee", Json.array(t.commitmentFee()));
    n.set("unpaidInterest", Json.array(t.unpaidInterest()));
    n.set("unpaidPrincipal", Json.array(t.unpaidPrincipal()));
    n.set("closing", Json.array(t.closing()));
    n.set("feeExpense", Json.array(t.feeExpense()));
    n.put("feeWrittenOff", t.feeWrittenOff());
    // only for a tranche drawn during the hold (§5.13), so that the others write what they wrote
    if (t.drawnYear() > 0) {
      n.put("drawnYear", t.drawnYear());
      Json.num(n, "drawnAmount", t.drawnAmount());
      Json.num(n, "drawnFee", t.drawnFee());
    }
    return n;
  }

  private static ObjectNode exit(ExitResult e) {
    ObjectNode n = NODES.objectNode();
    n.put("year", e.year());
    Json.num(n, "ebitda", e.ebitda());
    Json.num(n, "multiple", e.multiple());
    Json.num(n, "enterpriseValue", e.enterpriseValue());
    Json.num(n, "fees", e.fees());
    Json.num(n, "prepaymentFees", e.prepaymentFees());
    Json.num(n, "debt", e.debt());
    Json.num(n, "cash", e.cash());
    Json.num(n, "netDebt", e.netDebt());
    Json.num(n, "equityValue", e.equityValue());
    Json.num(n, "blockedAccounts", e.blockedAccounts());
    Json.num(n, "blockedAccountsPaid", e.blockedAccountsPaid());
    ArrayNode waterfall = n.putArray("waterfall");
    for (ExitResult.WaterfallLine w : e.waterfall()) {
      ObjectNode line = waterfall.addObject();
      line.put("name", w.name());
      line.put("party", w.party());
      Json.num(line, "claim", w.claim());
      Json.num(line, "paid", w.paid());
    }
    if (e.ratchet() != null) {
      n.set("ratchet", ratchet(e.ratchet()));
    }
    return n;
  }

  /** The {@code ratchet} object of {@code exit}: what the management ratchet did (§7.1). */
  private static ObjectNode ratchet(RatchetOutcome r) {
    ObjectNode n = NODES.objectNode();
    n.put("beneficiary", r.beneficiary());
    n.put("investor", r.investor());
    n.put("test", constant(r.test().name()));
    n.put("tier", r.tier());
    Json.num(n, "threshold", r.threshold());
    Json.num(n, "tierOwnership", r.tierOwnership());
    n.put("capped", r.capped());
    Json.num(n, "shareBefore", r.shareBefore());
    Json.num(n, "shareAfter", r.shareAfter());
    Json.num(n, "ordinaryProceeds", r.ordinaryProceeds());
    Json.num(n, "moved", r.moved());
    Json.num(n, "fromInvestor", r.fromInvestor());
    Json.num(n, "investorBefore", r.investorBefore());
    Json.num(n, "investorAfter", r.investorAfter());
    return n;
  }

  /** The {@code returns} object: party name → role, amounts, IRR, multiple and flows. */
  static ObjectNode returns(List<PartyReturn> returns) {
    ObjectNode n = NODES.objectNode();
    for (PartyReturn r : returns) {
      ObjectNode p = NODES.objectNode();
      p.put("role", r.role());
      Json.num(p, "invested", r.invested());
      Json.num(p, "proceeds", r.proceeds());
      Json.num(p, "irr", r.irr());
      p.put("irrNote", r.irrNote() == null ? "" : r.irrNote());
      Json.num(p, "moic", r.moic());
      p.set("flows", Json.array(r.flows()));
      n.set(Json.uniqueKey(n, r.party()), p);
    }
    return n;
  }

  /**
   * The {@code equityReturns} object: each equity class's returns, all the equity together and
   * the envy ratio (its {@code ratio} null, with the reason in {@code status}, when it does not
   * apply).
   */
  static ObjectNode equityReturns(EquityReturns e) {
    ObjectNode n = NODES.objectNode();
    ArrayNode instruments = n.putArray("instruments");
    for (InstrumentReturn i : e.instruments()) {
      ObjectNode c = instruments.addObject();
      c.put("name", i.name());
      c.put("holder", i.holder());
      c.put("kind", kind(i.kind()));
      Json.num(c, "ownership", i.ownership());
      money(c, i.invested(), i.proceeds(), i.irr(), i.irrNote(), i.moic(), i.flows());
      Json.num(c, "exitProceeds", i.exitProceeds());
      // what a share premium paid the class (§5.5): only when the deal gives one
      if (i.returnOfContributions() != null) {
        c.set("returnOfContributions", Json.array(i.returnOfContributions()));
      }
    }
    n.set("blended", blended(e));
    n.set("envyRatio", envyRatio(e.envyRatio()));
    if (e.envyRatioAfterRatchet() != null) {
      n.set("envyRatioAfterRatchet", envyRatio(e.envyRatioAfterRatchet()));
    }
    return n;
  }

  /** The {@code blended} object of {@code equityReturns}: all the equity classes together. */
  static ObjectNode blended(EquityReturns e) {
    PartyReturn b = e.blended();
    ObjectNode n = NODES.objectNode();
    money(n, b.invested(), b.proceeds(), b.irr(), b.irrNote(), b.moic(), b.flows());
    return n;
  }

  /** The {@code envyRatio} object of {@code equityReturns} (and of a scenario of compare). */
  static ObjectNode envyRatio(EnvyRatio v) {
    ObjectNode envy = NODES.objectNode();
    envy.put("status", constant(v.status().name()));
    envy.put("rolesGiven", v.rolesGiven());
    envy.put("sponsor", v.sponsor());
    ArrayNode management = envy.putArray("management");
    v.management().forEach(management::add);
    Json.num(envy, "sponsorInvested", v.sponsorInvested());
    Json.num(envy, "sponsorShare", v.sponsorShare());
    Json.num(envy, "managementInvested", v.managementInvested());
    Json.num(envy, "managementShare", v.managementShare());
    Json.num(envy, "ratio", v.ratio());
    ArrayNode coInvestors = envy.putArray("coInvestors");
    v.coInvestors().forEach(coInvestors::add);
    return envy;
  }

  private static void money(
      ObjectNode n, double invested, double proceeds, double irr, String irrNote, double moic,
      double[] flows) {
    Json.num(n, "invested", invested);
    Json.num(n, "proceeds", proceeds);
    Json.num(n, "irr", irr);
    n.put("irrNote", irrNote == null ? "" : irrNote);
    Json.num(n, "moic", moic);
    n.set("flows", Json.array(flows));
  }

  /** @return the deal file's spelling of an equity class's kind: {@code shareholder-loan} */
  static String kind(EquityClass.Kind kind) {
    return constant(kind.name());
  }

  /** @return an enum constant in lower case with hyphens: {@code NO_BUYOUT} is {@code no-buyout} */
  private static String constant(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static ObjectNode valueBridge(ValueBridge b) {
    ObjectNode n = NODES.objectNode();
    Json.num(n, "entryEquity", b.entryEquity());
    Json.num(n, "ebitdaGrowth", b.ebitdaGrowth());
    Json.num(n, "multipleChange", b.multipleChange());
    Json.num(n, "deleveraging", b.deleveraging());
    Json.num(n, "distributions", b.distributions());
    Json.num(n, "fees", b.fees());
    Json.num(n, "equityGain", b.equityGain());
    Json.num(n, "exitEquity", b.exitEquity());
    return n;
  }

  private static ObjectNode paymentDefault(DealResult result) {
    DefaultEvent d = result.paymentDefault();
    ObjectNode n = NODES.objectNode();
    boolean occurred = d != null && d.occurred();
    n.put("occurred", occurred);
    if (occurred) {
      n.put("year", d.year());
    } else {
      n.putNull("year");
    }
    Json.num(n, "shortfall", d == null ? 0 : d.shortfall());
    Json.num(n, "totalShortfall", d == null ? 0 : d.totalShortfall());
    n.put("yearsInDefault", d == null ? 0 : d.yearsInDefault());
    n.put("atExit", !result.exitPaysEveryTranche());
    Json.num(n, "exitShortfall", result.exitShortfall());
    return n;
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
    return printer;
  }
}
