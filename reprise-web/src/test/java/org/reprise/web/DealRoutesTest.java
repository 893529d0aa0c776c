package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved deals over real HTTP: create, list, open, update, rename, duplicate, delete, export. */
class DealRoutesTest {

  @TempDir Path data;

  private WebServer server;
  private Http http;

  @BeforeEach
  void start() {
    server = Fixtures.start(data);
    http = Fixtures.client(server);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private JsonNode example() {
    return http.get("/api/example").json();
  }

  private JsonNode create(String name) {
    ObjectNode body = Trees.JSON.createObjectNode();
    body.put("name", name);
    body.set("deal", example());
    Http.Response r = http.postJson("/api/deals", Trees.toJson(body));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  @Test
  void createListOpen() {
    JsonNode created = create("Offer A");
    long id = created.get("id").longValue();
    assertThat(created.get("version").intValue()).isEqualTo(1);
    assertThat(created.get("name").asText()).isEqualTo("Offer A");

    JsonNode list = http.get("/api/deals").json();
    assertThat(list.size()).isEqualTo(1);
    assertThat(list.get(0).get("name").asText()).isEqualTo("Offer A");
    assertThat(list.get(0).has("yaml")).isFalse();

    Http.Response opened = http.get("/api/deals/" + id);
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.header("ETag")).isEqualTo("\"1\"");
    assertThat(opened.json().get("deal")).isEqualTo(example());
    assertThat(opened.json().get("yaml").asText()).startsWith("reprise: 1");
    // The saved YAML runs to the same results as the example.
    String saved = opened.json().get("yaml").asText();
    assertThat(http.postYaml("/api/run", saved).body())
        .isEqualTo(http.postYaml("/api/run", Fixtures.factoryYaml()).body());
  }

  @Test
  void aDealWithoutANameTakesItsOwnNameOrTheCompanyName() {
    Http.Response r = http.postJson("/api/deals", Trees.toJson(example()));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().get("name").asText())
        .isEqualTo("Décolletage du Haut-Giffre — secondary LBO");
    Http.Response blank = http.postJson("/api/deals", "{\"deal\": {\"reprise\": 1}}");
    assertThat(blank.json().get("name").asText()).isEqualTo(DealRoutes.UNTITLED);
  }

  @Test
  void importKeepsTheYamlAsWrittenAndExportGivesItBack() {
    Http.Response r = http.postYaml("/api/deals?name=Imported", Fixtures.factoryYaml());
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.header("Location")).isEqualTo("/api/deals/" + r.json().get("id").asLong());
    assertThat(r.json().get("name").asText()).isEqualTo("Imported");
    Http.Response export = http.get(r.header("Location") + "/yaml");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Type")).startsWith("application/yaml");
    assertThat(export.header("Content-Disposition")).isEqualTo("attachment; filename=\"imported.yaml\"");
    assertThat(export.body()).isEqualTo(Fixtures.factoryYaml()); // comments included
  }

  @Test
  void updateWithTheCurrentVersionWinsAStaleOneGets409() {
    JsonNode created = create("Offer A");
    String url = "/api/deals/" + created.get("id").asLong();
    ObjectNode changed = (ObjectNode) example();
    ((ObjectNode) changed.at("/transaction/price")).put("multiple", 8);
    String body = "{\"deal\": " + Trees.toJson(changed) + "}";

    Http.Response first = http.put(url, "application/json", body, "If-Match", "\"1\"");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("version").intValue()).isEqualTo(2);
    assertThat(first.header("ETag")).isEqualTo("\"2\"");

    // A second editor still at version 1: refused, nothing overwritten.
    Http.Response stale = http.put(url, "application/json",
        "{\"deal\": " + Trees.toJson(example()) + "}", "If-Match", "\"1\"");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().at("/error/path").asText()).isEqualTo("version");
    assertThat(stale.json().at("/error/message").asText()).contains("version 2");
    assertThat(stale.header("ETag")).isEqualTo("\"2\"");
    assertThat(http.get(url).json().at("/deal/transaction/price/multiple").intValue())
        .isEqualTo(8);

    // The version may also come in the body.
    Http.Response viaBody = http.put(url, "application/json",
        "{\"version\": 2, \"name\": \"Offer B\", \"deal\": " + Trees.toJson(example()) + "}");
    assertThat(viaBody.status()).isEqualTo(200);
    assertThat(viaBody.json().get("name").asText()).isEqualTo("Offer B");
    assertThat(viaBody.json().get("version").intValue()).isEqualTo(3);
  }

  @Test
  void anUpdateWithoutAVersionIs428() {
    String url = "/api/deals/" + create("A").get("id").asLong();
    Http.Response r = http.put(url, "application/json", "{\"deal\": {\"reprise\": 1}}");
    assertThat(r.status()).isEqualTo(428);
    assertThat(http.get(url).json().get("version").intValue()).isEqualTo(1);
  }

  @Test
  void aYamlUpdateKeepsTheText() {
    String url = "/api/deals/" + create("A").get("id").asLong();
    String yaml = Fixtures.factoryYaml().replace("multiple: 7 ", "multiple: 6 ");
    Http.Response r = http.put(url, "application/yaml", yaml, "If-Match", "W/\"1\"");
    assertThat(r.status()).isEqualTo(200);
    assertThat(http.get(url + "/yaml").body()).isEqualTo(yaml);
  }

  @Test
  void renameChecksTheVersionAndTheName() {
    String url = "/api/deals/" + create("Old").get("id").asLong();
    Http.Response r = http.patch(url, "application/json", "{\"name\": \"  New  \"}", "If-Match", "\"1\"");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("name").asText()).isEqualTo("New");
    assertThat(r.json().get("version").intValue()).isEqualTo(2);
    assertThat(http.patch(url, "application/json", "{\"name\": \"X\", \"version\": 1}").status())
        .isEqualTo(409);
    Http.Response empty = http.patch(url, "application/json", "{\"name\": \" \", \"version\": 2}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().at("/error/path").asText()).isEqualTo("name");
    Http.Response tooLong =
        http.patch(url, "application/json", "{\"name\": \"" + "x".repeat(201) + "\", \"version\": 2}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().at("/error/message").asText())
        .isEqualTo("expected at most 200 characters, found 201");
    Http.Response number =
        http.patch(url, "application/json", "{\"name\": 42, \"version\": 2}");
    assertThat(number.json().at("/error/message").asText())
        .isEqualTo("expected a text, found 42");
    assertThat(http.patch(url, "application/json", "{\"name\": 42, \"version\": 2}",
        "Accept-Language", "fr").json().at("/error/localizedMessage").asText())
        .isEqualTo("attendu : un texte ; trouvé : 42");
  }

  /** A syntax error in the {@code yaml} field of a save names that field. */
  @Test
  void aSyntaxErrorInTheYamlFieldNamesIt() {
    Http.Response r = http.postJson("/api/deals", "{\"name\": \"x\", \"yaml\": \"a: [1\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/path").asText()).isEqualTo("yaml");
    assertThat(r.json().at("/error/message").asText()).startsWith("YAML syntax error at line")
        .doesNotContain("while parsing");
  }

  @Test
  void duplicateCopiesAtVersionOne() {
    JsonNode created = create("Offer A");
    String url = "/api/deals/" + created.get("id").asLong();
    http.patch(url, "application/json", "{\"name\": \"Offer A\", \"version\": 1}");
    Http.Response copy = http.post(url + "/duplicate", null, null);
    assertThat(copy.status()).as(copy.body()).isEqualTo(201);
    assertThat(copy.json().get("name").asText()).isEqualTo("Offer A (copy)");
    assertThat(copy.json().get("version").intValue()).isEqualTo(1);
    assertThat(copy.json().get("id").asLong()).isNotEqualTo(created.get("id").asLong());
    Http.Response named = http.postJson(url + "/duplicate", "{\"name\": \"Variant\"}");
    assertThat(named.json().get("name").asText()).isEqualTo("Variant");
    assertThat(http.get("/api/deals").json().size()).isEqualTo(3);
    assertThat(http.get("/api/deals/" + copy.json().get("id").asLong()).json().get("yaml"))
        .isEqualTo(http.get(url).json().get("yaml"));
  }

  @Test
  void deleteWithAStaleVersionIs409AndWithoutOneDeletes() {
    String url = "/api/deals/" + create("A").get("id").asLong();
    http.patch(url, "application/json", "{\"name\": \"B\", \"version\": 1}");
    assertThat(http.delete(url, "If-Match", "\"1\"").status()).isEqualTo(409);
    assertThat(http.delete(url, "If-Match", "\"2\"").status()).isEqualTo(204);
    assertThat(http.get(url).status()).isEqualTo(404);
    assertThat(http.delete(url).status()).isEqualTo(404);
    assertThat(http.get("/api/deals").json().size()).isZero();
  }

  @Test
  void unknownIdsAre404() {
    assertThat(http.get("/api/deals/12345").status()).isEqualTo(404);
    assertThat(http.get("/api/deals/abc").status()).isEqualTo(404);
    assertThat(http.get("/api/deals/12345/yaml").status()).isEqualTo(404);
    assertThat(http.put("/api/deals/12345", "application/json", "{\"deal\": {\"reprise\": 1}}",
        "If-Match", "\"1\"").status()).isEqualTo(404);
    assertThat(http.post("/api/deals/12345/duplicate", null, null).status()).isEqualTo(404);
  }

  @Test
  void aBodyMustCarryExactlyOneOfDealAndYaml() {
    assertThat(http.postJson("/api/deals", "{\"name\": \"x\"}").status()).isEqualTo(400);
    assertThat(http.postJson("/api/deals", "{\"deal\": {}, \"yaml\": \"a: 1\"}").status())
        .isEqualTo(400);
    Http.Response notYaml = http.postJson("/api/deals", "{\"yaml\": \"a: [1\"}");
    assertThat(notYaml.status()).isEqualTo(400);
    assertThat(notYaml.json().at("/error/message").asText()).contains("YAML syntax error");
  }

  @Test
  void namesWithMarkupAreStoredAsPlainText() {
    JsonNode created = create("<img src=x onerror=alert(1)>");
    assertThat(http.get("/api/deals/" + created.get("id").asLong()).json().get("name").asText())
        .isEqualTo("<img src=x onerror=alert(1)>");
  }

  @Test
  void exportFileNamesAreSafe() {
    assertThat(DealRoutes.fileName("Décolletage — LBO 2025!")).isEqualTo("decolletage-lbo-2025.yaml");
    assertThat(DealRoutes.fileName("../../etc/passwd")).isEqualTo("etc-passwd.yaml");
    assertThat(DealRoutes.fileName("€€€")).isEqualTo("deal.yaml");
  }
}
