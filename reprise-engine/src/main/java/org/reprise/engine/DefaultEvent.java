package org.reprise.engine;

/**
 * The first payment default of the deal, if any.
 *
 * @param year calendar year of the first default, 0 when the deal never defaults
 * @param shortfall mandatory debt service not paid that year, currency units
 * @param totalShortfall mandatory debt service not paid when it fell due, over the holding
 *     period, each amount counted once (the principal overdue and due again the next year is not
 *     counted again)
 * @param yearsInDefault number of projected years with a shortfall
 */
public record DefaultEvent(int year, double shortfall, double totalShortfall, int yearsInDefault) {

  /** @return true when a payment default occurred */
  public boolean occurred() {
    return year != 0;
  }
}
