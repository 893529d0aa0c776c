package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.io.DealTemplate;
import org.reprise.io.result.ResultJson;
import org.reprise.model.Deal;

/** The stateless endpoints over real HTTP: run, validate, conversions, template, examples. */
class RunRoutesTest extends ServerTest {

  /** The factory with a dividend recapitalisation in 2029 (examples/decolletage-recap.yaml). */
  private static final Path RECAP = Fixtures.EXAMPLES.resolve("decolletage-recap.yaml");

  /** The document of `reprise run --json` for a file, computed without the server. */
  private static String cliJson(Path file) {
    Deal deal = DealReader.read(file);
    DealResult result = LboEngine.DEFAULT.run(deal);
    return ResultJson.toJson(deal, result);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"decolletage-secondary-lbo.yaml", "paper-lbo.yaml", "employee-buyout.yaml",
          "decolletage-recap.yaml"})
  void runAnswersExactlyTheJsonOfTheCommandLineForYaml(String example) {
    Path file = Fixtures.EXAMPLES.resolve(example);
    Http.Response r = http.postYaml("/api/run", Fixtures.read(file));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.header("Server-Timing")).matches("app;dur=\\d+\\.\\d{3}");
    assertThat(r.body()).isEqualTo(cliJson(file));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"decolletage-secondary-lbo", "paper-lbo", "employee-buyout",
          "decolletage-recap"})
  void theJsonTreeOfAnExampleRunsToTheSameResultAsItsYaml(String example) {
    Http.Response tree = http.get("/api/examples/" + example);
    assertThat(tree.status()).isEqualTo(200);
    Http.Response r = http.postJson("/api/run", tree.body());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(cliJson(Fixtures.EXAMPLES.resolve(example + ".yaml")));
  }

  /**
   * The run's input warnings: in English always, and in French beside for a page in French (the
   * factory without its base year's reserve: 180 employees, so the participation applies).
   */
  @Test
  void theRunsWarningsComeInTheClientsLanguageToo() {
    String without = Fixtures.factoryYaml()
        .replaceFirst("\\n  baseYearReserve: 430000[^\\n]*", "\n  applies: true");
    assertThat(without).isNotEqualTo(Fixtures.factoryYaml());
    Http.Response en = http.postYaml("/api/run", without);
    assertThat(en.status()).as(en.body()).isEqualTo(200);
    // after the warning on the price of the management's ordinary shares (review 25, F2)
    JsonNode w = en.json().get("warnings");
    assertThat(w).hasSize(2);
    assertThat(w.get(1).get("path").asText()).isEqualTo("participation.baseYearReserve");
    assertThat(w.get(1).get("message").asText()).startsWith("not given, so 0 is assumed");
    assertThat(w.get(1).has("localizedMessage")).isFalse();
    Http.Response fr = http.postYaml("/api/run", without, "Accept-Language", "fr-FR");
    JsonNode wf = fr.json().get("warnings").get(1);
    assertThat(wf.get("message").asText()).isEqualTo(w.get(1).get("message").asText());
    assertThat(wf.get("localizedMessage").asText()).startsWith("absente, donc 0 est retenu");
    // the example as written has only the price warning, in either language
    JsonNode asWritten = http.postYaml("/api/run", Fixtures.factoryYaml(), "Accept-Language", "fr")
        .json().get("warnings");
    assertThat(asWritten).hasSize(1);
    assertThat(asWritten.get(0).get("path").asText()).isEqualTo("financing.equity[1].amount");
    assertThat(asWritten.get(0).get("localizedMessage").asText())
        .startsWith("\"Management ordinary shares\" paie 28\u00a0000 par point");
  }

  /**
   * What the page shows of a dividend recapitalisation and of the individuals' exit tax comes in
   * the run: the recap example with a management package and a {@code personalTax} section added
   * as the page's editor adds them (to the JSON tree) answers the JSON of {@code reprise run
   * --json} on the same deal written as YAML, with the recap's rows (1.5 M€ drawn at the start of
   * 2029, its 2 % fee, 30 k€, to the lenders and the 1.47 M€ left all repaying the fund's
   * shareholder loan) and the {@code personalTax} block (methodology §5.13, §8.4).
   */
  @Test
  void theRecapRowsAndThePersonalTaxReachThePage(@TempDir Path dir) throws Exception {
    ObjectNode tree = Trees.parse(Fixtures.read(RECAP), true);
    ((ObjectNode) tree.at("/financing/equity/1")).put("managementPackage", true);
    ObjectNode personal = tree.putObject("personalTax");
    personal.putArray("holders").add("management");
    personal.put("salaryRate", "45%");
    Http.Response r = http.postJson("/api/run", Trees.toJson(tree));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    Path file = dir.resolve("deal.yaml");
    java.nio.file.Files.writeString(file, http.postJson("/api/yaml", Trees.toJson(tree)).body());
    assertThat(r.body()).isEqualTo(cliJson(file));
    JsonNode y2029 = r.json().at("/years/3");
    assertThat(y2029.get("year").intValue()).isEqualTo(2029);
    assertThat(y2029.get("recapBorrowed").doubleValue()).isEqualTo(1_500_000);
    assertThat(y2029.get("recapFees").doubleValue()).isEqualTo(30_000);
    assertThat(y2029.get("recapPaid").doubleValue()).isEqualTo(1_470_000);
    assertThat(y2029.get("recapShareholderLoans").doubleValue()).isEqualTo(1_470_000);
    assertThat(y2029.get("recapRefusedReason").isNull()).isTrue();
    JsonNode tax = r.json().get("personalTax");
    assertThat(tax.at("/terms/managementPackages/0").asText())
        .isEqualTo("Management ordinary shares");
    JsonNode c = tax.at("/classes/0");
    assertThat(c.get("holder").asText()).isEqualTo("management");
    // the gain is under the package's ceiling: all capital gain, at the 31.4 % flat tax
    assertThat(c.get("capitalGain").doubleValue() + c.get("salary").doubleValue())
        .isCloseTo(c.get("gain").doubleValue(), org.assertj.core.api.Assertions.within(1e-6));
    assertThat(c.get("tax").doubleValue()).isCloseTo(0.314 * c.get("gain").doubleValue(),
        org.assertj.core.api.Assertions.within(1e-6));
    // without the section, nothing of it
    assertThat(http.postJson("/api/run", Trees.toJson(Trees.parse(Fixtures.read(RECAP), true)))
        .json().has("personalTax")).isFalse();
  }

  /**
   * The reader's errors on the new keys carry the key path the page puts them under, in French
   * too: a recap outside the hold, a management package without a {@code personalTax} section, a
   * section without its salary rate.
   */
  @Test
  void theRecapAndPersonalTaxErrorsNameTheirField() {
    ObjectNode early = Trees.parse(Fixtures.read(RECAP), true);
    ((ObjectNode) early.at("/financing/debt/3")).put("drawnIn", 2026);
    Http.Response r = http.postJson("/api/run", Trees.toJson(early), "Accept-Language", "fr");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/path").asText()).isEqualTo("financing.debt[3].drawnIn");
    assertThat(r.json().at("/error/localizedMessage").asText()).isNotBlank()
        .isNotEqualTo(r.json().at("/error/message").asText());
    ObjectNode package_ = Trees.parse(Fixtures.read(RECAP), true);
    ((ObjectNode) package_.at("/financing/equity/1")).put("managementPackage", true);
    r = http.postJson("/api/run", Trees.toJson(package_));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/path").asText())
        .isEqualTo("financing.equity[1].managementPackage");
    package_.putObject("personalTax").put("holders", "management");
    r = http.postJson("/api/run", Trees.toJson(package_), "Accept-Language", "fr");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/path").asText()).isEqualTo("personalTax.salaryRate");
    assertThat(r.json().at("/error/localizedMessage").asText()).isNotBlank()
        .isNotEqualTo(r.json().at("/error/message").asText());
  }

  @Test
  void theYamlWrittenFromATreeRunsToTheSameResult() {
    Http.Response yaml = http.postJson("/api/yaml", http.get("/api/example").body());
    assertThat(yaml.status()).isEqualTo(200);
    assertThat(yaml.header("Content-Disposition")).contains("attachment").contains("deal.yaml");
    assertThat(yaml.body()).startsWith("reprise: 1\n").doesNotStartWith("---");
    Http.Response r = http.postYaml("/api/run", yaml.body());
    assertThat(r.body()).isEqualTo(cliJson(Fixtures.FACTORY));
  }

  @Test
  void treeReadsAYamlFileIntoTheJsonTheExampleEndpointGives() {
    Http.Response tree = http.postYaml("/api/tree", Fixtures.factoryYaml());
    assertThat(tree.status()).isEqualTo(200);
    assertThat(tree.json()).isEqualTo(http.get("/api/example").json());
    JsonNode price = tree.json().at("/transaction/price/multiple");
    assertThat(price.intValue()).isEqualTo(7);
  }

  @Test
  void validateSummarisesAValidDeal() {
    Http.Response r = http.postYaml("/api/validate", Fixtures.factoryYaml());
    assertThat(r.status()).isEqualTo(200);
    JsonNode v = r.json();
    assertThat(v.get("valid").booleanValue()).isTrue();
    assertThat(v.get("name").asText()).isEqualTo("Décolletage du Haut-Giffre — secondary LBO");
    assertThat(v.get("years").intValue()).isEqualTo(5);
    assertThat(v.get("totalSources").doubleValue()).isGreaterThan(1e6);
  }

  /**
   * Validate checks every scenario, as {@code reprise validate} does: a bad rate in the third
   * scenario of the scenarios example is a 400 naming its path, not {@code valid: true}.
   */
  @Test
  void validateChecksEveryScenario() {
    String scenarios = Fixtures.read(Fixtures.EXAMPLES.resolve("decolletage-scenarios.yaml"));
    Http.Response ok = http.postYaml("/api/validate", scenarios);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().get("scenarios").intValue()).isEqualTo(5);
    assertThat(ok.json().get("chainRounds").intValue()).isZero();
    ObjectNode tree = (ObjectNode) http.postYaml("/api/tree", scenarios).json();
    ((ObjectNode) tree.at("/scenarios/2")).putObject("financing").putArray("debt").addObject()
        .put("name", "Bank loan").put("rate", "five");
    Http.Response bad = http.postJson("/api/validate", tree.toString());
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.json().at("/error/path").asText()).startsWith("scenarios[2].financing.debt[0]");
  }

  /** More than 20 scenarios is refused before any work (docs/web.md, "Bounded work"). */
  @Test
  void aFileOfTooManyScenariosIsRefused() {
    StringBuilder many = new StringBuilder(Fixtures.factoryYaml()).append("\nscenarios:\n");
    for (int i = 1; i <= 21; i++) {
      many.append("  - {name: \"S").append(i).append("\", kind: fund-lbo}\n");
    }
    for (String endpoint : new String[] {"/api/compare", "/api/report", "/api/validate"}) {
      Http.Response r = http.postYaml(endpoint, many.toString());
      assertThat(r.status()).as(endpoint).isEqualTo(400);
      assertThat(r.json().at("/error/path").asText()).isEqualTo("scenarios");
      assertThat(r.json().at("/error/message").asText())
          .startsWith("expected a list of at most 20 scenarios");
    }
  }

  /**
   * A syntax error read by the tree conversion gives the problem and where it is, as a run does,
   * not the parser's context ("while scanning a quoted scalar").
   */
  @Test
  void aSyntaxErrorInAConversionSaysWhatIsWrong() {
    String broken = "reprise: 1\ncompany:\n  name: \"X\n  headcount: [1,2";
    String run = http.postYaml("/api/run", broken).json().at("/error/message").asText();
    for (String endpoint : new String[] {"/api/tree", "/api/yaml"}) {
      Http.Response r = http.postYaml(endpoint, broken);
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().at("/error/message").asText()).as(endpoint).isEqualTo(run)
          .doesNotContain("while scanning");
    }
  }

  /** A value the reader refuses in a conversion names its key, in the client's language too. */
  @Test
  void aRefusedValueInAConversionNamesItsKey() {
    Http.Response r = http.postYaml("/api/tree", "reprise: 1\ncompany:\n  cash: 02000000\n",
        "Accept-Language", "fr");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/path").asText()).isEqualTo("company.cash");
    assertThat(r.json().at("/error/message").asText()).startsWith("found 02000000: YAML reads");
    assertThat(r.json().at("/error/localizedMessage").asText())
        .startsWith("trouvé : 02000000 : YAML lit un nombre qui commence par 0 en octal");
  }

  @Test
  void aWrongValueIsA400WithItsKeyPath() {
    String bad = Fixtures.factoryYaml().replace("rate: \"6%\"", "rate: \"five\"");
    for (String endpoint : new String[] {"/api/run", "/api/validate"}) {
      Http.Response r = http.postYaml(endpoint, bad);
      assertThat(r.status()).isEqualTo(400);
      JsonNode error = r.json().get("error");
      assertThat(error.get("path").asText()).isEqualTo("financing.debt[3].rate");
      assertThat(error.get("message").asText())
          .startsWith("expected a rate")
          .contains("five")
          .doesNotContain("financing.debt[3].rate:");
    }
  }

  @Test
  void anErrorInAJsonDealNamesTheSamePath() {
    ObjectNode tree = (ObjectNode) http.get("/api/example").json();
    ((ObjectNode) tree.at("/exit")).put("year", 2025);
    Http.Response r = http.postJson("/api/run", Trees.toJson(tree));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/path").asText()).isEqualTo("exit.year");
  }

  @Test
  void aYamlSyntaxErrorHasNoPath() {
    Http.Response r = http.postYaml("/api/run", "reprise: 1\ncompany: [unclosed\n");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/path").asText()).isEmpty();
    assertThat(r.json().at("/error/message").asText()).contains("YAML syntax error");
  }

  @Test
  void templateIsTheValidBlankDealOfRepriseNew() {
    Http.Response r = http.get("/api/template");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).isEqualTo(Trees.parse(DealTemplate.text(), true));
    assertThat(http.postJson("/api/run", r.body()).status()).isEqualTo(200);
  }

  @Test
  void examplesListsTheFactoryFirstAndServesEachOne() {
    JsonNode list = http.get("/api/examples").json();
    assertThat(list.size()).isGreaterThanOrEqualTo(3);
    assertThat(list.get(0).get("id").asText()).isEqualTo(Examples.FACTORY);
    for (JsonNode e : list) {
      assertThat(http.get("/api/examples/" + e.get("id").asText()).status()).isEqualTo(200);
    }
    assertThat(http.get("/api/example").json())
        .isEqualTo(Trees.parse(Fixtures.factoryYaml(), true));
    // the French versions (examples/fr) follow, named in French, after the English files
    java.util.List<String> ids = new java.util.ArrayList<>();
    list.forEach(e -> ids.add(e.get("id").asText()));
    assertThat(ids).contains("fr.decolletage-lbo-secondaire", "fr.decolletage-scenarios",
        "decolletage-recap");
    assertThat(ids.indexOf("fr.decolletage-lbo-secondaire")).isGreaterThan(ids.indexOf("paper-lbo"));
    JsonNode french = http.get("/api/examples/fr.decolletage-lbo-secondaire").json();
    assertThat(french.get("source").asText()).isEqualTo("exemple fictif");
    assertThat(http.postJson("/api/run", french.toString()).status()).isEqualTo(200);
  }

  @Test
  void anUnknownExampleIs404AndNamesCannotEscapeTheDirectory() {
    assertThat(http.get("/api/examples/nope").status()).isEqualTo(404);
    assertThat(http.get("/api/examples/..%2Fpom").status()).isEqualTo(404);
    assertThat(http.get("/api/examples/%2E%2E").status()).isEqualTo(404);
    assertThat(http.get("/api/examples/fr.nope").status()).isEqualTo(404);
    assertThat(http.get("/api/examples/..%2Ffr.x").status()).isEqualTo(404);
    assertThat(http.get("/api/examples/fr%2Fdecolletage-lbo-secondaire").status()).isEqualTo(404);
    assertThat(http.get("/api/examples/xx.decolletage-secondary-lbo").status()).isEqualTo(404);
  }

  @Test
  void withoutAnExamplesDirectoryTheExampleIs404(@TempDir Path other) {
    try (WebServer bare = WebServer.start("127.0.0.1", 0, other)) {
      Http h = Fixtures.client(bare);
      Http.Response r = h.get("/api/example");
      assertThat(r.status()).isEqualTo(404);
      assertThat(r.json().at("/error/message").asText()).contains("no example");
      assertThat(h.get("/api/examples").json().size()).isZero();
    }
  }

  /** Every feature the workbook refuses has its French wording (the French error lists them). */
  @Test
  void everyRefusedFeatureIsSaidInFrench() {
    // every text ExcelModel.unsupported gives (the distributions' lock-up and a share premium
    // paid out are written in every workbook: docs/excel-model.md)
    for (String feature : new String[] {
        "a tranche borrowed by a holding without one (\"Senior\")"}) {
      assertThat(RunRoutes.featureFr(feature)).as(feature).isNotEqualTo(feature)
          .doesNotContain("the ", "workbook");
    }
    assertThat(RunRoutes.featureFr("a tranche borrowed by a holding without one (\"Senior\")"))
        .isEqualTo("une tranche empruntée par une holding qui n'existe pas (\"Senior\")");
  }
}
