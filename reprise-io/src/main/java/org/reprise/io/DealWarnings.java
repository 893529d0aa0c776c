package org.reprise.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;

/**
 * What a deal that reads and runs may still get wrong without saying so: an input left out whose
 * default changes the figures. Not errors: {@code reprise validate} prints them after its OK line,
 * {@code run}, {@code compare} and {@code simulate} at the head of their reports and in their JSON,
 * and the web page above its results (docs/deal-format.md). Messages are written in
 * English, like the errors, and rendered in French by {@link MessagesFr}.
 */
public final class DealWarnings {

  /** Key path of the participation of the base year. */
  public static final String BASE_YEAR_RESERVE = "participation.baseYearReserve";

  /**
   * A company to which the participation applies has set a reserve aside for the base year and
   * pays it in year 1 (C. trav. L3324-1; deductible when paid, CGI art. 237 bis A): without it,
   * year 1's cash out and tax deduction are too low (about 0.5 M€ on the examples' 180-employee
   * factory; review 12 CSE, finding 12). The FEC import reads it from account 691.
   */
  static final String NO_BASE_YEAR_RESERVE =
      "not given, so 0 is assumed: the participation applies, but no reserve of the base year is"
          + " paid to the employees in year 1 (nor deducted from the taxable profit); give the base"
          + " year's reserve (account 691 of its accounts: `reprise import-fec` fills it in), or 0"
          + " to confirm";

  /** Key path of a SCOP's work share. */
  public static final String WORK_SHARE = "cooperative.workShare";

  /** Share of the surplus above which CGI art. 214 1 6° adds the work share deducted back. */
  static final double WORK_SHARE_ADD_BACK_THRESHOLD = 0.5;

  /**
   * A SCOP's work share above half of the surplus: CGI art. 214 1 6° adds the part deducted above
   * 50 % back to the taxable profit, unless the employees bring it back to the cooperative within
   * two years, which the engine does not apply (review 15, finding 8; methodology §5.10 limit (f)).
   */
  static final String WORK_SHARE_ABOVE_HALF =
      "above 50 % of the surplus: CGI art. 214 1 6° adds the work share deducted above 50 % back"
          + " to the taxable profit unless the employees bring it back to the cooperative within"
          + " two years; the engine deducts it all, so the tax may be understated";

  /**
   * A recap sized to a target leverage with no {@code maxAmount} (review 33, M1): a facility has
   * a commitment, and a sponsor does not borrow what its shareholders cannot receive.
   */
  static final String RECAP_UNCOMMITTED =
      "sized to a target net leverage with no `maxAmount`: the amount is whatever the target"
          + " allows, with no commitment, and what the distributable reserves and the"
          + " shareholders' claims cannot take stays in the company's cash while it bears"
          + " interest; give the facility's commitment as `maxAmount`";

  /** Key path of the company's distributable reserves at the closing. */
  public static final String DISTRIBUTABLE_RESERVES = "company.actuals.distributableReserves";

  /**
   * The distributable reserves of a deal that distributes are its whole book equity (the default
   * when the file gives none): the law's cap on the dividends (methodology §5.5) then counts the
   * share capital, which C. com. L232-11 al. 2 forbids distributing (review 35, W2).
   */
  static final String RESERVES_WITH_CAPITAL =
      "equal to the book equity (the default when the file gives none), share capital included:"
          + " the deal distributes, and the law's cap on its dividends (C. com. L232-11) counts"
          + " them all, although the share capital and the legal reserve cannot be paid out; give"
          + " the reserves of the last closed accounts";

  /** Distributable reserves above the book equity, which cannot be. */
  static final String RESERVES_ABOVE_EQUITY =
      "above the book equity: distributable reserves are part of the equity (C. com. L232-11);"
          + " the law's cap on the dividends reads them as given";

  /** Key path of the share premium. */
  public static final String SHARE_PREMIUM = "structure.sharePremium";

  /**
   * A share premium in a deal that neither distributes nor draws a dividend recapitalisation: it
   * is never paid out, so it moves no figure (review 38, X5).
   */
  static final String PREMIUM_NEVER_PAID =
      "given, but the deal neither distributes (`financing.distributions` is 0) nor draws a"
          + " dividend recapitalisation: the premium is never paid out and changes no figure";

  /** Key path of the participation's blocked current accounts. */
  public static final String BLOCKED_ACCOUNTS = "participation.blockedAccounts";

  /**
   * Blocked current accounts outside a SCOP: since the loi PACTE (loi 2019-486 art. 155), a
   * participation agreement may keep the reserve in blocked current accounts only in a SCOP
   * (Code du travail L3323-3), other companies only under an agreement concluded before it (review
   * 17, finding 5; our reading, to be checked on Legifrance).
   */
  static final String BLOCKED_OUTSIDE_SCOP =
      "blocked current accounts outside a SCOP: since the loi PACTE (2019) a new participation"
          + " agreement may keep the reserve in blocked current accounts only in a SCOP (Code du"
          + " travail L3323-3); check that the company's agreement predates it, or leave the"
          + " accounts out";

  /** Key path of the closing date. */
  public static final String CLOSING_DATE = "transaction.closingDate";

  /**
   * A closing date after the base year's end: the engine is annual and closes the deal at the end
   * of the base year, every flow falling on a 31 December, so the results read as those of a
   * closing that many months earlier (review 25, finding 3; review 27, finding 4). Left out, the
   * date says nothing. Filled in by {@link #closingDate}.
   */
  static final String CLOSING_AFTER_BASE_YEAR_END =
      "%s is after the end of the base year %d: the model closes the deal on 31 December %d and"
          + " every flow falls on a 31 December, so the results read as those of a closing on that"
          + " day (a positive IRR is higher over the shorter hold of the actual dates); the date is"
          + " only a label, leave it out to silence this";

  /**
   * A closing date on or before the base year's end (other than its last day): the base year's
   * accounts then end after the closing, which the model cannot represent.
   */
  static final String CLOSING_BEFORE_BASE_YEAR_END =
      "%s is before the end of the base year %d: the model closes the deal on 31 December %d, at"
          + " the end of the base year, whose accounts should be the last full year before the"
          + " closing; take as base year the year before it";

  /**
   * @param date the closing date as the file gives it, {@code YYYY-MM-DD}
   * @param baseYear the base year
   * @return the warning's message
   */
  static String closingDate(String date, int baseYear) {
    String template = date.compareTo(baseYear + "-12-31") > 0 ? CLOSING_AFTER_BASE_YEAR_END
        : CLOSING_BEFORE_BASE_YEAR_END;
    return String.format(java.util.Locale.ROOT, template, date, baseYear, baseYear);
  }

  /**
   * The relative difference between two prices per share of the ordinary equity below which they
   * count as equal: 0.5 %, what rounding the subscriptions to whole shares can leave (a few hundred
   * shares per holder), far below the discounts of a "sweet equity" (37 % on the factory example).
   */
  static final double PRICE_TOLERANCE = 0.005;

  /**
   * Ordinary classes subscribed at different prices per share (amount / ownership): the cheaper
   * class receives, at subscription, value the dearer one pays for (review 25, finding F2). French
   * practice prices the ordinary shares of one round equally; the managers' leverage comes from the
   * fund's strip (shareholder loan, preferred shares) and from a ratchet. A discount on the price
   * the investor pays the same day is usually taxed as a benefit in kind (no source at hand: said
   * "usually", docs/methodology.md §8.2). Filled in by {@link #price}.
   */
  static final String ORDINARY_PRICE =
      "\"%s\" pays %s per point (1%%) of the ordinary equity, %s less than the %s of \"%s\" (a"
          + " price ratio of %s×): %s less than the investor's price for its %s points (%s per"
          + " point), the usual basis of a benefit in kind; at the shares' value after subscription"
          + " (%s per point) the discount moves %s of value to it from the other holders; French"
          + " practice prices the ordinary shares of a buyout"
          + " equally for the investor and the managers, and a discount is usually taxed as a"
          + " benefit in kind (as salary) at subscription; a management package usually takes its"
          + " leverage from the investor's shareholder loan or preferred shares and from a ratchet"
          + " (financing.ratchet)";

  /**
   * @return the price-per-share warning of {@code cheap} against {@code dear}, both ordinary classes
   *     with an amount and an ownership
   */
  static String price(EquityClass cheap, EquityClass dear, double valuePerPoint) {
    return price(cheap, dear, valuePerPoint, "");
  }

  /**
   * The currency sign before an amount of the warning in the text reports' English ({@code
   * €28,000}, as their sentences write amounts); the French catalogue puts it after ({@code
   * 28 000 €}). Review 30, leftover of finding 3: the amounts carried no unit.
   */
  static final String EURO = "€";

  /**
   * @param currency {@code ""} for the message as the JSON, the web application and the HTML
   *     report carry it, {@link #EURO} for the text reports' ({@link Warning#text})
   */
  private static String price(EquityClass cheap, EquityClass dear, double valuePerPoint,
      String currency) {
    double low = cheap.amount() / (100.0 * cheap.ownershipShare());
    double high = dear.amount() / (100.0 * dear.ownershipShare());
    double points = 100.0 * cheap.ownershipShare();
    // the discount against the investor's price is the usual measure of a benefit in kind; the
    // value that moves is against the shares' value once all are subscribed (review 30, 3)
    return String.format(java.util.Locale.ROOT, ORDINARY_PRICE, cheap.name(),
        currency + whole(low),
        Text.percent(Math.round(1000.0 * (1.0 - low / high)) / 1000.0), currency + whole(high),
        dear.name(), String.format(java.util.Locale.ROOT, "%.2f", high / low),
        currency + whole(points * (high - low)), Text.number(points),
        currency + whole(high - low), currency + whole(valuePerPoint),
        currency + whole(points * (valuePerPoint - low)));
  }

  /** @return a whole amount with its thousands grouped, as the reports print them: 247,059 */
  private static String whole(double amount) {
    return String.format(java.util.Locale.ROOT, "%,.0f", amount);
  }

  /**
   * The ordinary classes subscribed more cheaply per share than the dearest one, beyond {@link
   * #PRICE_TOLERANCE}: only classes that give both an amount and a share (a balancing class's
   * amount is known only once the deal runs); none in a SCOP or the status quo.
   */
  private static void prices(Deal deal, List<Warning> out) {
    if (deal.isCooperative()
        || deal.structure().kind() == org.reprise.model.Structure.Kind.UNCHANGED) {
      return;
    }
    List<EquityClass> classes = deal.financing().equity();
    int dear = -1;
    for (int k = 0; k < classes.size(); k++) {
      if (priced(classes.get(k))
          && (dear < 0 || perShare(classes.get(k)) > perShare(classes.get(dear)))) {
        dear = k;
      }
    }
    // the ordinary shares' value per point once the priced classes are subscribed: what they pay
    // over the shares they get
    double money = 0.0;
    double shares = 0.0;
    for (EquityClass c : classes) {
      if (priced(c)) {
        money += c.amount();
        shares += 100.0 * c.ownershipShare();
      }
    }
    double valuePerPoint = money / shares;
    for (int k = 0; k < classes.size(); k++) {
      EquityClass c = classes.get(k);
      if (k != dear && priced(c)
          && perShare(c) < perShare(classes.get(dear)) * (1.0 - PRICE_TOLERANCE)) {
        out.add(new Warning("financing.equity[" + k + "].amount",
            price(c, classes.get(dear), valuePerPoint),
            price(c, classes.get(dear), valuePerPoint, EURO)));
      }
    }
  }

  private static boolean priced(EquityClass c) {
    return c.kind() == EquityClass.Kind.ORDINARY && !c.isBalancing()
        && c.ownershipShare() > 0.0;
  }

  private static double perShare(EquityClass c) {
    return c.amount() / c.ownershipShare();
  }

  /**
   * One warning.
   *
   * @param path the key path of the value concerned, such as {@code participation.baseYearReserve}
   * @param message what is assumed and how to set it, in English, as the JSON, the web application
   *     and the HTML report carry it
   * @param text the same for the command line's text output: its amounts with their currency
   *     ({@code €28,000}; {@code 28 000 €} through the French catalogue), as the text reports write
   *     every other amount; the message itself when it has no amount
   */
  public record Warning(String path, String message, String text) {

    /** A warning whose text output is its message (no amount in it). */
    public Warning(String path, String message) {
      this(path, message, message);
    }

    /** @return {@code path: message} */
    @Override
    public String toString() {
      return path + ": " + message;
    }
  }

  /**
   * A warning of a scenarios file and the scenarios it concerns.
   *
   * @param warning the warning
   * @param scenarios the names of the scenarios it concerns, in file order; empty when it concerns
   *     every scenario (or the file has none)
   */
  public record Shared(Warning warning, List<String> scenarios) {

    public Shared {
      scenarios = List.copyOf(scenarios);
    }
  }

  private DealWarnings() {}

  /**
   * The warnings of a file's scenarios, each once.
   *
   * @param scenarios the file's scenarios, in file order (one for a file without a list)
   * @return each distinct warning in order of first appearance, naming the scenarios it concerns
   *     when not all of them
   */
  public static List<Shared> of(List<Scenario> scenarios) {
    Map<Warning, List<String>> warned = new LinkedHashMap<>();
    for (Scenario s : scenarios) {
      for (Warning w : of(s.deal())) {
        warned.computeIfAbsent(w, k -> new ArrayList<>()).add(s.name());
      }
    }
    List<Shared> out = new ArrayList<>();
    for (Map.Entry<Warning, List<String>> e : warned.entrySet()) {
      boolean all = e.getValue().size() == scenarios.size();
      out.add(new Shared(e.getKey(), all ? List.of() : e.getValue()));
    }
    return out;
  }

  /**
   * The distributable reserves that cap a distributing deal's dividends (methodology §5.5): equal
   * to the book equity, the default that counts the share capital, or above it. A push-down's
   * merged company and a SCOP do not read them.
   */
  private static void reserves(Deal deal, List<Warning> out) {
    org.reprise.model.BaseYear b = deal.company().base();
    if (!(deal.financing().distributionShare() > 0.0) || deal.isCooperative()
        || deal.structure().merged()) {
      return;
    }
    if (b.distributableReserves() > b.bookEquity()) {
      out.add(new Warning(DISTRIBUTABLE_RESERVES, RESERVES_ABOVE_EQUITY));
    } else if (b.bookEquity() > 0.0 && b.distributableReserves() == b.bookEquity()) {
      out.add(new Warning(DISTRIBUTABLE_RESERVES, RESERVES_WITH_CAPITAL));
    }
  }

  /**
   * @param deal a deal as the readers return it
   * @return its warnings, in the order of the file's sections; empty when none
   */
  public static List<Warning> of(Deal deal) {
    List<Warning> out = new ArrayList<>();
    int baseYear = deal.company().base().year();
    String closing = deal.transaction().closingDate();
    if (closing != null && !closing.equals(baseYear + "-12-31")) {
      out.add(new Warning(CLOSING_DATE, closingDate(closing, baseYear)));
    }
    prices(deal, out);
    java.util.List<org.reprise.model.Tranche> debt = deal.financing().debt();
    for (int i = 0; i < debt.size(); i++) {
      org.reprise.model.Tranche t = debt.get(i);
      if (t.drawnLater() && t.draw().sized() && Double.isInfinite(t.size().value())) {
        out.add(new Warning("financing.debt[" + i + "].amount", RECAP_UNCOMMITTED));
      }
    }
    reserves(deal, out);
    if (deal.structure().sharePremium() > 0.0 && !(deal.financing().distributionShare() > 0.0)
        && debt.stream().noneMatch(org.reprise.model.Tranche::drawnLater)) {
      out.add(new Warning(SHARE_PREMIUM, PREMIUM_NEVER_PAID));
    }
    if (deal.participation().assumesNoBaseYearReserve()) {
      out.add(new Warning(BASE_YEAR_RESERVE, NO_BASE_YEAR_RESERVE));
    }
    if (deal.participation().blocked() && !deal.isCooperative()) {
      out.add(new Warning(BLOCKED_ACCOUNTS, BLOCKED_OUTSIDE_SCOP));
    }
    if (deal.isCooperative()
        && deal.cooperative().workShare() > WORK_SHARE_ADD_BACK_THRESHOLD) {
      out.add(new Warning(WORK_SHARE, WORK_SHARE_ABOVE_HALF));
    }
    return out;
  }
}
