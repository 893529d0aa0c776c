package org.reprise.cli.text;

import java.util.List;
import java.util.Map;
import org.reprise.engine.DealResult;
import org.reprise.engine.WhoPays;
import org.reprise.model.Deal;

/**
 * The "Who pays" section of {@code reprise run}: the value added cumulated over the holding period
 * and its split (group and operating company, in currency, per employee and per year, and in %),
 * what the employees receive from the profit (participation, a SCOP's work share), what the
 * buyout costs the company (debt service paid and, when the revolver was
 * drawn, less its drawings, distributions, cash extracted, paid to the holding, fees), who
 * captures the deleveraging, and the plain-language sentences of
 * {@link Sentences}. Part of {@link TextReport}.
 */
final class WhoPaysSection {

  /** Width at which the sentences are wrapped (on ordinary spaces only). */
  static final int WIDTH = 100;

  private final Numbers num;
  private final Labels text;
  private final AmountUnit unit;
  private final Sentences sentences;

  WhoPaysSection(Numbers num, Labels text, AmountUnit unit, Lang lang) {
    this.num = num;
    this.text = text;
    this.unit = unit;
    this.sentences = new Sentences(lang);
  }

  /** @return the section, without its title, lines ending with a line feed */
  String render(Deal deal, DealResult r, WhoPays w) {
    StringBuilder out = new StringBuilder();
    out.append(valueAdded(deal, w));
    out.append(companyColumnNote(deal, r, w)).append('\n');
    out.append(employees(deal, w)).append('\n');
    out.append(cost(deal, r, w)).append('\n');
    out.append(deleveraging(deal, r, w)).append('\n');
    out.append(text.get("who.sentences")).append('\n');
    for (String s : sentences.forRun(deal, r, w)) {
      out.append(wrap(s, WIDTH));
    }
    // the State's take on the individuals' exit gains, when the file asks for it (§8.4)
    org.reprise.engine.ExitGainsTax personal = org.reprise.engine.ExitGainsTax.of(deal, r);
    if (personal != null && personal.totalTax() > 0) {
      // in the plain words' own money format (€225,900), as the sentences above
      out.append(wrap(text.format("who.exitTax",
          sentences.prose().money(personal.totalTax())), WIDTH));
    }
    return out.toString();
  }

  private String valueAdded(Deal deal, WhoPays w) {
    boolean holding = deal.structure().hasHolding();
    WhoPays.Split g = w.groupValueAdded();
    WhoPays.Split o = w.valueAdded();
    String perEmployee = text.get("who.perEmployee");
    TextTable t =
        holding
            ? TextTable.of(
                text.get("who.va"),
                text.format("who.group", unit.symbol()),
                text.get("who.share"),
                perEmployee,
                text.format("who.company", unit.symbol()),
                text.get("who.share"))
            : TextTable.of(
                text.get("who.va"), unit.symbol(), text.get("who.share"), perEmployee);
    String[] keys = {
      "va.valueAdded", "va.employees", "va.state", "va.lenders", "va.shareholders", "va.company"
    };
    double[] gv = parts(g);
    double[] ov = parts(o);
    for (int i = 0; i < keys.length; i++) {
      String label = (i == 0 ? "" : "  ") + text.get(keys[i]);
      String perHead = perHead(gv[i], w.employeeYears());
      if (holding) {
        t.row(label, amount(gv[i]), share(gv[i], g.total()), perHead, amount(ov[i]),
            share(ov[i], o.total()));
      } else {
        t.row(label, amount(gv[i]), share(gv[i], g.total()), perHead);
      }
      if (i == 0) {
        t.rule();
      }
    }
    return t.render();
  }

  /**
   * Under the table, with a holding: what the company column's shares become (review 26, M3). The
   * dividends paid up to the holding serve first its lenders, when it borrowed; the corporate tax
   * in the State's share is paid to the holding under the tax group, which passes on to the State
   * only what it does not keep. The group column shows where the money ends up. "" when there is
   * no holding.
   */
  private String companyColumnNote(Deal deal, DealResult r, WhoPays w) {
    if (!deal.structure().hasHolding()) {
      return "";
    }
    WhoPays.Split o = w.valueAdded();
    boolean borrowed = false;
    for (org.reprise.engine.TrancheSchedule t : r.debt()) {
      borrowed |= "holding".equals(t.borrower()) && t.initialAmount() > 0.0;
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    Prose prose = sentences.prose();
    if (borrowed && w.paidToHolding() > 0.5 && o.total() > 0.0) {
      parts.add(text.format("who.noteDividends",
          prose.percentOneDecimal(o.shareholders() / o.total())));
    }
    if (w.taxPaidToHolding() > 0.5 && o.total() > 0.0) {
      parts.add(text.format("who.noteTax", prose.percentOneDecimal(o.state() / o.total()),
          prose.money(w.taxPaidToHolding()),
          prose.money(w.taxPaidToHolding() - w.taxKeptByHolding())));
    }
    if (parts.isEmpty()) {
      return "";
    }
    return wrap(text.format("who.noteCompany", String.join(text.get("who.noteSeparator"), parts)),
        WIDTH);
  }

  /**
   * What the employees receive from the profit: the legal participation, which a company of 50
   * employees or more owes with or without a buyout, and a SCOP's work share. Not a cost of the
   * buyout: a table of its own.
   */
  private String employees(Deal deal, WhoPays w) {
    TextTable t =
        TextTable.of(text.get("who.employees"), unit.symbol(), text.get("who.perEmployee"));
    row(t, "who.participation", w.participationTotal(), w);
    if (deal.isCooperative() && w.workShareTotal() > 0.5) {
      row(t, "who.workShare", w.workShareTotal(), w);
    }
    return t.render();
  }

  private String cost(Deal deal, DealResult r, WhoPays w) {
    TextTable t = TextTable.of(text.get("who.cost"), unit.symbol(), text.get("who.perEmployee"));
    // gross, then the revolver's drawings, which the cash extracted nets out (methodology §10)
    boolean drawn = w.revolverDrawn() > 0.5;
    row(t, "who.debtService", drawn ? w.debtServicePaid() : w.debtService(), w);
    // the debt service split into what the financing costs and what repays principal: principal
    // is not a cost (review 26, M1); the two rows add up to the debt service paid
    WhoPays.DebtFlows flows = WhoPays.DebtFlows.of(r);
    double interest = flows.interestAndFeesPaid();
    double principal = flows.principalRepaid();
    int hold = r.exitYearIndex();
    t.row("  " + text.get("who.interestPaid"), amount(interest),
        perHead(interest, w.employeeYears()));
    t.row("  " + text.get("who.principalPaid"), amount(principal),
        perHead(principal, w.employeeYears()));
    if (drawn) {
      t.row("  " + text.get("who.revolverDrawn"), amount(-w.revolverDrawn()),
          perHead(-w.revolverDrawn(), w.employeeYears()));
    }
    row(t, "who.distributions", w.distributions(), w);
    if (w.recapBorrowed() > 0.5) {
      // a dividend recapitalisation pays the shareholders the lenders' money (methodology §5.13)
      t.row("  " + text.get("who.recapBorrowed"), amount(-w.recapBorrowed()),
          perHead(-w.recapBorrowed(), w.employeeYears()));
    }
    if (w.buybacks() > 0.5) {
      // a SCOP's buybacks of its outside members' shares: cash paid to owners (methodology §10)
      row(t, "who.buybacks", w.buybacks(), w);
    }
    t.rule();
    row(t, "who.extracted", w.cashExtracted(), w);
    if (deal.structure().hasHolding()) {
      row(t, "who.toHolding", w.paidToHolding(), w);
      if (w.taxPaidToHolding() > 0.5) {
        row(t, "who.taxToHolding", w.taxPaidToHolding(), w);
        t.row("  " + text.get("who.taxKept"), amount(w.taxKeptByHolding()),
            perHead(w.taxKeptByHolding(), w.employeeYears()));
      }
    }
    // what the financing costs, the interest capitalised included (PIK, and the interest left
    // unpaid in a payment default, which the deleveraging bridge below subtracts too: review 28,
    // finding 2), and the holding's running costs, which the free cash flow pays and the total
    // leaves out (review 26, M1; review 25, F7)
    row(t, "who.financingCost", flows.financingCost(), w);
    double holdingCosts = 0;
    double fcf = 0;
    for (int k = 0; k < hold; k++) {
      holdingCosts += r.years().holdingCosts[k];
      fcf += r.years().freeCashFlow[k];
    }
    if (holdingCosts > 0.5) {
      row(t, "who.holdingCosts", holdingCosts, w);
    }
    t.row(text.get("who.fees"), amount(w.fees()));
    String fcfShare = fcf > 0.5
        ? text.format("who.fcfShare", hold, num.percent(w.cashExtracted() / fcf), amount(fcf),
            unit.symbol()) + "\n"
        : "";
    return t.render()
        + text.format(
            "who.extractedShares",
            num.percent(w.cashExtractedShareOfPayroll()),
            num.percent(w.cashExtractedShareOfEbitda()))
        + "\n" + fcfShare;
  }

  private void row(TextTable t, String key, double amount, WhoPays w) {
    t.row(text.get(key), amount(amount), perHead(amount, w.employeeYears()));
  }

  private String deleveraging(Deal deal, DealResult r, WhoPays w) {
    TextTable t = TextTable.of(text.get("who.deleveraging"), unit.symbol(), text.get("who.share"));
    t.row(text.get("who.debtPaidDown"), amount(w.deleveraging()));
    // the fall in net debt from the principal repaid, which is not the same figure (review 26,
    // M9): principal repaid − revolver drawn − interest capitalised − fall in cash (− the
    // employees' blocked accounts and a SCOP's members' capital, methodology §10)
    WhoPays.DebtFlows flows = WhoPays.DebtFlows.of(r);
    double principal = flows.principalRepaid();
    double drawn = flows.revolverDrawn();
    double capitalised = flows.capitalised();
    double unpaid = flows.unpaidInterest();
    double fallInCash = flows.fallInCash();
    // what a dividend recapitalisation borrowed, net of its fees, is debt the cash did not repay
    double recap = flows.recapBorrowed();
    double other = flows.bridgeOther(w.deleveraging());
    t.row("  " + text.get("who.principalRepaid"), amount(principal));
    if (drawn > 0.5) {
      t.row("  " + text.get("who.revolverDrawnLess"), amount(-drawn));
    }
    if (capitalised > 0.5) {
      // "unpaid" only when a payment default left interest unpaid (review 29)
      boolean pik = capitalised - unpaid > 0.5;
      String key = unpaid > 0.5 ? (pik ? "who.capitalised" : "who.capitalisedUnpaid")
          : "who.capitalisedPik";
      t.row("  " + text.get(key), amount(-capitalised));
    }
    // a cash that rose adds to the fall in net debt: said as such, not as a negative fall
    t.row("  " + text.get(fallInCash < 0.0 ? "who.cashRise" : "who.cashUsed"),
        amount(-fallInCash));
    if (recap > 0.5) {
      t.row("  " + text.get("who.recapBorrowedLess"), amount(-recap));
    }
    if (Math.abs(other) > 0.5) {
      t.row("  " + text.get("who.deleveragingOther"), amount(-other));
    }
    t.rule();
    // shares of the deleveraging itself: they sum to less than 100 % when part of it only spared
    // the lenders a loss (docs/methodology.md §10)
    for (Map.Entry<String, Double> e : w.deleveragingCapture().entrySet()) {
      t.row(text.format("who.capturedBy", text.name(e.getKey())), amount(e.getValue()),
          share(e.getValue(), w.deleveraging()));
    }
    // a SCOP worth its claims keeps the deleveraging in its reserves; one that is not pays its
    // members what is left, and they capture it (methodology §10)
    String note = deal.isCooperative() && r.exit().paysEveryClaim()
        ? text.get("who.scopNote") + "\n" : "";
    return t.render() + note;
  }

  private static double[] parts(WhoPays.Split s) {
    return new double[] {
      s.total(), s.employees(), s.state(), s.lenders(), s.shareholders(), s.company()
    };
  }

  private String amount(double v) {
    return num.amount(v, unit);
  }

  private String share(double part, double total) {
    return total == 0 ? "" : num.percent(part / total);
  }

  /** Per employee and per year, in euros (whole euros; one decimal for a toy deal). */
  private String perHead(double amount, double employeeYears) {
    if (!(employeeYears > 0)) {
      return num.notAvailable();
    }
    double v = amount / employeeYears;
    return unit == AmountUnit.THOUSANDS ? num.whole(v) : num.decimal(v);
  }

  /** Wraps {@code s} at {@code width} on ordinary spaces (never on no-break spaces). */
  static String wrap(String s, int width) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (String word : List.of(Terminal.safe(s).split(" "))) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.append(line).append('\n');
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
