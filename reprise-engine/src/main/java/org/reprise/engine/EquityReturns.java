package org.reprise.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reprise.engine.returns.Irr;
import org.reprise.engine.returns.IrrResult;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;

/**
 * The returns of the equity, instrument by instrument (docs/methodology.md §8.1 and §8.2).
 *
 * @param instruments the returns of each equity class, in the deal file's order
 * @param blended the return of all the equity classes together (the whole equity cheque: the
 *     sponsor's and the management's, or every shareholder's), as one party named {@link
 *     #ALL_EQUITY} with the role "equity"
 * @param envyRatio the management's envy ratio, or why it does not apply; never null
 */
public record EquityReturns(
    List<InstrumentReturn> instruments, PartyReturn blended, EnvyRatio envyRatio) {

  /** The party name of {@link #blended}. */
  public static final String ALL_EQUITY = "all equity";

  public EquityReturns {
    instruments = List.copyOf(instruments);
    Objects.requireNonNull(blended, "blended");
    Objects.requireNonNull(envyRatio, "envyRatio");
  }

  /**
   * Each class's flows are those {@link PartyReturns} adds into its holder's ({@link
   * PartyReturns#addClass}): the same investment, distributions and exit proceeds.
   */
  static EquityReturns compute(
      Deal deal, Entry entry, YearTable y, ExitWaterfall exit, int exitYear,
      double[][] classFlows) {
    List<EquityClass> classes = deal.financing().equity();
    double[] invested = entry.equityAmounts();
    List<InstrumentReturn> out = new ArrayList<>(classes.size());
    double[] all = new double[exitYear + 1];
    for (int k = 0; k < classes.size(); k++) {
      EquityClass c = classes.get(k);
      double[] f = new double[exitYear + 1];
      PartyReturns.addClass(k, c, invested[k], y, exit, exitYear, classFlows, f);
      for (int t = 0; t <= exitYear; t++) {
        all[t] += f[t];
      }
      double paid = PartyReturns.paid(f);
      double received = PartyReturns.received(f);
      IrrResult irr = Irr.irr(f);
      out.add(new InstrumentReturn(c.name(), c.holder(), c.kind(), exit.ownership[k], f, paid,
          received, irr.rate(), irr.note(), PartyReturns.moic(paid, received)));
    }
    double paid = PartyReturns.paid(all);
    double received = PartyReturns.received(all);
    IrrResult irr = Irr.irr(all);
    PartyReturn blended = new PartyReturn(ALL_EQUITY, "equity", all, paid, received, irr.rate(),
        irr.note(), PartyReturns.moic(paid, received));
    return new EquityReturns(out, blended, EnvyRatio.of(deal, invested, exit.ownership));
  }

  /** @return the returns of the named equity class, or {@code null} */
  public InstrumentReturn instrument(String name) {
    for (InstrumentReturn r : instruments) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }
}
