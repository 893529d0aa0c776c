package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.DealException;

/**
 * docs/deal-format.md names every key of the ownership sections, in backquotes, and gives the
 * reader's own bounds and messages where it quotes them.
 */
class DealFormatDocTest {

  private static String doc() throws IOException {
    return Files.readString(Path.of("..", "docs", "deal-format.md"), StandardCharsets.UTF_8);
  }

  @Test
  void theFormatDocumentsEveryKeyOfTheNewSections() throws IOException {
    String doc = doc();
    List<String> keys = new ArrayList<>();
    for (String[] group : new String[][] {ParticipationReader.KEYS,
        ParticipationReader.BLOCKED_KEYS, CooperativeReader.KEYS,
        CooperativeReader.SEED_KEYS, StatusQuoReader.KEYS, ScenarioReader.SCENARIO_KEYS,
        FundReader.KEYS, PersonalTaxReader.KEYS, {PersonalTaxReader.FLAG, "personalTax"},
        {"committed", "invested"}, TrancheReader.KEYS, TrancheReader.HEDGE_KEYS,
        Scenario.KINDS, FinancingReader.RATCHET_KEYS, FinancingReader.TIER_KEYS,
        {"kind", "scenarios", "chain", "rounds", "participation", "cooperative",
        "statusQuo"}}) {
      keys.addAll(List.of(group));
    }
    for (String key : keys) {
      assertThat(doc).as("deal-format.md documents `%s`", key).contains("`" + key + "`");
    }
  }

  /**
   * The lowest all-in cash rate of a tranche (review 9, input F6): the doc gives the reader's
   * bound, and its two example errors are the messages the reader gives.
   */
  @Test
  void theLowestCashRateAndItsErrorsAreTheReaders() throws IOException {
    String doc = doc().replaceAll("\\s+", " ");
    String bound = "\u2212" + Math.round(-TrancheReader.MIN_CASH_RATE * 100) + " %";
    assertThat(doc).contains("per year, rate (from " + bound + " to 100 %)")
        .contains("not below **" + bound + "** in any year")
        .contains("`debtRate` | per year, rate from " + bound + " to 100 %");
    for (String rate : new String[] {"-1", "{base: 0, margin: -6%}"}) {
      String message = catchThrowableOfType(DealException.class, () -> TestDeals.read(
          TestDeals.withDebt("{name: L, lender: bank, amount: 100, repayment: {bullet: 5}, rate: "
              + rate + "}"))).getMessage();
      assertThat(doc).contains("`" + message + "`");
    }
  }
}
