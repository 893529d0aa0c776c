package org.reprise.cli.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.reprise.engine.BuyoutChain;
import org.reprise.engine.PartyReturn;
import org.reprise.engine.WhoPays;
import org.reprise.io.result.ChainSummary;
import org.reprise.io.result.ScenarioSummary;

/**
 * The report of {@code reprise chain}: one column per buyout of the chain and a total column; what
 * the company paid out in each round (fees, debt service, distributions, cash extracted, paid to
 * the holding), the participation and the sharing of the value added; then what each party put in
 * and took out, round by round; then plain-language sentences.
 *
 * <p>Not thread-safe: make one per report.
 */
public final class ChainReport {

  private final Lang lang;
  private final Numbers num;
  private final Labels text;
  private AmountUnit unit = AmountUnit.THOUSANDS;

  /** @param lang language of the labels and of the number format */
  public ChainReport(Lang lang) {
    this.lang = lang;
    this.num = new Numbers(lang);
    this.text = new Labels(lang);
  }

  /**
   * @param dealName the file's deal name
   * @param c the chain and its totals
   * @return the report, lines ending with a line feed
   */
  public String render(String dealName, ChainSummary c) {
    List<BuyoutChain.Round> rounds = c.rounds();
    unit = AmountUnit.forDeal(rounds.get(0).result().sourcesAndUses().totalSources());
    StringBuilder out = new StringBuilder();
    out.append(Terminal.safe(dealName)).append('\n');
    BuyoutChain.Round first = rounds.get(0);
    BuyoutChain.Round last = rounds.get(rounds.size() - 1);
    String company = Terminal.safe(first.result().companyName());
    int from = first.result().baseYear() + 1;
    int to = last.result().baseYear() + last.result().exitYearIndex();
    out.append(rounds.size() == 1 ? text.format("chain.header.one", company, from, to, c.years())
        : text.format("chain.header", company, rounds.size(), from, to, c.years())).append('\n');
    out.append(text.format("header.units", text.get(unit.labelKey()))).append('\n');
    out.append('\n').append(text.get("chain.paidOut")).append("\n\n");
    out.append(company(c).render());
    out.append('\n').append(text.get("chain.owners")).append("\n\n");
    out.append(owners(c).render());
    out.append('\n').append(text.get("who.sentences")).append('\n');
    out.append(WhoPaysSection.wrap(String.join(" ", new Sentences(lang).forChain(c)),
        WhoPaysSection.WIDTH));
    return out.toString();
  }

  private List<String> header(ChainSummary c) {
    List<String> h = new ArrayList<>();
    h.add(unit.symbol());
    for (BuyoutChain.Round r : c.rounds()) {
      h.add(text.format("chain.round", r.index(), r.result().baseYear() + 1,
          r.result().baseYear() + r.result().exitYearIndex()));
    }
    h.add(text.get("chain.total"));
    return h;
  }

  private TextTable company(ChainSummary c) {
    TextTable t = TextTable.of(header(c));
    t.row(amounts(c, "chain.entryPrice",
        r -> r.result().sourcesAndUses().entryEnterpriseValue(), Double.NaN));
    t.row(cells(c, "chain.entryMultiple",
        r -> num.multiple(r.result().sourcesAndUses().entryMultiple()), ""));
    t.row(amounts(c, "chain.debt", ChainSummary::debtAtClosing, Double.NaN));
    t.row(amounts(c, "chain.exitPrice", r -> r.result().exit().enterpriseValue(), Double.NaN));
    t.rule();
    t.row(amounts(c, "who.fees", r -> r.whoPays().fees(), c.fees()));
    t.row(amounts(c, "chain.debtService", r -> r.whoPays().debtService(), c.debtService()));
    t.row(amounts(c, "who.distributions", r -> r.whoPays().distributions(), c.distributions()));
    if (c.buybacks() != 0.0) {
      t.row(amounts(c, "who.buybacks", r -> r.whoPays().buybacks(), c.buybacks()));
    }
    t.row(amounts(c, "who.extracted", r -> r.whoPays().cashExtracted(), c.cashExtracted()));
    t.row(cells(c, "cmp.extractedPerEmployee",
        r -> num.whole(r.whoPays().cashExtractedPerEmployeeYear()),
        num.whole(c.cashExtractedPerEmployeeYear())));
    t.row(amounts(c, "who.toHolding", r -> r.whoPays().paidToHolding(), c.paidToHolding()));
    t.rule();
    t.row(cells(c, "cmp.participation",
        r -> num.whole(r.whoPays().participationPerEmployee()),
        num.whole(c.participationPerEmployee())));
    t.row(amounts(c, "chain.valueAdded", r -> r.whoPays().groupValueAdded().total(),
        c.valueAdded().total()));
    String[] keys = {"va.employees", "va.state", "va.lenders", "va.shareholders", "va.company"};
    for (int i = 0; i < keys.length; i++) {
      int k = i;
      t.row(cells(c, "  " + text.get(keys[i]),
          r -> share(r.whoPays().groupValueAdded(), k), share(c.valueAdded(), k)));
    }
    t.rule();
    t.row(cells(c, "cmp.default", r -> ScenarioSummary.defaulted(r.result())
        ? text.format("cmp.defaultIn", r.result().paymentDefault().year())
        : ScenarioSummary.defaultedAtExit(r.result()) ? text.get("cmp.defaultAtExit")
        : text.get("cmp.noDefault"), ""));
    return t;
  }

  private TextTable owners(ChainSummary c) {
    TextTable t = TextTable.of(header(c));
    for (Map.Entry<String, ChainSummary.Flows> e : c.parties().entrySet()) {
      String party = e.getKey();
      t.row(amounts(c, party + ": " + text.get("chain.putIn"), r -> {
        PartyReturn p = r.result().returnOf(party);
        return p == null ? Double.NaN : p.invested();
      }, e.getValue().invested()));
      t.row(amounts(c, "  " + text.get("chain.tookOut"), r -> {
        PartyReturn p = r.result().returnOf(party);
        return p == null ? Double.NaN : p.proceeds();
      }, e.getValue().proceeds()));
    }
    return t;
  }

  private String share(WhoPays.Split s, int i) {
    double part = switch (i) {
      case 0 -> s.employees();
      case 1 -> s.state();
      case 2 -> s.lenders();
      case 3 -> s.shareholders();
      default -> s.company();
    };
    return s.total() == 0 ? num.notAvailable() : num.percent(part / s.total());
  }

  private List<String> amounts(
      ChainSummary c, String key, ToDoubleFunction<BuyoutChain.Round> value, double total) {
    List<String> cells = new ArrayList<>();
    cells.add(text.has(key) ? text.get(key) : key);
    for (BuyoutChain.Round r : c.rounds()) {
      double v = value.applyAsDouble(r);
      cells.add(Double.isNaN(v) ? "–" : num.amount(v, unit));
    }
    cells.add(Double.isNaN(total) ? "" : num.amount(total, unit));
    return cells;
  }

  private List<String> cells(
      ChainSummary c,
      String key,
      java.util.function.Function<BuyoutChain.Round, String> value,
      String total) {
    List<String> cells = new ArrayList<>();
    cells.add(text.has(key) ? text.get(key) : key);
    for (BuyoutChain.Round r : c.rounds()) {
      cells.add(value.apply(r));
    }
    cells.add(total);
    return cells;
  }
}
