package org.reprise.engine;

import org.reprise.engine.returns.Irr;
import org.reprise.model.EquityClass;

/**
 * The returns of one equity class (an instrument: ordinary shares, preferred shares or a
 * shareholder loan of one holder) over the deal (docs/methodology.md §8.1).
 *
 * <p>Cash flows are seen from the holder: negative when it pays, positive when it receives.
 * {@code flows[0]} is at closing, {@code flows[t]} at the end of projected year t, up to the exit.
 * The flows of a holder's instruments add up to the equity part of its flows as a party ({@link
 * PartyReturn}).
 *
 * @param name the class's name, as in the deal file
 * @param holder the party that holds it (a party of {@link DealResult#returns()})
 * @param kind ordinary shares, preferred shares or shareholder loan
 * @param ownership share of the ordinary equity (decimal): the given share, or pro rata to the
 *     amounts invested in ordinary shares; 0 for preferred shares and shareholder loans
 * @param flows dated cash flows, one per year end from closing to exit
 * @param invested total paid (sum of the negative flows, as a positive number)
 * @param proceeds total received (sum of the positive flows)
 * @param moic multiple of money = proceeds / invested; {@code NaN} when nothing was invested
 * @param exitProceeds what the class receives from the exit waterfall (the ratchet's reallocation
 *     included), in the exit year's flow beside that year's distribution; the rest of {@code
 *     proceeds} came during the hold (distributions, a recap's payment)
 * @param returnOfContributions per flow index (as {@code flows}), the part of the flow paid out of
 *     the share premium (docs/methodology.md §5.5): a return of the holder's contributions, not a
 *     dividend (CGI art. 112-1°, §8.4); null when the deal gives no premium
 */
public record InstrumentReturn(
    String name,
    String holder,
    EquityClass.Kind kind,
    double ownership,
    double[] flows,
    double invested,
    double proceeds,
    double moic,
    double exitProceeds,
    double[] returnOfContributions) {

  /** An instrument that received nothing out of a share premium. */
  public InstrumentReturn(String name, String holder, EquityClass.Kind kind, double ownership,
      double[] flows, double invested, double proceeds, double moic, double exitProceeds) {
    this(name, holder, kind, ownership, flows, invested, proceeds, moic, exitProceeds, null);
  }

  /**
   * An instrument whose proceeds all come from the exit ({@code exitProceeds} = {@code proceeds}):
   * nothing distributed during the hold.
   */
  public InstrumentReturn(String name, String holder, EquityClass.Kind kind, double ownership,
      double[] flows, double invested, double proceeds, double moic) {
    this(name, holder, kind, ownership, flows, invested, proceeds, moic, proceeds);
  }

  /**
   * @param t a flow index (0 the closing)
   * @return what the class received out of the share premium at index t, 0 when none
   */
  public double returnOfContributions(int t) {
    return returnOfContributions == null ? 0.0 : returnOfContributions[t];
  }

  /**
   * The IRR, solved when asked: the engine's run does not spend its time on what only the reports
   * show (docs/benchmarks.md, "Goal").
   *
   * @return internal rate of return, decimal per year; {@code NaN} when undefined
   */
  public double irr() {
    return Irr.irr(flows).rate();
  }

  /** @return why the IRR is undefined, or {@code ""} */
  public String irrNote() {
    return Irr.irr(flows).note();
  }
}
