package org.reprise.report.html;

import static org.reprise.report.html.Context.Kind.AMOUNT;
import static org.reprise.report.html.Context.Kind.MONEY;
import static org.reprise.report.html.Context.Kind.PERCENT;
import static org.reprise.report.html.Context.Kind.TIMES;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.DealResult;
import org.reprise.engine.ExitResult;
import org.reprise.engine.GrossSums;
import org.reprise.engine.PartyReturn;
import org.reprise.engine.ValueBridge;

/**
 * The exit, its waterfall, the returns of each party and of each equity class ({@link
 * InstrumentSections}) and the value bridge.
 */
final class ExitSections {

  /** Contributions below half a euro are not said. */
  private static final double HALF_EURO = 0.5;

  private final Context c;
  private final DealResult r;

  ExitSections(Context c) {
    this.c = c;
    this.r = c.result;
  }

  /**
   * @return the key of the section's title: "the end of the plan" for a company that is not sold
   *     (a cooperative, methodology §5.10; the status quo; a buyout its owners keep, §7)
   */
  String titleKey() {
    return c.notResold() ? "exit.titleScop" : "exit.title";
  }

  String exitAndReturns() {
    ExitResult e = r.exit();
    StringBuilder b = new StringBuilder("<section id=\"" + c.id + "exit\" class=\"exit\"><h2>")
        .append(c.t(titleKey())).append("</h2><p>");
    String lead = c.deal.isCooperative() ? (!e.paysEveryClaim() ? "exit.leadScopShort"
        : "exit.leadScop")
        : c.statusQuo() ? "exit.leadStatusQuo" : c.kept() ? "exit.leadKept" : "exit.lead";
    // a price below the debt: no negative "value" of the equity, but the lenders' loss from the
    // exit waterfall (review 28, finding 5)
    boolean below = !c.deal.isCooperative() && e.equityValue() < -Context.HALF_EURO;
    if (below) {
      List<Object> args = new ArrayList<>(List.of(String.valueOf(e.year()),
          c.span(e.enterpriseValue(), MONEY, "/exit/enterpriseValue"),
          c.span(e.multiple(), TIMES, "/exit/multiple"),
          c.span(e.ebitda(), MONEY, "/exit/ebitda"),
          c.span(e.netDebt(), MONEY, "/exit/netDebt")));
      if (e.blockedAccounts() != 0.0) {
        args.add(c.span(e.blockedAccounts(), MONEY, "/exit/blockedAccounts"));
      }
      args.add(c.span(-e.equityValue(), MONEY, null));
      args.add(c.span(r.exitShortfall(), MONEY, "/paymentDefault/exitShortfall"));
      b.append(c.t(lead + "Short" + (e.blockedAccounts() != 0.0 ? "Blocked" : ""),
          args.toArray()));
    } else if (e.blockedAccounts() != 0.0) {
      // the equity value is after the employees' blocked accounts too: the lead names them, so
      // that its subtraction adds up
      b.append(c.t(lead + "Blocked", String.valueOf(e.year()),
          c.span(e.enterpriseValue(), MONEY, "/exit/enterpriseValue"),
          c.span(e.multiple(), TIMES, "/exit/multiple"),
          c.span(e.ebitda(), MONEY, "/exit/ebitda"),
          c.span(e.netDebt(), MONEY, "/exit/netDebt"),
          c.span(e.blockedAccounts(), MONEY, "/exit/blockedAccounts"),
          c.span(e.equityValue(), MONEY, "/exit/equityValue")));
    } else {
      b.append(c.t(lead, String.valueOf(e.year()),
          c.span(e.enterpriseValue(), MONEY, "/exit/enterpriseValue"),
          c.span(e.multiple(), TIMES, "/exit/multiple"),
          c.span(e.ebitda(), MONEY, "/exit/ebitda"),
          c.span(e.netDebt(), MONEY, "/exit/netDebt"),
          c.span(e.equityValue(), MONEY, "/exit/equityValue")));
    }
    if (e.fees() > 0.0) {
      // the fees the lead's subtraction leaves out (review 18, finding 13); only a sale has some
      // (review 37, W3)
      b.append(' ').append(c.t("exit.leadFees" + (below ? "Short" : ""),
          c.span(e.fees(), MONEY, "/exit/fees")));
    }
    if (!below && !c.deal.isCooperative() && Figures.hasQuasiEquity(c.deal)) {
      // the equity value includes the shareholder loans' and preferred shares' claims: split it
      // as the engine's waterfall pays it (review 26, W1)
      double[] split = Figures.exitEquitySplit(c.deal, r);
      b.append(' ').append(c.t("exit.split", c.span(split[0], MONEY, null),
          c.span(split[1], MONEY, null)));
    }
    b.append("</p>");
    if (e.prepaymentFees() != 0.0) {
      b.append("<p>").append(c.t(
          c.notResold() ? "exit.prepaymentFeesValued" : "exit.prepaymentFees",
          c.span(e.prepaymentFees(), MONEY, "/exit/prepaymentFees"))).append("</p>");
    }
    if (e.blockedAccounts() != 0.0) {
      b.append("<p>").append(c.t(c.notResold() ? "exit.blockedAccountsValued" : "exit.blockedAccounts",
          c.span(e.blockedAccounts(), MONEY, "/exit/blockedAccounts"))).append("</p>");
    }
    b.append("<table class=\"lines\"><caption>")
        .append(c.t("exit.waterfall" + c.notResoldSuffix()))
        .append("</caption><thead><tr><th scope=\"col\"></th><th scope=\"col\">")
        .append(c.t("exit.party")).append("</th><th scope=\"col\">").append(c.t("exit.claim"))
        .append("</th><th scope=\"col\">").append(c.t("exit.paid"))
        .append("</th></tr></thead><tbody>");
    if (e.blockedAccounts() != 0.0) {
      // paid first: a liability of the company that the buyer takes over (methodology §7)
      b.append("<tr><th scope=\"row\">").append(c.t("exit.blockedAccountsLine"))
          .append("</th><td>").append(c.t("exit.blockedAccountsParty")).append("</td>")
          .append(c.cell(e.blockedAccounts(), AMOUNT, "/exit/blockedAccounts"))
          .append(c.cell(e.blockedAccountsPaid(), AMOUNT, "/exit/blockedAccountsPaid"))
          .append("</tr>");
    }
    for (int i = 0; i < e.waterfall().size(); i++) {
      ExitResult.WaterfallLine l = e.waterfall().get(i);
      b.append("<tr><th scope=\"row\">").append(Html.esc(c.name(l.name()))).append("</th><td>")
          .append(Html.esc(c.name(l.party()))).append("</td>")
          .append(c.cell(l.claim(), AMOUNT, Html.pointer("exit", "waterfall", i, "claim")))
          .append(c.cell(l.paid(), AMOUNT, Html.pointer("exit", "waterfall", i, "paid")))
          .append("</tr>");
    }
    b.append("</tbody></table>");
    if (e.ratchet() != null) {
      b.append("<p>").append(ratchet(e.ratchet())).append("</p>");
    }
    b.append(returns()).append(new InstrumentSections(c).html()).append(bridge());
    return b.append("</section>").toString();
  }

  /**
   * The management ratchet (methodology §7.1), as run says it: the tier applied (in full or
   * capped), the beneficiary's share of the ordinary equity before and after, what it moves and
   * how much of it from the investor, and the investor's return with and without it; or why no
   * tier applies.
   */
  private String ratchet(org.reprise.engine.RatchetOutcome rt) {
    boolean irr = rt.test() == org.reprise.model.Ratchet.Test.IRR;
    // two decimals: a capped tier leaves the investor at 1.60×, against 1.64× without
    Context.Kind kind = irr ? PERCENT : Context.Kind.RATIO;
    String metric = c.t(irr ? "exit.ratchet.irr" : "exit.ratchet.multiple");
    String investor = c.name(rt.investor());
    String beneficiary = c.name(rt.beneficiary());
    Object threshold = c.span(rt.threshold(), kind, "/exit/ratchet/threshold");
    Object before = c.span(rt.investorBefore(), kind, "/exit/ratchet/investorBefore");
    Object shareBefore = c.span(rt.shareBefore(), PERCENT, "/exit/ratchet/shareBefore");
    if (!rt.applied()) {
      return c.t("exit.ratchetNone", metric, investor, before, threshold, beneficiary,
          shareBefore);
    }
    return c.t(rt.capped() ? "exit.ratchetCapped" : "exit.ratchet", String.valueOf(rt.tier()),
        metric, threshold, investor, beneficiary, shareBefore,
        c.span(rt.shareAfter(), PERCENT, "/exit/ratchet/shareAfter"),
        c.span(rt.tierOwnership(), PERCENT, "/exit/ratchet/tierOwnership"),
        c.span(rt.moved(), MONEY, "/exit/ratchet/moved"),
        // all from the investor, or part of it and the rest from a co-investor (review 30, 7)
        Texts.raw(rt.allFromInvestor()
            ? c.t("exit.ratchetFromAll", investor)
            : c.t("exit.ratchetFromPart",
                c.span(rt.fromInvestor(), MONEY, "/exit/ratchet/fromInvestor"), investor)),
        c.span(rt.investorAfter(), kind, "/exit/ratchet/investorAfter"), before);
  }

  private String returns() {
    StringBuilder b = new StringBuilder("<h3>").append(c.t("ret.title")).append("</h3>");
    List<String> names = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    double[] in = new double[r.returns().size()];
    double[] out = new double[r.returns().size()];
    b.append("<table class=\"lines\"><thead><tr><th scope=\"col\">").append(c.t("exit.party"))
        .append("</th><th scope=\"col\">").append(c.t("ret.role")).append("</th><th scope=\"col\">")
        .append(c.t("ret.invested")).append("</th><th scope=\"col\">").append(c.t("ret.proceeds"))
        .append("</th><th scope=\"col\">").append(c.t("ret.moic")).append("</th><th scope=\"col\">")
        .append(c.t("ret.irr")).append("</th></tr></thead><tbody>");
    for (int i = 0; i < r.returns().size(); i++) {
      PartyReturn p = r.returns().get(i);
      String key = Html.pointer("returns", p.party());
      b.append("<tr><th scope=\"row\">").append(Html.esc(c.name(p.party()))).append("</th><td>")
          .append(c.t("role." + p.role().replace('+', '-')
              + (c.deal.isCooperative() ? "Scop" : ""))).append("</td>")
          .append(c.cell(p.invested(), AMOUNT, key + "/invested"))
          .append(c.cell(p.proceeds(), AMOUNT, key + "/proceeds"))
          .append(c.cell(p.moic(), TIMES, key + "/moic"))
          .append(c.cell(p.irr(), PERCENT, key + "/irr")).append("</tr>");
      names.add(c.name(p.party()));
      in[i] = p.invested();
      out[i] = p.proceeds();
      notes.add(c.text.t("ret.irrShort", Double.isNaN(p.irr()) ? Fmt.UNDEFINED
          : c.fmt.percent(p.irr())));
    }
    b.append("</tbody></table>");
    // how the IRRs are dated and that they are gross (review 25, finding 11; review 27)
    b.append("<p class=\"note\">").append(c.t("ret.dating", r.baseYear())).append("</p>");
    b.append("<figure>").append(Svg.pairedBars(c.text.t("ret.chart"), names, in, out,
        new String[] {c.text.t("ret.invested"), c.text.t("ret.proceeds")}, notes, c.fmt))
        .append("<figcaption>").append(c.t("ret.chart")).append("</figcaption></figure>");
    // the fund's returns net of its fees and carry, only with a fund section (methodology §8.3)
    org.reprise.engine.FundWaterfall fund = org.reprise.engine.FundWaterfall.of(c.deal, r);
    if (fund != null) {
      b.append(new FundSections(c, fund).html());
    }
    // the individuals' tax on their exit gains, only with a personalTax section (§8.4)
    org.reprise.engine.ExitGainsTax personal = org.reprise.engine.ExitGainsTax.of(c.deal, r);
    if (personal != null) {
      b.append(new PersonalTaxSections(c, personal).html());
    }
    return b.toString();
  }

  /**
   * The value bridge of the shareholders' gain on the sale; for a cooperative, which is not sold
   * (methodology §5.10), what its members put in and receive instead.
   */
  private String bridge() {
    if (c.deal.isCooperative()) {
      // the gross sums, not each year's net flow (methodology §8; review 15, finding 6)
      GrossSums g = GrossSums.ofEquity(r);
      String put = g.contributions() > HALF_EURO
          ? c.t("bridge.scopPutIn", c.span(g.paidIn(), MONEY, null),
              c.span(g.atClosing(), MONEY, null), c.span(g.contributions(), MONEY, null))
          : c.span(g.paidIn(), MONEY, null).html();
      return "<h3>" + c.t("bridge.titleScop") + "</h3><p>" + c.t("bridge.scop", Texts.raw(put),
          c.span(g.received(), MONEY, null), c.span(g.moic(), TIMES, null)) + "</p>";
    }
    ValueBridge v = r.valueBridge();
    String[] keys = {"entryEquity", "ebitdaGrowth", "multipleChange", "deleveraging",
        "distributions", "fees", "equityGain", "exitEquity"};
    double[] values = {v.entryEquity(), v.ebitdaGrowth(), v.multipleChange(), v.deleveraging(),
        v.distributions(), v.fees(), v.equityGain(), v.exitEquity()};
    StringBuilder b = new StringBuilder("<h3>").append(c.t("bridge.title")).append("</h3><p>")
        .append(c.t("bridge.lead")).append("</p><table class=\"lines\"><tbody>");
    for (int i = 0; i < keys.length; i++) {
      b.append("<tr").append(i == 6 ? " class=\"total\"" : "").append("><th scope=\"row\">")
          .append(c.t("bridge." + keys[i] + (i == 7 && c.notResold() ? "Plan" : "")))
          .append("</th>")
          .append(c.cell(values[i], AMOUNT, Html.pointer("valueBridge", keys[i])))
          .append("</tr>");
    }
    return b.append("</tbody></table>").toString();
  }
}
