package org.reprise.cli.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.reprise.engine.BuyoutChain;
import org.reprise.engine.DealResult;
import org.reprise.engine.DebtAfterHorizon;
import org.reprise.engine.PartyReturn;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.WhoPays;
import org.reprise.io.result.ChainSummary;
import org.reprise.io.result.CovenantTests;
import org.reprise.io.result.ScenarioSummary;
import org.reprise.model.Deal;
import org.reprise.model.Participation;
import org.reprise.model.Tranche;

/**
 * Plain-language sentences generated from the numbers of a run, a comparison or a chain, in
 * French or English ({@code sentences.properties}, {@code sentences_fr.properties}), for readers
 * who do not read tables: « En 5 ans, l'entreprise aura versé 23,4 M€ à sa holding, soit
 * 26 000 € par salarié et par an. »
 *
 * <p>Each sentence is chosen so that it is true for the numbers it is given: the holding is
 * mentioned only when there is one and it received something; the participation sentence says
 * whether the rule applies, gives nothing, or gives an amount; the deleveraging sentence says
 * whether the debt fell, who receives it, or, in a SCOP, that it stays in the reserves; the
 * covenants are mentioned only when the deal has some. The status
 * quo is mentioned only in {@link #versusStatusQuo}. Numbers are formatted by {@link Prose}.
 *
 * <p>Not thread-safe: make one per report.
 */
public final class Sentences {

  private static final String BUNDLE = "org.reprise.cli.text.sentences";

  private final Prose prose;
  private final Labels labels;
  private final ResourceBundle bundle;

  /** @param lang language of the sentences */
  public Sentences(Lang lang) {
    this.prose = new Prose(lang);
    this.labels = new Labels(lang);
    Locale locale = lang == Lang.EN ? Locale.ROOT : lang.locale();
    bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Sentences.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** @return the number formatter of these sentences */
  public Prose prose() {
    return prose;
  }

  /**
   * Sentences of {@code reprise run}: paid to the holding, cash extracted, participation, value
   * added, deleveraging, and the covenants (breached in which years, or met with what headroom;
   * nothing when the deal has none).
   *
   * @param deal the deal as run
   * @param r its result
   * @param w its workers' view ({@link WhoPays#of})
   * @return the sentences, in reading order
   */
  public List<String> forRun(Deal deal, DealResult r, WhoPays w) {
    List<String> out = new ArrayList<>();
    String years = prose.years(w.years());
    String these = f("years.these", years);
    boolean holding = deal.structure().hasHolding() && w.paidToHolding() > 0.5;
    if (holding) {
      out.add(f("run.holding", years, prose.money(w.paidToHolding()),
          prose.perHead(w.paidToHolding() / w.employeeYears())));
    }
    if (w.cashExtracted() > 0.5) {
      String intro = holding ? f("run.intro.total") : f("run.intro.years", years);
      // net of what the revolver lent back (methodology §10), said when it was drawn
      boolean drawn = w.revolverDrawn() > 0.5;
      // a SCOP's buybacks of its outside members' shares are paid to owners: said when there are any
      String key = (drawn ? "run.extracted.revolver" : "run.extracted")
          + (w.buybacks() > 0.5 ? ".buybacks" : "");
      out.add(f(key, intro,
          prose.money(w.cashExtracted()),
          prose.perHead(w.cashExtractedPerEmployeeYear()),
          prose.percent(w.cashExtractedShareOfPayroll()),
          prose.percent(w.cashExtractedShareOfEbitda()), prose.money(w.revolverDrawn())));
      String interest = interestOnShares(deal, w, "run.extracted", prose::perHead);
      if (interest != null) {
        out.add(interest);
      }
    } else {
      out.add(f("run.extracted.none"));
    }
    out.addAll(participation(deal, r, w, these));
    if (deal.isCooperative() && w.workShareTotal() > 0.5) {
      out.add(f("run.workShare", prose.money(w.workShareTotal()),
          prose.perHead(w.workSharePerEmployee())));
      out.add(workShareLimit(deal, w, "workShare.limit", prose::perHead));
    }
    out.add(valueAdded(deal, r, w, these));
    String ordinary = deal.isCooperative() ? null : ordinaryExitGain(r, w);
    if (ordinary != null) {
      out.add(ordinary);
    }
    // not in a SCOP, whose members' shares are repaid at face value with a capped interest
    String below = deal.isCooperative() ? null : equityBelowDebt(r);
    if (below != null) {
      out.add(below);
    }
    out.add(deleveraging(deal, r, w));
    String covenants = covenants(deal, r);
    if (covenants != null) {
      out.add(covenants);
    }
    return out;
  }

  /**
   * When the equity as a whole earns less than a lender (review 25, finding 6): the blended IRR of
   * every equity class against the best IRR of a party that only lends; {@code null} when the
   * equity earns at least as much, or an IRR is not defined.
   */
  private String equityBelowDebt(DealResult r) {
    double equity = r.equityReturns().blended().irr();
    PartyReturn best = null;
    for (PartyReturn p : r.returns()) {
      if ("lender".equals(p.role()) && Double.isFinite(p.irr())
          && (best == null || p.irr() > best.irr())) {
        best = p;
      }
    }
    if (best == null || !Double.isFinite(equity) || equity >= best.irr()) {
      return null;
    }
    return f("run.equityBelowDebt", prose.percentOneDecimal(equity),
        Terminal.safe(labels.name(best.party())), prose.percentOneDecimal(best.irr()));
  }

  /**
   * The covenants over the holding period (docs/methodology.md §6): the years they are breached,
   * each with the ratios that broke, their values and the covenants' levels; or, when they are met
   * every year, the tightest one and its headroom; {@code null} when the deal has none. A year
   * whose broken ratios are those of the year before gives its numbers only: "2027 (0.97× against
   * 1.00×)".
   */
  private String covenants(Deal deal, DealResult r) {
    CovenantTests c = CovenantTests.of(deal, r);
    if (c.none()) {
      return null;
    }
    List<CovenantTests.YearBreaches> breaches = c.breachesByYear();
    if (breaches.isEmpty()) {
      CovenantTests.Test t = c.tightest();
      if (t == null) {
        return null;
      }
      return f(t.ratio().maximum() ? "run.covenants.met.max" : "run.covenants.met.min",
          ratioName(t.ratio()), t.year(), prose.creditRatio(t.actual()), prose.multiple(t.level()),
          prose.percentOneDecimal(t.headroom()));
    }
    List<String> years = new ArrayList<>();
    for (CovenantTests.YearBreaches y : breaches) {
      List<String> items = new ArrayList<>();
      for (CovenantTests.Test t : y.tests()) {
        items.add(breach(t, y.brief()));
      }
      years.add(f("run.covenants.year", y.year(),
          String.join(f("run.covenants.separator"), items)));
    }
    return f("run.covenants.breached", join(years));
  }

  /**
   * @return the years up to the exit in which a plan's covenant tests break, in order; empty
   *     when it breaks none or has none
   */
  static List<String> breachYears(CovenantTests tests) {
    List<String> years = new ArrayList<>();
    for (CovenantTests.YearBreaches y : tests.breachesByYear()) {
      years.add(String.valueOf(y.year()));
    }
    return years;
  }

  /** One broken covenant: "debt service cover 0.92× against a minimum of 1.00×". */
  private String breach(CovenantTests.Test t, boolean brief) {
    String level = prose.multiple(t.level());
    if (Double.isNaN(t.actual())) {
      return brief ? f("run.covenants.uncomputable.short", level)
          : f("run.covenants.uncomputable", ratioName(t.ratio()), level);
    }
    String actual = prose.creditRatio(t.actual());
    if (brief) {
      return f("run.covenants.short", actual, level);
    }
    return f(t.ratio().maximum() ? "run.covenants.max" : "run.covenants.min",
        ratioName(t.ratio()), actual, level);
  }

  private String ratioName(CovenantTests.Ratio ratio) {
    return f("run.ratio." + ratio.name());
  }

  /**
   * Sentences comparing a scenario with the status quo: cash taken out per employee (and what a
   * company nobody buys still owes at the end), participation per employee (and, for a SCOP, its
   * work share, and the two together, gross), its lowest debt service cover when it is below 1 or
   * below another scenario's DSCR covenant, the employees' share of the value added. Per-year
   * figures, so that scenarios of different lengths compare fairly; per head in whole euros, as
   * the table prints them (review 37, X2).
   *
   * @param s a scenario that is not the status quo
   * @param q the status quo
   * @return the sentences
   */
  public List<String> versusStatusQuo(ScenarioSummary s, ScenarioSummary q) {
    return versusStatusQuo(s, q, List.of(q, s));
  }

  /**
   * @param s a scenario that is not the status quo
   * @param q the status quo
   * @param all every scenario compared (another's DSCR covenant is held against {@code s}'s
   *     cover: review 37, M1)
   * @return the sentences
   */
  public List<String> versusStatusQuo(ScenarioSummary s, ScenarioSummary q,
      List<ScenarioSummary> all) {
    List<String> out = new ArrayList<>();
    String name = prose.quote(s.name());
    double cash = s.whoPays().cashExtractedPerEmployeeYear()
        - q.whoPays().cashExtractedPerEmployeeYear();
    // a SCOP's shareholders are its members, the employees (review 15, finding 7)
    String scop = s.isCooperative() ? ".scop" : "";
    String owed = owed(s);
    out.add(isZero(cash) ? f("compare.cash.same" + scop, name, "", owed)
        : f((cash > 0 ? "compare.cash.more" : "compare.cash.less") + scop, name,
            prose.perHeadWhole(cash), owed));
    String interest = interestOnShares(s.deal(), s.whoPays(), "compare.cash",
        prose::perHeadWhole);
    if (interest != null) {
      out.add(interest);
    }
    out.addAll(price(s, q));
    // a company nobody buys is valued, not sold (review 37, W4); a SCOP's reserves say it
    if (!s.deal().soldAtExit() && !s.isCooperative()) {
      out.add(f("compare.valued", name, prose.multiple(s.exitMultiple())));
    }
    // a plan that breaks its own covenants is said here too, not only in `run` (review 34, W2)
    List<String> breached = breachYears(CovenantTests.of(s.deal(), s.result()));
    if (!breached.isEmpty()) {
      out.add(f("compare.covenants.breached", name, join(breached)));
    }
    out.addAll(debtServiceCover(s, all));
    if (s.whoPays().buybacks() > 0.5) {
      out.add(f("compare.cash.buybacks", name,
          prose.perHeadWhole(s.whoPays().buybacks() / s.whoPays().employeeYears())));
    }
    double part = s.whoPays().participationPerEmployee() - q.whoPays().participationPerEmployee();
    out.add(isZero(part) ? f("compare.participation.same")
        : f(part > 0 ? "compare.participation.more" : "compare.participation.less",
            prose.perHeadWhole(part)));
    double blocked = s.result().exit().blockedAccounts();
    if (s.deal().participation().blocked() && blocked > 0.5) {
      // credited, not received: what the accounts still hold is owed after the plan (review 21)
      out.add(f("compare.participation.blocked", prose.money(blocked)));
    }
    if (s.isCooperative() && s.whoPays().workShareTotal() > 0.5) {
      // the SCOP's work share is the employees' other profit share: said beside the participation,
      // and the two together against the status quo's, gross (review 37, W1)
      double both = profitShares(s.whoPays()) - profitShares(q.whoPays());
      String key = isZero(both) ? "compare.workShare.same"
          : both > 0 ? "compare.workShare.more" : "compare.workShare.less";
      out.add(f(key, prose.perHeadWhole(s.whoPays().workSharePerEmployee()),
          prose.perHeadWhole(both)));
      out.add(workShareLimit(s.deal(), s.whoPays(), "compare.workShare.limit",
          prose::perHeadWhole));
    }
    // on the operating company's value added in every scenario, the perimeter the works council
    // represents: a holding's costs make a group's value added smaller, and its share larger,
    // without a euro more for the employees (review 26, M4); one decimal, as the gaps are small
    out.add(f("compare.employeesShare.company",
        prose.percentOneDecimal(employeesShare(s.whoPays())),
        prose.percentOneDecimal(employeesShare(q.whoPays()))));
    return out;
  }

  /** @return true when {@code perHead} is written as zero in whole euros */
  private boolean isZero(double perHead) {
    return prose.perHeadWhole(perHead).equals(prose.perHeadWhole(0.0));
  }

  /**
   * The clause of the cash sentence for a company nobody buys that still owes debt at the end of
   * the plan (review 37, M2): how much, what falls due the year after and in how many years of the
   * last free cash flow; {@code ""} for a sale, whose price repays the debt, or nothing owed.
   */
  private String owed(ScenarioSummary s) {
    DebtAfterHorizon after = s.debtAfterHorizon();
    if (after == null || after.none()) {
      return "";
    }
    String next = "";
    if (!after.dues().isEmpty() && after.dues().get(0).year() == after.horizonYear() + 1) {
      DebtAfterHorizon.Due d = after.dues().get(0);
      String cover = Double.isFinite(d.yearsOfFreeCashFlow())
          ? f("compare.cash.owedCover", prose.oneDecimal(d.yearsOfFreeCashFlow()),
              after.horizonYear())
          : "";
      boolean all = Math.abs(d.amount() - after.total()) < DebtAfterHorizon.NOTHING;
      next = all ? f("compare.cash.owedAll", d.year(), cover)
          : f("compare.cash.owedNext", prose.money(d.amount()), d.year(), cover);
    }
    return f("compare.cash.owed", prose.money(after.total()), next);
  }

  /**
   * The scenario's lowest debt service cover, whatever covenants it tests (review 37, M1): below
   * 1, its cash flow does not cover its debt service that year; below the DSCR covenant another
   * scenario's lenders set (the strictest), the years it would break it; each with what its own
   * lenders test. Nothing when it covers 1 and meets the others' covenants, or tests one at least
   * as strict itself (its breaches are then said).
   */
  private List<String> debtServiceCover(ScenarioSummary s, List<ScenarioSummary> all) {
    List<String> out = new ArrayList<>();
    double lowest = s.lowestDebtServiceCover();
    if (!Double.isFinite(lowest)) {
      return out;
    }
    double own = strictestDscr(s);
    String lenders = Double.isNaN(own) ? f("compare.dscr.none")
        : f("compare.dscr.own", prose.multiple(own));
    boolean below = lowest < 1.0;
    if (below) {
      out.add(f("compare.dscr.belowOne", prose.quote(s.name()), prose.creditRatio(lowest),
          s.lowestDebtServiceCoverYear(), lenders));
    }
    ScenarioSummary other = null;
    for (ScenarioSummary o : all) {
      if (o != s && !Double.isNaN(strictestDscr(o))
          && (other == null || strictestDscr(o) > strictestDscr(other))) {
        other = o;
      }
    }
    if (other == null || !Double.isNaN(own) && own >= strictestDscr(other)) {
      return out;
    }
    double[] levels = other.deal().covenants().minDebtServiceCover();
    double[] cover = s.result().years().debtServiceCover;
    List<String> years = new ArrayList<>();
    for (int t = 0; t < s.years() && t < other.years() && levels != null && t < levels.length;
        t++) {
      if (!Double.isNaN(levels[t]) && cover[t] < levels[t]) {
        years.add(String.valueOf(s.result().years().year[t]));
      }
    }
    if (!years.isEmpty()) {
      out.add(f("compare.dscr.heldTo", prose.quote(other.name()),
          prose.multiple(strictestDscr(other)), join(years), below ? "" : lenders));
    }
    return out;
  }

  /** @return the highest DSCR covenant level a scenario tests over its hold, NaN when none */
  private static double strictestDscr(ScenarioSummary s) {
    double max = Double.NaN;
    for (CovenantTests.Test t : CovenantTests.of(s.deal(), s.result()).tests()) {
      if (t.ratio() == CovenantTests.Ratio.DEBT_SERVICE_COVER
          && (Double.isNaN(max) || t.level() > max)) {
        max = t.level();
      }
    }
    return max;
  }

  /**
   * A scenario that buys at another price than the status quo's reference (the fund's offer):
   * how much cheaper or dearer, at what multiple, and the part of its equity gain that comes from
   * selling at another multiple than the one paid (review 26, M6); nothing when the price is the
   * same and the multiple does not change. From the scenarios' own figures (the entry enterprise
   * value and multiple, the value bridge's change of multiple).
   */
  private List<String> price(ScenarioSummary s, ScenarioSummary q) {
    List<String> out = new ArrayList<>();
    double gap = s.pricePaid() - q.pricePaid();
    if (Math.abs(gap) > 0.5) {
      out.add(f(gap < 0 ? "compare.price.lower" : "compare.price.higher",
          prose.money(Math.abs(gap)),
          prose.multiple(s.result().sourcesAndUses().entryMultiple()),
          prose.multiple(q.result().sourcesAndUses().entryMultiple())));
    }
    double change = s.multipleChange();
    if (Math.abs(change) > 0.5) {
      // a cooperative worth its claims keeps the gain in its reserves (compare's footnote *)
      String reserves = s.isCooperative() && s.result().exit().paysEveryClaim() ? ".reserves" : "";
      out.add(f((change > 0 ? "compare.multiple.rise" : "compare.multiple.fall") + reserves,
          prose.money(Math.abs(change)),
          prose.multiple(s.result().sourcesAndUses().entryMultiple()),
          prose.multiple(s.exitMultiple())));
    }
    return out;
  }

  /**
   * Sentences of {@code reprise chain}: what the company paid out over every round, to the
   * holdings, in fees, and how the price moved.
   */
  public List<String> forChain(ChainSummary c) {
    List<String> out = new ArrayList<>();
    int n = c.rounds().size();
    String buyouts = n == 1 ? f("chain.buyouts.one") : f("chain.buyouts.many", n);
    out.add(f("chain.extracted", prose.years(c.years()), buyouts, prose.money(c.cashExtracted()),
        prose.perHead(c.cashExtractedPerEmployeeYear())));
    if (c.paidToHolding() > 0.5) {
      out.add(f("chain.holding", prose.money(c.paidToHolding())));
    }
    if (c.fees() > 0.5) {
      out.add(f("chain.fees", prose.money(c.fees())));
    }
    if (n > 1) {
      BuyoutChain.Round first = c.rounds().get(0);
      BuyoutChain.Round last = c.rounds().get(n - 1);
      out.add(f("chain.price",
          prose.money(first.result().sourcesAndUses().entryEnterpriseValue()),
          prose.money(last.result().sourcesAndUses().entryEnterpriseValue())));
    }
    return out;
  }

  private List<String> participation(Deal deal, DealResult r, WhoPays w, String these) {
    List<String> out = new ArrayList<>();
    Participation p = deal.participation();
    if (!p.applies()) {
      out.add(f(deal.company().headcount() < Participation.HEADCOUNT_THRESHOLD
          ? "run.participation.small" : "run.participation.off"));
      return out;
    }
    if (w.participationTotal() > 0.5) {
      out.add(f("run.participation", these, prose.money(w.participationTotal()),
          prose.perHead(w.participationPerEmployee())));
    } else {
      out.add(f("run.participation.zero", these));
    }
    String where = acquisitionDebt(deal, r);
    if (where != null) {
      out.add(f("run.participation." + where));
    }
    return out;
  }

  /**
   * @return {@code "pushdown"} when new (acquisition) debt is borrowed by the operating company
   *     under a push-down; {@code "holding"} when every new term tranche is borrowed by the
   *     holding; {@code null} when there is no acquisition debt or it sits in both
   */
  private static String acquisitionDebt(Deal deal, DealResult r) {
    Map<String, Tranche> byName = new java.util.HashMap<>();
    for (Tranche t : deal.financing().debt()) {
      byName.put(t.name(), t);
    }
    boolean any = false;
    boolean inOpco = false;
    for (TrancheSchedule s : r.debt()) {
      Tranche t = byName.get(s.name());
      if (t == null || t.rolledOver() || t.isRevolver() || !(s.initialAmount() > 0.0)) {
        continue;
      }
      any = true;
      inOpco |= "opco".equals(s.borrower());
    }
    if (!any) {
      return null;
    }
    if (!deal.structure().hasHolding()) {
      return "pushdown";
    }
    return inOpco ? null : "holding";
  }

  private String valueAdded(Deal deal, DealResult r, WhoPays w, String these) {
    WhoPays.Split g = w.groupValueAdded();
    double t = g.total();
    String perimeter = f(deal.structure().hasHolding() ? "run.perimeter.group"
        : "run.perimeter.company");
    if (!(t > 0.0)) {
      return f("run.valueAdded.none", these, perimeter, prose.money(t));
    }
    // the company's part is its self-financing, set against what it invested (capital expenditure
    // and the rise of its working capital): it is not said to have paid for them when it did
    // not (review 26, M2)
    double invested = 0.0;
    for (int k = 0; k < Math.min(r.exitYearIndex(), r.years().size()); k++) {
      invested += r.years().capex[k] + r.years().changeInWorkingCapital[k];
    }
    String kept = g.company() >= 0 ? f("run.valueAdded.selfFinancing",
            prose.percent(g.company() / t), prose.money(g.company()), prose.money(invested))
        : f("run.valueAdded.lost", prose.percent(g.company() / t));
    return f("run.valueAdded", these, perimeter, prose.money(t),
        prose.percent(g.employees() / t), prose.percent(g.state() / t),
        prose.percent(g.lenders() / t), prose.percent(g.shareholders() / t), kept);
  }

  /**
   * The shareholders' share of the value added counts their distributions and the fixed return of
   * their shareholder loans and preferred shares as it accrues; the ordinary shares' gain at the
   * exit, which the deleveraging feeds, is outside the value added (review 26, M2): the exit's
   * payout of every ordinary class less what it cost. {@code null} when the deal has no ordinary
   * class or the gain is nil.
   */
  private String ordinaryExitGain(DealResult r, WhoPays w) {
    Map<String, Double> paid = new java.util.HashMap<>();
    for (org.reprise.engine.ExitResult.WaterfallLine l : r.exit().waterfall()) {
      paid.merge(l.name(), l.paid(), Double::sum);
    }
    double gain = 0.0;
    boolean any = false;
    for (org.reprise.engine.InstrumentReturn i : r.equityReturns().instruments()) {
      if (i.kind() == org.reprise.model.EquityClass.Kind.ORDINARY && paid.containsKey(i.name())) {
        any = true;
        gain += paid.get(i.name()) - i.invested();
      }
    }
    if (!any || Math.abs(gain) < 0.5) {
      return null;
    }
    WhoPays.Split g = w.groupValueAdded();
    String share = g.total() > 0.0 ? prose.percent(g.shareholders() / g.total()) : "";
    return f(gain > 0 ? "run.ordinaryExitGain" : "run.ordinaryExitLoss", share,
        prose.money(Math.abs(gain)));
  }

  private String deleveraging(Deal deal, DealResult r, WhoPays w) {
    double d = w.deleveraging();
    if (!(d > 0.5)) {
      return f("run.deleveraging.none");
    }
    if (deal.isCooperative() && r.exit().paysEveryClaim()) {
      return f("run.deleveraging.scop", prose.money(d));
    }
    List<String> parties = new ArrayList<>();
    for (Map.Entry<String, Double> e : w.deleveragingCapture().entrySet()) {
      if (e.getValue() > 0.5) {
        parties.add(f("run.party", Terminal.safe(labels.name(e.getKey())),
            prose.money(e.getValue())));
      }
    }
    if (parties.isEmpty()) {
      return f("run.deleveraging.wiped", prose.money(d));
    }
    // a company nobody buys is valued at the end, not sold (review 37, W4)
    return f(deal.soldAtExit() ? "run.deleveraging" : "run.deleveraging.valued", prose.money(d),
        join(parties));
  }

  /**
   * @return in a SCOP that paid interest on shares, the part of the cash taken out that its
   *     members received, who are the employees (and any outside members), apart from the
   *     lenders (review 15, finding 7); {@code null} otherwise
   * @param prefix the sentence's key prefix ({@code compare.cash} or {@code run.extracted})
   */
  private String interestOnShares(Deal deal, WhoPays w, String prefix,
      java.util.function.DoubleFunction<String> head) {
    if (!deal.isCooperative() || !(w.distributions() > 0.5)) {
      return null;
    }
    boolean employeesOnly = deal.financing().equity().stream()
        .allMatch(c -> deal.cooperative().isEmployee(c.holder()));
    return f(prefix + ".interestOnShares" + (employeesOnly ? "" : ".outside"),
        prose.money(w.distributions()), head.apply(w.distributions() / w.employeeYears()));
  }

  /**
   * @return the model's stated limit beside a SCOP's work share (methodology §5.10, limit (a)):
   *     no employer contributions are added on it, although paid in cash it is a wage supplement;
   *     what they would cost per employee and per year at the deal's contribution rate (review 15,
   *     finding 4)
   */
  private String workShareLimit(Deal deal, WhoPays w, String key,
      java.util.function.DoubleFunction<String> head) {
    double rate = deal.participation().employerContributionRate();
    return f(key, head.apply(w.workSharePerEmployee() * rate), prose.percent(rate));
  }

  /** @return the participation and a SCOP's work share, per employee and per year */
  static double profitShares(WhoPays w) {
    return w.participationPerEmployee() + w.workSharePerEmployee();
  }

  /**
   * @return the employees' share of the operating company's value added over the period: the same
   *     perimeter in every scenario, with or without a holding (review 26, M4)
   */
  static double employeesShare(WhoPays w) {
    WhoPays.Split o = w.valueAdded();
    return o.total() > 0.0 ? o.employees() / o.total() : Double.NaN;
  }

  /** "a, b and c" / "a, b et c". */
  private String join(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    String head = String.join(", ", items.subList(0, items.size() - 1));
    return head + f("list.and") + items.get(items.size() - 1);
  }

  private String f(String key, Object... args) {
    return String.format(Locale.ROOT, bundle.getString(key), args);
  }
}
