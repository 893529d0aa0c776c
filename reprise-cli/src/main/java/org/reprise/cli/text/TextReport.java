package org.reprise.cli.text;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.DealResult;
import org.reprise.engine.DefaultEvent;
import org.reprise.engine.ExitResult;
import org.reprise.engine.PartyReturn;
import org.reprise.engine.RatchetOutcome;
import org.reprise.engine.SourcesAndUses;
import org.reprise.engine.ValueBridge;
import org.reprise.engine.WhoPays;
import org.reprise.io.DealWarnings;
import org.reprise.io.MessagesFr;
import org.reprise.model.Deal;
import org.reprise.model.Ratchet;

/**
 * The readable report of {@code reprise run}: sources and uses, operations, debt, the schedule of
 * each tranche and the cash roll-forward ({@link DebtTables}), the consolidated balance sheet
 * ({@link BalanceSheetTable}), credit statistics (with the leverage
 * at closing) and covenants, sharing of the value added, exit, returns per party, value bridge and
 * payment default, with the years as columns ({@link AnnualTables}). Amounts are shown in
 * thousands of euros (k€) with one decimal, or in euros for a toy deal ({@link
 * AmountUnit#forDeal}); outflows (tax, capex, a growth of working capital, fees, debt at exit) are
 * shown negative so that each block adds up. The numbers are the engine's;
 * only their display is rounded.
 *
 * <p>Not thread-safe: make one per thread.
 */
public final class TextReport {

  private final Lang lang;
  private final Numbers num;
  private final Labels text;
  /** Unit of the report being rendered. */
  private AmountUnit unit = AmountUnit.THOUSANDS;

  /** @param lang language of the labels and of the number format */
  public TextReport(Lang lang) {
    this.lang = lang;
    this.num = new Numbers(lang);
    this.text = new Labels(lang);
  }

  /**
   * @param r a result of the engine
   * @return the report, lines ending with a line feed
   */
  public String render(DealResult r) {
    return render(null, r);
  }

  /**
   * The report with its "Who pays" section (after the value bridge): the value added and what the
   * buyout cost the company, cumulated over the holding period, who captured the deleveraging, and
   * plain-language sentences.
   *
   * @param deal the deal that was run ({@code null}: no "Who pays" section)
   * @param r its result
   * @return the report, lines ending with a line feed
   */
  public String render(Deal deal, DealResult r) {
    unit = AmountUnit.forDeal(r.sourcesAndUses().totalSources());
    StringBuilder out = new StringBuilder();
    boolean cooperative = deal != null && deal.isCooperative();
    // a SCOP, the status quo and a buyout its owners keep (exit.sale: false) are valued at the
    // exit, not sold (Deal.soldAtExit, methodology §7)
    boolean sold = deal == null || deal.soldAtExit();
    header(r, deal == null ? null : deal.source(), cooperative, sold, out);
    inputWarnings(deal, out);
    sourcesAndUses(r.sourcesAndUses(), out);
    AnnualTables annual = new AnnualTables(num, text, unit, r, deal);
    title("ops.title", out);
    out.append(annual.operations());
    title("debt.title", out);
    out.append(annual.debt());
    DebtTables debt = new DebtTables(num, text, unit, r, annual);
    title("sched.title", out);
    out.append(debt.schedule(deal));
    title("cf.title", out);
    out.append(debt.cashFlow(deal));
    if (r.balanceSheet() != null) {
      // the consolidated balance sheet and its check (methodology §5.12)
      title("bs.title", out);
      out.append(new BalanceSheetTable(num, text, unit).render(r, cooperative));
    }
    title("credit.title", out);
    out.append(annual.credit());
    title("va.title", out);
    out.append(annual.valueAdded());
    exit(r.exit(), r.debt().size(), !sold, out);
    returns(r.returns(), r.baseYear(), out);
    // the fund's returns net of its fees and carry, only when the file gives its terms (§8.3)
    org.reprise.engine.FundWaterfall fund =
        deal == null ? null : org.reprise.engine.FundWaterfall.of(deal, r);
    if (fund != null) {
      out.append(new FundSection(num, text, unit).render(fund));
    }
    instruments(r, out);
    // the individuals' tax on their exit gains, only when the file asks (methodology §8.4)
    org.reprise.engine.ExitGainsTax personal =
        deal == null ? null : org.reprise.engine.ExitGainsTax.of(deal, r);
    if (personal != null) {
      title("ptax.title", out);
      out.append(new PersonalTaxSection(num, text, unit).render(personal));
    }
    valueBridge(r.valueBridge(), cooperative, r.exit().blockedAccounts() != 0.0,
        r.sourcesAndUses().blockedAccountsAtClosing() != 0.0, out);
    if (deal != null) {
      WhoPays w = WhoPays.of(deal, r);
      out.append('\n')
          .append(text.format("who.title", r.baseYear() + 1, r.baseYear() + r.exitYearIndex(),
              r.exitYearIndex()))
          .append("\n\n");
      out.append(new WhoPaysSection(num, text, unit, lang).render(deal, r, w));
    }
    paymentDefault(deal, r, cooperative, sold, out);
    return out.toString();
  }

  private void header(DealResult r, String source, boolean cooperative, boolean sold,
      StringBuilder out) {
    out.append(Terminal.safe(r.dealName())).append('\n');
    out.append(
        text.format(
            "header.company",
            Terminal.safe(r.companyName()),
            r.baseYear(),
            r.baseYear() + r.exitYearIndex(),
            r.exitYearIndex()));
    out.append('\n');
    if (source != null) {
      // who set the assumptions, where the reader meets them (review 26, X7)
      out.append(text.format("header.source", Terminal.safe(source))).append('\n');
    }
    out.append(text.format("header.units", text.get(unit.labelKey()))).append('\n');
    DefaultEvent d = r.paymentDefault();
    if (d != null && d.occurred()) {
      out.append(text.format("header.defaultWarning", d.year())).append('\n');
    } else if (!r.exitPaysEveryTranche()) {
      // a cooperative is not sold: its exit is a valuation (review 11, finding 9); nor are the
      // status quo and a buyout its owners keep
      String key = cooperative ? "header.defaultAtExitWarningScop"
          : sold ? "header.defaultAtExitWarning" : "header.defaultAtExitWarningValued";
      out.append(text.format(key, r.baseYear() + r.exitYearIndex()))
          .append('\n');
    }
  }

  /**
   * The deal's {@link DealWarnings} (an input left out whose default changes the figures), under
   * the header: the key path, then the message (in French through {@link MessagesFr}).
   */
  private void inputWarnings(Deal deal, StringBuilder out) {
    if (deal == null) {
      return;
    }
    List<DealWarnings.Shared> warnings = new ArrayList<>();
    for (DealWarnings.Warning w : DealWarnings.of(deal)) {
      warnings.add(new DealWarnings.Shared(w, List.of()));
    }
    out.append(InputWarnings.lines(lang, warnings));
  }

  private void title(String key, StringBuilder out) {
    out.append('\n').append(text.get(key)).append('\n').append('\n');
  }

  private void sourcesAndUses(SourcesAndUses su, StringBuilder out) {
    title("su.title", out);
    // the capital structure in turns of the entry EBITDA, as lenders and funds quote it
    TextTable t = TextTable.of(text.get("su.sources"), unit.symbol(), "%", text.get("su.turns"));
    double ebitda = su.entryEbitda();
    for (SourcesAndUses.Line line : su.sources()) {
      t.row(text.name(line.name()), amount(line.amount()), share(line.amount(), su.totalSources()),
          turns(line.amount(), ebitda));
    }
    t.rule().row(text.get("su.totalSources"), amount(su.totalSources()), share(1, 1),
        turns(su.totalSources(), ebitda));
    t.row().row(text.get("su.uses"));
    for (SourcesAndUses.Line line : su.uses()) {
      t.row(useLabel(line.name()), amount(line.amount()), share(line.amount(), su.totalUses()));
    }
    t.rule().row(text.get("su.totalUses"), amount(su.totalUses()), share(1, 1));
    out.append(t.render());
    out.append('\n');
    // the blocked participation accounts held at the closing come off the price (§5.8)
    boolean blocked = su.blockedAccountsAtClosing() != 0.0;
    out.append(
        text.format(
            blocked ? "su.entryBlocked" : "su.entry",
            amount(su.entryEnterpriseValue()),
            unit.symbol(),
            num.multiple(su.entryMultiple()),
            amount(su.entryEbitda()),
            amount(su.equityPurchasePrice()),
            amount(su.blockedAccountsAtClosing())));
    out.append('\n');
  }

  private String turns(double amount, double ebitda) {
    return ebitda > 0.0 ? num.multiple(amount / ebitda) : "";
  }

  private String share(double part, double total) {
    return total == 0 ? "" : num.percent(part / total);
  }

  /**
   * @param tranches the number of debt tranches: the first lines of the waterfall
   */
  /**
   * @param valued true when the company is not sold at the exit, only valued there (a SCOP, the
   *     status quo, a buyout its owners keep: {@code Deal.soldAtExit})
   */
  private void exit(ExitResult e, int tranches, boolean valued, StringBuilder out) {
    title("exit.title", out);
    // not sold: its claims are valued at the horizon (methodology §5.10, §7)
    TextTable t = TextTable.of(
        text.format(valued ? "exit.headingCoop" : "exit.heading", e.year()), unit.symbol());
    t.row(
        text.format("exit.ev", num.multiple(e.multiple()), amount(e.ebitda())),
        amount(e.enterpriseValue()));
    t.row(text.get("exit.fees"), amount(-e.fees()));
    if (e.prepaymentFees() != 0.0) {
      t.row(text.get("exit.prepaymentFees"), amount(-e.prepaymentFees()));
    }
    t.row(text.get("exit.debt"), amount(-e.debt()));
    t.row(text.get("exit.cash"), amount(e.cash()));
    if (e.blockedAccounts() != 0.0) {
      // a liability the buyer takes over, paid first (methodology §5.8, §7)
      t.row(text.get("exit.blockedAccounts"), amount(-e.blockedAccounts()));
    }
    t.rule().row(text.get("exit.equity"), amount(e.equityValue()));
    out.append(t.render()).append('\n');
    TextTable w =
        TextTable.of(
                text.get("exit.waterfall"),
                text.get("exit.party"),
                text.get("exit.claim") + " " + unit.symbol(),
                text.get("exit.paid") + " " + unit.symbol())
            .align(1, TextTable.Align.LEFT);
    if (e.blockedAccounts() != 0.0) {
      w.row(text.get("exit.blockedAccounts"), text.get("exit.blockedAccountsParty"),
          amount(e.blockedAccounts()), amount(e.blockedAccountsPaid()));
    }
    for (ExitResult.WaterfallLine line : e.waterfall()) {
      w.row(text.name(line.name()), text.name(line.party()), amount(line.claim()),
          amount(line.paid()));
    }
    out.append(w.render());
    if (e.ratchet() != null) {
      out.append(WhoPaysSection.wrap(ratchet(e.ratchet()), WhoPaysSection.WIDTH));
    }
    if (!e.paysEveryTranche(tranches)) {
      // a payment default at the exit (docs/risk.md §5), which the section on payment default,
      // about the debt service of the hold, does not cover
      out.append(text.format("exit.shortfall", amount(e.trancheShortfall(tranches)), unit.symbol(),
          shortNames(e, tranches))).append('\n');
    }
  }

  /**
   * @return the sentence on the management ratchet (methodology §7.1): the tier applied, what it
   *     moved from the investor to the beneficiary and the investor's return with and without it,
   *     or why no tier applies
   */
  private String ratchet(RatchetOutcome r) {
    boolean irr = r.test() == Ratchet.Test.IRR;
    String metric = text.get(irr ? "exit.ratchet.irr" : "exit.ratchet.multiple");
    String investor = Terminal.safe(text.name(r.investor()));
    String beneficiary = Terminal.safe(text.name(r.beneficiary()));
    String threshold = nb(level(irr, r.threshold()));
    String before = nb(level(irr, r.investorBefore()));
    String shareBefore = nb(num.percent(r.shareBefore()));
    if (!r.applied()) {
      return text.format("exit.ratchetNone", metric, investor, before, threshold, beneficiary,
          shareBefore);
    }
    String after = nb(level(irr, r.investorAfter()));
    String shareAfter = nb(num.percent(r.shareAfter()));
    String moved = nb(amount(r.moved()));
    String u = unit.symbol();
    // all from the investor, or part of it and the rest from a co-investor (review 30, finding 7)
    String from = r.allFromInvestor()
        ? text.format("exit.ratchetFromAll", investor)
        : text.format("exit.ratchetFromPart", nb(amount(r.fromInvestor())), u, investor);
    return r.capped()
        ? text.format("exit.ratchetCapped", r.tier(), metric, threshold, investor, beneficiary,
            shareBefore, shareAfter, nb(num.percent(r.tierOwnership())), investor, moved, u,
            beneficiary, from, metric, investor, after, before)
        : text.format("exit.ratchet", r.tier(), metric, threshold, investor, beneficiary,
            shareBefore, shareAfter, moved, u, from, metric, investor, after, before);
  }

  /**
   * The parties' returns, and how their IRRs are dated: every flow on a 31 December, from the
   * closing at the end of the base year, gross of a fund's fees and carried interest (review 25,
   * finding 11).
   */
  private void returns(List<PartyReturn> returns, int baseYear, StringBuilder out) {
    title("returns.title", out);
    TextTable t =
        TextTable.of(
                text.get("returns.party"),
                text.get("returns.role"),
                text.get("returns.invested") + " " + unit.symbol(),
                text.get("returns.proceeds") + " " + unit.symbol(),
                text.get("returns.irr"),
                text.get("returns.moic"))
            .align(1, TextTable.Align.LEFT);
    List<String> notes = new ArrayList<>();
    for (PartyReturn p : returns) {
      t.row(
          text.name(p.party()),
          role(p.role()),
          amount(p.invested()),
          amount(p.proceeds()),
          num.percent(p.irr()),
          num.multiple(p.moic()));
      String note = text.irrNote(text.name(p.party()), p.irr(), p.irrNote());
      if (note != null) {
        notes.add(note);
      }
    }
    out.append(t.render());
    for (String note : notes) {
      out.append(note).append('\n');
    }
    out.append(text.format("returns.dating", baseYear)).append('\n');
  }

  /** Returns per equity class, all the equity together and the envy ratio. */
  private void instruments(DealResult r, StringBuilder out) {
    title("instr.title", out);
    out.append(new InstrumentSection(num, text, unit).render(r.equityReturns()));
  }

  private String role(String role) {
    if (role == null) {
      return "";
    }
    String key = "role." + role.replace('+', '_');
    return text.has(key) ? text.get(key) : role;
  }

  /**
   * @param blocked true when the blocked participation accounts hold something at the exit
   * @param opening true when they held something at the closing (which came off the price)
   */
  private void valueBridge(ValueBridge b, boolean cooperative, boolean blocked, boolean opening,
      StringBuilder out) {
    // a cooperative is not sold: the bridge is the value the plan adds to it, not a gain its
    // members take (they get their shares back at face value, methodology §5.10)
    title(cooperative ? "bridge.titleScop" : "bridge.title", out);
    TextTable t = TextTable.of("", unit.symbol(), text.get("bridge.shareOfGain"));
    double gain = b.equityGain();
    t.row(text.get("bridge.entryEquity"), amount(b.entryEquity()));
    t.row(text.get("bridge.ebitdaGrowth"), amount(b.ebitdaGrowth()), share(b.ebitdaGrowth(), gain));
    t.row(
        text.get("bridge.multipleChange"),
        amount(b.multipleChange()),
        share(b.multipleChange(), gain));
    t.row(
        text.get("bridge.deleveraging"), amount(b.deleveraging()), share(b.deleveraging(), gain));
    t.row(
        text.get("bridge.distributions"),
        amount(b.distributions()),
        share(b.distributions(), gain));
    t.row(text.get("bridge.fees"), amount(b.fees()), share(b.fees(), gain));
    t.rule();
    t.row(text.get(cooperative ? "bridge.equityGainScop" : "bridge.equityGain"), amount(gain),
        share(1, 1));
    // with blocked participation accounts the value is after them too, and the net debt paid down
    // counts them as debt (methodology §5.8; review 21, finding 2)
    t.row(text.get((cooperative ? "bridge.exitEquityScop" : "bridge.exitEquity")
            + (blocked ? "Blocked" : "")), amount(b.exitEquity()));
    out.append(t.render());
    if (cooperative) {
      out.append(text.get("bridge.scopNote")).append('\n');
    }
    if (opening) {
      out.append(text.get("bridge.blockedNoteOpening")).append('\n');
    } else if (blocked) {
      out.append(text.get("bridge.blockedNote")).append('\n');
    }
  }

  private void paymentDefault(Deal deal, DealResult r, boolean cooperative, boolean sold,
      StringBuilder out) {
    DefaultEvent d = r.paymentDefault();
    out.append('\n');
    if (d != null && d.occurred()) {
      // the shortfall is measured while keeping the minimum cash (methodology §5.4): say so
      // (review 26, W2)
      int t = d.year() - r.years().year[0];
      double[] given = deal == null ? new double[0] : deal.operations().minimumCash();
      double minimum = t >= 0 && t < given.length ? given[t] : 0.0;
      if (minimum >= 0.5) {
        out.append(text.format("default.occurredMinimum", d.year(), amount(minimum),
            unit.symbol(), amount(d.shortfall()), unit.symbol(), d.yearsInDefault(),
            amount(d.totalShortfall()), unit.symbol()));
      } else {
        out.append(
          text.format(
              "default.occurred",
              d.year(),
              amount(d.shortfall()),
              unit.symbol(),
              d.yearsInDefault(),
              amount(d.totalShortfall()),
              unit.symbol()));
      }
    } else if (!r.exitPaysEveryTranche()) {
      // every payment of the hold made, but the exit does not repay the lenders: a payment
      // default at the exit (docs/risk.md §5), as the Monte Carlo counts it; the tranches short
      // are named, as the exit section does
      out.append(text.format(cooperative ? "default.atExitScop"
              : sold ? "default.atExit" : "default.atExitValued",
          amount(r.exitShortfall()), unit.symbol(), shortNames(r.exit(), r.debt().size())));
    } else {
      out.append(text.get("default.none"));
    }
    out.append('\n');
  }

  /** @return the names of the tranches the exit pays short, in order of priority, comma-separated */
  private String shortNames(ExitResult e, int tranches) {
    List<String> names = new ArrayList<>();
    for (ExitResult.WaterfallLine line : e.shortTranches(tranches)) {
      names.add(text.name(line.name()));
    }
    return String.join(", ", names);
  }

  /** @return a multiple (2.50×) or an IRR (20.0 %), as the ratchet's test measures */
  private String level(boolean irr, double value) {
    return irr ? num.percent(value) : num.multiple(value);
  }

  /** @return a number for a sentence: no line break inside it (French groups with spaces) */
  private static String nb(String number) {
    return number.replace(' ', Prose.NBSP);
  }

  private String amount(double value) {
    return num.amount(value, unit);
  }

  /** @return the translated label of a fixed use of funds (the engine's names), or the name */
  private String useLabel(String name) {
    return switch (name) {
      case "Purchase of the shares" -> text.get("su.purchase");
      case "Refinancing of existing debt" -> text.get("su.refinancing");
      case "Transaction fees" -> text.get("su.transactionFees");
      case "Financing fees" -> text.get("su.financingFees");
      case "Hedging premium" -> text.get("su.hedgePremium");
      case "Cash to balance sheet" -> text.get("su.cash");
      default -> name;
    };
  }
}
