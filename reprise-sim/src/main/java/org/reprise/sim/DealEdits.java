package org.reprise.sim;

import org.reprise.model.Deal;
import org.reprise.model.Exit;
import org.reprise.model.Financing;
import org.reprise.model.Operations;
import org.reprise.model.Transaction;

/**
 * Copies of a resolved deal with one part replaced, every other component carried over as is. The
 * one place that calls {@code Deal}'s canonical constructor for the simulation and the grids: when
 * {@code Deal} gains a component this class stops compiling instead of silently dropping it (its
 * convenience constructors fill new components with defaults).
 */
public final class DealEdits {

  private DealEdits() {}

  /**
   * @return {@code d} with other operations
   */
  public static Deal withOperations(Deal d, Operations operations) {
    return d.withOperations(operations);
  }

  /**
   * @return {@code d} with another transaction
   */
  public static Deal withTransaction(Deal d, Transaction transaction) {
    return of(d, d.operations(), transaction, d.financing(), d.exit());
  }

  /**
   * @return {@code d} with another financing
   */
  public static Deal withFinancing(Deal d, Financing financing) {
    return of(d, d.operations(), d.transaction(), financing, d.exit());
  }

  /**
   * @return {@code d} with another exit
   */
  public static Deal withExit(Deal d, Exit exit) {
    return of(d, d.operations(), d.transaction(), d.financing(), exit);
  }

  /**
   * @return {@code d} with its operations, transaction, financing and exit replaced
   */
  public static Deal of(
      Deal d, Operations operations, Transaction transaction, Financing financing, Exit exit) {
    return new Deal(
        d.name(),
        d.company(),
        operations,
        transaction,
        d.structure(),
        financing,
        d.tax(),
        d.covenants(),
        exit,
        d.interestBasis(),
        d.participation(),
        d.cooperative(),
        d.fund(),
        d.personalTax(),
        d.source());
  }
}
