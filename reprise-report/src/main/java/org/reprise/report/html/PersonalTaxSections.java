package org.reprise.report.html;

import static org.reprise.report.html.Context.Kind.AMOUNT;
import static org.reprise.report.html.Context.Kind.MONEY;
import static org.reprise.report.html.Context.Kind.PERCENT;
import static org.reprise.report.html.Context.Kind.TIMES;

import org.reprise.engine.ExitGainsTax;
import org.reprise.model.PersonalTax;

/**
 * The individuals' tax on their exit gains, under the returns of each party, when the deal file
 * has a {@code personalTax} section (docs/methodology.md §8.4, CGI art. 163 bis H). Every number
 * carries its pointer into {@code /personalTax} of the JSON output.
 */
final class PersonalTaxSections {

  private final Context c;
  private final ExitGainsTax t;

  /** @param t the tax on the exit gains of the deal ({@link ExitGainsTax#of}), not null */
  PersonalTaxSections(Context c, ExitGainsTax t) {
    this.c = c;
    this.t = t;
  }

  /** @return the rule, the table and the State's take */
  String html() {
    PersonalTax p = t.terms();
    StringBuilder b = new StringBuilder("<p>")
        .append(c.t("ptax.lead", c.fmt.percent(p.capitalGainsRate())));
    if (!p.managementPackages().isEmpty()) {
      b.append(' ').append(c.t("ptax.package", c.format(t.performanceRatio(), TIMES),
          c.fmt.percent(p.salaryRate()), c.fmt.percent(p.salaryContribution())));
      if (t.holdingYears() < PersonalTax.MIN_HOLDING_YEARS) {
        b.append(' ').append(c.t("ptax.tooShort", t.holdingYears()));
      }
    }
    b.append("</p><table class=\"lines\"><thead><tr><th scope=\"col\"></th>");
    // the dividends' column only when a class received some (taxed apart, review 34 W1)
    boolean dividends = t.classes().stream().anyMatch(k -> k.dividends() > 0.0);
    for (String key : new String[] {"ptax.gain", "ptax.dividends", "ptax.ceiling",
        "ptax.capital", "ptax.salary", "ptax.tax", "ptax.net", "ptax.netMultiple",
        "ptax.netIrr"}) {
      if (dividends || !key.equals("ptax.dividends")) {
        b.append("<th scope=\"col\">").append(c.t(key)).append("</th>");
      }
    }
    b.append("</tr></thead><tbody>");
    boolean loss = false;
    for (int i = 0; i < t.classes().size(); i++) {
      ExitGainsTax.ClassTax k = t.classes().get(i);
      String at = "/personalTax/classes/" + i + "/";
      b.append("<tr><th scope=\"row\">").append(Html.esc(k.name())).append("</th>")
          .append(c.cell(k.gain(), AMOUNT, at + "gain"))
          .append(dividends ? c.cell(k.dividends(), AMOUNT, at + "dividends") : "")
          .append(k.managementPackage() ? c.cell(k.ceiling(), AMOUNT, at + "ceiling")
              : "<td></td>")
          .append(c.cell(k.capitalGain(), AMOUNT, at + "capitalGain"))
          .append(c.cell(k.salary(), AMOUNT, at + "salary"))
          .append(c.cell(k.tax(), AMOUNT, at + "tax"))
          .append(c.cell(k.netGain(), AMOUNT, at + "netGain"))
          .append(c.cell(k.netMultiple(), TIMES, at + "netMultiple"))
          .append(c.cell(k.netIrr(), PERCENT, at + "netIrr")).append("</tr>");
      loss |= k.exitGain() <= 0;
    }
    b.append("</tbody></table><p class=\"note\">")
        .append(c.t("ptax.state", c.format(t.totalTax(), MONEY),
            c.format(t.totalCapitalGainsTax(), MONEY), c.format(t.totalSalaryTax(), MONEY)));
    if (dividends) {
      b.append(' ').append(c.t("ptax.dividendsNote"));
    }
    if (loss) {
      b.append(' ').append(c.t("ptax.loss"));
    }
    return b.append("</p>").toString();
  }
}
