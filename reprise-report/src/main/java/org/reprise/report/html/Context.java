package org.reprise.report.html;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.CreditDetail;
import org.reprise.engine.DealResult;
import org.reprise.engine.DebtAfterHorizon;
import org.reprise.engine.WhoPays;
import org.reprise.model.Deal;

/**
 * One deal being reported: its inputs, results, language and number formats, and the helpers that
 * write numbers. Every number that is a value of {@code reprise run --json} is written with its
 * JSON pointer and exact value ({@code data-key}, {@code data-value}), so that a reader (or a test)
 * can check the report against the JSON output.
 */
final class Context {

  /** How a number is shown. */
  enum Kind {
    /** An amount in the table unit. */
    AMOUNT,
    /** A share, as a percentage. */
    PERCENT,
    /** A multiple or ratio: 2.3×. */
    TIMES,
    /** A ratio with two decimals, as covenants are set: 0.92×. */
    RATIO,
    /** A credit ratio not set against a covenant: one decimal, {@code > 100×} beyond 100. */
    CREDIT,
    /** An interest rate, as a percentage with two decimals: 5.35 %. */
    RATE,
    /** A number of people. */
    PEOPLE,
    /** An amount with the unit that suits it, for prose. */
    MONEY,
    /** Whole euros: 52,000 €. */
    EUROS
  }

  final Deal deal;
  final DealResult result;
  final WhoPays who;
  /** The rates, covenant levels, liquidity and senior leverage of the run. */
  final CreditDetail credit;
  final Lang lang;
  final Fmt fmt;
  final Texts text;
  final Fmt.Unit unit;
  /** JSON pointer prefix of this deal: {@code ""}, or {@code /scenarios/2} in a scenario report. */
  final String prefix;
  /** Prefix of the element ids of this deal, unique in the document. */
  final String id;

  Context(Deal deal, DealResult result, Lang lang, String prefix, String id) {
    this.deal = deal;
    this.result = result;
    this.who = WhoPays.of(deal, result);
    this.credit = CreditDetail.of(deal, result);
    this.lang = lang;
    this.fmt = new Fmt(lang);
    this.text = new Texts(lang);
    this.unit = Fmt.Unit.forSize(deal.company().base().revenue());
    this.prefix = prefix;
    this.id = id;
  }

  /** @return the text of {@code key} with its arguments */
  String t(String key, Object... args) {
    return text.t(key, args);
  }

  /** @return the number of years of the holding period */
  int hold() {
    return result.exitYearIndex();
  }

  /** @return the calendar years of the annual table */
  List<String> yearLabels(int n) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(t -> String.valueOf(result.years().year[t]))
        .toList();
  }

  /** @return {@code v} formatted as {@code kind} */
  String format(double v, Kind kind) {
    return switch (kind) {
      case AMOUNT -> fmt.in(unit, v);
      case PERCENT -> fmt.percent(v);
      case TIMES -> fmt.times(v);
      case RATIO -> fmt.ratio(v);
      case CREDIT -> fmt.creditTimes(v);
      case RATE -> fmt.percent(v, 2);
      case PEOPLE -> fmt.people(v);
      case MONEY -> fmt.amount(v);
      case EUROS -> fmt.euros(v);
    };
  }

  /**
   * A table cell with a number.
   *
   * @param key JSON pointer of the value (without the deal prefix), or {@code null} for a derived
   *     number
   */
  String cell(double v, Kind kind, String key) {
    return cell(v, kind, key, "");
  }

  /**
   * {@link #cell(double, Kind, String)} followed by a mark that refers to a note under the table
   * (such as {@code *}), outside the tagged value.
   */
  String cell(double v, Kind kind, String key, String mark) {
    return "<td class=\"n" + (v < 0 ? " neg" : "") + "\"" + data(key, v) + ">"
        + Html.esc(format(v, kind)) + (mark.isEmpty() ? "" : "<sup>" + Html.esc(mark) + "</sup>")
        + "</td>";
  }

  /**
   * A table cell that shows −v: an outflow of a roll-forward whose JSON value v is an amount paid
   * out. The minus sign stands outside the tagged element, which shows v itself, so that the tag
   * keeps the JSON's value; the cell's text is {@code format(−v)}. A negative v (not an outflow)
   * is shown untagged.
   *
   * @param key JSON pointer of v (without the deal prefix)
   */
  String outflowCell(double v, Kind kind, String key) {
    if (v < 0) {
      return cell(-v, kind, null);
    }
    String shown = format(-v, kind);
    boolean minus = shown.startsWith("−"); // not when v rounds to zero
    return "<td class=\"n" + (minus ? " neg" : "") + "\">" + (minus ? "−" : "")
        + "<span" + data(key, v) + ">" + Html.esc(format(v, kind)) + "</span></td>";
  }

  /** A row of {@link #outflowCell}s, one per year. */
  String outflowRow(String label, double[] values, Kind kind, String[] keys, String css) {
    StringBuilder b = new StringBuilder("<tr").append(css == null ? "" : " class=\"" + css + "\"")
        .append("><th scope=\"row\">").append(label).append("</th>");
    for (int t = 0; t < values.length; t++) {
      b.append(outflowCell(values[t], kind, keys[t]));
    }
    return b.append("</tr>").toString();
  }

  /** A number in a sentence, tagged like a cell. */
  Texts.Raw span(double v, Kind kind, String key) {
    return Texts.raw("<span class=\"num\"" + data(key, v) + ">" + Html.esc(format(v, kind))
        + "</span>");
  }

  /**
   * A money amount in a sentence, tagged like a cell, in the unit that suits {@code reference}
   * rather than itself: the amounts of one sentence share one unit, "4.8 M€ and 0.8 M€", not
   * "4.8 M€ and 849 k€" (review 26, F4).
   */
  Texts.Raw spanLike(double v, double reference, String key) {
    return Texts.raw("<span class=\"num\"" + data(key, v) + ">"
        + Html.esc(fmt.amountLike(v, reference)) + "</span>");
  }

  private String data(String key, double v) {
    if (key == null) {
      return "";
    }
    String value = Double.isFinite(v) ? Double.toString(v) : "";
    return " data-key=\"" + Html.esc(prefix + key) + "\" data-value=\"" + value + "\"";
  }

  /** @return {@code <th>} cells for a table head: the unit, then the years */
  String yearHead(int n) {
    StringBuilder b = new StringBuilder("<thead><tr><th scope=\"col\">")
        .append(Html.esc(unit.label())).append("</th>");
    for (int t = 0; t < n; t++) {
      boolean after = t >= hold();
      b.append("<th scope=\"col\"").append(after ? " class=\"after\"" : "").append(">")
          .append(result.years().year[t]).append(after ? "*" : "").append("</th>");
    }
    return b.append("</tr></thead>").toString();
  }

  /**
   * A row of a year table.
   *
   * @param label the row label, trusted HTML
   * @param values one value per year
   * @param field the JSON field of {@code years[t]} (or a function of t), {@code null} for a
   *     derived row
   */
  String yearRow(String label, double[] values, Kind kind, String field, String css) {
    StringBuilder b = new StringBuilder("<tr").append(css == null ? "" : " class=\"" + css + "\"")
        .append("><th scope=\"row\">").append(label).append("</th>");
    for (int t = 0; t < values.length; t++) {
      b.append(cell(values[t], kind, field == null ? null : Html.pointer("years", t) + field));
    }
    return b.append("</tr>").toString();
  }

  /** A row whose cells have arbitrary pointers. */
  String keyedRow(String label, double[] values, Kind kind, String[] keys, String css) {
    StringBuilder b = new StringBuilder("<tr").append(css == null ? "" : " class=\"" + css + "\"")
        .append("><th scope=\"row\">").append(label).append("</th>");
    for (int t = 0; t < values.length; t++) {
      b.append(cell(values[t], kind, keys == null ? null : keys[t]));
    }
    return b.append("</tr>").toString();
  }

  /** Amounts below half a euro are not said. */
  static final double HALF_EURO = 0.5;

  /** A run of consecutive years said as a range ("from 2026 to 2030") from this length on. */
  static final int RANGE_FROM = 3;

  /**
   * @return calendar years as a phrase that follows a verb: "in 2026", "in 2026 and 2027", "in
   *     2026, 2027 and 2029", or "from 2026 to 2030" when they are {@link #RANGE_FROM} or more
   *     consecutive years; empty for none
   */
  String inYears(List<Integer> years) {
    if (years.isEmpty()) {
      return "";
    }
    int first = years.get(0);
    int last = years.get(years.size() - 1);
    if (years.size() >= RANGE_FROM && last - first == years.size() - 1) {
      return t("years.range", String.valueOf(first), String.valueOf(last));
    }
    List<String> shown = years.stream().map(String::valueOf).toList();
    String list = shown.size() == 1 ? shown.get(0)
        : String.join(", ", shown.subList(0, shown.size() - 1)) + t("years.and")
            + shown.get(shown.size() - 1);
    return t("years.in", Texts.raw(list));
  }

  /**
   * @return the text key of a part of the value added: a SCOP's employees also receive the work
   *     share (part travail), which is said, and its shareholders are members paid interest on
   *     their shares; employees with blocked participation accounts also receive their interest
   */
  String valueAddedKey(String part) {
    boolean scop = deal.isCooperative() && (part.equals("employees")
        || part.equals("shareholders"));
    // the interest on the employees' blocked participation accounts is theirs too (methodology
    // §5.8; review 21, finding 8)
    boolean blocked = deal.participation().blocked() && part.equals("employees");
    return "va." + part + (scop ? "Scop" : "") + (blocked ? "Blocked" : "");
  }

  /**
   * @return the text key of a use of the EBITDA ({@link FlowSections#USES}): a SCOP's
   *     distributions are the interest on its members' shares
   */
  String useKey(String use) {
    if (use.equals("other") && !deal.isCooperative()) {
      return "cash.otherNoScop"; // no SCOP capital outside a SCOP (review 26, F3)
    }
    return deal.isCooperative() && use.equals("distributions") ? "cf.coopDividends"
        : "cash." + use;
  }

  /** @return the label of a use of the EBITDA, {@link #useKey} */
  String useLabel(String use) {
    return t(useKey(use));
  }

  /**
   * @return the sentence that gives a SCOP's work share beside its participation, total and per
   *     employee and per year (whole euros), or "" when there is none
   */
  String workShareSentence() {
    double work = Figures.workShareTotal(result);
    if (!deal.isCooperative() || work <= 0.5) {
      return "";
    }
    // the model's stated limit beside it (methodology §5.10, limit (a); review 15, finding 4)
    double rate = deal.participation().employerContributionRate();
    return t("who.workShare", span(work, Kind.MONEY, null),
        span(work / who.employeeYears(), Kind.EUROS, null)) + ' '
        + t("who.workShareLimit", span(work * rate / who.employeeYears(), Kind.EUROS, null),
            fmt.percent(rate, 0));
  }

  /**
   * @return in a SCOP that paid interest on shares, the sentence that names that part of the
   *     cash handed over: paid to the members, the employees (and any outside members), not to
   *     the lenders (review 15, finding 7); "" otherwise
   */
  String interestOnSharesSentence() {
    if (!deal.isCooperative() || !(who.distributions() > HALF_EURO)) {
      return "";
    }
    boolean employeesOnly = deal.financing().equity().stream()
        .allMatch(c -> deal.cooperative().isEmployee(c.holder()));
    return t(employeesOnly ? "who.interestOnShares" : "who.interestOnSharesOutside",
        span(who.distributions(), Kind.MONEY, "/whoPays/distributions"),
        span(who.distributions() / who.employeeYears(), Kind.EUROS, null));
  }

  /** @return true for the status quo: nobody buys the company (no buyer, no acquisition debt) */
  boolean statusQuo() {
    return deal.structure().kind() == org.reprise.model.Structure.Kind.UNCHANGED;
  }

  /**
   * @return the key of a section's title: for the status quo, its own when the texts have one
   *     ({@code key + "StatusQuo"}), as nobody buys the company there (review 26, M7)
   */
  String titleKey(String key) {
    return statusQuo() && text.has(key + "StatusQuo") ? key + "StatusQuo" : key;
  }

  /**
   * @return true when the company is not sold at the exit, only valued there ({@link
   *     org.reprise.model.Deal#soldAtExit()}): the status quo, a SCOP, or a buyout whose file says
   *     {@code exit.sale: false} (an employee buyout whose employees keep the company)
   */
  boolean notResold() {
    return !deal.soldAtExit();
  }

  /**
   * @return true when a buyout is not sold at the exit, its owners keeping it ({@code exit.sale:
   *     false}): neither a SCOP nor the status quo
   */
  boolean kept() {
    return notResold() && !deal.isCooperative() && !statusQuo();
  }

  /**
   * @return the suffix of the texts that differ for a company not sold at the exit: {@code Scop}
   *     for a cooperative, {@code StatusQuo} for the status quo and for a buyout its owners keep
   *     (those texts say that nobody sells the company), {@code ""} for a sale
   */
  String notResoldSuffix() {
    return deal.isCooperative() ? "Scop" : notResold() ? "StatusQuo" : "";
  }

  /**
   * @return what the debt still owed at the horizon falls due after it, year by year (methodology
   *     §7): "11.0 M€ in 2033 (4.4 years of its 2032 free cash flow) and 5.0 M€ in 2034 (2.0
   *     years)", with what has no due date last; "" when nothing is owed
   */
  String duesAfterHorizon() {
    DebtAfterHorizon after = DebtAfterHorizon.of(deal, result);
    List<String> parts = new ArrayList<>();
    for (DebtAfterHorizon.Due d : after.dues()) {
      String due = t("after.due", span(d.amount(), Kind.MONEY, null), String.valueOf(d.year()));
      if (Double.isFinite(d.yearsOfFreeCashFlow())) {
        String years = fmt.number(d.yearsOfFreeCashFlow(), 1);
        due += ' ' + (parts.isEmpty()
            ? t("after.cover", years, String.valueOf(after.horizonYear()))
            : t("after.coverShort", years));
      }
      parts.add(due);
    }
    if (after.undated() >= DebtAfterHorizon.NOTHING) {
      parts.add(t("after.undated", span(after.undated(), Kind.MONEY, null)));
    }
    return list(parts);
  }

  /** @return "a, b and c" in the report's language */
  String list(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + t("years.and")
        + items.get(items.size() - 1);
  }

  /** @return a party, class or tranche name in the report's language when the reader built it */
  String name(String name) {
    String key = org.reprise.io.BuiltNames.labelKey(name);
    return key == null ? name : t(key);
  }
}
