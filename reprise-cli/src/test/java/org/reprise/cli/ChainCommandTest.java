package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void showsEachRoundAndTheTotal() {
    Cli.Result r = Cli.run("chain", Cli.CHAIN.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("A chain of 5 buyouts from 2026 to 2050 (25 years)")
        .containsPattern("Round 1 \\(2026-2030\\)\\s+Round 2 \\(2031-2035\\).*Round 5 \\(2046-2050\\)"
            + "\\s+Total")
        .contains("Cash paid to lenders and shareholders", "Paid to the holding",
            "WHAT EACH OWNER AND LENDER PUT IN AND TOOK OUT", "fund: put in", "took out",
            "Over 25 years and 5 successive buyouts, the company will have paid €");
    // the rounds' debt service is the net one that the cash extracted adds up (methodology §10):
    // 14,221.0 of debt service and no distribution in round 1, 14,221.0 extracted — round 1 is
    // the secondary LBO of decolletage-secondary-lbo.yaml, whose run says the same
    assertThat(r.out()).containsPattern("\nDebt service, net of revolver drawings +14,221.0 ")
        .containsPattern("\nCash paid to lenders and shareholders +14,221.0 ");
    assertThat(Cli.run("run", Cli.SECONDARY_LBO.toString()).out())
        .containsPattern("Cash paid to lenders and shareholders +14,221.0");
  }

  @Test
  void roundsOnTheCommandLineAndJson() throws IOException {
    Cli.Result r = Cli.run("chain", Cli.CHAIN.toString(), "--rounds", "3", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("roundCount").asInt()).isEqualTo(3);
    JsonNode rounds = root.get("rounds");
    assertThat(rounds).hasSize(3);
    for (int k = 0; k + 1 < rounds.size(); k++) {
      assertThat(rounds.get(k + 1).get("entryEnterpriseValue").doubleValue())
          .isEqualTo(rounds.get(k).get("exitEnterpriseValue").doubleValue());
      assertThat(rounds.get(k + 1).get("baseYear").asInt())
          .isEqualTo(rounds.get(k).get("exitYear").asInt());
    }
    double sum = 0;
    for (JsonNode round : rounds) {
      sum += round.get("cashExtracted").doubleValue();
    }
    double total = root.get("totals").get("cashExtracted").doubleValue();
    assertThat(sum).isCloseTo(total, within(1e-6 * total));
    assertThat(root.get("totals").get("years").asInt()).isEqualTo(15);
  }

  @Test
  void badRoundsAndFilesAreInvalidInput(@TempDir Path dir) throws IOException {
    Cli.Result zero = Cli.run("chain", Cli.CHAIN.toString(), "--rounds", "0");
    assertThat(zero.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(zero.err()).contains("chain.rounds: expected a number of rounds between 1 and 20");
    // the secondary LBO taxes its managers' exit gain, which a chain refuses
    Cli.Result taxed = Cli.run("chain", Cli.SECONDARY_LBO.toString(), "--rounds", "2");
    assertThat(taxed.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(taxed.err()).contains("personalTax: a chain of buyouts does not tax the"
        + " individuals' exit gains: remove the `personalTax` section for `reprise chain`");
    // without it (and its package flag), it has no chain section: the number of rounds is required
    String yaml = Files.readString(Cli.SECONDARY_LBO, StandardCharsets.UTF_8);
    int from = yaml.indexOf("\npersonalTax:");
    String untaxed = (yaml.substring(0, from) + yaml.substring(yaml.indexOf("\n\n", from)))
        .replaceAll("\n *managementPackage: true[^\n]*\n(?: {20,}#[^\n]*\n)*", "\n");
    assertThat(untaxed).doesNotContain("personalTax").doesNotContain("managementPackage");
    Path secondary = dir.resolve("secondary.yaml");
    Files.writeString(secondary, untaxed, StandardCharsets.UTF_8);
    Cli.Result none = Cli.run("chain", secondary.toString());
    assertThat(none.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(none.err()).contains("chain: required: the number of successive buyouts");
    Cli.Result two = Cli.run("chain", secondary.toString(), "--rounds", "2");
    assertThat(two.code()).as(two.err()).isZero();
    Cli.Result one = Cli.run("chain", secondary.toString(), "--rounds", "1", "--lang",
        "fr");
    assertThat(one.out()).contains("Un seul rachat, de 2026 à 2030 (5 ans).", "un seul rachat");
    // a SCOP is not sold again
    Cli.Result scop = Cli.run("chain", Cli.SCENARIOS.toString(), "--rounds", "2");
    assertThat(scop.code()).as(scop.err()).isZero(); // the top level is the fund's deal
    Cli.Result text = Cli.run("chain", Cli.CHAIN.toString(), "--rounds", "x");
    assertThat(text.code()).isEqualTo(Main.INVALID_INPUT);
  }
}
