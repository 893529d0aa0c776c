package org.reprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reprise.io.RiskReader;
import org.reprise.io.ScenarioReader;
import org.reprise.model.DealException;

/**
 * Error messages in French over HTTP: with {@code Accept-Language: fr} every error document keeps
 * its English {@code message} and adds {@code localizedMessage}; without it, nothing changes.
 */
class LocalizedErrorsTest extends ServerTest {

  private static String factoryWith(String from, String to) {
    String yaml = Fixtures.factoryYaml();
    assertThat(yaml).contains(from);
    return yaml.replace(from, to);
  }

  private static JsonNode error(Http.Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return r.json().get("error");
  }

  @Test
  void aReaderErrorGetsItsFrenchTextWhenTheClientAsksForFrench() {
    String yaml = factoryWith("year: 2030", "year: soon");
    JsonNode fr = error(http.postYaml("/api/run", yaml, "Accept-Language", "fr"), 400);
    assertThat(fr.get("path").asText()).isEqualTo("exit.year");
    assertThat(fr.get("message").asText())
        .isEqualTo("expected a calendar year after the base year 2025, found \"soon\"");
    assertThat(fr.get("localizedMessage").asText())
        .isEqualTo("attendu : une année civile postérieure à l'année de base 2025 ; trouvé :"
            + " \"soon\"");

    JsonNode en = error(http.postYaml("/api/run", yaml), 400);
    assertThat(en.has("localizedMessage")).isFalse();
    assertThat(en.get("message")).isEqualTo(fr.get("message"));
    JsonNode english = error(http.postYaml("/api/run", yaml, "Accept-Language", "en"), 400);
    assertThat(english.has("localizedMessage")).isFalse();
  }

  @Test
  void theLanguageOfHighestWeightDecides() {
    String yaml = factoryWith("year: 2030", "year: soon");
    assertThat(error(http.postYaml("/api/validate", yaml,
        "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8"), 400).has("localizedMessage")).isTrue();
    assertThat(error(http.postYaml("/api/validate", yaml,
        "Accept-Language", "en-GB,fr;q=0.5"), 400).has("localizedMessage")).isFalse();
    assertThat(error(http.postYaml("/api/validate", yaml,
        "Accept-Language", "de;q=0.3, fr-CA;q=0.7"), 400).has("localizedMessage")).isTrue();
  }

  @Test
  void anEngineErrorIsTranslatedWithItsComputedNumbers() {
    // The fund's class no longer balances: sources no longer equal uses.
    String yaml = factoryWith("amount: balance", "amount: 1000000");
    JsonNode e = error(http.postYaml("/api/validate", yaml, "Accept-Language", "fr"), 400);
    assertThat(e.get("path").asText()).isEqualTo("financing");
    assertThat(e.get("message").asText()).startsWith("sources (");
    assertThat(e.get("localizedMessage").asText())
        .startsWith("les ressources (")
        .contains("ne sont pas égales aux emplois")
        .contains("(32\u00a0500\u00a0000)")
        .contains("(41\u00a0369\u00a0000)");
  }

  @Test
  void aScenarioErrorKeepsItsScenarioNote() {
    String yaml = Fixtures.read(CompareRoutesTest.SCENARIOS);
    String bad = yaml.replaceFirst("    kind: fund-lbo", "    kind: fund-lbbo");
    assertThat(bad).isNotEqualTo(yaml);
    JsonNode e = error(http.postYaml("/api/compare", bad, "Accept-Language", "fr"), 400);
    assertThat(e.get("path").asText()).startsWith("scenarios[");
    assertThat(e.get("localizedMessage").asText())
        .startsWith("attendu : un choix parmi `status-quo`, `fund-lbo`")
        .contains("trouvé : \"fund-lbbo\"");
  }

  @Test
  void theServersOwnErrorsAreInFrenchToo() {
    JsonNode type = error(http.post("/api/run", "text/plain", "x", "Accept-Language", "fr"), 415);
    assertThat(type.get("localizedMessage").asText())
        .isEqualTo("Content-Type « text/plain » non pris en charge : envoyez application/json ou"
            + " application/yaml");
    JsonNode route = error(http.get("/api/nothing", "Accept-Language", "fr"), 404);
    assertThat(route.get("localizedMessage").asText()).isEqualTo("introuvable : GET /api/nothing");
    JsonNode paths = error(http.postYaml("/api/simulate?paths=0", Fixtures.factoryYaml(),
        "Accept-Language", "fr"), 400);
    assertThat(paths.get("path").asText()).isEqualTo("paths");
    assertThat(paths.get("localizedMessage").asText())
        .isEqualTo("attendu : entre 1 et 100\u00a0000 trajectoires par scénario ; trouvé : 0");
    JsonNode syntax = error(http.postJson("/api/tree", "{\"reprise\": 1,,}",
        "Accept-Language", "fr"), 400);
    assertThat(syntax.get("localizedMessage").asText())
        .startsWith("erreur de syntaxe JSON à la ligne 1, colonne 15 : ");
  }

  @Test
  void aVersionConflictIsInFrench() {
    Http.Response created = http.postYaml("/api/deals?name=conflict", Fixtures.factoryYaml());
    long id = created.json().get("id").asLong();
    JsonNode e = error(http.patch("/api/deals/" + id, "application/json",
        "{\"name\": \"B\", \"version\": 7}", "Accept-Language", "fr"), 409);
    assertThat(e.get("localizedMessage").asText())
        .isEqualTo("l'opération a été modifiée entre-temps : elle est maintenant à la version 1");
    JsonNode missing = error(http.get("/api/deals/999999", "Accept-Language", "fr"), 404);
    assertThat(missing.get("localizedMessage").asText())
        .isEqualTo("aucune opération enregistrée avec l'identifiant 999999");
  }

  @Test
  void aFailedJobsErrorIsInFrenchWhenAskedFor() {
    String yaml = Fixtures.factoryYaml();
    SimulationJobs.Job job = new SimulationJobs.Job("t", ScenarioReader.parseAll(yaml, "d.yaml"),
        RiskReader.parse(yaml, "d.yaml"), 10, 1, 60_000);
    job.error = new DealException("projections.revenue", "the simulation applies growth to"
        + " revenue: expected positive revenue every year, found -5.00 in year 3");
    job.status = SimulationJobs.Status.FAILED;
    JsonNode fr = SimulationView.of(job, true).get("error");
    assertThat(fr.get("path").asText()).isEqualTo("projections.revenue");
    assertThat(fr.get("localizedMessage").asText())
        .isEqualTo("la simulation applique une croissance au chiffre d'affaires : attendu : un"
            + " chiffre d'affaires positif chaque année ; trouvé : -5 l'année 3");
    assertThat(SimulationView.of(job, false).get("error").has("localizedMessage")).isFalse();
  }

  @Test
  void acceptLanguageIsReadByWeight() {
    assertThat(Localization.wantsFrench("fr")).isTrue();
    assertThat(Localization.wantsFrench("FR-be")).isTrue();
    assertThat(Localization.wantsFrench("en, fr")).isFalse();
    assertThat(Localization.wantsFrench("en;q=0.2, fr;q=0.8")).isTrue();
    assertThat(Localization.wantsFrench("fr;q=0")).isFalse();
    assertThat(Localization.wantsFrench("fr;q=x")).isFalse();
    assertThat(Localization.wantsFrench("*")).isFalse();
    assertThat(Localization.wantsFrench("french")).isFalse();
    assertThat(Localization.wantsFrench("")).isFalse();
    assertThat(Localization.wantsFrench((String) null)).isFalse();
  }
}
