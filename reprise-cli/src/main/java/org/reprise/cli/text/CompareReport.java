package org.reprise.cli.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.reprise.engine.DebtAfterHorizon;
import org.reprise.engine.EnvyRatio;
import org.reprise.engine.PartyReturn;
import org.reprise.engine.WhoPays;
import org.reprise.io.DealWarnings;
import org.reprise.io.Scenario;
import org.reprise.io.result.CompareJson;
import org.reprise.io.result.CovenantTests;
import org.reprise.io.result.ScenarioSummary;

/**
 * The side-by-side table of {@code reprise compare}: one column per ownership scenario; rows for
 * the price paid and the entry and exit multiples, the debt, the seller's cash at closing and vendor
 * loan, who owns the company at the end, the cumulative sharing of the value
 * added, the participation (and a SCOP's work share), the cash taken out of the company, the returns per party, all the
 * equity's blended return and the envy ratio (docs/methodology.md §8.1, §8.2), the equity gain and
 * its change-of-multiple part, the covenant
 * headroom, the payment default, who captures the deleveraging and the differences with the status
 * quo; then plain-language sentences comparing each scenario with the status quo.
 *
 * <p>Not thread-safe: make one per report.
 */
public final class CompareReport {

  private final Lang lang;
  private final Numbers num;
  private final Labels text;
  private AmountUnit unit = AmountUnit.THOUSANDS;

  /** @param lang language of the labels and of the number format */
  public CompareReport(Lang lang) {
    this.lang = lang;
    this.num = new Numbers(lang);
    this.text = new Labels(lang);
  }

  /**
   * @param dealName the file's deal name
   * @param scenarios the scenarios, in file order (at least one)
   * @return the report, lines ending with a line feed
   */
  public String render(String dealName, List<ScenarioSummary> scenarios) {
    double largest = 0;
    for (ScenarioSummary s : scenarios) {
      largest = Math.max(largest, s.result().sourcesAndUses().totalSources());
    }
    unit = AmountUnit.forDeal(largest);
    ScenarioSummary q = CompareJson.statusQuo(scenarios);
    StringBuilder out = new StringBuilder();
    out.append(Terminal.safe(dealName)).append('\n');
    ScenarioSummary first = scenarios.get(0);
    String company = Terminal.safe(first.result().companyName());
    int base = first.result().baseYear();
    out.append(scenarios.size() == 1 ? text.format("cmp.header.one", company, base)
        : text.format("cmp.header", company, base, scenarios.size())).append('\n');
    sources(scenarios, out);
    out.append(text.format("header.units", text.get(unit.labelKey()))).append('\n');
    out.append(InputWarnings.lines(lang, warnings(scenarios)));
    out.append('\n');
    out.append(table(scenarios, q).render());
    out.append(text.get("cmp.note")).append('\n');
    // each scenario's own terms, which another file's deal may not share (review 26, M5); the base
    // year's reserve among them only when its row is printed
    out.append(text.get(reservesDiffer(scenarios) ? "cmp.noteTerms" : "cmp.noteTermsNoReserve"))
        .append('\n');
    if (q != null && scenarios.stream().anyMatch(s -> s.deal().structure().hasHolding())) {
      // the perimeters of the value added (review 26, M4)
      out.append(text.get("cmp.notePerimeter")).append('\n');
    }
    scenarios.stream().filter(ScenarioSummary::isCooperative).findFirst().ifPresent(s ->
        // the model's stated limit beside the work share (methodology §5.10, limit (a))
        out.append(text.format("cmp.noteWorkShare",
            num.percent(s.deal().participation().employerContributionRate(), 0))).append('\n'));
    if (scenarios.stream().anyMatch(s -> !s.deal().soldAtExit())) {
      // a company nobody buys is valued at the end, not sold (review 37, W4), and still owes its
      // debt after the plan (M2)
      out.append(text.get("cmp.noteValued")).append('\n');
    }
    out.append(text.get("cmp.noteCover")).append('\n');
    if (anyEmployeesInvested(scenarios)) {
      out.append(text.get("cmp.noteEmployeesInvested")).append('\n');
    }
    out.append(text.get("cmp.noteEnvy")).append('\n');
    if (scenarios.stream().anyMatch(ScenarioSummary::takesOverBlockedAccounts)) {
      // a scenario without the accounts is compared with one whose company owes them: say so
      boolean differ = scenarios.stream().filter(s -> !s.isStatusQuo())
          .map(ScenarioSummary::takesOverBlockedAccounts).distinct().count() > 1;
      out.append(text.get(differ ? "cmp.noteBlockedDiffer" : "cmp.noteBlocked")).append('\n');
    }
    // how the IRRs are dated and that they are gross, as run says it (review 27, finding 9)
    out.append(text.format("returns.dating", base)).append('\n');
    if (q != null) {
      Sentences sentences = new Sentences(lang);
      StringBuilder said = new StringBuilder();
      for (ScenarioSummary s : scenarios) {
        if (s != q) {
          said.append(WhoPaysSection.wrap(
              String.join(" ", sentences.versusStatusQuo(s, q, scenarios)),
              WhoPaysSection.WIDTH));
        }
      }
      if (said.length() > 0) {
        out.append('\n').append(text.get("who.sentences")).append('\n').append(said);
      }
    }
    return out.toString();
  }

  /**
   * Who set the assumptions (review 26, X7): one line when every scenario names the same source,
   * one line per scenario when they differ, nothing when none names one.
   */
  private void sources(List<ScenarioSummary> scenarios, StringBuilder out) {
    Set<String> distinct = new LinkedHashSet<>();
    for (ScenarioSummary s : scenarios) {
      distinct.add(String.valueOf(s.deal().source()));
    }
    String first = scenarios.get(0).deal().source();
    if (distinct.size() == 1) {
      if (first != null) {
        out.append(text.format("header.source", Terminal.safe(first))).append('\n');
      }
      return;
    }
    out.append(text.get("cmp.sources")).append('\n');
    for (ScenarioSummary s : scenarios) {
      String source = s.deal().source();
      out.append(text.format("cmp.sourceOf", Terminal.safe(s.name()),
          source == null ? text.get("cmp.sourceNone") : Terminal.safe(source))).append('\n');
    }
  }

  /**
   * @return false when two scenarios or more, and every one of them to which the participation
   *     applies, pay the same base year's reserve, above 0, in year 1 (their first years then
   *     compare; the row would only repeat it); true for a single deal (the row gives its
   *     reserve), when a scenario leaves it out (0), when they differ, or when the participation
   *     applies to none of them
   */
  static boolean reservesDiffer(List<ScenarioSummary> scenarios) {
    List<Double> reserves = scenarios.stream()
        .filter(s -> s.deal().participation().applies())
        .map(s -> s.deal().participation().baseYearReserve()).toList();
    return scenarios.size() < 2 || reserves.isEmpty() || reserves.stream()
        .anyMatch(r -> !(r > 0.0) || r.doubleValue() != reserves.get(0).doubleValue());
  }

  private TextTable table(List<ScenarioSummary> scenarios, ScenarioSummary q) {
    List<String> header = new ArrayList<>();
    header.add("");
    for (ScenarioSummary s : scenarios) {
      header.add(s.name());
    }
    TextTable t = TextTable.of(header);
    t.row(row(scenarios, "cmp.kind", s -> kind(s.kind())));
    t.row(row(scenarios, "cmp.years", s -> (s.result().baseYear() + 1) + "–" + s.exitYear()));
    t.row(row(scenarios, "cmp.structure",
        s -> text.get(s.deal().structure().hasHolding() ? "cmp.holding" : "cmp.pushdown")));
    t.rule();
    t.row(row(scenarios, text.format("cmp.price", unit.symbol()), s -> amount(s.pricePaid())));
    t.row(row(scenarios, "cmp.multiple",
        s -> num.multiple(s.result().sourcesAndUses().entryMultiple())));
    t.row(row(scenarios, "cmp.exitMultiple", s -> num.multiple(s.exitMultiple())));
    if (scenarios.stream().anyMatch(s -> !s.deal().soldAtExit())) {
      // sold, or only valued at the plan's multiple, nobody buying (review 37, W4)
      t.row(row(scenarios, "cmp.exit",
          s -> text.get(s.deal().soldAtExit() ? "cmp.exitSale" : "cmp.exitValuation")));
    }
    t.row(row(scenarios, text.format("cmp.debt", unit.symbol()), s -> amount(s.debtAtClosing())));
    if (scenarios.stream().anyMatch(ScenarioSummary::takesOverBlockedAccounts)) {
      // the employees' blocked accounts the company owes at the closing come off the price of the
      // shares (methodology §3, §5.8; review 28, finding 12)
      t.row(row(scenarios, text.format("cmp.blockedAtClosing", unit.symbol()),
          s -> s.isStatusQuo() ? "–"
              : amount(s.result().sourcesAndUses().blockedAccountsAtClosing())));
    }
    t.row(row(scenarios, text.format("cmp.equity", unit.symbol()),
        s -> amount(s.equityAtClosing())));
    if (anyEmployeesInvested(scenarios)) {
      // what the employees themselves put in, and a SCOP's members' yearly subscriptions apart
      // (review 37, W7)
      t.row(row(scenarios, text.format("cmp.employeesInvested", unit.symbol()),
          s -> s.employeesInvested() > 0.5 ? amount(s.employeesInvested()) : "–"));
      t.row(row(scenarios, "cmp.employeesInvestedPerHead",
          s -> s.employeesInvested() > 0.5
              ? num.whole(s.employeesInvested() / s.deal().company().headcount()) : "–"));
      if (scenarios.stream().anyMatch(s -> s.memberContributions() > 0.5)) {
        t.row(row(scenarios, text.format("cmp.memberContributions", unit.symbol()),
            s -> s.isCooperative() ? amount(s.memberContributions()) : "–"));
        t.row(row(scenarios, "cmp.memberContributionsPerHead",
            s -> s.isCooperative()
                ? num.whole(s.memberContributions() / s.whoPays().employeeYears()) : "–"));
      }
    }
    t.row(row(scenarios, text.format("cmp.fees", unit.symbol()), s -> amount(s.whoPays().fees())));
    // the seller's side: a seller that takes less cash and lends more makes the deal cheaper
    t.row(row(scenarios, text.format("cmp.sellerCash", unit.symbol()),
        s -> s.isStatusQuo() ? "–" : amount(s.sellerCashAtClosing())));
    t.row(row(scenarios, text.format("cmp.vendorLoan", unit.symbol()),
        s -> s.isStatusQuo() ? "–" : amount(s.vendorLoan())));
    t.rule();
    t.row(label("cmp.owners"));
    for (String holder : union(scenarios, s -> s.ownershipAtEnd().keySet())) {
      t.row(row(scenarios, "  " + text.name(holder), s -> {
        Double v = s.ownershipAtEnd().get(holder);
        return v == null ? "–" : num.percent(v);
      }));
    }
    t.rule();
    valueAdded(t, scenarios);
    t.rule();
    t.row(row(scenarios, "cmp.participation",
        s -> s.deal().participation().applies()
            ? num.whole(s.whoPays().participationPerEmployee()) : text.get("cmp.notApplicable")));
    if (scenarios.stream().anyMatch(s -> s.result().exit().blockedAccounts() != 0.0)) {
      // credited, not received: what the blocked accounts still hold (review 21, finding 3)
      t.row(row(scenarios, text.format("cmp.blockedAtEnd", unit.symbol()),
          s -> s.deal().participation().blocked()
              ? amount(s.result().exit().blockedAccounts()) : "–"));
    }
    boolean scop = scenarios.stream().anyMatch(ScenarioSummary::isCooperative);
    if (scop) {
      // a SCOP's work share (part travail), the employees' other profit share, beside it
      t.row(row(scenarios, "cmp.workShare",
          s -> s.isCooperative() ? num.whole(s.whoPays().workSharePerEmployee()) : "–"));
    }
    // the base year's reserve, paid in year 1: a scenario that leaves it out has a first year
    // lighter by it (review 26, M5); not printed when every scenario pays the same one
    if (reservesDiffer(scenarios)) {
      t.row(row(scenarios, text.format("cmp.baseYearReserve", unit.symbol()),
          s -> s.deal().participation().applies()
              ? amount(s.deal().participation().baseYearReserve()) : "–"));
    }
    // a SCOP's shareholders are its members (review 37, X3)
    t.row(row(scenarios, text.format(scop ? "cmp.extracted.scop" : "cmp.extracted", unit.symbol()),
        s -> amount(s.whoPays().cashExtracted())));
    if (scenarios.stream().anyMatch(s -> s.whoPays().buybacks() > 0.5)) {
      t.row(row(scenarios, text.format("cmp.extractedBuybacks", unit.symbol()),
          s -> s.isCooperative() ? amount(s.whoPays().buybacks()) : "–"));
    }
    t.row(row(scenarios, "cmp.extractedPerEmployee",
        s -> num.whole(s.whoPays().cashExtractedPerEmployeeYear())));
    t.row(row(scenarios, "cmp.extractedPayroll",
        s -> num.percent(s.whoPays().cashExtractedShareOfPayroll())));
    t.row(row(scenarios, "cmp.extractedEbitda",
        s -> num.percent(s.whoPays().cashExtractedShareOfEbitda())));
    t.row(row(scenarios, text.format("cmp.toHolding", unit.symbol()),
        s -> s.deal().structure().hasHolding() ? amount(s.whoPays().paidToHolding()) : "–"));
    t.rule();
    t.row(label("cmp.returns"));
    for (String party : union(scenarios, ScenarioSummary::parties)) {
      t.row(row(scenarios, "  " + text.name(party), s -> {
        PartyReturn p = s.result().returnOf(party);
        // an owner's return in a company nobody buys is a valuation (review 37, W4)
        return p == null ? "–" : num.percent(p.irr()) + " / " + num.multiple(p.moic())
            + ("lender".equals(p.role()) ? "" : valued(s));
      }));
    }
    // the fund's investors' net return, when a scenario gives the fund's terms (methodology §8.3)
    if (scenarios.stream().anyMatch(s -> s.deal().fund() != null)) {
      t.row(row(scenarios, "cmp.fundNet", s -> {
        org.reprise.engine.FundWaterfall w =
            org.reprise.engine.FundWaterfall.of(s.deal(), s.result());
        return w == null ? "–" : num.percent(w.netIrr()) + " / " + num.multiple(w.netMultiple());
      }));
    }
    // the State's take on the individuals' exit gains, when a scenario asks for it (§8.4)
    if (scenarios.stream().anyMatch(s -> s.deal().personalTax() != null)) {
      t.row(row(scenarios, text.format("cmp.exitTax", unit.symbol()), s -> {
        org.reprise.engine.ExitGainsTax x =
            org.reprise.engine.ExitGainsTax.of(s.deal(), s.result());
        return x == null ? "–" : amount(x.totalTax());
      }));
    }
    t.row(row(scenarios, "cmp.blended", s -> {
      PartyReturn all = s.result().equityReturns().blended();
      return num.percent(all.irr()) + " / " + num.multiple(all.moic()) + valued(s);
    }));
    t.row(row(scenarios, "cmp.envy", s -> envy(s.result().equityReturns().envyRatio())));
    // a cooperative worth its claims keeps the gain in its reserves: its members get face value
    t.row(row(scenarios, text.format("cmp.equityGain", unit.symbol()),
        s -> amount(s.equityGain()) + reserves(s) + valued(s)));
    t.row(row(scenarios, text.format("cmp.multipleChange", unit.symbol()),
        s -> amount(s.multipleChange()) + reserves(s) + valued(s)));
    t.rule();
    covenantLevels(t, scenarios);
    t.row(row(scenarios, "cmp.headroom", s -> Double.isNaN(s.minimumHeadroom())
        ? text.get("cmp.notTested")
        : num.percent(s.minimumHeadroom()) + " (" + s.minimumHeadroomYear() + ")"));
    t.row(row(scenarios, "cmp.breach", s -> {
      CovenantTests tests = CovenantTests.of(s.deal(), s.result());
      List<String> years = Sentences.breachYears(tests);
      return tests.none() ? text.get("cmp.notTested")
          : years.isEmpty() ? text.get("cmp.noDefault") : ranges(years);
    }));
    // every scenario's cover, whether its lenders test it or not (review 37, M1)
    t.row(row(scenarios, "cmp.lowestCover", s -> Double.isFinite(s.lowestDebtServiceCover())
        ? num.creditRatio(s.lowestDebtServiceCover()) + " (" + s.lowestDebtServiceCoverYear() + ")"
        : text.get("cmp.nothingDue")));
    t.row(row(scenarios, "cmp.default",
        s -> s.defaulted() ? text.format("cmp.defaultIn", s.firstDefaultYear())
            : s.defaultedAtExit() ? text.get("cmp.defaultAtExit") : text.get("cmp.noDefault")));
    if (scenarios.stream().anyMatch(s -> !s.deal().soldAtExit())) {
      owedAfterHorizon(t, scenarios);
    }
    t.row(row(scenarios, text.format("cmp.deleveraging", unit.symbol()),
        s -> amount(s.whoPays().deleveraging())));
    for (String party : union(scenarios, s -> s.whoPays().deleveragingCapture().keySet())) {
      t.row(row(scenarios, "  " + text.format("cmp.capturedBy", text.name(party)), s -> {
        Double v = s.whoPays().deleveragingCapture().get(party);
        // a cooperative's reserves keep the deleveraging: nobody captures it (footnote *)
        return v != null ? amount(v) : s.isCooperative() ? "–*" : "–";
      }));
    }
    if (q != null) {
      t.rule();
      t.row(label(text.format("cmp.vs", q.name())));
      t.row(row(scenarios, "cmp.vsParticipation", s -> s == q ? "–"
          : signed(s.whoPays().participationPerEmployee()
              - q.whoPays().participationPerEmployee())));
      if (scop) {
        t.row(row(scenarios, "cmp.vsProfitShares", s -> s == q ? "–"
            : signed(Sentences.profitShares(s.whoPays()) - Sentences.profitShares(q.whoPays()))));
      }
      t.row(row(scenarios, scop ? "cmp.vsExtracted.scop" : "cmp.vsExtracted", s -> s == q ? "–"
          : signed(s.whoPays().cashExtractedPerEmployeeYear()
              - q.whoPays().cashExtractedPerEmployeeYear())));
      t.row(row(scenarios, "cmp.vsEmployeesShare.company", s -> s == q ? "–"
          : points(Sentences.employeesShare(s.whoPays()) - Sentences.employeesShare(q.whoPays()))));
    }
    return t;
  }

  /** @return years in order as ranges of consecutive years: "2026–2029, 2031" */
  static String ranges(List<String> years) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < years.size()) {
      int j = i;
      while (j + 1 < years.size()
          && Integer.parseInt(years.get(j + 1)) == Integer.parseInt(years.get(j)) + 1) {
        j++;
      }
      out.add(j == i ? years.get(i) : years.get(i) + "\u2013" + years.get(j));
      i = j + 1;
    }
    return String.join(", ", out);
  }

  private void valueAdded(TextTable t, List<ScenarioSummary> scenarios) {
    t.row(row(scenarios, text.format("cmp.valueAdded", unit.symbol()),
        s -> amount(s.whoPays().groupValueAdded().total())));
    boolean scop = scenarios.stream().anyMatch(ScenarioSummary::isCooperative);
    boolean holding = scenarios.stream().anyMatch(s -> s.deal().structure().hasHolding());
    // a SCOP's shareholders are its members (review 37, X3)
    String[] keys = {"va.employees", "va.state", "va.lenders",
        scop ? "cmp.shareholders.scop" : "va.shareholders", "va.company"};
    for (int i = 0; i < keys.length; i++) {
      int k = i;
      t.row(row(scenarios, "  " + text.get(keys[i]),
          s -> amount(part(s.whoPays().groupValueAdded(), k))));
      t.row(row(scenarios, "    " + text.get("va.share"), s -> {
        WhoPays.Split g = s.whoPays().groupValueAdded();
        return g.total() == 0 ? num.notAvailable() : num.percent(part(g, k) / g.total());
      }));
      if (k == 0 && holding) {
        // the company's perimeter, the one the plain words and the comparison with the status
        // quo use, beside the group's (review 37, X1)
        t.row(row(scenarios, "cmp.employeesShareCompany", s -> {
          double v = Sentences.employeesShare(s.whoPays());
          return Double.isFinite(v) ? num.percent(v) : num.notAvailable();
        }));
      }
    }
  }

  /**
   * The debt a company nobody buys still owes at the end of the plan, what falls due the year
   * after, and that in years of its last free cash flow (methodology §7; review 37, M2); {@code –}
   * for a sale, whose price repays it.
   */
  private void owedAfterHorizon(TextTable t, List<ScenarioSummary> scenarios) {
    t.row(row(scenarios, text.format("cmp.owed", unit.symbol()), s -> {
      DebtAfterHorizon a = s.debtAfterHorizon();
      return a == null ? "–" : amount(a.none() ? 0.0 : a.total());
    }));
    t.row(row(scenarios, text.format("cmp.owedNext", unit.symbol()), s -> {
      DebtAfterHorizon.Due d = nextYear(s.debtAfterHorizon());
      return s.debtAfterHorizon() == null ? "–" : amount(d == null ? 0.0 : d.amount());
    }));
    t.row(row(scenarios, "cmp.owedYears", s -> {
      DebtAfterHorizon.Due d = nextYear(s.debtAfterHorizon());
      return d == null || !Double.isFinite(d.yearsOfFreeCashFlow()) ? "–"
          : num.decimal(d.yearsOfFreeCashFlow());
    }));
  }

  /** @return what falls due the year after the horizon, {@code null} when nothing does */
  private static DebtAfterHorizon.Due nextYear(DebtAfterHorizon a) {
    if (a == null || a.dues().isEmpty() || a.dues().get(0).year() != a.horizonYear() + 1) {
      return null;
    }
    return a.dues().get(0);
  }

  /** @return true when the employees put money into some scenario at its closing */
  private static boolean anyEmployeesInvested(List<ScenarioSummary> scenarios) {
    return scenarios.stream().anyMatch(s -> s.employeesInvested() > 0.5);
  }

  /** @return "†" for a company nobody buys, valued at the plan's multiple (footnote) */
  private static String valued(ScenarioSummary s) {
    return s.deal().soldAtExit() ? "" : "\u2020";
  }

  /**
   * The levels of each covenant a scenario tests, first year → last year of its hold when they
   * move: the scenarios of one file may carry other terms (a longer hold, another covenant) than a
   * deal run on its own, and the comparison says which (review 26, M5). A row per ratio that some
   * scenario tests.
   */
  private void covenantLevels(TextTable t, List<ScenarioSummary> scenarios) {
    for (CovenantTests.Ratio ratio : CovenantTests.Ratio.values()) {
      List<List<Double>> levels = new ArrayList<>();
      boolean any = false;
      for (ScenarioSummary s : scenarios) {
        List<Double> l = new ArrayList<>();
        for (CovenantTests.Test test : CovenantTests.of(s.deal(), s.result()).tests()) {
          if (test.ratio() == ratio) {
            l.add(test.level());
          }
        }
        any |= !l.isEmpty();
        levels.add(l);
      }
      if (!any) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      cells.add(text.get("cmp.covenant." + ratio.name()));
      for (List<Double> l : levels) {
        if (l.isEmpty()) {
          cells.add("–");
        } else {
          String first = num.multiple(l.get(0));
          String last = num.multiple(l.get(l.size() - 1));
          cells.add(first.equals(last) ? first : first + " → " + last);
        }
      }
      t.row(cells);
    }
  }

  /** @return "*" for a SCOP that is worth its claims, whose reserves keep the gain (footnote) */
  private static String reserves(ScenarioSummary s) {
    return s.isCooperative() && s.result().exit().paysEveryClaim() ? "*" : "";
  }

  private static double part(WhoPays.Split s, int i) {
    return switch (i) {
      case 0 -> s.employees();
      case 1 -> s.state();
      case 2 -> s.lenders();
      case 3 -> s.shareholders();
      default -> s.company();
    };
  }

  private List<String> row(
      List<ScenarioSummary> scenarios, String keyOrLabel, Function<ScenarioSummary, String> cell) {
    List<String> cells = new ArrayList<>();
    cells.add(text.has(keyOrLabel) ? text.get(keyOrLabel) : keyOrLabel);
    for (ScenarioSummary s : scenarios) {
      cells.add(minus(cell.apply(s)));
    }
    return cells;
  }

  /**
   * @return in French, a negative number's hyphen as a true minus sign, "−17,7 %" (review 37,
   *     X3); the cell as it is otherwise
   */
  private String minus(String cell) {
    return lang == Lang.FR && cell.length() > 1 && cell.charAt(0) == '-'
        && Character.isDigit(cell.charAt(1)) ? "\u2212" + cell.substring(1) : cell;
  }

  private List<String> label(String keyOrLabel) {
    return List.of(text.has(keyOrLabel) ? text.get(keyOrLabel) : keyOrLabel);
  }

  private static List<String> union(
      List<ScenarioSummary> scenarios, Function<ScenarioSummary, ? extends Iterable<String>> keys) {
    Set<String> all = new LinkedHashSet<>();
    for (ScenarioSummary s : scenarios) {
      for (String k : keys.apply(s)) {
        all.add(k);
      }
    }
    return new ArrayList<>(all);
  }

  /** @return the envy ratio, or "n/a" with the short reason it does not apply */
  private String envy(EnvyRatio v) {
    return v.applies() ? num.multiple(v.ratio())
        : text.format("cmp.envyNone", text.get("cmp.envy." + v.status().name()));
  }

  private String kind(String kind) {
    String key = "kind." + kind;
    return text.has(key) ? text.get(key) : kind;
  }

  private String amount(double v) {
    return num.amount(v, unit);
  }

  private String signed(double v) {
    String s = num.whole(v);
    return v > 0 && !s.equals("0") ? "+" + s : s;
  }

  private String points(double v) {
    if (!Double.isFinite(v)) {
      return num.notAvailable();
    }
    String s = num.decimal(v * 100);
    // "+0,2 point", "+3,9 points": French takes the plural from 2 (review 26, F3), the rule the
    // reports share (Grammar)
    String unit = org.reprise.io.Grammar.singularPoints(v, lang == Lang.FR)
        ? "cmp.point" : "cmp.points";
    return (v > 0 && !s.matches("0[.,]0") ? "+" : "") + s + " " + text.get(unit);
  }

  /** @return the {@link DealWarnings} of the compared scenarios, each once */
  public static List<DealWarnings.Shared> warnings(List<ScenarioSummary> scenarios) {
    List<Scenario> all = new ArrayList<>();
    for (ScenarioSummary s : scenarios) {
      all.add(new Scenario(s.name(), s.kind(), s.deal()));
    }
    return DealWarnings.of(all);
  }
}
