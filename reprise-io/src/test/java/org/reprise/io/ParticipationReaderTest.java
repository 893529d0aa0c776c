package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reprise.io.TestDeals.failsWith;
import static org.reprise.io.TestDeals.readWith;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.Participation;

class ParticipationReaderTest {

  @Test
  void defaultsAreTheLegalRulesAndDependOnTheHeadcount() {
    // the minimal deal has 10 employees: below the 50-employee threshold
    Participation small = TestDeals.read(TestDeals.minimal()).participation();
    assertThat(small).isEqualTo(Participation.legal(10));
    assertThat(small.applies()).isFalse();
    Participation big = readWith("company.headcount", "50").participation();
    assertThat(big).isEqualTo(Participation.legal(50));
    assertThat(big.applies()).isTrue();
    assertThat(big.grossWageShare()).isEqualTo(1 / 1.42);
    assertThat(big.forfaitSocial()).isEqualTo(0.20);
    assertThat(big.perEmployeeCap()).isEqualTo(36_045);
    assertThat(big.baseYearReserve()).isZero();
    // an empty section keeps every default
    assertThat(readWith("participation", "{}").participation()).isEqualTo(small);
  }

  /**
   * Below 50 employees a company that applies the participation by agreement pays no forfait
   * social on it (CSS L137-15 since the loi PACTE of 2019); from 50, 20 %; the user may still
   * give a rate.
   */
  @Test
  void aCompanyUnderFiftyThatAppliesItPaysNoForfaitSocial() {
    Participation voluntary = readWith("participation", "{applies: true}").participation();
    assertThat(voluntary.applies()).isTrue();
    assertThat(voluntary.forfaitSocial()).isZero();
    assertThat(readWith("company.headcount", "49").participation().forfaitSocial()).isZero();
    assertThat(readWith("company.headcount", "50").participation().forfaitSocial())
        .isEqualTo(0.20);
    assertThat(readWith("participation", "{applies: true, forfaitSocial: \"20%\"}")
        .participation().forfaitSocial()).isEqualTo(0.20);
    assertThat(Participation.cooperative(20).forfaitSocial()).isZero();
    assertThat(Participation.cooperative(180).forfaitSocial()).isEqualTo(0.08);
  }

  @Test
  void everyKeyIsRead() {
    Participation p = readWith("participation", "{applies: true, grossWageShare: \"70%\","
        + " forfaitSocial: 0.08, perEmployeeCap: 35325, baseYearReserve: 12000}").participation();
    assertThat(p).isEqualTo(new Participation(true, 0.05, 0.70, 0.08, 35_325, 12_000));
    assertThat(readWith("company.headcount", "200").participation().applies()).isTrue();
    assertThat(TestDeals.read(TestDeals.with(TestDeals.with("company.headcount", "200"),
        "participation", "{applies: false}")).participation().applies()).isFalse();
  }

  /**
   * {@code baseYearReserveRegime} (methodology §5.8, §13 item 34): by default the deal's rules
   * outside a SCOP, the company's before the deal in a SCOP, whose base year's reserve is then
   * paid at the general rate for the headcount (20 % from 50 employees, 0 below), not the SCOP's
   * 8 %; either may be written.
   */
  @Test
  void theBaseYearsRegimeDefaultsToThePreDealCompanysInAScopOnly() throws Exception {
    Participation fund = readWith("company.headcount", "180").participation();
    assertThat(fund.baseYearRegime()).isEqualTo(Participation.BaseYearRegime.DEAL);
    assertThat(fund.baseYearForfaitSocial()).isEqualTo(0.20);
    Participation preDeal = TestDeals.read(TestDeals.with(TestDeals.with("company.headcount",
        "180"), "participation", "{baseYearReserve: 1000, baseYearReserveRegime: preDeal,"
        + " forfaitSocial: \"8%\", blockedAccounts: {rate: \"3%\"}}")).participation();
    assertThat(preDeal.baseYearRegime()).isEqualTo(Participation.BaseYearRegime.PRE_DEAL);
    assertThat(preDeal.baseYearForfaitSocial()).isEqualTo(0.20);
    assertThat(preDeal.baseYearDue()).isEqualTo(1000 * 1.20);
    assertThat(preDeal.baseYearCredited()).isFalse();
    Participation scop = Participation.cooperative(180);
    assertThat(scop.baseYearRegime()).isEqualTo(Participation.BaseYearRegime.PRE_DEAL);
    assertThat(scop.baseYearForfaitSocial()).isEqualTo(0.20);
    assertThat(scop.forfaitSocial()).isEqualTo(0.08);
    assertThat(Participation.cooperative(20).baseYearForfaitSocial()).isZero();
    // the scenarios' SCOP settles its 2025 reserve as the SAS would; `deal` credits it at 8 %
    String text = java.nio.file.Files.readString(
        java.nio.file.Path.of("..", "examples", "decolletage-scenarios.yaml"));
    Deal scenarioScop = ScenarioReader.parse(text, "scenarios.yaml").stream()
        .filter(s -> s.name().equals("SCOP")).findFirst().orElseThrow().deal();
    assertThat(scenarioScop.participation().baseYearRegime())
        .isEqualTo(Participation.BaseYearRegime.PRE_DEAL);
    assertThat(scenarioScop.participation().baseYearDue()).isEqualTo(430_000 * 1.20);
    assertThat(scenarioScop.participation().baseYearCredited()).isFalse();
  }

  @Test
  void errorsNameTheKey() {
    failsWith("participation", "{baseYearReserveRegime: sas}",
        "participation.baseYearReserveRegime")
        .hasMessageContaining("expected one of `preDeal`, `deal`, found \"sas\"");
    failsWith("participation", "{baseYearReserveRegime: PreDeal}",
        "participation.baseYearReserveRegime").hasMessageContaining("`preDeal`");
    failsWith("participation", "{applies: sometimes}", "participation.applies")
        .hasMessageContaining("true or false");
    failsWith("participation", "{grossWageShare: 0}", "participation.grossWageShare")
        .hasMessageContaining("above 0%");
    failsWith("participation", "{forfaitSocial: \"120%\"}", "participation.forfaitSocial")
        .hasMessageContaining("between 0% and 100%");
    failsWith("participation", "{perEmployeeCap: -1}", "participation.perEmployeeCap");
    failsWith("participation", "{baseYearReserve: \"lots\"}", "participation.baseYearReserve");
    failsWith("participation", "{forfaitSocail: 0.2}", "participation.forfaitSocail")
        .hasMessageContaining("did you mean `forfaitSocial`?");
    failsWith("participation", "0.2", "participation").hasMessageContaining("a mapping");
  }

  /**
   * {@code blockedAccounts}: each reserve kept in blocked current accounts (L3323-3) for five years
   * by default (L3324-10), at the rate given (no default: the TMOP moves every half-year).
   */
  @Test
  void blockedAccountsAreReadWithTheirLegalPeriod() {
    Participation p = readWith("participation", "{blockedAccounts: {rate: \"3.37%\"}}")
        .participation();
    assertThat(p.blocked()).isTrue();
    assertThat(p.blockedYears()).isEqualTo(Participation.LEGAL_BLOCKED_YEARS).isEqualTo(5);
    assertThat(p.blockedRate()).isEqualTo(0.0337);
    Participation eight = readWith("participation", "{blockedAccounts: {years: 8, rate: 0.04}}")
        .participation();
    assertThat(eight.blockedYears()).isEqualTo(8);
    assertThat(eight.blockedRate()).isEqualTo(0.04);
    assertThat(eight.blockedInterestCapitalised()).isFalse(); // paid each year by default
    assertThat(readWith("participation",
        "{blockedAccounts: {rate: 0.03, interest: capitalised}}").participation()
        .blockedInterestCapitalised()).isTrue();
    assertThat(readWith("participation", "{blockedAccounts: false}").participation().blocked())
        .isFalse();
    assertThat(TestDeals.read(TestDeals.minimal()).participation().blocked()).isFalse();
    assertThat(eight.blockedEarlyRelease()).isZero(); // every credit stays its whole period
    assertThat(readWith("participation",
        "{blockedAccounts: {rate: 0.03, earlyRelease: \"12%\"}}").participation()
        .blockedEarlyRelease()).isEqualTo(0.12);
    assertThat(readWith("participation",
        "{blockedAccounts: {rate: 0.03, earlyRelease: 1}}").participation()
        .blockedEarlyRelease()).isEqualTo(1.0);
    // the employees' CSG and CRDS withheld at the credit: 9.7 % unless the file says otherwise
    assertThat(eight.blockedCreditLevies()).isEqualTo(Participation.CSG_CRDS).isEqualTo(0.097);
    assertThat(readWith("participation",
        "{blockedAccounts: {rate: 0.03, levies: 0}}").participation()
        .blockedCreditLevies()).isZero();
    assertThat(readWith("participation",
        "{blockedAccounts: {rate: 0.03, levies: \"9.2%\"}}").participation()
        .blockedCreditLevies()).isEqualTo(0.092);
    // paid out, nothing is withheld at a credit
    assertThat(readWith("participation", "{blockedAccounts: false}").participation()
        .blockedCreditLevies()).isZero();
  }

  @Test
  void blockedAccountsErrorsNameTheKey() {
    failsWith("participation", "{blockedAccounts: {years: 5}}", "participation.blockedAccounts.rate")
        .hasMessageContaining("at least the TMOP");
    failsWith("participation", "{blockedAccounts: {years: 0, rate: 0.03}}",
        "participation.blockedAccounts.years").hasMessageContaining("between 1 and 30");
    failsWith("participation", "{blockedAccounts: {years: 2.5, rate: 0.03}}",
        "participation.blockedAccounts.years").hasMessageContaining("whole number");
    failsWith("participation", "{blockedAccounts: {rate: \"-1%\"}}",
        "participation.blockedAccounts.rate").hasMessageContaining("between 0% and 100%");
    failsWith("participation", "{blockedAccounts: true}", "participation.blockedAccounts")
        .hasMessageContaining("false, or a mapping");
    failsWith("participation", "{blockedAccounts: {rate: 0.03, interest: yes}}",
        "participation.blockedAccounts.interest").hasMessageContaining("`paid`, `capitalised`");
    failsWith("participation", "{blockedAccounts: {rate: 0.03, earlyRelease: 1.5}}",
        "participation.blockedAccounts.earlyRelease").hasMessageContaining("between 0% and 100%");
    failsWith("participation", "{blockedAccounts: {rate: 0.03, levies: \"60%\"}}",
        "participation.blockedAccounts.levies").hasMessageContaining("between 0% and 50%");
    failsWith("participation", "{blockedAccounts: {rate: 0.03, levies: -0.1}}",
        "participation.blockedAccounts.levies").hasMessageContaining("between 0% and 50%");
    failsWith("participation", "{blockedAccounts: {rate: 0.03, earlyRelease: often}}",
        "participation.blockedAccounts.earlyRelease");
    failsWith("participation", "{blockedAccounts: {rate: 0.03, early: 0.1}}",
        "participation.blockedAccounts.early").hasMessageContaining("earlyRelease");
    failsWith("participation", "{blockedAccounts: {yeras: 5, rate: 0.03}}",
        "participation.blockedAccounts.yeras").hasMessageContaining("did you mean `years`?");
  }

  /**
   * {@code blockedAccounts.opening}: what the accounts hold at the closing, by the projected year
   * their period ends, year 1 first; not a per-year value (a shorter list does not repeat its
   * last amount), at most {@code years} amounts; none by default.
   */
  @Test
  void theAccountsHeldAtTheClosingAreReadByTheYearTheirPeriodEnds() {
    Participation p = readWith("participation",
        "{blockedAccounts: {years: 5, rate: 0.03, opening: [100, 80]}}").participation();
    assertThat(p.blockedOpening()).containsExactly(100.0, 80.0);
    assertThat(p.blockedOpeningTotal()).isEqualTo(180.0);
    assertThat(readWith("participation",
        "{blockedAccounts: {years: 2, rate: 0.03, opening: [0, 80]}}").participation()
        .blockedOpening()).containsExactly(0.0, 80.0);
    assertThat(readWith("participation", "{blockedAccounts: {rate: 0.03, opening: []}}")
        .participation().blockedOpening()).isEmpty();
    // none by default: the accounts start empty, and the rules equal those read without the key
    Participation none =
        readWith("participation", "{blockedAccounts: {rate: 0.03}}").participation();
    assertThat(none.blockedOpening()).isEmpty();
    assertThat(none.blockedOpeningTotal()).isZero();
    assertThat(none.withBlockedOpening(List.of())).isEqualTo(none);
    assertThat(readWith("participation", "{blockedAccounts: false}").participation()
        .blockedOpening()).isEmpty();
  }

  @Test
  void theAccountsHeldAtTheClosingAreCheckedAndTheErrorsNameTheKey() {
    // more amounts than the blocking period: one would be blocked longer than `years`
    failsWith("participation", "{blockedAccounts: {years: 2, rate: 0.03, opening: [1, 2, 3]}}",
        "participation.blockedAccounts.opening")
        .hasMessage("participation.blockedAccounts.opening: expected a list of at most 2 amounts"
            + " (`years` is 2: nothing stays blocked longer), what the accounts hold at the closing"
            + " by the projected year their blocking period ends, year 1 first, found a list of 3"
            + " item(s)");
    // the default period, five years
    failsWith("participation", "{blockedAccounts: {rate: 0.03, opening: [1, 2, 3, 4, 5, 6]}}",
        "participation.blockedAccounts.opening").hasMessageContaining("at most 5 amounts");
    failsWith("participation", "{blockedAccounts: {rate: 0.03, opening: 100}}",
        "participation.blockedAccounts.opening")
        .hasMessageEndingWith("year 1 first, found 100");
    failsWith("participation", "{blockedAccounts: {rate: 0.03, opening: [100, -5]}}",
        "participation.blockedAccounts.opening[1]")
        .hasMessage("participation.blockedAccounts.opening[1]: expected an amount of zero or more,"
            + " found -5");
    failsWith("participation", "{blockedAccounts: {rate: 0.03, opening: [lots]}}",
        "participation.blockedAccounts.opening[0]")
        .hasMessageContaining("expected an amount in currency units such as 1200000, found"
            + " \"lots\"");
    failsWith("participation", "{blockedAccounts: {rate: 0.03, openning: [1]}}",
        "participation.blockedAccounts.openning").hasMessageContaining("did you mean `opening`?");
  }
}
