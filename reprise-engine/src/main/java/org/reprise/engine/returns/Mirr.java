package org.reprise.engine.returns;

/**
 * The modified internal rate of return with zero finance and reinvestment rates: the annualised
 * multiple of money. The Monte Carlo ranks a path whose IRR has no single root at it
 * (docs/risk.md §5); the deterministic run keeps its undefined IRR and the reason.
 *
 * <p><b>Formula.</b> With flows {@code f_0 … f_n} (closing at {@code t = 0}; seen from the
 * investor, negative when paid), the MIRR at finance rate {@code f} and reinvestment rate {@code
 * r} is {@code (FV_r(inflows) / PV_f(outflows))^(1/T) − 1}. With both rates at zero the future
 * value of the inflows is their sum and the present value of the outflows the sum of their
 * magnitudes:
 *
 * <pre>MIRR(0, 0) = (Σ_t max(f_t, 0) / Σ_t max(−f_t, 0))^(1/T) − 1</pre>
 *
 * <p>that is, the multiple of money (undiscounted, each date's flow netted as given) annualised
 * over {@code T} years, where {@code T} runs from the party's first non-zero flow to its last
 * inflow: the MIRR's terminal date, to which the inflows are carried (with a zero finance rate the
 * outflows count at their sum whenever they were paid). A lender whose money stopped coming back in
 * year 2 of a 5-year hold is annualised over 2 years, not 5, so that its rate stands beside the IRRs
 * of paths that lost as much as fast; and money lent after the last inflow and lost lowers the
 * multiple without lengthening {@code T}, so that the same path with that loss ranks lower than
 * without it (review 11, finding 2: ending the span at the last flow, a lost late advance
 * lengthened it and raised the rate). It ranks; it is not a rate comparable across spans. A multiple of 0 gives −1, the IRR of a total loss. It exists for any flows that put money
 * in; unlike an IRR it ignores when, within the span, the money moved. When the flows end with an
 * inflow it is the spreadsheet function {@code MIRR(values, 0, 0)} (Excel, LibreOffice Calc:
 * {@code (−NPV(rr, inflows)(1 + rr)^n / (NPV(fr, outflows)(1 + fr)))^(1/(n−1)) − 1} over n
 * values) of the flows from the first non-zero one to the last.
 *
 * <p>Stateless and thread-safe.
 */
public final class Mirr {

  private Mirr() {}

  /**
   * MIRR with zero finance and reinvestment rates, over the span from the first non-zero flow to
   * the last inflow.
   *
   * @param flows cash flows at the end of years 0 (closing) to the exit; not modified
   * @return the annualised multiple, decimal per year; −1 when nothing was received; {@code NaN}
   *     when nothing was paid, a flow is not finite, or there are fewer than two flows
   * @throws NullPointerException if {@code flows} is null
   */
  public static double zeroRates(double[] flows) {
    // (what was received / what was paid)^(1/T) − 1: the multiple, annualised over the span
    double multiple = Irr.moic(flows);
    if (flows.length < 2 || Double.isNaN(multiple)) {
      return Double.NaN;
    }
    if (multiple == 0.0) {
      return -1.0;
    }
    int first = 0;
    while (flows[first] == 0.0) {
      first++;
    }
    // the terminal date is the last inflow (a multiple above 0 has one); should it be the first
    // flow itself, with money paid only afterwards, the span runs to the last flow instead
    int last = flows.length - 1;
    while (last > first && !(flows[last] > 0.0)) {
      last--;
    }
    if (last == first) {
      last = flows.length - 1;
      while (flows[last] == 0.0) {
        last--;
      }
    }
    return Math.pow(multiple, 1.0 / (last - first)) - 1.0;
  }



  /**
   * @param irr the outcome of {@link Irr#irr}
   * @return true when the IRR is undefined because the NPV has no single root — several roots, or
   *     none — and not for another reason (no money paid in, no flow, a flow not finite, flows
   *     beyond the double range)
   */
  public static boolean noSingleRoot(IrrResult irr) {
    String note = irr.note();
    return !irr.isDefined()
        && (note.startsWith(Irr.NO_ROOT) || note.startsWith(Irr.SEVERAL_ROOTS));
  }
}
