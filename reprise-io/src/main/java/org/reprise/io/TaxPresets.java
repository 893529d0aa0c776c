package org.reprise.io;

import org.reprise.model.Tax;
import org.reprise.model.ThinCap;

/**
 * Reads the {@code tax} section and applies the preset defaults.
 *
 * <p>{@code france} (default): rate 25 %, reduced SME rate 15 % up to 42,500 only on request,
 * net-financial-charges cap (212 bis) with floor 3,000,000 and share 30 % and its unused part
 * usable for 5 years (212 bis VIII), losses usable up to 1,000,000 plus 50 % of the excess (209 I),
 * social contribution 3.3 % above 763,000 of tax for revenue from 7,630,000 (235 ter ZC), dividend
 * add-back 5 % (1 % inside a tax group), shareholder-loan interest deductible up to 4.3 %
 * (39-1-3°), the thin-capitalisation rule (212 bis VII), the acquisition costs amortised by the
 * holding over 5 years (209 VII). {@code generic}: a flat rate (required), no cap, unlimited
 * losses, no social contribution, no add-back, no rate cap on shareholder loans, no amortisation
 * of the acquisition costs unless the file gives one.
 */
final class TaxPresets {

  static final String[] KEYS = {
    "preset", "rate", "smeReducedRate", "interestCap", "standalone", "lossCarryForward",
    "socialContribution", "dividendAddBack", "groupDividendAddBack", "relatedPartyRate",
    "thinCap", "safeguardClause", "acquisitionCostAmortisation"
  };

  static final double FRANCE_RATE = 0.25;
  static final double SME_RATE = 0.15;
  static final double SME_THRESHOLD = 42_500;
  static final double CAP_FLOOR = 3_000_000;
  static final double CAP_SHARE = 0.30;
  static final double STANDALONE_SHARE = 0.75;
  /**
   * Share of the charges above the cap that a member of a consolidated group may still deduct when
   * its equity-to-assets ratio is at least its group's (CGI art. 212 bis V and 223 B bis IV;
   * BOI-IS-BASE-35-40-10-20 § 110 to 330).
   */
  static final double SAFEGUARD_SHARE = 0.75;
  /**
   * Years during which the unused part of the interest cap may be used (CGI art. 212 bis VIII;
   * BOI-IS-BASE-35-40-10-30).
   */
  static final int UNUSED_CAPACITY_YEARS = 5;
  /**
   * The thin-capitalisation rule (CGI art. 212 bis VII; BOI-IS-BASE-35-40-20): related-party debt
   * above 1.5 × equity; the charges on the excess deductible up to max(1,000,000, 10 % of tax
   * EBITDA), prorated; a third of what that cap disallows carried forward.
   */
  static final ThinCap THIN_CAP = new ThinCap(1.5, 1_000_000, 0.10, 1.0 / 3.0);
  static final double LOSS_ALLOWANCE = 1_000_000;
  static final double LOSS_EXCESS_SHARE = 0.5;
  static final double SOCIAL_RATE = 0.033;
  static final double SOCIAL_ALLOWANCE = 763_000;
  static final double SOCIAL_REVENUE_THRESHOLD = 7_630_000;
  static final double DIVIDEND_ADD_BACK = 0.05;
  static final double GROUP_DIVIDEND_ADD_BACK = 0.01;
  /**
   * Highest deductible rate of interest on shareholder loans (CGI art. 39-1-3°): the last rate in
   * shared/domain/french-rules.md B2, 4.30 % for the fourth quarter of 2025 (the rate of a year is
   * the average of its four quarterly rates; 5.75 % for 2024), held for the projection.
   */
  static final double RELATED_PARTY_RATE = 0.043;
  /**
   * Years over which a holding amortises for tax the acquisition costs capitalised in the cost of
   * the shares it bought (CGI art. 209 VII; BOFiP, https://bofip.impots.gouv.fr/doctrine/pgp/6722-PGP:
   * "peut toutefois être amortie sur cinq ans").
   */
  static final int ACQUISITION_COST_YEARS = 5;

  private static final String ACQUISITION_COST_EXPECTED = "a whole number of years from 0 to "
      + Tax.MAX_ACQUISITION_COST_YEARS + ", true (5 years) or false (not amortised)";

  private TaxPresets() {}

  /**
   * @param node the {@code tax} value (may be absent: the France preset applies)
   * @param years the horizon
   */
  static Tax read(Node node, int years) {
    if (node.present()) {
      node.mapping(KEYS);
    }
    boolean france = node.at("preset").choice("france", "france", "generic").equals("france");
    Node rateNode = node.at("rate");
    if (!france && !rateNode.present()) {
      throw rateNode.expected("a tax rate (required with preset generic) such as \"25%\"");
    }
    double[] rate = PerYear.rates(rateNode, years, FRANCE_RATE, 0, 1);
    boolean sme = franceOnly(node.at("smeReducedRate"), france, false);
    boolean standalone = franceOnly(node.at("standalone"), france, false);
    boolean safeguard = franceOnly(node.at("safeguardClause"), france, false);
    if (standalone && safeguard) {
      throw node.at("safeguardClause").fail("the safeguard clause is for members of a consolidated"
          + " group, and a stand-alone company is not one: set standalone or safeguardClause, not"
          + " both");
    }
    boolean social = franceOnly(node.at("socialContribution"), france, france);

    double capFloor = Double.POSITIVE_INFINITY;
    double capShare = 0;
    int capacityYears = 0;
    Node cap = node.at("interestCap");
    boolean capOn = cap.isMapping() || cap.bool(france);
    if (capOn) {
      capFloor = CAP_FLOOR;
      capShare = CAP_SHARE;
      capacityYears = UNUSED_CAPACITY_YEARS;
      if (cap.isMapping()) {
        cap.mapping("floor", "share", "unusedCapacityYears");
        capFloor = cap.at("floor").nonNegativeAmountOr(CAP_FLOOR);
        capShare = cap.at("share").present() ? cap.at("share").rate(0, 1) : CAP_SHARE;
        Node capacity = cap.at("unusedCapacityYears");
        if (capacity.present()) {
          capacityYears = capacity.integer(0, Tax.MAX_UNUSED_CAPACITY_YEARS);
        }
      }
    }

    double lossAllowance = france ? LOSS_ALLOWANCE : Double.POSITIVE_INFINITY;
    double lossShare = france ? LOSS_EXCESS_SHARE : 1;
    Node loss = node.at("lossCarryForward");
    if (loss.present()) {
      loss.mapping("allowance", "excessShare");
      lossAllowance = loss.at("allowance").nonNegativeAmountOr(lossAllowance);
      lossShare = loss.at("excessShare").present() ? loss.at("excessShare").rate(0, 1) : lossShare;
    }
    double addBack = rateOr(node.at("dividendAddBack"), france ? DIVIDEND_ADD_BACK : 0);
    double groupAddBack =
        rateOr(node.at("groupDividendAddBack"), france ? GROUP_DIVIDEND_ADD_BACK : 0);
    // the thin-capitalisation rule is part of the French interest cap
    boolean thin = franceOnly(node.at("thinCap"), france, france && capOn);
    Node related = node.at("relatedPartyRate");
    // false: no cap (a rate the company can show to be at arm's length, CGI art. 212 I)
    double[] relatedPartyRate =
        related.present() && related.json().isBoolean() && !related.bool()
            ? PerYear.fill(years, Double.POSITIVE_INFINITY)
            : PerYear.rates(related, years,
                france ? RELATED_PARTY_RATE : Double.POSITIVE_INFINITY, 0, 1);
    int acquisitionCostYears =
        acquisitionCostYears(node.at("acquisitionCostAmortisation"), france);
    return new Tax(
        rate,
        sme ? SME_RATE : 0,
        sme ? SME_THRESHOLD : 0,
        capFloor,
        capShare,
        standalone ? STANDALONE_SHARE : 0,
        safeguard ? SAFEGUARD_SHARE : 0,
        lossAllowance,
        lossShare,
        social ? SOCIAL_RATE : 0,
        social ? SOCIAL_ALLOWANCE : 0,
        social ? SOCIAL_REVENUE_THRESHOLD : 0,
        addBack,
        groupAddBack,
        relatedPartyRate,
        capacityYears,
        thin ? THIN_CAP : ThinCap.NONE,
        acquisitionCostYears);
  }

  /**
   * {@code acquisitionCostAmortisation}: a whole number of years from 0 to {@link
   * Tax#MAX_ACQUISITION_COST_YEARS}, {@code true} (the French 5 years) or {@code false} (0, not
   * taken). Absent: 5 years with the France preset, 0 with the generic one.
   */
  private static int acquisitionCostYears(Node node, boolean france) {
    if (!node.present()) {
      return france ? ACQUISITION_COST_YEARS : 0;
    }
    if (node.json().isBoolean()) {
      return node.bool() ? ACQUISITION_COST_YEARS : 0;
    }
    if (!node.isNumber()) {
      throw node.expected(ACQUISITION_COST_EXPECTED);
    }
    double v = node.json().asDouble();
    if (v != Math.rint(v) || v < 0 || v > Tax.MAX_ACQUISITION_COST_YEARS) {
      throw node.expected(ACQUISITION_COST_EXPECTED);
    }
    return (int) v;
  }

  private static boolean franceOnly(Node node, boolean france, boolean otherwise) {
    boolean v = node.bool(otherwise);
    if (v && !france) {
      throw node.fail("applies only to preset france (French tax rules)");
    }
    return v;
  }

  private static double rateOr(Node node, double otherwise) {
    return node.present() ? node.rate(0, 1) : otherwise;
  }
}
