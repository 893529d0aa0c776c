package org.reprise.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.WhoPays;
import org.reprise.io.DealReader;
import org.reprise.io.result.ResultJson;
import org.reprise.model.Deal;
import org.reprise.model.DealException;

/**
 * The workbook against the engine: written with formulas only, recalculated by LibreOffice, read
 * back, and every checked cell compared with the engine's value to a relative 1e-6.
 */
class ExcelModelTest {

  static final Path EXAMPLES = Path.of("..", "examples");
  /** Relative tolerance of the comparison (absolute below 1e-6 × base-year revenue). */
  static final double TOLERANCE = 1e-6;
  /** The tolerance of the cooperative's and the blocked accounts' comparisons. */
  static final double STRICT = 1e-9;

  /**
   * Rewrites, to break it on purpose, the formula of every year of the rows of {@code sheet}
   * whose label starts with {@code label} (the tests that show a broken formula fails the
   * comparison).
   *
   * @return the number of cells rewritten
   */
  static int rewriteRow(Sheet sheet, String label, int years,
      java.util.function.UnaryOperator<String> formula) {
    int rewritten = 0;
    for (Row row : sheet) {
      Cell a = row.getCell(0);
      if (a != null && a.getCellType() == CellType.STRING
          && a.getStringCellValue().startsWith(label)) {
        for (int t = 1; t <= years; t++) {
          Cell c = row.getCell(2 + t);
          c.setCellFormula(formula.apply(c.getCellFormula()));
          rewritten++;
        }
      }
    }
    return rewritten;
  }

  @TempDir Path dir;

  @Test
  void writesFormulasOnlyWithoutCachedValues() throws Exception {
    Deal deal = DealReader.read(EXAMPLES.resolve("paper-lbo.yaml"));
    ExcelModel.Built b = ExcelModel.build(deal);
    int formulas = 0;
    for (Sheet s : b.workbook()) {
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.FORMULA) {
            formulas++;
            assertThat(((XSSFCell) c).getCTCell().isSetV()).as(s.getSheetName() + "!"
                + c.getAddress()).isFalse();
          }
        }
      }
    }
    assertThat(formulas).isGreaterThan(500);
    assertThat(b.checks()).hasSizeGreaterThan(300);
    List<String> names = new ArrayList<>();
    b.workbook().forEach(s -> names.add(s.getSheetName()));
    assertThat(names).containsExactly("Inputs", "Operations", "Debt", "Tax", "Returns",
        "Value added");
    assertThat(b.workbook().getCTWorkbook().getCalcPr().getFullCalcOnLoad()).isTrue();
  }

  @Test
  void refusesWhatItCannotExpressWithTheList() throws Exception {
    // the scenarios' SCOP, a cooperative keeping its participation in blocked accounts, is
    // written; so is a distressed value after a payment default (ExcelDistressedTest)
    assertThat(ExcelModel.unsupported(scop("SCOP"))).isEmpty();
    String plan = Files.readString(EXAMPLES.resolve("paper-lbo.yaml"));
    String value = "  value:\n    multiple: 5\n    of: ltm\n";
    assertThat(plan).contains(value);
    Deal distressed = DealReader.parse(
        plan.replace(value, value + "  distressedValue: {multiple: 3, of: ltm}\n"), "d.yaml");
    assertThat(ExcelModel.unsupported(distressed)).isEmpty();
    Deal distributing = DealReader.parse(
        java.nio.file.Files.readString(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"))
            .replace("  distributions: 0", "  distributions: \"50%\""), "distributing.yaml");
    // the distributions paying the fund's shareholder loan first are written
    // (ExcelDistributionTest), and so is their lock-up under the covenants in this workbook of
    // several passes (ExcelLockUpTest)
    assertThat(ExcelModel.unsupported(distributing)).isEmpty();
    // a share premium the distributions may pay out is written too (ExcelSharePremiumTest): the
    // law's cap, the reserves first and the premium after, the premium off the capital
    Deal premium = DealReader.parse(
        java.nio.file.Files.readString(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"))
            .replace("  distributions: 0", "  distributions: \"50%\"")
            .replace("\nstructure:\n", "\nstructure:\n  sharePremium: 1000000\n"), "premium.yaml");
    assertThat(premium.structure().sharePremium()).isEqualTo(1_000_000.0);
    assertThat(ExcelModel.unsupported(premium)).isEmpty();
    // the only refusal left: a tranche borrowed by a holding the deal does not have (a deal built
    // in code: the deal reader refuses it)
    Deal fee = DealReader.parse(
        java.nio.file.Files.readString(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"))
            .replace("      pik: \"5%\"", "      pik: \"5%\"\n      prepaymentFee: \"2%\""),
        "fee.yaml");
    // a prepayment fee at the exit is laid out: the mezzanine claims 102 % at the exit
    assertThat(ExcelModel.unsupported(fee)).isEmpty();
    assertEqualsEngine(fee, "fee");
    // term loan A at 0.5 × EBITDA with all the cash swept is repaid in 2027: the engine writes
    // off the 43.2 k€ of its fee left for 2028-2030 (methodology §3), and so does the workbook,
    // with the year of the write-off as an input (recalculated by LibreOffice: the same)
    Deal early = DealReader.parse(
        java.nio.file.Files.readString(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"))
            .replace("        timesEbitda: 1.5", "        timesEbitda: 0.5")
            .replace("  cashSweep: \"50%\"", "  cashSweep: \"100%\"")
            .replace("  sweepBasis: excessCashFlow", "  sweepBasis: cash"),
        "early.yaml");
    assertThat(org.reprise.engine.LboEngine.DEFAULT.run(early).years().feeAmortisation)
        .containsExactly(new double[] {103_200, 135_600, 92_400, 92_400, 92_400},
            org.assertj.core.api.Assertions.within(1e-6));
    assertThat(org.reprise.engine.LboEngine.DEFAULT.run(early).debt().get(1).feeWrittenOff())
        .isEqualTo(2);
    assertThat(ExcelModel.unsupported(early)).isEmpty();
    assertEqualsEngine(early, "early");
  }

  /**
   * Term loan B maturing in 2030, the exit year (review 12, finding 1): the workbook's repayment
   * formula leaves its 10.8 M€ bullet to the sale, as the engine does (no payment default), and its
   * figures equal the engine's. The covenants' drawstop is written (ExcelLockUpTest).
   */
  @Test
  void aBulletMaturingAtTheExitEqualsTheEngineAndTheDrawstopIsWritten() throws Exception {
    String plan = Files.readString(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    String bullet = "        bullet: 7                # all in 2032, after the exit";
    assertThat(plan).contains(bullet);
    Deal atExit = DealReader.parse(plan.replace(bullet, "        bullet: 5"), "tlb5.yaml");
    assertThat(org.reprise.engine.LboEngine.DEFAULT.run(atExit).paymentDefault().occurred())
        .isFalse();
    assertThat(ExcelModel.unsupported(atExit)).isEmpty();
    assertEqualsEngine(atExit, "tlb5");
    // sold on the forward EBITDA: the year 2031 the run adds repays neither term loan B, due at
    // the exit, nor the vendor loan, due in 2031 (review 14, findings 2 and 8)
    String ltm = "    multiple: 7\n    of: ltm\n  fees: \"1.5%\"";
    assertThat(plan).contains(ltm);
    Deal forward = DealReader.parse(plan.replace(bullet, "        bullet: 5")
        .replace(ltm, "    multiple: 7\n    of: forward\n  fees: \"1.5%\""), "forward.yaml");
    org.reprise.engine.DealResult run = org.reprise.engine.LboEngine.DEFAULT.run(forward);
    assertThat(run.debt().get(2).mandatory()[5]).isZero(); // term loan B
    assertThat(run.debt().get(4).mandatory()[5]).isZero(); // the vendor loan
    assertEqualsEngine(forward, "tlb5-forward");
    String dscr = "  minDebtServiceCover: 1.0 ";
    assertThat(plan).contains(dscr);
    Deal drawstop =
        DealReader.parse(plan.replace(dscr, "  drawstop: true\n" + dscr), "drawstop.yaml");
    assertThat(drawstop.covenants().drawstop()).isTrue();
    assertThat(ExcelModel.unsupported(drawstop)).isEmpty();
    // the participation kept in blocked accounts (methodology §5.8) is written
    String reserve = "  baseYearReserve: ";
    assertThat(plan).contains(reserve);
    Deal blocked = DealReader.parse(plan.replace(reserve,
        "  blockedAccounts: {years: 5, rate: \"3.37%\"}\n" + reserve), "blocked.yaml");
    assertThat(ExcelModel.unsupported(blocked)).isEmpty();
  }

  /**
   * A related-party rate per year (CGI art. 39-1-3°: the average of each financial year's
   * quarterly rates): the workbook lays it out year by year on the Inputs sheet and its tax equals
   * the engine's; a higher cap deducts more of the fund's 10 % shareholder loan, so the group pays
   * less tax in 2026 than with the preset's flat 4.30 %.
   */
  @Test
  void aRelatedPartyRatePerYearEqualsTheEngine() throws Exception {
    String file = "decolletage-secondary-lbo.yaml";
    String plan = Files.readString(EXAMPLES.resolve(file));
    String preset = "  preset: france ";
    assertThat(plan).contains(preset);
    Deal perYear = DealReader.parse(plan.replace(preset,
        "  relatedPartyRate: [\"4.55%\", \"4.3%\", \"4%\"]\n" + preset), file);
    assertThat(perYear.tax().relatedPartyRate()).startsWith(0.0455, 0.043, 0.04, 0.04);
    DealResult flat = LboEngine.DEFAULT.run(DealReader.parse(plan, file));
    DealResult r = LboEngine.DEFAULT.run(perYear);
    assertThat(r.years().incomeTax[0]).isLessThan(flat.years().incomeTax[0]);
    assertThat(r.years().nonDeductibleInterest[1])
        .isEqualTo(flat.years().nonDeductibleInterest[1]);
    assertEqualsEngine(perYear, "related-rate-per-year");
  }

  /**
   * The paper LBO distributing all its cash, with 25 % of its debt (15) due in year 1, which its
   * free cash flow of 12 cannot pay: nothing is distributed in year 1; the arrears are paid in
   * year 2, which distributes what is left (the default is cured: the lock-up reads the year's
   * own payments), in the workbook as in the engine; with a leverage covenant, a
   * permitted-payment leverage level, or a permitted-payment cover and no distribution the year
   * after a default (year 2 then distributes nothing), the workbook tests the lock-up as the
   * engine (interest on the opening balances, a push-down: one pass).
   */
  @Test
  void theLockUpAfterADefaultEqualsTheEngine() throws Exception {
    String paper = java.nio.file.Files.readString(EXAMPLES.resolve("paper-lbo.yaml"))
        .replace("        bullet: 7                # due after the exit: repaid from the sale price",
            "        schedule: [\"25%\", 0, 0, 0, 0, 0, \"75%\"]")
        .replace("  cashSweep: \"100%\"", "  cashSweep: 0\n  distributions: \"100%\"");
    Deal deal = DealReader.parse(paper, "locked.yaml");
    org.reprise.engine.DealResult r = org.reprise.engine.LboEngine.DEFAULT.run(deal);
    assertThat(r.years().defaulted).containsExactly(true, false, false, false, false);
    assertThat(r.years().distributions[0]).isZero();
    assertThat(r.years().distributions[1]).isPositive();
    assertThat(r.years().distributionsLockedUp).containsOnly(false);
    assertEqualsEngine(deal, "locked");
    Deal tested = DealReader.parse(paper + "\ncovenants:\n  maxNetLeverage: 4\n", "tested.yaml");
    assertThat(ExcelModel.unsupported(tested)).isEmpty();
    assertEqualsEngine(tested, "tested");
    Deal level = DealReader.parse(paper.replace("  distributions: \"100%\"",
        "  distributions: \"100%\"\n  distributionMaxLeverage: 3"), "level.yaml");
    assertThat(ExcelModel.unsupported(level)).isEmpty();
    assertEqualsEngine(level, "level");
    Deal conditions = DealReader.parse(paper.replace("  distributions: \"100%\"",
        "  distributions: \"100%\"\n  distributionMinDebtServiceCover: 1.2\n"
            + "  distributionBlockedAfterBreach: true"), "conditions.yaml");
    assertThat(ExcelModel.unsupported(conditions)).isEmpty();
    assertThat(LboEngine.DEFAULT.run(conditions).years().distributionsLockedUp)
        .containsExactly(false, true, false, false, false);
    assertEqualsEngine(conditions, "conditions");
    Deal free = DealReader.parse(paper.replace("  distributions: \"100%\"",
        "  distributions: \"100%\"\n  distributionLockUp: false"), "free.yaml");
    assertThat(org.reprise.engine.LboEngine.DEFAULT.run(free).years().distributions)
        .containsExactly(r.years().distributions);
    assertEqualsEngine(free, "free");
  }

  /**
   * A permitted-payment debt service cover, here the status quo's payout rule
   * (statusQuo.payoutMinDebtServiceCover, 1 by default; financing.distributionMinDebtServiceCover
   * for a buyout): the workbook's distribution is 0 in the years whose FCF / debt service due is
   * below it, as the engine's lock-up makes it. The factory's status quo with its sales 30 % down
   * in 2027 pays its owners in 2026, nothing from 2027 to 2031 (covers 0.18, −1.13, 0.07, 0.35 and
   * 0.53) and again in 2032 (1.37).
   */
  @Test
  void thePermittedCoverEqualsTheEngine() throws Exception {
    String yaml = java.nio.file.Files.readString(EXAMPLES.resolve("decolletage-scenarios.yaml"));
    String growth = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";
    assertThat(yaml).contains(growth);
    java.nio.file.Path file = java.nio.file.Files.createTempFile("crisis", ".yaml");
    java.nio.file.Files.writeString(file,
        yaml.replace(growth, "growth: [\"3%\", \"-30%\", \"10%\", \"10%\", \"5%\"]"));
    Deal deal = org.reprise.io.ScenarioReader.read(file).stream()
        .filter(s -> s.kind().equals("status-quo")).findFirst().orElseThrow().deal();
    java.nio.file.Files.delete(file);
    assertThat(deal.financing().paymentConditions().minDebtServiceCover()).isEqualTo(1.0);
    org.reprise.engine.DealResult r = org.reprise.engine.LboEngine.DEFAULT.run(deal);
    assertThat(r.years().debtServiceCover[1]).isLessThan(1.0);
    assertThat(r.years().distributions[1]).isZero();
    assertThat(r.years().distributions[0]).isPositive();
    assertThat(r.years().distributions[6]).isPositive();
    assertThat(ExcelModel.unsupported(deal)).isEmpty();
    assertEqualsEngine(deal, "cover");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"paper-lbo.yaml", "decolletage-secondary-lbo.yaml", "employee-buyout.yaml",
          "decolletage-chain.yaml", "decolletage-scenarios.yaml"})
  void everyExampleRecalculatedByLibreOfficeEqualsTheEngine(String file) throws Exception {
    assertEqualsEngine(DealReader.read(EXAMPLES.resolve(file)), file.replace(".yaml", ""));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"status-quo", "fund-lbo",
      "employee-lbo"})
  void theScenariosOfTheFactoryEqualTheEngine(String kind) throws Exception {
    assertEqualsEngine(scenario(kind).deal(), "scenario-" + kind);
  }

  /**
   * The scenarios' two SCOPs (methodology §5.10), both keeping their participation in blocked
   * accounts (§5.8): the work share, the interest on shares, the members' capital, the buybacks of
   * the amorçage path, the blocked accounts and every other checked cell equal the engine's.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"SCOP", "SCOP d'amorçage"})
  void theCooperativesOfTheFactoryEqualTheEngine(String name) throws Exception {
    Deal deal = named(name).deal();
    assertThat(ExcelModel.unsupported(deal)).isEmpty();
    ExcelModel.Built b = ExcelModel.build(deal);
    assertThat(b.checks()).extracting(Check::pointer)
        .contains("/years/0/workShare", "/years/1/workSharePaid", "/years/2/participationBlocked",
            "/years/6/blockedAccounts", "/exit/blockedAccounts", "/years/3/buybacks");
    assertEqualsEngine(deal, b, "scenario-" + name.replace(' ', '-').replace("'", ""), STRICT);
  }

  /**
   * The base year's reserve under either regime on the scenarios' SCOP (methodology §5.8,
   * {@code participation.baseYearReserveRegime}): by default paid in cash in 2026 at the SAS's
   * 20 % (the input p.baseForfait, no credit in year 1), with or without the blocked accounts; with
   * {@code deal} credited to them at the SCOP's 8 % as before; every checked cell equals the
   * engine's.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "      blockedAccounts: false", "      blockedAccounts: {years: 5, rate: \"3.37%\"}\n"
          + "      baseYearReserveRegime: deal"})
  void theBaseYearsRegimeEqualsTheEngine(String participation) throws Exception {
    Deal deal = editedScenario("SCOP",
        "      blockedAccounts: {years: 5, rate: \"3.37%\"}", participation);
    ExcelModel.Built b = ExcelModel.build(deal);
    boolean preDeal = !participation.contains("deal");
    assertThat(deal.participation().baseYearRegime() == org.reprise.model.Participation
        .BaseYearRegime.PRE_DEAL).isEqualTo(preDeal);
    assertThat(b.checks()).extracting(Check::pointer).contains("/years/0/participationPaid");
    assertEqualsEngine(deal, b, "scop-base-year", STRICT);
  }

  /**
   * The scenarios' SCOP under the stress case (sales down), with its participation paid within
   * the work share or on top of it, without the investment provision (interest on the average
   * balances, the file's default): a year without a surplus allocates nothing (no work share, no interest on
   * shares) and the interest on shares the cash cannot pay stays owed; every checked cell equals
   * the engine's to 1e-9.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"",
      "      participationInWorkShare: false\n      investmentProvision: false\n"})
  void aStressedCooperativeWithALossYearEqualsTheEngine(String rules) throws Exception {
    Deal deal = org.reprise.report.html.StressCase.of(editedScenario("SCOP",
        "      workShare: \"40%\"", rules + "      workShare: \"40%\""));
    org.reprise.engine.YearTable y = LboEngine.DEFAULT.run(deal).years();
    boolean loss = false;
    for (int t = 0; t < y.workShare.length; t++) {
      loss |= y.opcoNetIncome[t] < 0 && y.workShare[t] == 0.0;
    }
    assertThat(loss).as("a year with a loss allocates no work share").isTrue();
    assertEqualsEngine(deal, ExcelModel.build(deal),
        "stressed-scop" + (rules.isEmpty() ? "" : "-rules"), STRICT);
  }

  /**
   * A SCOP whose blocked accounts release their credits inside the horizon (two years), early
   * (10 % a year), with their interest capitalised and accounts held at the closing, on the
   * amorçage path (interest on the average balances): every checked cell equals the engine's to
   * 1e-9.
   */
  @Test
  void aCooperativeReleasingItsBlockedAccountsEqualsTheEngine() throws Exception {
    Deal deal = editedScenario("SCOP d'amorçage",
        "      blockedAccounts: {years: 5, rate: \"3.37%\"}",
        "      blockedAccounts: {years: 2, rate: \"3%\", interest: capitalised,"
            + " earlyRelease: \"10%\", levies: 0, opening: [200000, 100000]}");
    org.reprise.engine.YearTable y = LboEngine.DEFAULT.run(deal).years();
    // year 1 pays out the 200 k€ whose period ends then, and 10 % of the rest and of its credit
    assertThat(y.participationReleased[0]).isGreaterThan(200_000);
    assertThat(y.participationReleased[3]).isPositive();
    assertThat(y.buybacks[2]).isPositive();
    assertEqualsEngine(deal, ExcelModel.build(deal), "scop-released", STRICT);
  }

  /**
   * The participation kept in blocked accounts (methodology §5.8) outside a SCOP: on the secondary
   * LBO (a holding in a tax group), released inside the horizon, early, with accounts held at the
   * closing (which come off the price and count with the net debt in the bridge) or with the
   * interest capitalised; on the holding without a tax group and on the push-down with the
   * average-balance interest. Every checked cell equals the engine's to 1e-9.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "decolletage-secondary-lbo.yaml|{years: 2, rate: \"3%\", earlyRelease: \"10%\", opening:"
          + " [300000, 200000]}",
      "decolletage-secondary-lbo.yaml|{years: 3, rate: \"3.37%\", interest: capitalised,"
          + " levies: 0}",
      "factory-holding-no-group.yaml|{years: 2, rate: \"3%\", interest: capitalised,"
          + " earlyRelease: \"5%\", opening: [100000, 50000]}",
      "factory-pushdown-average.yaml|{years: 1, rate: \"4%\"}"})
  void blockedAccountsEqualTheEngine(String variant) throws Exception {
    String file = variant.substring(0, variant.indexOf('|'));
    String accounts = variant.substring(variant.indexOf('|') + 1);
    String text = file.startsWith("decolletage") ? Files.readString(EXAMPLES.resolve(file))
        .replace("  baseYearReserve: ", "  blockedAccounts: " + accounts + "\n  baseYearReserve: ")
        : resource(file) + "\nparticipation:\n  blockedAccounts: " + accounts + "\n";
    Deal deal = DealReader.parse(text, file);
    assertThat(deal.participation().blocked()).isTrue();
    assertThat(ExcelModel.unsupported(deal)).isEmpty();
    org.reprise.engine.YearTable y = LboEngine.DEFAULT.run(deal).years();
    assertThat(java.util.Arrays.stream(y.participationReleased).sum())
        .as("released inside the horizon").isPositive();
    ExcelModel.Built b = ExcelModel.build(deal);
    assertThat(b.checks()).extracting(Check::pointer)
        .contains("/years/2/participationReleased", "/years/1/blockedAccountInterest",
            "/exit/blockedAccountsPaid");
    assertEqualsEngine(deal, b, "blocked-" + Math.abs(variant.hashCode()), STRICT);
  }

  /**
   * Tranches that rank pari passu (methodology §5.3, §5.5, §7): on the secondary LBO the two
   * senior term loans share the sweep pro rata to what each owes; on the push-down factory the
   * revolver and term loan A share the debt service (the stress case draws the revolver); in a
   * recession of the secondary LBO (sales down 17 % in 2027) the mezzanine and the vendor loan
   * share a shortfall of the debt service pro rata (2028: each is paid 56.5 % of its interest) and
   * the exit's proceeds. With the stress case
   * of each, every checked cell equals the engine's to 1e-9.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "decolletage-secondary-lbo.yaml|Senior term loan A|Senior term loan B",
      "factory-pushdown-revolver.yaml|Revolver|Senior term loan A",
      "decolletage-secondary-lbo.yaml|Mezzanine|Vendor loan"})
  void tranchesThatRankPariPassuEqualTheEngine(String variant) throws Exception {
    String[] parts = variant.split("\\|");
    String[] names = {parts[1], parts[2]};
    String plan = parts[0].startsWith("decolletage")
        ? Files.readString(EXAMPLES.resolve(parts[0])) : resource(parts[0]);
    for (String name : names) {
      String line = "    - name: \"" + name + "\"\n";
      assertThat(plan).contains(line);
      plan = plan.replace(line, line + "      pariPassu: together\n");
    }
    boolean recession = names[0].equals("Mezzanine");
    String growth = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";
    if (recession) {
      assertThat(plan).contains(growth);
      plan = plan.replace(growth, "growth: [\"3%\", \"-17%\", \"0%\", \"0%\", \"0%\"]");
    }
    Deal deal = DealReader.parse(plan, "pari-passu.yaml");
    assertThat(deal.financing().pariPassu()).hasSize(1);
    assertThat(ExcelModel.unsupported(deal)).isEmpty();
    DealResult r = LboEngine.DEFAULT.run(deal);
    int a = index(deal, names[0]);
    int b = index(deal, names[1]);
    if (recession) {
      // both juniors are paid part of their interest in 2028, the same share of what is due
      double unpaidA = r.debt().get(a).unpaidInterest()[2] / r.debt().get(a).cashInterest()[2];
      double unpaidB = r.debt().get(b).unpaidInterest()[2] / r.debt().get(b).cashInterest()[2];
      assertThat(unpaidA).isBetween(0.4, 0.5);
      assertThat(unpaidB).isCloseTo(unpaidA, org.assertj.core.api.Assertions.within(1e-12));
      assertThat(r.exit().paysEveryTranche(deal.financing().debt().size())).isFalse();
    } else if (names[0].startsWith("Senior")) {
      boolean shared = false;
      for (int t = 0; t < deal.years(); t++) {
        shared |= r.debt().get(a).sweep()[t] > 0 && r.debt().get(b).sweep()[t] > 0;
      }
      assertThat(shared).as("a sweep shared by the group").isTrue();
    }
    assertEqualsEngine(deal, ExcelModel.build(deal),
        "pari-passu-" + names[0].replace(' ', '-'), STRICT);
    Deal stressed = org.reprise.report.html.StressCase.of(deal);
    assertEqualsEngine(stressed, ExcelModel.build(stressed),
        "stressed-pari-passu-" + names[0].replace(' ', '-'), STRICT);
  }

  private static int index(Deal deal, String tranche) {
    for (int i = 0; i < deal.financing().debt().size(); i++) {
      if (deal.financing().debt().get(i).name().equals(tranche)) {
        return i;
      }
    }
    throw new AssertionError(tranche);
  }

  /** A scenario of the factory's file with {@code from} replaced by {@code to} in the file. */
  private Deal editedScenario(String name, String from, String to) throws Exception {
    String yaml = Files.readString(EXAMPLES.resolve("decolletage-scenarios.yaml"));
    int at = yaml.indexOf("  - name: \"" + name + "\"");
    int end = yaml.indexOf("\n  - name: ", at + 1);
    end = end < 0 ? yaml.length() : end + 1;
    String block = yaml.substring(at, end);
    assertThat(block).contains(from);
    Path file = dir.resolve("edited.yaml");
    Files.writeString(file, yaml.substring(0, at) + block.replace(from, to) + yaml.substring(end));
    return org.reprise.io.ScenarioReader.read(file).stream()
        .filter(s -> s.name().equals(name)).findFirst().orElseThrow().deal();
  }

  private static Deal scop(String name) {
    return named(name).deal();
  }

  private static org.reprise.io.Scenario named(String name) {
    return org.reprise.io.ScenarioReader.read(EXAMPLES.resolve("decolletage-scenarios.yaml"))
        .stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static org.reprise.io.Scenario scenario(String kind) {
    return org.reprise.io.ScenarioReader.read(EXAMPLES.resolve("decolletage-scenarios.yaml"))
        .stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"factory-pushdown.yaml", "employee-pushdown.yaml",
          "factory-pushdown-average.yaml", "employee-pushdown-average.yaml",
          "factory-pushdown-revolver.yaml", "employee-pushdown-revolver.yaml",
          "factory-holding-no-group.yaml", "factory-pushdown-cap.yaml",
          "factory-pushdown-thin.yaml", "factory-pushdown-safeguard.yaml",
          "factory-pushdown-ecf.yaml",
          "factory-group-losses.yaml", "factory-pushdown-merged-equity.yaml"})
  void variantsOfTheFactoryEqualTheEngine(String file) throws Exception {
    String text = resource(file);
    assertEqualsEngine(DealReader.parse(text, file), file.replace(".yaml", ""));
  }

  /**
   * A partial refinancing (methodology §3): the push-down factory keeps 2.0 M€ of its 3.0 M€ of
   * existing equipment loans in place and refinances the other 1.0 M€ at closing; the workbook's
   * uses, the kept loan's schedule and every other checked cell equal the engine's.
   */
  @Test
  void aPartialRefinancingEqualsTheEngine() throws Exception {
    String text = resource("factory-pushdown.yaml")
        .replace("  refinanceExistingDebt: true", "  refinanceExistingDebt: false")
        .replace("  debt:\n", "  debt:\n    - {name: \"Equipment loans\", lender: \"local banks\","
            + " existing: true, amount: 2000000, rate: \"3.5%\", repayment: {linear: 4}}\n");
    Deal deal = DealReader.parse(text, "partial.yaml");
    org.reprise.engine.SourcesAndUses su = LboEngine.DEFAULT.run(deal).sourcesAndUses();
    assertThat(su.uses()).extracting(org.reprise.engine.SourcesAndUses.Line::amount)
        .contains(1_000_000.0);
    assertEqualsEngine(deal, "partial-refinancing");
  }

  /**
   * The management ratchet (methodology §7.1) on the factory: on the fund's multiple, tiers 1.5× →
   * 20 % and 1.6× → 25 % (the fund makes 1.64× without: tier 2 applies capped, the management's
   * share rises from 15 % to 21.7 % and the fund keeps exactly 1.60×); on the fund's IRR, 8 % →
   * 20 % and 9.5 % → 30 % (10.4 % without: tier 2 capped too); and tiers the fund does not reach
   * (nothing moves). The workbook's shares, the ordinary lines of the waterfall and every party's
   * return equal the engine's, recalculated by LibreOffice.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "test: multiple, tiers: [{atLeast: 1.5, ownership: \"20%\"}, {atLeast: 1.6, ownership: \"25%\"}]",
      "test: irr, tiers: [{atLeast: \"8%\", ownership: \"20%\"}, {atLeast: \"9.5%\", ownership: \"30%\"}]",
      "test: multiple, tiers: [{atLeast: 3, ownership: \"20%\"}]"})
  void theManagementRatchetEqualsTheEngine(String terms) throws Exception {
    Deal deal = DealReader.parse(
        java.nio.file.Files.readString(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"))
            .replace("  distributions: 0\n", "  distributions: 0\n  ratchet: {beneficiary:"
                + " management, " + terms + "}\n"),
        "ratchet.yaml");
    assertThat(ExcelModel.unsupported(deal)).isEmpty();
    org.reprise.engine.RatchetOutcome outcome = LboEngine.DEFAULT.run(deal).exit().ratchet();
    assertThat(outcome.capped()).isEqualTo(!terms.contains("atLeast: 3"));
    ExcelModel.Built b = ExcelModel.build(deal);
    assertThat(b.checks()).extracting(Check::pointer)
        .contains("/exit/ratchet/shareAfter", "/returns/management/irr");
    assertEqualsEngine(deal, b, "ratchet-" + Math.abs(terms.hashCode()));
  }

  /**
   * Interest-rate hedges (methodology §5.11): on the push-down factory a 75 % swap at 2.4 % on term
   * loan A (paid in 2026, received after) and a 50 % cap at 2.2 % with a 0.6 % premium on term
   * loan B (received from 2027, the premium a use of funds expensed over 4 years); on the holding,
   * a swap on the holding's term loan A whose receipts lower what the holding needs from the
   * company. The settlements, the premiums, and every other checked cell equal the engine's,
   * recalculated by LibreOffice; the stress case (a deeper fall in sales) too.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"factory-pushdown-hedges.yaml", "factory-holding-hedge.yaml"})
  void interestRateHedgesEqualTheEngine(String file) throws Exception {
    String text = resource(file);
    Deal deal = DealReader.parse(text, file);
    double[] settlement = LboEngine.DEFAULT.run(deal).years().hedgeSettlement;
    assertThat(settlement[0]).isPositive();
    assertThat(settlement[1]).isNegative();
    assertThat(ExcelModel.unsupported(deal)).isEmpty();
    ExcelModel.Built b = ExcelModel.build(deal);
    assertThat(b.checks()).extracting(Check::pointer)
        .contains("/years/0/hedgeSettlement", "/years/3/hedgePremiumAmortisation");
    assertEqualsEngine(deal, b, file.replace(".yaml", ""));
    Deal stressed = org.reprise.report.html.StressCase.of(deal);
    assertEqualsEngine(stressed, "stressed-" + file.replace(".yaml", ""));
  }

  /**
   * A sweep stepping down with leverage (methodology §5.5), on the total net leverage (75 % above
   * 4.0×, 50 % above 3.6×, then nothing: the engine applies 75, 50, 0, 0, 0 %) and on the senior
   * net leverage with a revolver and the excess-cash-flow basis (100 % above 2.5×, 25 % above
   * 1.8×: 100, 25, 25, 0, 0 %): the workbook's tested ratio, each year's share and every other
   * checked cell equal the engine's, and the shares change from step to step.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"factory-pushdown-steps.yaml", "factory-pushdown-ecf-steps.yaml"})
  void aSweepSteppingDownWithLeverageEqualsTheEngine(String file) throws Exception {
    String text = resource(file);
    Deal deal = DealReader.parse(text, file);
    double[] shares = LboEngine.DEFAULT.run(deal).years().sweepShare();
    assertThat(java.util.Arrays.stream(shares).distinct().count()).isGreaterThanOrEqualTo(3);
    ExcelModel.Built b = ExcelModel.build(deal);
    assertThat(b.checks()).extracting(Check::pointer)
        .contains("/years/0/sweepShare", "/years/4/sweepLeverage");
    assertEqualsEngine(deal, b, file.replace(".yaml", ""));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"factory-pushdown-revolver.yaml", "employee-pushdown-revolver.yaml",
          "factory-pushdown-ecf.yaml"})
  void stressedVariantsDrawTheRevolverAndEqualTheEngine(String file) throws Exception {
    String text = resource(file);
    Deal stressed = org.reprise.report.html.StressCase.of(DealReader.parse(text, file));
    DealResult r = LboEngine.DEFAULT.run(stressed);
    double drawn = 0;
    for (org.reprise.engine.TrancheSchedule s : r.debt()) {
      for (double d : s.drawdown()) {
        drawn += d;
      }
    }
    assertThat(drawn).as("the stress case draws the revolver").isPositive();
    assertEqualsEngine(stressed, "stressed-" + file.replace(".yaml", ""));
  }

  /**
   * The interest cap's carry-forwards (212 bis VIII): in the stress case of a factory whose cap
   * binds, year 1 leaves part of the cap unused and the fall in sales puts later years above the
   * cap, which use it oldest first; the workbook's formulas give the engine's figures. The same
   * with the safeguard clause (212 bis V), where 75 % of what the capacity leaves is deducted.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"factory-pushdown-cap.yaml", "factory-pushdown-safeguard.yaml"})
  void unusedInterestCapOfTheStressCaseEqualsTheEngine(String file) throws Exception {
    String text = resource(file);
    Deal stressed = org.reprise.report.html.StressCase.of(DealReader.parse(text, file));
    org.reprise.engine.YearTable y = LboEngine.DEFAULT.run(stressed).years();
    assertThat(y.unusedInterestCapacity[0]).as("year 1 leaves part of the cap").isPositive();
    boolean used = false;
    for (int t = 1; t < y.unusedInterestCapacity.length; t++) {
      used |= y.unusedInterestCapacity[t] < y.unusedInterestCapacity[t - 1]
          && y.disallowedInterest[t] > 0;
    }
    assertThat(used).as("a later year above the cap uses it").isTrue();
    assertEqualsEngine(stressed, "stressed-" + file.replace(".yaml", ""));
  }

  @Test
  void changingAnInputInTheWorkbookRecomputesItLikeTheEngine() throws Exception {
    // the plan's workbook, with the revenue growth of the stress case typed into Inputs
    Deal plan = DealReader.read(EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    Deal stressed = org.reprise.report.html.StressCase.of(plan);
    ExcelModel.Built b = ExcelModel.build(plan);
    Sheet inputs = b.workbook().getSheet("Inputs");
    Row growth = null;
    for (Row r : inputs) {
      Cell a = r.getCell(0);
      if (a != null && a.getCellType() == CellType.STRING
          && a.getStringCellValue().equals("Revenue growth")) {
        growth = r;
      }
    }
    assertThat(growth).isNotNull();
    double previous = stressed.company().base().revenue();
    for (int t = 1; t <= stressed.years(); t++) {
      double revenue = stressed.operations().revenue()[t - 1];
      growth.getCell(2 + t).setCellValue(revenue / previous - 1);
      previous = revenue;
    }
    assertEqualsEngine(stressed, b, "changed-input");
  }

  /**
   * A recession that leaves the vendor loan unpaid: the secondary LBO with revenue down 35 % in
   * 2027. The seller's flows are −3,000, 120, 120, 0, 0, 0 k€ (engine IRR −77.9 %; the
   * mezzanine's −70.8 %), which LibreOffice's IRR does not solve from its default guess, nor from
   * multiple^(1 / years) − 1 (Err:523, checked); started from multiple^(1 / D) − 1, D the gap
   * between the mean dates of inflows and outflows, it does, and every cell equals the engine's.
   */
  @Test
  void aHeavyLossWithEarlyInflowsHasTheEnginesIrr() throws Exception {
    String file = "decolletage-secondary-lbo.yaml";
    String plan = Files.readString(EXAMPLES.resolve(file));
    String growth = "growth: [\"3%\", \"3%\", \"2.5%\", \"2.5%\", \"2%\"]";
    assertThat(plan).contains(growth);
    Deal recession = DealReader.parse(
        plan.replace(growth, "growth: [\"3%\", \"-35%\", \"0%\", \"0%\", \"0%\"]"), file);
    DealResult r = LboEngine.DEFAULT.run(recession);
    org.reprise.engine.PartyReturn seller = r.returnOf("first fund (seller)");
    assertThat(seller.irr()).isBetween(-0.78, -0.77);
    assertThat(seller.proceeds()).isCloseTo(240_000.0, org.assertj.core.api.Assertions.within(1e-6));
    ExcelModel.Built b = ExcelModel.build(recession);
    assertThat(b.checks()).extracting(Check::pointer)
        .contains("/returns/first fund (seller)/irr");
    assertEqualsEngine(recession, b, "recession-vendor-loan-unpaid");
  }

  /** @return a test deal file of this package's resources, as text */
  private static String resource(String file) throws java.io.IOException {
    return new String(ExcelModelTest.class.getResourceAsStream(file).readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Writes, recalculates with LibreOffice, and compares every checked cell. */
  void assertEqualsEngine(Deal deal, String name) throws Exception {
    assertEqualsEngine(deal, ExcelModel.build(deal), name);
  }

  /** Writes {@code b}, recalculates it with LibreOffice, compares it with the run of {@code deal}. */
  void assertEqualsEngine(Deal deal, ExcelModel.Built b, String name) throws Exception {
    assertEqualsEngine(deal, b, name, TOLERANCE);
  }

  /**
   * The same to a relative {@code tolerance} (absolute below {@code tolerance} × base-year
   * revenue); writes the number of cells compared and the largest relative difference to
   * target/excel/NAME.txt.
   *
   * @return the number of cells compared
   */
  int assertEqualsEngine(Deal deal, ExcelModel.Built b, String name, double tolerance)
      throws Exception {
    return assertEqualsEngine(deal, b, name, tolerance, 300);
  }

  /**
   * The same, with at least {@code minimum} cells compared (a short hold has fewer).
   *
   * @return the number of cells compared
   */
  int assertEqualsEngine(Deal deal, ExcelModel.Built b, String name, double tolerance,
      int minimum) throws Exception {
    assumeTrue(LibreOffice.find() != null,
        "LibreOffice (soffice) is not installed: run .ci/install-tools");
    DealResult result = LboEngine.DEFAULT.run(deal);
    JsonNode json = ResultJson.toTree(result, WhoPays.of(deal, result));
    Path xlsx = dir.resolve(name + ".xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      b.workbook().write(out);
    }
    Path keep = Path.of("target", "excel");
    Files.createDirectories(keep);
    Files.copy(xlsx, keep.resolve(name + ".xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path recalculated = LibreOffice.recalculate(xlsx, dir);
    double scale = tolerance * deal.company().base().revenue();
    double largest = 0.0;
    String where = "";
    List<String> problems = new ArrayList<>();
    int compared = 0;
    try (InputStream in = Files.newInputStream(recalculated);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Check c : b.checks()) {
        JsonNode expected = json.at(c.pointer());
        assertThat(expected.isMissingNode()).as(c.pointer()).isFalse();
        CellReference ref = new CellReference(c.cell());
        Cell cell = wb.getSheet(c.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
            : cell.getCellType();
        if (expected.isNull()) {
          if (type == CellType.NUMERIC) {
            problems.add(c + ": engine undefined, workbook " + cell.getNumericCellValue());
          }
          continue;
        }
        if (type != CellType.NUMERIC) {
          problems.add(c + ": engine " + expected.asDouble() + ", workbook " + type);
          continue;
        }
        double want = expected.asDouble();
        double got = cell.getNumericCellValue();
        compared++;
        double relative = Math.abs(got - want)
            / Math.max(Math.abs(want), deal.company().base().revenue());
        if (relative > largest) {
          largest = relative;
          where = c.toString();
        }
        if (Math.abs(got - want) > Math.max(tolerance * Math.abs(want), scale)) {
          problems.add(c + ": engine " + want + ", workbook " + got);
        }
      }
    }
    Files.writeString(keep.resolve(name + ".txt"), compared + " cells compared; the largest"
        + " difference, relative to the value or (below it) to the base-year revenue: " + largest
        + " at " + where + "\n");
    assertThat(problems).isEmpty();
    assertThat(compared).isGreaterThan(minimum);
    return compared;
  }
}
