package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.YearTable;
import org.reprise.model.Participation;

/**
 * The scenarios' SCOP keeps its participation in blocked current accounts, five years at the
 * 3.37 % TMOP (methodology §5.8 and §5.10 limit (d), review 15 finding 3): the bundled file,
 * against the same SCOP paying each reserve out in cash the next year, with the figures the
 * methodology quotes.
 */
class BlockedAccountsScenarioTest {

  private static final String CONTRIBUTIONS =
      "      memberContributions: 135000    # 1.5 % of wages subscribed each year by the members\n";
  private static final String BLOCKED = "    participation:\n"
      + "      blockedAccounts: {years: 5, rate: \"3.37%\"}   # TMOP, second half of 2023"
      + " (D3324-33)\n";

  /** @return the SCOP of the bundled file (blocked), or the same paying its reserve out */
  private static DealResult scop(boolean blocked) throws Exception {
    return scop(blocked, "");
  }

  private static DealResult scop(boolean blocked, String interest) throws Exception {
    return scop(blocked, interest, "");
  }

  /**
   * @param regime "" for the file's default, or a {@code baseYearReserveRegime} written at the
   *     top level beside {@code baseYearReserve}
   */
  private static DealResult scop(boolean blocked, String interest, String regime)
      throws Exception {
    String text = Files.readString(Path.of("..", "examples", "decolletage-scenarios.yaml"));
    assertThat(text).contains(CONTRIBUTIONS + BLOCKED);
    if (!blocked) {
      text = text.replace(CONTRIBUTIONS + BLOCKED, CONTRIBUTIONS);
    } else if (!interest.isEmpty()) {
      text = text.replace(CONTRIBUTIONS + BLOCKED, CONTRIBUTIONS + BLOCKED.replace(
          "rate: \"3.37%\"}", "rate: \"3.37%\"" + interest + "}"));
    }
    if (!regime.isEmpty()) {
      String top = "\n  baseYearReserve: 430000 ";
      assertThat(text).contains(top);
      text = text.replace(top, "\n  baseYearReserveRegime: " + regime + top);
    }
    for (Scenario s : ScenarioReader.parse(text, "scenarios.yaml")) {
      if (s.name().equals("SCOP")) {
        assertThat(s.deal().participation().blocked()).isEqualTo(blocked);
        return LboEngine.DEFAULT.run(s.deal());
      }
    }
    throw new AssertionError("no SCOP scenario");
  }

  /**
   * 2026 on the bundled SCOP (methodology §5.8, §13 item 34): the 2025 reserve, 430.0 k€, was
   * constituted by the SAS under its own agreement, so the SCOP pays it as the SAS would, in cash
   * with the general 20 % forfait social, not at the SCOP's 8 % into its blocked accounts:
   *
   * <pre>
   * participationPaid 2026 = 430,000 × (1 + 20 %)            = 516,000  (forfait social 86,000)
   * participationBlocked 2026 = 0: the accounts start in 2027, with the 2026 reserve
   * DSCR 2026 = FCF / debt service due = 2,814.7 / 2,887.2 k€  = 0.975
   * </pre>
   *
   * Credited under the SCOP's rules instead ({@code baseYearReserveRegime: deal}): 430,000 × (1 −
   * 9.7 %) = 388,290 to the accounts, 430,000 × (8 % + 9.7 %) = 76,110 paid (the forfait social
   * 34,400 and the employees' CSG and CRDS 41,710), the accounts' interest 3.37 % × 388,290 =
   * 13,085.4, and the DSCR 3,229.8 / 2,885.1 = 1.119: 439.9 k€ less paid in cash, 12.5 k€ more
   * tax (51.6 k€ less forfait social deducted) and the interest. Paid out without blocked
   * accounts at the SCOP's 8 % ({@code deal}, {@code blockedAccounts: false}): 430,000 × 1.08 =
   * 464,400, DSCR 0.988.
   */
  @Test
  void theSasReserveIsPaidInCashAtTheSasRateIn2026() throws Exception {
    YearTable k = scop(true).years(); // the bundled file
    assertThat(k.participationPaid[0]).isCloseTo(430_000.0 * 1.20, within(1e-6));
    assertThat(k.participationBlocked[0]).isZero();
    assertThat(k.blockedAccountInterest[0]).isZero();
    assertThat(k.freeCashFlow[0] / 1e3).isCloseTo(2_814.7, within(0.05));
    assertThat(k.debtServiceDue[0] / 1e3).isCloseTo(2_887.2, within(0.05));
    assertThat(k.debtServiceCover[0]).isCloseTo(k.freeCashFlow[0] / k.debtServiceDue[0],
        within(1e-12)).isCloseTo(0.975, within(0.0005));
    // paying its reserves out (no blocked accounts), 2026 is the same: the 2025 reserve is paid
    // in cash at 20 % either way
    YearTable p = scop(false).years();
    assertThat(p.participationPaid[0]).isCloseTo(430_000.0 * 1.20, within(1e-6));
    assertThat(p.debtServiceCover[0]).isCloseTo(0.975, within(0.0005));

    double csg = Participation.CSG_CRDS;
    YearTable d = scop(true, "", "deal").years();
    assertThat(d.participationBlocked[0]).isCloseTo((1.0 - csg) * 430_000.0, within(1e-6))
        .isCloseTo(388_290.0, within(1e-6));
    assertThat(d.participationPaid[0]).isCloseTo(430_000.0 * (0.08 + csg), within(1e-6))
        .isCloseTo(76_110.0, within(1e-6));
    assertThat(d.blockedAccountInterest[0]).isCloseTo(0.0337 * 388_290.0, within(1e-6));
    assertThat(d.debtServiceCover[0]).isCloseTo(1.1195, within(0.0005));
    // released in 2031, five years after its credit
    assertThat(d.participationReleased[5]).isCloseTo(388_290.0, within(1e-6));
    assertThat(k.participationReleased[5]).isZero();
    YearTable dp = scop(false, "", "deal").years();
    assertThat(dp.participationPaid[0]).isCloseTo(430_000.0 * 1.08, within(1e-6));
    assertThat(dp.debtServiceCover[0]).isCloseTo(0.988, within(0.0005));
  }

  @Test
  void keepingTheReserveLiftsTheSecondYearsDebtServiceCover() throws Exception {
    DealResult kept = scop(true); // the bundled file
    DealResult paid = scop(false);
    YearTable p = paid.years();
    YearTable k = kept.years();
    double csg = Participation.CSG_CRDS;
    // 2027 (index 1): the 2026 reserve, 315.6 k€, is credited instead of paid: 315.6 × 0.903 =
    // 285.0 k€ to the accounts, and the 30.6 k€ withheld leave in cash then, with the forfait
    // social
    assertThat(k.participation[0] / 1e3).isCloseTo(315.6, within(0.05));
    assertThat(k.participationBlocked[1])
        .isCloseTo((1.0 - csg) * k.participation[0], within(1e-6));
    assertThat(k.participationBlocked[1] / 1e3).isCloseTo(285.0, within(0.05));
    assertThat(k.participationPaid[1])
        .isCloseTo(k.forfaitSocial[0] + csg * k.participation[0], within(1e-6));
    assertThat(p.debtServiceCover[1]).isCloseTo(0.861, within(0.0005));
    assertThat(k.debtServiceCover[1]).isCloseTo(0.960, within(0.0005));
    // the accounts at the 2032 horizon, and the exit that owes them
    assertThat(k.blockedAccounts[6] / 1e3).isCloseTo(1_712.1, within(0.05));
    assertThat(kept.exit().blockedAccounts()).isEqualTo(k.blockedAccounts[6]);
    assertThat(kept.exit().blockedAccountsPaid()).isEqualTo(k.blockedAccounts[6]);
    // the releases: the 2026 reserve, credited in 2027, is paid out in 2032; nothing in 2031
    // (the 2025 reserve was paid in 2026)
    assertThat(k.participationReleased[4]).isZero();
    assertThat(k.participationReleased[5]).isZero();
    assertThat(k.participationReleased[6]).isCloseTo(k.participationBlocked[1], within(1e-6));
    assertThat(paid.valueBridge().equityGain() / 1e3).isCloseTo(24_567.5, within(0.05));
    assertThat(kept.valueBridge().equityGain() / 1e3).isCloseTo(24_465.0, within(0.05));
  }

  /** The interest capitalised: no cash paid for it, the accounts hold more at the horizon. */
  @Test
  void capitalisedInterestRaisesWhatTheAccountsHoldAtTheHorizon() throws Exception {
    DealResult capitalised = scop(true, ", interest: capitalised");
    assertThat(capitalised.exit().blockedAccounts())
        .isGreaterThan(scop(true).exit().blockedAccounts());
    YearTable k = capitalised.years();
    assertThat(capitalised.exit().blockedAccounts() / 1e3).isCloseTo(1_887.5, within(0.05));
    assertThat(k.debtServiceCover[1]).isCloseTo(0.9635, within(0.0005));
    for (int t = 0; t < k.size(); t++) {
      assertThat(k.blockedAccountInterestPaid[t]).isZero();
    }
    assertThat(k.blockedAccountInterest[1]).isPositive();
  }

  /**
   * Every scenario of the bundled file with blocked accounts held at the closing, given at the
   * top level ({@code participation.blockedAccounts} with {@code opening: [300000, 280000,
   * 260000, 240000, 220000]}, 1.3 M€, which every scenario inherits; the SCOPs keep their own
   * section, given the same amounts): in each, the price of the shares is net of them, sources =
   * uses, the equity invested is EV0 − ND0 − B0 + F0 and the value bridge sums to the gain
   * (methodology §3, §5.8, §9).
   */
  @Test
  void theAccountsHeldAtTheClosingKeepSourcesEqualToUsesInEveryScenario() throws Exception {
    String text = Files.readString(Path.of("..", "examples", "decolletage-scenarios.yaml"));
    String opening = ", opening: [300000, 280000, 260000, 240000, 220000]}";
    String scop = "blockedAccounts: {years: 5, rate: \"3.37%\"}";
    assertThat(text).contains(scop);
    text = text.replace(scop, scop.replace("}", opening));
    String top = "\n  baseYearReserve: 430000 ";
    assertThat(text).contains(top);
    text = text.replace(top,
        "\n  blockedAccounts: {years: 5, rate: \"3%\"" + opening + top);
    int scenarios = 0;
    for (Scenario s : ScenarioReader.parse(text, "scenarios.yaml")) {
      scenarios++;
      assertThat(s.deal().participation().blockedOpeningTotal()).as(s.name())
          .isEqualTo(1_300_000.0);
      DealResult r = LboEngine.DEFAULT.run(s.deal());
      org.reprise.engine.SourcesAndUses su = r.sourcesAndUses();
      double scale = su.totalUses();
      assertThat(su.blockedAccountsAtClosing()).as(s.name()).isEqualTo(1_300_000.0);
      assertThat(su.totalSources()).as(s.name() + ": sources = uses")
          .isCloseTo(su.totalUses(), within(0.005));
      double equity = 0.0;
      for (int i = 0; i < s.deal().financing().equity().size(); i++) {
        equity += su.sources().get(i).amount();
      }
      org.reprise.engine.ValueBridge b = r.valueBridge();
      assertThat(b.entryEquity()).as(s.name() + ": E0 = EV0 − ND0 − B0 + F0")
          .isCloseTo(equity, within(1e-9 * scale));
      assertThat(b.ebitdaGrowth() + b.multipleChange() + b.deleveraging() + b.distributions()
          + b.fees()).as(s.name() + ": the bridge sums")
          .isCloseTo(b.equityGain(), within(1e-9 * scale));
      // the first amount is paid out in 2026, with the year's credit's early releases (none)
      assertThat(r.years().participationReleased[0]).as(s.name())
          .isCloseTo(300_000.0, within(1e-6));
    }
    assertThat(scenarios).isEqualTo(5);
  }
}
