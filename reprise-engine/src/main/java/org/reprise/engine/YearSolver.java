package org.reprise.engine;

import java.util.List;
import org.reprise.engine.tax.CorporateTax;
import org.reprise.engine.tax.TaxPosition;
import org.reprise.model.Cooperative;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;
import org.reprise.model.Participation;
import org.reprise.model.SweepSteps;
import org.reprise.model.Tax;
import org.reprise.model.ThinCap;
import org.reprise.model.Tranche;

/**
 * The financing year: interest, income tax, the cash waterfall (debt service, revolver, sweep,
 * distributions) and the upstream from the operating company to the holding, for one year at a
 * time (docs/methodology.md, "The financing year").
 *
 * <p>Under the average-balance convention cash interest depends on the closing balances, which
 * depend on the cash left after interest and tax: the year is a fixed point. {@link #solve} guesses
 * the closing balances, the closing cash and the upstream dividend, evaluates the year, and repeats
 * with the new values until none moves by more than {@link #RELATIVE_TOLERANCE} of the balances'
 * size. The map is piecewise affine; from the first evaluation a Newton step through the year's
 * tangent ({@link #newtonStep}) lands on the fixed point of the piece, and a second evaluation
 * confirms it; Anderson mixing takes over when the piece changes or in a SCOP. Nothing is dropped
 * to break the circle.
 *
 * <p>One instance serves one run: it holds the state carried from year to year (balances, cash,
 * tax carry-forwards, accrued quasi-equity, reserves) and scratch arrays, so the year loop does not
 * allocate.
 */
final class YearSolver {
  /** Convergence of the circular interest: relative to the total balances. */
  static final double RELATIVE_TOLERANCE = 1e-13;
  /**
   * A shortfall below half a cent is rounding noise (a revolver used up to its last cent), not a
   * payment default.
   */
  static final double DEFAULT_TOLERANCE = 0.005;
  /** Number of past steps combined by the Anderson acceleration. */
  static final int ANDERSON_MEMORY = 3;
  /** Iterations after which the update is damped (halved) to break an oscillation. */
  static final int DAMPING_AFTER = 50;
  /** Iterations after which the engine gives up (never reached on a sane deal). */
  static final int MAX_ITERATIONS = 500;
  /**
   * Newton steps tried at the start of a year before the solver continues with Anderson mixing
   * (a year whose pieces do not move needs one).
   */
  static final int NEWTON_STEPS = 3;
  /** A Newton step must shrink the largest step by at least this factor to be tried again. */
  static final double NEWTON_PROGRESS = 0.1;
  /** Smallest pivot of the Newton system (it is close to the identity). */
  static final double NEWTON_PIVOT = 1e-6;

  private Deal deal;
  private boolean useNewton;
  private Tax tax;
  private DebtBook book;
  private YearTable table;
  private boolean average;
  private boolean hasHolding;
  private boolean taxGroup;
  private List<EquityClass> equity;
  /** The sweep's share this year: the financing's, or its step's (§5.5), set before a solve. */
  private double cashSweep;
  /** The sweep's steps by leverage (§5.5), or null when one share applies every year. */
  private SweepSteps sweepSteps;
  /** With steps tested on senior net leverage, which tranches are senior (§6); else null. */
  private boolean[] seniorTranche;
  /** True when the sweep takes a share of the year's excess cash flow only (§5.5). */
  private boolean sweepOnFlow;
  private double distributionShare;
  /**
   * The most the year being solved may distribute: +∞, but 0 when the lock-up stops its
   * distribution and the permitted amount when it cuts it down (§5.5).
   */
  private double yDistributionCap = Double.POSITIVE_INFINITY;
  /** The last evaluation's distribution is the cap, not the share of the cash left. */
  private boolean eDistributionCapped;
  /**
   * The most the year being solved may distribute by law (§5.5, C. com. L232-11): what the
   * shareholder loans are owed at the year end (a loan is repaid without reserves) plus the
   * distributable reserves at the start of the year ({@link #openingReserves}); +∞ when the deal
   * distributes nothing, or is a SCOP.
   */
  private double yReserveCap = Double.POSITIVE_INFINITY;
  /** The last evaluation's distribution was cut down to {@link #yReserveCap}. */
  private boolean eDistributionByReserves;

  // State carried between years.
  final double[] balance;
  /** Per tranche, the principal that fell due and was not paid: due again the next year (§5.4). */
  private final double[] arrears;
  double cash;
  double[] quasiEquity;
  double opcoBookEquity;
  /**
   * Consolidated equity of the tax group (holding and company): the shares subscribed at entry,
   * plus the group's net income, less the distributions (for the thin-capitalisation test).
   */
  double groupEquity;
  /**
   * Tax losses the operating company made before it joined the tax group: it may set them only
   * against its own profit (CGI art. 223 I 4), never against the group's. Zero outside a group.
   */
  double preGroupLosses;
  /** Shareholder loans whose holder controls the company (a related lender, CGI art. 39-12). */
  private boolean[] relatedLoan = NO_LOANS;
  /** {@link #relatedLoan} before the first run. */
  private static final boolean[] NO_LOANS = new boolean[0];
  /** The equity classes, their amounts at entry and the rule {@link #relatedLoan} was found for. */
  private List<EquityClass> relatedFor;
  private double[] relatedAmounts;
  private ThinCap relatedRule;
  double reserves;
  /**
   * The distributable reserves at the start of the year being solved ({@link #distributableRoom}),
   * which cap the dividends on the preferred and ordinary shares (§5.5).
   */
  private double openingReserves;
  /** The group's equity at the closing: what its retained earnings are measured from (§5.5). */
  private double closingGroupEquity;
  /**
   * The share premium the deal file gives ({@code structure.sharePremium}, §5.5), 0 when none or in
   * a SCOP; and what of it is not yet distributed (carried from year to year).
   */
  private double premiumGiven;
  private double premiumLeft;
  /** The premium rows of the run, or null when the deal gives no premium. */
  private PremiumRows premiumRows;
  /** Participation and forfait social of the previous year, deducted and paid this year. */
  double participationDue;
  /**
   * The previous year's reserve alone: with blocked accounts (§5.8) it is credited to them this
   * year instead of being paid.
   */
  private double reserveDue;
  /** Balance of the employees' blocked participation accounts (0 when the reserve is paid out). */
  private double blockedBalance;
  /** Share of the ordinary shares above which a holder controls the company (CGI art. 39-12 a). */
  private static final double CONTROL = 0.5;

  /** The state kept for a year solved again (the lock-up), made on the first {@link #save}. */
  private Carried carried;

  private final TaxPosition opcoTax = new TaxPosition();
  private final TaxPosition holdingTax = new TaxPosition();
  private final TaxPosition groupTax = new TaxPosition();

  // Scratch of one evaluation.
  /** Iterated unknowns besides the closing balances: cash, dividend, work share, participation. */
  static final int EXTRA = 4;

  private final double[] guess;
  private final double[] fresh;
  private final double[] step;
  private final double[] previousStep;
  private final double[] previousGuess;
  // Anderson history, allocated at its first use (a run the Newton step solves never needs it).
  private double[][] dx;
  private double[][] dr;
  private double[][] gram;
  private double[] gamma;
  /**
   * Number of iterated unknowns: the closing balances, the cash and the dividend, plus the work
   * share and participation of a SCOP (always zero steps otherwise).
   */
  private int iteratedDim;
  /** Per tranche: borrowed by the holding; payment priority; sweep order (the book's arrays). */
  private boolean[] holding;
  private int[] priority;
  private int[] sweepOrder;
  /** Per tranche, its pari passu group (DebtBook#group); whether the deal has any. */
  private int[] group;
  private boolean pariPassu;
  /** The revolvers' indexes in order of payment priority. */
  private int[] revolverOrder;
  private Tranche[] trancheArray;
  private EquityClass[] equityArray;
  // Inputs of the year that do not depend on the guesses (set by prepareYear).
  private double yRevenue;
  private double yMinCash;
  private double yInterestOnCash;
  private double yHoldingCosts;
  private double yEbit;
  private double yEbitda;
  private double yDepreciation;
  private double yPersonnel;
  private double yOtherTaxes;
  private double yHeadcount;
  private double yCapex;
  private double yChangeInWc;
  /** Participation and forfait social paid in cash this year (§5.8). */
  private double yParticipationCash;
  /** With blocked accounts: the reserve credited, the reserves released, the interest (§5.8). */
  private double yBlockedCredit;
  private double yBlockedRelease;
  private double yBlockedInterest;
  /** The part of {@link #yBlockedInterest} paid in cash this year (none when capitalised). */
  private double yBlockedInterestPaid;
  private final double[] rate;
  // Per tranche, facts of the deal that no year changes (set by start).
  private final double[] commitmentRate;
  private final double[] limit;
  private final boolean[] revolver;
  private double yFixedOpco;
  private double yFixedHolding;
  private double yPrincipalDue;
  private double yHeadroom;
  /**
   * The covenants' drawstop holds this year: the year before broke a covenant or missed a payment,
   * so no revolver may be drawn (§6); they may still be repaid.
   */
  private boolean yDrawStopped;
  /** Shareholder-loan coupons above the deductible rate: added back to the taxable income. */
  private double yShlNonDeductible;
  /**
   * The transaction fees capitalised in the cost of the shares (§3), which a holding amortises
   * for tax over {@code tax.acquisitionCostYears()} years (CGI art. 209 VII).
   */
  private double acquisitionFees;
  /**
   * This year's tax amortisation of the acquisition costs (§5.2): deducted from the holding's
   * taxable result (or the tax group's), not from its accounts' net income, and not a financial
   * charge; 0 without a holding.
   */
  private double yAcquisitionCost;
  /** Share of the net financial charges under the thin-capitalisation cap this year. */
  private double yThinShare;
  /**
   * Per tranche, the caps' premiums paid at closing (the entry's), expensed over their years; and
   * per tranche, this year's hedge settlement the borrower pays (0 when it receives), which ranks
   * with the tranche's interest (§5.1).
   */
  private double[] hedgePremiums;
  private final double[] hedgePay;
  /** This year's hedge settlements received from the counterparties, and those of the holding. */
  private double yHedgeReceived;
  private double yHedgeReceivedHolding;
  /** This year's net hedge settlement (paid − received) and the caps' premiums expensed. */
  private double yHedgeNet;
  private double yHedgePremium;
  /** True when some tranche of the deal is hedged. */
  private boolean hedged;
  /** Total number of evaluations of the year, over the run (for tests and benchmarks). */
  int evaluations;
  private final double[] ci;
  private final double[] pk;
  private final double[] cf;
  private final double[] due;
  /** Per tranche, the upfront fee expensed in the year being solved. */
  private final double[] feeNow;
  private final double[] draw;
  private final double[] paidInterest;
  private final double[] paidPrincipal;
  private final double[] swept;
  /** Per swept tranche, its share of what its pari passu group took from the pot (1 alone). */
  private final double[] sweepWeight;
  private final TaxPosition opcoTaxOut = new TaxPosition();
  private final TaxPosition holdingTaxOut = new TaxPosition();
  private final TaxPosition groupTaxOut = new TaxPosition();
  private double newCash;
  private double newDividend;
  private double eInterestIncome;
  private double eShlInterest;
  /**
   * The year's dividend accrued to the preferred shares: Σ coupon × the claim at the opening, as
   * {@link #eShlInterest} for the shareholder loans (docs/methodology.md §5.9).
   */
  private double ePrefAccrued;
  private double eOpcoPreTax;
  private double eOpcoTax;
  private double eTaxDue;
  private double eFcf;
  private double eDue;
  private double eShortfall;
  private double eRevolverRepaid;
  private double eSweep;
  /** The base the sweep's share applies to, floored at 0 (§5.5). */
  private double eSweepBase;
  private double eDistribution;
  private double eUpstream;
  private double eFeeExpense;
  private double eGroupPreTax;
  private double eDisallowed;
  private double eOpcoCharges;
  private double eHoldingCharges;
  private double eShlOpco;
  private double eRsp;
  private double eForfait;
  private double eHoldingCosts;
  /** Pre-group losses the company uses this year, and their slope in its own result. */
  private double ePreGroupUsed;
  private double ePreGroupSlope;
  private Participation participation;
  /** SCOP rules, or null. */
  private Cooperative coop;
  /** Nominal capital of each equity class (moves with SCOP contributions and buybacks). */
  double[] capital;
  /** Outside a SCOP: no class flows (the returns read them only for a SCOP). */
  private static final double[][] NO_CLASS_FLOWS = new double[0][];
  /**
   * SCOP: cash flows of each equity class per year (contributions −, dividends and buybacks +);
   * empty outside a SCOP.
   */
  double[][] classFlows;
  /**
   * With distributions during the hold (outside a SCOP): each ordinary class's share of what the
   * preferred shares and shareholder loans leave, and every class's claim at the end of the exit
   * year, which the distributions may have reduced (null otherwise: the exit uses the closed form).
   */
  private double[] ordinaryShare;
  double[] exitClaim;
  private int exitIndex;
  /** SCOP: employees' share of the capital at the end of year 7 (the amorçage deadline). */
  double employeeShareAfterSeed;
  private double workShareDue;
  private double coopDividendDue;
  /**
   * A SCOP's interest on shares still owed to its members at the end of the exit year: the year's,
   * payable the next year, and what the cash could not pay before (§5.10).
   */
  double coopDividendOwedAtExit;
  /**
   * SCOP: the interest on shares declared out of each year's surplus (payable the next year,
   * §5.10), one per projected year; null outside a SCOP. Read only by the balance sheet ({@link
   * BalanceSheet}), which carries what is still owed as a liability.
   */
  double[] interestOnSharesDeclared;
  private double eWork;
  private double eCoopDividend;
  private double eBuyback;
  private double eContribution;
  private double eNetSurplus;

  int maxIterations;
  /** Total number of Newton steps taken, over the run (for tests). */
  int newtonSteps;
  // Newton step: per channel c, the derivatives along it of the revolver draw, the excess cash
  // before the sweep, the cash left at the first shortfall and the dividend (all the tangent needs
  // to move the closings, the cash and the dividend, with the piece's shares); the small system,
  // flat, row-major with its right-hand side.
  private final double[] colToDraw;
  private final double[] colExcess;
  private final double[] colLeft;
  private final double[] colDividend;
  /** Per channel: 1 / (1 − K_j). */
  private final double[] rowScale;
  /** Position of each tranche in the payment priority. */
  private final int[] position;
  /** Per tranche: its channel (−1 when none); its own unpaid interest's share in its closing. */
  private final int[] channelOf;
  private final double[] ownShare;
  /** Per channel row of Bᵀ A: coefficients on the columns' scalars, the diagonal, Bᵀ r. */
  private final double[] rowP;
  private final double[] rowQ;
  private final double[] rowL;
  private final double[] rowV;
  private final double[] rowK;
  private final double[] rowR;
  /** Per channel of charges: the tranche whose charges the tangent moves. */
  private final int[] channelSeed;
  // The piece of the last evaluation (set by findPiece).
  private double pRspSlopeProfit;
  private double pRspSlopeValueAdded;
  private boolean pDrawMoves;
  /** The revolver that takes a change of the draw (−1 when the draw does not move). */
  private int pDrawTaker;
  /** The part of a unit of excess cash that goes to tranche eSweepTaker. */
  private double pSweepShare;
  private double pHoldingSwept;
  private double pDistribution;
  private double pCash;
  // Values of the last evaluation that the tangent needs to find its piece.
  private double eNeed;
  // Where the last evaluation's waterfall stopped (for the Newton step's piece): the revolver
  // drawn in part (−1 when none), the priority position of the first payment that falls short
  // (m when none), the tranche that took the rest of the excess cash (−1 when none) and whether
  // it is a revolver (it then took all of it) or a swept tranche (the sweep's share).
  private int eDrawTaker;
  private int eShortPosition;
  private int eSweepTaker;
  private boolean eRevolverTakes;
  private double eAvailable;
  private double eExcessBeforeSweep;
  private double eLegalValueAdded;
  private double eDistributable;

  /**
   * A solver for deals of {@code m} tranches; {@link #start} readies it for one run, and the
   * Monte Carlo's workspace starts the same solver again for the next path (its arrays are kept).
   */
  YearSolver(int m) {
    balance = new double[m];
    arrears = new double[m];
    guess = new double[m + EXTRA];
    fresh = new double[m + EXTRA];
    step = new double[m + EXTRA];
    previousStep = new double[m + EXTRA];
    previousGuess = new double[m + EXTRA];
    rate = new double[m];
    commitmentRate = new double[m];
    limit = new double[m];
    revolver = new boolean[m];
    ci = new double[m];
    pk = new double[m];
    cf = new double[m];
    due = new double[m];
    feeNow = new double[m];
    hedgePay = new double[m];
    draw = new double[m];
    paidInterest = new double[m];
    paidPrincipal = new double[m];
    swept = new double[m];
    sweepWeight = new double[m];
    int channels = m + 2;
    colToDraw = new double[channels];
    colExcess = new double[channels];
    colLeft = new double[channels];
    colDividend = new double[channels];
    rowScale = new double[channels];
    position = new int[m];
    channelOf = new int[m];
    ownShare = new double[m];
    rowP = new double[channels];
    rowQ = new double[channels];
    rowL = new double[channels];
    rowV = new double[channels];
    rowK = new double[channels];
    rowR = new double[channels];
    channelSeed = new int[channels];
  }

  /** @return true when this solver's arrays are sized for deals of {@code m} tranches */
  boolean fits(int m) {
    return balance.length == m;
  }

  /**
   * Readies the solver for one run: every value carried from year to year starts afresh, the
   * scratch arrays are kept (each is written before it is read in a year).
   *
   * @param useNewton false to solve every year with Anderson mixing alone (the reference the tests
   *     compare the Newton step with)
   * @return this solver
   */
  YearSolver start(Deal deal, Entry entry, DebtBook book, YearTable table, boolean useNewton) {
    int m = book.m;
    if (!fits(m)) {
      throw new IllegalArgumentException("a solver for " + balance.length + " tranches, not " + m);
    }
    this.useNewton = useNewton;
    this.deal = deal;
    this.tax = deal.tax();
    this.book = book;
    this.table = table;
    this.average = deal.interestBasis() == Deal.InterestBasis.AVERAGE;
    this.hasHolding = deal.structure().hasHolding();
    this.taxGroup = hasHolding && deal.structure().taxGroup();
    this.equity = deal.financing().equity();
    this.cashSweep = deal.financing().cashSweep();
    this.sweepSteps = deal.financing().sweepSteps();
    this.seniorTranche =
        sweepSteps != null && sweepSteps.leverage() == SweepSteps.Leverage.SENIOR
            ? PaymentOrder.senior(book.tranches, deal.financing().rankGroups())
            : null;
    // the stepped sweep's rows (§5.5), kept from the table's previous run when they fit (the
    // Monte Carlo reuses the table; every year writes them)
    int n = table.size();
    table.sweepShare = sweepSteps == null ? null
        : table.sweepShare != null && table.sweepShare.length == n ? table.sweepShare
        : new double[n];
    table.sweepLeverage = sweepSteps == null ? null
        : table.sweepLeverage != null && table.sweepLeverage.length == n ? table.sweepLeverage
        : new double[n];
    this.sweepOnFlow =
        deal.financing().sweepBasis() == org.reprise.model.Financing.SweepBasis.EXCESS_CASH_FLOW;
    this.distributionShare = deal.financing().distributionShare();
    System.arraycopy(book.initial, 0, balance, 0, m);
    java.util.Arrays.fill(arrears, 0.0);
    cash = entry.cash();
    quasiEquity = copy(entry.equityAmounts(), quasiEquity);
    capital = copy(entry.equityAmounts(), capital);
    participation = deal.participation();
    coop = deal.cooperative();
    // distributions are paid through the equity's order of priority (§5.5), so each class's flows
    // are kept; a SCOP keeps them for its own capital moves
    boolean distributing = coop == null && (distributionShare > 0.0 || book.drawsLater);
    if (book.drawsLater && coop != null) {
      throw new org.reprise.model.DealException("financing.debt", "a SCOP pays no dividend"
          + " recapitalisation: its surplus is allocated by law (§5.10)");
    }
    table.recap = book.drawsLater ? new RecapRows(n, equity.size()) : null;
    premiumGiven = deal.structure().sharePremium();
    if (premiumGiven > 0.0 && coop != null) {
      throw new org.reprise.model.DealException(
          "structure.sharePremium", org.reprise.model.Structure.SCOP_PREMIUM);
    }
    premiumLeft = premiumGiven;
    premiumRows = premiumGiven > 0.0 ? new PremiumRows(premiumGiven, n, equity.size()) : null;
    table.premium = premiumRows;
    table.distributing = coop == null && distributionShare > 0.0;
    classFlows =
        coop == null && !distributing ? NO_CLASS_FLOWS : Rows.zeros(equity.size(), deal.years());
    ordinaryShare = distributing ? ExitWaterfall.ownership(equity, entry.equityAmounts()) : null;
    exitClaim = distributing ? new double[equity.size()] : null;
    exitIndex = deal.exit().year() - 1;
    // the base year's reserve and its forfait social, under the deal's rules or the company's
    // before the deal, which pays it in cash (§5.8, participation.baseYearReserveRegime)
    participationDue = participation.baseYearDue();
    reserveDue = participation.baseYearCredited() ? participation.baseYearReserve() : 0.0;
    // what the accounts already hold at the closing (§5.8; 0 when they start empty)
    blockedBalance = participation.blockedOpeningTotal();
    int capacityYears = tax.unusedCapacityYears();
    double baseLosses = deal.company().base().taxLosses();
    opcoTax.reset(baseLosses, capacityYears);
    // the company's losses from before the group stay its own; the group starts with none
    groupTax.reset(0.0, capacityYears);
    preGroupLosses = taxGroup ? baseLosses : 0.0;
    holdingTax.reset(0.0, capacityYears);
    employeeShareAfterSeed = Double.NaN;
    workShareDue = 0.0;
    coopDividendDue = 0.0;
    coopDividendOwedAtExit = 0.0;
    interestOnSharesDeclared = coop == null ? null
        : interestOnSharesDeclared != null && interestOnSharesDeclared.length == table.size()
            ? interestOnSharesDeclared : new double[table.size()];
    evaluations = 0;
    maxIterations = 0;
    newtonSteps = 0;
    iteratedDim = m + (coop == null ? 2 : EXTRA);
    holding = book.holding;
    priority = book.priority;
    sweepOrder = book.sweepOrder;
    group = book.group;
    pariPassu = book.pariPassu;
    // the previous run's arrays when they fit (the Monte Carlo starts the solver once a path)
    trancheArray =
        book.tranches.toArray(trancheArray != null && trancheArray.length == m
            ? trancheArray : new Tranche[m]);
    equityArray =
        equity.toArray(equityArray != null && equityArray.length == equity.size()
            ? equityArray : new EquityClass[equity.size()]);
    for (int i = 0; i < m; i++) {
      Tranche tr = trancheArray[i];
      revolver[i] = tr.isRevolver();
      commitmentRate[i] = revolver[i] ? tr.commitmentFee() : 0.0;
      limit[i] = tr.limit();
    }
    startThinCap(entry);
    closingGroupEquity = groupEquity;
    checkPremium(entry, deal.structure());
    acquisitionFees = entry.transactionFees();
    hedgePremiums = entry.hedgePremiums();
    java.util.Arrays.fill(hedgePay, 0.0);
    hedged = false;
    for (int i = 0; i < m; i++) {
      hedged |= trancheArray[i].hedge() != null;
    }
    // After the merger of a push-down the merged company's equity is the buyer's (§4, §5.7); a
    // SCOP's too: its members' capital, the target's reserves cancelled (§5.10)
    boolean merged = deal.structure().merged();
    double given = deal.structure().mergedEquity();
    opcoBookEquity = !merged ? deal.company().base().bookEquity()
        : Double.isNaN(given) ? subscribedEquity(entry) : given;
    reserves = merged ? 0.0 : deal.company().base().distributableReserves();
    int revolvers = 0;
    for (int k = 0; k < m; k++) {
      revolvers += trancheArray[priority[k]].isRevolver() ? 1 : 0;
    }
    if (revolverOrder == null || revolverOrder.length != revolvers) {
      revolverOrder = new int[revolvers];
    }
    for (int k = 0, r = 0; k < m; k++) {
      if (trancheArray[priority[k]].isRevolver()) {
        revolverOrder[r++] = priority[k];
      }
      position[priority[k]] = k;
    }
    return this;
  }

  /** @return {@code source} copied into {@code target} when it has its length, else a copy */
  private static double[] copy(double[] source, double[] target) {
    if (target == null || target.length != source.length) {
      return source.clone();
    }
    System.arraycopy(source, 0, target, 0, source.length);
    return target;
  }

  /**
   * Solves year index {@code t}, writes its results and carries the state to the next year.
   *
   * <p>Fixed-point iteration on x = (closing balances, closing cash, upstream dividend, SCOP work
   * share and participation), started from the opening values. Up to {@link #NEWTON_STEPS}
   * Newton steps first ({@link #newtonStep}: exact on an affine piece, so a year usually takes two
   * evaluations), then Anderson mixing (type II, memory {@link #ANDERSON_MEMORY}; H. Walker and
   * P. Ni, "Anderson acceleration for fixed-point iterations", SIAM J. Numer. Anal. 49(4), 2011):
   * each new guess combines the last few steps so as to cancel the residual, which solves an
   * affine map of rank r in about r + 2 evaluations. The stopping test is always a genuine
   * fixed-point test |F(x) − x| ≤ tolerance, so the acceleration only shortens the path; after
   * {@link #DAMPING_AFTER} evaluations the solver falls back to plain damped steps.
   */
  void solve(int t) {
    yDistributionCap = Double.POSITIVE_INFINITY;
    converge(t);
  }

  /**
   * Sets the sweep's share for the next solves of a year (a stepped sweep, §5.5): constant through
   * the year's fixed point, so the year stays affine on its pieces and the Newton step applies.
   *
   * @param share decimal share of the sweep base
   */
  void sweepShare(double share) {
    cashSweep = share;
  }

  /**
   * Solves year index {@code t} again, from the state {@link #save} kept, with the sweep's share
   * {@code share} and the distribution uncapped: the stepped sweep's test (§5.5) found the share
   * the year was solved with not the one its leverage calls for. Overwrites everything {@link
   * #solve} wrote for the year.
   */
  void solveWithSweepShare(int t, double share) {
    carried.restore(this);
    cashSweep = share;
    yDistributionCap = Double.POSITIVE_INFINITY;
    converge(t);
  }

  /**
   * Keeps the state carried into year index {@code t} (balances, arrears, cash, claims, equity,
   * reserves, tax positions, a SCOP's capital and payments due), so that the year can be solved
   * again by {@link #solveLockedUp}. Called before {@link #solve} when the year's distribution may
   * be locked up (§5.5).
   */
  void save(int t) {
    if (carried == null) {
      carried = new Carried();
    }
    carried.save(this, t);
  }

  /**
   * Solves year index {@code t} again, from the state {@link #save} kept, with no distribution:
   * the lock-up (§5.5) found the year's covenants broken, pro forma for the distribution, or its
   * payments short. Overwrites everything {@link #solve} wrote for the year.
   */
  void solveLockedUp(int t) {
    solveCapped(t, 0.0);
  }

  /**
   * Solves year index {@code t} again, from the state {@link #save} kept, with a distribution of
   * at most {@code cap} (the lock-up cutting it down to what the leverage covenant allows, §5.5);
   * 0 pays none. Overwrites everything {@link #solve} wrote for the year.
   */
  void solveCapped(int t, double cap) {
    carried.restore(this);
    yDistributionCap = cap;
    converge(t);
  }

  /**
   * Solves year index {@code t} and commits it. When the solution repays a loan in full before the
   * end of its fee period, the rest of its upfront fee is expensed in the year (methodology §3): a
   * deduction, so the year is iterated again with it before anything is committed. More deduction
   * never means less cash, so a loan repaid stays repaid; the cash it frees may repay another loan
   * in full, hence the loop (at most one pass per loan).
   */
  private void converge(int t) {
    if (premiumRows != null) {
      premiumRows.opening[t] = premiumLeft;
    }
    if (book.drawsLater) {
      drawLater(t);
    }
    iterate(t);
    if (book.feeLeftAfter(t)) {
      while (book.writeOffRepaid(t, balance, fresh)) {
        iterate(t);
      }
      // a holding's loan can cease to be repaid when a write-off at the company lowers the
      // reserves that cap the upstream dividend: its fee then stays straight-line
      if (book.keepUnrepaid(t, fresh)) {
        iterate(t);
      }
    }
    commit(t);
  }

  /**
   * The dividend recapitalisations of year index {@code t} (docs/methodology.md §5.13), before the
   * year is iterated: each tranche due to be drawn at the start of the year is drawn (its opening
   * balance), unless the year before was in payment default or broke a covenant, or the lenders'
   * leverage condition fails; its proceeds less its upfront fee are paid to the shareholders in the
   * order of §5.5, the shareholder loans up to their claims whatever the reserves, the dividends
   * (preferred, then ordinary shares) within the distributable reserves at the start of the year;
   * what they cannot take stays in the company's cash. Sets, never adds: a year solved again from
   * its saved state (the lock-up, a stepped sweep) draws again the same way.
   */
  private void drawLater(int t) {
    RecapRows r = table.recap;
    r.borrowed[t] = 0.0;
    r.fees[t] = 0.0;
    r.paid[t] = 0.0;
    r.shareholderLoansRepaid[t] = 0.0;
    r.kept[t] = 0.0;
    r.distributable[t] = 0.0;
    r.refused[t] = false;
    r.refusal[t] = null;
    r.proFormaLeverage[t] = Double.NaN;
    r.maxLeverage[t] = Double.NaN;
    r.target[t] = Double.NaN;
    r.capped[t] = false;
    for (int k = 0; k < equityArray.length; k++) {
      r.toClass[k][t] = 0.0;
    }
    if (premiumRows != null) {
      premiumRows.recap[t] = 0.0;
      for (int k = 0; k < equityArray.length; k++) {
        premiumRows.recapToClass[k][t] = 0.0;
      }
    }
    boolean due = false;
    for (int i = 0; i < book.m; i++) {
      due |= book.drawIndex[i] == t;
    }
    if (!due) {
      return;
    }
    if (t > exitIndex) {
      // after the exit, which a grid or `simulate --years` may have moved before the draw: the
      // buyout is over, nothing is drawn (§5.13)
      for (int i = 0; i < book.m; i++) {
        if (book.drawIndex[i] == t) {
          book.draw(i, 0.0);
        }
      }
      return;
    }
    // no lender funds while a default is continuing: a payment missed or a covenant broken in
    // the year before (§5.4, §6)
    boolean blocked = t > 0 && (table.defaulted[t - 1] || table.covenantBreach[t - 1]);
    double ebitda = t > 0 ? table.ebitda[t - 1] : 0.0;
    double netDebt = t > 0 ? table.netDebt[t - 1] : 0.0;
    double borrowed = 0.0;
    double fees = 0.0;
    // what the operating company borrowed, net of its fees: with a holding, the part it upstreams
    double opcoNet = 0.0;
    for (int i = 0; i < book.m; i++) {
      if (book.drawIndex[i] != t) {
        continue;
      }
      Tranche tr = trancheArray[i];
      Tranche.Draw d = tr.draw();
      boolean sized = d.sized();
      double amount;
      boolean capped = false;
      if (sized) {
        // sized to the target: L × EBITDA − net debt, the test's own figures, those drawn before
        // in the year included; floored at 0 and capped by maxAmount (§5.13). A non-positive
        // EBITDA gives no target to lever up to
        double room = ebitda > 0.0
            ? Math.max(0.0, d.upToNetLeverage() * ebitda - (netDebt + borrowed)) : 0.0;
        capped = room > tr.size().value();
        amount = Math.min(tr.size().value(), room);
      } else {
        amount = switch (tr.size().basis()) {
          case AMOUNT -> tr.size().value();
          // the LTM EBITDA at the draw: the year before's
          case EBITDA_MULTIPLE -> tr.size().value() * ebitda;
          case PRICE_SHARE -> throw new org.reprise.model.DealException("financing.debt",
              "a tranche drawn during the hold is sized as an amount or a multiple of EBITDA");
        };
      }
      // a recap sized to at most the lenders' level passes their test by construction: it is not
      // tested again, which rounding could fail by a unit in the last place
      boolean drawn = !blocked && amount > 0.0
          && (!d.conditional() || sized
              || ebitda > 0.0 && (netDebt + borrowed + amount) / ebitda <= d.maxNetLeverage());
      if (d.conditional() && !blocked && amount > 0.0) {
        r.proFormaLeverage[t] = ebitda > 0.0 ? (netDebt + borrowed + amount) / ebitda : Double.NaN;
        r.maxLeverage[t] = d.maxNetLeverage();
      }
      // the target and the ratio before the draw, also in a year the lenders block: with no room,
      // nothing was to be drawn whatever the block
      if (sized) {
        r.target[t] = d.upToNetLeverage();
        r.capped[t] |= capped && drawn;
        r.proFormaLeverage[t] = ebitda > 0.0 ? (netDebt + borrowed + amount) / ebitda : Double.NaN;
      }
      // a fixed amount of 0 asks for nothing, which no lender refuses (review 32, W4), nor does a
      // recap sized to a leverage already reached; a multiple of a non-positive EBITDA, or a
      // target over it, is refused
      boolean refusedHere = !drawn
          && (amount > 0.0 || tr.size().basis() == Tranche.Size.Basis.EBITDA_MULTIPLE
              || sized && !(ebitda > 0.0));
      r.refused[t] |= refusedHere;
      if (refusedHere && r.refusal[t] == null) {
        // the first reason, in the order the lenders would give it (review 32, X2)
        r.refusal[t] = t > 0 && table.defaulted[t - 1] ? RecapRows.Refusal.DEFAULT
            : blocked ? RecapRows.Refusal.COVENANT_BREACH
            : amount > 0.0 && ebitda > 0.0 ? RecapRows.Refusal.LEVERAGE
            : RecapRows.Refusal.NO_EBITDA;
      }
      double taken = drawn ? amount : 0.0;
      book.draw(i, taken);
      balance[i] = taken;
      borrowed += taken;
      fees += book.drawFee[i];
      if (!holding[i]) {
        opcoNet += taken - book.drawFee[i];
      }
    }
    double left = borrowed - fees;
    // a dividend needs distributable reserves (C. com. L232-11): those of the last closed
    // accounts, the company's, and with a holding the group's earnings retained since the closing
    // within them, as for the year's distributions (§5.5), and beside them the share premium not
    // yet distributed, which the dividends take after the reserves (CGI art. 112-1°, §5.5); a
    // shareholder loan is repaid without either
    double reservesRoom = distributableRoom();
    double distributable = reservesRoom + premiumRoom();
    double dividends = 0.0;
    double loans = 0.0;
    for (int k = 0; k < equityArray.length && left > 0.0; k++) {
      EquityClass c = equityArray[k];
      if (c.kind() == EquityClass.Kind.ORDINARY) {
        continue;
      }
      boolean loan = c.kind() == EquityClass.Kind.SHAREHOLDER_LOAN;
      double cap = loan ? left : Math.min(left, distributable - dividends);
      double pay = Math.max(0.0, Math.min(cap, quasiEquity[k]));
      quasiEquity[k] -= pay;
      r.toClass[k][t] = pay;
      left -= pay;
      if (loan) {
        loans += pay;
      } else {
        if (premiumRows != null) {
          premiumRows.recapToClass[k][t] = fromPremium(pay, reservesRoom - dividends);
        }
        dividends += pay;
      }
    }
    double ordinary = Math.max(0.0, Math.min(left, distributable - dividends));
    double ordinaryPremium =
        premiumRows == null ? 0.0 : fromPremium(ordinary, reservesRoom - dividends);
    for (int k = 0; k < equityArray.length; k++) {
      if (equityArray[k].kind() == EquityClass.Kind.ORDINARY) {
        r.toClass[k][t] = ordinary * ordinaryShare[k];
        if (premiumRows != null) {
          premiumRows.recapToClass[k][t] = ordinaryPremium * ordinaryShare[k];
        }
      }
    }
    left -= ordinary;
    dividends += ordinary;
    // the premium paid out is a return of the shareholders' contributions, not a dividend out of
    // the reserves: it comes off the payer's equity (the group's), not off its reserves
    double premiumPaid = premiumRows == null ? 0.0
        : Math.min(premiumLeft, Math.max(0.0, dividends - reservesRoom));
    if (premiumRows != null) {
      premiumRows.recap[t] = premiumPaid;
      premiumLeft -= premiumPaid;
    }
    double fromReserves = dividends - premiumPaid;
    if (hasHolding) {
      // the company upstreams what it borrowed and the holding pays out (a dividend to the
      // holding: its reserves and book equity fall); the holding pays the rest out of its own
      // borrowing, within the group's retained earnings taken as upstreamed (§5.5), so the
      // company's reserves that measure them fall too but not its book equity (review 35, X5)
      double net = borrowed - fees;
      double upstream = net > 0.0 ? opcoNet / net * (loans + dividends) : 0.0;
      double notional = net > 0.0 ? (1.0 - opcoNet / net) * fromReserves : fromReserves;
      reserves -= upstream + notional;
      opcoBookEquity -= upstream;
    } else {
      reserves -= fromReserves;
      opcoBookEquity -= dividends;
    }
    groupEquity -= dividends;
    cash += left;
    r.borrowed[t] = borrowed;
    r.fees[t] = fees;
    r.paid[t] = loans + dividends;
    r.shareholderLoansRepaid[t] = loans;
    r.kept[t] = left;
    r.distributable[t] = reservesRoom;
  }

  /** Iterates year index {@code t} to its fixed point ({@link #solve}), committing nothing. */
  private void iterate(int t) {
    int m = book.m;
    int dim = iteratedDim;
    prepareYear(t);
    System.arraycopy(balance, 0, guess, 0, m);
    guess[m] = cash;
    guess[m + 1] = 0.0;
    guess[m + 2] = 0.0;
    guess[m + 3] = 0.0;
    int stored = 0;
    int iter = 0;
    boolean newton = useNewton && coop == null;
    double lastDiff = Double.POSITIVE_INFINITY;
    while (true) {
      iter++;
      evaluate(t, guess);
      double scale = 1.0 + Math.abs(cash);
      double diff = 0.0;
      for (int k = 0; k < m; k++) {
        double s = average ? fresh[k] - guess[k] : 0.0;
        step[k] = s;
        scale += Math.abs(balance[k]) + Math.abs(fresh[k]);
        diff = Math.max(diff, Math.abs(s));
      }
      for (int k = m; k < m + EXTRA; k++) {
        scale += Math.abs(fresh[k]);
      }
      for (int k = m; k < dim; k++) {
        // the cash moves only under the average convention; dividend and SCOP unknowns always
        double s = k > m || average ? fresh[k] - guess[k] : 0.0;
        step[k] = s;
        diff = Math.max(diff, Math.abs(s));
      }
      if (diff <= RELATIVE_TOLERANCE * scale || iter >= MAX_ITERATIONS) {
        break;
      }
      if (iter > 1) {
        if (dx == null) {
          dx = Rows.zeros(ANDERSON_MEMORY, m + EXTRA);
          dr = Rows.zeros(ANDERSON_MEMORY, m + EXTRA);
          gram = Rows.zeros(ANDERSON_MEMORY, ANDERSON_MEMORY + 1);
          gamma = new double[ANDERSON_MEMORY];
        }
        int slot = (iter - 2) % ANDERSON_MEMORY;
        for (int k = 0; k < dim; k++) {
          dx[slot][k] = guess[k] - previousGuess[k];
          dr[slot][k] = step[k] - previousStep[k];
        }
        stored = Math.min(stored + 1, ANDERSON_MEMORY);
      }
      System.arraycopy(guess, 0, previousGuess, 0, dim);
      System.arraycopy(step, 0, previousStep, 0, dim);
      newton = newton && iter <= NEWTON_STEPS && diff < NEWTON_PROGRESS * lastDiff;
      lastDiff = diff;
      if (newton && newtonStep(m)) {
        newtonSteps++;
        continue;
      }
      newton = false;
      if (iter > DAMPING_AFTER || stored == 0 || !andersonStep(dim, stored)) {
        double w = iter > DAMPING_AFTER ? 0.5 : 1.0;
        for (int k = 0; k < dim; k++) {
          guess[k] += w * step[k];
        }
      }
    }
    if (iter >= MAX_ITERATIONS) {
      throw new IllegalStateException(
          "average-balance interest did not converge in year " + table.year[t]);
    }
    maxIterations = Math.max(maxIterations, iter);
    evaluations += iter;
  }

  /**
   * One Newton step from the last evaluation: x ← x + (I − J)⁻¹ (F(x) − x), exact when the year's
   * pieces (which tranche the sweep reaches, which tax bracket, which payment falls short, …) do
   * not change between x and the fixed point, since the year is affine on each piece.
   *
   * <p>The guesses enter a year only through a few numbers z = Bᵀx, its channels: the variable
   * charges (interest and commitment fee) of the tranches, the interest earned on cash and the
   * dividend. When every payment is made only the sums of the operating company's charges and of
   * the holding's matter (at most four channels with the cash and the dividend); when a payment
   * falls short each tranche's charges matter ({@code m + 2} channels). Then J = A Bᵀ with A =
   * dF/dz from {@link #tangentColumn} and B from the slopes of the interest formulas, and by the
   * Woodbury identity (I − A Bᵀ)⁻¹ r = r + A (I − Bᵀ A)⁻¹ Bᵀ r. A moves the closings, the cash and
   * the dividend only through four scalars per channel (draw, excess cash, cash left at a
   * shortfall, dividend), so the system reduces to 4 × 4 whatever the number of tranches; it is
   * the identity minus a few per cent (the year's slopes) and is solved without pivoting. Only an
   * accelerator: the caller still stops on a genuine fixed-point test.
   *
   * @return false outside the pieces the tangent covers (SCOP) or when the system is singular; the
   *     caller then continues with Anderson mixing
   */
  private boolean newtonStep(int m) {
    if (coop != null) {
      return false;
    }
    boolean perTranche = eShortfall > 0.0;
    if (perTranche && pariPassu && eShortPosition < m) {
      int first = priority[eShortPosition];
      if (eShortPosition + 1 < m && group[priority[eShortPosition + 1]] == group[first]) {
        return false; // a pari passu group falls short: pro rata shares, not an affine piece
      }
    }
    findPiece();
    int shortTranche = perTranche && eShortPosition < m ? priority[eShortPosition] : -1;
    // The channels that move with the guesses and, per channel row j of Bᵀ A, its coefficients on
    // the columns' scalars: Bᵀ A[j][c] = P_j ΔtoDraw_c + Q_j Δexcess_c + L_j Δleft_c
    // + V_j Δdividend_c + K_j [j = c]; a closing balance moves by draw share × ΔtoDraw − sweep
    // share × Δexcess, plus its own unpaid interest after a shortfall.
    int n = 0;
    // sums of the operating company's and of the holding's tranches (when every payment is made)
    double drawsOpco = 0.0;
    double sweepsOpco = 0.0;
    double rightOpco = 0.0;
    double drawsHolding = 0.0;
    double sweepsHolding = 0.0;
    double rightHolding = 0.0;
    int seedOpco = -1;
    int seedHolding = -1;
    for (int i = 0; i < m; i++) {
      double slope = 0.0;
      if (average) {
        double basis = 0.5 * (balance[i] + guess[i]);
        slope = basis > 0.0 ? 0.5 * rate[i] : 0.0;
        if (revolver[i] && limit[i] - basis > 0.0) {
          slope -= 0.5 * commitmentRate[i];
        }
      }
      if (slope == 0.0) {
        channelOf[i] = -1;
        continue;
      }
      double draws = i == pDrawTaker ? slope : 0.0;
      // takerShare covers both cases; without groups its test is inlined (the hot path)
      double sweeps =
          pariPassu ? slope * pSweepShare * takerShare(i)
              : i == eSweepTaker ? slope * pSweepShare : 0.0;
      double right = slope * step[i];
      if (perTranche) {
        // a channel per tranche: its own unpaid interest after the shortfall
        int j = n++;
        channelSeed[j] = i;
        channelOf[i] = j;
        double own =
            (position[i] > eShortPosition ? 1.0 : 0.0) + (i == shortTranche ? 1.0 : 0.0);
        ownShare[i] = own;
        setRow(j, draws, -sweeps, 0.0, right);
        rowK[j] = slope * own;
        rowL[j] = i == shortTranche ? -slope : 0.0;
      } else if (holding[i]) {
        seedHolding = seedHolding < 0 ? i : seedHolding;
        drawsHolding += draws;
        sweepsHolding += sweeps;
        rightHolding += right;
      } else {
        seedOpco = seedOpco < 0 ? i : seedOpco;
        drawsOpco += draws;
        sweepsOpco += sweeps;
        rightOpco += right;
      }
    }
    if (seedOpco >= 0) {
      channelSeed[n] = seedOpco;
      setRow(n++, drawsOpco, -sweepsOpco, 0.0, rightOpco);
    }
    if (seedHolding >= 0) {
      channelSeed[n] = seedHolding;
      setRow(n++, drawsHolding, -sweepsHolding, 0.0, rightHolding);
    }
    double incomeSlope =
        average && 0.5 * (cash + guess[m]) > 0.0 ? 0.5 * yInterestOnCash : 0.0;
    int incomeChannel = -1;
    if (incomeSlope != 0.0) {
      incomeChannel = n++;
      setRow(incomeChannel, 0.0, incomeSlope * pCash, 0.0, incomeSlope * step[m]);
    }
    int dividendChannel = -1;
    if (hasHolding) {
      dividendChannel = n++;
      setRow(dividendChannel, 0.0, 0.0, 1.0, step[m + 1]);
    }
    for (int c = 0; c < n; c++) {
      boolean charges = c != incomeChannel && c != dividendChannel;
      tangentColumn(
          c, perTranche, charges ? channelSeed[c] : -1, c == incomeChannel, c == dividendChannel);
    }
    // M u = Bᵀ r with M = I − Bᵀ A. Row j of M reads (1 − K_j) u_j − P_j T − Q_j E − L_j F − V_j D
    // = R_j, where T, E, F, D are the column scalars' combinations Σ_c col(c) u_c: so
    // u_j = (R_j + P_j T + Q_j E + L_j F + V_j D) / (1 − K_j), and (T, E, F, D) solve the 4 × 4
    // system (I − G) s = h with G_ab = Σ_j col_a(j) U_b(j) / (1 − K_j), h_a = Σ_j col_a(j) R_j /
    // (1 − K_j) — whatever the number of channels.
    // G (4 × 4) and h, accumulated in locals: row a is the column scalar a (draw, excess, left,
    // dividend), column b the row coefficient b (P, Q, L, V)
    double g00 = 0.0, g01 = 0.0, g02 = 0.0, g03 = 0.0, h0 = 0.0;
    double g10 = 0.0, g11 = 0.0, g12 = 0.0, g13 = 0.0, h1 = 0.0;
    double g20 = 0.0, g21 = 0.0, g22 = 0.0, g23 = 0.0, h2 = 0.0;
    double g30 = 0.0, g31 = 0.0, g32 = 0.0, g33 = 0.0, h3 = 0.0;
    for (int j = 0; j < n; j++) {
      double own = rowK[j];
      if (!(Math.abs(1.0 - own) > NEWTON_PIVOT)) {
        return false;
      }
      double scale = own == 0.0 ? 1.0 : 1.0 / (1.0 - own);
      rowScale[j] = scale;
      double p = rowP[j] * scale;
      double q = rowQ[j] * scale;
      double l = rowL[j] * scale;
      double v = rowV[j] * scale;
      double r = rowR[j] * scale;
      double c0 = colToDraw[j];
      double c1 = colExcess[j];
      double c2 = colLeft[j];
      double c3 = colDividend[j];
      g00 += c0 * p;
      g01 += c0 * q;
      g02 += c0 * l;
      g03 += c0 * v;
      h0 += c0 * r;
      g10 += c1 * p;
      g11 += c1 * q;
      g12 += c1 * l;
      g13 += c1 * v;
      h1 += c1 * r;
      g20 += c2 * p;
      g21 += c2 * q;
      g22 += c2 * l;
      g23 += c2 * v;
      h2 += c2 * r;
      g30 += c3 * p;
      g31 += c3 * q;
      g32 += c3 * l;
      g33 += c3 * v;
      h3 += c3 * r;
    }
    // (I − G) s = h by Gaussian elimination: G is a few per cent, so no pivoting is needed
    double a00 = 1.0 - g00, a01 = -g01, a02 = -g02, a03 = -g03;
    double a10 = -g10, a11 = 1.0 - g11, a12 = -g12, a13 = -g13;
    double a20 = -g20, a21 = -g21, a22 = 1.0 - g22, a23 = -g23;
    double a30 = -g30, a31 = -g31, a32 = -g32, a33 = 1.0 - g33;
    if (!(Math.abs(a00) > NEWTON_PIVOT)) {
      return false;
    }
    double i0 = 1.0 / a00;
    double f = a10 * i0;
    a11 -= f * a01;
    a12 -= f * a02;
    a13 -= f * a03;
    h1 -= f * h0;
    f = a20 * i0;
    a21 -= f * a01;
    a22 -= f * a02;
    a23 -= f * a03;
    h2 -= f * h0;
    f = a30 * i0;
    a31 -= f * a01;
    a32 -= f * a02;
    a33 -= f * a03;
    h3 -= f * h0;
    if (!(Math.abs(a11) > NEWTON_PIVOT)) {
      return false;
    }
    double i1 = 1.0 / a11;
    f = a21 * i1;
    a22 -= f * a12;
    a23 -= f * a13;
    h2 -= f * h1;
    f = a31 * i1;
    a32 -= f * a12;
    a33 -= f * a13;
    h3 -= f * h1;
    if (!(Math.abs(a22) > NEWTON_PIVOT)) {
      return false;
    }
    double i2 = 1.0 / a22;
    f = a32 * i2;
    a33 -= f * a23;
    h3 -= f * h2;
    if (!(Math.abs(a33) > NEWTON_PIVOT)) {
      return false;
    }
    double dividend = h3 / a33;
    double left = (h2 - a23 * dividend) * i2;
    double excess = (h1 - a12 * left - a13 * dividend) * i1;
    double toDraw = (h0 - a01 * excess - a02 * left - a03 * dividend) * i0;
    // x ← x + r + A u
    if (average) {
      for (int i = 0; i < m; i++) {
        double d = step[i];
        if (i == pDrawTaker) {
          d += toDraw;
        }
        if (pariPassu) {
          d -= pSweepShare * excess * takerShare(i);
        } else if (i == eSweepTaker) {
          d -= pSweepShare * excess;
        }
        int j = channelOf[i];
        if (perTranche) {
          if (j >= 0) {
            double uj =
                (rowR[j] + rowP[j] * toDraw + rowQ[j] * excess + rowL[j] * left
                    + rowV[j] * dividend) * rowScale[j];
            d += ownShare[i] * uj;
          }
          if (i == shortTranche) {
            d -= left;
          }
        }
        guess[i] += d;
      }
      guess[m] += step[m] + pCash * excess;
    }
    guess[m + 1] += step[m + 1] + dividend;
    return true;
  }

  /**
   * @return the part of the pot's change that tranche i takes on the last evaluation's piece: 1 for
   *     the tranche (or revolver) that took the rest of the excess cash, its pro rata weight for
   *     each sweeping member of a pari passu group that did, 0 for the others
   */
  private double takerShare(int i) {
    int taker = eSweepTaker;
    if (taker < 0) {
      return 0.0;
    }
    if (!pariPassu || eRevolverTakes) {
      return i == taker ? 1.0 : 0.0;
    }
    return group[i] == group[taker] && trancheArray[i].sweep() && !revolver[i]
        ? sweepWeight[i] : 0.0;
  }

  /** Sets a channel row that no tranche feeds: coefficients on Δexcess, Δdividend, and Bᵀ r. */
  private void setRow(int j, double p, double q, double v, double right) {
    rowP[j] = p;
    rowQ[j] = q;
    rowL[j] = 0.0;
    rowV[j] = v;
    rowK[j] = 0.0;
    rowR[j] = right;
  }

  /**
   * The piece the last {@link #evaluate} fell in, as the tangent needs it: the participation's
   * slopes, whether the revolver draw moves, where the first payment falls short, and how a unit
   * of excess cash is shared between the revolver, the sweep, distributions and cash. Found once
   * per Newton step, shared by its columns.
   */
  private void findPiece() {
    double wages = participation.grossWageShare() * yPersonnel;
    pRspSlopeProfit = participation.reserveSlopeB(eRsp, wages, eLegalValueAdded, yHeadcount);
    pRspSlopeValueAdded = participation.reserveSlopeVa(eRsp, eLegalValueAdded, yHeadcount);
    pDrawMoves = eNeed > 0.0 && eNeed < yHeadroom;
    pDrawTaker = pDrawMoves ? eDrawTaker : -1;
    // a unit of excess cash: the revolver first, then the sweep, distributions, cash
    double e = 1.0;
    pHoldingSwept = 0.0;
    pDistribution = 0.0;
    pSweepShare = 0.0;
    if (eShortfall <= DEFAULT_TOLERANCE && eExcessBeforeSweep > 0.0) {
      if (eSweepTaker >= 0) {
        pSweepShare = eRevolverTakes ? e : cashSweep * e;
        pHoldingSwept = holding[eSweepTaker] ? pSweepShare : 0.0;
        e -= pSweepShare;
      }
      // a distribution cut down to the lock-up's cap does not move with the cash (§5.5)
      pDistribution = eDistributionCapped ? 0.0 : distributionShare * e;
      e -= pDistribution;
    }
    pCash = e;
  }

  /**
   * Tangent-linear of the last {@link #evaluate} outside a SCOP, on the piece found by {@link
   * #findPiece}, along one direction: the derivatives of the revolver draw, of the excess cash
   * before the sweep, of the cash left at a shortfall and of the dividend, written into entry
   * {@code c} of {@link #colToDraw}, {@link #colExcess}, {@link #colLeft} and {@link
   * #colDividend} (the closing balances and the cash move with them through the piece's shares).
   * The direction moves the variable charges of tranche {@code seed} (none when −1), the interest
   * earned on cash, or the dividend guess by one unit. It follows evaluate step by step; the values
   * themselves are computed only there.
   */
  private void tangentColumn(
      int c, boolean perTranche, int seed, boolean income, boolean dividend) {
    int m = book.m;
    double dIncome = income ? 1.0 : 0.0;
    double dDividendGuess = dividend ? 1.0 : 0.0;
    double dOpcoCharges = seed >= 0 && !holding[seed] ? 1.0 : 0.0;
    double dHoldingCharges = seed >= 0 && holding[seed] ? 1.0 : 0.0;
    // income tax of the operating company, participation
    double dPreTax = -dOpcoCharges + dIncome;
    double dOpcoNetCharges = dOpcoCharges - dIncome;
    TaxPosition o = opcoTaxOut;
    double dOpcoTax = o.taxSlopeIncome * dPreTax + o.taxSlopeCharges * dOpcoNetCharges;
    double dProfit =
        o.taxableSlopeIncome * dPreTax + o.taxableSlopeCharges * dOpcoNetCharges - dOpcoTax;
    double dValueAdded = dOpcoCharges + dPreTax;
    double dRsp = pRspSlopeProfit * dProfit + pRspSlopeValueAdded * dValueAdded;
    double dForfait = participation.forfaitSocial() * dRsp;
    // tax of the group or of the holding
    double dGroupPreTax = dPreTax - dHoldingCharges;
    double dTaxDue;
    double dHoldingTaxCash;
    if (taxGroup) {
      TaxPosition g = groupTaxOut;
      dTaxDue =
          g.taxSlopeIncome * (dGroupPreTax + tax.groupDividendAddBack() * dDividendGuess)
              + g.taxSlopeCharges * (dOpcoCharges + dHoldingCharges - dIncome)
              + g.taxSlopeOffset * ePreGroupSlope * dPreTax;
      dHoldingTaxCash = dTaxDue - dOpcoTax;
    } else if (hasHolding) {
      TaxPosition h = holdingTaxOut;
      double dHoldTax =
          h.taxSlopeIncome * (-dHoldingCharges + tax.dividendAddBack() * dDividendGuess)
              + h.taxSlopeCharges * dHoldingCharges;
      dTaxDue = dOpcoTax + dHoldTax;
      dHoldingTaxCash = dHoldTax;
    } else {
      dTaxDue = dOpcoTax;
      dHoldingTaxCash = 0.0;
    }
    double dFcf = -dTaxDue + dIncome;
    // debt service in order of priority, drawing the revolver when the cash is short
    double dDue = dOpcoCharges + dHoldingCharges;
    double dToDraw = pDrawMoves ? dDue - dFcf : 0.0;
    double dAvailable = dFcf + dToDraw;
    double dExcess;
    double dHoldingPaid;
    double dLeft = 0.0;
    if (perTranche) {
      // tranches before the shortfall are paid in full, the one at it gets what is left, the
      // ones after it nothing (their unpaid interest is added to their balance)
      int seedPosition = seed >= 0 ? position[seed] : m;
      dLeft = eAvailable > 0.0 ? dAvailable : 0.0;
      if (seedPosition < eShortPosition) {
        dLeft -= 1.0;
      }
      dExcess = eAvailable > 0.0 ? 0.0 : dAvailable;
      dHoldingPaid = seedPosition < eShortPosition && holding[seed] ? 1.0 : 0.0;
      if (eShortPosition < m && holding[priority[eShortPosition]]) {
        dHoldingPaid += dLeft;
      }
    } else {
      dExcess = dAvailable - dDue;
      dHoldingPaid = dHoldingCharges;
    }
    colToDraw[c] = dToDraw;
    colExcess[c] = dExcess;
    colLeft[c] = dLeft;
    double dHoldingSwept = pHoldingSwept * dExcess;
    double dDistribution = pDistribution * dExcess;
    double dDividend = 0.0;
    if (hasHolding && eUpstream > 0.0) {
      if (eUpstream <= eDistributable) {
        dDividend = dHoldingPaid + dHoldingSwept + dHoldingTaxCash + dDistribution;
      } else if (eDistributable > 0.0) {
        dDividend = dPreTax - dRsp - dForfait - dOpcoTax;
      }
    }
    colDividend[c] = dDividend;
  }

  /**
   * One Anderson step: γ = argmin ‖r − ΔR γ‖ (normal equations, Gaussian elimination with partial
   * pivoting), x ← x + r − (ΔX + ΔR) γ.
   *
   * @return false when the least-squares system is degenerate (the caller takes a plain step)
   */
  private boolean andersonStep(int dim, int stored) {
    int n = stored;
    for (int a = 0; a < n; a++) {
      double[] dra = dr[a];
      double rhs = 0.0;
      for (int k = 0; k < dim; k++) {
        rhs += dra[k] * step[k];
      }
      gram[a][n] = rhs;
      for (int b = 0; b <= a; b++) {
        double[] drb = dr[b];
        double g = 0.0;
        for (int k = 0; k < dim; k++) {
          g += dra[k] * drb[k];
        }
        gram[a][b] = g;
        gram[b][a] = g;
      }
    }
    double trace = 0.0;
    for (int a = 0; a < n; a++) {
      trace += gram[a][a];
    }
    if (!(trace > 0.0)) {
      return false;
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(gram[row][col]) > Math.abs(gram[pivot][col])) {
          pivot = row;
        }
      }
      if (Math.abs(gram[pivot][col]) <= 1e-12 * trace) {
        return false;
      }
      double[] tmp = gram[pivot];
      gram[pivot] = gram[col];
      gram[col] = tmp;
      for (int row = col + 1; row < n; row++) {
        double f = gram[row][col] / gram[col][col];
        for (int c = col; c <= n; c++) {
          gram[row][c] -= f * gram[col][c];
        }
      }
    }
    for (int row = n - 1; row >= 0; row--) {
      double v = gram[row][n];
      for (int c = row + 1; c < n; c++) {
        v -= gram[row][c] * gamma[c];
      }
      gamma[row] = v / gram[row][row];
    }
    for (int a = 0; a < n; a++) {
      double g = gamma[a];
      double[] dxa = dx[a];
      double[] dra = dr[a];
      for (int k = 0; k < dim; k++) {
        step[k] -= (dxa[k] + dra[k]) * g;
      }
    }
    for (int k = 0; k < dim; k++) {
      guess[k] += step[k];
    }
    return true;
  }

  /** The parts of the year that do not depend on the guesses: rates, PIK, schedules, fees. */
  private void prepareYear(int t) {
    int y = t + 1;
    yRevenue = table.revenue[t];
    yMinCash = deal.operations().minimumCash()[t];
    yInterestOnCash = deal.operations().interestOnCash()[t];
    yHoldingCosts = hasHolding ? deal.structure().holdingCosts()[t] : 0.0;
    // only a holding holds the shares bought: a push-down's fees end in the merger's mali (§3);
    // the shares are sold at the exit, so the year a forward exit multiple adds deducts nothing
    yAcquisitionCost = hasHolding && t <= exitIndex
        ? tax.acquisitionCostAmortisation(acquisitionFees, t) : 0.0;
    yEbit = table.ebit[t];
    yEbitda = table.ebitda[t];
    yDepreciation = table.depreciation[t];
    yPersonnel = table.personnelCosts[t];
    yOtherTaxes = table.otherTaxes[t];
    yHeadcount = table.headcount[t];
    yCapex = table.capex[t];
    yChangeInWc = table.changeInWorkingCapital[t];
    yFixedOpco = 0.0;
    prepareParticipation(t);
    yFixedHolding = 0.0;
    eFeeExpense = 0.0;
    yPrincipalDue = 0.0;
    yHeadroom = 0.0;
    yDrawStopped = t > 0 && CreditStatistics.stopsNextYear(deal.covenants(), table, t - 1);
    yHedgeReceived = 0.0;
    yHedgeReceivedHolding = 0.0;
    yHedgeNet = 0.0;
    yHedgePremium = 0.0;
    double debtOpen = 0.0;
    for (int i = 0; i < book.m; i++) {
      Tranche tr = trancheArray[i];
      double open = balance[i];
      debtOpen += Math.max(0.0, open);
      double pikNow = tr.pikRate()[t] * Math.max(0.0, open);
      boolean isRevolver = revolver[i];
      rate[i] = tr.cashRate()[t];
      pk[i] = pikNow;
      double mandatory;
      // a tranche maturing in the exit year is repaid by the sale (§5.3): not due from the exit
      // year's cash; in the year after it that a forward exit multiple adds, the buyout's debt
      // has been repaid by the sale, so no maturity of that year or of the exit is due either
      boolean repaidBySale = t >= exitIndex && tr.maturity() >= exitIndex + 1;
      if (tr.maturity() > 0 && y >= tr.maturity() && !repaidBySale) {
        mandatory = open + pikNow;
      } else if (isRevolver) {
        mandatory = 0.0;
      } else {
        // this year's instalment and what earlier years left unpaid (a default continues until
        // the arrears are paid), within what is owed. A tranche that matures in the exit year pays
        // its instalment from the year's cash like any other year; the rest of its balance (a
        // bullet, the capitalised interest) falls due on the day of the sale, which repays it in
        // the exit waterfall (§5.4, review 12 finding 1)
        mandatory = Math.min(tr.repayment()[t] * book.principal(i) + arrears[i], open);
      }
      due[i] = mandatory;
      yPrincipalDue += mandatory;
      double fee = book.feeExpense(i, t);
      feeNow[i] = fee;
      eFeeExpense += fee;
      double hedgeCharge = hedged ? hedge(i, t) : 0.0;
      if (holding[i]) {
        yFixedHolding += pikNow + fee + hedgeCharge;
      } else {
        yFixedOpco += pikNow + fee + hedgeCharge;
      }
      if (isRevolver && !yDrawStopped) {
        yHeadroom += Math.max(0.0, limit[i] - open);
      }
    }
    eShlInterest = 0.0;
    ePrefAccrued = 0.0;
    yShlNonDeductible = 0.0;
    double deductibleRate = tax.relatedPartyRate()[t];
    double loans = 0.0;
    double relatedLoans = 0.0;
    for (int k = 0; k < equityArray.length; k++) {
      EquityClass c = equityArray[k];
      if (c.kind() == EquityClass.Kind.SHAREHOLDER_LOAN) {
        double owed = quasiEquity[k];
        eShlInterest += c.coupon() * owed;
        // the coupon above the related-party rate is not deductible (CGI art. 39-1-3°)
        yShlNonDeductible += Math.max(0.0, c.coupon() - deductibleRate) * owed;
        loans += owed;
        relatedLoans += relatedLoan[k] ? owed : 0.0;
      } else if (c.kind() == EquityClass.Kind.PREFERRED) {
        ePrefAccrued += c.coupon() * quasiEquity[k];
      }
    }
    prepareReserveCap();
    // The share of the charges under the thin-capitalisation cap (212 bis VII), from the opening
    // balances: loans of related lenders, the taxpayer's equity and all its debt. The taxpayer is
    // the tax group or the push-down company; a holding outside a group is not tested (§5.2).
    yThinShare = relatedLoans <= 0.0 || (hasHolding && !taxGroup)
        ? 0.0
        : tax.thinCap().excessShare(relatedLoans, taxGroup ? groupEquity : opcoBookEquity,
            loans + debtOpen);
  }

  /**
   * The year's legal cap on the distribution (§5.5): a dividend needs distributable sums (C. com.
   * L232-11), those of the last closed accounts at the start of the year: without a holding, the
   * company's reserves; with one, the holding's, taken as the group's earnings retained since the
   * closing (as if the company upstreamed its profit each year: the holding's result is then the
   * group's), within the company's reserves, which it would upstream; a shareholder loan is
   * repaid, its accrued coupon included, without any. So the year may pay out at most what its
   * shareholder loans are owed at the year end (their coupon accrued, as {@link #distribute}
   * finds them) plus those reserves. A constant of the year: the Newton step's piece where the
   * distribution is capped applies unchanged.
   */
  private void prepareReserveCap() {
    openingReserves = distributableRoom();
    if (ordinaryShare == null || coop != null || !(distributionShare > 0.0)) {
      yReserveCap = Double.POSITIVE_INFINITY;
      return;
    }
    double loans = 0.0;
    for (int k = 0; k < equityArray.length; k++) {
      EquityClass c = equityArray[k];
      if (c.kind() == EquityClass.Kind.SHAREHOLDER_LOAN) {
        loans += Math.max(0.0, quasiEquity[k] * (1.0 + c.coupon()));
      }
    }
    yReserveCap = loans + openingReserves + premiumRoom();
  }

  /**
   * @return what may be paid out as dividends now, at least 0 (§5.5): the company's distributable
   *     reserves; with a holding, what it may pay out of its own accounts, the group's earnings
   *     retained since the closing (the company's profit upstreamed, less the holding's charges,
   *     costs and tax, less the dividends paid), within the company's reserves, which it upstreams
   */
  private double distributableRoom() {
    return Math.max(0.0, reservesNet());
  }

  /**
   * @return {@link #distributableRoom} before it is floored at 0: negative when the losses carried
   *     forward exceed the reserves
   */
  private double reservesNet() {
    // the group's equity falls by the premium paid out as by a dividend: the retained earnings
    // are measured from the equity contributed, which the premium paid out lowers
    double contributed = premiumRows == null ? closingGroupEquity
        : closingGroupEquity - (premiumGiven - premiumLeft);
    return hasHolding ? Math.min(reserves, groupEquity - contributed) : reserves;
  }

  /**
   * @return the share premium not yet distributed that may be paid out now (§5.5): the losses
   *     carried forward beyond the reserves absorb it first, since no distribution may bring the
   *     equity below the capital (C. com. L232-11, review 38, M1), so that the reserves and the
   *     premium together pay out at most max(0, R + P)
   */
  private double premiumRoom() {
    return Math.max(0.0, premiumLeft + Math.min(0.0, reservesNet()));
  }

  /**
   * @param paid a dividend
   * @param reservesLeft what the reserves can still pay (the dividends paid before it taken)
   * @return the part of {@code paid} that the share premium pays: the dividends take the reserves
   *     first (CGI art. 112-1°, §5.5)
   */
  private static double fromPremium(double paid, double reservesLeft) {
    return Math.max(0.0, paid - Math.max(0.0, reservesLeft));
  }

  /**
   * The share premium is part of what the shareholders paid for their shares (§5.5): it cannot
   * exceed the shares subscribed at the closing (every equity class but the shareholder loans), nor,
   * under a push-down whose merged equity is given, that equity.
   */
  private void checkPremium(Entry entry, org.reprise.model.Structure structure) {
    if (premiumGiven <= 0.0) {
      return;
    }
    double subscribed = subscribedEquity(entry);
    if (premiumGiven > subscribed) {
      throw new org.reprise.model.DealException("structure.sharePremium",
          org.reprise.model.Structure.premiumAboveShares(subscribed, premiumGiven));
    }
    double merged = structure.mergedEquity();
    if (structure.kind() == org.reprise.model.Structure.Kind.PUSHDOWN && premiumGiven > merged) {
      throw new org.reprise.model.DealException("structure.sharePremium",
          org.reprise.model.Structure.premiumAboveMergedEquity(merged, premiumGiven));
    }
  }

  /**
   * The hedge of tranche i in year index t (§5.1): its notional follows the tranche's scheduled
   * balance (the amount at closing less the contractual repayments, never the sweep) times the
   * hedged share, averaged over the year under the average convention; its net settlement is paid
   * with the tranche's interest or, when received, added to the year's resources; a cap's premium
   * is expensed straight-line over its years. None of it depends on the year's guesses, so the
   * Newton step's tangent is unchanged (a constant of the year). Sets {@link #hedgePay} and adds to
   * the year's hedge totals.
   *
   * @return the financial charge of the year: the net settlement plus the premium expensed
   */
  private double hedge(int i, int t) {
    hedgePay[i] = 0.0;
    Tranche tr = trancheArray[i];
    org.reprise.model.Hedge h = tr.hedge();
    if (h == null || t >= h.years() || t > exitIndex) {
      return 0.0;
    }
    double initial = book.initial[i];
    double[] shares = tr.repayment();
    double repaidBefore = 0.0;
    for (int s = 0; s < t; s++) {
      repaidBefore += shares[s];
    }
    int maturity = tr.maturity();
    // a loan maturing in the exit year is repaid by the sale at the year's end (§5.3): it is
    // outstanding, and hedged, all year
    boolean repaidBySale = t >= exitIndex && maturity >= exitIndex + 1;
    double open = maturity > 0 && t >= maturity ? 0.0 : initial * Math.max(0.0, 1.0 - repaidBefore);
    double close =
        maturity > 0 && t + 1 >= maturity && !repaidBySale ? 0.0
            : initial * Math.max(0.0, 1.0 - repaidBefore - shares[t]);
    double scheduled = average ? 0.5 * (open + close) : open;
    double settlement = h.settlement(t, h.share() * scheduled);
    double premium = hedgePremiums[i] / h.years();
    if (settlement > 0.0) {
      hedgePay[i] = settlement;
    } else {
      yHedgeReceived -= settlement;
      if (holding[i]) {
        yHedgeReceivedHolding -= settlement;
      }
    }
    yHedgeNet += settlement;
    yHedgePremium += premium;
    return settlement + premium;
  }

  /**
   * The participation paid this year (§5.8): last year's reserve and forfait social; with blocked
   * accounts, last year's reserve is credited to them instead, net of the employees' levies
   * (withheld and paid over now), the reserves credited {@code blockedYears} years ago are released
   * and paid (with the interest added to them, when it is capitalised: credit × (1 + r)^n), with
   * the early releases of every credit still held when the rules give some, the amounts the
   * accounts held at the closing as they fall due (or are released early), and the balance
   * outstanding during the year (the credit and the releases all made at its start) bears
   * interest, a financial charge of the operating company, paid to the employees or added to the
   * accounts.
   */
  private void prepareParticipation(int t) {
    int years = participation.blockedYears();
    if (years == 0) {
      yBlockedCredit = 0.0;
      yBlockedRelease = 0.0;
      yBlockedInterest = 0.0;
      yBlockedInterestPaid = 0.0;
      yParticipationCash = participationDue;
      return;
    }
    double rate = participation.blockedRate();
    double levies = participation.blockedCreditLevies();
    // the employees' CSG and CRDS are withheld at the credit and paid over then (§5.8)
    yBlockedCredit = reserveDue * (1.0 - levies);
    // what the credit of year t − m pays now: its early release (R3324-22), the year's own credit
    // included, or at the end of its period what it still holds, grown by (1 + r) a year while
    // the interest is capitalised (§5.8); without early releases only the credit of t − n pays
    double released = yBlockedCredit * participation.blockedReleaseShare(0);
    for (int m = 1; m <= Math.min(years, t); m++) {
      released += table.participationBlocked[t - m] * participation.blockedReleaseShare(m);
    }
    // what the accounts held at the closing: the amount whose period ends in year j is, from the
    // closing on, a credit of year 1 with j − 1 years left, so year t + 1 releases
    // blockedReleaseShare(t, j − 1) of it (§5.8)
    List<Double> opening = participation.blockedOpening();
    for (int j = t + 1; j <= opening.size(); j++) {
      released += opening.get(j - 1) * participation.blockedReleaseShare(t, j - 1);
    }
    yBlockedRelease = released;
    yBlockedInterest = rate * (blockedBalance + yBlockedCredit - yBlockedRelease);
    yParticipationCash = participationDue - yBlockedCredit + yBlockedRelease;
    yBlockedInterestPaid = participation.blockedInterestCapitalised() ? 0.0 : yBlockedInterest;
  }

  /**
   * The equity subscribed at entry: every equity class but the shareholder loans, transaction
   * fees included (they are capitalised in the cost of the shares, §3). It is the opening equity
   * of the tax group, and of the company merged with its acquisition holding under a push-down
   * (the shares bought are cancelled against the target's equity, the difference being a
   * technical merger deficit, an asset).
   */
  private double subscribedEquity(Entry entry) {
    double[] amounts = entry.equityAmounts();
    double sum = 0.0;
    for (int k = 0; k < equityArray.length; k++) {
      sum += equityArray[k].kind() == EquityClass.Kind.SHAREHOLDER_LOAN ? 0.0 : amounts[k];
    }
    return sum;
  }

  /**
   * The thin-capitalisation test's fixed facts (CGI art. 212 bis VII): which shareholder loans are
   * owed to a related lender, that is to a holder of more than half of the ordinary shares (CGI
   * art. 39-12 a), and the group's equity at entry (every class but the shareholder loans).
   */
  private void startThinCap(Entry entry) {
    int n = equityArray.length;
    groupEquity = subscribedEquity(entry);
    double[] amounts = entry.equityAmounts();
    // the related loans follow from the equity classes, their amounts and the rule alone: the
    // Monte Carlo's paths share all three (the same objects), so they are found once
    if (equity == relatedFor && amounts == relatedAmounts && tax.thinCap() == relatedRule) {
      return;
    }
    relatedFor = null; // until relatedLoan is this run's
    if (relatedLoan.length != n) {
      relatedLoan = new boolean[n];
    }
    boolean loans = false;
    for (int k = 0; k < n; k++) {
      loans |= equityArray[k].kind() == EquityClass.Kind.SHAREHOLDER_LOAN;
      relatedLoan[k] = false;
    }
    if (loans && tax.thinCap().applies()) {
      double[] own = ExitWaterfall.ownership(equity, amounts);
      for (int k = 0; k < n; k++) {
        EquityClass c = equityArray[k];
        if (c.kind() == EquityClass.Kind.SHAREHOLDER_LOAN) {
          double held = 0.0;
          for (int j = 0; j < n; j++) {
            held += equityArray[j].holder().equals(c.holder()) ? own[j] : 0.0;
          }
          relatedLoan[k] = held > CONTROL;
        }
      }
    }
    relatedFor = equity;
    relatedAmounts = amounts;
    relatedRule = tax.thinCap();
  }

  /** Evaluates year t from the carried state and the guesses; writes only scratch fields. */
  private void evaluate(int t, double[] x) {
    int m = book.m;
    double cashGuess = x[m];
    double dividendGuess = x[m + 1];
    double revenue = yRevenue;
    double minCash = yMinCash;

    // the interest on the blocked participation accounts is the operating company's charge
    double opcoCharges = yFixedOpco + yBlockedInterest;
    double holdingCharges = yFixedHolding;
    double interestDue = 0.0;
    for (int i = 0; i < m; i++) {
      double open = balance[i];
      double basis = average ? 0.5 * (open + x[i]) : open;
      double interest = rate[i] * Math.max(0.0, basis);
      double fee = revolver[i] ? commitmentRate[i] * Math.max(0.0, limit[i] - basis) : 0.0;
      ci[i] = interest;
      cf[i] = fee;
      draw[i] = 0.0; // set below for the revolvers drawn
      swept[i] = 0.0; // set below for the tranches repaid out of the excess cash
      double charges = interest + fee;
      if (holding[i]) {
        holdingCharges += charges;
      } else {
        opcoCharges += charges;
      }
      interestDue += charges + hedgePay[i];
    }
    // the debt service due nets the hedges' receipts (a facility agreement's definition, §5.3)
    eDue = interestDue + yPrincipalDue - yHedgeReceived;
    double headroom = yHeadroom;
    if (hasHolding) {
      holdingCharges += eShlInterest;
    } else {
      opcoCharges += eShlInterest;
    }
    double cashBasis = average ? 0.5 * (cash + cashGuess) : cash;
    eInterestIncome = yInterestOnCash * Math.max(0.0, cashBasis);

    // Income tax (docs/methodology.md, "Income tax").
    eOpcoPreTax = yEbit - opcoCharges + eInterestIncome;
    eOpcoCharges = opcoCharges;
    eHoldingCharges = holdingCharges;
    eShlOpco = hasHolding ? 0.0 : eShlInterest;
    // last year's participation and forfait social are deducted in the year they are paid
    double workGuess = coop == null ? 0.0 : x[m + 2];
    double provision = provisionAllowed() ? x[m + 3] : 0.0;
    // without a holding the shareholder loans are the operating company's
    double opcoNonDeductible = hasHolding ? 0.0 : yShlNonDeductible;
    double opcoTaxable =
        eOpcoPreTax - participationDue - workGuess - provision + opcoNonDeductible;
    double depreciation = yDepreciation;
    eOpcoTax =
        CorporateTax.compute(
            tax, t, opcoTaxable, opcoCharges - eInterestIncome - opcoNonDeductible, depreciation,
            revenue, hasHolding ? 0.0 : yThinShare, opcoTax, opcoTaxOut);
    // Participation (C. trav. L3324-1): RSP = ½ (B − 5 % C) × S / VA, on the stand-alone figures
    double legalValueAdded =
        yPersonnel + yOtherTaxes + opcoCharges + depreciation + eOpcoPreTax;
    eLegalValueAdded = legalValueAdded;
    if (coop == null) {
      // B = taxable profit − its tax, C = book equity (a SCOP's reserve waits for its closing
      // capital, after the waterfall below)
      reserve(opcoTaxOut.taxableIncome - eOpcoTax, opcoBookEquity, legalValueAdded);
      eWork = 0.0;
      eCoopDividend = 0.0;
    }
    double holdingCosts = yHoldingCosts;
    eHoldingCosts = holdingCosts;
    double holdingTaxCash = 0.0;
    eGroupPreTax = eOpcoPreTax - holdingCharges - holdingCosts;
    eDisallowed = opcoTaxOut.disallowedThisYear;
    if (taxGroup) {
      double addBack = tax.groupDividendAddBack() * dividendGuess;
      preGroupUse(opcoTaxable);
      // the amortisation of the acquisition costs is deducted like depreciation, so it leaves
      // the tax EBITDA of the interest cap where it was (212 bis II 2°)
      eTaxDue =
          CorporateTax.compute(
              tax, t,
              eGroupPreTax - participationDue + addBack + yShlNonDeductible - yAcquisitionCost,
              opcoCharges + holdingCharges - eInterestIncome - yShlNonDeductible,
              depreciation + yAcquisitionCost, revenue, yThinShare, ePreGroupUsed, groupTax,
              groupTaxOut);
      holdingTaxCash = eTaxDue - eOpcoTax;
      eDisallowed = groupTaxOut.disallowedThisYear;
    } else if (hasHolding) {
      double addBack = tax.dividendAddBack() * dividendGuess;
      double holdTax =
          CorporateTax.compute(
              tax, t,
              -holdingCharges - holdingCosts + addBack + yShlNonDeductible - yAcquisitionCost,
              holdingCharges - yShlNonDeductible, yAcquisitionCost, 0.0, 0.0, holdingTax,
              holdingTaxOut);
      eTaxDue = eOpcoTax + holdTax;
      holdingTaxCash = holdTax;
      eDisallowed += holdingTaxOut.disallowedThisYear;
    } else {
      eTaxDue = eOpcoTax;
    }
    eFcf =
        yEbitda - eTaxDue - yCapex - yChangeInWc
            + eInterestIncome - holdingCosts - yParticipationCash - yBlockedInterestPaid
            - workShareDue;

    // Debt service in order of priority, drawing the revolver when the cash is short.
    eContribution = coop == null ? 0.0 : coop.memberContributions()[t];
    // the hedges' receipts come in before the debt service is paid
    double resources = cash + eFcf + eContribution - minCash + yHedgeReceived;
    double need = eDue + yHedgeReceived - resources;
    eNeed = need;
    double toDraw = need > 0.0 ? Math.min(need, headroom) : 0.0;
    double drawn = toDraw;
    eDrawTaker = -1;
    for (int k = 0; k < revolverOrder.length && toDraw > 0.0; k++) {
      int i = revolverOrder[k];
      double room = yDrawStopped ? 0.0 : Math.max(0.0, limit[i] - balance[i]);
      double drawHere = Math.min(toDraw, room);
      toDraw -= drawHere;
      draw[i] = drawHere;
      if (drawHere > 0.0 && drawHere < room) {
        eDrawTaker = i; // the revolver a change of the need would move
      }
    }
    double available = resources + drawn;
    eAvailable = available;
    double left = Math.max(0.0, available);
    double holdingPaid = 0.0;
    double paid = 0.0;
    eShortfall = 0.0;
    eShortPosition = m;
    for (int k = 0; k < m; k++) {
      int i = priority[k];
      if (pariPassu && k + 1 < m && group[priority[k + 1]] == group[i]) {
        // a pari passu group: its interest, then its principal, pro rata to what each is owed
        int end = k + 2;
        while (end < m && group[priority[end]] == group[i]) {
          end++;
        }
        double interestSum = 0.0;
        double dueSum = 0.0;
        for (int a = k; a < end; a++) {
          int j = priority[a];
          interestSum += ci[j] + cf[j] + hedgePay[j];
          dueSum += due[j];
        }
        boolean interestInFull = interestSum <= left;
        double interestShare = interestInFull ? 1.0 : left / interestSum;
        left = interestInFull ? left - interestSum : 0.0;
        boolean principalInFull = dueSum <= left;
        double principalShare = principalInFull ? 1.0 : left / dueSum;
        left = principalInFull ? left - dueSum : 0.0;
        if (!(interestInFull && principalInFull) && eShortPosition == m) {
          eShortPosition = k;
        }
        for (int a = k; a < end; a++) {
          int j = priority[a];
          double interest = ci[j] + cf[j] + hedgePay[j];
          double interestPaid = interestInFull ? interest : interest * interestShare;
          double principalPaid = principalInFull ? due[j] : due[j] * principalShare;
          paidInterest[j] = interestPaid;
          paidPrincipal[j] = principalPaid;
          double paidHere = interestPaid + principalPaid;
          paid += paidHere;
          eShortfall += (interest - interestPaid) + (due[j] - principalPaid);
          if (holding[j]) {
            holdingPaid += paidHere;
          }
        }
        k = end - 1;
        continue;
      }
      double interest = ci[i] + cf[i] + hedgePay[i];
      boolean inFull = interest <= left;
      double interestPaid = inFull ? interest : left;
      left -= interestPaid;
      double dueNow = due[i];
      inFull &= dueNow <= left;
      double principalPaid = dueNow <= left ? dueNow : left;
      left -= principalPaid;
      if (!inFull && eShortPosition == m) {
        eShortPosition = k; // the first payment that falls short
      }
      paidInterest[i] = interestPaid;
      paidPrincipal[i] = principalPaid;
      double paidHere = interestPaid + principalPaid;
      paid += paidHere;
      eShortfall += (interest - interestPaid) + (dueNow - principalPaid);
      if (holding[i]) {
        holdingPaid += paidHere;
      }
    }
    double excess = available - paid;
    eExcessBeforeSweep = excess;

    // Excess cash: revolver first, then the sweep, then distributions.
    eRevolverRepaid = 0.0;
    eSweep = 0.0;
    eSweepBase = 0.0;
    eDistribution = 0.0;
    eDistributionCapped = false;
    eDistributionByReserves = false;
    eBuyback = 0.0;
    double holdingSwept = 0.0;
    eSweepTaker = -1;
    eRevolverTakes = false;
    if (eShortfall <= DEFAULT_TOLERANCE && excess > 0.0) {
      for (int k = 0; k < revolverOrder.length && excess > 0.0; k++) {
        int i = revolverOrder[k];
        double outstanding = balance[i] + pk[i] + draw[i] - paidPrincipal[i];
        double repay = Math.min(excess, Math.max(0.0, outstanding));
        if (repay < outstanding) {
          eSweepTaker = i; // this revolver takes what is left
          eRevolverTakes = true;
        }
        swept[i] = repay;
        excess -= repay;
        eRevolverRepaid += repay;
        if (holding[i]) {
          holdingSwept += repay;
        }
      }
      if (coop != null) {
        // SCOP: last year's interest on shares, then the buyback of outside shares (amorçage)
        eDistribution = Math.min(excess, coopDividendDue);
        excess -= eDistribution;
        if (coop.seed() != null) {
          eBuyback = Math.min(excess, Math.min(coop.seed().buybacks()[t], outsideCapital()));
          excess -= eBuyback;
        }
      }
      // on the excess cash flow, the cash above the minimum that the year started with is not swept
      double base = sweepOnFlow ? excess - Math.max(0.0, cash - minCash) : excess;
      eSweepBase = Math.max(0.0, base);
      double pot = cashSweep * base;
      int sweeping = sweepOrder.length;
      for (int a = 0; a < sweeping && pot > 0.0; a++) {
        int i = sweepOrder[a];
        if (pariPassu && a + 1 < sweeping && group[sweepOrder[a + 1]] == group[i]) {
          // a pari passu group shares its part of the pot pro rata to what each member owes
          int end = a + 2;
          while (end < sweeping && group[sweepOrder[end]] == group[i]) {
            end++;
          }
          double owed = 0.0;
          for (int b = a; b < end; b++) {
            int j = sweepOrder[b];
            owed += Math.max(0.0, balance[j] + pk[j] - paidPrincipal[j]);
          }
          double s = Math.min(pot, owed);
          if (s < owed) {
            eSweepTaker = i; // this group takes the rest of the pot
          }
          for (int b = a; b < end; b++) {
            int j = sweepOrder[b];
            double weight =
                owed > 0.0 ? Math.max(0.0, balance[j] + pk[j] - paidPrincipal[j]) / owed : 0.0;
            sweepWeight[j] = weight;
            swept[j] = s * weight;
            if (holding[j]) {
              holdingSwept += s * weight;
            }
          }
          pot -= s;
          excess -= s;
          eSweep += s;
          a = end - 1;
          continue;
        }
        double outstanding = balance[i] + pk[i] - paidPrincipal[i];
        double s = Math.min(pot, Math.max(0.0, outstanding));
        if (s < outstanding) {
          eSweepTaker = i; // this tranche takes the rest of the pot
        }
        sweepWeight[i] = 1.0;
        swept[i] = s;
        pot -= s;
        excess -= s;
        eSweep += s;
        if (holding[i]) {
          holdingSwept += s;
        }
      }
      if (coop == null) {
        double wanted = distributionShare * excess;
        // the lower of the lock-up's cap and the law's (§5.5): both constants of the year
        double cap = Math.min(yDistributionCap, yReserveCap);
        eDistributionCapped = wanted >= cap;
        eDistributionByReserves = wanted > yReserveCap && yReserveCap < yDistributionCap;
        eDistribution = eDistributionCapped ? cap : wanted;
        excess -= eDistribution;
      }
    }
    newCash = minCash + excess;
    if (coop != null) {
      allocateSurplus(t, legalValueAdded);
    }

    // the closing balances are the first m components of the evaluation's result
    for (int i = 0; i < m; i++) {
      double unpaidInterest = ci[i] + cf[i] + hedgePay[i] - paidInterest[i];
      fresh[i] =
          balance[i] + draw[i] + pk[i] + unpaidInterest - paidPrincipal[i] - swept[i];
    }

    // What the holding needs from the operating company (docs/methodology.md, "Upstream").
    if (hasHolding) {
      eUpstream = holdingPaid + holdingSwept + holdingCosts + holdingTaxCash + eDistribution
          - yHedgeReceivedHolding;
      double opcoNetIncome = eOpcoPreTax - eRsp - eForfait - eOpcoTax;
      double distributable = Math.max(0.0, reserves + opcoNetIncome);
      eDistributable = distributable;
      newDividend = Math.min(Math.max(0.0, eUpstream), distributable);
    } else {
      eUpstream = 0.0;
      newDividend = 0.0;
    }
    fresh[m] = newCash;
    fresh[m + 1] = newDividend;
    fresh[m + 2] = eWork;
    fresh[m + 3] = eRsp;
  }

  /**
   * The company's pre-group losses set against its own result {@code own} (taxable, before the
   * group's interest cap) within the limit of CGI art. 209 I on that result (CGI art. 223 I 4):
   * sets {@link #ePreGroupUsed}, which the group deducts after its cap, and its slope in {@code
   * own}.
   */
  private void preGroupUse(double own) {
    double losses = preGroupLosses;
    double used = 0.0;
    double slope = 0.0;
    if (losses > 0.0 && own > 0.0) {
      double allowance = tax.lossAllowance();
      boolean small = own <= allowance;
      double limit = small ? own : allowance + tax.lossExcessShare() * (own - allowance);
      if (losses < limit) {
        used = losses;
      } else {
        used = limit;
        slope = small ? 1.0 : tax.lossExcessShare();
      }
    }
    ePreGroupUsed = used;
    ePreGroupSlope = slope;
  }

  /** Writes the converged year into the results and carries the state forward. */
  private void commit(int t) {
    int m = book.m;
    double workPaid = workShareDue;
    YearTable out = table;
    double cashInterest = 0.0;
    double hedgeUnpaid = 0.0;
    double pikTotal = 0.0;
    double commitment = 0.0;
    double mandatoryDue = 0.0;
    double debt = 0.0;
    for (int i = 0; i < m; i++) {
      // read once: the book's rows are double arrays too, so a store could alias a later read
      double interest = ci[i];
      double fee = cf[i];
      double principal = paidPrincipal[i];
      double pikNow = pk[i];
      double dueNow = due[i];
      double close = fresh[i];
      book.opening[i][t] = balance[i];
      book.drawdown[i][t] = draw[i];
      book.mandatory[i][t] = principal;
      book.sweep[i][t] = swept[i];
      book.pik[i][t] = pikNow;
      book.cashInterest[i][t] = interest;
      book.commitmentFee[i][t] = fee;
      double bucket = interest + fee + hedgePay[i];
      double unpaid = bucket - paidInterest[i];
      book.unpaidInterest[i][t] = unpaid;
      if (hedgePay[i] > 0.0 && unpaid > 0.0) {
        // the hedge's share of what the tranche's interest bucket leaves unpaid, pro rata (§5.11)
        hedgeUnpaid += hedgePay[i] * (unpaid / bucket);
      }
      book.unpaidPrincipal[i][t] = dueNow - principal;
      arrears[i] = dueNow - principal;
      book.closing[i][t] = close;
      book.fee[i][t] = feeNow[i];
      cashInterest += interest;
      pikTotal += pikNow;
      commitment += fee;
      mandatoryDue += dueNow;
      debt += close;
      balance[i] = close;
    }
    double opcoNetIncome = eOpcoPreTax - eRsp - eForfait - eOpcoTax;
    double dividend = hasHolding ? newDividend : eDistribution;
    if (coop != null) {
      // the year's surplus is allocated now: work share and interest on shares are paid next year
      opcoBookEquity += opcoNetIncome - eWork - eCoopDividend + eContribution - eBuyback;
      reserves += opcoNetIncome - eWork - eCoopDividend;
      commitCapital(t);
      if (t + 1 == Cooperative.SEED_YEARS) {
        employeeShareAfterSeed = CooperativeRules.employeeShare(coop, equity, capital);
      }
      workShareDue = eWork;
      interestOnSharesDeclared[t] = eCoopDividend;
      // interest on shares the cash could not pay stays owed to the members (§5.10)
      coopDividendDue = eCoopDividend + Math.max(0.0, coopDividendDue - eDistribution);
      if (t == exitIndex) {
        coopDividendOwedAtExit = coopDividendDue;
      }
    }
    for (int k = 0; k < equityArray.length; k++) {
      EquityClass c = equityArray[k];
      if (c.kind() != EquityClass.Kind.ORDINARY) {
        quasiEquity[k] *= 1.0 + c.coupon();
      }
    }
    double loanRepaid = 0.0;
    if (premiumRows != null) {
      // no distribution, no premium paid at the year end (distribute sets them when there is one)
      premiumRows.distributed[t] = 0.0;
      premiumRows.closing[t] = premiumLeft;
    }
    if (ordinaryShare != null) {
      distribute(t);
      for (int k = 0; k < equityArray.length; k++) {
        if (equityArray[k].kind() == EquityClass.Kind.SHAREHOLDER_LOAN) {
          loanRepaid += classFlows[k][t];
        }
      }
    }
    if (coop == null) {
      double paidOut = dividend - (hasHolding ? 0.0 : loanRepaid);
      opcoBookEquity += opcoNetIncome - paidOut;
      // without a holding the company pays the premium: it comes off its equity, not its reserves
      // (a holding's premium is the holding's: what the company upstreams is its dividend)
      reserves += opcoNetIncome
          - (premiumRows == null || hasHolding ? paidOut : paidOut - premiumRows.distributed[t]);
    }
    opcoTax.closeYear(opcoTaxOut);
    if (taxGroup) {
      groupTax.closeYear(groupTaxOut);
      preGroupLosses -= ePreGroupUsed;
    } else if (hasHolding) {
      holdingTax.closeYear(holdingTaxOut);
    }
    cash = newCash;

    out.interestIncome[t] = eInterestIncome;
    out.cashInterest[t] = cashInterest;
    out.pikInterest[t] = pikTotal;
    out.commitmentFees[t] = commitment;
    out.feeAmortisation[t] = eFeeExpense;
    out.hedgeSettlement[t] = yHedgeNet;
    out.hedgeUnpaid[t] = hedgeUnpaid;
    out.hedgePremiumAmortisation[t] = yHedgePremium;
    out.shareholderLoanInterest[t] = eShlInterest;
    out.nonDeductibleInterest[t] = yShlNonDeductible;
    out.acquisitionCostAmortisation[t] = yAcquisitionCost;
    out.opcoPreTaxIncome[t] = eOpcoPreTax;
    out.opcoIncomeTax[t] = eOpcoTax;
    out.incomeTax[t] = eTaxDue;
    out.disallowedInterest[t] = eDisallowed;
    out.unusedInterestCapacity[t] =
        taxGroup
            ? groupTax.unusedCapacity
            : opcoTax.unusedCapacity + (hasHolding ? holdingTax.unusedCapacity : 0.0);
    out.carriedInterest[t] =
        taxGroup
            ? groupTax.disallowedInterest
            : opcoTax.disallowedInterest + (hasHolding ? holdingTax.disallowedInterest : 0.0);
    out.opcoNetIncome[t] = opcoNetIncome;
    out.opcoBookEquity[t] = opcoBookEquity;
    out.opcoReserves[t] = reserves;
    out.holdingCosts[t] = eHoldingCosts;
    out.opcoTaxLosses[t] = taxGroup ? preGroupLosses : opcoTax.losses;
    out.groupTaxLosses[t] = taxGroup ? groupTax.losses : hasHolding ? holdingTax.losses : 0.0;
    double groupNetIncome = eGroupPreTax - eRsp - eForfait - eTaxDue;
    groupEquity += groupNetIncome - (eDistribution - loanRepaid);
    out.thinCapShare[t] = yThinShare;
    out.netIncome[t] = groupNetIncome;
    out.participation[t] = eRsp;
    out.forfaitSocial[t] = eForfait;
    out.participationPaid[t] = yParticipationCash;
    out.participationBlocked[t] = yBlockedCredit;
    out.participationReleased[t] = yBlockedRelease;
    out.blockedAccountInterest[t] = yBlockedInterest;
    out.blockedAccountInterestPaid[t] = yBlockedInterestPaid;
    blockedBalance += yBlockedCredit - yBlockedRelease + (yBlockedInterest - yBlockedInterestPaid);
    out.blockedAccounts[t] = blockedBalance;
    reserveDue = eRsp;
    out.workShare[t] = eWork;
    out.workSharePaid[t] = workPaid;
    out.memberContributions[t] = eContribution;
    out.buybacks[t] = eBuyback;
    participationDue = eRsp + eForfait;
    splitValueAdded(t, opcoNetIncome, coop == null ? dividend : eCoopDividend, groupNetIncome);
    out.freeCashFlow[t] = eFcf;
    out.debtServiceDue[t] = eDue;
    out.mandatoryRepayment[t] = mandatoryDue;
    out.sweep[t] = eSweep + eRevolverRepaid;
    out.sweepBase[t] = eSweepBase;
    out.dividendsUpstream[t] = hasHolding ? newDividend : 0.0;
    out.upstreamAdvances[t] = hasHolding ? eUpstream - newDividend : 0.0;
    out.distributions[t] = eDistribution;
    out.distributionsLockedUp[t] = yDistributionCap < Double.POSITIVE_INFINITY;
    // the reserves at the start of the year, whether or not the deal distributes (the outputs show
    // them for a deal that does)
    out.distributableReserves[t] = coop != null ? Double.NaN : openingReserves;
    out.distributionsCappedByReserves[t] = eDistributionByReserves;
    out.cash[t] = cash;
    out.debt[t] = debt;
    out.netDebt[t] = debt - cash;
    if (sweepSteps != null) {
      // the year end's net leverage before the year's sweep and distribution (§5.5): the swept
      // cash still held and the swept loans still owed; a SCOP's payments to members come first
      double tested = debt + eSweep;
      if (seniorTranche != null) {
        tested = 0.0;
        for (int i = 0; i < m; i++) {
          if (seniorTranche[i]) {
            tested += book.closing[i][t] + (revolver[i] ? 0.0 : swept[i]);
          }
        }
      }
      double cashBefore = cash + eSweep + (coop == null ? eDistribution : 0.0);
      out.sweepShare[t] = cashSweep;
      out.sweepLeverage[t] = yEbitda > 0.0 ? (tested - cashBefore) / yEbitda : Double.NaN;
    }
    boolean defaulted = eShortfall > DEFAULT_TOLERANCE;
    out.shortfall[t] = defaulted ? eShortfall : 0.0;
    out.defaulted[t] = defaulted;
  }

  /**
   * The sharing of the value added (docs/methodology.md §5.9). Operating company: its own accounts
   * (its stand-alone income tax; the dividends it pays are the shareholders' part). Group: the tax
   * actually due, external lenders only, and the shareholders' part. On an accruals basis, as the
   * lenders' PIK: the shareholders' part counts the fixed return of the preferred shares and
   * shareholder loans as it accrues, whether the instrument is a loan (its coupon, a financial
   * charge) or a share (its dividend, taken from the retained profit), plus the distributions to
   * the ordinary shares; a distribution that pays a preferred share's or a shareholder loan's claim
   * settles what was counted as it accrued (or returns its capital) and is not counted again.
   * Where the preferred shares sit in the holding, the operating company's own view has only the
   * dividends it pays its holding.
   */
  private void splitValueAdded(int t, double opcoNetIncome, double dividend, double groupNetIncome) {
    YearTable y = table;
    double va = y.revenue[t] - y.purchases[t] - y.externalCharges[t];
    // the interest on the blocked participation accounts is paid to the employees, not lenders
    double employees = y.personnelCosts[t] + eRsp + eWork + yBlockedInterest;
    if (coop != null) {
      opcoNetIncome -= eWork;
      groupNetIncome -= eWork;
    }
    // the distributions other than those paying a preferred share's or shareholder loan's claim
    double ordinaryDistributions = coop == null ? eDistribution - stripPaid(t) : dividend;
    double opcoPaid = hasHolding ? dividend : ordinaryDistributions;
    double opcoAccrued = hasHolding ? 0.0 : ePrefAccrued;
    double dep = y.depreciation[t];
    y.opcoValueAdded.set(
        t,
        va,
        employees,
        y.otherTaxes[t] + eForfait + eOpcoTax,
        eOpcoCharges - eShlOpco - eInterestIncome - yBlockedInterest,
        opcoPaid + eShlOpco + opcoAccrued,
        dep + opcoNetIncome - opcoPaid - opcoAccrued);
    y.groupValueAdded.set(
        t,
        va - eHoldingCosts,
        employees,
        y.otherTaxes[t] + eForfait + eTaxDue,
        eOpcoCharges + eHoldingCharges - eShlInterest - eInterestIncome - yBlockedInterest,
        eShlInterest + ePrefAccrued + ordinaryDistributions,
        dep + groupNetIncome - ePrefAccrued - ordinaryDistributions);
  }

  /** @return what the year's distributions paid the preferred shares and shareholder loans */
  private double stripPaid(int t) {
    if (ordinaryShare == null) {
      return 0.0;
    }
    double paid = 0.0;
    for (int k = 0; k < equityArray.length; k++) {
      if (equityArray[k].kind() != EquityClass.Kind.ORDINARY) {
        paid += classFlows[k][t];
      }
    }
    return paid;
  }

  /**
   * The year's special participation reserve from its profit B and equity C (§5.8), its forfait
   * social, and the net surplus left after them and the company's tax.
   */
  private void reserve(double profit, double equity, double legalValueAdded) {
    eRsp =
        !participation.applies()
            ? 0.0
            : participation.reserve(
            profit,
            equity,
            participation.grossWageShare() * yPersonnel,
            legalValueAdded,
            yHeadcount);
    eForfait = participation.forfaitSocial() * eRsp;
    eNetSurplus = eOpcoPreTax - eRsp - eForfait - eOpcoTax;
  }

  /**
   * A SCOP's participation and the allocation of its net surplus, once the year's capital moves
   * are known (docs/methodology.md, "SCOP"). The reserve follows C. trav. R3323-9: B = ENG × (1 −
   * 25 %) × (1 − the normal income-tax rate), ENG being the surplus before this year's
   * participation, its forfait social, the work share and income tax ({@link
   * CooperativeRules#participationProfit}); C = the capital paid up at the year's closing
   * (opening + members' contributions − buybacks). Nothing here feeds back into the year's cash:
   * the reserve enters the fixed point only through the investment provision's guess.
   */
  private void allocateSurplus(int t, double legalValueAdded) {
    double closingCapital = paidUpCapital() + eContribution - eBuyback;
    reserve(CooperativeRules.participationProfit(eOpcoPreTax, tax.rate()[t]), closingCapital,
        legalValueAdded);
    if (eNetSurplus > 0.0) {
      double work = coop.workShare() * eNetSurplus;
      eWork = coop.participationInWorkShare() ? Math.max(0.0, work - eRsp) : work;
      eCoopDividend = coop.dividendShare() * eNetSurplus;
    } else {
      eWork = 0.0;
      eCoopDividend = 0.0;
    }
  }

  /**
   * Whether the SCOP deducts the investment provision this year (CGI art. 237 bis A II 3): not
   * when non-cooperator members hold more than half of the opening capital, unless the SCOP is on
   * the amorçage path (art. 49 ter loi 1978), to which LFR 2013 art. 16 and décret 2014-1758
   * extend the SCOP's tax regime (art. 214, 237 bis A, 1456) while the outside majority lasts; the
   * clawback if the employees miss half of the capital by year 7 is not modelled, the engine
   * rejecting such a path.
   */
  private boolean provisionAllowed() {
    return coop != null
        && coop.investmentProvision()
        && (coop.seed() != null || outsideCapitalShare() <= 0.5);
  }

  private double paidUpCapital() {
    double sum = 0.0;
    for (double c : capital) {
      sum += c;
    }
    return sum;
  }

  private double outsideCapital() {
    double sum = 0.0;
    for (int k = 0; k < capital.length; k++) {
      if (!coop.isEmployee(equity.get(k).holder())) {
        sum += capital[k];
      }
    }
    return sum;
  }

  /** @return the share of the capital held by non-employee members (0 outside a SCOP) */
  double outsideCapitalShare() {
    double total = paidUpCapital();
    return coop == null || total <= 0.0 ? 0.0 : outsideCapital() / total;
  }

  /**
   * The year's distributions through the equity's order of priority (§5.5, the exit's order, §7):
   * the preferred shares and shareholder loans in file order, each up to its claim accrued to the
   * year end (which the payment reduces), then the ordinary shares pro rata to their ownership.
   * Records each class's claim at the end of the exit year.
   */
  private void distribute(int t) {
    double left = eDistribution;
    // the dividends within the distributable reserves and the premium not yet distributed
    // (yReserveCap left the ordinary shares what the loans and preferred shares do not take of
    // them); each dividend takes the reserves first, the premium after (CGI art. 112-1°)
    double room = openingReserves;
    double premiumOpen = premiumRows == null ? 0.0 : premiumRoom();
    double premium = premiumOpen;
    for (int k = 0; k < equityArray.length; k++) {
      EquityClass.Kind kind = equityArray[k].kind();
      if (kind != EquityClass.Kind.ORDINARY) {
        double paid = Math.min(left, Math.max(0.0, quasiEquity[k]));
        if (kind == EquityClass.Kind.PREFERRED) {
          if (premiumRows == null) {
            paid = Math.min(paid, room);
            room -= paid;
          } else {
            paid = Math.min(paid, room + premium);
            double fromPremium = Math.min(premium, fromPremium(paid, room));
            premiumRows.toClass[k][t] = fromPremium;
            premium -= fromPremium;
            room = Math.max(0.0, room - (paid - fromPremium));
          }
        }
        quasiEquity[k] -= paid;
        classFlows[k][t] = paid;
        left -= paid;
      }
    }
    double ordinaryPremium = premiumRows == null ? 0.0 : Math.min(premium, fromPremium(left, room));
    for (int k = 0; k < equityArray.length; k++) {
      if (equityArray[k].kind() == EquityClass.Kind.ORDINARY) {
        classFlows[k][t] = left * ordinaryShare[k];
        if (premiumRows != null) {
          premiumRows.toClass[k][t] = ordinaryPremium * ordinaryShare[k];
        }
      }
    }
    if (premiumRows != null) {
      premium -= ordinaryPremium;
      premiumRows.distributed[t] = premiumOpen - premium;
      premiumLeft -= premiumOpen - premium;
      premiumRows.closing[t] = premiumLeft;
    }
    if (t == exitIndex) {
      System.arraycopy(quasiEquity, 0, exitClaim, 0, exitClaim.length);
    }
  }

  /**
   * SCOP capital moves: members' contributions go to the first employee class; buybacks reduce the
   * outside classes pro rata; interest on shares is paid pro rata to the opening capital.
   */
  private void commitCapital(int t) {
    double total = paidUpCapital();
    double outside = outsideCapital();
    for (int k = 0; k < capital.length; k++) {
      if (total > 0.0) {
        classFlows[k][t] += eDistribution * capital[k] / total;
      }
    }
    for (int k = 0; k < capital.length; k++) {
      if (!coop.isEmployee(equity.get(k).holder()) && outside > 0.0) {
        double share = eBuyback * capital[k] / outside;
        classFlows[k][t] += share;
        capital[k] -= share;
      }
    }
    for (int k = 0; k < capital.length; k++) {
      if (coop.isEmployee(equity.get(k).holder())
          && equity.get(k).kind() == org.reprise.model.EquityClass.Kind.ORDINARY) {
        classFlows[k][t] -= eContribution;
        capital[k] += eContribution;
        break;
      }
    }
  }

  /**
   * A copy of the state {@link #commit} carries from one year to the next: what {@link
   * #solveLockedUp} and a fee's write-off start again from.
   */
  private static final class Carried {
    private double[] balance = new double[0];
    private double[] arrears = new double[0];
    private double[] quasiEquity = new double[0];
    private double cash;
    private double opcoBookEquity;
    private double groupEquity;
    private double preGroupLosses;
    private double reserves;
    private double premiumLeft;
    private double participationDue;
    private double reserveDue;
    private double blockedBalance;
    private final TaxPosition opcoTax = new TaxPosition();
    private final TaxPosition holdingTax = new TaxPosition();
    private final TaxPosition groupTax = new TaxPosition();
    // a SCOP's: its capital, its payments due, the year's flows of its classes
    private double[] capital = new double[0];
    private double[] classFlows = new double[0];
    private int year;
    private double employeeShareAfterSeed;
    private double workShareDue;
    private double coopDividendDue;
    private double coopDividendOwedAtExit;

    void save(YearSolver s, int t) {
      year = t;
      capital = copy(s.capital, capital);
      if (classFlows.length != s.classFlows.length) {
        classFlows = new double[s.classFlows.length];
      }
      for (int k = 0; k < classFlows.length; k++) {
        classFlows[k] = s.classFlows[k][t];
      }
      employeeShareAfterSeed = s.employeeShareAfterSeed;
      workShareDue = s.workShareDue;
      coopDividendDue = s.coopDividendDue;
      coopDividendOwedAtExit = s.coopDividendOwedAtExit;
      balance = copy(s.balance, balance);
      arrears = copy(s.arrears, arrears);
      quasiEquity = copy(s.quasiEquity, quasiEquity);
      cash = s.cash;
      opcoBookEquity = s.opcoBookEquity;
      groupEquity = s.groupEquity;
      preGroupLosses = s.preGroupLosses;
      reserves = s.reserves;
      premiumLeft = s.premiumLeft;
      participationDue = s.participationDue;
      reserveDue = s.reserveDue;
      blockedBalance = s.blockedBalance;
      opcoTax.copyFrom(s.opcoTax);
      holdingTax.copyFrom(s.holdingTax);
      groupTax.copyFrom(s.groupTax);
    }

    void restore(YearSolver s) {
      System.arraycopy(capital, 0, s.capital, 0, capital.length);
      for (int k = 0; k < classFlows.length; k++) {
        s.classFlows[k][year] = classFlows[k];
      }
      s.employeeShareAfterSeed = employeeShareAfterSeed;
      s.workShareDue = workShareDue;
      s.coopDividendDue = coopDividendDue;
      s.coopDividendOwedAtExit = coopDividendOwedAtExit;
      System.arraycopy(balance, 0, s.balance, 0, balance.length);
      System.arraycopy(arrears, 0, s.arrears, 0, arrears.length);
      System.arraycopy(quasiEquity, 0, s.quasiEquity, 0, quasiEquity.length);
      s.cash = cash;
      s.opcoBookEquity = opcoBookEquity;
      s.groupEquity = groupEquity;
      s.preGroupLosses = preGroupLosses;
      s.reserves = reserves;
      s.premiumLeft = premiumLeft;
      s.participationDue = participationDue;
      s.reserveDue = reserveDue;
      s.blockedBalance = blockedBalance;
      s.opcoTax.copyFrom(opcoTax);
      s.holdingTax.copyFrom(holdingTax);
      s.groupTax.copyFrom(groupTax);
    }
  }
}
