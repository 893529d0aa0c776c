package org.reprise.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/**
 * A dividend recapitalisation (financing.debt[].drawnIn, docs/methodology.md §5.13) in the
 * workbook: recalculated by LibreOffice, every checked cell equals the engine's.
 */
class ExcelRecapTest {

  @TempDir Path dir;

  private final ExcelModelTest compare = new ExcelModelTest();

  @BeforeEach
  void shareTheDirectory() {
    compare.dir = dir;
  }

  static final Path RECAP = ExcelModelTest.EXAMPLES.resolve("decolletage-recap.yaml");
  private static final String AMOUNT = "      amount: 1500000\n";
  private static final String TEST = "      drawMaxNetLeverage: 4.0 ";
  private static final String COVENANTS = "  maxNetLeverage: [5.5, 5.0, 4.5, 4.0, 3.5]";

  private static String example() throws Exception {
    String text = Files.readString(RECAP);
    assertThat(text).contains(AMOUNT, TEST, COVENANTS);
    return text;
  }

  /**
   * The example (methodology §5.13): a holding in a tax group with interest on the average
   * balances; the 1.5 M€ senior recap facility is drawn at the start of 2029, since (net debt of
   * 2028 + 1.5 M€) / EBITDA of 2028 = 3.94× ≤ 4.0×, its 1,470.0 k€ (less the 2 % fee) all repay the
   * fund's shareholder loan (no reserves needed). Every checked cell, the recap's rows, the loan's
   * reduced coupon, the parties' flows at the end of 2028 and the bridge included, equals the
   * engine's to 1e-9.
   */
  @Test
  void theExampleEqualsTheEngine() throws Exception {
    Deal recap = DealReader.read(RECAP);
    assertThat(ExcelModel.unsupported(recap)).isEmpty();
    DealResult r = LboEngine.DEFAULT.run(recap);
    assertThat(r.years().recap().borrowed[3]).isEqualTo(1_500_000.0);
    assertThat(r.years().recap().shareholderLoansRepaid[3]).isEqualTo(1_470_000.0);
    ExcelModel.Built b = ExcelModel.build(recap);
    assertThat(b.checks()).extracting(Check::pointer)
        .contains("/years/3/recapBorrowed", "/years/3/recapShareholderLoans",
            "/debtSchedules/3/drawnAmount", "/returns/fund/flows/3");
    compare.assertEqualsEngine(recap, b, "recap", ExcelModelTest.STRICT);
  }

  /**
   * Refused: at a lenders' level of 3.9× (3.94× pro forma) nothing is drawn; after a covenant
   * broken in 2028 (its level cut to 3.0×) neither. The workbook's years are the deal's without
   * the recap, as the engine's.
   */
  @Test
  void aRecapTheLendersRefuseEqualsTheEngine() throws Exception {
    Deal level = DealReader.parse(example().replace(TEST, "      drawMaxNetLeverage: 3.9 "),
        "level.yaml");
    DealResult r = LboEngine.DEFAULT.run(level);
    assertThat(r.years().recap().refused[3]).isTrue();
    assertThat(r.years().recap().borrowed[3]).isZero();
    compare.assertEqualsEngine(level, ExcelModel.build(level), "recap-level",
        ExcelModelTest.STRICT);
    Deal breach = DealReader.parse(example().replace(COVENANTS,
        "  maxNetLeverage: [5.5, 5.0, 3.0, 4.0, 3.5]"), "breach.yaml");
    DealResult b = LboEngine.DEFAULT.run(breach);
    assertThat(b.years().covenantBreach[2]).isTrue();
    assertThat(b.years().recap().refusal[3])
        .isEqualTo(org.reprise.engine.RecapRows.Refusal.COVENANT_BREACH);
    compare.assertEqualsEngine(breach, ExcelModel.build(breach), "recap-breach",
        ExcelModelTest.STRICT);
  }

  /**
   * Sized: up to 4.0× of the EBITDA of 2028, 4.0 × 6,022,564.56 − 22,228,344.37 = 1,861,913.87 €
   * (methodology §5.13); capped at a maxAmount of 1 M€; as 0.3 × the EBITDA of 2028; with the
   * fund's shareholder loan turned into preferred shares, whose payment needs the company's
   * distributable reserves (the debt service cover covenant loosened to 0.9, which the preferred
   * shares' non-deductible dividend would break in 2028).
   */
  @Test
  void sizedAndMultipleRecapsEqualTheEngine() throws Exception {
    Deal sized = DealReader.parse(example().replace(AMOUNT,
        "      amount: {upToNetLeverage: 4.0}\n"), "sized.yaml");
    DealResult r = LboEngine.DEFAULT.run(sized);
    assertThat(r.years().recap().borrowed[3])
        .isCloseTo(1_861_913.87, org.assertj.core.api.Assertions.within(0.01));
    compare.assertEqualsEngine(sized, ExcelModel.build(sized), "recap-sized",
        ExcelModelTest.STRICT);
    Deal capped = DealReader.parse(example().replace(AMOUNT,
        "      amount: {upToNetLeverage: 4.0, maxAmount: 1000000}\n"), "capped.yaml");
    assertThat(LboEngine.DEFAULT.run(capped).years().recap().borrowed[3]).isEqualTo(1_000_000.0);
    compare.assertEqualsEngine(capped, ExcelModel.build(capped), "recap-capped",
        ExcelModelTest.STRICT);
    Deal multiple = DealReader.parse(example().replace(AMOUNT,
        "      amount: {timesEbitda: 0.3}\n"), "multiple.yaml");
    assertThat(LboEngine.DEFAULT.run(multiple).years().recap().borrowed[3])
        .isCloseTo(0.3 * r.years().ebitda[2], org.assertj.core.api.Assertions.within(1e-6));
    compare.assertEqualsEngine(multiple, ExcelModel.build(multiple), "recap-multiple",
        ExcelModelTest.STRICT);
    String loan = "      type: shareholder-loan\n";
    assertThat(example()).contains(loan);
    // preferred shares, whose dividend is not deductible, cover the 2028 debt service 0.998
    // times, under the covenant of 1.0: loosened to 0.9
    String dscr = "  minDebtServiceCover: 1.0 ";
    assertThat(example()).contains(dscr);
    Deal preferred = DealReader.parse(example().replace(loan, "      type: preferred\n")
        .replace(dscr, "  minDebtServiceCover: 0.9 "), "preferred.yaml");
    DealResult p = LboEngine.DEFAULT.run(preferred);
    org.reprise.engine.RecapRows pr = p.years().recap();
    // a dividend now, within the company's reserves at the end of 2028 (13.0 M€)
    assertThat(pr.borrowed[3]).isEqualTo(1_500_000.0);
    assertThat(pr.shareholderLoansRepaid[3]).isZero();
    assertThat(pr.distributable[3]).isGreaterThan(1_470_000.0);
    assertThat(pr.paid[3]).isEqualTo(1_470_000.0);
    compare.assertEqualsEngine(preferred, ExcelModel.build(preferred), "recap-preferred",
        ExcelModelTest.STRICT);
  }

  /**
   * With a holding, the company's book equity falls by what it upstreams only (methodology
   * §5.13, review 35, X5): the example's recap paying preferred shares a dividend of 1,470.0 k€,
   * borrowed by the holding (its book equity keeps the 1,470.0 k€), then by the company (it
   * upstreams them: its book equity and reserves fall by them). Both workbooks equal the engine.
   */
  @Test
  void whoBorrowsTheRecapDecidesTheCompanysEquity() throws Exception {
    String loan = "      type: shareholder-loan\n";
    String dscr = "  minDebtServiceCover: 1.0 ";
    String preferred = example().replace(loan, "      type: preferred\n")
        .replace(dscr, "  minDebtServiceCover: 0.9 ");
    Deal byHolding = DealReader.parse(preferred, "preferred-holding.yaml");
    Deal byCompany = DealReader.parse(preferred.replace(TEST, "      borrower: opco\n" + TEST),
        "preferred-opco.yaml");
    DealResult h = LboEngine.DEFAULT.run(byHolding);
    DealResult c = LboEngine.DEFAULT.run(byCompany);
    assertThat(c.years().recap().paid[3]).isEqualTo(1_470_000.0);
    // the year before the draw is the same; in the draw's year the company's equity differs by
    // the dividend it upstreamed (and by the year's results, which the borrower moves: compared
    // through the roll-forward, not the level)
    assertThat(c.years().opcoBookEquity[2]).isEqualTo(h.years().opcoBookEquity[2]);
    for (DealResult r : new DealResult[] {h, c}) {
      double up = r == c ? 1_470_000.0 : 0.0;
      assertThat(r.years().opcoBookEquity[3]).isCloseTo(r.years().opcoBookEquity[2]
          + r.years().opcoNetIncome[3] - r.years().dividendsUpstream[3] - up,
          org.assertj.core.api.Assertions.within(1e-6));
    }
    compare.assertEqualsEngine(byCompany, ExcelModel.build(byCompany), "recap-opco",
        ExcelModelTest.STRICT);
  }

  /**
   * The paper LBO (a push-down, interest on the opening balances, all the cash swept) with a
   * recap at 6 %, fee 1 %, a bullet 3 years from its draw at the start of 2028 (methodology
   * §5.13's worked example on this file): 15 pays the fund 14.85 in full; 30 meets the company's
   * reserves at the end of 2027 (18.3375: no reserves at a push-down's closing, net income
   * 9 + 9.3375): 18.3375 paid, 30 − 0.3 − 18.3375 = 11.3625 kept, which the year's sweep takes.
   */
  @Test
  void aRecapPaidWithinTheReservesEqualsTheEngine() throws Exception {
    String plan = Files.readString(ExcelModelTest.EXAMPLES.resolve("paper-lbo.yaml"));
    String sweep = "  cashSweep: \"100%\"";
    assertThat(plan).contains(sweep);
    for (int amount : new int[] {15, 30}) {
      String recap = "    - name: \"Recap\"\n      lender: recap\n      amount: " + amount
          + "\n      rate: \"6%\"\n      upfrontFee: \"1%\"\n      repayment:\n        bullet: 3\n"
          + "      sweep: false\n      drawnIn: 2028\n";
      Deal deal = DealReader.parse(plan.replace(sweep, sweep).replace("  cashSweep:",
          recap + "  cashSweep:"), "paper-recap-" + amount + ".yaml");
      DealResult r = LboEngine.DEFAULT.run(deal);
      assertThat(r.years().recap().borrowed[2]).isEqualTo(amount);
      if (amount == 15) {
        assertThat(r.years().recap().paid[2])
            .isCloseTo(14.85, org.assertj.core.api.Assertions.within(1e-9));
      } else {
        assertThat(r.years().recap().paid[2])
            .isCloseTo(18.3375, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.years().recap().kept[2])
            .isCloseTo(11.3625, org.assertj.core.api.Assertions.within(1e-9));
      }
      compare.assertEqualsEngine(deal, ExcelModel.build(deal), "paper-recap-" + amount,
          ExcelModelTest.STRICT);
    }
  }

  /**
   * The paper LBO with a recap of 15 drawn at the start of 2027, repaid 1/3 a year from its draw
   * (2027 to 2029, before the 2030 exit: its fee expensed over those three years) and swept before
   * the senior: the sweep repays it in full in 2028, which writes the rest of its fee off then
   * (an input from the engine's run, as any tranche's); and the same deal distributing all its
   * cash under a leverage covenant of 4× in 2026-27 and 2.5× after: the recap's debt (3.5× at the
   * end of 2027) is drawn, the law's cap holds 2026 and 2027 at the push-down's reserves (none,
   * then none left after the recap's dividend, methodology §5.5), and the lock-up cuts the
   * distribution of 2028 down to what leaves the year at 2.5× (a workbook of one pass).
   */
  @Test
  void aSweptRecapAndTheLockUpEqualTheEngine() throws Exception {
    String plan = Files.readString(ExcelModelTest.EXAMPLES.resolve("paper-lbo.yaml"));
    String recap = "    - name: \"Recap\"\n      lender: recap\n      amount: 15\n"
        + "      rate: \"6%\"\n      upfrontFee: \"1%\"\n      repayment:\n        linear: 3\n"
        + "      drawnIn: 2027\n";
    String sweep = "  cashSweep: \"100%\"";
    assertThat(plan).contains(sweep);
    // listed first: swept first
    String senior = "    - name: \"Senior debt\"\n";
    assertThat(plan).contains(senior);
    Deal swept = DealReader.parse(plan.replace(senior, recap + senior), "swept.yaml");
    DealResult r = LboEngine.DEFAULT.run(swept);
    assertThat(r.years().recap().borrowed[1]).isEqualTo(15.0);
    assertThat(r.debt().get(0).feeWrittenOff()).isEqualTo(3);
    compare.assertEqualsEngine(swept, ExcelModel.build(swept), "paper-recap-swept",
        ExcelModelTest.STRICT);
    Deal locked = DealReader.parse(plan.replace(sweep, recap + "  cashSweep: 0\n"
        + "  distributions: \"100%\"") + "\ncovenants:\n  maxNetLeverage: [4, 4, 2.5, 2.5, 2.5]\n", "locked.yaml");
    // the law's cap (methodology §5.5) holds 2026 and 2027 at the push-down's reserves (none, then
    // none left after the recap's dividend); from 2028 the lock-up cuts below it, to 2.5×
    assertThat(ExcelModel.unsupported(locked)).isEmpty();
    DealResult l = LboEngine.DEFAULT.run(locked);
    assertThat(l.years().recap().borrowed[1]).isEqualTo(15.0);
    assertThat(l.years().distributionsLockedUp[2]).isTrue();
    assertThat(l.years().distributionsCappedByReserves[1]).isTrue();
    assertThat(l.years().netLeverage[2]).isCloseTo(2.5, org.assertj.core.api.Assertions.within(1e-6));
    compare.assertEqualsEngine(locked, ExcelModel.build(locked), "paper-recap-locked",
        ExcelModelTest.STRICT);
  }

  /**
   * The example with a management ratchet on the fund's multiple (a tier from 1.5×) and on its IRR
   * (a tier from 10 %): the tiers test the fund's flows with the recap's repayment of its
   * shareholder loan at the end of 2028 (methodology §7.1); the management's share at the exit,
   * the waterfall and every party's return equal the engine's.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"multiple, atLeast: 1.5",
      "irr, atLeast: \"10%\""})
  void aRecapWithARatchetEqualsTheEngine(String terms) throws Exception {
    String[] parts = terms.split(", ", 2);
    String ratchet = "  ratchet:\n    beneficiary: management\n    test: " + parts[0] + "\n"
        + "    tiers:\n      - {" + parts[1] + ", ownership: \"25%\"}\n";
    String sweep = "  cashSweep: \"50%\"";
    assertThat(example()).contains(sweep);
    Deal both = DealReader.parse(example().replace(sweep, ratchet + sweep), "ratchet.yaml");
    assertThat(both.financing().ratchet()).isNotNull();
    assertThat(ExcelModel.unsupported(both)).isEmpty();
    DealResult r = LboEngine.DEFAULT.run(both);
    assertThat(r.years().recap().borrowed[3]).isEqualTo(1_500_000.0);
    // the tier moves ordinary shares to the management: above its 15 % as subscribed
    assertThat(r.exit().ratchet().shareAfter()).isGreaterThan(0.15);
    compare.assertEqualsEngine(both, ExcelModel.build(both), "recap-ratchet-" + parts[0],
        ExcelModelTest.STRICT);
  }
}
