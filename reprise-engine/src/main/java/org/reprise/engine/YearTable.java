package org.reprise.engine;

/**
 * The annual results, one array entry per projected year (index 0 = base year + 1). Amounts in
 * currency units; costs, taxes and outflows are positive numbers; ratios are plain numbers
 * ({@code NaN} when the denominator is zero or negative). Definitions are in docs/methodology.md.
 */
public final class YearTable {
  /** Calendar year. */
  public final int[] year;
  /** Revenue. */
  public final double[] revenue;
  /** Purchases of materials. */
  public final double[] purchases;
  /** External charges. */
  public final double[] externalCharges;
  /** Taxes other than income tax. */
  public final double[] otherTaxes;
  /** Personnel costs. */
  public final double[] personnelCosts;
  /** EBITDA = revenue − purchases − external charges − other taxes − personnel costs. */
  public final double[] ebitda;
  /** Depreciation and amortisation. */
  public final double[] depreciation;
  /** EBIT = EBITDA − depreciation. */
  public final double[] ebit;
  /** Capital expenditure. */
  public final double[] capex;
  /** Net working capital at year end. */
  public final double[] workingCapital;
  /** Change in net working capital (an increase consumes cash). */
  public final double[] changeInWorkingCapital;
  /** Interest earned on cash. */
  public final double[] interestIncome;
  /** Cash interest due on all tranches (operating company and holding). */
  public final double[] cashInterest;
  /** Interest capitalised (PIK) on all tranches. */
  public final double[] pikInterest;
  /** Revolver commitment fees. */
  public final double[] commitmentFees;
  /** Upfront financing fees amortised through the P&amp;L. */
  public final double[] feeAmortisation;
  /**
   * Net settlement of the interest-rate hedges (swaps and caps) due by the borrowers this year:
   * positive when paid, negative when received (docs/methodology.md §5.1). A financial charge, in
   * the debt service due and the cash waterfall.
   */
  public final double[] hedgeSettlement;
  /** The caps' premiums paid at closing, expensed straight-line over their years (non-cash). */
  public final double[] hedgePremiumAmortisation;
  /**
   * The part of this year's hedge payments left unpaid in a year that falls short: a tranche's
   * interest, commitment fee and hedge payment are paid together, pro rata (docs/methodology.md
   * §5.11), and what is left unpaid is added to the tranche's unpaid interest; this is the hedges'
   * share of it, so that the hedges paid are {@code hedgeSettlement − hedgeUnpaid}. 0 in a year
   * that pays its debt service.
   */
  public final double[] hedgeUnpaid;
  /** Coupon accrued on shareholder loans (a financial charge of the issuer). */
  public final double[] shareholderLoanInterest;
  /**
   * Shareholder-loan coupons above the deductible related-party rate (CGI art. 39-1-3°): added back
   * to the taxable income, outside the net financial charges.
   */
  public final double[] nonDeductibleInterest;
  /**
   * The transaction fees capitalised in the cost of the shares that the holding amortises for tax
   * this year (CGI art. 209 VII: a fifth a year in years 1 to 5): deducted from its taxable result,
   * or the tax group's, not from net income (a regulated provision), and not a net financial
   * charge; 0 without a holding or when the amortisation is not taken.
   */
  public final double[] acquisitionCostAmortisation;
  /** Income tax of the operating company as a stand-alone taxpayer. */
  public final double[] opcoIncomeTax;
  /** Income tax actually due by the group (tax group, or sum of stand-alone taxes). */
  public final double[] incomeTax;
  /** Net financial charges disallowed by the interest cap this year. */
  public final double[] disallowedInterest;
  /**
   * Interest capacity left unused by this year and the previous ones that later years may still
   * use (CGI art. 212 bis VIII), at year end; summed over the taxpayers.
   */
  public final double[] unusedInterestCapacity;
  /**
   * Net financial charges disallowed by the interest cap in this year and earlier ones and still
   * carried forward at year end (CGI art. 212 bis I and VII: 1/3 of the thin part), summed over the
   * taxpayers actually taxed: the tax group, or the stand-alone companies.
   */
  public final double[] carriedInterest;
  /**
   * Share of the net financial charges under the thin-capitalisation cap (CGI art. 212 bis VII):
   * the related-party debt above 1.5 × equity over all the debt, at the start of the year; 0 when
   * the taxpayer is not thinly capitalised.
   */
  public final double[] thinCapShare;
  /** Operating company pre-tax income (after its own financial charges). */
  public final double[] opcoPreTaxIncome;
  /** Operating company net income. */
  public final double[] opcoNetIncome;
  /** Operating company book equity at year end. */
  public final double[] opcoBookEquity;
  /** Group net income (operating company + holding, intra-group flows eliminated). */
  public final double[] netIncome;
  /**
   * Free cash flow available for debt service = EBITDA − income tax − capex − change in working
   * capital + interest income − holding costs − participation and forfait social paid − interest
   * paid on the employees' blocked participation accounts (§5.8) − a SCOP's work share paid.
   */
  public final double[] freeCashFlow;
  /** Mandatory debt service due: cash interest + commitment fees + mandatory repayments. */
  public final double[] debtServiceDue;
  /** Mandatory repayments due. */
  public final double[] mandatoryRepayment;
  /** Prepayments from the cash sweep (including repayment of revolver drawings). */
  public final double[] sweep;
  /**
   * The base the cash sweep's share applies to (docs/methodology.md §5.5): the excess cash above
   * the minimum left after debt service and the revolver's repayment (and a SCOP's interest on
   * shares and buybacks), less, on the excess cash flow basis, the opening cash above the minimum;
   * floored at 0, and 0 in a year with a payment default. The term tranches' sweep is {@code
   * cashSweep × sweepBase}, each tranche capped by its outstanding balance. Recorded whatever
   * {@code cashSweep}, 0 included.
   */
  public final double[] sweepBase;
  /** Dividends paid by the operating company to the holding. */
  public final double[] dividendsUpstream;
  /** Cash advanced by the operating company to the holding beyond its distributable reserves. */
  public final double[] upstreamAdvances;
  /** Cash paid out to the shareholders during the hold. */
  public final double[] distributions;
  /**
   * True when the lock-up stopped the year's distribution or cut it down to what the net leverage
   * covenant allows: paid in full, it would have left the year's covenants broken, or the year
   * did not pay its debt service (methodology §5.5); false when there was nothing to distribute.
   */
  public final boolean[] distributionsLockedUp;
  /**
   * The distributable reserves at the start of the year that cap the year's dividends (methodology
   * §5.5, C. com. L232-11): the operating company's (with a holding, what it can upstream for
   * them), floored at 0, after a dividend recapitalisation of the year (§5.13); NaN for a SCOP, whose
   * surplus is allocated by its own rules (§5.10).
   */
  public final double[] distributableReserves;
  /**
   * True when the law cut the year's distribution down to what the shareholder loans are owed plus
   * the distributable reserves, and the share premium not yet distributed when the deal gives one
   * ({@link #premium()}, §5.5).
   */
  public final boolean[] distributionsCappedByReserves;
  /** Cash of the group at year end. */
  public final double[] cash;
  /** Financial debt at year end (all tranches, including PIK and revolver). */
  public final double[] debt;
  /** Net debt = debt − cash. */
  public final double[] netDebt;
  /** Debt / EBITDA. */
  public final double[] grossLeverage;
  /** Net debt / EBITDA. */
  public final double[] netLeverage;
  /** EBITDA / (cash interest + commitment fees). */
  public final double[] interestCover;
  /** Free cash flow / mandatory debt service due. */
  public final double[] debtServiceCover;
  /** Share of the debt at closing repaid so far = 1 − debt / debt at closing. */
  public final double[] cumulativeRepaidShare;
  /** Headroom on the net leverage covenant = 1 − actual / maximum ({@code NaN}: not tested). */
  public final double[] leverageHeadroom;
  /** Headroom on the interest cover covenant = 1 − minimum / actual. */
  public final double[] interestCoverHeadroom;
  /** Headroom on the debt service cover covenant = 1 − minimum / actual. */
  public final double[] debtServiceCoverHeadroom;
  /** True when any covenant is breached that year. */
  public final boolean[] covenantBreach;
  /** Mandatory debt service not paid that year. */
  public final double[] shortfall;
  /** True when the year has a payment default. */
  public final boolean[] defaulted;
  /** Average headcount. */
  public final double[] headcount;
  /** Special participation reserve of the year (accrued; paid to the employees the next year). */
  public final double[] participation;
  /** Forfait social on the participation of the year. */
  public final double[] forfaitSocial;
  /**
   * Participation and forfait social paid in cash this year: the previous year's; with blocked
   * accounts (§5.8), the previous year's forfait social and the reserves released from the
   * accounts.
   */
  public final double[] participationPaid;
  /**
   * The previous year's reserve credited this year to the employees' blocked current accounts
   * (0 when the reserve is paid out).
   */
  public final double[] participationBlocked;
  /** Reserves released from the blocked accounts and paid to the employees this year. */
  public final double[] participationReleased;
  /**
   * Interest on the blocked accounts: a financial charge of the year, paid to the employees or
   * added to the accounts when it is capitalised.
   */
  public final double[] blockedAccountInterest;
  /** The part of {@link #blockedAccountInterest} paid in cash this year (0 when capitalised). */
  public final double[] blockedAccountInterestPaid;
  /** Balance of the employees' blocked participation accounts at year end. */
  public final double[] blockedAccounts;
  /** SCOP work share (part travail) allocated from the year's surplus, paid the next year. */
  public final double[] workShare;
  /** SCOP work share paid in cash this year (the previous year's). */
  public final double[] workSharePaid;
  /** SCOP capital subscribed by employee members this year. */
  public final double[] memberContributions;
  /** SCOP outside members' capital bought back this year (amorçage). */
  public final double[] buybacks;
  /** Running costs of the holding company. */
  public final double[] holdingCosts;
  /** Operating company distributable reserves at year end. */
  public final double[] opcoReserves;
  /** Operating company tax losses that it keeps on its own (0 inside a tax group). */
  public final double[] opcoTaxLosses;
  /**
   * Tax losses carried forward at year end by the tax group (those it made itself), or by the
   * holding as a stand-alone taxpayer when there is no group; 0 without a holding.
   */
  public final double[] groupTaxLosses;
  /** Sharing of the operating company's value added. */
  public final ValueAddedSplit opcoValueAdded;
  /** Sharing of the group's value added (operating company + holding, intra-group flows eliminated). */
  public final ValueAddedSplit groupValueAdded;

  /** Allocates a table for {@code n} projected years, all zero. */
  public YearTable(int n) {
    year = new int[n];
    revenue = new double[n];
    purchases = new double[n];
    externalCharges = new double[n];
    otherTaxes = new double[n];
    personnelCosts = new double[n];
    ebitda = new double[n];
    depreciation = new double[n];
    ebit = new double[n];
    capex = new double[n];
    workingCapital = new double[n];
    changeInWorkingCapital = new double[n];
    interestIncome = new double[n];
    cashInterest = new double[n];
    pikInterest = new double[n];
    commitmentFees = new double[n];
    feeAmortisation = new double[n];
    hedgeSettlement = new double[n];
    hedgePremiumAmortisation = new double[n];
    hedgeUnpaid = new double[n];
    shareholderLoanInterest = new double[n];
    nonDeductibleInterest = new double[n];
    acquisitionCostAmortisation = new double[n];
    opcoIncomeTax = new double[n];
    incomeTax = new double[n];
    disallowedInterest = new double[n];
    unusedInterestCapacity = new double[n];
    carriedInterest = new double[n];
    thinCapShare = new double[n];
    opcoPreTaxIncome = new double[n];
    opcoNetIncome = new double[n];
    opcoBookEquity = new double[n];
    netIncome = new double[n];
    freeCashFlow = new double[n];
    debtServiceDue = new double[n];
    mandatoryRepayment = new double[n];
    sweep = new double[n];
    sweepBase = new double[n];
    dividendsUpstream = new double[n];
    upstreamAdvances = new double[n];
    distributions = new double[n];
    distributionsLockedUp = new boolean[n];
    distributableReserves = new double[n];
    distributionsCappedByReserves = new boolean[n];
    cash = new double[n];
    debt = new double[n];
    netDebt = new double[n];
    grossLeverage = new double[n];
    netLeverage = new double[n];
    interestCover = new double[n];
    debtServiceCover = new double[n];
    cumulativeRepaidShare = new double[n];
    leverageHeadroom = new double[n];
    interestCoverHeadroom = new double[n];
    debtServiceCoverHeadroom = new double[n];
    covenantBreach = new boolean[n];
    shortfall = new double[n];
    defaulted = new boolean[n];
    headcount = new double[n];
    participation = new double[n];
    forfaitSocial = new double[n];
    participationPaid = new double[n];
    participationBlocked = new double[n];
    participationReleased = new double[n];
    blockedAccountInterest = new double[n];
    blockedAccountInterestPaid = new double[n];
    blockedAccounts = new double[n];
    holdingCosts = new double[n];
    opcoReserves = new double[n];
    opcoTaxLosses = new double[n];
    groupTaxLosses = new double[n];
    workShare = new double[n];
    workSharePaid = new double[n];
    memberContributions = new double[n];
    buybacks = new double[n];
    opcoValueAdded = new ValueAddedSplit(n);
    groupValueAdded = new ValueAddedSplit(n);
  }

  /**
   * The cash sweep's share applied in each year when it steps down with leverage (§5.5), or null
   * when one share applies every year. Not a public column: the JSON writes it only for a stepped
   * sweep ({@link #sweepShare()}).
   */
  double[] sweepShare;
  /** The net leverage tested for the stepped sweep's share (§5.5); null without steps. */
  double[] sweepLeverage;

  /**
   * The dividend recapitalisations (§5.13), or null when no tranche of the deal is drawn during
   * the hold. Not a public column: the outputs show it only for such a deal.
   */
  RecapRows recap;
  /**
   * The share premium's rows (§5.5), or null when the deal gives none. Not a public column: the
   * outputs show it only for such a deal.
   */
  PremiumRows premium;
  /** True when the deal distributes during the hold ({@link #distributes}), set by the solver. */
  boolean distributing;

  /** @return the dividend recapitalisations' rows, or null when the deal has none (§5.13) */
  public RecapRows recap() {
    return recap;
  }

  /** @return the share premium's rows, or null when the deal gives none (§5.5) */
  public PremiumRows premium() {
    return premium;
  }

  /**
   * @return the cash sweep's share applied in each year (decimal) when the deal's sweep steps down
   *     with leverage (docs/methodology.md §5.5), or null when one share applies every year
   */
  public double[] sweepShare() {
    return sweepShare;
  }

  /**
   * @return the net leverage (times; total or senior as the steps say) that set each year's sweep
   *     share: the year end's, before the year's sweep and distributions (§5.5); NaN when EBITDA
   *     ≤ 0; null when one share applies every year
   */
  public double[] sweepLeverage() {
    return sweepLeverage;
  }

  /**
   * @return true when the deal distributes cash to its shareholders during the hold (a share of the
   *     excess cash, outside a SCOP): the outputs show the law's cap on the dividends (§5.5) then
   */
  public boolean distributes() {
    return distributing;
  }

  /**
   * @return true when some year has a hedge flow (a net settlement or a cap's premium expensed):
   *     the outputs show the hedges' rows and notes only then (docs/methodology.md §5.11)
   */
  public boolean hasHedgeFlows() {
    for (int t = 0; t < hedgeSettlement.length; t++) {
      if (hedgeSettlement[t] != 0.0 || hedgePremiumAmortisation[t] != 0.0) {
        return true;
      }
    }
    return false;
  }

  /** @return the number of projected years */
  public int size() {
    return year.length;
  }
}
