package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.reprise.io.RiskReader;
import org.reprise.io.ScenarioReader;
import org.reprise.sim.SimulationResult;
import org.reprise.sim.Simulator;

/**
 * A dividend recapitalisation sized to a target net leverage ({@code amount: {upToNetLeverage: L,
 * maxAmount: A}}, docs/deal-format.md, methodology §5.13) through the routes the page uses: the
 * form survives the trip file → JSON tree → file and a save, the reader's errors on it name the
 * key the page puts them under, in English and French, and a simulation job counts the paths with
 * no room under the target only for such a recap.
 */
class RecapAmountRoutesTest extends ServerTest {

  /** The recap example: its 1.5 M€ recap (debt[3]) drawn in 2029 under a test of 4.0×. */
  private static final String RECAP = Fixtures.read(
      Fixtures.EXAMPLES.resolve("decolletage-recap.yaml"));

  private static final String AMOUNT = "financing.debt[3].amount";

  /** @return the recap example with the recap's amount written as {@code amount} */
  private static String withAmount(String amount) {
    String yaml = RECAP.replaceFirst("amount: 1500000\\n", "amount: " + amount + "\n");
    assertThat(yaml).isNotEqualTo(RECAP);
    return yaml;
  }

  /** @return the recap example's tree with the recap's amount replaced by {@code amount} */
  private static ObjectNode treeWith(JsonNode amount) {
    ObjectNode tree = Trees.parse(RECAP, true);
    ((ObjectNode) tree.at("/financing/debt/3")).set("amount", amount);
    return tree;
  }

  private static ObjectNode sized(double level, Double cap) {
    ObjectNode a = Trees.JSON.createObjectNode();
    a.put("upToNetLeverage", level);
    if (cap != null) {
      a.put("maxAmount", cap);
    }
    return a;
  }

  /**
   * The file's sized form reads into the page's tree as the mapping, the tree writes back to a
   * file with the same mapping, and both run to the same result as the file: at 3.9× capped at
   * 2 M€, 3.9 × 6,022,564.56 − 22,228,344.37 = 1,259,657.41 (under the cap) drawn in 2029, the
   * ratio reached the target (the run's recapTargetLeverage, recapProFormaLeverage).
   */
  @Test
  void theSizedFormSurvivesTheTreeAndTheFile() {
    String yaml = withAmount("{upToNetLeverage: 3.9, maxAmount: 2000000}");
    Http.Response tree = http.postYaml("/api/tree", yaml);
    assertThat(tree.status()).as(tree.body()).isEqualTo(200);
    JsonNode amount = tree.json().at("/financing/debt/3/amount");
    assertThat(amount.isObject()).isTrue();
    assertThat(amount.fieldNames()).toIterable().containsExactly("upToNetLeverage", "maxAmount");
    assertThat(amount.get("upToNetLeverage").doubleValue()).isEqualTo(3.9);
    assertThat(amount.get("maxAmount").doubleValue()).isEqualTo(2_000_000);

    Http.Response written = http.postJson("/api/yaml", tree.body());
    assertThat(written.status()).isEqualTo(200);
    JsonNode reread = Trees.parse(written.body(), true).at("/financing/debt/3/amount");
    assertThat(reread).isEqualTo(amount);

    String fromFile = http.postYaml("/api/run", yaml).body();
    assertThat(http.postJson("/api/run", tree.body()).body()).isEqualTo(fromFile);
    assertThat(http.postYaml("/api/run", written.body()).body()).isEqualTo(fromFile);
    JsonNode y2029 = http.postYaml("/api/run", yaml).json().at("/years/3");
    assertThat(y2029.get("year").intValue()).isEqualTo(2029);
    assertThat(y2029.get("recapBorrowed").doubleValue()).isCloseTo(1_259_657.41, within(0.01));
    assertThat(y2029.get("recapTargetLeverage").doubleValue()).isEqualTo(3.9);
    assertThat(y2029.get("recapProFormaLeverage").doubleValue()).isCloseTo(3.9, within(1e-9));
    assertThat(y2029.get("recapCapped").booleanValue()).isFalse();
  }

  /**
   * A deal saved from the page's tree keeps the sized form, and one edited (the target moved,
   * the cap removed) keeps the edit: the saved file's amount is the tree's.
   */
  @Test
  void aSavedDealKeepsTheSizedForm() {
    ObjectNode body = Trees.JSON.createObjectNode();
    body.put("name", "Sized recap");
    body.set("deal", treeWith(sized(3.5, 1_000_000.0)));
    Http.Response created = http.postJson("/api/deals", Trees.toJson(body));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").longValue();
    JsonNode opened = http.get("/api/deals/" + id).json();
    assertThat(opened.at("/deal/financing/debt/3/amount")).isEqualTo(sized(3.5, 1_000_000.0));
    assertThat(opened.get("yaml").asText()).contains("upToNetLeverage: 3.5")
        .contains("maxAmount: 1000000");

    ObjectNode edited = Trees.JSON.createObjectNode();
    edited.put("name", "Sized recap");
    edited.put("version", 1);
    edited.set("deal", treeWith(sized(3.75, null)));
    Http.Response saved = http.put("/api/deals/" + id, "application/json", Trees.toJson(edited));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    String yaml = http.get("/api/deals/" + id + "/yaml").body();
    assertThat(Trees.parse(yaml, true).at("/financing/debt/3/amount"))
        .isEqualTo(sized(3.75, null));
    assertThat(yaml).doesNotContain("maxAmount");
  }

  /**
   * The reader's errors on the sized form carry the key path of the field the page shows, and a
   * French text: a target above the lenders' test of 4.0×, a target of 0, a cap of 0, and the
   * form beside a multiple of EBITDA (on the mapping itself).
   */
  @Test
  void theSizedFormsErrorsNameTheirKeyInEnglishAndFrench() {
    ObjectNode both = sized(4.0, null);
    both.put("timesEbitda", 1.0);
    Object[][] cases = {
      {sized(4.5, null), AMOUNT + ".upToNetLeverage",
          "expected a net leverage at most the lenders' test, drawMaxNetLeverage: 4",
          "un levier net au plus égal au test des prêteurs"},
      {sized(0, null), AMOUNT + ".upToNetLeverage", "expected a net leverage above 0",
          "un levier net au-dessus de 0"},
      {sized(3.0, 0.0), AMOUNT + ".maxAmount", "expected an amount greater than 0",
          "un montant supérieur à 0"},
      {both, AMOUNT, "give only one of", "donnez une seule de ces clés"},
    };
    for (Object[] c : cases) {
      String deal = Trees.toJson(treeWith((JsonNode) c[0]));
      Http.Response en = http.postJson("/api/run", deal);
      assertThat(en.status()).as(en.body()).isEqualTo(400);
      assertThat(en.json().at("/error/path").asText()).as(en.body()).isEqualTo(c[1]);
      assertThat(en.json().at("/error/message").asText()).as(en.body()).contains((String) c[2]);
      Http.Response fr = http.postJson("/api/run", deal, "Accept-Language", "fr");
      assertThat(fr.json().at("/error/path").asText()).isEqualTo(c[1]);
      assertThat(fr.json().at("/error/localizedMessage").asText()).as(fr.body())
          .contains((String) c[3]).isNotEqualTo(fr.json().at("/error/message").asText());
    }
  }

  /**
   * A job on the recap example sized to 3.9× gives the simulator's share of the paths with no room
   * under the target, beside its drawn and refused shares; with one recap a path draws it, is
   * refused it or finds no room, so the three add up to 1. The example's fixed 1.5 M€ has no
   * target: the share is null there, not 0 %, as reprise simulate's text leaves its line out.
   */
  @Test
  void aJobCountsThePathsWithNoRoomOnlyForASizedRecap() throws Exception {
    String yaml = withAmount("{upToNetLeverage: 3.9, maxAmount: 2000000}");
    String id = http.postYaml("/api/simulate?paths=400&seed=3", yaml).json().get("id").asText();
    JsonNode s = SimulationRoutesTest.await(id, new ArrayList<>()).at("/result/scenarios/0");
    SimulationResult expected = Simulator.DEFAULT.run(
        ScenarioReader.parseAll(yaml, "deal.yaml").scenarios().get(0).deal(),
        RiskReader.parse(yaml, "deal.yaml").model(), 400, 3, 1, null, null);
    double noRoom = s.get("recapNoRoomProbability").asDouble();
    assertThat(noRoom).isEqualTo(expected.recapNoRoomProbability()).isStrictlyBetween(0.0, 1.0);
    assertThat(s.get("recapDrawnProbability").asDouble() + s.get("recapRefusedProbability")
        .asDouble() + noRoom).isCloseTo(1.0, within(1e-12));

    String fixed = http.postYaml("/api/simulate?paths=50&seed=3", RECAP).json().get("id")
        .asText();
    JsonNode f = SimulationRoutesTest.await(fixed, new ArrayList<>()).at("/result/scenarios/0");
    assertThat(f.get("recapDrawnProbability").isNull()).isFalse();
    assertThat(f.has("recapNoRoomProbability")).isTrue();
    assertThat(f.get("recapNoRoomProbability").isNull()).isTrue();
    String plain = http.postYaml("/api/simulate?paths=50&seed=3", Fixtures.factoryYaml()).json()
        .get("id").asText();
    JsonNode none = SimulationRoutesTest.await(plain, new ArrayList<>()).at("/result/scenarios/0");
    assertThat(none.get("recapNoRoomProbability").isNull()).isTrue();
  }
}
