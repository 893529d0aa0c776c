package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reprise.engine.LboEngine;
import org.reprise.io.result.CompareJson;
import org.reprise.io.result.ResultJson;
import org.reprise.io.result.ScenarioSummary;
import org.reprise.model.Deal;

/**
 * The French examples ({@code examples/fr}) are the English examples with French names (review
 * 26, F1): run on both files, every figure of {@code run --json} and {@code compare --json} is the
 * same, number for number, once the names are mapped. A number changed in one file and not in the
 * other, or a scenario, class or tranche added to one only, fails here.
 *
 * <p>The names are mapped by position (the deal's name and source, each equity class's name and
 * holder, each tranche's name and lender, each scenario's name); a party must have one French name
 * wherever it appears. Every other text of the JSON (kinds, roles, statuses, the warnings'
 * English messages around the quoted names) must be equal as it is.
 */
class FrenchExamplesTest {

  private static final Path EN = ExamplesTest.EXAMPLES;
  private static final Path FR = EN.resolve("fr");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The names the French files keep as they are: proper names, and "SCOP" itself. */
  private static final Set<String> PROPER_NAMES = Set.of("Décolletage du Haut-Giffre SAS",
      "SCOP", "SCOP d'amorçage", "Crédit Coopératif", "Socoden", "Scopinvest",
      "Bpifrance / Socoden");

  @Test
  void theFrenchSecondaryLboGivesTheEnglishFigures() {
    Deal en = DealReader.read(EN.resolve("decolletage-secondary-lbo.yaml"));
    Deal fr = DealReader.read(FR.resolve("decolletage-lbo-secondaire.yaml"));
    Map<String, String> names = new LinkedHashMap<>();
    map(names, en, fr);
    assertSameFigures("run --json", run(en), run(fr), names);
  }

  @Test
  void theFrenchScenariosGiveTheEnglishFigures() {
    ScenarioReader.Scenarios en = ScenarioReader.readAll(EN.resolve("decolletage-scenarios.yaml"));
    ScenarioReader.Scenarios fr = ScenarioReader.readAll(FR.resolve("decolletage-scenarios.yaml"));
    assertThat(fr.scenarios()).hasSameSizeAs(en.scenarios());
    Map<String, String> names = new LinkedHashMap<>();
    put(names, en.name(), fr.name());
    List<ScenarioSummary> enSummaries = new ArrayList<>();
    List<ScenarioSummary> frSummaries = new ArrayList<>();
    for (int i = 0; i < en.scenarios().size(); i++) {
      Scenario e = en.scenarios().get(i);
      Scenario f = fr.scenarios().get(i);
      assertThat(f.kind()).as("scenario %s's kind", i).isEqualTo(e.kind());
      put(names, e.name(), f.name());
      map(names, e.deal(), f.deal());
      // each scenario as `run --scenario` gives it
      assertSameFigures("run --json, scenario " + e.name(), run(e.deal()), run(f.deal()), names);
      enSummaries.add(summary(e));
      frSummaries.add(summary(f));
    }
    assertSameFigures("compare --json", CompareJson.toTree(en.name(), enSummaries),
        CompareJson.toTree(fr.name(), frSummaries), names);
    // and the top level of the file, as `reprise run` gives it
    Deal enTop = DealReader.read(EN.resolve("decolletage-scenarios.yaml"));
    Deal frTop = DealReader.read(FR.resolve("decolletage-scenarios.yaml"));
    assertSameFigures("run --json, top level", run(enTop), run(frTop), names);
  }

  /**
   * The test itself fails when a figure differs: one amount of the French file changed (the
   * mezzanine's 6 % cash rate to 6.5 %) is found.
   */
  @Test
  void aFigureChangedInOneFileOnlyIsFound() throws Exception {
    String text = java.nio.file.Files.readString(FR.resolve("decolletage-lbo-secondaire.yaml"));
    String changed = text.replace("rate: \"6%\"                 # intérêts payés en trésorerie",
        "rate: \"6.5%\"");
    assertThat(changed).isNotEqualTo(text);
    Deal en = DealReader.read(EN.resolve("decolletage-secondary-lbo.yaml"));
    Deal fr = DealReader.parse(changed, "fr.yaml");
    Map<String, String> names = new LinkedHashMap<>();
    map(names, en, fr);
    JsonNode translated = translate(run(en), names);
    assertThat(firstDifference("", translated, run(fr), names))
        .startsWith("/years/0/").contains("in English");
  }

  @Test
  void everyNameOfTheFrenchFilesIsFrenchAndTheirSourceSaysTheyAreFictional() {
    Map<String, String> names = new LinkedHashMap<>();
    Deal en = DealReader.read(EN.resolve("decolletage-secondary-lbo.yaml"));
    Deal fr = DealReader.read(FR.resolve("decolletage-lbo-secondaire.yaml"));
    map(names, en, fr);
    ScenarioReader.Scenarios enAll = ScenarioReader.readAll(EN.resolve("decolletage-scenarios.yaml"));
    ScenarioReader.Scenarios frAll = ScenarioReader.readAll(FR.resolve("decolletage-scenarios.yaml"));
    put(names, enAll.name(), frAll.name());
    for (int i = 0; i < enAll.scenarios().size(); i++) {
      put(names, enAll.scenarios().get(i).name(), frAll.scenarios().get(i).name());
      map(names, enAll.scenarios().get(i).deal(), frAll.scenarios().get(i).deal());
    }
    for (Map.Entry<String, String> e : names.entrySet()) {
      // the status quo's names are the reader's, shown in the report's language (BuiltNames)
      if (e.getKey().equals(e.getValue()) && BuiltNames.labelKey(e.getKey()) == null) {
        assertThat(PROPER_NAMES.contains(e.getKey()))
            .as("\"%s\" is left in English in examples/fr", e.getKey()).isTrue();
      }
    }
    assertThat(names).containsEntry("fictional example", "exemple fictif")
        .containsEntry("Revolver", "Crédit renouvelable (RCF)")
        .containsEntry("Status quo", "Statu quo")
        .containsEntry("management", "dirigeants");
    assertThat(fr.source()).isEqualTo("exemple fictif");
    assertThat(en.source()).isEqualTo("fictional example");
  }

  private static ScenarioSummary summary(Scenario s) {
    return ScenarioSummary.of(s.name(), s.kind(), s.deal(), LboEngine.DEFAULT.run(s.deal()));
  }

  private static JsonNode run(Deal deal) {
    try {
      return JSON.readTree(ResultJson.toJson(deal, LboEngine.DEFAULT.run(deal)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertSameFigures(String what, JsonNode en, JsonNode fr,
      Map<String, String> names) {
    String difference = firstDifference("", translate(en, names), fr, names);
    if (difference != null) {
      fail(what + ": the French file differs from the English one at " + difference);
    }
  }

  /** Maps the English deal's names to the French deal's, by position. */
  private static void map(Map<String, String> names, Deal en, Deal fr) {
    put(names, en.name(), fr.name());
    put(names, en.source(), fr.source());
    assertThat(fr.company().name()).isEqualTo(en.company().name());
    assertThat(fr.financing().equity()).hasSameSizeAs(en.financing().equity());
    for (int i = 0; i < en.financing().equity().size(); i++) {
      put(names, en.financing().equity().get(i).name(), fr.financing().equity().get(i).name());
      put(names, en.financing().equity().get(i).holder(), fr.financing().equity().get(i).holder());
    }
    assertThat(fr.financing().debt()).hasSameSizeAs(en.financing().debt());
    for (int i = 0; i < en.financing().debt().size(); i++) {
      put(names, en.financing().debt().get(i).name(), fr.financing().debt().get(i).name());
      put(names, en.financing().debt().get(i).lender(), fr.financing().debt().get(i).lender());
    }
  }

  /** One French name per English name, wherever it appears. */
  private static void put(Map<String, String> names, String en, String fr) {
    if (en == null) {
      assertThat(fr).as("the French file names a source the English one does not give").isNull();
      return;
    }
    String before = names.putIfAbsent(en, fr);
    if (before != null && !before.equals(fr)) {
      fail("\"" + en + "\" is \"" + before + "\" in one place of examples/fr and \"" + fr
          + "\" in another");
    }
  }

  /**
   * @return a copy of {@code node} whose texts have the French names: a text equal to a name, and
   *     the names in double quotes inside a text (the warnings); object keys are matched by {@link
   *     #firstDifference}, since a name can also be a field's (the envy ratio's {@code management})
   */
  static JsonNode translate(JsonNode node, Map<String, String> names) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        out.set(f.getKey(), translate(f.getValue(), names));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> out.add(translate(item, names)));
      return out;
    }
    if (node.isTextual()) {
      String text = node.textValue();
      if (names.containsKey(text)) {
        return JsonNodeFactory.instance.textNode(names.get(text));
      }
      List<String> longestFirst = new ArrayList<>(names.keySet());
      longestFirst.sort(Comparator.comparingInt(String::length).reversed());
      for (String en : longestFirst) {
        text = text.replace("\"" + en + "\"", "\"" + names.get(en) + "\"");
      }
      return JsonNodeFactory.instance.textNode(text);
    }
    return node;
  }

  /**
   * @return the JSON pointer of the first place where the two trees differ, with both values, or
   *     {@code null} when they are equal: numbers exactly, arrays item by item, objects key by key,
   *     an English key matching the same key in French, else its French name (the objects keyed
   *     by party, tranche or holder)
   */
  static String firstDifference(String at, JsonNode a, JsonNode b, Map<String, String> names) {
    if (a.isObject() && b.isObject()) {
      Set<String> matched = new java.util.HashSet<>();
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        String other = b.has(key) ? key : names.get(key);
        if (other == null || !b.has(other)) {
          return at + "/" + key + " (only in the English file's output)";
        }
        matched.add(other);
        String d = firstDifference(at + "/" + key, a.get(key), b.get(other), names);
        if (d != null) {
          return d;
        }
      }
      for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!matched.contains(key)) {
          return at + "/" + key + " (only in the French file's output)";
        }
      }
      return null;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return at + ": " + a.size() + " items in English, " + b.size() + " in French";
      }
      for (int i = 0; i < a.size(); i++) {
        String d = firstDifference(at + "/" + i, a.get(i), b.get(i), names);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return a.equals(b) ? null : at + ": " + a + " in English, " + b + " in French";
  }
}
