package org.reprise.model;

/**
 * A resolved leveraged buyout: everything the engine needs, with defaults applied, rates as
 * decimals, and one entry per projected year in every per-year array. Produced by the deal reader
 * from the user's file; consumed by the engine. Immutable by convention: nobody writes into the
 * arrays after resolution.
 *
 * @param name deal name as the user wrote it
 * @param company the operating company and its base year
 * @param operations projected operations
 * @param transaction the acquisition
 * @param structure holding or push-down, tax group
 * @param financing equity classes and debt tranches
 * @param tax income-tax parameters
 * @param covenants financial covenants
 * @param exit the sale, or the valuation at the horizon ({@link #soldAtExit()})
 * @param interestBasis balance on which cash interest is computed
 * @param participation the operating company's legal profit-sharing
 * @param cooperative SCOP rules when the operating company is a worker cooperative, else {@code null}
 * @param fund the terms between the fund's investors and its manager (fees, hurdle, carried
 *     interest) that split the flows of the equity holder {@link FundTerms#holder}, or {@code null}
 *     when the deal file gives none (docs/methodology.md §8.3)
 * @param personalTax the personal tax of the individuals who hold equity classes on their exit
 *     gains (docs/methodology.md §8.4), or {@code null} when the deal file gives none
 * @param source who set the assumptions, as the deal file says it (the buyer's business plan, a
 *     restatement by the works council's expert, a fictional example), or {@code null} when the file
 *     does not say; printed beside the results, never used by the engine
 */
public record Deal(
    String name,
    Company company,
    Operations operations,
    Transaction transaction,
    Structure structure,
    Financing financing,
    Tax tax,
    Covenants covenants,
    Exit exit,
    InterestBasis interestBasis,
    Participation participation,
    Cooperative cooperative,
    FundTerms fund,
    PersonalTax personalTax,
    String source) {

  /** A deal without fund terms, personal tax nor source ({@code fund} and the others null). */
  public Deal(
      String name,
      Company company,
      Operations operations,
      Transaction transaction,
      Structure structure,
      Financing financing,
      Tax tax,
      Covenants covenants,
      Exit exit,
      InterestBasis interestBasis,
      Participation participation,
      Cooperative cooperative) {
    this(name, company, operations, transaction, structure, financing, tax, covenants, exit,
        interestBasis, participation, cooperative, null, null, null);
  }

  /** The balance on which cash interest and the commitment fee are computed. */
  public enum InterestBasis {
    /** Average of opening and closing balances: circular, solved exactly by iteration. */
    AVERAGE,
    /** Opening balance: no circularity. */
    OPENING
  }

  /** @return this deal with other operations, every other part unchanged */
  public Deal withOperations(Operations newOperations) {
    return new Deal(name, company, newOperations, transaction, structure, financing, tax,
        covenants, exit, interestBasis, participation, cooperative, fund, personalTax, source);
  }

  /** @return this deal with other fund terms ({@code null}: none), every other part unchanged */
  public Deal withFund(FundTerms newFund) {
    return new Deal(name, company, operations, transaction, structure, financing, tax,
        covenants, exit, interestBasis, participation, cooperative, newFund, personalTax, source);
  }

  /**
   * @return this deal with another personal tax ({@code null}: none), every other part unchanged
   */
  public Deal withPersonalTax(PersonalTax newPersonalTax) {
    return new Deal(name, company, operations, transaction, structure, financing, tax,
        covenants, exit, interestBasis, participation, cooperative, fund, newPersonalTax, source);
  }

  /** @return true when the operating company is a worker cooperative (SCOP) */
  public boolean isCooperative() {
    return cooperative != null;
  }

  /**
   * @return true when the company is sold at the exit; false when it is valued at the horizon,
   *     nobody selling: a deal whose file says {@code exit.sale: false} (an employee buyout whose
   *     employees keep the company), a cooperative and the status quo (docs/methodology.md §7,
   *     §5.10, §12)
   */
  public boolean soldAtExit() {
    return exit.sale() && !isCooperative() && structure.kind() != Structure.Kind.UNCHANGED;
  }

  /** @return the number of projected years (the horizon) */
  public int years() {
    return operations.years();
  }
}
