package org.reprise.report.html;

import static org.reprise.report.html.Context.Kind.AMOUNT;
import static org.reprise.report.html.Context.Kind.MONEY;
import static org.reprise.report.html.Context.Kind.PERCENT;
import static org.reprise.report.html.Context.Kind.TIMES;

import org.reprise.engine.FundWaterfall;
import org.reprise.io.Grammar;
import org.reprise.model.FundTerms;

/**
 * The fund's returns gross and net of its fees and carried interest, under the returns of each
 * party, when the deal file has a {@code fund} section (docs/methodology.md §8.3). Every number
 * carries its pointer into {@code /fundReturns} of the JSON output.
 */
final class FundSections {

  private final Context c;
  private final FundWaterfall w;

  /** @param w the fund's waterfall of the deal ({@link FundWaterfall#of}), not null */
  FundSections(Context c, FundWaterfall w) {
    this.c = c;
    this.w = w;
  }

  /** @return the terms, the table and the drag */
  String html() {
    FundTerms t = w.terms();
    String catchUp = t.catchUp() == 0 ? c.t("fund.catchUpNone")
        : t.catchUp() == 1 ? c.t("fund.catchUpFull")
        : c.t("fund.catchUp", c.fmt.percent(t.catchUp()));
    StringBuilder b = new StringBuilder("<p>").append(c.t("fund.lead",
        c.fmt.percent(t.managementFee()),
        Texts.raw(c.t(t.feeBasis() == FundTerms.FeeBasis.COMMITTED ? "fund.basisCommitted"
            : "fund.basisInvested")),
        c.fmt.percent(t.hurdle()), c.fmt.percent(t.carry()), Texts.raw(catchUp)))
        .append("</p>");
    b.append("<table class=\"lines\"><thead><tr><th scope=\"col\"></th><th scope=\"col\">")
        .append(c.t("ret.invested")).append("</th><th scope=\"col\">").append(c.t("ret.proceeds"))
        .append("</th><th scope=\"col\">").append(c.t("ret.moic")).append("</th><th scope=\"col\">")
        .append(c.t("ret.irr")).append("</th></tr></thead><tbody>");
    b.append("<tr><th scope=\"row\">").append(c.t("fund.gross")).append("</th>")
        .append(c.cell(w.invested(), AMOUNT, "/fundReturns/gross/invested"))
        .append(c.cell(w.distributed(), AMOUNT, "/fundReturns/gross/received"))
        .append(c.cell(w.grossMultiple(), TIMES, "/fundReturns/gross/moic"))
        .append(c.cell(w.grossIrr(), PERCENT, "/fundReturns/gross/irr")).append("</tr>");
    b.append("<tr><th scope=\"row\">").append(c.t("fund.net")).append("</th>")
        .append(c.cell(w.lpPaidIn(), AMOUNT, "/fundReturns/net/paidIn"))
        .append(c.cell(w.lpReceived(), AMOUNT, "/fundReturns/net/received"))
        .append(c.cell(w.netMultiple(), TIMES, "/fundReturns/net/moic"))
        .append(c.cell(w.netIrr(), PERCENT, "/fundReturns/net/irr")).append("</tr>");
    b.append("<tr><th scope=\"row\">").append(c.t("fund.gp")).append("</th><td></td>")
        .append(c.cell(w.gpReceived(), AMOUNT, "/fundReturns/gp/total"))
        .append("<td></td><td></td></tr>");
    b.append("<tr><th scope=\"row\">").append(c.t("fund.fees")).append("</th><td></td>")
        .append(c.cell(w.totalFees(), AMOUNT, "/fundReturns/gp/managementFees"))
        .append("<td></td><td></td></tr>");
    b.append("<tr><th scope=\"row\">").append(c.t("fund.carry")).append("</th><td></td>")
        .append(c.cell(w.totalCarry(), AMOUNT, "/fundReturns/gp/carriedInterest"))
        .append("<td></td><td></td></tr>");
    b.append("</tbody></table><p class=\"note\">");
    if (w.clawback() > 0) {
      b.append(c.t("fund.clawback", c.format(w.clawback(), MONEY))).append(' ');
    }
    b.append(Double.isFinite(w.drag())
        ? c.t(Grammar.singularPoints(w.drag(), c.lang == Lang.FR) ? "fund.dragOne" : "fund.drag",
            c.fmt.number(w.drag() * 100.0, 1),
            c.fmt.percent(w.grossIrr()), c.fmt.percent(w.netIrr()))
        : c.t("fund.dragNone"));
    return b.append(' ').append(c.t("fund.dealByDeal")).append("</p>").toString();
  }

}
