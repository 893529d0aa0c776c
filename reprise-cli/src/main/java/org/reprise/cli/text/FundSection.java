package org.reprise.cli.text;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.FundWaterfall;
import org.reprise.io.Grammar;
import org.reprise.model.FundTerms;

/**
 * The fund's returns gross and net of its fees and carried interest, under the returns per party
 * of {@code reprise run} when the deal file has a {@code fund} section ({@link FundWaterfall},
 * docs/methodology.md §8.3): the terms, the fund's gross return, the investors' (LPs') net
 * return, the manager's (GP's) fees and carry, and the drag in IRR points. Part of {@link
 * TextReport}.
 */
final class FundSection {

  private final Numbers num;
  private final Labels text;
  private final AmountUnit unit;

  FundSection(Numbers num, Labels text, AmountUnit unit) {
    this.num = num;
    this.text = text;
    this.unit = unit;
  }

  /** @return the block, starting with an empty line, lines ending with a line feed */
  String render(FundWaterfall w) {
    StringBuilder out = new StringBuilder("\n");
    FundTerms t = w.terms();
    String catchUp = t.catchUp() == 0 ? text.get("fund.catchUpNone")
        : t.catchUp() == 1 ? text.get("fund.catchUpFull")
        : text.format("fund.catchUp", num.percent(t.catchUp()));
    String basis = text.get(t.feeBasis() == FundTerms.FeeBasis.COMMITTED
        ? "fund.basisCommitted" : "fund.basisInvested");
    out.append(WhoPaysSection.wrap(text.format("fund.intro", num.percent(t.managementFee()),
        basis, num.percent(t.hurdle()), num.percent(t.carry()), catchUp), WhoPaysSection.WIDTH));
    TextTable table =
        TextTable.of(
                "",
                text.get("fund.paidIn") + " " + unit.symbol(),
                text.get("returns.proceeds") + " " + unit.symbol(),
                text.get("returns.irr"),
                text.get("returns.moic"));
    String fund = text.get("fund.gross");
    String lps = text.get("fund.net");
    table.row(fund, amount(w.invested()), amount(w.distributed()), num.percent(w.grossIrr()),
        num.multiple(w.grossMultiple()));
    table.row(lps, amount(w.lpPaidIn()), amount(w.lpReceived()), num.percent(w.netIrr()),
        num.multiple(w.netMultiple()));
    table.row(text.get("fund.gp"), "", amount(w.gpReceived()), "", "");
    table.row(text.get("fund.fees"), "", amount(w.totalFees()), "", "");
    table.row(text.get("fund.carry"), "", amount(w.totalCarry()), "", "");
    out.append(table.render());
    List<String> notes = new ArrayList<>();
    note(fund, w.grossIrr(), w.grossIrrNote(), notes);
    note(lps, w.netIrr(), w.netIrrNote(), notes);
    for (String n : notes) {
      out.append(n).append('\n');
    }
    if (w.clawback() > 0) {
      out.append(WhoPaysSection.wrap(text.format("fund.clawback", amount(w.clawback()),
          unit.symbol()), WhoPaysSection.WIDTH));
    }
    String drag = Double.isFinite(w.drag())
        ? text.format(Grammar.singularPoints(w.drag(), num.lang() == Lang.FR)
                ? "fund.dragOne" : "fund.drag",
            num.decimal(w.drag() * 100), num.percent(w.grossIrr()),
            num.percent(w.netIrr()))
        : text.get("fund.dragNone");
    out.append(WhoPaysSection.wrap(drag + " " + text.get("fund.dealByDeal"),
        WhoPaysSection.WIDTH));
    return out.toString();
  }

  private void note(String name, double irr, String irrNote, List<String> notes) {
    String note = text.irrNote(name, irr, irrNote);
    if (note != null) {
      notes.add(note);
    }
  }

  private String amount(double value) {
    return num.amount(value, unit);
  }
}
