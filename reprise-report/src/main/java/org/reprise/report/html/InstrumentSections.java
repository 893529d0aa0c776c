package org.reprise.report.html;

import static org.reprise.report.html.Context.Kind.AMOUNT;
import static org.reprise.report.html.Context.Kind.PERCENT;
import static org.reprise.report.html.Context.Kind.TIMES;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.EnvyRatio;
import org.reprise.engine.EquityReturns;
import org.reprise.engine.InstrumentReturn;
import org.reprise.engine.PartyReturn;
import org.reprise.model.EquityClass;

/**
 * The returns of each equity class, of all the equity together and the envy ratio, next to the
 * returns of each party (docs/methodology.md §8.1, §8.2). Every number carries its pointer into
 * {@code /equityReturns} of the JSON output.
 */
final class InstrumentSections {

  private final Context c;
  private final EquityReturns e;

  InstrumentSections(Context c) {
    this.c = c;
    this.e = c.result.equityReturns();
  }

  /** @return the heading, the table and the envy ratio's sentence */
  String html() {
    String scop = c.deal.isCooperative() ? "Scop" : ""; // members' shares, parts sociales
    StringBuilder b = new StringBuilder("<h3>").append(c.t("instr.title")).append("</h3><p>")
        .append(c.t("instr.lead" + scop)).append("</p>");
    b.append("<table class=\"lines\"><thead><tr><th scope=\"col\">").append(c.t("instr.name"))
        .append("</th><th scope=\"col\">").append(c.t("instr.holder"))
        .append("</th><th scope=\"col\">").append(c.t("instr.kind"))
        .append("</th><th scope=\"col\">").append(c.t("instr.share" + scop))
        .append("</th><th scope=\"col\">").append(c.t("ret.invested"))
        .append("</th><th scope=\"col\">").append(c.t("ret.proceeds"))
        .append("</th><th scope=\"col\">").append(c.t("ret.moic"))
        .append("</th><th scope=\"col\">").append(c.t("ret.irr"))
        .append("</th></tr></thead><tbody>");
    for (int i = 0; i < e.instruments().size(); i++) {
      InstrumentReturn r = e.instruments().get(i);
      String key = Html.pointer("equityReturns", "instruments", i);
      boolean ordinary = r.kind() == EquityClass.Kind.ORDINARY;
      b.append("<tr><th scope=\"row\">").append(Html.esc(c.name(r.name()))).append("</th><td>")
          .append(Html.esc(c.name(r.holder()))).append("</td><td>").append(kind(r.kind()))
          .append("</td>")
          .append(ordinary ? c.cell(r.ownership(), PERCENT, key + "/ownership") : "<td></td>")
          .append(c.cell(r.invested(), AMOUNT, key + "/invested"))
          .append(c.cell(r.proceeds(), AMOUNT, key + "/proceeds"))
          .append(c.cell(r.moic(), TIMES, key + "/moic"))
          .append(c.cell(r.irr(), PERCENT, key + "/irr")).append("</tr>");
    }
    PartyReturn all = e.blended();
    String key = Html.pointer("equityReturns", "blended");
    b.append("<tr class=\"total\"><th scope=\"row\">").append(c.t("instr.all"))
        .append("</th><td></td><td></td><td></td>")
        .append(c.cell(all.invested(), AMOUNT, key + "/invested"))
        .append(c.cell(all.proceeds(), AMOUNT, key + "/proceeds"))
        .append(c.cell(all.moic(), TIMES, key + "/moic"))
        .append(c.cell(all.irr(), PERCENT, key + "/irr")).append("</tr></tbody></table>");
    return b.append("<p>").append(envy(e.envyRatio())).append("</p>").toString();
  }

  private String kind(EquityClass.Kind kind) {
    return switch (kind) {
      case ORDINARY -> c.t(c.deal.isCooperative() ? "instr.ordinaryScop" : "instr.ordinary");
      case PREFERRED -> c.t("instr.preferred");
      case SHAREHOLDER_LOAN -> c.t("instr.shareholderLoan");
    };
  }

  /** @return the envy ratio's sentence, its numbers tagged, or why it does not apply */
  private String envy(EnvyRatio v) {
    String key = Html.pointer("equityReturns", "envyRatio");
    List<String> names = new ArrayList<>();
    for (String m : v.management()) {
      names.add(c.name(m));
    }
    String sponsor = c.name(v.sponsor());
    String management = String.join(" + ", names);
    String sentence = switch (v.status()) {
      case APPLICABLE -> c.t("instr.envy", sponsor, management,
          c.span(v.ratio(), TIMES, key + "/ratio"),
          c.span(v.sponsorInvested(), Context.Kind.MONEY, key + "/sponsorInvested"),
          c.span(v.sponsorShare(), PERCENT, key + "/sponsorShare"),
          c.span(v.managementInvested(), Context.Kind.MONEY, key + "/managementInvested"),
          c.span(v.managementShare(), PERCENT, key + "/managementShare"));
      case COOPERATIVE -> c.t("instr.envyNone", Texts.raw(c.t("instr.envy.cooperative")));
      case NO_BUYOUT -> c.t("instr.envyNone", Texts.raw(c.t("instr.envy.noBuyout")));
      case NOT_SPONSOR_LED -> c.t("instr.envyNone", Texts.raw(c.t("instr.envy.notSponsorLed",
          sponsor, c.span(v.sponsorShare(), PERCENT, key + "/sponsorShare"))));
      case NO_MANAGEMENT -> c.t("instr.envyNone", Texts.raw(v.rolesGiven()
          ? c.t("instr.envy.noManagementNamed") : c.t("instr.envy.noManagement", sponsor)));
      case SPONSOR_HOLDS_NO_SHARES -> c.t("instr.envyNone",
          Texts.raw(c.t("instr.envy.sponsorHoldsNoShares", sponsor)));
      case MANAGEMENT_PAID_NOTHING -> c.t("instr.envyNone", Texts.raw(c.t(
          "instr.envy.managementPaidNothing", management,
          c.span(v.managementShare(), PERCENT, key + "/managementShare"))));
    };
    if (!v.rolesGiven()) {
      return sentence;
    }
    if (v.coInvestors().isEmpty()) {
      return sentence + " " + c.t("instr.envy.roles");
    }
    List<String> left = new ArrayList<>();
    for (String m : v.coInvestors()) {
      left.add(c.name(m));
    }
    return sentence + " " + c.t("instr.envy.rolesLeftOut", String.join(", ", left));
  }
}
