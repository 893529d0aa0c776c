package org.reprise.cli.text;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.ExitGainsTax;
import org.reprise.model.PersonalTax;

/**
 * The individuals' tax on their exit gains, after the returns per instrument of {@code reprise
 * run} when the deal file has a {@code personalTax} section ({@link ExitGainsTax},
 * docs/methodology.md §8.4): the rule in one paragraph, one line per class of an individual
 * holder (gain, capital-gain and salary parts, tax, net gain, net IRR and multiple), the total,
 * and the State's take. Part of {@link TextReport}.
 */
final class PersonalTaxSection {

  private final Numbers num;
  private final Labels text;
  private final AmountUnit unit;

  PersonalTaxSection(Numbers num, Labels text, AmountUnit unit) {
    this.num = num;
    this.text = text;
    this.unit = unit;
  }

  /** @return the block, without its title, lines ending with a line feed */
  String render(ExitGainsTax t) {
    StringBuilder out = new StringBuilder();
    PersonalTax terms = t.terms();
    String intro = text.format("ptax.intro", keep(num.percent(terms.capitalGainsRate())));
    if (!terms.managementPackages().isEmpty()) {
      intro += " " + text.format("ptax.package", keep(num.multiple(t.performanceRatio())),
          keep(num.percent(terms.salaryRate())), keep(num.percent(terms.salaryContribution())));
      if (t.holdingYears() < PersonalTax.MIN_HOLDING_YEARS) {
        intro += " " + text.format("ptax.tooShort", t.holdingYears());
      }
    }
    out.append(WhoPaysSection.wrap(intro, WhoPaysSection.WIDTH));
    String k = " " + unit.symbol();
    // the dividends' column only when a class received some (taxed apart, review 34 W1)
    boolean dividends = t.classes().stream().anyMatch(c -> c.dividends() > 0.0);
    List<String> head = new ArrayList<>(List.of(
        text.get("instr.name"), text.get("ptax.gain") + k));
    if (dividends) {
      head.add(text.get("ptax.dividends") + k);
    }
    head.addAll(List.of(text.get("ptax.ceiling") + k, text.get("ptax.capital") + k,
        text.get("ptax.salary") + k, text.get("ptax.tax") + k, text.get("ptax.net") + k,
        text.get("ptax.netIrr"), text.get("ptax.netMultiple")));
    TextTable table = TextTable.of(head.toArray(new String[0]));
    boolean loss = false;
    for (ExitGainsTax.ClassTax c : t.classes()) {
      List<String> row = new ArrayList<>(List.of(
          Terminal.safe(c.name()), amount(c.gain())));
      if (dividends) {
        row.add(amount(c.dividends()));
      }
      row.addAll(List.of(c.managementPackage() ? amount(c.ceiling()) : "",
          amount(c.capitalGain()), amount(c.salary()), amount(-c.tax()), amount(c.netGain()),
          num.percent(c.netIrr()), num.multiple(c.netMultiple())));
      table.row(row.toArray(new String[0]));
      loss |= c.exitGain() <= 0;
    }
    table.rule();
    List<String> total = new ArrayList<>(List.of(
        text.get("ptax.total"), amount(t.totalGain())));
    if (dividends) {
      total.add(amount(t.classes().stream().mapToDouble(ExitGainsTax.ClassTax::dividends).sum()));
    }
    total.addAll(List.of("",
        amount(t.classes().stream().mapToDouble(ExitGainsTax.ClassTax::capitalGain).sum()),
        amount(t.classes().stream().mapToDouble(ExitGainsTax.ClassTax::salary).sum()),
        amount(-t.totalTax()), amount(t.totalGain() - t.totalTax()), "", ""));
    table.row(total.toArray(new String[0]));
    out.append(table.render());
    for (ExitGainsTax.ClassTax c : t.classes()) {
      String note = text.irrNote(c.name(), c.netIrr(), c.netIrrNote());
      if (note != null) {
        out.append(note).append('\n');
      }
    }
    out.append(WhoPaysSection.wrap(text.format("ptax.state", money(t.totalTax()),
        money(t.totalCapitalGainsTax()), money(t.totalSalaryTax())),
        WhoPaysSection.WIDTH));
    if (dividends) {
      out.append(WhoPaysSection.wrap(text.get("ptax.dividendsNote"), WhoPaysSection.WIDTH));
    }
    if (loss) {
      out.append(WhoPaysSection.wrap(text.get("ptax.loss"), WhoPaysSection.WIDTH));
    }
    if (!t.terms().managementPackages().isEmpty()) {
      // not the managers' whole bill: a price discount is taxed at subscription (review 33, M3)
      out.append(WhoPaysSection.wrap(text.get("ptax.subscription"), WhoPaysSection.WIDTH));
    }
    return out.toString();
  }

  private String amount(double value) {
    return num.amount(value, unit);
  }

  /** @return an amount and its unit, on one line of the wrapped prose */
  String money(double value) {
    return keep(amount(value)) + Prose.NBSP + unit.symbol();
  }

  /** @return a number whose spaces (French grouping, "10,0 %") never break the line */
  static String keep(String number) {
    return number.replace(' ', Prose.NBSP);
  }
}
