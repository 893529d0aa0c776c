package org.reprise.model;

/**
 * One debt tranche as resolved from the deal file.
 *
 * <p>Seniority is the order of the tranches in the deal file (revolver first whatever its place);
 * the operating company's tranches rank before the holding's (structural subordination).
 *
 * @param name tranche name as the user wrote it
 * @param lender the party that lends it (e.g. "senior banks", "vendor")
 * @param kind term loan, revolving credit facility or vendor loan
 * @param borrower the entity that borrows
 * @param size how the amount at closing is given
 * @param cashRate cash interest rate per year (base rate + margin already added), decimal
 * @param pikRate payment-in-kind interest per year, decimal, accrued on the opening balance
 * @param upfrontFee fee paid to the lender at closing, decimal share of the amount (of the limit
 *     for a revolver)
 * @param repayment mandatory repayment per year as a decimal share of the amount at closing
 * @param maturity year index (1 = first projected year) at which everything outstanding is due;
 *     0 when the tranche matures after the horizon
 * @param sweep true when the tranche takes part in the cash sweep
 * @param sweepOrder rank in the sweep (lower first); ties keep the deal-file order
 * @param limit revolver commitment, currency units (0 for other kinds)
 * @param commitmentFee fee on the undrawn revolver, decimal per year
 * @param rolledOver true for existing debt that stays in place (not a source of funds)
 */
public record Tranche(
    String name,
    String lender,
    Kind kind,
    Borrower borrower,
    Size size,
    double[] cashRate,
    double[] pikRate,
    double upfrontFee,
    double[] repayment,
    int maturity,
    boolean sweep,
    int sweepOrder,
    double limit,
    double commitmentFee,
    boolean rolledOver) {

  /** The kind of facility. */
  public enum Kind {
    TERM,
    REVOLVER,
    VENDOR_LOAN
  }

  /** The entity that borrows. */
  public enum Borrower {
    HOLDING,
    OPCO
  }

  /**
   * How the amount at closing is given.
   *
   * @param basis amount, multiple of base-year EBITDA, or share of the entry enterprise value
   * @param value the amount (currency units), the multiple, or the decimal share
   */
  public record Size(Basis basis, double value) {
    /** The unit of a tranche size. */
    public enum Basis {
      AMOUNT,
      EBITDA_MULTIPLE,
      PRICE_SHARE
    }
  }

  /** @return true for a revolving credit facility */
  public boolean isRevolver() {
    return kind == Kind.REVOLVER;
  }
}
