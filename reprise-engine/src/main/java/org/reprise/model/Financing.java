package org.reprise.model;

import java.util.List;

/**
 * The financing of the deal: equity classes and debt tranches, in the deal file's order.
 *
 * @param equity equity and quasi-equity classes (at most one is the balancing item)
 * @param debt debt tranches, most senior first
 * @param cashSweep decimal share of the excess cash that prepays the sweeping tranches each year
 *     (0 = the cash stays on the balance sheet)
 * @param distributionShare decimal share of the cash left after the sweep that is paid out to the
 *     shareholders each year (0 = none)
 */
public record Financing(
    List<EquityClass> equity, List<Tranche> debt, double cashSweep, double distributionShare) {

  public Financing {
    equity = List.copyOf(equity);
    debt = List.copyOf(debt);
  }
}
