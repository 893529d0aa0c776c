package org.reprise.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.io.DealTemplate;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.io.result.CompareJson;
import org.reprise.io.result.ResultJson;
import org.reprise.io.result.ScenarioSummary;
import org.reprise.model.DealException;
import org.reprise.model.Deal;
import org.reprise.report.excel.ExcelModel;
import org.reprise.report.html.HtmlReport;
import org.reprise.report.html.Lang;
import org.reprise.report.html.ReportOptions;

/**
 * The stateless endpoints: run and validate a deal, convert between YAML and the JSON tree, the
 * template and the examples. Every deal comes in as JSON or YAML and goes through {@link
 * DealReader}, exactly as a deal file does on the command line.
 */
final class RunRoutes {

  static final String JSON = "application/json";

  private final long maxBytes;
  private final Examples examples;

  RunRoutes(long maxBytes, Examples examples) {
    this.maxBytes = maxBytes;
    this.examples = examples;
  }

  /**
   * {@code POST /api/run}: the document of {@code reprise run --json}. The {@code Server-Timing}
   * header gives the time spent reading, computing and writing it ({@code app;dur=} in ms), apart
   * from the network and the queue.
   */
  void run(Context ctx) {
    long start = System.nanoTime();
    Deal deal = readDeal(ctx);
    DealResult result = LboEngine.DEFAULT.run(deal);
    String json = ResultJson.toJson(deal, result, Localization.wantsFrench(ctx));
    ctx.header("Server-Timing", serverTiming(System.nanoTime() - start));
    ctx.contentType(JSON).result(json);
  }

  /**
   * {@code POST /api/compare}: every ownership scenario of the deal's {@code scenarios} list side
   * by side, the document of {@code reprise compare FILE --json}. A deal without scenarios is one
   * scenario. An engine error in a scenario names the scenario's path ({@code scenarios[2].…}).
   */
  void compare(Context ctx) {
    long start = System.nanoTime();
    ScenarioReader.Scenarios all = readScenarios(ctx);
    java.util.List<ScenarioSummary> summaries = new java.util.ArrayList<>();
    for (Scenario s : all.scenarios()) {
      DealResult result;
      try {
        result = LboEngine.DEFAULT.run(s.deal());
      } catch (DealException e) {
        throw s.locate(e);
      }
      summaries.add(ScenarioSummary.of(s.name(), s.kind(), s.deal(), result));
    }
    String json = CompareJson.toJson(all.name(), summaries);
    ctx.header("Server-Timing", serverTiming(System.nanoTime() - start));
    ctx.contentType(JSON).result(json);
  }

  /** @return the request's deal file text with its source name, for the scenario reader */
  ScenarioReader.Scenarios readScenarios(Context ctx) {
    Bodies.Format format = Bodies.format(ctx);
    String text = Bodies.text(ctx, maxBytes);
    return ScenarioReader.parseAll(text, sourceName(format));
  }

  /** @return the source name that tells the readers the format */
  static String sourceName(Bodies.Format format) {
    return format == Bodies.Format.JSON ? "deal.json" : "deal.yaml";
  }

  /** @return {@code app;dur=1.234}: a duration in milliseconds for the Server-Timing header */
  static String serverTiming(long nanos) {
    return String.format(java.util.Locale.ROOT, "app;dur=%.3f", nanos / 1e6);
  }

  /**
   * {@code POST /api/validate}: reads and runs the deal, every scenario of its {@code scenarios}
   * list and its chain of buyouts when it has one, as {@code reprise validate} does; a short
   * summary, or the first error (a scenario's error names its path, {@code scenarios[2].…}).
   */
  void validate(Context ctx) {
    Bodies.Format format = Bodies.format(ctx);
    String text = Bodies.text(ctx, maxBytes);
    String source = sourceName(format);
    Deal deal = DealReader.parse(text, source);
    DealResult result = LboEngine.DEFAULT.run(deal);
    ScenarioReader.Scenarios all = ScenarioReader.parseAll(text, source);
    for (Scenario s : all.scenarios()) {
      try {
        LboEngine.DEFAULT.run(s.deal());
      } catch (DealException e) {
        throw s.locate(e);
      }
    }
    if (all.chainRounds() > 0) {
      ScenarioReader.Chain chain = ScenarioReader.parseChain(text, source, null);
      org.reprise.engine.BuyoutChain.run(chain.template(), chain.rounds());
    }
    ObjectNode out = Trees.JSON.createObjectNode();
    out.put("valid", true);
    out.put("name", deal.name());
    out.put("source", deal.source());
    out.put("company", deal.company().name());
    out.put("years", deal.years());
    out.put("totalSources", result.sourcesAndUses().totalSources());
    out.put("scenarios", all.scenarios().size());
    out.put("chainRounds", all.chainRounds());
    ctx.contentType(JSON).result(Trees.toJson(out));
  }

  /** {@code POST /api/yaml}: a deal (JSON or YAML) as YAML text, for download. */
  void yaml(Context ctx) {
    ObjectNode tree = readTree(ctx);
    ctx.contentType("application/yaml; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"deal.yaml\"")
        .result(Trees.toYaml(tree));
  }

  /** The media type of an xlsx workbook. */
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /**
   * {@code POST /api/report?lang=en|fr&for=general|works-council&pastDividends=AMOUNT}: the
   * self-contained HTML report of {@code reprise report} (every scenario of the deal), as an
   * attachment named report.html.
   */
  void report(Context ctx) {
    Lang lang = lang(ctx.queryParam("lang"));
    ReportOptions.Audience audience = audience(ctx.queryParam("for"));
    Double pastDividends = pastDividends(ctx.queryParam("pastDividends"));
    List<Scenario> scenarios = readScenarios(ctx).scenarios();
    String html = HtmlReport.render(scenarios, new ReportOptions(lang, audience, pastDividends));
    ctx.contentType("text/html; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"report.html\"")
        .result(html.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code POST /api/excel}: the live-formula workbook of {@code reprise excel}, as an attachment
   * named model.xlsx. The engine must accept the deal first (400 with the key path); a valid deal
   * the workbook cannot express yet (a SCOP...) is refused with 422.
   */
  void excel(Context ctx) {
    Deal deal = readDeal(ctx);
    // the engine must accept the deal before it is written; its run gives the fee write-offs
    DealResult result = LboEngine.DEFAULT.run(deal);
    List<String> unsupported = ExcelModel.unsupported(deal);
    if (!unsupported.isEmpty()) {
      List<String> french = new java.util.ArrayList<>();
      for (String feature : unsupported) {
        french.add(featureFr(feature));
      }
      throw new ApiException(422, "",
          "this deal cannot be written as a live-formula workbook yet: it uses "
              + String.join("; ", unsupported) + " (see docs/excel-model.md)",
          "cette opération ne peut pas encore être écrite en classeur à formules : elle utilise "
              + String.join(" ; ", french) + " (voir docs/excel-model.md)");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (XSSFWorkbook wb = ExcelModel.build(deal, result).workbook()) {
      wb.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: a bug, answered with 500
    }
    ctx.contentType(XLSX)
        .header("Content-Disposition", "attachment; filename=\"model.xlsx\"")
        .result(bytes.toByteArray());
  }

  /** @return a feature of {@link ExcelModel#unsupported} in French */
  static String featureFr(String feature) {
    String holding = "a tranche borrowed by a holding without one (";
    if (feature.startsWith(holding)) {
      return "une tranche empruntée par une holding qui n'existe pas ("
          + feature.substring(holding.length());
    }
    return feature;
  }

  /** @return the report's language from {@code ?lang=}: en (default) or fr */
  static Lang lang(String value) {
    if (value == null || value.isEmpty()) {
      return Lang.EN;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "en":
        return Lang.EN;
      case "fr":
        return Lang.FR;
      default:
        throw new ApiException(
            400, "lang", "expected en or fr, found '" + Text.clip(value, 40) + "'",
            "attendu : en ou fr ; trouvé : « " + Text.clip(value, 40) + " »");
    }
  }

  /** The bound on {@code ?pastDividends=}: a thousand billion euros, beyond any company's. */
  static final double MAX_PAST_DIVIDENDS = 1e15;

  private static final String MAX_PAST_DIVIDENDS_TEXT = "10^15";

  /** @return the base year's dividends from {@code ?pastDividends=}, or null when absent */
  static Double pastDividends(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    double amount;
    try {
      amount = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      amount = Double.NaN;
    }
    if (!(amount >= 0 && amount < MAX_PAST_DIVIDENDS)) {
      throw new ApiException(400, "pastDividends",
          "expected an amount in euros of 0 or more and under " + MAX_PAST_DIVIDENDS_TEXT
              + ", found '" + Text.clip(value, 40) + "'",
          "attendu : un montant en euros de 0 ou plus et inférieur à " + MAX_PAST_DIVIDENDS_TEXT
              + " ; trouvé : « " + Text.clip(value, 40) + " »");
    }
    return amount;
  }

  /** @return the report's audience from {@code ?for=}: general (default) or works-council */
  static ReportOptions.Audience audience(String value) {
    if (value == null || value.isEmpty()) {
      return ReportOptions.Audience.GENERAL;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "general":
        return ReportOptions.Audience.GENERAL;
      case "works-council":
      case "cse":
        return ReportOptions.Audience.WORKS_COUNCIL;
      default:
        throw new ApiException(400, "for",
            "expected general or works-council, found '" + Text.clip(value, 40) + "'",
            "attendu : general ou works-council ; trouvé : « " + Text.clip(value, 40) + " »");
    }
  }

  /** {@code POST /api/tree}: a deal (YAML or JSON) as its JSON tree, to edit in the page. */
  void tree(Context ctx) {
    ctx.contentType(JSON).result(Trees.toJson(readTree(ctx)));
  }

  /** {@code GET /api/template}: the commented template of {@code reprise new}, as a tree. */
  void template(Context ctx) {
    ctx.contentType(JSON).result(Trees.toJson(Trees.parse(DealTemplate.text(), true)));
  }

  /** {@code GET /api/example}: the bundled factory example as a tree. */
  void example(Context ctx) {
    ctx.contentType(JSON).result(Trees.toJson(examples.tree(Examples.FACTORY)));
  }

  /** {@code GET /api/examples}: the list of examples. */
  void exampleList(Context ctx) {
    ctx.contentType(JSON).result(Trees.toJson(examples.list()));
  }

  /** {@code GET /api/examples/{id}}: one example as a tree. */
  void exampleById(Context ctx) {
    ctx.contentType(JSON).result(Trees.toJson(examples.tree(ctx.pathParam("id"))));
  }

  /** @return the request's deal, read by {@link DealReader} (DealException when invalid) */
  Deal readDeal(Context ctx) {
    Bodies.Format format = Bodies.format(ctx);
    String text = Bodies.text(ctx, maxBytes);
    return DealReader.parse(text, format == Bodies.Format.JSON ? "deal.json" : "deal.yaml");
  }

  private ObjectNode readTree(Context ctx) {
    Bodies.Format format = Bodies.format(ctx);
    return Trees.parse(Bodies.text(ctx, maxBytes), format == Bodies.Format.YAML);
  }
}
