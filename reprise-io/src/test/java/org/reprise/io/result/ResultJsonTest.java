package org.reprise.io.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.DefaultEvent;
import org.reprise.engine.EnvyRatio;
import org.reprise.engine.EquityReturns;
import org.reprise.engine.ExitResult;
import org.reprise.engine.InstrumentReturn;
import org.reprise.engine.PartyReturn;
import org.reprise.engine.SourcesAndUses;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.ValueAddedSplit;
import org.reprise.engine.ValueBridge;
import org.reprise.engine.YearTable;

class ResultJsonTest {

  /** A strict parser: rejects NaN, Infinity and other non-standard tokens. */
  private static final JsonMapper STRICT =
      JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private static final DealResult RESULT = ResultFixtures.threeYears();

  private static JsonNode parse(DealResult result) throws IOException {
    return STRICT.readTree(ResultJson.toJson(result));
  }

  @Test
  void writesTheDealIdentity() throws IOException {
    JsonNode deal = parse(RESULT).get("deal");
    assertThat(deal.get("name").asText()).isEqualTo("Test deal");
    assertThat(deal.get("company").asText()).isEqualTo("Décolletage Test SA");
    assertThat(deal.get("baseYear").asInt()).isEqualTo(2025);
    assertThat(deal.get("exitYearIndex").asInt()).isEqualTo(3);
    assertThat(deal.get("exitYear").asInt()).isEqualTo(2028);
    assertThat(deal.get("currency").asText()).isEqualTo("EUR");
    assertThat(parse(RESULT).get("formatVersion").asInt()).isEqualTo(ResultJson.FORMAT_VERSION);
  }

  @Test
  void writesSourcesAndUses() throws IOException {
    JsonNode su = parse(RESULT).get("sourcesAndUses");
    assertThat(su.get("totalSources").doubleValue()).isEqualTo(19_000_000.0);
    assertThat(su.get("totalUses").doubleValue()).isEqualTo(19_000_000.0);
    assertThat(su.get("entryEnterpriseValue").doubleValue()).isEqualTo(18_000_000.0);
    assertThat(su.get("entryEbitda").doubleValue()).isEqualTo(3_000_000.0);
    assertThat(su.get("entryMultiple").doubleValue()).isEqualTo(6.0);
    assertThat(su.get("equityPurchasePrice").doubleValue()).isEqualTo(18_200_000.0);
    assertThat(su.get("sources")).hasSize(3);
    assertThat(su.get("sources").get(1).get("name").asText()).isEqualTo(ResultFixtures.SENIOR);
    assertThat(su.get("sources").get(1).get("amount").doubleValue()).isEqualTo(12_000_000.0);
    assertThat(su.get("uses").get(1).get("name").asText()).isEqualTo("Transaction fees");
  }

  @Test
  void writesOneObjectPerYearWithDebtByTranche() throws IOException {
    JsonNode years = parse(RESULT).get("years");
    assertThat(years).hasSize(3);
    JsonNode y2 = years.get(1);
    assertThat(y2.get("year").asInt()).isEqualTo(2027);
    assertThat(y2.get("revenue").doubleValue()).isEqualTo(RESULT.years().revenue[1]);
    assertThat(y2.get("ebitda").doubleValue()).isEqualTo(RESULT.years().ebitda[1]);
    assertThat(y2.get("freeCashFlow").doubleValue()).isEqualTo(1_400_000.0);
    assertThat(y2.get("cash").doubleValue()).isEqualTo(500_001.0);
    assertThat(y2.get("netDebt").doubleValue()).isEqualTo(RESULT.years().netDebt[1]);
    assertThat(y2.get("debt").isObject()).isTrue();
    assertThat(y2.get("debt").get(ResultFixtures.SENIOR).doubleValue()).isEqualTo(8_000_000.0);
    assertThat(y2.get("debt").get(ResultFixtures.MEZZ).doubleValue()).isEqualTo(3_307_500.0);
    assertThat(y2.get("totalDebt").doubleValue()).isEqualTo(11_307_500.0);
    assertThat(y2.get("defaulted").isBoolean()).isTrue();
    assertThat(y2.get("defaulted").booleanValue()).isTrue();
    assertThat(years.get(0).get("defaulted").booleanValue()).isFalse();
    assertThat(y2.get("covenantBreach").booleanValue()).isTrue();
  }

  @Test
  void writesEveryYearTableColumnUnderItsOwnName() throws IOException {
    JsonNode year = parse(RESULT).get("years").get(0);
    List<String> expected = new ArrayList<>();
    for (Field f : YearTable.class.getFields()) {
      if (f.getType().isArray() || f.getType() == ValueAddedSplit.class) {
        expected.add(f.getName().equals("debt") ? "totalDebt" : f.getName());
      }
    }
    assertThat(expected).hasSizeGreaterThan(40);
    // the hedges' columns only for a deal with some hedge flow: the fixture has none
    expected.removeAll(YearRows.HEDGE_COLUMNS);
    // and the law's cap on the dividends only for a deal that distributes: the fixture does not
    expected.removeAll(YearRows.DISTRIBUTION_COLUMNS);
    List<String> all = new ArrayList<>(YearRows.fieldNames());
    all.removeAll(YearRows.HEDGE_COLUMNS);
    all.removeAll(YearRows.DISTRIBUTION_COLUMNS);
    assertThat(fieldNames(year)).containsAll(expected).contains("debt");
    assertThat(fieldNames(year)).containsExactlyElementsOf(all);
    assertThat(fieldNames(year).get(0)).isEqualTo("year");
  }

  /**
   * A deal with an interest-rate hedge writes its two columns after {@code feeAmortisation}
   * (the factory example with a 75 % swap at 2.4 % for 3 years on term loan A: 2026's settlement
   * 75 % × (8.1 + 6.75) / 2 M€ × (2.4 % − 2.1 %) = 16,706.25 €), and the documentation names them.
   */
  @Test
  void aHedgedDealWritesTheHedgesColumns() throws IOException {
    String yaml = Files.readString(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"),
        StandardCharsets.UTF_8);
    String schedule = "        linear: 6                # 1/6 a year, 2026-2031\n";
    assertThat(yaml).contains(schedule);
    org.reprise.model.Deal hedged = org.reprise.io.DealReader.parse(yaml.replace(schedule,
        schedule + "      hedge: {type: swap, share: \"75%\", rate: \"2.4%\", years: 3}\n"),
        "hedged.yaml");
    JsonNode year = STRICT.readTree(ResultJson.toJson(
        org.reprise.engine.LboEngine.DEFAULT.run(hedged))).get("years").get(0);
    List<String> names = fieldNames(year);
    // the deal distributes nothing: no law's cap on its dividends
    List<String> expected = new ArrayList<>(YearRows.fieldNames());
    expected.removeAll(YearRows.DISTRIBUTION_COLUMNS);
    assertThat(names).containsExactlyElementsOf(expected);
    assertThat(names.indexOf("hedgeSettlement")).isEqualTo(names.indexOf("feeAmortisation") + 1);
    assertThat(year.get("hedgeSettlement").doubleValue()).isCloseTo(16_706.25,
        within(1e-6));
    assertThat(year.get("hedgePremiumAmortisation").doubleValue()).isZero();
    assertThat(Files.readString(Path.of("..", "docs", "json-output.md"), StandardCharsets.UTF_8))
        .contains("`hedgeSettlement`", "`hedgePremiumAmortisation`", "`Hedging premium`");
  }

  /**
   * A deal that distributes writes the law's cap on its dividends after {@code
   * distributionsLockedUp} (methodology §5.5): the factory example distributing half of its cash
   * left through its holding, formed at the closing: nothing distributable at the start of 2026
   * (the group has retained no earnings yet); its distribution, which would repay the fund's
   * shareholder loan, is not cut down by the law (the lock-up stops it: 2026 breaks its DSCR).
   */
  @Test
  void aDistributingDealWritesTheReservesColumns() throws IOException {
    String yaml = Files.readString(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"),
        StandardCharsets.UTF_8);
    assertThat(yaml).contains("  distributions: 0\n");
    org.reprise.model.Deal deal = org.reprise.io.DealReader.parse(
        yaml.replace("  distributions: 0\n", "  distributions: \"50%\"\n"), "distributing.yaml");
    JsonNode year = STRICT.readTree(ResultJson.toJson(
        org.reprise.engine.LboEngine.DEFAULT.run(deal))).get("years").get(0);
    List<String> names = fieldNames(year);
    assertThat(names).containsAll(YearRows.DISTRIBUTION_COLUMNS);
    assertThat(names.indexOf("distributableReserves"))
        .isEqualTo(names.indexOf("distributionsLockedUp") + 1);
    assertThat(year.get("distributableReserves").doubleValue()).isZero();
    assertThat(year.get("distributionsCappedByReserves").booleanValue()).isFalse();
    assertThat(Files.readString(Path.of("..", "docs", "json-output.md"), StandardCharsets.UTF_8))
        .contains("`distributableReserves`", "`distributionsCappedByReserves`");
  }

  @Test
  void writesGroupsOfColumnsAsNestedObjects() throws IOException {
    JsonNode year = parse(RESULT).get("years").get(0);
    JsonNode group = year.get("groupValueAdded");
    assertThat(fieldNames(group))
        .containsExactly("valueAdded", "employees", "state", "lenders", "shareholders", "company");
    assertThat(group.get("valueAdded").doubleValue()).isEqualTo(15_000_000.0);
    assertThat(group.get("employees").doubleValue()).isEqualTo(9_500_000.0);
    assertThat(group.get("company").doubleValue()).isEqualTo(3_500_000.0);
    assertThat(year.get("opcoValueAdded").get("valueAdded").doubleValue()).isZero();
    assertThat(year.get("participation").doubleValue()).isEqualTo(120_000.0);
    assertThat(parse(RESULT).get("years").get(1).get("participationPaid").doubleValue())
        .isEqualTo(140_000.0);
  }

  @Test
  void writesNanAndInfinityAsNull() throws IOException {
    JsonNode root = parse(RESULT);
    assertThat(root.get("years").get(0).get("leverageHeadroom").isNull()).isTrue();
    assertThat(root.get("years").get(2).get("interestCover").isNull()).isTrue();
    assertThat(root.get("years").get(0).get("interestCover").doubleValue()).isEqualTo(4.5);
    JsonNode employees = root.get("returns").get("employees");
    assertThat(employees.get("irr").isNull()).isTrue();
    assertThat(employees.get("moic").isNull()).isTrue();
    assertThat(employees.get("irrNote").asText()).isEqualTo("nothing invested");
    assertThat(ResultJson.toJson(RESULT)).doesNotContain("NaN").doesNotContain("Infinity");
  }

  @Test
  void writesAmountsExactlyAndWithoutExponent() throws IOException {
    String json = ResultJson.toJson(RESULT);
    assertThat(json).contains("\"personnelCosts\": 12345678.9");
    assertThat(json).contains("\"otherTaxes\": 0.30000000000000004");
    assertThat(json).contains("\"totalSources\": 19000000,");
    assertThat(json).contains("\"invested\": 4000000,");
    assertThat(json).contains("\"entryMultiple\": 6,");
    assertThat(json).contains("\"shortfall\": 0,");
    assertThat(json).doesNotContainPattern("[0-9]E[0-9+-]");
    JsonNode y1 = parse(RESULT).get("years").get(0);
    assertThat(y1.get("otherTaxes").doubleValue()).isEqualTo(0.1 + 0.2);
    assertThat(y1.get("personnelCosts").doubleValue()).isEqualTo(12_345_678.9);
  }

  @Test
  void writesDebtSchedulesWithTheirArrays() throws IOException {
    JsonNode schedules = parse(RESULT).get("debtSchedules");
    assertThat(schedules).hasSize(2);
    JsonNode senior = schedules.get(0);
    assertThat(senior.get("name").asText()).isEqualTo(ResultFixtures.SENIOR);
    assertThat(senior.get("lender").asText()).isEqualTo("senior banks");
    assertThat(senior.get("borrower").asText()).isEqualTo("holding");
    assertThat(senior.get("kind").asText()).isEqualTo("term");
    assertThat(senior.get("initialAmount").doubleValue()).isEqualTo(12_000_000.0);
    assertThat(senior.get("upfrontFee").doubleValue()).isEqualTo(120_000.0);
    for (String array :
        List.of(
            "opening", "drawdown", "mandatory", "sweep", "pik", "cashInterest", "commitmentFee",
            "unpaidInterest", "unpaidPrincipal", "closing")) {
      assertThat(senior.get(array)).as(array).hasSize(3);
    }
    assertThat(senior.get("closing").get(2).doubleValue()).isEqualTo(6_000_000.0);
    assertThat(senior.get("mandatory").get(0).doubleValue()).isEqualTo(2_000_000.0);
  }

  @Test
  void writesExitAndWaterfall() throws IOException {
    JsonNode exit = parse(RESULT).get("exit");
    assertThat(exit.get("year").asInt()).isEqualTo(2028);
    assertThat(exit.get("enterpriseValue").doubleValue()).isEqualTo(37_206_000.0);
    assertThat(exit.get("netDebt").doubleValue()).isEqualTo(8_972_873.0);
    assertThat(exit.get("equityValue").doubleValue()).isEqualTo(27_861_067.0);
    assertThat(exit.get("multiple").doubleValue()).isEqualTo(6.5);
    for (String f : List.of("ebitda", "fees", "debt", "cash")) {
      assertThat(exit.get(f)).as(f).isNotNull();
    }
    JsonNode waterfall = exit.get("waterfall");
    assertThat(waterfall).hasSize(3);
    assertThat(waterfall.get(2).get("party").asText()).isEqualTo("fund");
    assertThat(waterfall.get(2).get("paid").doubleValue()).isEqualTo(27_861_067.0);
  }

  @Test
  void keysReturnsByPartyInTheEngineOrder() throws IOException {
    JsonNode returns = parse(RESULT).get("returns");
    assertThat(fieldNames(returns)).containsExactly("fund", "employees");
    JsonNode fund = returns.get("fund");
    assertThat(fund.get("role").asText()).isEqualTo("equity");
    assertThat(fund.get("invested").doubleValue()).isEqualTo(4_000_000.0);
    assertThat(fund.get("proceeds").doubleValue()).isEqualTo(27_861_067.0);
    assertThat(fund.get("irr").doubleValue()).isEqualTo(0.9105);
    assertThat(fund.get("moic").doubleValue()).isEqualTo(6.965);
    assertThat(fund.get("irrNote").asText()).isEmpty();
    assertThat(fund.get("flows")).hasSize(4);
    assertThat(fund.get("flows").get(0).doubleValue()).isEqualTo(-4_000_000.0);
  }

  @Test
  void writesTheReturnsPerInstrumentAndTheEnvyRatioWithItsStatus() throws IOException {
    JsonNode e = parse(RESULT).get("equityReturns");
    JsonNode shares = e.get("instruments").get(0);
    assertThat(fieldNames(shares)).containsExactly("name", "holder", "kind", "ownership",
        "invested", "proceeds", "irr", "irrNote", "moic", "flows", "exitProceeds");
    assertThat(shares.get("name").asText()).isEqualTo("Ordinary shares");
    assertThat(shares.get("holder").asText()).isEqualTo("fund");
    assertThat(shares.get("kind").asText()).isEqualTo("ordinary");
    assertThat(shares.get("ownership").doubleValue()).isEqualTo(0.9);
    assertThat(shares.get("flows").get(3).doubleValue()).isEqualTo(27_861_067.0);
    JsonNode all = e.get("blended");
    assertThat(fieldNames(all)).containsExactly("invested", "proceeds", "irr", "irrNote", "moic",
        "flows");
    // worked out from the instruments' flows: 27,861,067 / 4,000,000
    assertThat(all.get("moic").doubleValue()).isEqualTo(27_861_067.0 / 4_000_000.0);
    JsonNode envy = e.get("envyRatio");
    assertThat(envy.get("status").asText()).isEqualTo("management-paid-nothing");
    assertThat(envy.get("sponsor").asText()).isEqualTo("fund");
    assertThat(envy.get("management").get(0).asText()).isEqualTo("employees");
    assertThat(envy.get("managementInvested").doubleValue()).isZero();
    assertThat(envy.get("ratio").isNull()).isTrue();
    assertThat(ResultJson.kind(org.reprise.model.EquityClass.Kind.SHAREHOLDER_LOAN))
        .isEqualTo("shareholder-loan");
  }

  @Test
  void writesTheValueBridgeComponentsThatSumToTheGain() throws IOException {
    JsonNode b = parse(RESULT).get("valueBridge");
    double sum = 0;
    List<String> components =
        List.of("ebitdaGrowth", "multipleChange", "deleveraging", "distributions", "fees");
    for (String c : components) {
      sum += b.get(c).doubleValue();
    }
    assertThat(sum).isCloseTo(b.get("equityGain").doubleValue(), within(1e-6));
    assertThat(b.get("entryEquity").doubleValue()).isEqualTo(4_000_000.0);
    assertThat(b.get("exitEquity").doubleValue()).isEqualTo(27_861_067.0);
  }

  @Test
  void writesThePaymentDefault() throws IOException {
    JsonNode d = parse(RESULT).get("paymentDefault");
    assertThat(d.get("occurred").booleanValue()).isTrue();
    assertThat(d.get("year").asInt()).isEqualTo(2027);
    assertThat(d.get("shortfall").doubleValue()).isEqualTo(150_000.0);
    assertThat(d.get("totalShortfall").doubleValue()).isEqualTo(250_000.0);
    assertThat(d.get("yearsInDefault").asInt()).isEqualTo(2);
  }

  @Test
  void writesNoPaymentDefaultAsOccurredFalseWithNullYear() throws IOException {
    for (DefaultEvent none : new DefaultEvent[] {new DefaultEvent(0, 0, 0, 0), null}) {
      JsonNode d = parse(ResultFixtures.threeYears(none)).get("paymentDefault");
      assertThat(d.get("occurred").booleanValue()).isFalse();
      assertThat(d.get("year").isNull()).isTrue();
      assertThat(d.get("shortfall").doubleValue()).isZero();
      assertThat(d.get("yearsInDefault").asInt()).isZero();
    }
  }

  @Test
  void treeAndStringAgree() throws IOException {
    JsonNode fromString = parse(RESULT);
    JsonNode fromTree = STRICT.readTree(ResultJson.toTree(RESULT).toString());
    Comparator<JsonNode> sameValue =
        (a, b) ->
            a.isNumber() && b.isNumber()
                ? Double.compare(a.doubleValue(), b.doubleValue())
                : a.equals(b) ? 0 : 1;
    assertThat(fromString.equals(sameValue, fromTree)).isTrue();
    assertThat(ResultJson.toJson(RESULT)).startsWith("{\n  \"formatVersion\": 1,").endsWith("}\n");
  }

  @Test
  void writesEveryComponentOfTheResultRecords() throws IOException {
    JsonNode root = parse(RESULT);
    // Where each DealResult component goes.
    Map<String, JsonNode> top =
        Map.ofEntries(
            Map.entry("dealName", root.get("deal").get("name")),
            Map.entry("companyName", root.get("deal").get("company")),
            Map.entry("baseYear", root.get("deal").get("baseYear")),
            Map.entry("exitYearIndex", root.get("deal").get("exitYearIndex")),
            Map.entry("sourcesAndUses", root.get("sourcesAndUses")),
            Map.entry("years", root.get("years")),
            Map.entry("debt", root.get("debtSchedules")),
            Map.entry("exit", root.get("exit")),
            Map.entry("returns", root.get("returns")),
            Map.entry("equityReturns", root.get("equityReturns")),
            Map.entry("valueBridge", root.get("valueBridge")),
            Map.entry("paymentDefault", root.get("paymentDefault")),
            Map.entry("interestIterations", root.get("interestIterations")));
    for (RecordComponent c : DealResult.class.getRecordComponents()) {
      // the fixture is built by hand, without a balance sheet: an engine's run writes it
      // (writesTheBalanceSheetOfARunAfterTheDebtSchedules)
      if (!c.getName().equals("balanceSheet")) {
        assertThat(top.get(c.getName())).as("DealResult." + c.getName()).isNotNull();
      }
    }
    assertThat(root.has("balanceSheet")).as("a hand-built result has no balance sheet").isFalse();
    assertHasComponents(SourcesAndUses.class, root.get("sourcesAndUses"));
    assertHasComponents(SourcesAndUses.Line.class, root.get("sourcesAndUses").get("uses").get(0));
    // a tranche drawn at closing writes no drawn* fields (aRecapWritesItsDrawAndItsRows)
    for (RecordComponent c : TrancheSchedule.class.getRecordComponents()) {
      assertThat(root.get("debtSchedules").get(0).has(c.getName())
          || c.getName().startsWith("drawn")).as("TrancheSchedule." + c.getName()).isTrue();
    }
    // a deal without a ratchet writes no `exit.ratchet` (theRatchetIsWrittenOnlyWhenTheDealHasOne)
    for (RecordComponent c : ExitResult.class.getRecordComponents()) {
      assertThat(root.get("exit").has(c.getName()) || c.getName().equals("ratchet"))
          .as("ExitResult." + c.getName()).isTrue();
    }
    assertHasComponents(ExitResult.WaterfallLine.class, root.get("exit").get("waterfall").get(0));
    assertHasComponents(ValueBridge.class, root.get("valueBridge"));
    assertHasComponents(DefaultEvent.class, root.get("paymentDefault"));
    JsonNode equity = root.get("equityReturns");
    // EquityReturns is worked out when asked (not a record): its three parts
    assertThat(equity.has("instruments") && equity.has("blended") && equity.has("envyRatio"))
        .as(EquityReturns.class.getSimpleName()).isTrue();
    JsonNode instrument = equity.get("instruments").get(0);
    // a deal without a share premium writes no returnOfContributions (aSharePremiumWritesItsRows)
    for (RecordComponent c : InstrumentReturn.class.getRecordComponents()) {
      assertThat(instrument.has(c.getName()) || c.getName().equals("returnOfContributions"))
          .as("InstrumentReturn." + c.getName()).isTrue();
    }
    // and the IRR, solved when asked
    assertThat(instrument.has("irr") && instrument.has("irrNote")).isTrue();
    assertHasComponents(EnvyRatio.class, equity.get("envyRatio"));
    JsonNode fund = root.get("returns").get("fund");
    for (RecordComponent c : PartyReturn.class.getRecordComponents()) {
      if (!c.getName().equals("party")) { // the key
        assertThat(fund.has(c.getName())).as("PartyReturn." + c.getName()).isTrue();
      }
    }
  }

  /**
   * The management ratchet (methodology §7.1): the factory example with a ratchet writes
   * `exit.ratchet` with every component of {@link org.reprise.engine.RatchetOutcome}, in the
   * record's order, and `equityReturns.envyRatioAfterRatchet` with the envy ratio's fields; as
   * written, without a ratchet, neither (the run's JSON unchanged). Both are documented.
   */
  @Test
  void theRatchetIsWrittenOnlyWhenTheDealHasOne() throws IOException {
    String yaml = Files.readString(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"),
        StandardCharsets.UTF_8);
    String anchor = "  distributions: 0\n";
    assertThat(yaml).contains(anchor);
    org.reprise.model.Deal plain = org.reprise.io.DealReader.parse(yaml, "lbo.yaml");
    JsonNode without = STRICT.readTree(ResultJson.toJson(plain,
        org.reprise.engine.LboEngine.DEFAULT.run(plain)));
    assertThat(without.get("exit").has("ratchet")).isFalse();
    assertThat(without.get("equityReturns").has("envyRatioAfterRatchet")).isFalse();
    org.reprise.model.Deal deal = org.reprise.io.DealReader.parse(yaml.replace(anchor, anchor
        + "  ratchet: {beneficiary: management, test: multiple, tiers: [{atLeast: 1.5,"
        + " ownership: \"20%\"}, {atLeast: 1.6, ownership: \"25%\"}]}\n"), "ratchet.yaml");
    JsonNode d = STRICT.readTree(ResultJson.toJson(deal,
        org.reprise.engine.LboEngine.DEFAULT.run(deal)));
    JsonNode r = d.get("exit").get("ratchet");
    List<String> components = new ArrayList<>();
    for (RecordComponent c : org.reprise.engine.RatchetOutcome.class.getRecordComponents()) {
      components.add(c.getName());
    }
    assertThat(fieldNames(r)).containsExactlyElementsOf(components);
    // the factory's fund makes 1.64× without: tier 2 (1.6×) capped, the fund at 1.6× exactly
    assertThat(r.get("test").asText()).isEqualTo("multiple");
    assertThat(r.get("tier").asInt()).isEqualTo(2);
    assertThat(r.get("capped").asBoolean()).isTrue();
    assertThat(r.get("investor").asText()).isEqualTo("fund");
    assertThat(r.get("investorAfter").doubleValue()).isCloseTo(1.6, within(1e-12));
    assertThat(d.get("returns").get("fund").get("moic").doubleValue())
        .isCloseTo(1.6, within(1e-12));
    assertThat(r.get("moved").doubleValue()).isCloseTo(r.get("ordinaryProceeds").doubleValue()
        * (r.get("shareAfter").doubleValue() - r.get("shareBefore").doubleValue()), within(1e-6));
    JsonNode after = d.get("equityReturns").get("envyRatioAfterRatchet");
    assertThat(fieldNames(after))
        .containsExactlyElementsOf(fieldNames(d.get("equityReturns").get("envyRatio")));
    assertThat(after.get("managementShare").doubleValue())
        .isCloseTo(r.get("shareAfter").doubleValue(), within(1e-12));
    String doc = Files.readString(Path.of("..", "docs", "json-output.md"), StandardCharsets.UTF_8);
    for (String name : components) {
      assertThat(doc).as("json-output.md documents `%s`", name).contains("`" + name + "`");
    }
    assertThat(doc).contains("`envyRatioAfterRatchet`", "| `ratchet` | object |");
  }

  private static void assertHasComponents(Class<? extends Record> type, JsonNode node) {
    for (RecordComponent c : type.getRecordComponents()) {
      assertThat(node.has(c.getName())).as(type.getSimpleName() + "." + c.getName()).isTrue();
    }
  }

  /**
   * The deal's warnings (review 13, finding 5): the factory with its base year's participation
   * reserve left out has one, with the key path and the message reprise validate prints; as
   * written it has none (an empty list). Their fields are documented too.
   */
  @Test
  void theRunDocumentCarriesTheDealsWarnings() throws IOException {
    String yaml = Files.readString(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"),
        StandardCharsets.UTF_8);
    String reserve = "  baseYearReserve: 430000 ";
    assertThat(yaml).contains(reserve);
    org.reprise.model.Deal missing = org.reprise.io.DealReader.parse(
        yaml.replace(reserve, "  applies: true "), "missing.yaml");
    JsonNode d = STRICT.readTree(ResultJson.toJson(missing,
        org.reprise.engine.LboEngine.DEFAULT.run(missing)));
    // after the warning on the price of the management's ordinary shares (review 25, F2)
    assertThat(d.get("warnings")).hasSize(2);
    assertThat(d.get("warnings").get(1).get("path").asText())
        .isEqualTo("participation.baseYearReserve");
    assertThat(d.get("warnings").get(1).get("message").asText())
        .startsWith("not given, so 0 is assumed");
    // the last field stays the convergence diagnostic
    List<String> names = new ArrayList<>();
    d.fieldNames().forEachRemaining(names::add);
    assertThat(names.get(names.size() - 1)).isEqualTo("interestIterations");
    org.reprise.model.Deal given = org.reprise.io.DealReader.parse(yaml, "lbo.yaml");
    JsonNode asWritten = STRICT.readTree(ResultJson.toJson(given,
        org.reprise.engine.LboEngine.DEFAULT.run(given))).get("warnings");
    assertThat(asWritten).hasSize(1);
    assertThat(asWritten.get(0).get("path").asText()).isEqualTo("financing.equity[1].amount");
    assertThat(asWritten.get(0).get("message").asText())
        .startsWith("\"Management ordinary shares\" pays 28,000 per point (1%) of the ordinary"
            + " equity, 37% less than the 44,471 of \"Fund ordinary shares\"");
    assertThat(Files.readString(Path.of("..", "docs", "json-output.md"), StandardCharsets.UTF_8))
        .contains("| `warnings` | array |", "{ \"path\": \"participation.baseYearReserve\","
            + " \"message\":");
  }

  /**
   * A cash sweep stepping down with leverage (methodology §5.5) adds each year's applied share and
   * tested ratio after {@code sweepBase}; a single share adds neither.
   */
  @Test
  void aSteppedSweepWritesItsShareAndRatioAfterTheBase() throws IOException {
    String flat = Files.readString(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"),
        StandardCharsets.UTF_8);
    String line = "  cashSweep: \"50%\"";
    assertThat(flat).contains(line);
    String yaml = flat.replace(line, "  cashSweep: [{share: \"75%\", leverageAbove: 3.5},"
        + " {share: \"50%\", leverageAbove: 2.5}, {share: 0}]\n  sweepLeverage: total\n #");
    org.reprise.model.Deal deal = org.reprise.io.DealReader.parse(yaml, "stepped.yaml");
    DealResult r = org.reprise.engine.LboEngine.DEFAULT.run(deal);
    JsonNode years = STRICT.readTree(ResultJson.toJson(deal, r)).get("years");
    for (int t = 0; t < years.size(); t++) {
      List<String> names = fieldNames(years.get(t));
      int base = names.indexOf("sweepBase");
      assertThat(names.subList(base, base + 3))
          .containsExactly("sweepBase", "sweepShare", "sweepLeverage");
      assertThat(years.get(t).get("sweepShare").doubleValue())
          .isEqualTo(r.years().sweepShare()[t]);
      assertThat(years.get(t).get("sweepLeverage").doubleValue())
          .isEqualTo(r.years().sweepLeverage()[t]);
    }
    // the factory's total net leverage, 4.34× in 2026 and 3.39× in 2029: 75 %, then 50 %
    assertThat(years.get(0).get("sweepShare").doubleValue()).isEqualTo(0.75);
    assertThat(years.get(3).get("sweepShare").doubleValue()).isEqualTo(0.5);
    org.reprise.model.Deal plain = org.reprise.io.DealReader.parse(flat, "flat.yaml");
    JsonNode flatYears = STRICT.readTree(ResultJson.toJson(plain,
        org.reprise.engine.LboEngine.DEFAULT.run(plain))).get("years");
    assertThat(fieldNames(flatYears.get(0))).doesNotContain("sweepShare", "sweepLeverage");
  }

  /**
   * A dividend recapitalisation (methodology §5.13): the recap example writes, in each year after
   * {@code distributionsLockedUp}, the amounts borrowed, the fees, what was paid (of which to the
   * shareholder loans), what was kept and whether a draw was refused; its tranche's schedule
   * writes its draw year, amount and fee; the factory without it writes none of these, and every
   * field is documented.
   */
  @Test
  void aRecapWritesItsDrawAndItsRows() throws IOException {
    org.reprise.model.Deal deal =
        org.reprise.io.DealReader.read(Path.of("..", "examples", "decolletage-recap.yaml"));
    DealResult r = org.reprise.engine.LboEngine.DEFAULT.run(deal);
    JsonNode root = STRICT.readTree(ResultJson.toJson(deal, r));
    List<String> recapKeys = List.of("recapBorrowed", "recapFees", "recapPaid",
        "recapShareholderLoans", "recapKept", "recapRefused", "recapRefusedReason",
        "recapProFormaLeverage", "recapMaxLeverage", "recapTargetLeverage", "recapCapped");
    JsonNode years = root.get("years");
    for (int t = 0; t < years.size(); t++) {
      List<String> names = fieldNames(years.get(t));
      int after = names.indexOf("distributionsLockedUp");
      assertThat(names.subList(after + 1, after + 1 + recapKeys.size()))
          .containsExactlyElementsOf(recapKeys);
      if (t != 3) {
        // no draw due: no test, no ratio
        assertThat(years.get(t).get("recapProFormaLeverage").isNull()).isTrue();
        assertThat(years.get(t).get("recapMaxLeverage").isNull()).isTrue();
      }
    }
    JsonNode y2029 = years.get(3);
    assertThat(y2029.get("recapBorrowed").doubleValue()).isEqualTo(1_500_000.0);
    assertThat(y2029.get("recapFees").doubleValue()).isEqualTo(30_000.0);
    assertThat(y2029.get("recapPaid").doubleValue()).isEqualTo(r.years().recap().paid[3]);
    assertThat(y2029.get("recapRefused").booleanValue()).isFalse();
    // the lenders' test of 2029 (drawMaxNetLeverage 4.0): (net debt at the end of 2028 + 1.5 M€)
    // / EBITDA of 2028, the run's own year table
    org.reprise.engine.YearTable yt = r.years();
    double proForma = (yt.netDebt[2] + 1_500_000.0) / yt.ebitda[2];
    assertThat(y2029.get("recapProFormaLeverage").doubleValue()).isCloseTo(proForma, within(1e-12));
    assertThat(y2029.get("recapProFormaLeverage").doubleValue()).isBetween(3.93, 3.95);
    assertThat(y2029.get("recapMaxLeverage").doubleValue()).isEqualTo(4.0);
    assertThat(y2029.get("recapTargetLeverage").isNull()).isTrue();
    assertThat(y2029.get("recapCapped").booleanValue()).isFalse();
    JsonNode recap = root.get("debtSchedules").get(3);
    assertThat(recap.get("drawnYear").intValue()).isEqualTo(4);
    assertThat(recap.get("drawnAmount").doubleValue()).isEqualTo(1_500_000.0);
    assertThat(recap.get("drawnFee").doubleValue()).isEqualTo(30_000.0);
    assertThat(root.get("debtSchedules").get(1).has("drawnYear")).isFalse();
    org.reprise.model.Deal plain = org.reprise.io.DealReader.read(
        Path.of("..", "examples", "decolletage-secondary-lbo.yaml"));
    JsonNode plainYear = STRICT.readTree(ResultJson.toJson(plain,
        org.reprise.engine.LboEngine.DEFAULT.run(plain))).get("years").get(0);
    assertThat(fieldNames(plainYear)).doesNotContainAnyElementsOf(recapKeys);
    String doc = Files.readString(Path.of("..", "docs", "json-output.md"), StandardCharsets.UTF_8);
    for (String key : List.of("recapBorrowed", "recapFees", "recapPaid", "recapShareholderLoans",
        "recapKept", "recapRefused", "recapRefusedReason", "recapProFormaLeverage",
        "recapMaxLeverage", "recapTargetLeverage", "recapCapped", "drawnYear", "drawnAmount",
        "drawnFee")) {
      assertThat(doc).as("json-output.md documents `%s`", key).contains("`" + key + "`");
    }
  }

  /**
   * A share premium (methodology §5.5): the paper LBO distributing all its cash with a premium of
   * 8 writes, after {@code distributionsCappedByReserves}, the premium at the start of each year,
   * what a recap and the distributions paid out of it, and what is left; the individuals' tax
   * writes each class's return of contributions; the same deal without a premium writes none of
   * these, and every key is documented.
   */
  @Test
  void aSharePremiumWritesItsRows() throws IOException {
    String paper = Files.readString(Path.of("..", "examples", "paper-lbo.yaml"))
        .replace("  cashSweep: \"100%\"\n", "  cashSweep: 0\n  distributions: \"100%\"\n")
        .replace("holder: fund", "holder: alice")
        .replace("conventions:", "personalTax: {holders: [alice]}\n\nconventions:");
    String withPremium = paper.replace("  taxGroup: false\n", "  taxGroup: false\n"
        + "  sharePremium: 8\n");
    assertThat(withPremium).isNotEqualTo(paper);
    org.reprise.model.Deal deal = org.reprise.io.DealReader.parse(withPremium, "paper.yaml");
    DealResult r = org.reprise.engine.LboEngine.DEFAULT.run(deal);
    JsonNode root = STRICT.readTree(ResultJson.toJson(deal, r));
    List<String> keys = List.of(ResultJson.PREMIUM_KEYS);
    JsonNode years = root.get("years");
    for (int t = 0; t < years.size(); t++) {
      List<String> names = fieldNames(years.get(t));
      int after = names.indexOf("distributionsCappedByReserves");
      assertThat(names.subList(after + 1, after + 1 + keys.size())).containsExactlyElementsOf(keys);
    }
    // a push-down opens with no reserves: year 1 pays the premium's 8 (methodology §5.5)
    assertThat(years.get(0).get("sharePremiumAtStart").doubleValue()).isEqualTo(8.0);
    assertThat(years.get(0).get("premiumDistributed").doubleValue()).isEqualTo(8.0);
    assertThat(years.get(0).get("sharePremiumLeft").doubleValue()).isEqualTo(0.0);
    assertThat(years.get(0).get("distributions").doubleValue()).isEqualTo(8.0);
    JsonNode alice = root.get("personalTax").get("classes").get(0);
    assertThat(alice.get("returnOfContributions").doubleValue()).isEqualTo(8.0);
    JsonNode shares = root.get("equityReturns").get("instruments").get(0);
    assertThat(shares.get("returnOfContributions").get(1).doubleValue()).isEqualTo(8.0);
    org.reprise.model.Deal plain = org.reprise.io.DealReader.parse(paper, "paper.yaml");
    JsonNode plainRoot = STRICT.readTree(ResultJson.toJson(plain,
        org.reprise.engine.LboEngine.DEFAULT.run(plain)));
    assertThat(fieldNames(plainRoot.get("years").get(0))).doesNotContainAnyElementsOf(keys);
    assertThat(fieldNames(plainRoot.get("personalTax").get("classes").get(0)))
        .doesNotContain("returnOfContributions");
    assertThat(fieldNames(plainRoot.get("equityReturns").get("instruments").get(0)))
        .doesNotContain("returnOfContributions");
    String doc = Files.readString(Path.of("..", "docs", "json-output.md"), StandardCharsets.UTF_8);
    for (String key : List.of("sharePremiumAtStart", "premiumPaidByRecap", "premiumDistributed",
        "sharePremiumLeft", "returnOfContributions")) {
      assertThat(doc).as("json-output.md documents `%s`", key).contains("`" + key + "`");
    }
  }

  @Test
  void theDocumentationNamesEveryField() throws IOException {
    Path doc = Path.of("..", "docs", "json-output.md");
    assertThat(doc).exists();
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    collectMissing(parse(RESULT), text, missing);
    assertThat(missing)
        .as(
            "result fields that docs/json-output.md does not document (a column added to the"
                + " engine? add a row for each, in backquotes)")
        .isEmpty();
  }

  private static void collectMissing(JsonNode node, String doc, List<String> missing) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        collectMissing(element, doc, missing);
      }
    } else if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        boolean userKey = name.equals("fund") || name.equals("employees")
            || name.equals(ResultFixtures.SENIOR) || name.equals(ResultFixtures.MEZZ);
        if (!userKey && !doc.contains("`" + name + "`") && !missing.contains(name)) {
          missing.add(name);
        }
        collectMissing(node.get(name), doc, missing);
      }
    }
  }

  /**
   * The fund's returns net of its fees and carry ({@code fundReturns}, docs/json-output.md): only
   * with a {@code fund} section, after {@code equityReturns}, with exactly the documented fields,
   * each the engine's figure; the LPs' and the GP's flows add up to the fund's.
   */
  @Test
  void writesTheFundsNetReturnsOnlyWhenTheFileGivesItsTerms() throws IOException {
    String yaml = Files.readString(Path.of("..", "examples", "paper-lbo.yaml"),
        StandardCharsets.UTF_8);
    org.reprise.model.Deal plain = org.reprise.io.DealReader.parse(yaml, "paper.yaml");
    JsonNode without = STRICT.readTree(ResultJson.toJson(plain,
        org.reprise.engine.LboEngine.DEFAULT.run(plain)));
    assertThat(without.has("fundReturns")).isFalse();
    org.reprise.model.Deal deal = org.reprise.io.DealReader.parse(yaml.replace("conventions:",
        "fund: {managementFee: \"2%\", feeBasis: invested}\nconventions:"), "paper.yaml");
    DealResult r = org.reprise.engine.LboEngine.DEFAULT.run(deal);
    JsonNode d = STRICT.readTree(ResultJson.toJson(deal, r));
    List<String> top = fieldNames(d);
    assertThat(top.get(top.indexOf("equityReturns") + 1)).isEqualTo("fundReturns");
    JsonNode f = d.get("fundReturns");
    assertThat(fieldNames(f)).containsExactly("holder", "terms", "gross", "net", "gp", "drag");
    assertThat(fieldNames(f.get("terms")))
        .containsExactly("managementFee", "feeBasis", "hurdle", "carry", "catchUp");
    assertThat(fieldNames(f.get("gross")))
        .containsExactly("invested", "received", "irr", "irrNote", "moic", "flows");
    assertThat(fieldNames(f.get("net"))).containsExactly(
        "paidIn", "received", "irr", "irrNote", "moic", "preferredReturn", "flows");
    assertThat(fieldNames(f.get("gp"))).containsExactly("managementFees", "carriedInterest",
        "catchUp", "clawback", "total", "fees", "carried", "flows");
    org.reprise.engine.FundWaterfall w = org.reprise.engine.FundWaterfall.of(deal, r);
    assertThat(f.get("holder").asText()).isEqualTo("fund");
    assertThat(f.get("terms").get("feeBasis").asText()).isEqualTo("invested");
    assertThat(f.get("terms").get("carry").doubleValue()).isEqualTo(0.2);
    assertThat(f.get("gross").get("irr").doubleValue()).isEqualTo(r.returnOf("fund").irr());
    assertThat(f.get("net").get("irr").doubleValue()).isEqualTo(w.netIrr());
    assertThat(f.get("net").get("moic").doubleValue()).isEqualTo(w.netMultiple());
    assertThat(f.get("gp").get("managementFees").doubleValue()).isEqualTo(w.totalFees());
    assertThat(f.get("gp").get("carriedInterest").doubleValue()).isEqualTo(w.totalCarry());
    assertThat(f.get("drag").doubleValue()).isEqualTo(w.drag()).isPositive();
    for (int t = 0; t < w.gross().length; t++) {
      assertThat(f.get("net").get("flows").get(t).doubleValue()
          + f.get("gp").get("flows").get(t).doubleValue())
          .isCloseTo(f.get("gross").get("flows").get(t).doubleValue(), within(1e-9));
    }
    String doc = Files.readString(Path.of("..", "docs", "json-output.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    collectMissing(f, doc, missing);
    assertThat(missing).as("fundReturns fields docs/json-output.md does not name").isEmpty();
    assertThat(doc).contains("| `fundReturns` | object |");
  }

  /**
   * The individuals' tax on their exit gains ({@code personalTax}, docs/json-output.md): only
   * with the section, after {@code equityReturns} (or {@code fundReturns}), with exactly the
   * documented fields, each the engine's figure, the parts adding up to the gain and the tax to
   * the State's take; nothing else in the document moves.
   */
  @Test
  void writesThePersonalTaxOnlyWhenTheFileAsks() throws IOException {
    String yaml = Files.readString(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"),
        StandardCharsets.UTF_8);
    // the example's managers' shares are a package (its personalTax, at 41 % there)
    String taxed = yaml.replace("ownership: \"85%\"", "ownership: \"65%\"")
        .replace("ownership: \"15%\"", "ownership: \"35%\"")
        .replace("salaryRate: \"41%\"", "salaryRate: \"45%\"");
    assertThat(taxed).contains("managementPackage: true").contains("salaryRate: \"45%\"")
        .contains("ownership: \"35%\"");
    org.reprise.model.Deal deal = org.reprise.io.DealReader.parse(taxed, "factory.yaml");
    DealResult r = org.reprise.engine.LboEngine.DEFAULT.run(deal);
    JsonNode d = STRICT.readTree(ResultJson.toJson(deal, r));
    JsonNode without = STRICT.readTree(ResultJson.toJson(deal.withPersonalTax(null), r));
    assertThat(without.has("personalTax")).isFalse();
    List<String> top = fieldNames(d);
    assertThat(top.get(top.indexOf("equityReturns") + 1)).isEqualTo("personalTax");
    ObjectNode rest = (ObjectNode) d.deepCopy();
    rest.remove("personalTax");
    assertThat(rest).isEqualTo(without);
    JsonNode p = d.get("personalTax");
    assertThat(fieldNames(p)).containsExactly("terms", "performanceRatio", "holdingYears",
        "classes", "totalGain", "totalCapitalGainsTax", "totalSalaryTax", "stateTake");
    assertThat(fieldNames(p.get("terms"))).containsExactly("holders", "managementPackages",
        "capitalGainsRate", "salaryRate", "salaryContribution");
    assertThat(p.get("classes")).hasSize(1);
    JsonNode c = p.get("classes").get(0);
    assertThat(fieldNames(c)).containsExactly("name", "holder", "managementPackage", "invested",
        "received", "dividends", "gain", "exitGain", "ceiling", "capitalGain", "salary",
        "capitalGainsTax", "dividendTax", "salaryTax", "salaryContribution", "lossOffset", "tax",
        "netGain",
        "netReceived", "grossMultiple", "netMultiple", "grossIrr", "netIrr", "netIrrNote",
        "netFlows");
    org.reprise.engine.ExitGainsTax t = org.reprise.engine.ExitGainsTax.of(deal, r);
    org.reprise.engine.ExitGainsTax.ClassTax k = t.classes().get(0);
    assertThat(c.get("name").asText()).isEqualTo("Management ordinary shares");
    assertThat(c.get("managementPackage").booleanValue()).isTrue();
    assertThat(p.get("terms").get("capitalGainsRate").doubleValue()).isEqualTo(0.314);
    assertThat(p.get("performanceRatio").doubleValue())
        .isCloseTo(r.equityReturns().blended().moic(), within(1e-6));
    assertThat(p.get("holdingYears").intValue()).isEqualTo(5);
    // the factory with its managers at 35 %: 1,683.7 k€ of capital gain, 554.7 k€ of salary
    assertThat(c.get("capitalGain").doubleValue()).isCloseTo(1_683_700, within(100.0));
    assertThat(c.get("salary").doubleValue()).isCloseTo(554_700, within(100.0));
    assertThat(c.get("capitalGain").doubleValue() + c.get("salary").doubleValue())
        .isCloseTo(c.get("gain").doubleValue(), within(0.01));
    assertThat(c.get("tax").doubleValue()).isCloseTo(k.tax(), within(0.01));
    assertThat(p.get("stateTake").doubleValue()).isCloseTo(t.totalTax(), within(0.01))
        .isCloseTo(c.get("tax").doubleValue(), within(0.01));
    assertThat(c.get("netIrr").doubleValue()).isCloseTo(k.netIrr(), within(1e-4));
    assertThat(c.get("netFlows")).hasSize(6);
    String doc = Files.readString(Path.of("..", "docs", "json-output.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    collectMissing(p, doc, missing);
    assertThat(missing).as("personalTax fields docs/json-output.md does not name").isEmpty();
    assertThat(doc).contains("| `personalTax` | object |");
  }

  /**
   * The consolidated balance sheet (methodology §5.12) of an engine's run: after {@code
   * debtSchedules}, with exactly the documented fields in their order, one column for the closing
   * and one per projected year, each line the engine's figure, the check zero to 1e-9 of the
   * total assets, every field named in docs/json-output.md.
   */
  @Test
  void writesTheBalanceSheetOfARunAfterTheDebtSchedules() throws IOException {
    org.reprise.model.Deal deal = org.reprise.io.DealReader.read(
        Path.of("..", "examples", "decolletage-secondary-lbo.yaml"));
    DealResult r = org.reprise.engine.LboEngine.DEFAULT.run(deal);
    JsonNode d = STRICT.readTree(ResultJson.toJson(deal, r));
    List<String> top = fieldNames(d);
    assertThat(top.get(top.indexOf("debtSchedules") + 1)).isEqualTo("balanceSheet");
    JsonNode b = d.get("balanceSheet");
    assertThat(fieldNames(b)).containsExactly("years", "assets", "liabilities", "equity", "check");
    assertThat(fieldNames(b.get("assets"))).containsExactly("goodwill", "fixedAssets",
        "workingCapital", "cash", "deferredFinancingFees", "hedgePremiums", "total");
    assertThat(fieldNames(b.get("liabilities"))).containsExactly("debt", "shareholderLoans",
        "blockedAccounts", "participationPayable", "workSharePayable", "interestOnSharesPayable",
        "total");
    assertThat(fieldNames(b.get("equity")))
        .containsExactly("capital", "retainedEarnings", "total");
    org.reprise.engine.BalanceSheet sheet = r.balanceSheet();
    int columns = r.years().size() + 1;
    assertThat(b.get("years")).hasSize(columns);
    assertThat(b.get("years").get(0).asInt()).isEqualTo(2025);
    assertThat(b.get("years").get(1).asInt()).isEqualTo(r.years().year[0]);
    assertThat(b.get("liabilities").get("debt")).hasSize(r.debt().size());
    for (int i = 0; i < r.debt().size(); i++) {
      JsonNode line = b.get("liabilities").get("debt").get(i);
      assertThat(fieldNames(line)).containsExactly("name", "amounts");
      assertThat(line.get("name").asText()).isEqualTo(r.debt().get(i).name());
      assertThat(line.get("amounts").get(0).doubleValue())
          .isEqualTo(r.debt().get(i).initialAmount());
      assertThat(line.get("amounts").get(columns - 1).doubleValue())
          .isEqualTo(r.debt().get(i).closing()[columns - 2]);
    }
    assertThat(b.get("liabilities").get("shareholderLoans").get(0).get("name").asText())
        .isEqualTo("Fund shareholder loan");
    double[] assets = sheet.totalAssets();
    for (int c = 0; c < columns; c++) {
      assertThat(b.get("assets").get("goodwill").get(c).doubleValue())
          .isEqualTo(sheet.goodwill()[c]);
      assertThat(b.get("assets").get("cash").get(c).doubleValue()).isEqualTo(sheet.cash()[c]);
      assertThat(b.get("assets").get("total").get(c).doubleValue()).isEqualTo(assets[c]);
      assertThat(b.get("liabilities").get("total").get(c).doubleValue())
          .isEqualTo(sheet.totalLiabilities()[c]);
      assertThat(b.get("equity").get("total").get(c).doubleValue())
          .isEqualTo(sheet.equity()[c]);
      double total = b.get("assets").get("total").get(c).doubleValue();
      assertThat(b.get("check").get(c).doubleValue()).isCloseTo(total
          - b.get("liabilities").get("total").get(c).doubleValue()
          - b.get("equity").get("total").get(c).doubleValue(), within(1e-6))
          .isCloseTo(0.0, within(1e-9 * total));
    }
    String doc = Files.readString(Path.of("..", "docs", "json-output.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    collectMissing(b, doc, missing);
    assertThat(missing).as("balanceSheet fields docs/json-output.md does not name").isEmpty();
    assertThat(doc).contains("| `balanceSheet` | object |", "## `balanceSheet`");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
