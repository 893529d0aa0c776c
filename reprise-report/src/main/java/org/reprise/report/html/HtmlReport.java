package org.reprise.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.DealResult;
import org.reprise.engine.EnvyRatio;
import org.reprise.engine.LboEngine;
import org.reprise.engine.Seller;
import org.reprise.engine.WhoPays;
import org.reprise.io.Scenario;
import org.reprise.model.Deal;
import org.reprise.model.DealException;

/**
 * The HTML report of a deal file: one self-contained document (inline CSS, charts as inline SVG,
 * no script, nothing fetched from the network) that prints on A4 with page breaks. It is
 * well-formed XHTML as well as HTML5, and every number that {@code reprise run --json} also gives
 * carries its JSON pointer and exact value ({@code data-key}, {@code data-value}). Every text that
 * comes from the deal file is escaped. Documented in docs/reports.md.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {

  private static final String CSS = css();

  /** The comparison's rows per employee and per year, shown in whole euros. */
  private static final java.util.Set<String> PER_EMPLOYEE =
      java.util.Set.of("cashExtractedPerEmployeeYear", "participationPerEmployee");

  private HtmlReport() {}

  /**
   * The report of one deal.
   *
   * @throws DealException when the engine refuses the deal
   */
  public static String render(Deal deal, ReportOptions options) {
    return render(List.of(new Scenario(deal.name(), Scenario.FUND_LBO, deal)), options);
  }

  /**
   * The report of the scenarios of a deal file ({@code ScenarioReader.read}): one scenario gives
   * the report of its deal; several give a comparison, then the report of each, whose JSON
   * pointers start with {@code /scenarios/<index>}.
   *
   * @throws DealException when the engine refuses a scenario (with the scenario's path)
   */
  public static String render(List<Scenario> scenarios, ReportOptions options) {
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("scenarios: at least one");
    }
    boolean several = scenarios.size() > 1;
    List<Context> contexts = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      DealResult result;
      try {
        result = LboEngine.DEFAULT.run(s.deal());
      } catch (DealException e) {
        throw s.locate(e);
      }
      contexts.add(new Context(s.deal(), result, options.lang(),
          several ? "/scenarios/" + i : "", several ? "s" + (i + 1) + "-" : ""));
    }
    Context first = contexts.get(0);
    boolean council = options.audience() == ReportOptions.Audience.WORKS_COUNCIL;
    StringBuilder b = new StringBuilder(200_000);
    String title = several ? first.deal.company().name() : first.deal.name();
    b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(options.lang().code()).append("\"><head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<meta name=\"generator\" content=\"Reprise\"/><title>")
        .append(Html.esc(title)).append(" — ").append(first.t("doc.title")).append("</title>")
        .append("<style>").append(CSS).append("</style></head><body>\n");
    b.append("<header class=\"cover\"><p class=\"kicker\">")
        .append(first.t(council ? "doc.kickerCouncil" : "doc.kicker")).append("</p><h1>")
        .append(Html.esc(title)).append("</h1><p class=\"subtitle\">")
        .append(first.t(first.notResold() ? "doc.subtitleNotResold" : "doc.subtitle",
            first.deal.company().name(),
            String.valueOf(first.result.baseYear()),
            String.valueOf(first.result.exit().year())))
        .append("</p><p class=\"disclaimer\">").append(first.t("doc.disclaimer"))
        .append(source(scenarios, first, council))
        .append("</p></header>\n");
    List<String[]> toc = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    if (several) {
      body.append(comparison(contexts, toc));
    }
    for (int i = 0; i < contexts.size(); i++) {
      Context c = contexts.get(i);
      if (several) {
        body.append("<div class=\"scenario\" id=\"").append(c.id).append("top\"><h2 class=\"")
            .append("scenario-title\">").append(c.t("doc.scenario", String.valueOf(i + 1),
                scenarios.get(i).name())).append("</h2>");
        toc.add(new String[] {c.id + "top", c.t("doc.scenario", String.valueOf(i + 1),
            scenarios.get(i).name())});
      }
      body.append(sections(c, council, options.pastDividends(), several ? null : toc));
      if (several) {
        body.append("</div>");
      }
    }
    if (council) {
      // what the works council may do, once for the document (review 26, X3)
      body.append(rights(first));
      toc.add(new String[] {"rights", first.t("rights.title")});
    }
    body.append(glossary(first));
    toc.add(new String[] {"glossary", first.t("gloss.title")});
    b.append("<nav class=\"toc\"><h2>").append(first.t("doc.contents")).append("</h2><ol>");
    for (String[] entry : toc) {
      b.append("<li><a href=\"#").append(entry[0]).append("\">").append(entry[1])
          .append("</a></li>");
    }
    b.append("</ol></nav>\n<main>").append(body).append("</main><footer><p>")
        .append(first.t("doc.footer")).append("</p></footer></body></html>\n");
    return b.toString();
  }

  /**
   * Who set the assumptions, the first thing a reader must know (review 26, X7): the source the
   * deal file names (each scenario's when they differ); when it names none, the works council's
   * document says so and the other report says nothing.
   *
   * @return the sentence, with a leading space, or {@code ""}
   */
  private static String source(List<Scenario> scenarios, Context first, boolean council) {
    java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
    for (Scenario s : scenarios) {
      distinct.add(String.valueOf(s.deal().source()));
    }
    String only = scenarios.get(0).deal().source();
    if (distinct.size() == 1) {
      if (only == null) {
        return council ? " " + first.t("doc.sourceCouncil") : "";
      }
      return " " + first.t("doc.source", withoutFinalStop(only));
    }
    List<String> each = new ArrayList<>();
    for (Scenario s : scenarios) {
      String source = s.deal().source();
      each.add(first.t("doc.sourceOf", s.name(),
          source == null ? Texts.raw(first.t("doc.sourceNone")) : withoutFinalStop(source)));
    }
    return " " + first.t("doc.source", Texts.raw(String.join(first.t("doc.sourceJoin"), each)));
  }

  /** @return {@code text} without a final full stop, which the sentence around it adds */
  private static String withoutFinalStop(String text) {
    return text.endsWith(".") && !text.endsWith("...") ? text.substring(0, text.length() - 1)
        : text;
  }

  private static String sections(Context c, boolean council, Double pastDividends,
      List<String[]> toc) {
    DealSections d = new DealSections(c);
    FlowSections f = new FlowSections(c);
    ExitSections e = new ExitSections(c);
    DebtFlowSections debt = new DebtFlowSections(c);
    List<String[]> parts = new ArrayList<>();
    if (council) {
      WorksCouncilSections w = new WorksCouncilSections(c, pastDividends);
      parts.add(new String[] {"plan", c.titleKey("plan.title"), w.plan()});
      parts.add(new String[] {"upstream", "up.title", w.upstream()});
      parts.add(new String[] {"participation", "part.title", w.participation()});
      parts.add(new String[] {"stress", "stress.title", w.stress()});
      parts.add(new String[] {"questions", c.titleKey("q.title"), w.questions()});
    }
    parts.add(new String[] {"who-pays", c.titleKey("who.title"), d.whoPays()});
    parts.add(new String[] {"sources-uses", c.titleKey("su.title"), d.sourcesAndUses()});
    parts.add(new String[] {"operations", "ops.title", d.operations()});
    parts.add(new String[] {"debt", "debt.title", d.debt()});
    parts.add(new String[] {"debt-schedule", "sched.title", debt.schedule()});
    parts.add(new String[] {"cash-flow", "cf.title", debt.cashFlow()});
    parts.add(new String[] {"balance-sheet", "bs.title", new BalanceSections(c).balanceSheet()});
    parts.add(new String[] {"cash", "cash.title", f.cash()});
    parts.add(new String[] {"value-added", "va.title", f.valueAdded()});
    parts.add(new String[] {"exit", e.titleKey(), e.exitAndReturns()});
    StringBuilder b = new StringBuilder();
    for (String[] p : parts) {
      if (toc != null) {
        toc.add(new String[] {c.id + p[0], c.t(p[1])});
      }
      b.append(p[2]).append('\n');
    }
    return b.toString();
  }

  /** Number of items of the works council's rights ({@code rights.1} … in the texts). */
  static final int RIGHTS = 6;

  /**
   * The works council's rights when its company is to be sold (review 26, X3): the consultation
   * before the decision, its time limits, the expert, the economic alert, the employees'
   * information before a sale, the documents to ask for; each with its article, to be read in its
   * current version.
   */
  private static String rights(Context c) {
    StringBuilder b = new StringBuilder("<section id=\"rights\" class=\"rights\"><h2>")
        .append(c.t("rights.title")).append("</h2><p>").append(c.t("rights.lead"))
        .append("</p><ul>");
    for (int i = 1; i <= RIGHTS; i++) {
      b.append("<li>").append(c.t("rights." + i)).append("</li>");
    }
    return b.append("</ul><p class=\"note\">").append(c.t("rights.note"))
        .append("</p></section>\n").toString();
  }

  /** Marks a SCOP's equity gain, which no one receives (a note under the table says so). */
  private static final String SCOP_MARK = "*";

  /** The scenarios side by side: who pays in each. */
  private static String comparison(List<Context> contexts, List<String[]> toc) {
    Context first = contexts.get(0);
    toc.add(new String[] {"comparison", first.t("cmp.title")});
    StringBuilder b = new StringBuilder("<section id=\"comparison\" class=\"comparison\"><h2>")
        .append(first.t("cmp.title")).append("</h2><p>").append(first.t("cmp.lead"))
        .append("</p><div class=\"scroll\"><table class=\"lines\"><thead><tr><th scope=\"col\">")
        .append("</th>");
    for (int i = 0; i < contexts.size(); i++) {
      b.append("<th scope=\"col\">").append(Html.esc(contexts.get(i).result.dealName()))
          .append("</th>");
    }
    b.append("</tr></thead><tbody>");
    String[] keys = {"cashExtracted", "cashExtractedPerEmployeeYear", "paidToHolding",
        "participationTotal", "participationPerEmployee", "fees", "deleveraging"};
    for (String k : keys) {
      b.append("<tr><th scope=\"row\">").append(first.t("cmp." + k)).append("</th>");
      for (Context c : contexts) {
        b.append(c.cell(whoPays(c.who, k), PER_EMPLOYEE.contains(k) ? Context.Kind.EUROS
            : Context.Kind.MONEY, "/whoPays/" + k));
      }
      b.append("</tr>");
    }
    b.append("<tr><th scope=\"row\">").append(first.t("cmp.default")).append("</th>");
    for (Context c : contexts) {
      b.append("<td>").append(c.result.paymentDefault().occurred()
          ? String.valueOf(c.result.paymentDefault().year())
          : !c.result.exitPaysEveryTranche() ? c.t("cmp.defaultAtExit") : c.t("no"))
          .append("</td>");
    }
    // how each scenario is priced (review 12 PE, finding 4): the exit multiple, the part of the
    // equity gain that the change of multiple makes, and the seller's side at closing (none in
    // the status quo, where nobody sells) — as reprise compare gives them
    b.append("</tr><tr><th scope=\"row\">").append(first.t("cmp.entryMultiple")).append("</th>");
    for (Context c : contexts) {
      b.append(c.cell(c.result.sourcesAndUses().entryMultiple(), Context.Kind.TIMES,
          "/sourcesAndUses/entryMultiple"));
    }
    b.append("</tr><tr><th scope=\"row\">").append(first.t("cmp.exitMultiple")).append("</th>");
    for (Context c : contexts) {
      b.append(c.cell(c.result.exit().multiple(), Context.Kind.TIMES, "/exit/multiple"));
    }
    // the gain and its change-of-multiple part; a SCOP's stays in its indivisible reserves (*)
    boolean scops = false;
    b.append("</tr><tr><th scope=\"row\">").append(first.t("cmp.equityGain")).append("</th>");
    for (Context c : contexts) {
      scops |= c.deal.isCooperative();
      b.append(c.cell(c.result.valueBridge().equityGain(), Context.Kind.MONEY,
          "/valueBridge/equityGain", c.deal.isCooperative() ? SCOP_MARK : ""));
    }
    b.append("</tr><tr><th scope=\"row\">").append(first.t("cmp.multipleChange")).append("</th>");
    for (Context c : contexts) {
      b.append(c.cell(c.result.valueBridge().multipleChange(), Context.Kind.MONEY,
          "/valueBridge/multipleChange", c.deal.isCooperative() ? SCOP_MARK : ""));
    }
    b.append("</tr><tr><th scope=\"row\">").append(first.t("cmp.sellerCash")).append("</th>");
    for (Context c : contexts) {
      b.append(seller(c, Seller.of(c.deal, c.result).cashAtClosing()));
    }
    b.append("</tr><tr><th scope=\"row\">").append(first.t("cmp.vendorLoan")).append("</th>");
    for (Context c : contexts) {
      b.append(seller(c, Seller.of(c.deal, c.result).vendorLoan()));
    }
    // all the equity together and the envy ratio (methodology §8.1, §8.2)
    b.append("</tr><tr><th scope=\"row\">").append(first.t("cmp.blendedIrr")).append("</th>");
    for (Context c : contexts) {
      b.append(c.cell(c.result.equityReturns().blended().irr(), Context.Kind.PERCENT,
          "/equityReturns/blended/irr"));
    }
    b.append("</tr><tr><th scope=\"row\">").append(first.t("cmp.blendedMoic")).append("</th>");
    for (Context c : contexts) {
      b.append(c.cell(c.result.equityReturns().blended().moic(), Context.Kind.TIMES,
          "/equityReturns/blended/moic"));
    }
    b.append("</tr><tr><th scope=\"row\">").append(first.t("cmp.envy")).append("</th>");
    for (Context c : contexts) {
      EnvyRatio v = c.result.equityReturns().envyRatio();
      b.append(v.applies()
          ? c.cell(v.ratio(), Context.Kind.TIMES, "/equityReturns/envyRatio/ratio")
          : "<td>" + c.t("cmp.envyNone", Texts.raw(c.t("cmp.envy." + v.status().name())))
              + "</td>");
    }
    b.append("</tr></tbody></table></div>");
    if (scops) {
      b.append("<p class=\"note\">").append(SCOP_MARK).append(' ')
          .append(first.t("cmp.scopGainNote")).append("</p>");
    }
    return b.append("</section>\n").toString();
  }

  /** A seller's amount, or "nobody sells" in the status quo (NaN). */
  private static String seller(Context c, double v) {
    return Double.isNaN(v) ? "<td>" + c.t("cmp.nobodySells") + "</td>"
        : c.cell(v, Context.Kind.MONEY, null);
  }

  private static double whoPays(WhoPays w, String key) {
    return switch (key) {
      case "cashExtracted" -> w.cashExtracted();
      case "cashExtractedPerEmployeeYear" -> w.cashExtractedPerEmployeeYear();
      case "paidToHolding" -> w.paidToHolding();
      case "participationTotal" -> w.participationTotal();
      case "participationPerEmployee" -> w.participationPerEmployee();
      case "fees" -> w.fees();
      case "deleveraging" -> w.deleveraging();
      default -> throw new IllegalArgumentException(key);
    };
  }

  private static String glossary(Context c) {
    StringBuilder b = new StringBuilder("<section id=\"glossary\" class=\"glossary\"><h2>")
        .append(c.t("gloss.title")).append("</h2><dl>");
    String[] terms = {"ebitda", "fcf", "service", "holding", "sweep", "leverage", "dscr",
        "covenant", "participation", "valueAdded", "irr", "shareholderLoan", "envy", "deleveraging",
        "stress"};
    for (String t : terms) {
      b.append("<dt>").append(c.t("gloss." + t)).append("</dt><dd>")
          .append(c.t("gloss." + t + ".def",
              // the participation's forfait social, at the deal's rate (review 26, F2), and the
              // employer contributions that turn personnel costs into gross salaries (X1)
              c.fmt.percent(c.deal.participation().forfaitSocial(), 0),
              c.fmt.percent(c.deal.participation().employerContributionRate(), 0)))
          .append("</dd>");
    }
    return b.append("</dl><p class=\"note\">").append(c.t("gloss.method")).append("</p></section>")
        .toString();
  }

  private static String css() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
