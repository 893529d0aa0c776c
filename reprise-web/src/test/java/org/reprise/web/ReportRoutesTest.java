package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The downloads over real HTTP: the HTML report ({@code /api/report}) and the Excel model. */
class ReportRoutesTest extends ServerTest {

  private static final Path SCENARIOS = Fixtures.EXAMPLES.resolve("decolletage-scenarios.yaml");
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The factory example as a JSON tree, with a company name that must be escaped in HTML. */
  private static ObjectNode factoryNamed(String company) {
    ObjectNode tree = (ObjectNode) http.get("/api/example").json();
    ((ObjectNode) tree.get("company")).put("name", company);
    tree.remove("name"); // the deal's name defaults to the company's
    return tree;
  }

  /** A POST whose answer is kept as bytes (the workbook is binary). */
  private static HttpResponse<byte[]> postBytes(String path, String contentType, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void assertSecurityHeaders(Http.Response r) {
    assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void theReportIsAnHtmlAttachmentWithTheCompanyNameEscaped() {
    String company = "Dupont <b>& Fils</b>";
    Http.Response r =
        http.postJson("/api/report?lang=fr&for=works-council", Trees.toJson(factoryNamed(company)));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("text/html").containsIgnoringCase("utf-8");
    assertThat(r.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"report.html\"");
    assertSecurityHeaders(r);
    assertThat(r.body()).containsIgnoringCase("<!doctype html").contains("lang=\"fr\"");
    assertThat(r.body()).contains("Dupont &lt;b&gt;&amp; Fils&lt;/b&gt;").doesNotContain(company);
  }

  @Test
  void thePastDividendsChangeTheWorksCouncilReport() {
    String yaml = Fixtures.factoryYaml();
    Http.Response without = http.postYaml("/api/report?for=works-council", yaml);
    Http.Response with =
        http.postYaml("/api/report?for=works-council&pastDividends=1200000", yaml);
    assertThat(with.status()).as(with.body()).isEqualTo(200);
    assertThat(with.body()).isNotEqualTo(without.body());
  }

  @Test
  void theReportOfAYamlDealInEnglishByDefault() {
    Http.Response r = http.postYaml("/api/report", Fixtures.factoryYaml());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("lang=\"en\"").contains("Décolletage du Haut-Giffre");
  }

  @Test
  void theReportOfAFileWithScenariosCoversThemAll() {
    Http.Response r = http.postYaml("/api/report", Fixtures.read(SCENARIOS));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("Content-Disposition")).contains("report.html");
    assertThat(r.body()).contains("SCOP");
  }

  @Test
  void aBadLanguageOrAudienceIsA400NamingTheParameter() {
    Http.Response lang = http.postYaml("/api/report?lang=de", Fixtures.factoryYaml());
    assertThat(lang.status()).isEqualTo(400);
    assertThat(lang.json().at("/error/path").asText()).isEqualTo("lang");
    Http.Response audience = http.postYaml("/api/report?for=board", Fixtures.factoryYaml());
    assertThat(audience.status()).isEqualTo(400);
    assertThat(audience.json().at("/error/path").asText()).isEqualTo("for");
    for (String amount : new String[] {"-1", "lots", "NaN", "1e20"}) {
      Http.Response past =
          http.postYaml("/api/report?pastDividends=" + amount, Fixtures.factoryYaml());
      assertThat(past.status()).as(amount).isEqualTo(400);
      assertThat(past.json().at("/error/path").asText()).isEqualTo("pastDividends");
    }
  }

  @Test
  void aBadDealIsTheJsonErrorWithItsPathOnBothRoutes() {
    ObjectNode tree = factoryNamed("Dupont");
    ((ObjectNode) tree.at("/exit")).put("year", 2025);
    for (String endpoint : new String[] {"/api/report", "/api/excel"}) {
      Http.Response r = http.postJson(endpoint, Trees.toJson(tree));
      assertThat(r.status()).as(endpoint + " " + r.body()).isEqualTo(400);
      assertThat(r.header("Content-Type")).startsWith("application/json");
      assertThat(r.header("Content-Disposition")).isNull();
      assertThat(r.json().at("/error/path").asText()).isEqualTo("exit.year");
      assertThat(r.body()).doesNotContain("Exception", "\tat ");
      assertSecurityHeaders(r);
    }
    String bad = Fixtures.factoryYaml().replace("rate: \"6%\"", "rate: \"five\"");
    Http.Response r = http.postYaml("/api/excel", bad);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/path").asText()).isEqualTo("financing.debt[3].rate");
  }

  @Test
  void anErrorInAScenarioNamesItsPathInTheReport() {
    ObjectNode tree = Trees.parse(Fixtures.read(SCENARIOS), true);
    ArrayNode scenarios = (ArrayNode) tree.get("scenarios");
    ObjectNode last = (ObjectNode) scenarios.get(scenarios.size() - 1);
    last.putObject("exit").put("year", "soon");
    Http.Response r = http.postJson("/api/report", Trees.toJson(tree));
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().at("/error/path").asText())
        .startsWith("scenarios[" + (scenarios.size() - 1) + "]");
  }

  @Test
  void theExcelModelIsAValidWorkbookWithItsSheets() throws IOException {
    HttpResponse<byte[]> r =
        postBytes("/api/excel", "application/json", Trees.toJson(factoryNamed("Dupont & Fils")));
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"model.xlsx\"");
    assertThat(r.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
    List<String> sheets = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        sheets.add(wb.getSheetName(i));
      }
    }
    assertThat(sheets)
        .containsSubsequence("Inputs", "Operations", "Debt", "Tax", "Returns", "Value added");
  }

  @Test
  void theExcelModelOfAYamlDeal() throws IOException {
    HttpResponse<byte[]> r = postBytes("/api/excel", "application/yaml", Fixtures.factoryYaml());
    assertThat(r.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      assertThat(wb.getSheet("Inputs")).isNotNull();
    }
  }

  @Test
  void aScopIsWrittenByTheExcelModel() throws IOException {
    HttpResponse<byte[]> r =
        postBytes("/api/excel", "application/json", Trees.toJson(scop()));
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      assertThat(wb.getSheet("Tax (pass 1)")).isNotNull(); // the SCOP's year is a fixed point
    }
  }

  @Test
  void theLockUpOfAWorkbookOfSeveralPassesIsWritten() throws IOException {
    // the distributions' lock-up in a workbook of several passes (the factory's holding and
    // average-balance interest, under its covenants), once refused with 422, is written: each
    // of the engine's attempts at a year has its own hidden passes
    String locked = Fixtures.factoryYaml().replace("  distributions: 0", "  distributions: \"50%\"");
    assertThat(locked).contains("  distributions: \"50%\"");
    HttpResponse<byte[]> r = postBytes("/api/excel", "application/yaml", locked);
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      assertThat(wb.getSheet("Debt (asked, pass 12)")).isNotNull();
    }
  }

  @Test
  void theDownloadsRefuseOtherContentTypes() {
    for (String endpoint : new String[] {"/api/report", "/api/excel"}) {
      Http.Response r = http.post(endpoint, "text/plain", Fixtures.factoryYaml());
      assertThat(r.status()).isEqualTo(415);
      assertThat(r.json().at("/error/message").asText()).contains("Content-Type");
    }
  }

  @Test
  void theDownloadsHaveTheSizeLimit() {
    String huge = Fixtures.factoryYaml() + "#" + "x".repeat(1 << 20) + "\n";
    for (String endpoint : new String[] {"/api/report", "/api/excel"}) {
      Http.Response r = http.postYaml(endpoint, huge);
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.json().at("/error/message").asText()).contains("too large");
    }
  }

  /** The SCOP scenario of the scenarios example, merged into its top-level deal as one deal. */
  private static ObjectNode scop() {
    ObjectNode tree = Trees.parse(Fixtures.read(SCENARIOS), true);
    ArrayNode scenarios = (ArrayNode) tree.get("scenarios");
    JsonNode scop = null;
    for (JsonNode s : scenarios) {
      if ("scop".equals(s.path("kind").asText()) && !s.path("cooperative").has("seed")) {
        scop = s;
      }
    }
    assertThat(scop).as("a SCOP scenario in " + SCENARIOS).isNotNull();
    ObjectNode merged = tree.deepCopy();
    merged.remove(List.of("scenarios", "chain", "name"));
    merge(merged, scop);
    merged.remove("name");
    return merged;
  }

  /** The merge of ScenarioReader: mappings key by key, recursively; other values replace. */
  private static void merge(ObjectNode base, JsonNode override) {
    for (Iterator<Map.Entry<String, JsonNode>> it = override.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode existing = base.get(f.getKey());
      if (existing instanceof ObjectNode && f.getValue().isObject()) {
        merge((ObjectNode) existing, f.getValue());
      } else {
        base.set(f.getKey(), f.getValue().deepCopy());
      }
    }
  }
}
