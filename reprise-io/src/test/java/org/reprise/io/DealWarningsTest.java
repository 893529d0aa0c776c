package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;

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

  /**
   * A distributing deal whose distributable reserves are its whole book equity (the default: the
   * factory gives none, 12 M€ of book equity) is warned of at `company.actuals.distributableReserves`
   * (review 35, W2), as is one above the book equity; 3 M€ of reserves, or no distribution, say
   * nothing.
   */
  @Test
  void distributableReservesThatCountTheCapitalAreWarnedOf() throws java.io.IOException {
    String yaml = java.nio.file.Files.readString(
        java.nio.file.Path.of("..", "examples", "decolletage-secondary-lbo.yaml"));
    String distributing = yaml.replace("  distributions: 0\n", "  distributions: \"50%\"\n");
    assertThat(DealWarnings.of(DealReader.parse(distributing, "deal.yaml"))).contains(
        new DealWarnings.Warning(DealWarnings.DISTRIBUTABLE_RESERVES,
            DealWarnings.RESERVES_WITH_CAPITAL));
    String equity = "    bookEquity: 12000000\n";
    assertThat(distributing).contains(equity);
    assertThat(DealWarnings.of(DealReader.parse(distributing.replace(equity,
        equity + "    distributableReserves: 13000000\n"), "deal.yaml"))).contains(
        new DealWarnings.Warning(DealWarnings.DISTRIBUTABLE_RESERVES,
            DealWarnings.RESERVES_ABOVE_EQUITY));
    assertThat(DealWarnings.of(DealReader.parse(distributing.replace(equity,
        equity + "    distributableReserves: 3000000\n"), "deal.yaml")))
        .noneMatch(w -> w.path().equals(DealWarnings.DISTRIBUTABLE_RESERVES));
    assertThat(DealWarnings.of(DealReader.parse(yaml, "deal.yaml")))
        .noneMatch(w -> w.path().equals(DealWarnings.DISTRIBUTABLE_RESERVES));
    assertThat(MessagesFr.strict(DealWarnings.RESERVES_WITH_CAPITAL)).hasValueSatisfying(fr ->
        assertThat(fr).startsWith("égales aux capitaux propres"));
  }

  /**
   * A share premium in a deal that neither distributes nor draws a recap is warned of at its key
   * (review 38, X5), in English and French; a deal that distributes says nothing of it.
   */
  @Test
  void aPremiumNeverPaidOutIsWarnedOf() {
    assertThat(DealWarnings.of(TestDeals.readWith("structure.sharePremium", "1"))).contains(
        new DealWarnings.Warning(DealWarnings.SHARE_PREMIUM, DealWarnings.PREMIUM_NEVER_PAID));
    assertThat(DealWarnings.of(TestDeals.read(TestDeals.with(
        TestDeals.with("structure.sharePremium", "1"), "financing.distributions", "\"50%\""))))
        .noneMatch(w -> w.path().equals(DealWarnings.SHARE_PREMIUM));
    assertThat(DealWarnings.of(TestDeals.read(TestDeals.minimal())))
        .noneMatch(w -> w.path().equals(DealWarnings.SHARE_PREMIUM));
    assertThat(MessagesFr.strict(DealWarnings.PREMIUM_NEVER_PAID)).hasValueSatisfying(fr ->
        assertThat(fr).startsWith("indiquée, mais l'opération ne distribue rien"));
  }

  /**
   * A recap sized to a target with no commitment (review 33, M1) is warned of at its amount; with
   * `maxAmount`, and for the example's fixed amount, not.
   */
  @Test
  void aSizedRecapWithoutACommitmentIsWarnedOf() throws java.io.IOException {
    String yaml = java.nio.file.Files.readString(
        java.nio.file.Path.of("..", "examples", "decolletage-recap.yaml"));
    org.reprise.model.Deal fixed = DealReader.parse(yaml, "deal.yaml");
    assertThat(DealWarnings.of(fixed)).noneMatch(w -> w.text().equals(DealWarnings.RECAP_UNCOMMITTED));
    org.reprise.model.Deal sized = DealReader.parse(
        yaml.replace("amount: 1500000\n", "amount: {upToNetLeverage: 4.0}\n"), "deal.yaml");
    int index = 0;
    while (!sized.financing().debt().get(index).drawnLater()) {
      index++;
    }
    assertThat(DealWarnings.of(sized)).contains(new DealWarnings.Warning(
        "financing.debt[" + index + "].amount", DealWarnings.RECAP_UNCOMMITTED));
    org.reprise.model.Deal committed = DealReader.parse(yaml.replace("amount: 1500000\n",
        "amount: {upToNetLeverage: 4.0, maxAmount: 2000000}\n"), "deal.yaml");
    assertThat(DealWarnings.of(committed))
        .noneMatch(w -> w.text().equals(DealWarnings.RECAP_UNCOMMITTED));
    assertThat(MessagesFr.strict(DealWarnings.RECAP_UNCOMMITTED)).hasValueSatisfying(fr ->
        assertThat(fr).startsWith("dimensionnée sur un levier net cible sans `maxAmount`"));
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

  /**
   * The factory example's ordinary shares (review 25, finding F2): the fund pays 3,780,000 for
   * 85 %, 3,780,000 / 85 = 44,470.59 per point; the management 420,000 for 15 %, 28,000 per point.
   * Discount 1 − 28,000 / 44,470.59 = 37.04 % (written 37%), price ratio 44,470.59 / 28,000 =
   * 1.588 (1.59×), value transferred at subscription 15 × (44,470.59 − 28,000) = 15 × 16,470.59 =
   * 247,058.8 (review 25: 15 × (44.5 − 28.0) ≈ 247 k€). In French, with the numbers the French way.
   */
  @Test
  void warnsWhenOrdinarySharesArePricedDifferently() throws Exception {
    Deal deal = DealReader.read(java.nio.file.Path.of("..", "examples",
        "decolletage-secondary-lbo.yaml"));
    List<DealWarnings.Warning> w = DealWarnings.of(deal);
    assertThat(w).hasSize(1);
    assertThat(w.get(0).path()).isEqualTo("financing.equity[1].amount");
    double high = 3_780_000.0 / 85.0;
    assertThat(high).isCloseTo(44_470.59, org.assertj.core.api.Assertions.within(0.01));
    assertThat(15.0 * (high - 28_000.0))
        .isCloseTo(247_058.8, org.assertj.core.api.Assertions.within(0.1));
    // once both classes are subscribed the shares are worth (3,780,000 + 420,000) / 100 = 42,000 a
    // point, so the value that moves to the managers is 15 × (42,000 − 28,000) = 210,000, the
    // fund's 85 points losing 3,780,000 − 85 × 42,000 = 210,000 (review 30, finding 3)
    assertThat(w.get(0).message()).isEqualTo("\"Management ordinary shares\" pays 28,000 per"
        + " point (1%) of the ordinary equity, 37% less than the 44,471 of \"Fund ordinary shares\""
        + " (a price ratio of 1.59×): 247,059 less than the investor's price for its 15 points"
        + " (16,471 per point), the usual basis of a benefit in kind; at the shares' value after"
        + " subscription (42,000 per point) the discount moves 210,000 of value to it from the other"
        + " holders; French practice prices the ordinary shares of a"
        + " buyout equally for the investor and the managers, and a discount is usually taxed as a"
        + " benefit in kind (as salary) at subscription; a management package usually takes its"
        + " leverage from the investor's shareholder loan or preferred shares and from a ratchet"
        + " (financing.ratchet)");
    assertThat(MessagesFr.strict(w.get(0).message())).hasValueSatisfying(fr -> assertThat(fr)
        .startsWith("\"Management ordinary shares\" paie 28\u00a0000 par point (1 %) du capital"
            + " ordinaire, 37 % de moins que les 44\u00a0471 de \"Fund ordinary shares\" (un"
            + " rapport de prix de 1,59×) : 247\u00a0059 de moins que le prix de l'investisseur pour"
            + " ses 15 points (16\u00a0471 par point), la base habituelle d'un avantage en nature ;"
            + " à la valeur des actions après la souscription (42\u00a0000 par point), la décote lui"
            + " transfère 210\u00a0000 de valeur, prise aux autres détenteurs")
        .contains("avantage en nature"));
    // the text reports' version carries the currency, as their other amounts: €28,000 in English,
    // 28 000 € in French (review 30, leftover of finding 3); the other warnings have no amount
    assertThat(w.get(0).text()).isEqualTo(w.get(0).message()
        .replace("pays 28,000", "pays €28,000").replace("the 44,471", "the €44,471")
        .replace("247,059 less", "€247,059 less").replace("(16,471 per", "(€16,471 per")
        .replace("(42,000 per", "(€42,000 per").replace("moves 210,000", "moves €210,000"));
    assertThat(w.get(0).text()).isNotEqualTo(w.get(0).message());
    assertThat(MessagesFr.strict(w.get(0).text())).hasValueSatisfying(fr -> assertThat(fr)
        .startsWith("\"Management ordinary shares\" paie 28\u00a0000\u00a0€ par point (1 %) du"
            + " capital ordinaire, 37 % de moins que les 44\u00a0471\u00a0€ de \"Fund ordinary"
            + " shares\" (un rapport de prix de 1,59×) : 247\u00a0059\u00a0€ de moins que le prix de"
            + " l'investisseur pour ses 15 points (16\u00a0471\u00a0€ par point), la base habituelle"
            + " d'un avantage en nature ; à la valeur des actions après la souscription"
            + " (42\u00a0000\u00a0€ par point), la décote lui transfère 210\u00a0000\u00a0€ de"
            + " valeur, prise aux autres détenteurs"));
    DealWarnings.Warning plain = new DealWarnings.Warning("p", "no amount");
    assertThat(plain.text()).isEqualTo("no amount");
  }

  /**
   * The same price per share within the tolerance (0.5 %, rounding to whole shares) gives no
   * warning, nor do shares pro rata to the amounts (one price by construction), a balancing
   * ordinary class (its amount is known once the deal runs); 1 % apart does.
   */
  @Test
  void isSilentWhenThePricesAreTheSame() {
    String two = "{equity: [{name: F, holder: fund, amount: 80, ownership: 80%}, {name: M,"
        + " holder: mgmt, amount: AMOUNT, ownership: 20%}, {name: L, holder: fund, type:"
        + " shareholder-loan, amount: balance}]}";
    assertThat(DealWarnings.of(TestDeals.readWith("financing", two.replace("AMOUNT", "20"))))
        .isEmpty();
    // 19.92 is 0.4 % below the fund's 20 per 20 %: within the tolerance
    assertThat(DealWarnings.of(TestDeals.readWith("financing", two.replace("AMOUNT", "19.92"))))
        .isEmpty();
    // 19.8 is 1 % below: a warning, 20 × (1 − 0.99) = 0.2 below the investor's price
    List<DealWarnings.Warning> w =
        DealWarnings.of(TestDeals.readWith("financing", two.replace("AMOUNT", "19.8")));
    assertThat(w).hasSize(1);
    assertThat(w.get(0).message()).contains("1% less than")
        .contains("0 less than the investor's price for its 20 points");
    assertThat(DealWarnings.of(TestDeals.readWith("financing", "{equity: [{name: F, holder:"
        + " fund, amount: 80}, {name: M, holder: mgmt, amount: 10}, {name: L, holder: fund, type:"
        + " shareholder-loan, amount: balance}]}"))).isEmpty();
    assertThat(DealWarnings.of(TestDeals.readWith("financing", "{equity: [{name: F, holder:"
        + " fund, amount: balance, ownership: 80%}, {name: M, holder: mgmt, amount: 10,"
        + " ownership: 20%}]}"))).isEmpty();
  }
}
