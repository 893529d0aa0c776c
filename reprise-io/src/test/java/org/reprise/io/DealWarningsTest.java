package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DealWarnings}: a company to which the participation applies and whose file gives no
 * {@code participation.baseYearReserve} starts with no reserve paid in year 1 (review 12 CSE,
 * finding 12): a warning, not an error.
 */
class DealWarningsTest {

  @Test
  void warnsWhenTheParticipationAppliesAndTheReserveIsLeftOut() {
    // 180 employees: the participation applies by default; no participation section at all
    List<DealWarnings.Warning> w = DealWarnings.of(TestDeals.readWith("company.headcount", "180"));
    assertThat(w).containsExactly(
        new DealWarnings.Warning("participation.baseYearReserve", DealWarnings.NO_BASE_YEAR_RESERVE));
    assertThat(w.get(0).toString())
        .startsWith("participation.baseYearReserve: not given, so 0 is assumed")
        .contains("account 691")
        .contains("`reprise import-fec`");
    // a section without the key, an empty value, and a company below 50 that applies it anyway
    assertThat(DealWarnings.of(read("180", "{grossWageShare: \"70%\"}"))).hasSize(1);
    assertThat(DealWarnings.of(read("180", "{baseYearReserve: null}"))).hasSize(1);
    assertThat(DealWarnings.of(read("10", "{applies: true}"))).hasSize(1);
  }

  @Test
  void isSilentWhenTheReserveIsGivenOrTheParticipationDoesNotApply() {
    assertThat(DealWarnings.of(read("180", "{baseYearReserve: 430000}"))).isEmpty();
    assertThat(DealWarnings.of(read("180", "{baseYearReserve: 0}"))).isEmpty(); // 0 confirmed
    assertThat(DealWarnings.of(TestDeals.readWith("company.headcount", "49"))).isEmpty();
    assertThat(DealWarnings.of(read("180", "{applies: false}"))).isEmpty();
    assertThat(TestDeals.read(TestDeals.minimal()).participation().applies()).isFalse();
    assertThat(DealWarnings.of(TestDeals.read(TestDeals.minimal()))).isEmpty();
  }

  /**
   * Blocked current accounts are open to a SCOP, and to other companies only under an agreement
   * that predates the loi PACTE (review 17, finding 5): a warning outside a SCOP.
   */
  @Test
  void warnsOfBlockedAccountsOutsideAScop() throws Exception {
    List<DealWarnings.Warning> w =
        DealWarnings.of(read("180", "{baseYearReserve: 0, blockedAccounts: {rate: 0.03}}"));
    assertThat(w).containsExactly(new DealWarnings.Warning(
        DealWarnings.BLOCKED_ACCOUNTS, DealWarnings.BLOCKED_OUTSIDE_SCOP));
    assertThat(w.get(0).toString()).contains("loi PACTE").contains("L3323-3");
    // the scenarios' two SCOPs, which keep their reserve in blocked accounts: no such warning
    String text = java.nio.file.Files.readString(
        java.nio.file.Path.of("..", "examples", "decolletage-scenarios.yaml"));
    int scops = 0;
    for (Scenario s : ScenarioReader.parse(text, "s.yaml")) {
      if (s.deal().isCooperative()) {
        scops++;
        assertThat(s.deal().participation().blocked()).as(s.name()).isTrue();
        assertThat(DealWarnings.of(s.deal()))
            .noneMatch(x -> x.path().equals(DealWarnings.BLOCKED_ACCOUNTS));
      }
    }
    assertThat(scops).isEqualTo(2);
  }

  @Test
  void aScenarioWarnsUnlessItOrTheTopLevelGivesTheReserve() {
    String top = TestDeals.MINIMAL.replace("headcount: 10", "headcount: 180");
    String scenarios = "scenarios:\n"
        + "  - {name: A, kind: fund-lbo}\n"
        + "  - {name: B, kind: fund-lbo, participation: {baseYearReserve: 500}}\n";
    List<Scenario> s = ScenarioReader.parse(top + scenarios, "deal.yaml");
    assertThat(DealWarnings.of(s.get(0).deal())).hasSize(1);
    assertThat(DealWarnings.of(s.get(1).deal())).isEmpty();
    List<Scenario> given = ScenarioReader.parse(
        top + "participation: {baseYearReserve: 0}\n" + scenarios, "deal.yaml");
    assertThat(DealWarnings.of(given.get(0).deal())).isEmpty();
    // across the file: the warning once, naming the one scenario it concerns
    assertThat(DealWarnings.of(s)).containsExactly(new DealWarnings.Shared(
        new DealWarnings.Warning(DealWarnings.BASE_YEAR_RESERVE, DealWarnings.NO_BASE_YEAR_RESERVE),
        List.of("A")));
    assertThat(DealWarnings.of(given)).isEmpty();
  }

  @Test
  void aWarningOfEveryScenarioNamesNone() {
    String top = TestDeals.MINIMAL.replace("headcount: 10", "headcount: 180");
    List<Scenario> s = ScenarioReader.parse(top + "scenarios:\n"
        + "  - {name: A, kind: fund-lbo}\n  - {name: B, kind: fund-lbo}\n", "deal.yaml");
    List<DealWarnings.Shared> shared = DealWarnings.of(s);
    assertThat(shared).hasSize(1);
    assertThat(shared.get(0).scenarios()).isEmpty();
    assertThat(shared.get(0).warning().path()).isEqualTo("participation.baseYearReserve");
  }

  /**
   * A SCOP's work share above half of the surplus is warned of (CGI art. 214 1 6°, not applied):
   * the scenarios' "SCOP" votes 40 % (none), the same with 55 % work share and 35 % reserves (one).
   */
  @Test
  void aWorkShareAboveHalfTheSurplusIsWarnedOf() throws java.io.IOException {
    String yaml = java.nio.file.Files.readString(
        java.nio.file.Path.of("..", "examples", "decolletage-scenarios.yaml"));
    assertThat(DealWarnings.of(scop(yaml))).isEmpty();
    String more = yaml.replace("workShare: \"40%\"", "workShare: \"55%\"")
        .replace("reserveShare: \"50%\"", "reserveShare: \"35%\"");
    assertThat(DealWarnings.of(scop(more))).containsExactly(
        new DealWarnings.Warning("cooperative.workShare", DealWarnings.WORK_SHARE_ABOVE_HALF));
    assertThat(MessagesFr.strict(DealWarnings.WORK_SHARE_ABOVE_HALF)).hasValueSatisfying(fr ->
        assertThat(fr).startsWith("au-delà de 50 % des excédents : l'article 214 1 6° du CGI"));
  }

  private static org.reprise.model.Deal scop(String yaml) {
    return ScenarioReader.parse(yaml, "deal.yaml").stream()
        .filter(x -> x.name().equals("SCOP")).findFirst().orElseThrow().deal();
  }

  /**
   * The engine closes the deal at the end of the base year: a closing date given for another day
   * is a label only, and is warned of (review 25, finding 3), in English and in French, by case
   * (review 27, finding 4): after the base year's end, the results read as a closing on its last
   * day; before it, the base year is wrong. The last day of the base year, given or by default,
   * is silent.
   */
  @Test
  void warnsOfAClosingDateOtherThanTheBaseYearsEnd() {
    String path = "transaction.closingDate";
    assertThat(DealWarnings.of(TestDeals.readWith(path, "\"2025-12-31\""))).isEmpty();
    assertThat(DealWarnings.of(TestDeals.read(TestDeals.minimal()))).isEmpty();
    List<DealWarnings.Warning> w = DealWarnings.of(TestDeals.readWith(path, "\"2026-06-30\""));
    assertThat(w).hasSize(1);
    assertThat(w.get(0).path()).isEqualTo(DealWarnings.CLOSING_DATE);
    assertThat(w.get(0).message())
        .startsWith("2026-06-30 is after the end of the base year 2025: the model closes the deal"
            + " on 31 December 2025")
        .contains("leave it out to silence this");
    assertThat(MessagesFr.strict(w.get(0).message())).hasValueSatisfying(fr -> assertThat(fr)
        .startsWith("2026-06-30 est postérieure à la fin de l'année de base 2025 : le modèle"
            + " réalise l'opération le 31 décembre 2025")
        .contains("qu'une étiquette"));
    List<DealWarnings.Warning> before =
        DealWarnings.of(TestDeals.readWith(path, "\"2025-06-30\""));
    assertThat(before).hasSize(1);
    assertThat(before.get(0).message()).startsWith("2025-06-30 is before the end of the base"
        + " year 2025").contains("take as base year the year before it");
    assertThat(MessagesFr.strict(before.get(0).message())).hasValueSatisfying(fr -> assertThat(fr)
        .startsWith("2025-06-30 est antérieure à la fin de l'année de base 2025"));
  }

  @Test
  void theWarningReadsInFrench() {
    assertThat(MessagesFr.strict(DealWarnings.NO_BASE_YEAR_RESERVE)).hasValueSatisfying(fr ->
        assertThat(fr).startsWith("absente, donc 0 est retenu : la participation s'applique")
            .contains("compte 691"));
  }

  private static org.reprise.model.Deal read(String headcount, String participation) {
    return TestDeals.read(TestDeals.with(
        TestDeals.with("company.headcount", headcount), "participation", participation));
  }
}
