package org.reprise.io.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reprise.engine.CreditDetail;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.WhoPays;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/**
 * The figures the JSON output of {@code reprise run} gives with the deal's terms ({@link
 * CreditJson}), on the bundled secondary LBO, worked by hand from the deal file.
 */
class CreditJsonTest {

  private static final JsonMapper STRICT =
      JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private static final Deal DEAL =
      DealReader.read(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"));
  private static final DealResult RESULT = LboEngine.DEFAULT.run(DEAL);

  private static JsonNode full() throws IOException {
    return STRICT.readTree(ResultJson.toJson(RESULT, WhoPays.of(DEAL, RESULT),
        CreditDetail.of(DEAL, RESULT)));
  }

  @Test
  void theDealsTermsAddOnlyDocumentedFieldsAndChangeNothingElse() throws IOException {
    JsonNode full = full();
    JsonNode plain = STRICT.readTree(ResultJson.toJson(RESULT, WhoPays.of(DEAL, RESULT)));
    Set<String> added = new LinkedHashSet<>(names(full));
    added.removeAll(names(plain));
    // (creditAtClosing's debt, grossLeverage and netLeverage are names the document has already)
    assertThat(added).containsExactlyInAnyOrder("interestBasis", "creditAtClosing",
        "seniorDebt", "seniorNetLeverage", "liquidity", "revolverStopped", "seniorNetDebt",
        "maxNetLeverage", "minInterestCover", "minDebtServiceCover", "equityCure", "senior",
        "cashRate", "pikRate");
    String doc = Files.readString(Path.of("..", "docs", "json-output.md"), StandardCharsets.UTF_8);
    for (String name : added) {
      assertThat(doc).as(name).contains("`" + name + "`");
    }
    // every other value is the same, and creditAtClosing comes right after sourcesAndUses
    List<String> top = new ArrayList<>();
    full.fieldNames().forEachRemaining(top::add);
    assertThat(top.indexOf("creditAtClosing")).isEqualTo(top.indexOf("sourcesAndUses") + 1);
    assertThat(full.get("returns")).isEqualTo(plain.get("returns"));
    assertThat(full.at("/years/2/cash")).isEqualTo(plain.at("/years/2/cash"));
  }

  @Test
  void theSecondaryLbosFiguresWorkedFromItsDealFile() throws IOException {
    JsonNode root = full();
    assertThat(root.at("/deal/interestBasis").asText()).isEqualTo("average");
    // at closing: term loans A 8,100 + B 10,800, mezzanine 5,400, vendor loan 3,000, revolver
    // undrawn = 27,300 k€; cash 2,000 k€; base-year EBITDA 5,400 k€: 27,300 / 5,400 = 5.06×,
    // 25,300 / 5,400 = 4.69×; senior (revolver and term loans) (18,900 − 2,000) / 5,400 = 3.13×;
    // liquidity 2,000 + the revolver's 3,000 = 5,000 k€
    JsonNode c = root.get("creditAtClosing");
    assertThat(c.get("debt").doubleValue()).isCloseTo(27_300_000.0, within(1e-6));
    assertThat(c.get("grossLeverage").doubleValue()).isCloseTo(27_300.0 / 5_400.0, within(1e-9));
    assertThat(c.get("netLeverage").doubleValue()).isCloseTo(25_300.0 / 5_400.0, within(1e-9));
    assertThat(c.get("seniorDebt").doubleValue()).isCloseTo(18_900_000.0, within(1e-6));
    assertThat(c.get("seniorNetLeverage").doubleValue())
        .isCloseTo(16_900.0 / 5_400.0, within(1e-9));
    assertThat(c.get("liquidity").doubleValue()).isCloseTo(5_000_000.0, within(1e-6));
    // the revolver, term loans A and B are senior; the mezzanine (PIK, not swept) and the
    // vendor loan are not
    JsonNode s = root.get("debtSchedules");
    boolean[] senior = {true, true, true, false, false};
    for (int i = 0; i < senior.length; i++) {
      assertThat(s.get(i).get("senior").booleanValue()).as(s.get(i).get("name").asText())
          .isEqualTo(senior[i]);
    }
    // term loan A in 2026: Euribor 2.10 % + margin 3.25 % = 5.35 %, on the average balance
    // (8,100 + 6,750) / 2 = 7,425 k€: 397.2 k€ (the review's figure)
    JsonNode a = s.get(1);
    assertThat(a.get("cashRate").get(0).doubleValue()).isCloseTo(0.0535, within(1e-12));
    double average = (a.get("opening").get(0).doubleValue()
        + a.get("closing").get(0).doubleValue()) / 2.0;
    assertThat(average).isCloseTo(7_425_000.0, within(1e-6));
    assertThat(a.get("cashInterest").get(0).doubleValue())
        .isCloseTo(0.0535 * 7_425_000.0, within(1e-6));
    // the mezzanine: 6 % cash, 5 % PIK
    assertThat(s.get(3).get("cashRate").get(4).doubleValue()).isCloseTo(0.06, within(1e-12));
    assertThat(s.get(3).get("pikRate").get(0).doubleValue()).isCloseTo(0.05, within(1e-12));
    JsonNode years = root.get("years");
    // covenants: net leverage at most 5.5, 5.0, 4.5, 4.0, 3.5; interest cover 2.5; DSCR 1.0
    double[] max = {5.5, 5.0, 4.5, 4.0, 3.5};
    for (int t = 0; t < 5; t++) {
      JsonNode y = years.get(t);
      assertThat(y.get("maxNetLeverage").doubleValue()).isEqualTo(max[t]);
      assertThat(y.get("minInterestCover").doubleValue()).isEqualTo(2.5);
      assertThat(y.get("minDebtServiceCover").doubleValue()).isEqualTo(1.0);
      // liquidity = cash + 3,000 k€ − the revolver's balance; senior net debt = revolver + A +
      // B − cash, over EBITDA
      double revolver = s.get(0).get("closing").get(t).doubleValue();
      double cash = y.get("cash").doubleValue();
      assertThat(y.get("liquidity").doubleValue())
          .isCloseTo(cash + 3_000_000.0 - revolver, within(1e-6));
      double seniorDebt = revolver + s.get(1).get("closing").get(t).doubleValue()
          + s.get(2).get("closing").get(t).doubleValue();
      assertThat(y.get("seniorDebt").doubleValue()).isCloseTo(seniorDebt, within(1e-6));
      assertThat(y.get("seniorNetDebt").doubleValue()).isCloseTo(seniorDebt - cash, within(1e-6));
      assertThat(y.get("seniorNetLeverage").doubleValue())
          .isCloseTo((seniorDebt - cash) / y.get("ebitda").doubleValue(), within(1e-12));
      assertThat(y.get("seniorNetLeverage").doubleValue())
          .isLessThan(y.get("netLeverage").doubleValue());
    }
  }

  /** @return every field name of the tree, at any depth, tranche and party names included */
  private static Set<String> names(JsonNode node) {
    Set<String> out = new LinkedHashSet<>();
    if (node.isArray()) {
      for (JsonNode e : node) {
        out.addAll(names(e));
      }
    } else if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        out.add(name);
        out.addAll(names(node.get(name)));
      }
    }
    return out;
  }
}
