package org.reprise.report.html;

import static org.reprise.report.html.Context.Kind.AMOUNT;
import static org.reprise.report.html.Context.Kind.EUROS;
import static org.reprise.report.html.Context.Kind.MONEY;
import static org.reprise.report.html.Context.Kind.PEOPLE;
import static org.reprise.report.html.Context.Kind.PERCENT;
import static org.reprise.report.html.Context.Kind.CREDIT;
import static org.reprise.report.html.Context.Kind.RATIO;
import static org.reprise.report.html.Context.Kind.TIMES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reprise.engine.DealResult;
import org.reprise.engine.ExitResult;
import org.reprise.engine.SourcesAndUses;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.WhoPays;
import org.reprise.engine.YearTable;
import org.reprise.io.result.CovenantTests;

/**
 * The sections of the report of one deal: who pays, sources and uses, operations, debt, where the
 * cash goes, the sharing of the value added, exit and returns.
 */
final class DealSections {

  private final Context c;
  private final DealResult r;
  private final YearTable y;
  private final WhoPays w;

  DealSections(Context c) {
    this.c = c;
    this.r = c.result;
    this.y = c.result.years();
    this.w = c.who;
  }

  private String open(String name, String titleKey) {
    return "<section id=\"" + c.id + name + "\" class=\"" + name + "\"><h2>" + c.t(titleKey)
        + "</h2>";
  }

  /** Who pays: the workers' view in sentences and in figures. */
  String whoPays() {
    StringBuilder b = new StringBuilder(open("who-pays", c.titleKey("who.title")));
    // an input left out whose default changes the figures, as reprise run says it under its
    // header (review 13, finding 5)
    for (org.reprise.io.DealWarnings.Warning warning : org.reprise.io.DealWarnings.of(c.deal)) {
      // with its amounts' currency, as the text reports give it: €28,000, 28 000 € (the JSON's
      // message has none)
      String message = c.lang == Lang.FR
          ? org.reprise.io.MessagesFr.translate(warning.text()) : warning.text();
      // the command line's message keeps ordinary spaces; on the page a number is not parted
      // from its unit at a line break (review 26, F4)
      message = message.replaceAll("(\\d) (%|k€|M€|€)", "$1\u00A0$2");
      // c.t escapes its arguments: escaping them here too showed "n&#39;est" (review 27)
      b.append("<p class=\"alert\">").append(c.t("who.inputWarning", warning.path(), message))
          .append("</p>");
    }
    String period = r.years().year[0] + "–" + r.years().year[c.hold() - 1];
    b.append("<div class=\"lead\"><p>");
    // a SCOP's owners are its members, associés (review 26, F2)
    b.append(c.t(c.deal.isCooperative() ? "who.extractedScop" : "who.extracted", period,
        c.span(w.cashExtracted(), MONEY, "/whoPays/cashExtracted"),
        c.span(w.cashExtractedPerEmployeeYear(), EUROS, "/whoPays/cashExtractedPerEmployeeYear"),
        c.span(w.cashExtractedShareOfPayroll(), PERCENT, "/whoPays/cashExtractedShareOfPayroll"),
        c.span(w.cashExtractedShareOfEbitda(), PERCENT, "/whoPays/cashExtractedShareOfEbitda")));
    double[] split = Figures.debtServiceSplit(r);
    boolean drawn = w.revolverDrawn() > 0.5;
    if (split[0] + split[1] > 0.5) {
      // principal repaid is not a cost (review 26, M1); with the revolver drawn, the total is net
      // of what it lent, so the interest and principal are given gross, not as parts of it: a
      // part never exceeds its whole (review 28, finding 11)
      b.append(' ').append(drawn
          ? c.t("who.splitDrawn", c.span(w.revolverDrawn(), MONEY, "/whoPays/revolverDrawn"),
              c.span(split[0], MONEY, null), c.span(split[1], MONEY, null),
              c.span(w.debtServicePaid(), MONEY, null))
          : c.t("who.split", c.span(split[0], MONEY, null), c.span(split[1], MONEY, null)));
      // the financing's cost: the interest and fees paid and the interest capitalised, PIK and
      // the interest left unpaid in a payment default (review 28, finding 2)
      double[] capitalised = Figures.capitalisedInterest(r);
      double cost = split[0] + capitalised[0] + capitalised[1];
      Texts.Raw perHead = c.span(cost / w.employeeYears(), EUROS, null);
      if (capitalised[1] >= Context.HALF_EURO) {
        b.append(' ').append(c.t("who.costUnpaid",
            c.span(capitalised[0] + capitalised[1], MONEY, null),
            c.span(capitalised[1], MONEY, null), c.span(cost, MONEY, null), perHead));
      } else if (capitalised[0] >= Context.HALF_EURO) {
        b.append(' ').append(c.t("who.costPik", c.span(capitalised[0], MONEY, null),
            c.span(cost, MONEY, null), perHead));
      } else {
        b.append(' ').append(c.t("who.cost", c.span(cost, MONEY, null), perHead));
      }
    } else if (drawn) {
      // the cash extracted is net of what the revolver lent (methodology §10): say so
      b.append(' ').append(c.t("who.netOfRevolver",
          c.span(w.revolverDrawn(), MONEY, "/whoPays/revolverDrawn"),
          c.span(w.debtServicePaid(), MONEY, null)));
    }
    double fcf = Figures.freeCashFlowTotal(r);
    if (fcf > 0.5) {
      b.append(' ').append(c.t("who.fcfShare", String.valueOf(c.hold()),
          c.span(w.cashExtracted() / fcf, PERCENT, null), c.span(fcf, MONEY, null)));
    }
    if (w.buybacks() > 0.5) {
      // a SCOP's buybacks of its outside members' shares are cash paid to owners (methodology §10)
      b.append(' ').append(c.t("who.buybacks",
          c.span(w.buybacks(), MONEY, "/whoPays/buybacks")));
    }
    String interest = c.interestOnSharesSentence();
    if (!interest.isEmpty()) {
      b.append(' ').append(interest);
    }
    b.append("</p>");
    if (c.deal.structure().hasHolding() && w.paidToHolding() > 0.5) {
      // what the holding receives to serve its loans: not a part of the total above (review 26,
      // W5)
      b.append("<p>");
      if (w.taxPaidToHolding() > 0.5) {
        b.append(c.t("who.holdingTax",
            c.span(w.paidToHolding(), MONEY, "/whoPays/paidToHolding"),
            c.span(w.taxPaidToHolding(), MONEY, "/whoPays/taxPaidToHolding"),
            c.span(w.taxPaidToHolding() - w.taxKeptByHolding(), MONEY, null),
            c.span(w.taxKeptByHolding(), MONEY, "/whoPays/taxKeptByHolding")));
      } else {
        b.append(c.t("who.holding", c.span(w.paidToHolding(), MONEY, "/whoPays/paidToHolding")));
      }
      b.append(financingTotals());
      b.append("</p>");
    }
    b.append("<p>");
    if (!c.deal.participation().applies()) {
      b.append(c.t("who.participation.none"));
    } else {
      b.append(c.t("who.participation",
          c.span(w.participationTotal(), MONEY, "/whoPays/participationTotal"),
          c.span(w.participationPerEmployee(), EUROS, "/whoPays/participationPerEmployee")));
    }
    String work = c.workShareSentence();
    if (!work.isEmpty()) {
      b.append(' ').append(work);
    }
    if (c.statusQuo()) {
      // nothing is bought, so no fee is paid at a closing (review 26, M7)
      b.append("</p>");
    } else {
      b.append("</p><p>").append(c.t("who.fees", c.span(w.fees(), MONEY, "/whoPays/fees")))
          .append("</p>");
    }
    b.append("<p>").append(capture()).append("</p>");
    if (r.paymentDefault().occurred()) {
      int year = r.paymentDefault().year();
      double minimum = Figures.minimumCash(c.deal, r, year);
      int inDefault = r.paymentDefault().yearsInDefault();
      String years = c.t(inDefault == 1 ? "who.yearOne" : "who.yearMany",
          String.valueOf(inDefault));
      // the shortfall is measured while keeping the minimum cash (§5.4; review 26, W2)
      b.append("<p class=\"alert\">").append(minimum >= Context.HALF_EURO
          ? c.t("who.default", String.valueOf(year), c.span(minimum, MONEY, null),
              c.span(r.paymentDefault().shortfall(), MONEY, "/paymentDefault/shortfall"), years)
          : c.t("who.defaultNoMinimum", String.valueOf(year),
              c.span(r.paymentDefault().shortfall(), MONEY, "/paymentDefault/shortfall"), years))
          .append("</p>");
    } else if (!r.exitPaysEveryTranche()) {
      // every payment of the hold made, but the exit does not repay the lenders (docs/risk.md
      // §5): a sale, or a cooperative's valuation (review 11, finding 9); the tranches short named
      List<String> shortOnes = new ArrayList<>();
      for (ExitResult.WaterfallLine l : r.exit().shortTranches(r.debt().size())) {
        shortOnes.add(Html.esc(c.name(l.name())));
      }
      b.append("<p class=\"alert\">").append(c.t(
          c.deal.isCooperative() ? "who.defaultAtExitScop"
              : c.notResold() ? "who.defaultAtExitValued" : "who.defaultAtExit",
          c.span(r.exitShortfall(), MONEY, "/paymentDefault/exitShortfall"),
          String.join(", ", shortOnes))).append("</p>");
    } else {
      b.append("<p>").append(c.t("who.noDefault")).append("</p>");
    }
    String covenants = covenants();
    if (covenants != null) {
      b.append(covenants);
    }
    b.append("</div>");
    b.append(valueAddedTotals());
    return b.append("</section>").toString();
  }

  /**
   * The covenants over the holding period in a paragraph (docs/methodology.md §6), as {@code
   * reprise run} says them: the years breached with each ratio that broke, its value (tagged with
   * its JSON pointer) and the covenant's level; a year that breaks the same ratios as the year
   * before gives the numbers only. When they are met every year, the tightest and its headroom;
   * {@code null} when the deal has no covenant.
   */
  private String covenants() {
    CovenantTests tests = CovenantTests.of(c.deal, r);
    if (tests.none()) {
      return null;
    }
    List<CovenantTests.YearBreaches> breaches = tests.breachesByYear();
    if (breaches.isEmpty()) {
      CovenantTests.Test t = tests.tightest();
      if (t == null) {
        return null;
      }
      // "until the sale" only for a company that is sold
      String until = c.notResold() ? "Plan" : "";
      return "<p>" + c.t((t.ratio().maximum() ? "who.covenants.metMax" : "who.covenants.metMin")
          + until,
          c.t("who.ratio." + t.ratio().name()), String.valueOf(t.year()), actual(t),
          c.fmt.ratio(t.level()),
          c.span(t.headroom(), PERCENT, Html.pointer("years", t.index(), headroomField(t))))
          + "</p>";
    }
    List<String> years = new ArrayList<>();
    for (CovenantTests.YearBreaches y : breaches) {
      List<String> items = new ArrayList<>();
      for (CovenantTests.Test t : y.tests()) {
        items.add(breach(t, y.brief()));
      }
      years.add(c.t("who.covenants.year", String.valueOf(y.year()),
          Texts.raw(String.join(c.t("who.covenants.separator"), items))));
    }
    String list = years.size() == 1 ? years.get(0)
        : String.join(", ", years.subList(0, years.size() - 1)) + c.t("who.covenants.and")
            + years.get(years.size() - 1);
    return "<p class=\"alert\">" + c.t("who.covenants.breached", Texts.raw(list)) + "</p>";
  }

  /** One broken covenant: "debt service cover 0.92× against a minimum of 1.00×". */
  private String breach(CovenantTests.Test t, boolean brief) {
    String level = c.fmt.ratio(t.level());
    if (Double.isNaN(t.actual())) {
      return brief ? c.t("who.covenants.uncomputableShort", level)
          : c.t("who.covenants.uncomputable", c.t("who.ratio." + t.ratio().name()), level);
    }
    if (brief) {
      return c.t("who.covenants.short", actual(t), level);
    }
    return c.t(t.ratio().maximum() ? "who.covenants.max" : "who.covenants.min",
        c.t("who.ratio." + t.ratio().name()), actual(t), level);
  }

  /** @return the ratio's value, tagged with its JSON pointer */
  private Texts.Raw actual(CovenantTests.Test t) {
    String field = switch (t.ratio()) {
      case NET_LEVERAGE -> "netLeverage";
      case INTEREST_COVER -> "interestCover";
      case DEBT_SERVICE_COVER -> "debtServiceCover";
    };
    return c.span(t.actual(), Context.Kind.RATIO, Html.pointer("years", t.index(), field));
  }

  private static String headroomField(CovenantTests.Test t) {
    return switch (t.ratio()) {
      case NET_LEVERAGE -> "leverageHeadroom";
      case INTEREST_COVER -> "interestCoverHeadroom";
      case DEBT_SERVICE_COVER -> "debtServiceCoverHeadroom";
    };
  }

  private String capture() {
    if (c.deal.isCooperative() && w.deleveraging() > 0.5 && r.exit().paysEveryClaim()) {
      return c.t("who.deleveragingScop",
          c.span(w.deleveraging(), MONEY, "/whoPays/deleveraging"));
    }
    if (w.deleveraging() <= 0.5 || w.deleveragingCapture().isEmpty()) {
      return c.t("who.noDeleveraging",
          c.span(w.deleveraging(), MONEY, "/whoPays/deleveraging"));
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Double> e : w.deleveragingCapture().entrySet()) {
      // one unit per sentence, the total's (review 26, F4)
      parts.add(Html.esc(c.name(e.getKey())) + " " + c.spanLike(e.getValue(), w.deleveraging(),
          Html.pointer("whoPays", "deleveragingCapture", e.getKey())));
    }
    String said = c.t("who.deleveraging", c.span(w.deleveraging(), MONEY, "/whoPays/deleveraging"),
        Texts.raw(String.join(", ", parts)));
    // not the principal repaid: the bridge from it, every term said with its sign (review 26,
    // M9; review 28, finding 1): principal − drawings − interest capitalised ∓ cash ∓ accounts
    double[] bridge = Figures.deleveragingBridge(r, w.deleveraging());
    double[] capitalised = Figures.capitalisedInterest(r);
    StringBuilder t = new StringBuilder(c.t("who.bridge.lead", c.spanLike(bridge[0], bridge[0], null)));
    if (bridge[1] >= Context.HALF_EURO) {
      t.append(c.t("who.bridge.revolver", c.spanLike(bridge[1], bridge[0], null)));
    }
    if (bridge[2] >= Context.HALF_EURO) {
      String key = capitalised[1] < Context.HALF_EURO ? "who.bridge.pik"
          : capitalised[0] < Context.HALF_EURO ? "who.bridge.unpaid" : "who.bridge.pikUnpaid";
      t.append(c.t(key, c.spanLike(bridge[2], bridge[0], null)));
    }
    if (Math.abs(bridge[3]) >= Context.HALF_EURO) {
      t.append(c.t(bridge[3] > 0 ? "who.bridge.cashDown" : "who.bridge.cashUp",
          c.spanLike(Math.abs(bridge[3]), bridge[0], null)));
    }
    // what a dividend recapitalisation borrowed, net of its fees, is new debt the cash did not
    // repay (methodology §5.13), not a move of the employees' accounts (review 32, W1)
    double recap = bridge[5];
    if (recap >= Context.HALF_EURO) {
      t.append(c.t("who.bridge.recap", c.spanLike(recap, bridge[0], "/whoPays/recapBorrowed")));
    }
    double other = bridge[4];
    if (Math.abs(other) >= Context.HALF_EURO) {
      // the employees' blocked accounts, and a SCOP's members' capital (methodology §10)
      String key = c.deal.isCooperative() ? "who.bridge.other" : "who.bridge.blocked";
      t.append(c.t(key + (other > 0 ? "Up" : "Down"),
          c.spanLike(Math.abs(other), bridge[0], null)));
    }
    said += " " + t.append(c.t("who.bridge.end"));
    return said;
  }

  /**
   * @return after what the holding receives, the financing's cost net of the tax saving the
   *     holding keeps, with the accrued return of the quasi-equity, and the total sent up to the
   *     holding per employee and per year with the share of the company's net income paid in
   *     dividends (review 26, X4): plain sums and ratios of the engine's figures
   */
  private String financingTotals() {
    StringBuilder b = new StringBuilder();
    double[] split = Figures.debtServiceSplit(r);
    double[] capitalised = Figures.capitalisedInterest(r);
    double cost = split[0] + capitalised[0] + capitalised[1];
    double people = w.employeeYears();
    if (cost > Context.HALF_EURO && w.taxKeptByHolding() > Context.HALF_EURO) {
      double net = cost - w.taxKeptByHolding();
      b.append(' ').append(c.t("who.costNet",
          c.span(w.taxKeptByHolding(), MONEY, "/whoPays/taxKeptByHolding"),
          c.span(net, MONEY, null), c.span(net / people, EUROS, null)));
    }
    // the group's shareholders' part is the quasi-equity's accrued return when nothing is
    // distributed (methodology §5.9)
    double accrued = w.groupValueAdded().shareholders();
    if (cost > Context.HALF_EURO && Figures.hasQuasiEquity(c.deal)
        && Figures.distributionsTotal(r) < Context.HALF_EURO && accrued > Context.HALF_EURO) {
      b.append(' ').append(c.t("who.costQuasi", c.span(cost, MONEY, null),
          c.span(accrued, MONEY, "/whoPays/groupValueAdded/shareholders"),
          c.span(cost + accrued, MONEY, null), c.span((cost + accrued) / people, EUROS, null)));
    }
    double up = w.paidToHolding() + w.taxPaidToHolding();
    b.append(' ').append(c.t("who.upstreamTotal", c.span(up, MONEY, null),
        c.span(up / people, EUROS, null), c.span(Figures.payoutRatio(r), PERCENT, null)));
    return b.toString();
  }

  /**
   * @return under the split, when a holding takes the company's dividends (and, in a tax group,
   *     its tax): that in the company's accounts they first pay the holding's lenders, and where
   *     the Group column shows the money goes (review 26, M3); "" otherwise
   */
  private String valueAddedNote() {
    if (!c.deal.structure().hasHolding() || c.statusQuo() || w.paidToHolding() <= 0.5) {
      return "";
    }
    double[] opco = split(w.valueAdded());
    double[] group = split(w.groupValueAdded());
    Texts.Raw shareholders = c.span(opco[3] / opco[5], PERCENT, null);
    Texts.Raw lenders = c.span(group[2] / group[5], PERCENT, null);
    String note = w.taxPaidToHolding() > 0.5
        ? c.t("va.companyNoteTax", shareholders,
            c.span(w.taxPaidToHolding(), MONEY, "/whoPays/taxPaidToHolding"),
            c.span(w.taxPaidToHolding() - w.taxKeptByHolding(), MONEY, null), lenders,
            c.span(group[1] / group[5], PERCENT, null))
        : c.t("va.companyNote", shareholders, lenders);
    return "<p class=\"note\">" + note + "</p>";
  }

  private String valueAddedTotals() {
    StringBuilder b = new StringBuilder("<table class=\"split\"><caption>")
        .append(c.t("va.cumulated", String.valueOf(w.years()))).append("</caption><thead><tr>")
        .append("<th scope=\"col\"></th><th scope=\"col\">").append(c.t("va.opco"))
        .append("</th><th scope=\"col\">%</th><th scope=\"col\">").append(c.t("va.perEmployee"))
        .append("</th><th scope=\"col\">").append(c.t("va.group"))
        .append("</th><th scope=\"col\">%</th></tr></thead><tbody>");
    String[] parts = {"employees", "state", "lenders", "shareholders", "company", "total"};
    double[] opco = split(w.valueAdded());
    double[] group = split(w.groupValueAdded());
    for (int i = 0; i < parts.length; i++) {
      boolean total = i == parts.length - 1;
      b.append("<tr").append(total ? " class=\"total\"" : "").append("><th scope=\"row\">")
          .append(c.t(c.valueAddedKey(parts[i]))).append("</th>")
          .append(c.cell(opco[i], AMOUNT, Html.pointer("whoPays", "valueAdded", parts[i])))
          .append(c.cell(opco[i] / opco[5], PERCENT, null))
          .append(c.cell(opco[i] / w.employeeYears(), Context.Kind.EUROS, null))
          .append(c.cell(group[i], AMOUNT, Html.pointer("whoPays", "groupValueAdded", parts[i])))
          .append(c.cell(group[i] / group[5], PERCENT, null)).append("</tr>");
    }
    return b.append("</tbody></table>").append(valueAddedNote()).toString();
  }

  static double[] split(WhoPays.Split s) {
    return new double[] {s.employees(), s.state(), s.lenders(), s.shareholders(), s.company(),
        s.total()};
  }

  /** Sources and uses of funds at closing. */
  String sourcesAndUses() {
    SourcesAndUses s = r.sourcesAndUses();
    StringBuilder b = new StringBuilder(open("sources-uses", c.titleKey("su.title")));
    // the blocked participation accounts held at the closing come off the price (§5.8)
    boolean blocked = s.blockedAccountsAtClosing() != 0.0;
    // nobody buys the status quo: its value is a reference, the price of the other scenarios
    // (review 26, M7)
    String lead = blocked ? "su.leadBlocked" : "su.lead";
    b.append("<p>").append(c.t(c.statusQuo() ? lead + "StatusQuo" : lead,
        c.span(s.entryEnterpriseValue(), MONEY, "/sourcesAndUses/entryEnterpriseValue"),
        c.span(s.entryMultiple(), TIMES, "/sourcesAndUses/entryMultiple"),
        c.span(s.entryEbitda(), MONEY, "/sourcesAndUses/entryEbitda"),
        c.span(s.equityPurchasePrice(), MONEY, "/sourcesAndUses/equityPurchasePrice"),
        c.span(s.blockedAccountsAtClosing(), MONEY,
            "/sourcesAndUses/blockedAccountsAtClosing")))
        .append("</p><div class=\"pair\">");
    b.append(lines("su.sources", "sources", s.sources(), s.totalSources(), "totalSources"));
    b.append(lines("su.uses", "uses", s.uses(), s.totalUses(), "totalUses"));
    return b.append("</div></section>").toString();
  }

  private String lines(String caption, String field, List<SourcesAndUses.Line> lines,
      double total, String totalField) {
    StringBuilder b = new StringBuilder("<table class=\"lines\"><caption>").append(c.t(caption))
        .append("</caption><thead><tr><th scope=\"col\"></th><th scope=\"col\">")
        .append(Html.esc(c.unit.label())).append("</th><th scope=\"col\">%</th></tr></thead><tbody>");
    for (int i = 0; i < lines.size(); i++) {
      SourcesAndUses.Line l = lines.get(i);
      b.append("<tr><th scope=\"row\">").append(Html.esc(c.name(useLabel(l.name()))))
          .append("</th>")
          .append(c.cell(l.amount(), AMOUNT, Html.pointer("sourcesAndUses", field, i, "amount")))
          .append(c.cell(l.amount() / total, PERCENT, null)).append("</tr>");
    }
    b.append("<tr class=\"total\"><th scope=\"row\">").append(c.t("su.total")).append("</th>")
        .append(c.cell(total, AMOUNT, Html.pointer("sourcesAndUses", totalField)))
        .append(c.cell(1.0, PERCENT, null)).append("</tr>");
    return b.append("</tbody></table>").toString();
  }

  /** @return the translated label of a fixed use of funds, or the user's name unchanged */
  private String useLabel(String name) {
    return switch (name) {
      case "Purchase of the shares" -> c.text.t("su.purchase");
      case "Refinancing of existing debt" -> c.text.t("su.refinancing");
      case "Transaction fees" -> c.text.t("su.transactionFees");
      case "Financing fees" -> c.text.t("su.financingFees");
      case "Hedging premium" -> c.text.t("su.hedgePremium");
      case "Cash to balance sheet" -> c.text.t("su.cash");
      default -> name;
    };
  }

  /** The operating projection. */
  String operations() {
    int n = y.size();
    StringBuilder b = new StringBuilder(open("operations", "ops.title"));
    b.append("<p>").append(c.t("ops.lead")).append("</p>");
    b.append("<div class=\"scroll\"><table class=\"years\">").append(c.yearHead(n)).append("<tbody>");
    b.append(c.yearRow(c.t("ops.revenue"), y.revenue, AMOUNT, "/revenue", "strong"));
    b.append(c.yearRow(c.t("ops.purchases"), y.purchases, AMOUNT, "/purchases", null));
    b.append(c.yearRow(c.t("ops.external"), y.externalCharges, AMOUNT, "/externalCharges", null));
    b.append(c.yearRow(c.t("ops.taxes"), y.otherTaxes, AMOUNT, "/otherTaxes", null));
    b.append(c.yearRow(c.t("ops.personnel"), y.personnelCosts, AMOUNT, "/personnelCosts", null));
    b.append(c.yearRow(c.t("ops.ebitda"), y.ebitda, AMOUNT, "/ebitda", "total"));
    double[] margin = new double[n];
    for (int t = 0; t < n; t++) {
      margin[t] = y.ebitda[t] / y.revenue[t];
    }
    b.append(c.yearRow(c.t("ops.margin"), margin, PERCENT, null, "sub"));
    b.append(c.yearRow(c.t("ops.depreciation"), y.depreciation, AMOUNT, "/depreciation", null));
    b.append(c.yearRow(c.t("ops.ebit"), y.ebit, AMOUNT, "/ebit", null));
    b.append(c.yearRow(c.t("ops.capex"), y.capex, AMOUNT, "/capex", null));
    b.append(c.yearRow(c.t("ops.wc"), y.workingCapital, AMOUNT, "/workingCapital", null));
    b.append(c.yearRow(c.t("ops.dwc"), y.changeInWorkingCapital, AMOUNT,
        "/changeInWorkingCapital", null));
    boolean holding = c.deal.structure().hasHolding();
    if (holding) {
      // the company's own tax and net income (its accounts, the base of its dividends and of the
      // participation), then the group's, which the free cash flow follows
      b.append(c.yearRow(c.t("ops.opcoTax"), y.opcoIncomeTax, AMOUNT, "/opcoIncomeTax", null));
      b.append(c.yearRow(c.t("ops.opcoNetIncome"), y.opcoNetIncome, AMOUNT, "/opcoNetIncome",
          null));
    }
    String tax = !holding ? "ops.tax"
        : c.deal.structure().taxGroup() ? "ops.taxGroup" : "ops.taxGroupStandAlone";
    if (holding && anyNonZero(y.acquisitionCostAmortisation)) {
      // the transaction fees the holding amortises for tax (§3): they lower the tax below, not
      // the net income nor the cash
      b.append(c.yearRow(c.t(c.deal.structure().taxGroup() ? "ops.acquisitionCostsTaxGroup"
              : "ops.acquisitionCosts"), y.acquisitionCostAmortisation, AMOUNT,
          "/acquisitionCostAmortisation", "sub"));
    }
    b.append(c.yearRow(c.t(tax), y.incomeTax, AMOUNT, "/incomeTax", null));
    b.append(c.yearRow(c.t("ops.netIncome"), y.netIncome, AMOUNT, "/netIncome", null));
    b.append(c.yearRow(c.t("ops.fcf"), y.freeCashFlow, AMOUNT, "/freeCashFlow", "total"));
    b.append(c.yearRow(c.t("ops.headcount"), y.headcount, PEOPLE, "/headcount", null));
    b.append(c.yearRow(c.t("ops.participation"), y.participation, AMOUNT, "/participation",
        null));
    if (c.deal.participation().blocked()) {
      b.append(c.yearRow(c.t("ops.blockedInterest"), y.blockedAccountInterest, AMOUNT,
          "/blockedAccountInterest", null));
      // what the accounts paid out, a part of the participation paid (in the cash section)
      b.append(c.yearRow(c.t("ops.blockedReleased"), y.participationReleased, AMOUNT,
          "/participationReleased", null));
      b.append(c.yearRow(c.t("ops.blockedAccounts"), y.blockedAccounts, AMOUNT,
          "/blockedAccounts", null));
    }
    if (c.deal.isCooperative()) {
      b.append(c.yearRow(c.t("ops.workShare"), y.workShare, AMOUNT, "/workShare", null));
    }
    b.append("</tbody></table></div>");
    if (holding) {
      b.append("<p class=\"note\">").append(c.t(c.deal.structure().taxGroup()
          ? "ops.perimeterTaxGroup" : "ops.perimeter")).append("</p>");
    }
    b.append(afterExitNote());
    return b.append("</section>").toString();
  }

  String afterExitNote() {
    return y.size() > c.hold() ? "<p class=\"note\">"
        + c.t(c.notResold() ? "note.afterExitValued" : "note.afterExit") + "</p>" : "";
  }

  /** The debt: chart of the balances and table of balances and ratios. */
  String debt() {
    int hold = c.hold();
    int n = y.size();
    StringBuilder b = new StringBuilder(open("debt", "debt.title"));
    double closing0 = 0;
    for (TrancheSchedule s : r.debt()) {
      closing0 += s.initialAmount();
    }
    b.append("<p>").append(c.t(c.statusQuo() ? "debt.leadStatusQuo" : "debt.lead",
        c.span(closing0, MONEY, null),
        c.span(y.debt[hold - 1], MONEY, Html.pointer("years", hold - 1, "totalDebt")),
        String.valueOf(y.year[hold - 1]),
        c.span(y.cash[hold - 1], MONEY, Html.pointer("years", hold - 1, "cash")))).append("</p>");
    List<String> cats = new ArrayList<>();
    cats.add(String.valueOf(r.baseYear()));
    cats.addAll(c.yearLabels(hold));
    List<Svg.Series> series = new ArrayList<>();
    for (int i = 0; i < r.debt().size(); i++) {
      TrancheSchedule s = r.debt().get(i);
      double[] v = new double[hold + 1];
      v[0] = s.initialAmount();
      System.arraycopy(s.closing(), 0, v, 1, hold);
      series.add(new Svg.Series(c.name(s.name()), v, Svg.PALETTE[i % Svg.PALETTE.length]));
    }
    if (!series.isEmpty()) {
      b.append("<figure>").append(Svg.stackedBars(c.t("debt.chart"), cats, series, c.fmt))
          .append("<figcaption>").append(c.t("debt.chart")).append("</figcaption></figure>");
    }
    b.append("<div class=\"scroll\"><table class=\"years\">").append(c.yearHead(n)).append("<tbody>");
    for (TrancheSchedule s : r.debt()) {
      b.append(c.yearRow(Html.esc(c.name(s.name())), s.closing(), AMOUNT,
          Html.pointer("debt", s.name()), null));
    }
    b.append(c.yearRow(c.t("debt.total"), y.debt, AMOUNT, "/totalDebt", "total"));
    b.append(c.yearRow(c.t("debt.cash"), y.cash, AMOUNT, "/cash", null));
    b.append(c.yearRow(c.t("debt.net"), y.netDebt, AMOUNT, "/netDebt", "total"));
    if (c.credit.hasRevolver()) {
      b.append(c.yearRow(c.t("debt.liquidity"), c.credit.liquidity(), AMOUNT, "/liquidity",
          "sub"));
    }
    b.append(c.yearRow(c.t("debt.interest"), y.cashInterest, AMOUNT, "/cashInterest", null));
    if (y.hasHedgeFlows()) {
      // the interest-rate hedges' net settlement, paid + or received − (methodology §5.11)
      b.append(c.yearRow(c.t("debt.hedging"), y.hedgeSettlement, AMOUNT, "/hedgeSettlement",
          null));
    }
    b.append(c.yearRow(c.t("debt.pik"), y.pikInterest, AMOUNT, "/pikInterest", null));
    b.append(c.yearRow(c.t("debt.mandatory"), y.mandatoryRepayment, AMOUNT, "/mandatoryRepayment",
        null));
    b.append(c.yearRow(c.t("debt.sweep"), y.sweep, AMOUNT, "/sweep", null));
    // a ratio set against a covenant has the covenant's two decimals: a 5.04× must not print
    // 5.0× beside a 5.00× maximum (review 26, W4; review 28)
    Context.Kind leverage = tested(c.credit.maxNetLeverage()) ? RATIO : CREDIT;
    b.append(c.yearRow(c.t("debt.netLeverage"), y.netLeverage, leverage, "/netLeverage", null));
    if (c.credit.seniorDiffers()) {
      b.append(c.yearRow(c.t("debt.seniorNetLeverage"), c.credit.seniorNetLeverage(), leverage,
          "/seniorNetLeverage", null));
    }
    b.append(level(c.t("debt.maxLevel"), c.credit.maxNetLeverage(), "maxNetLeverage"));
    b.append(c.yearRow(c.t("debt.interestCover"), y.interestCover,
        tested(c.credit.minInterestCover()) ? RATIO : CREDIT, "/interestCover", null));
    b.append(level(c.t("debt.minLevel"), c.credit.minInterestCover(), "minInterestCover"));
    // two decimals, as covenants are set (a cover of 0.993 is below 1: not "1.0×", review 21)
    b.append(c.yearRow(c.t("debt.dscr"), y.debtServiceCover, RATIO, "/debtServiceCover", null));
    b.append(level(c.t("debt.minLevel"), c.credit.minDebtServiceCover(), "minDebtServiceCover"));
    b.append(flags(c.t("debt.breach"), y.covenantBreach, "/covenantBreach"));
    // what the shareholders would inject to meet the covenants broken (methodology §6, review 25)
    double[] cure = c.credit.equityCure();
    boolean cured = false;
    for (double v : cure) {
      cured |= v > 0.0;
    }
    if (cured) {
      b.append(c.yearRow(c.t("debt.equityCure"), cure, AMOUNT, "/equityCure", "sub"));
    }
    b.append(flags(c.t("debt.default"), y.defaulted, "/defaulted"));
    b.append("</tbody></table></div>");
    if (cured) {
      b.append("<p class=\"note\">").append(c.t("debt.equityCureNote")).append("</p>");
    }
    if (c.credit.seniorDiffers()) {
      List<String> senior = new ArrayList<>();
      for (int i = 0; i < r.debt().size(); i++) {
        if (c.credit.senior(i)) {
          senior.add(c.name(r.debt().get(i).name()));
        }
      }
      b.append("<p class=\"note\">").append(c.t("debt.seniorNote", String.join(", ", senior)))
          .append("</p>");
    }
    b.append(afterExitNote());
    b.append(tranches());
    return b.append("</section>").toString();
  }

  /** @return true when the covenant is tested in some year */
  private static boolean tested(double[] level) {
    for (double v : level) {
      if (!Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The covenant's level under its ratio, in the years it is tested ("–" elsewhere), tagged with
   * its JSON field; nothing when the deal does not set that covenant.
   */
  private String level(String label, double[] level, String field) {
    boolean any = false;
    StringBuilder b = new StringBuilder("<tr class=\"sub\"><th scope=\"row\">").append(label)
        .append("</th>");
    for (int t = 0; t < level.length; t++) {
      if (Double.isNaN(level[t])) {
        b.append("<td class=\"n\">–</td>");
      } else {
        any = true;
        b.append(c.cell(level[t], RATIO, Html.pointer("years", t, field)));
      }
    }
    return any ? b.append("</tr>").toString() : "";
  }

  private String flags(String label, boolean[] values, String field) {
    StringBuilder b = new StringBuilder("<tr><th scope=\"row\">").append(label).append("</th>");
    for (int t = 0; t < values.length; t++) {
      // after the exit nothing is tested (methodology §6, §5.4)
      String shown = t >= c.hold() ? "–" : c.t(values[t] ? "yes" : "no");
      b.append("<td class=\"flag").append(values[t] ? " alert" : "").append("\" data-key=\"")
          .append(Html.esc(c.prefix + Html.pointer("years", t) + field)).append("\" data-value=\"")
          .append(values[t]).append("\">").append(shown).append("</td>");
    }
    return b.append("</tr>").toString();
  }

  private String tranches() {
    StringBuilder b = new StringBuilder("<table class=\"lines\"><caption>")
        .append(c.t("debt.tranches")).append("</caption><thead><tr><th scope=\"col\">")
        .append(c.t("debt.tranche")).append("</th><th scope=\"col\">").append(c.t("debt.lender"))
        .append("</th><th scope=\"col\">").append(c.t("debt.borrower"))
        .append("</th><th scope=\"col\">").append(Html.esc(c.unit.label()))
        .append("</th><th scope=\"col\">").append(c.t("debt.rate")).append("</th></tr></thead><tbody>");
    for (int i = 0; i < r.debt().size(); i++) {
      TrancheSchedule s = r.debt().get(i);
      org.reprise.model.Tranche tr = trancheNamed(s.name());
      String rate = tr == null ? "" : c.fmt.percent(tr.cashRate()[0], 2)
          + (tr.pikRate()[0] > 0 ? " + " + c.fmt.percent(tr.pikRate()[0], 2) + " PIK" : "");
      b.append("<tr><th scope=\"row\">").append(Html.esc(c.name(s.name()))).append("</th><td>")
          .append(Html.esc(c.name(s.lender()))).append("</td><td>").append(c.t("borrower." + s.borrower()))
          .append("</td>")
          .append(c.cell(s.initialAmount(), AMOUNT, Html.pointer("debtSchedules", i,
              "initialAmount")))
          .append("<td class=\"n\">").append(Html.esc(rate)).append("</td></tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  private org.reprise.model.Tranche trancheNamed(String name) {
    for (org.reprise.model.Tranche t : c.deal.financing().debt()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }

  private static boolean anyNonZero(double[] values) {
    for (double v : values) {
      if (v != 0.0) {
        return true;
      }
    }
    return false;
  }

  /** @return true when some value is not 0 */}
