package org.reprise.io;

import java.util.Arrays;
import java.util.List;
import org.reprise.model.BaseYear;
import org.reprise.model.Hedge;
import org.reprise.model.Structure;
import org.reprise.model.Tranche;
import org.reprise.model.Transaction;

/**
 * Reads one debt tranche of {@code financing.debt}: kind, borrower, size, interest (fixed or base
 * rate + margin with a floor, floating unless {@code floating: false}), PIK, fees, repayment
 * profile and cash-sweep settings.
 */
final class TrancheReader {

  static final String[] KEYS = {
    "name", "lender", "type", "borrower", "amount", "limit", "drawn", "rate", "pik", "upfrontFee",
    "repayment", "sweep", "sweepOrder", "commitmentFee", "existing", "floating", "pariPassu",
    "prepaymentFee", "hedge", "drawnIn", "drawMaxNetLeverage"
  };
  static final String[] HEDGE_KEYS = {"type", "share", "rate", "strike", "years", "premium"};
  static final String[] RATE_KEYS = {"base", "margin", "floor"};
  static final String[] REPAYMENT_KEYS = {"linear", "bullet", "schedule"};

  /** Longest repayment profile accepted, in years. */
  static final int MAX_TERM = 100;

  /**
   * Lowest all-in cash rate accepted (the rate written as one figure, or the higher of base and
   * floor plus the margin), as a decimal: −5 %. Base rates can be negative, but Euribor's lowest
   * was about −0.6 % (2021), so an all-in rate under −5 % is almost surely a typo ({@code -1} for
   * {@code "-1%"}), and it would have the lender pay the borrower interest: at −100 % the whole
   * loan in a year.
   */
  static final double MIN_CASH_RATE = -0.05;

  /** Tolerance on the sum of the shares of a repayment schedule. */
  static final double SCHEDULE_TOLERANCE = 1e-9;

  private final BaseYear base;
  private final Transaction transaction;
  private final Structure structure;
  private final int years;
  /** Years from the closing to the exit: a hedge must end by then. */
  private final int holdYears;

  TrancheReader(BaseYear base, Transaction transaction, Structure structure, int years) {
    this(base, transaction, structure, years, years);
  }

  TrancheReader(
      BaseYear base, Transaction transaction, Structure structure, int years, int holdYears) {
    this.base = base;
    this.transaction = transaction;
    this.structure = structure;
    this.years = years;
    this.holdYears = holdYears;
  }

  /**
   * @param node one item of {@code financing.debt}
   * @param position 1-based position in the list (default sweep order)
   */
  Tranche read(Node node, int position) {
    node.mapping(KEYS);
    String name = node.at("name").requiredText();
    String lender = node.at("lender").requiredText();
    String type = node.at("type").choice("term", "term", "revolver", "vendor-loan");
    Tranche.Kind kind = type.equals("term") ? Tranche.Kind.TERM
        : type.equals("revolver") ? Tranche.Kind.REVOLVER : Tranche.Kind.VENDOR_LOAN;
    boolean revolver = kind == Tranche.Kind.REVOLVER;
    Node ex = node.at("existing");
    boolean existing = ex.bool(false);
    if (existing && transaction.refinanceExistingDebt()) {
      throw ex.fail("existing debt can stay in place only when"
          + " transaction.refinanceExistingDebt is false");
    }
    Tranche.Borrower borrower = borrower(node.at("borrower"), revolver, existing);
    double limit = 0;
    Tranche.Size size;
    if (revolver) {
      if (node.at("amount").present()) {
        throw node.at("amount").fail("a revolver has no `amount`: give its `limit` and the"
            + " amount `drawn` at closing (default 0)");
      }
      limit = node.at("limit").nonNegativeAmount();
      Node d = node.at("drawn");
      double drawn = d.nonNegativeAmountOr(0);
      if (drawn > limit) {
        throw d.fail("the amount drawn at closing (" + d.found()
            + ") is more than the revolver's limit (" + node.at("limit").found() + ")");
      }
      size = new Tranche.Size(Tranche.Size.Basis.AMOUNT, drawn);
    } else {
      for (String key : new String[] {"limit", "drawn", "commitmentFee"}) {
        if (node.at(key).present()) {
          throw node.at(key).fail("`" + key + "` applies only to a revolver (type: revolver)");
        }
      }
      size = size(node.at("amount"), existing);
    }
    Rate rate = rate(node.at("rate"));
    boolean floating = floating(node.at("floating"), rate);
    double[] pik = PerYear.rates(node.at("pik"), years, 0, 0, 1);
    double upfront = node.at("upfrontFee").present() ? node.at("upfrontFee").rate(0, 1) : 0;
    Tranche.Draw draw = draw(node, revolver, existing, size);
    double[] repayment = new double[years];
    double[] fullRepayment = profile(node.at("repayment"), type);
    if (draw != null) {
      // the schedule of a tranche drawn during the hold runs from its draw (§5.13): year 1 of
      // its profile is the draw year, so its profile is shifted by the years before
      double[] shifted = new double[draw.year() - 1 + fullRepayment.length];
      System.arraycopy(fullRepayment, 0, shifted, draw.year() - 1, fullRepayment.length);
      fullRepayment = shifted;
    }
    int maturity = maturity(fullRepayment, repayment);
    boolean sweep = node.at("sweep").bool(kind == Tranche.Kind.TERM);
    int sweepOrder = node.at("sweepOrder").present()
        ? node.at("sweepOrder").integer(0, 1000) : position;
    double commitmentFee = revolver && node.at("commitmentFee").present()
        ? node.at("commitmentFee").rate(0, 1) : 0;
    double[] prepaymentFee = PerYear.rates(node.at("prepaymentFee"), years, 0, 0, 1);
    Hedge hedge = hedge(node.at("hedge"), node.at("floating"), revolver, rate);
    return new Tranche(name, lender, kind, borrower, size, rate.cash, floating, rate.base,
        rate.floor, pik, upfront, repayment, maturity, sweep, sweepOrder, limit, commitmentFee,
        existing, prepaymentFee, fullRepayment, hedge, draw);
  }

  /**
   * {@code drawnIn: 2028} (a calendar year of the hold after the first) and {@code
   * drawMaxNetLeverage: 4.0}: a term or vendor loan drawn at the start of that year whose proceeds
   * are paid to the shareholders, a dividend recapitalisation (docs/methodology.md §5.13).
   *
   * @return the draw, or null for a tranche drawn at closing
   */
  private Tranche.Draw draw(Node node, boolean revolver, boolean existing, Tranche.Size size) {
    Node in = node.at("drawnIn");
    Node lev = node.at("drawMaxNetLeverage");
    Node amount = node.at("amount");
    Node target = amount.at("upToNetLeverage");
    if (!in.present()) {
      if (lev.present()) {
        throw lev.fail("`drawMaxNetLeverage` applies only to a tranche drawn during the hold"
            + " (drawnIn)");
      }
      if (target.present()) {
        throw target.fail("a tranche sized to a net leverage is a dividend recapitalisation,"
            + " drawn during the hold: give its year, `drawnIn`");
      }
      return null;
    }
    if (revolver) {
      throw in.fail("a revolver is not drawn for a dividend recapitalisation: its drawings follow"
          + " the company's cash needs; give a term loan");
    }
    if (existing) {
      throw in.fail("existing debt is in place at closing: it is not drawn during the hold");
    }
    if (node.at("hedge").present()) {
      throw node.at("hedge").fail("a hedge is set at closing on a loan drawn then; a tranche"
          + " drawn during the hold (drawnIn) cannot carry one");
    }
    if (size.basis() == Tranche.Size.Basis.PRICE_SHARE) {
      throw node.at("amount").fail("a tranche drawn during the hold is sized as an amount or"
          + " {timesEbitda: x} (x × the EBITDA of the year before its draw), not as a share of"
          + " the entry price");
    }
    int first = base.year() + 2;
    int last = base.year() + holdYears;
    if (first > last) {
      throw in.fail("a tranche drawn during the hold needs a hold of at least two years: the"
          + " start of " + (first - 1) + " is the closing; leave `drawnIn` out");
    }
    double v = in.isNumber() ? in.number("a calendar year") : Double.NaN;
    if (!(v == Math.rint(v))) {
      throw in.expected("a calendar year of the hold from " + first + " to the exit year " + last);
    }
    if (v < first || v > last) {
      throw in.fail("a tranche is drawn during the hold at the start of a year from " + first
          + " to the exit year " + last + ", found " + in.found() + " (the start of "
          + (first - 1) + " is the closing: leave `drawnIn` out)");
    }
    int year = (int) v - base.year();
    double level = Double.NaN;
    if (lev.present()) {
      level = lev.multiple();
      if (!(level > 0)) {
        throw lev.expected("a net leverage above 0, such as 4.0");
      }
    }
    if (!target.present()) {
      return new Tranche.Draw(year, level);
    }
    // read by sizedToLeverage already: a positive multiple
    double up = target.multiple();
    if (up > level) {
      // it would pass its lenders' test by construction only at or below it (§5.13)
      throw target.expected("a net leverage at most the lenders' test, drawMaxNetLeverage: "
          + lev.found());
    }
    return new Tranche.Draw(year, level, up);
  }

  /**
   * {@code hedge: {type: swap, share, rate, years}} or {@code {type: cap, share, strike, years,
   * premium}}: an interest-rate hedge of a floating term loan, set at closing on its schedule, that
   * ends by the exit (docs/deal-format.md; docs/methodology.md §5.1). Null when absent.
   */
  private Hedge hedge(Node node, Node floatingNode, boolean revolver, Rate rate) {
    if (!node.present()) {
      return null;
    }
    if (revolver) {
      throw node.fail("a hedge applies to a term loan, whose notional follows its repayment"
          + " schedule, not to a revolver");
    }
    if (!rate.indexed) {
      throw node.fail("a hedge applies only to a floating rate, written as a base rate plus a"
          + " margin; this tranche's rate is fixed");
    }
    if (!floatingNode.bool(true)) {
      throw node.fail("a hedge applies only to a floating rate, and this tranche says"
          + " `floating: false` (a loan taken as already hedged): remove one or the other");
    }
    node.mapping(HEDGE_KEYS);
    Node typeNode = node.at("type");
    String type = typeNode.choice(null, "swap", "cap");
    if (type == null) {
      throw typeNode.expected("one of `swap`, `cap`");
    }
    boolean cap = type.equals("cap");
    Node shareNode = node.at("share");
    if (!shareNode.present()) {
      throw shareNode.expected("the share of the loan hedged, above 0% and at most 100%");
    }
    double share = shareNode.rate(0, 1);
    if (!(share > 0)) {
      throw shareNode.expected("the share of the loan hedged, above 0% and at most 100%");
    }
    for (String key : cap ? new String[] {"rate"} : new String[] {"strike", "premium"}) {
      if (node.at(key).present()) {
        throw node.at(key).fail(cap ? "a cap has a `strike`, not a `rate`"
            : "`" + key + "` applies only to a cap (type: cap)");
      }
    }
    Node level = node.at(cap ? "strike" : "rate");
    if (!level.present()) {
      throw level.expected(cap ? "the cap's strike, such as \"3%\""
          : "the swap's fixed rate, such as \"2.4%\"");
    }
    double fixed = level.rate(-1, 1);
    Node yearsNode = node.at("years");
    if (!yearsNode.present()) {
      throw yearsNode.expected("the hedge's term in years from the closing, such as 3");
    }
    int term = yearsNode.integer(1, MAX_TERM);
    if (term > holdYears) {
      throw yearsNode.fail("the hedge runs " + term + " years, past the exit at the end of year "
          + holdYears + ": a hedge running past the sale is broken there at its market value,"
          + " which the model does not value; give at most " + holdYears + " years");
    }
    double premium = cap && node.at("premium").present() ? node.at("premium").rate(0, 1) : 0;
    return new Hedge(cap ? Hedge.Type.CAP : Hedge.Type.SWAP, share, fixed, term, premium,
        rate.base);
  }

  private Tranche.Borrower borrower(Node node, boolean revolver, boolean existing) {
    boolean pushdown = !structure.hasHolding();
    String fallback = revolver || pushdown || existing ? "opco" : "holding";
    String b = node.choice(fallback, "holding", "opco");
    if (b.equals("holding") && pushdown) {
      throw node.fail("with structure type pushdown there is no holding:"
          + " all debt is borrowed by the operating company (borrower: opco)");
    }
    if (b.equals("holding") && existing) {
      throw node.fail("existing debt is the operating company's debt (borrower: opco)");
    }
    return b.equals("holding") ? Tranche.Borrower.HOLDING : Tranche.Borrower.OPCO;
  }

  private Tranche.Size size(Node node, boolean existing) {
    if (existing) {
      return existingSize(node);
    }
    if (!node.present()) {
      throw node.expected("an amount, {timesEbitda: 2.5} or {shareOfPrice: \"40%\"}");
    }
    if (node.isNumber()) {
      return new Tranche.Size(Tranche.Size.Basis.AMOUNT, node.nonNegativeAmount());
    }
    if (!node.isMapping()) {
      throw node.expected("an amount, {timesEbitda: 2.5} or {shareOfPrice: \"40%\"}");
    }
    // every key of the mapping is checked first, so that a misspelt upToNetLeverage is named
    node.mapping(SIZED_KEYS);
    if (node.at("upToNetLeverage").present() || node.at("maxAmount").present()) {
      return sizedToLeverage(node);
    }
    String key = node.oneOf("timesEbitda", "shareOfPrice");
    Node v = node.at(key);
    if (key.equals("timesEbitda")) {
      double m = v.multiple();
      if (m < 0) {
        throw v.expected("a multiple of 0 or more");
      }
      return new Tranche.Size(Tranche.Size.Basis.EBITDA_MULTIPLE, m);
    }
    return new Tranche.Size(Tranche.Size.Basis.PRICE_SHARE, v.rate(0, 1));
  }

  /**
   * {@code amount: {upToNetLeverage: 4.0, maxAmount: 5000000}}: a dividend recapitalisation sized
   * to a target net leverage (docs/methodology.md §5.13), its cap ({@code maxAmount}, optional) as
   * the size; the level itself is read with the draw ({@link #draw}), which needs {@code drawnIn}.
   * The mapping's keys are checked already ({@link #SIZED_KEYS}).
   *
   * @return an amount: the cap, {@code Double.POSITIVE_INFINITY} without one
   */
  private static Tranche.Size sizedToLeverage(Node node) {
    Node target = node.at("upToNetLeverage");
    Node cap = node.at("maxAmount");
    if (!target.present()) {
      // named with what it was found beside (review 33, X1)
      String beside = node.at("timesEbitda").present() ? "`timesEbitda`"
          : node.at("shareOfPrice").present() ? "`shareOfPrice`" : null;
      if (beside == null) {
        throw cap.fail("`maxAmount` caps only a recap sized to a net leverage: give"
            + " `upToNetLeverage` beside it, found `maxAmount` alone");
      }
      throw cap.fail("`maxAmount` caps only a recap sized to a net leverage (`upToNetLeverage`),"
          + " found it beside " + beside);
    }
    for (String other : new String[] {"timesEbitda", "shareOfPrice"}) {
      if (node.at(other).present()) {
        throw node.fail("give only one of " + Text.quoteAll(SIZES) + ", found both `" + other
            + "` and `upToNetLeverage`");
      }
    }
    double level = target.multiple();
    if (!(level > 0)) {
      throw target.expected("a net leverage above 0, such as 4.0");
    }
    if (!cap.present()) {
      return new Tranche.Size(Tranche.Size.Basis.AMOUNT, Double.POSITIVE_INFINITY);
    }
    // one message for 0 and below (review 33, X1)
    double most = cap.amount();
    if (!(most > 0)) {
      throw cap.expected("an amount greater than 0");
    }
    return new Tranche.Size(Tranche.Size.Basis.AMOUNT, most);
  }

  /** The keys of the amount's mapping: its three forms and a sized recap's cap. */
  static final String[] SIZED_KEYS = {"timesEbitda", "shareOfPrice", "upToNetLeverage",
    "maxAmount"};

  /** The forms of the amount's mapping, one of which is given. */
  static final String[] SIZES = {"timesEbitda", "shareOfPrice", "upToNetLeverage"};

  /** Half a cent: amounts closer than this are the same (the reader's rounding tolerance). */
  private static final double HALF_CENT = 0.005;

  /**
   * The amount of the existing debt left in place: at most the company's financial debt of the
   * base year, which the price of the shares deducts (methodology §3); what it does not keep is
   * refinanced at closing, a use of funds (a partial refinancing: the equipment loans kept, the
   * rest repaid). More would make the buyer take over a debt the price did not deduct: sources
   * and uses, the balance sheet and the equity value would no longer agree (methodology §5.12).
   */
  private Tranche.Size existingSize(Node node) {
    double debt = base.financialDebt();
    if (!node.present()) {
      return new Tranche.Size(Tranche.Size.Basis.AMOUNT, debt);
    }
    if (!node.isNumber()) {
      throw node.expected("the part of the company's existing financial debt left in place as an"
          + " amount, at most " + Text.number(debt) + " (company.actuals.financialDebt), or no"
          + " `amount`");
    }
    double amount = node.nonNegativeAmount();
    if (amount > debt + HALF_CENT) {
      throw node.fail("the debt left in place is part of the company's existing financial debt,"
          + " which the price of the shares deducts: expected at most"
          + " company.actuals.financialDebt, " + Text.number(debt) + ", found "
          + Text.number(amount) + "; what it does not keep is refinanced at closing");
    }
    return new Tranche.Size(Tranche.Size.Basis.AMOUNT, amount);
  }

  /**
   * A cash rate as read: the rate per year, and for a rate written {base, margin, floor} the base
   * per year and the floor ({@code indexed}); zeros and 0 for a rate written as one figure.
   */
  private record Rate(double[] cash, boolean indexed, double[] base, double floor) {}

  /**
   * {@code floating}: whether base-rate shocks move the cash rate. Default: true when the rate is
   * written as base + margin; {@code false} keeps it fixed (a loan hedged by a swap); {@code true}
   * needs the base + margin form, since an all-in rate says nothing of its base.
   */
  private static boolean floating(Node node, Rate rate) {
    boolean floating = node.bool(rate.indexed);
    if (floating && !rate.indexed) {
      throw node.fail("a floating rate is written as a base rate plus a margin:"
          + " rate: {base: \"3.2%\", margin: \"3.5%\", floor: \"0%\"}");
    }
    return floating;
  }

  /**
   * A rate per year (from {@link #MIN_CASH_RATE} to 100 %), or {base, margin, floor}: cash rate =
   * max(base, floor) + margin, at least {@link #MIN_CASH_RATE} every year (the base, the margin
   * and the floor may each be from −100 % to 100 %).
   */
  private Rate rate(Node node) {
    if (!node.isMapping()) {
      return new Rate(PerYear.rates(node, years, 0, MIN_CASH_RATE, 1), false, new double[years],
          0);
    }
    node.mapping(RATE_KEYS);
    if (!node.at("base").present()) {
      throw node.at("base").expected("a base rate such as \"3.2%\" or a list, one per year");
    }
    double[] baseRate = PerYear.rates(node.at("base"), years, 0, -1, 1);
    double margin = node.at("margin").present() ? node.at("margin").rate(-1, 1) : 0;
    double floor = node.at("floor").present() ? node.at("floor").rate(-1, 1) : 0;
    double[] out = new double[years];
    for (int t = 0; t < years; t++) {
      out[t] = Math.max(baseRate[t], floor) + margin;
      if (out[t] < MIN_CASH_RATE) {
        throw node.fail("expected an all-in cash rate (the higher of base and floor, plus the"
            + " margin) of at least " + Text.percent(MIN_CASH_RATE) + " every year, found "
            + Text.percent(out[t]) + " in year " + (t + 1));
      }
    }
    return new Rate(out, true, baseRate, floor);
  }

  /**
   * Reads a repayment profile ({@code {linear: N}}, {@code {bullet: N}} or {@code {schedule:
   * [...]}}): fills {@code shares} (horizon length) and returns the maturity (0 = after the
   * horizon).
   */
  static int repayment(Node node, String type, double[] shares) {
    return maturity(profile(node, type), shares);
  }

  /**
   * Reads a repayment profile ({@code {linear: N}}, {@code {bullet: N}} or {@code {schedule:
   * [...]}}) over the loan's whole term: the share of the amount at closing due each year, its
   * length the term (N years, or the schedule's length), after the horizon included; empty for a
   * revolver given no repayment.
   */
  static double[] profile(Node node, String type) {
    if (!node.present()) {
      if (type.equals("revolver")) {
        return new double[0];
      }
      throw node.fail("a " + type + " tranche needs a repayment: {linear: 7}, {bullet: 7}"
          + " or {schedule: [...]}");
    }
    String key = node.oneOf(REPAYMENT_KEYS);
    Node v = node.at(key);
    if (key.equals("schedule")) {
      List<Node> items = v.list("a list of shares of the amount repaid each year");
      if (items.isEmpty() || items.size() > MAX_TERM) {
        throw v.expected("a list of 1 to " + MAX_TERM + " shares repaid each year");
      }
      double[] profile = new double[items.size()];
      double sum = 0;
      for (int t = 0; t < items.size(); t++) {
        profile[t] = items.get(t).rate(0, 1);
        sum += profile[t];
      }
      if (sum > 1 + SCHEDULE_TOLERANCE) {
        throw v.fail("the repayment shares add up to " + Text.percent(sum)
            + ", more than 100% of the amount");
      }
      return profile;
    }
    double[] profile = new double[v.integer(1, MAX_TERM)];
    if (key.equals("linear")) {
      Arrays.fill(profile, 1.0 / profile.length);
    }
    return profile;
  }

  /**
   * Fills {@code shares} (horizon length) with the profile's first years.
   *
   * @return the maturity within the horizon, 0 when the term ends after it (or is not known)
   */
  static int maturity(double[] profile, double[] shares) {
    System.arraycopy(profile, 0, shares, 0, Math.min(profile.length, shares.length));
    return profile.length > shares.length ? 0 : profile.length;
  }
}
