package org.reprise.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reprise.engine.BuyoutChain;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.EquityClass;
import org.reprise.model.Exit;
import org.reprise.model.Financing;
import org.reprise.model.Transaction;
import org.reprise.model.Valuation;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.RateShock;
import org.reprise.model.risk.Regime;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.StressScenario;

/**
 * The errors that random changes rarely reach (a SCOP's legal rules, a chain, the file itself,
 * the checks of the engine's risk records): each case makes the real code throw, and the message
 * it throws is collected. A case that does not throw is reported too, so that the list stays true.
 */
final class KnownErrors {

  /**
   * Messages built by reprise-sim, which this module does not depend on: copied from
   * PathGenerator and Simulator (the web module runs the simulation for real), and from
   * GridParameters.checkExitYear, which a grid's cell reports (reprise-cli's GridCellsTest).
   */
  static final List<String> SIMULATION = List.of(
      "expected whole calendar years from 2026 to the deal's exit year 2030, found 2024 (in the"
          + " grid cell --x company.baseYear=2025, --y exit.year=2024)",
      "the simulation applies growth to revenue: expected a positive base-year revenue, found 0.00",
      "the simulation applies growth to revenue: expected positive revenue every year, found -5.00"
          + " in year 3",
      "the stress starts in year 9, after the 5-year horizon",
      // reprise-cli's StressedPlan, GridCommand and ValidateCommand (SimulateCommandTest,
      // RunCommandTest, GridCommandTest and ValidateCommandTest check them for real)
      "the stress \"late\" starts in year 9 (2034), after the exit in year 5 (2030)",
      "the stress \"late\" starts in year 9 (2034), after the exit in year 5 (2030), so no cell"
          + " of the grid applies it",
      "the stress \"late\" starts in year 9 (2034), after the exit in year 5 (2030): simulate,"
          + " run, compare and grid refuse it (--stress)",
      "unknown stress scenario \"2008\": did you mean \"2009\"? The stress scenarios are"
          + " \"2009\", \"2009-severe\" (the file has no `risk` section: only the default"
          + " stresses apply; docs/risk.md §4)",
      "SCOP d'amorçage: employee members hold 42.1 % of the capital at the end of year 7; the law"
          + " requires at least 50 % (buy back more outside shares or raise more member capital)"
          + " (under the stress \"2009\")",
      "expected at least 1 path, found 0",
      "expected between 1 and 256 threads, found 0");

  /**
   * The usage errors of {@code reprise grid} built in reprise-sim (GridAxis, Grid, GridParameters,
   * GridMetric) and reprise-cli (GridCommand, KeyPaths), which this module does not depend on:
   * copied from there, without the option the command puts first ({@code --x: }).
   * reprise-cli's GridUsageErrorsTest produces each for real and checks its French.
   */
  static final List<String> GRID = List.of(
      // GridCommand
      "the two axes must vary different inputs, both vary entry.multiple",
      "expected between 1 and 256, found 0",
      "a recession.depth axis applies its own scaled \"2009\" stress in every cell, in place of"
          + " any other: drop --stress, or vary another input",
      "risk.cycle.regimes[1].growth.mean is part of the risk model, which only the Monte Carlo"
          + " metrics (default.probability, breach.probability) use; fund.irr is computed on the"
          + " deterministic deal",
      "fund.irr is computed on the deterministic deal; --paths and --seed are for the Monte Carlo"
          + " metrics default.probability and breach.probability",
      "default.probability is a Monte Carlo metric: give the paths per cell and the seed, for"
          + " example --paths 2000 --seed 1",
      "expected between 1 and 10,000,000 paths per cell, found 0",
      "2,000 cells × 200,000 paths = 400,000,000 paths in all, more than the 100,000,000 allowed;"
          + " use fewer paths or fewer points",
      "expected INPUT=FROM:TO:STEP such as entry.multiple=5:9:0.5, or INPUT=V1,V2,... such as"
          + " leverage=0.5,1,1.5; found 'entry.multiple=abc'",
      "unknown parameter `entry.multipl`: did you mean `entry.multiple`? The parameters are"
          + " entry.multiple, exit.multiple, exit.year, leverage, debt.rate, growth,"
          + " recession.depth, recession.growth, recession.probability. It is not a key path of"
          + " the deal file either: the deal file has no block `entry`; the top level has"
          + " reprise, name, company. A grid can set a value the file has, or add a key to a"
          + " block it has",
      "unknown parameter `entrymultiple`: did you mean `entry.multiple`? It is not a key path of"
          + " the deal file either: unknown key `entrymultiple`; allowed keys here: `reprise`,"
          + " `name`, `kind`",
      // GridOverlaps
      "transaction.price.multiple is part of the entry price, which the entry.multiple axis (--x)"
          + " sets itself in every cell, so this axis would change nothing: vary only one of them",
      "exit.value.multiple is part of the exit value, which the exit.multiple axis (--y) sets"
          + " itself in every cell, so this axis would change nothing: vary only one of them",
      "risk.cycle.regimes[1].growth.mean is the mean growth of the recession regime"
          + " \"recession\", which the recession.growth axis (--x) sets itself in every cell, so"
          + " this axis would change nothing: vary only one of them",
      "risk.stress[1].personnelFlex is a key of the stress \"mild\", which no cell applies, so"
          + " this axis would change nothing: give --stress \"mild\" to apply it in every cell",
      "risk.stress[1].personnelFlex is a key of the stress \"mild\", but every cell applies the"
          + " stress \"2009\", so this axis would change nothing",
      "risk.stress[0].relativeToPlan says whether the \"2009\" stress is relative to the plan,"
          + " but the recession.depth axis (--x) scales it as a shock relative to the plan in every"
          + " cell, so this axis would change nothing",
      "risk.stress[0].name is the name of the \"2009\" stress, which the recession.depth axis"
          + " (--x) scales in every cell (renamed, the built-in \"2009\" is scaled instead), so"
          + " this axis would change nothing",
      "risk.stress[0].growth[0] leaves the \"2009\" stress one year long with no costShift, whose"
          + " only fall the recession.depth axis (--x) sets itself in every cell, so this axis"
          + " would change nothing: vary its startYear or its personnelFlex instead, or give it"
          + " later years or a costShift in the file",
      "scenarios[2].financing.cashSweep is a key of the scenario \"Employee LBO\" (scenarios[2]),"
          + " but every cell runs the top-level deal (no --scenario), so this axis would change"
          + " nothing: give --scenario \"Employee LBO\" to run it",
      "scenarios[2].financing.cashSweep is a key of the scenario \"Employee LBO\" (scenarios[2]),"
          + " but every cell runs the scenario \"SCOP\" (--scenario), so this axis would change"
          + " nothing: give --scenario \"Employee LBO\" to run it",
      // DealCommand, GridCommand.pick (and RunCommand's, SimulateCommand's): InputException
      "no such file",
      "is a directory, not a deal file",
      "no scenario named \"nope\"; the scenarios are \"Status quo\", \"Fund LBO\", \"SCOP\"",
      // KeyPaths
      "the scenario \"Employee LBO\" sets `financing.debt` itself (`scenarios[2].financing.debt`),"
          + " so a change of the top-level value would not reach it: vary the scenario's own"
          + " value, under `scenarios[2].financing.debt`",
      "the edited file has no scenario named \"Fund LBO\"",
      // GridAxis, Grid
      "expected a parameter name for the axis, found none",
      "expected at least one value, found none",
      "expected finite values, found Infinity",
      "expected finite bounds and step, found Infinity:1:1",
      "expected a positive step, found 0",
      "expected from ≤ to, found 5 > 4: no points",
      "expected at most 10,000 values, found 10,001",
      "expected at most 10,000 points, found 1,001 × 101 = 101,101; use fewer values or a larger"
          + " step",
      // GridParameters
      "unknown parameter `zzz`. The parameters are entry.multiple, exit.multiple",
      "unknown parameter `entry.multipl`: did you mean `entry.multiple`? The parameters are"
          + " entry.multiple, exit.multiple",
      "scaling the debt needs an equity class with `amount: balance` to keep sources equal to"
          + " uses; the deal has none",
      "the deal has no new debt to scale",
      "the deal has no debt whose rate could change",
      "the risk model has no stress scenario \"2009\" whose depth could change",
      "the stress \"2009\" must start with a fall of revenue to be scaled; its first year's growth"
          + " is 0.05",
      "expected multiples above 0, found -1",
      "expected factors of 0 or more (1 = the deal), found -1",
      "expected changes of rate between -1 and 1 (-100% and +100%), found 2",
      "expected changes of growth above -1, found -1",
      "expected depths from 0 to 1 (exclusive; 0.3 = revenue -30%), found 1",
      "expected growth rates between -1 and 1 (exclusive; -0.15 = -15%), found 1",
      "expected probabilities between 0 and 1 (exclusive; 0.125 = a recession every 8 years),"
          + " found 0",
      // GridMetric
      "unknown metric `fund.irx`: did you mean `fund.irr`? The metrics are fund.irr, fund.moic,"
          + " default.probability, breach.probability",
      "unknown metric `zzz`. The metrics are fund.irr, fund.moic, default.probability,"
          + " breach.probability");

  /**
   * Messages the readers build for conditions a test cannot create here (the file system's own
   * errors as root, a bug), copied from DealReader.
   */
  static final List<String> UNREACHABLE = List.of(
      "cannot read the file: permission denied",
      "cannot read the file: Input/output error",
      "internal error while reading the deal, please report it: NullPointerException",
      "JSON syntax error: unreadable content",
      // KeyPathEdits: the steps before the last are checked to be blocks or lists first, and the
      // tree the readers read once is written back as JSON
      "`company` is a single value in the deal file, not a block of keys",
      "cannot write the edited deal: Infinite recursion",
      // YearSolver.drawLater: the reader refuses a recap sized as a share of the price first
      "a tranche drawn during the hold is sized as an amount or a multiple of EBITDA");

  /**
   * The messages of {@link DealWarnings}, which are not errors: produced for real by deals that
   * read and run.
   */
  static List<String> warnings() {
    List<String> out = new ArrayList<>();
    Deal noReserve = TestDeals.readWith("company.headcount", "180");
    LboEngine.DEFAULT.run(noReserve);
    DealWarnings.of(noReserve).forEach(w -> out.add(w.message()));
    if (out.isEmpty()) {
      throw new IllegalStateException("no warning for a deal of 180 employees without a reserve");
    }
    // a SCOP voting 55 % of its surplus as work share (CGI art. 214 1 6°)
    try {
      String yaml = java.nio.file.Files.readString(
          java.nio.file.Path.of("..", "examples", "decolletage-scenarios.yaml"))
          .replace("workShare: \"40%\"", "workShare: \"55%\"")
          .replace("reserveShare: \"50%\"", "reserveShare: \"35%\"");
      for (Scenario s : ScenarioReader.parse(yaml, "deal.yaml")) {
        LboEngine.DEFAULT.run(s.deal());
        // the message, and its text with the currency of the text reports when it differs
        DealWarnings.of(s.deal()).forEach(w -> {
          out.add(w.message());
          if (!w.text().equals(w.message())) {
            out.add(w.text());
          }
        });
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // blocked current accounts outside a SCOP (loi PACTE, review 17 finding 5)
    Deal blocked = TestDeals.readWith("participation",
        "{applies: true, blockedAccounts: {rate: \"3%\"}}");
    DealWarnings.of(blocked).forEach(w -> out.add(w.message()));
    // a closing date other than the base year's end (review 25, finding 3)
    for (String date : new String[] {"2026-06-30", "2025-06-30"}) {
      Deal off = TestDeals.readWith("transaction.closingDate", "\"" + date + "\"");
      DealWarnings.of(off).forEach(w -> out.add(w.message()));
      if (!out.contains(DealWarnings.closingDate(date, 2025))) {
        throw new IllegalStateException("no warning for a closing on " + date);
      }
    }
    // ordinary shares subscribed at different prices (review 25, finding F2)
    Deal priced = TestDeals.readWith("financing", "{equity: [{name: F, holder: fund, amount: 80,"
        + " ownership: 80%}, {name: M, holder: mgmt, amount: 10, ownership: 20%}, {name: L,"
        + " holder: fund, type: shareholder-loan, amount: balance}]}");
    List<DealWarnings.Warning> price = DealWarnings.of(priced);
    price.forEach(w -> out.add(w.message()));
    if (price.stream().noneMatch(w -> w.path().equals("financing.equity[1].amount"))) {
      throw new IllegalStateException("no warning for ordinary shares priced differently");
    }
    // a recap sized to a target with no commitment (review 33, M1)
    try {
      String recap = java.nio.file.Files.readString(
          java.nio.file.Path.of("..", "examples", "decolletage-recap.yaml"));
      Deal sized = DealReader.parse(recap.replace("amount: 1500000\n",
          "amount: {upToNetLeverage: 4.0}\n"), "deal.yaml");
      DealWarnings.of(sized).forEach(w -> out.add(w.message()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // a distributing deal whose distributable reserves are its whole book equity, or above it
    // (review 35, W2)
    try {
      String lbo = java.nio.file.Files.readString(
          java.nio.file.Path.of("..", "examples", "decolletage-secondary-lbo.yaml"));
      String distributing = lbo.replace("  distributions: 0\n", "  distributions: \"50%\"\n");
      DealWarnings.of(DealReader.parse(distributing, "deal.yaml")).forEach(w -> out.add(w.message()));
      DealWarnings.of(DealReader.parse(distributing.replace("    bookEquity: 12000000\n",
          "    bookEquity: 12000000\n    distributableReserves: 13000000\n"), "deal.yaml"))
          .forEach(w -> out.add(w.message()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (!out.contains(DealWarnings.RESERVES_WITH_CAPITAL)
        || !out.contains(DealWarnings.RESERVES_ABOVE_EQUITY)) {
      throw new IllegalStateException("no warning for the distributable reserves");
    }
    // a share premium that nothing pays out (review 38, X5)
    DealWarnings.of(TestDeals.readWith("structure.sharePremium", "1"))
        .forEach(w -> out.add(w.message()));
    if (!out.contains(DealWarnings.PREMIUM_NEVER_PAID)) {
      throw new IllegalStateException("no warning for a share premium never paid out");
    }
    if (!out.contains(DealWarnings.RECAP_UNCOMMITTED)) {
      throw new IllegalStateException("no warning for a sized recap without maxAmount");
    }
    if (!out.contains(DealWarnings.BLOCKED_OUTSIDE_SCOP)) {
      throw new IllegalStateException("no warning for blocked accounts outside a SCOP");
    }
    if (!out.contains(DealWarnings.WORK_SHARE_ABOVE_HALF)) {
      throw new IllegalStateException("no warning for a SCOP's work share of 55 %");
    }
    return out;
  }

  private final Map<String, String> messages = new LinkedHashMap<>();
  private final List<String> silent = new ArrayList<>();

  private KnownErrors() {}

  /** @return every case's message, by case name; {@link #silent} lists the cases that passed */
  static KnownErrors collect(Path tmp) {
    KnownErrors k = new KnownErrors();
    k.files(tmp);
    k.sections();
    k.scop();
    k.ratchets();
    k.risk();
    k.engine();
    k.keyPaths(tmp);
    return k;
  }

  Map<String, String> messages() {
    return messages;
  }

  List<String> silent() {
    return silent;
  }

  private void expect(String name, Runnable r) {
    try {
      r.run();
      silent.add(name);
    } catch (DealException e) {
      messages.put(name, ScenarioReader.messageOf(e));
    }
  }

  /** Reads the minimal deal with {@code path} set to a YAML value, and runs it. */
  private void deal(String path, String value) {
    expect(path + " = " + value, () -> run(TestDeals.with(path, value)));
  }

  /** A YAML file: the minimal deal with one line replaced. */
  private void yaml(String line, String replacement) {
    String text = TestDeals.MINIMAL.replace(line, replacement);
    if (text.equals(TestDeals.MINIMAL)) {
      throw new IllegalArgumentException("no line " + line);
    }
    expect(replacement.strip(), () -> DealReader.parse(text, "deal.yaml"));
  }

  private void tree(String name, ObjectNode tree) {
    expect(name, () -> run(tree));
  }

  private static void run(ObjectNode tree) {
    String text = tree.toString();
    LboEngine.DEFAULT.run(DealReader.parse(text, "deal.json"));
    for (Scenario s : ScenarioReader.parse(text, "deal.json")) {
      LboEngine.DEFAULT.run(s.deal());
    }
    RiskReader.parse(text, "deal.json");
  }

  private static ObjectNode with(ObjectNode tree, String... pathsAndValues) {
    for (int i = 0; i + 1 < pathsAndValues.length; i += 2) {
      TestDeals.with(tree, pathsAndValues[i], pathsAndValues[i + 1]);
    }
    return tree;
  }

  private static ObjectNode risky() {
    return (ObjectNode) BadDeals.tree(TestDeals.MINIMAL + BadDeals.RISK);
  }

  private void files(Path tmp) {
    expect("no file", () -> DealReader.read(null));
    expect("no text", () -> DealReader.parse(null, "x.yaml"));
    expect("directory", () -> DealReader.read(tmp));
    expect("missing file", () -> DealReader.read(tmp.resolve("missing.yaml")));
    expect("not UTF-8", () -> DealReader.read(write(tmp, "latin1.yaml", new byte[] {'a', (byte) 0xE9})));
    expect("larger than 20 MB", () -> DealReader.read(write(tmp, "big.yaml", new byte[20_000_001])));
    expect("too many characters", () -> DealReader.parse(" ".repeat(20_000_001), "x.yaml"));
    expect("empty", () -> DealReader.parse("# nothing\n", "x.yaml"));
    expect("a list", () -> DealReader.parse("- 1\n", "x.yaml"));
    expect("duplicate JSON key", () -> DealReader.parse("{\"reprise\": 1, \"reprise\": 1}", "x.json"));
    expect("two JSON documents", () -> DealReader.parse("{\"reprise\": 1} {}", "x.json"));
    expect("complex YAML key", () -> DealReader.parse("reprise: 1\n? [a, b]\n: 1\n", "x.yaml"));
    expect("binary value", () -> DealReader.parse(
        TestDeals.MINIMAL.replace("name: Test Co", "name: !!binary aGVsbG8="), "x.yaml"));
  }

  private static Path write(Path dir, String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void sections() {
    deal("reprise", "1e300");
    // who set the assumptions: a text (review 26, X7)
    deal("source", "[plan, 2026]");
    deal("source", "\"  \"");
    tree("no financing", with(TestDeals.minimal(), "financing", null));
    tree("cooperative rules in an LBO",
        with(TestDeals.minimal(), "kind", "employee-lbo", "cooperative", "{}"));
    deal("financing.equity", "[{name: A, holder: fund, amount: balance},"
        + " {name: B, holder: fund, amount: balance}]");
    deal("financing.debt", "[{name: Loan, lender: bank, amount: 100, rate: 5%, floating: true,"
        + " repayment: {bullet: 5}}]");
    // the fund's terms (FundReader)
    deal("fund", "{catchUp: 10%}");
    deal("fund.carry", "60%");
    deal("fund", "5");
    deal("fund.feeBasis", "drawn");
    tree("fund's terms without a fund", with(TestDeals.minimal(), "fund", "{}",
        "financing.equity", "[{name: Shares, holder: employees, amount: balance}]"));
    // the share premium (TransactionReader.structure, DealReader.checkPremium, and the engine's
    // check when a class is the balancing item)
    deal("structure.sharePremium", "-5");
    deal("structure.sharePremium", "lots");
    deal("structure.sharePremium", "1e12");
    tree("share premium above the shares", with(TestDeals.minimal(), "structure.sharePremium",
        "150", "financing.equity", "[{name: F, holder: fund, amount: 100}, {name: L,"
            + " holder: fund, type: shareholder-loan, amount: balance}]"));
    tree("share premium above the merged equity", with(TestDeals.minimal(), "structure",
        "{type: pushdown, mergedEquity: 500, sharePremium: 750}"));
    // the individuals' tax on their exit gains (PersonalTaxReader)
    String managers = "[{name: Fund, holder: fund, amount: balance},"
        + " {name: M, holder: management, amount: 10, managementPackage: true}]";
    tree("management package without personalTax",
        with(TestDeals.minimal(), "financing.equity", managers));
    tree("personalTax of a company not sold", with(TestDeals.minimal(), "financing.equity",
        managers, "personalTax", "{holders: [management], salaryRate: 45%}", "exit.sale",
        "false"));
    tree("personalTax without holders", with(TestDeals.minimal(), "financing.equity", managers,
        "personalTax", "{salaryRate: 45%}"));
    tree("personalTax of no holder", with(TestDeals.minimal(), "financing.equity", managers,
        "personalTax", "{holders: [], salaryRate: 45%}"));
    tree("personalTax of the fund", with(TestDeals.minimal(), "financing.equity", managers,
        "personalTax", "{holders: [fund], salaryRate: 45%}"));
    tree("personalTax of the holder fund.holder names", with(TestDeals.minimal(),
        "financing.equity", managers, "fund", "{holder: management}", "personalTax",
        "{holders: [management], salaryRate: 45%}"));
    tree("personalTax of an unknown holder", with(TestDeals.minimal(), "financing.equity",
        managers, "personalTax", "{holders: [managers], salaryRate: 45%}"));
    tree("personalTax holder twice", with(TestDeals.minimal(), "financing.equity", managers,
        "personalTax", "{holders: [management, management], salaryRate: 45%}"));
    tree("management package without salaryRate", with(TestDeals.minimal(), "financing.equity",
        managers, "personalTax", "{holders: [management]}"));
    tree("management package of another holder", with(TestDeals.minimal(), "financing.equity",
        "[{name: Fund, holder: fund, amount: balance}, {name: M, holder: management, amount: 10},"
            + " {name: E, holder: employees, amount: 10, managementPackage: true}]",
        "personalTax", "{holders: [management], salaryRate: 45%}"));
    tree("management package as a shareholder loan", with(TestDeals.minimal(),
        "financing.equity", "[{name: Fund, holder: fund, amount: balance}, {name: M, holder:"
            + " management, amount: 10, type: shareholder-loan, managementPackage: true}]",
        "personalTax", "{holders: [management], salaryRate: 45%}"));
    // an interest-rate hedge (TrancheReader.hedge)
    String floating = "{name: Loan, lender: bank, amount: 100, repayment: {linear: 5},"
        + " rate: {base: 2%, margin: 3%}, ";
    deal("financing.debt", "[" + floating + "hedge: {type: swap, share: 1, rate: 2%, years: 9}}]");
    deal("financing.debt", "[" + floating + "hedge: {type: swap, share: 0, rate: 2%, years: 3}}]");
    deal("financing.debt", "[" + floating + "hedge: {type: swap, share: 1, years: 3}}]");
    deal("financing.debt", "[" + floating + "hedge: {type: cap, share: 1, years: 3}}]");
    deal("financing.debt", "[" + floating + "hedge: {type: cap, share: 1, rate: 3%,"
        + " strike: 3%, years: 3}}]");
    deal("financing.debt", "[" + floating + "hedge: {type: swap, share: 1, rate: 2%,"
        + " strike: 3%, years: 3}}]");
    deal("financing.debt", "[" + floating + "hedge: {type: swap, share: 1, rate: 2%}}]");
    deal("financing.debt", "[" + floating + "floating: false, hedge: {type: swap, share: 1,"
        + " rate: 2%, years: 3}}]");
    deal("financing.debt", "[{name: Loan, lender: bank, amount: 100, rate: 5%,"
        + " repayment: {bullet: 5}, hedge: {type: swap, share: 1, rate: 2%, years: 3}}]");
    deal("financing.debt", "[{name: RCF, lender: bank, type: revolver, limit: 100,"
        + " rate: {base: 2%, margin: 2%}, hedge: {type: cap, share: 1, strike: 3%, years: 3}}]");
    // a dividend recapitalisation (TrancheReader.draw, FinancingReader, the engine)
    String recap = "{name: Recap, lender: fund2, amount: 100, rate: 6%, repayment: {bullet: 3},"
        + " drawnIn: 2028";
    deal("financing.debt", "[" + recap + ", type: revolver}]");
    deal("financing.debt", "[{name: L, lender: bank, amount: 100, rate: 5%,"
        + " repayment: {bullet: 5}, drawMaxNetLeverage: 4}]");
    deal("financing.debt", "[{name: RCF, lender: bank, type: revolver, limit: 100,"
        + " drawnIn: 2028}]");
    tree("existing debt drawn during the hold", with(TestDeals.minimal(),
        "transaction.refinanceExistingDebt", "false",
        "financing.debt", "[{name: Old, lender: bank, existing: true, rate: 5%,"
            + " repayment: {bullet: 3}, drawnIn: 2028}]"));
    deal("financing.debt", "[{name: Recap, lender: fund2, amount: 100, repayment: {bullet: 3},"
        + " drawnIn: 2028, rate: {base: 2%, margin: 3%},"
        + " hedge: {type: swap, share: 1, rate: 2%, years: 3}}]");
    deal("financing.debt", "[{name: Recap, lender: fund2, amount: {shareOfPrice: 10%},"
        + " rate: 6%, repayment: {bullet: 3}, drawnIn: 2028}]");
    deal("financing.debt", "[" + recap.replace("2028", "2026") + "}]");
    deal("financing.debt", "[" + recap.replace("2028", "2031") + "}]");
    deal("financing.debt", "[" + recap + ", drawMaxNetLeverage: 0}]");
    deal("financing.debt", "[" + recap.replace("2028", "[2028]") + "}]");
    // a recap sized to a target leverage (TrancheReader.sizedToLeverage, draw)
    String sized = recap.replace("amount: 100", "amount: {upToNetLeverage: 4}");
    deal("financing.debt", "[" + sized.replace("4}", "4, maxAmount: 0}") + "}]");
    deal("financing.debt", "[" + recap.replace("amount: 100", "amount: {maxAmount: 100}") + "}]");
    deal("financing.debt", "[" + recap.replace("amount: 100",
        "amount: {timesEbitda: 0.3, maxAmount: 100}") + "}]");
    deal("financing.debt", "[" + sized.replace(", drawnIn: 2028", "") + "}]");
    deal("financing.debt", "[" + sized.replace("4}", "4, timesEbitda: 1}") + "}]");
    deal("financing.debt", "[" + sized.replace("4}", "5}") + ", drawMaxNetLeverage: 4}]");
    // two messages the random changes of the examples reached before the recap example joined
    // them (BadDeals reads every example)
    tree("no transaction", with(TestDeals.minimal(), "transaction", null));
    deal("financing.equity", "[{name: A, holder: fund, amount: balance, ownership: 80%},"
        + " {name: B, holder: mgmt, amount: 10}]");
    deal("financing.debt", "[{name: Senior, lender: bank, amount: 100, rate: 5%,"
        + " repayment: {bullet: 5}, pariPassu: A}, " + recap + ", pariPassu: A}]");
    tree("a recap in a hold of one year", with(TestDeals.minimal(), "exit.year", "2026",
        "financing.debt", "[" + recap.replace("2028", "2027") + "}]"));
    tree("a recap in a SCOP", with(scopTree(), "financing.debt", "[" + recap + "}]"));
    Deal recapDeal = DealReader.parse(with(TestDeals.minimal(), "financing.debt",
        "[" + recap + "}]").toString(), "x.json");
    expect("a recap in a chain", () -> BuyoutChain.run(recapDeal, 2));
    deal("projections", "{revenue: {amounts: [1000]}}");
    deal("tax", "{preset: generic}");
    deal("projections.revenue", "{growth: 0.1, amounts: [1, 2]}");
    deal("projections.revenue", "{amounts: 5}");
    deal("projections", "{ebitdaMargin: 10%, costs: {purchases: {variable: 0.4}}}");
    deal("projections.ebitdaMargin", "90%");
    deal("projections.minimumCash", "[]");
    deal("projections.costs", "{personnel: {headcount: []}}");
    deal("projections.costs", "{personnel: {headcount: -5}}");
    deal("transaction.refinanceExistingDebt", "false");
    deal("transaction.fees", "lots");
    deal("transaction.price", "{amount: 5, multiple: 6}");
    deal("transaction.price", "{of: ltm}");
    // a cash sweep stepping down with leverage: an empty list, a step without its share, a
    // threshold missing or on the last step, thresholds that do not decrease, a sweep leverage
    // without steps
    deal("financing.cashSweep", "[]");
    deal("financing.cashSweep", "[{leverageAbove: 3}, {share: 0}]");
    deal("financing.cashSweep", "[{share: 50%}, {share: 0}]");
    deal("financing.cashSweep", "[{share: 50%, leverageAbove: 3}, {share: 0, leverageAbove: 2}]");
    deal("financing.cashSweep", "[{share: 75%, leverageAbove: 2}, {share: 50%, leverageAbove: 3},"
        + " {share: 0}]");
    deal("financing.sweepLeverage", "senior");
    deal("financing.equity[0].coupon", "5%");
    deal("financing.equity", "[{name: A, holder: a, amount: balance}, {name: P, holder: b,"
        + " type: preferred, amount: 10, ownership: 10%}]");
    deal("financing.equity[0].type", "preferred");
    // the roles of the envy ratio: two roles for one holder, two sponsors, no sponsor, a bad one
    deal("financing.equity", "[{name: A, holder: a, amount: balance, role: sponsor},"
        + " {name: L, holder: a, type: shareholder-loan, amount: 10, role: management}]");
    deal("financing.equity", "[{name: A, holder: a, amount: balance, role: sponsor},"
        + " {name: B, holder: b, amount: 10, role: sponsor}]");
    deal("financing.equity", "[{name: A, holder: a, amount: balance},"
        + " {name: B, holder: b, amount: 10, role: management}]");
    deal("financing.equity[0].role", "fund");
    deal("tax", "{preset: generic, rate: 25%, smeReducedRate: true}");
    deal("structure", "{type: pushdown, holdingCosts: 5}");
    deal("structure", "{type: pushdown, taxGroup: true}");
    deal("tax", "{standalone: true, safeguardClause: true}");
    deal("tax.acquisitionCostAmortisation", "2.5");
    deal("financing.sweepBasis", "flow");
    deal("projections.revenue", "{increase: [-1000000000]}");
    deal("projections.revenue", "{growth: -100%}");
    deal("structure", "{type: holding, mergedEquity: 5}");
    deal("covenants.maxNetLeverage", "[]");
    deal("participation.grossWageShare", "0");
    deal("participation.blockedAccounts", "{years: 5}");
    deal("participation.blockedAccounts", "true");
    deal("participation.blockedAccounts", "{years: 0, rate: 0.03}");
    deal("participation.blockedAccounts", "{rate: 0.03, interest: yes}");
    deal("participation.blockedAccounts", "{rate: 0.03, earlyRelease: \"150%\"}");
    deal("participation.blockedAccounts", "{rate: 0.03, levies: \"60%\"}");
    deal("participation.blockedAccounts", "{years: 2, rate: 0.03, opening: [1, 2, 3]}");
    deal("participation.blockedAccounts", "{rate: 0.03, opening: [100, -5]}");
    deal("participation.baseYearReserveRegime", "sas");
    deal("participation.baseYearReserveRegime", "[preDeal]");
    deal("company.headcount", "false");
    // numbers YAML would read another way than written, aliases, a fraction as a text: YAML
    // text, read as a user's file is
    yaml("    revenue: 1000", "    revenue: 01000");
    yaml("    revenue: 1000", "    revenue: 0x3E8");
    yaml("    revenue: 1000", "    revenue: 0b1111101000");
    yaml("    revenue: 1000", "    revenue: 1_000");
    yaml("    revenue: 1000", "    revenue: .nan");
    yaml("    revenue: 1000", "    revenue: -.inf");
    yaml("  name: Test Co", "  name: 1.50");
    // a number too large for a double, echoed as written (review 9, input F8)
    yaml("  price: {multiple: 6}", "  price: {multiple: 1e400}");
    // an all-in cash rate below −5 % (review 9, input F6)
    deal("financing.debt", "[{name: Loan, lender: bank, amount: 100, repayment: {bullet: 5},"
        + " rate: {base: 0, margin: -6%}}]");
    yaml("    - {name: Fund, holder: fund, amount: balance}",
        "    - {name: Fund, holder: &f fund, amount: balance}\n    - {name: B, holder: *f,"
            + " amount: 5, ownership: 10%}");
    deal("scenarios", "5");
    deal("scenarios", "[]");
    deal("scenarios", "[" + java.util.stream.IntStream.rangeClosed(1, 21)
        .mapToObj(i -> "{name: S" + i + ", kind: fund-lbo}")
        .collect(java.util.stream.Collectors.joining(", ")) + "]");
    deal("scenarios", "[{name: A, kind: fund-lbo}, {name: A, kind: fund-lbo}]");
    deal("chain", "{}");
    deal("exit.distressedValue", "{multiple: 4, of: forward}");
    deal("kind", "scop");
    tree("status quo with a cooperative",
        with(TestDeals.minimal(), "kind", "status-quo", "cooperative", "{}"));
    tree("status quo without a price",
        with(TestDeals.minimal(), "kind", "status-quo", "transaction.price", null));
    tree("revenue amounts up to the exit",
        with(TestDeals.minimal(), "exit.year", "2026", "projections.revenue", "{amounts: []}"));
    String tranche = "{name: T, lender: bank, amount: 100, rate: 5%, repayment: {linear: 5}";
    deal("financing.debt", "[" + tranche + ", existing: true}]");
    deal("financing.debt", "[" + tranche + ", limit: 5}]");
    deal("financing.debt", "[" + tranche.replace("repayment: {linear: 5}",
        "repayment: {schedule: [60%, 60%]}") + "}]");
    deal("financing.debt", "[" + tranche.replace("repayment: {linear: 5}",
        "repayment: {schedule: 5}") + "}]");
    deal("financing.debt", "[" + tranche.replace("repayment: {linear: 5}",
        "repayment: {schedule: []}") + "}]");
    deal("financing.debt", "[{name: R, lender: bank, type: revolver, amount: 5, limit: 10,"
        + " rate: 5%}]");
    deal("financing.debt", "[{name: R, lender: bank, type: revolver, limit: 10, drawn: 20,"
        + " rate: 5%}]");
    deal("transaction.price", "{amount: 0}");
    deal("financing.debt", "[" + tranche + ", pariPassu: senior}]");
    deal("financing.debt", "[" + tranche + ", pariPassu: senior, borrower: opco}, "
        + tranche.replace("name: T", "name: U") + ", pariPassu: senior, borrower: holding}]");
    deal("financing.debt", "[" + tranche + ", pariPassu: senior, borrower: holding}, "
        + tranche.replace("name: T", "name: U") + ", pariPassu: senior, borrower: opco}]");
    tree("holding debt under push-down", with(TestDeals.minimal(), "structure", "{type: pushdown}",
        "financing.debt", "[" + tranche + ", borrower: holding}]"));
    tree("existing debt of the holding", with(TestDeals.minimal(),
        "transaction.refinanceExistingDebt", "false",
        "financing.debt", "[" + tranche + ", existing: true, borrower: holding}]"));
    // the existing debt left in place is at most the base year's financial debt, which the price
    // deducts
    tree("existing debt above the company's", with(TestDeals.minimal(),
        "transaction.refinanceExistingDebt", "false",
        "financing.debt", "[" + tranche + ", existing: true}]"));
    tree("existing debt as a multiple", with(TestDeals.minimal(),
        "transaction.refinanceExistingDebt", "false",
        "financing.debt", "[" + tranche.replace("amount: 100", "amount: {timesEbitda: 1}")
            + ", existing: true}]"));
    // A price on an EBITDA that is not positive: the base year's, or year 1's for a forward
    // multiple (the minimal deal's base-year EBITDA is 1000 − 400 − 100 − 20 − 300 = 180).
    deal("company.actuals.personnelCosts", "700");
    deal("company.actuals.personnelCosts", "480");
    tree("forward multiple of a negative EBITDA", with(TestDeals.minimal(),
        "transaction.price", "{multiple: 6, of: forward}", "projections.ebitdaMargin", "-10%"));
    tree("forward multiple of a zero EBITDA", with(TestDeals.minimal(),
        "transaction.price", "{multiple: 6, of: forward}", "projections.ebitdaMargin", "0%"));
    tree("negative debt", with(TestDeals.minimal(), "company.actuals.personnelCosts", "700",
        "transaction.price", "{amount: 1000}",
        "financing.debt", "[{name: T, lender: bank, amount: {timesEbitda: 2}, rate: 5%,"
            + " repayment: {linear: 5}}]"));
    String text = with(TestDeals.minimal(), "chain", "{rounds: 20}", "exit.year", "2031")
        .toString();
    expect("chain too long", () -> ScenarioReader.parseChain(text, "x.json", null));
    expect("chain rounds", () -> ScenarioReader.parseChain(TestDeals.MINIMAL, "x.yaml", 25));
    expect("chain of a company its owners keep", () -> ScenarioReader.parseChain(
        TestDeals.with("exit.sale", "false").toString(), "x.json", 2));
    expect("chain of a status quo", () -> ScenarioReader.parseChain(
        TestDeals.with("kind", "status-quo").toString(), "x.json", 2));
    expect("chain with a fund's terms", () -> ScenarioReader.parseChain(
        TestDeals.with("fund", "{}").toString(), "x.json", 2));
    expect("chain with a personal tax", () -> ScenarioReader.parseChain(
        TestDeals.with("personalTax", "{holders: [fund]}").toString(), "x.json", 2));
    Deal minimal = DealReader.parse(TestDeals.MINIMAL, "x.yaml");
    expect("chain of no round", () -> BuyoutChain.run(minimal, 0));
    expect("chain longer than the deal", () -> BuyoutChain.run(minimal, 3));
    expect("exit after the projection", () -> LboEngine.DEFAULT.run(new Deal(minimal.name(),
        minimal.company(), minimal.operations(), minimal.transaction(), minimal.structure(),
        minimal.financing(), minimal.tax(), minimal.covenants(),
        new Exit(9, minimal.exit().value(), 0, null, true), minimal.interestBasis(),
        minimal.participation(), minimal.cooperative())));
    expect("price amount not positive (record)", () -> LboEngine.DEFAULT.run(new Deal(
        minimal.name(), minimal.company(), minimal.operations(),
        new Transaction(new Valuation(Valuation.Basis.AMOUNT, -5), true, 0, 0, 0, "2025-12-31"),
        minimal.structure(), minimal.financing(), minimal.tax(), minimal.covenants(),
        minimal.exit(), minimal.interestBasis(), minimal.participation(),
        minimal.cooperative())));
    expect("no ordinary shares", () -> LboEngine.DEFAULT.run(new Deal(minimal.name(),
        minimal.company(), minimal.operations(), minimal.transaction(), minimal.structure(),
        new Financing(List.of(new EquityClass("P", "fund", EquityClass.Kind.PREFERRED, Double.NaN,
            0, Double.NaN)), List.of(), 0, 0), minimal.tax(), minimal.covenants(),
        minimal.exit(), minimal.interestBasis(), minimal.participation(),
        minimal.cooperative())));
  }

  private static ObjectNode scopTree() {
    return with(TestDeals.minimal(), "kind", "scop", "cooperative", "{}",
        "structure", "{type: pushdown}",
        "financing.equity", "[{name: Parts, holder: employees, amount: balance}]");
  }

  /** Two holders of ordinary shares, fund 80 % and mgmt 20 %, and {@code ratchet} (§7.1). */
  private static String ratchet(String ratchet) {
    return "{equity: [{name: F, holder: fund, amount: 80, ownership: 80%}, {name: M, holder: mgmt,"
        + " amount: 20, ownership: 20%}, {name: L, holder: fund, type: shareholder-loan, amount:"
        + " balance}], ratchet: " + ratchet + "}";
  }

  /** The management ratchet's errors (docs/deal-format.md, `financing.ratchet`). */
  private void ratchets() {
    String tiers = "tiers: [{atLeast: 2, ownership: 30%}]";
    deal("financing", ratchet("{beneficiary: bob, test: multiple, " + tiers + "}"));
    deal("financing", "{equity: [{name: F, holder: fund, amount: balance}], ratchet:"
        + " {beneficiary: fund, test: multiple, " + tiers + "}}");
    deal("financing", ratchet("{beneficiary: mgmt, investor: bank, test: multiple, " + tiers
        + "}"));
    deal("financing", ratchet("{beneficiary: mgmt, " + tiers + "}"));
    deal("financing", ratchet("{beneficiary: mgmt, test: multiple}"));
    deal("financing", ratchet("{beneficiary: mgmt, test: multiple, tiers: []}"));
    deal("financing", ratchet("{beneficiary: mgmt, test: multiple, tiers: [{atLeast: 0,"
        + " ownership: 30%}]}"));
    deal("financing", ratchet("{beneficiary: mgmt, test: irr, tiers: [{atLeast: -150%,"
        + " ownership: 30%}]}"));
    // review 30, finding 8: 2 is 200 %, most likely "2%" meant
    deal("financing", ratchet("{beneficiary: mgmt, test: irr, tiers: [{atLeast: 2,"
        + " ownership: 30%}]}"));
    deal("financing", ratchet("{beneficiary: mgmt, test: irr, tiers: [{atLeast: 20%,"
        + " ownership: 100%}]}"));
    deal("financing", ratchet("{beneficiary: mgmt, test: multiple, tiers: [{atLeast: 2,"
        + " ownership: 30%}, {atLeast: 1.5, ownership: 40%}]}"));
    deal("financing", ratchet("{beneficiary: mgmt, test: irr, tiers: [{atLeast: 20%,"
        + " ownership: 30%}, {atLeast: 25%, ownership: 25%}]}"));
    deal("financing", ratchet("{beneficiary: mgmt, test: multiple, tiers: [{atLeast: 2,"
        + " ownership: 15%}]}"));
    // shares pro rata to the amounts (mgmt 50 %): the engine checks the tiers against them
    deal("financing", "{equity: [{name: F, holder: fund, amount: 100}, {name: M, holder: mgmt,"
        + " amount: 100}, {name: L, holder: fund, type: shareholder-loan, amount: balance}],"
        + " ratchet: {beneficiary: mgmt, test: multiple, " + tiers + "}}");
    tree("ratchet in a SCOP", with(scopTree(), "financing.equity",
        "[{name: Parts, holder: employees, amount: balance}, {name: Out, holder: investors,"
            + " amount: 10}]", "financing.ratchet",
        "{beneficiary: employees, test: multiple, " + tiers + "}"));
  }

  private void scop() {
    tree("SCOP with a holding", with(scopTree(), "structure", "{type: holding}"));
    tree("SCOP with a share premium", with(scopTree(), "structure.sharePremium", "1"));
    tree("seed without buybacks", with(scopTree(), "cooperative.seed", "{}"));
    tree("no employees", with(scopTree(), "financing.equity[0].holder", "fund"));
    tree("holder misspelt", with(scopTree(), "cooperative.employeeHolders", "[employes]"));
    tree("unknown holder", with(scopTree(), "cooperative.employeeHolders", "[zzzzzzzzzz]"));
    tree("empty holders", with(scopTree(), "cooperative.employeeHolders", "[]"));
    tree("work share", with(scopTree(), "cooperative", "{workShare: 20%, reserveShare: 70%}"));
    tree("reserves", with(scopTree(), "cooperative", "{workShare: 80%, reserveShare: 10%}"));
    tree("dividends", with(scopTree(), "cooperative",
        "{workShare: 30%, reserveShare: 30%, dividendShare: 40%}"));
    tree("allocation", with(scopTree(), "cooperative", "{workShare: 50%, reserveShare: 45%}"));
    tree("votes", with(scopTree(), "cooperative", "{employeeMembers: 5, outsideMembers: 10}"));
    tree("seed too short", with(scopTree(), "cooperative", "{seed: {buybacks: 0}}"));
    tree("capital", with(scopTree(), "financing.equity",
        "[{name: Parts, holder: employees, amount: 10}, {name: Out, holder: investors,"
            + " amount: balance}]"));
    tree("seed capital", with(scopTree(), "exit.year", "2033",
        "cooperative", "{seed: {buybacks: 0}}", "financing.equity",
        "[{name: Parts, holder: employees, amount: 10}, {name: Out, holder: investors,"
            + " amount: balance}]"));
    // a SCOP and the status quo are never sold: `exit.sale: true` is refused
    tree("sale of a SCOP", with(scopTree(), "exit.sale", "true"));
    tree("sale of the status quo", with(TestDeals.minimal(), "kind", "status-quo",
        "exit.sale", "true"));
    ObjectNode chainOfScop = scopTree();
    expect("chain of a SCOP", () -> BuyoutChain.run(
        DealReader.parse(chainOfScop.toString(), "x.json"), 2));
  }

  private void risk() {
    tree("no stationary distribution", with(risky(),
        "risk.cycle.transition", "[[1, 0], [0, 1]]", "risk.cycle.initial", null));
    tree("missing row", with(risky(), "risk.cycle.transition", "{expansion: [1, 0]}"));
    tree("no transition", with(risky(), "risk.cycle.transition", null));
    tree("transition not a list", with(risky(), "risk.cycle.transition", "5"));
    tree("initial empty", with(risky(), "risk.cycle.initial", "\"\""));
    tree("reserved name", with(risky(), "risk.cycle.regimes[0].name", "stationary"));
    tree("initial misspelt", with(risky(), "risk.cycle.initial", "expansio"));
    tree("initial unknown", with(risky(), "risk.cycle.initial", "zzzzzzzzzz"));
    tree("transition row not adding up", with(risky(), "risk.cycle.transition[0]",
        "[\"80%\", \"12.5%\"]"));
    tree("no regimes", with(risky(), "risk.cycle.regimes", "[]"));
    // two messages the random changes reached before the French and recap examples joined the
    // bases (BadDeals reads every example)
    tree("regime without a name", with(risky(), "risk.cycle.regimes[0].name", null));
    tree("persistence above 1", with(risky(), "risk.rates.persistence", "1.5"));
    tree("regimes missing", with(risky(), "risk.cycle.regimes", null));
    tree("negative standard deviation", with(risky(), "risk.cycle.regimes[0].growth.sd", "-5%"));
    tree("fall to zero", with(risky(), "risk.cycle.regimes[1].growth.mean", "-100%"));
    tree("cost shift", with(risky(), "risk.cycle.regimes[0].costShift.mean", "100%"));
    tree("recovery above 1", with(risky(), "risk.cycle.regimes[0].recovery", "150%"));
    tree("recovery not a share", with(risky(), "risk.cycle.regimes[0].recovery", "fast"));
    tree("recovery of absolute growth", with(risky(), "risk.cycle.regimes[1].recovery", "40%"));
    tree("personnel flex above 1", with(risky(), "risk.cycle.regimes[1].personnelFlex", "150%"));
    tree("personnel flex not a share", with(risky(), "risk.cycle.regimes[1].personnelFlex", "half"));
    tree("stress personnel flex", with(risky(), "risk.stress[0].personnelFlex", "-10%"));
    tree("short-time cut above 1", with(risky(), "risk.shortTimeWork", "{maxCut: \"150%\"}"));
    tree("short-time years zero", with(risky(), "risk.shortTimeWork", "{years: 0}"));
    tree("short-time window alone", with(risky(), "risk.shortTimeWork", "{window: 3}"));
    tree("short-time window too short", with(risky(), "risk.shortTimeWork", "{years: 3, window: 2}"));
    tree("short-time unknown key", with(risky(), "risk.shortTimeWork", "{months: 18}"));
    tree("short-time not a mapping", with(risky(), "risk.shortTimeWork", "\"37%\""));
    // a grid's cell over two key paths whose values are refused together, not alone
    // (KeyPathEdits.inGridCell): `years` 4 with a `window` of 4
    expect("grid cell", () -> {
      try {
        run(with(risky(), "risk.shortTimeWork", "{years: 4, window: 4}"));
      } catch (DealException e) {
        throw KeyPathEdits.inGridCell(e, "risk.shortTimeWork.years=4",
            "risk.shortTimeWork.window=4");
      }
    });
    tree("stress without a name", with(risky(), "risk.stress[0].name", null));
    tree("volatility", with(risky(), "risk.rates.volatility", "-1%"));
    tree("growth and depth", with(risky(), "risk.stress[1].depth", "20%"));
    tree("level with growth", with(risky(), "risk.stress[1].levelAfterRebound", "90%"));
    tree("cost shift with depth", with(risky(), "risk.stress[0].costShift", "[1%]"));
    tree("neither growth nor depth", with(risky(), "risk.stress[1].growth", null,
        "risk.stress[1].costShift", null));
    tree("empty growth", with(risky(), "risk.stress[1].growth", "[]"));
    tree("growth to zero", with(risky(), "risk.stress[1].growth", "[-100%, 0, 0]"));
    tree("no rebound", with(risky(), "risk.stress[0].levelAfterRebound", "0"));
    tree("depth of 100 %", with(risky(), "risk.stress[0].depth", "100%"));
    tree("two stresses named alike", with(risky(), "risk.stress[1].name", "mild"));
    tree("two regimes named alike", with(risky(), "risk.cycle.regimes[1].name", "expansion"));
    tree("stress cost shift not a rate", with(risky(), "risk.stress[1].costShift",
        "[150%, 1%, 1%]"));
    tree("relativeToPlan not a boolean", with(risky(), "risk.stress[0].relativeToPlan", "sometimes"));
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i <= RiskCycleReader.MAX_REGIMES; i++) {
      many.append(i == 0 ? "" : ", ").append("{name: r").append(i).append('}');
    }
    tree("too many regimes", with(risky(), "risk.cycle.regimes", many + "]"));
    StringBuilder stresses = new StringBuilder("[");
    for (int i = 0; i <= RiskStressReader.MAX_STRESSES; i++) {
      stresses.append(i == 0 ? "" : ", ").append("{name: s").append(i).append(", depth: 10%}");
    }
    tree("too many stresses", with(risky(), "risk.stress", stresses + "]"));
    tree("too many years", with(risky(), "risk.stress[1].growth",
        "[" + "0, ".repeat(RiskStressReader.MAX_YEARS) + "0]", "risk.stress[1].costShift", null));
    RiskReader.Risk risk = RiskReader.parse(TestDeals.MINIMAL + BadDeals.RISK, "x.yaml");
    expect("stress misspelt", () -> risk.stress("mld"));
    expect("stress unknown", () -> risk.stress("zzzzzzzzzz"));
  }

  /** The key paths of a grid ({@code reprise grid --x PATH=…}) that the file cannot take. */
  private void keyPaths(Path tmp) {
    KeyPathEdits file = KeyPathEdits.read(write(tmp, "grid.yaml",
        (TestDeals.MINIMAL + "tax: {}\n" + BadDeals.RISK).getBytes(StandardCharsets.UTF_8)));
    expect("key path: top level not a mapping",
        () -> KeyPathEdits.read(write(tmp, "list.yaml", "- 1\n".getBytes(StandardCharsets.UTF_8))));
    expect("key path: nothing", () -> file.check(""));
    expect("key path: not one", () -> file.check("financing..equity"));
    expect("key path: through a single value", () -> file.check("company.name.first"));
    expect("key path: beyond a list of one", () -> file.check("financing.equity[1].amount"));
    expect("key path: beyond a list", () -> file.check("risk.stress[2].depth"));
    expect("key path: not a list", () -> file.check("company[0]"));
    expect("key path: a list, not a block", () -> file.check("financing.equity.amount.x"));
    expect("key path: a list without an index", () -> file.check("financing.equity.amount"));
    expect("key path: no such block", () -> file.check("company.foo.bar"));
    expect("key path: no such block at the top", () -> file.check("entry.multiple"));
    expect("key path: no such block in an empty one", () -> file.check("tax.foo.bar"));
    expect("key path: a list of blocks", () -> file.check("financing.equity"));
  }

  /** The risk records' own checks (the reader checks first, so only code reaches them). */
  private void engine() {
    Regime a = Regime.of("a", 0, 0, true);
    Regime b = Regime.of("b", 0, 0, true);
    double[][] identity = {{1, 0}, {0, 1}};
    double[] half = {0.5, 0.5};
    expect("regime twice", () -> new BusinessCycle(List.of(a, a), identity, half));
    expect("rows", () -> new BusinessCycle(List.of(a, b), new double[][] {{1, 0}}, half));
    expect("row length", () -> new BusinessCycle(List.of(a, b), new double[][] {{1}, {1}}, half));
    expect("probability", () -> new BusinessCycle(List.of(a, b),
        new double[][] {{1.5, -0.5}, {0, 1}}, half));
    expect("sum", () -> new BusinessCycle(List.of(a, b),
        new double[][] {{0.5, 0.4}, {0, 1}}, half));
    expect("no regime", () -> new BusinessCycle(List.of(), identity, half));
    BusinessCycle cycle = new BusinessCycle(List.of(a, b), identity, half);
    expect("regime unknown", () -> cycle.indexOf("zzz"));
    expect("no cycle", () -> new RiskModel(null, RateShock.NONE, List.of()));
    StressScenario s = new StressScenario("s", "", 1, new double[] {0}, null, false);
    expect("stress twice", () -> new RiskModel(cycle, RateShock.NONE, List.of(s, s)));
    expect("stress unknown (model)",
        () -> new RiskModel(cycle, RateShock.NONE, List.of(s)).stress("zzz"));
    expect("persistence", () -> new RateShock(2, 0, 0));
    expect("volatility of the rate shock", () -> new RateShock(0, -1, 0));
    expect("mean", () -> new Regime("x", Double.NaN, 0, true, 0, 0));
    expect("absolute mean", () -> new Regime("x", -1, 0, false, 0, 0));
    expect("cost shift of a regime", () -> new Regime("x", 0, 0, true, 1, 0));
    expect("empty name", () -> new Regime("", 0, 0, true, 0, 0));
    expect("recovery (record)", () -> new Regime("x", 0, 0, true, 0, 0, 1.5));
    expect("recovery of absolute growth (record)", () -> new Regime("x", -0.1, 0, false, 0, 0, 0.5));
    expect("no name", () -> new Regime(null, 0, 0, true, 0, 0));
    expect("personnel flex (record)", () -> new Regime("x", 0, 0, true, 0, 0, 0, 1.5));
    expect("stress personnel flex (record)", () -> new StressScenario("s", "", 1,
        new double[] {0}, null, false, Double.NaN));
    expect("start year", () -> new StressScenario("s", "", 0, new double[] {0}, null, false));
    expect("no growth", () -> new StressScenario("s", "", 1, new double[0], null, false));
    expect("shift length", () -> new StressScenario("s", "", 1, new double[] {0},
        new double[] {0, 0}, false));
    expect("shift", () -> new StressScenario("s", "", 1, new double[] {0}, new double[] {1}, false));
  }
}
