package org.reprise.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.reprise.engine.returns.Irr;
import org.reprise.engine.returns.IrrResult;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;

/**
 * The returns of the equity, instrument by instrument (docs/methodology.md §8.1 and §8.2): the
 * returns of each equity class in the deal file's order, their blended return, and the
 * management's envy ratio.
 *
 * <p>Worked out when first asked for, from the run's figures: the engine's run does not spend its
 * time on what only the reports show (docs/benchmarks.md, "Goal"). Immutable once computed; safe
 * to read from several threads (the first readers may each compute the same values).
 */
public final class EquityReturns {

  /** The party name of {@link #blended}. */
  public static final String ALL_EQUITY = "all equity";

  private final Supplier<EquityReturns> pending;
  private volatile List<InstrumentReturn> instruments;
  private volatile EnvyRatio envyRatio;
  private volatile EnvyRatio afterRatchet;

  /**
   * @param instruments the returns of each equity class, in the deal file's order
   * @param envyRatio the management's envy ratio, or why it does not apply
   */
  public EquityReturns(List<InstrumentReturn> instruments, EnvyRatio envyRatio) {
    this(instruments, envyRatio, null);
  }

  /**
   * @param instruments the returns of each equity class, in the deal file's order
   * @param envyRatio the management's envy ratio, or why it does not apply
   * @param afterRatchet the envy ratio on the shares of the ordinary equity after the management
   *     ratchet (methodology §7.1, §8.2), or null when the deal has no ratchet
   */
  public EquityReturns(
      List<InstrumentReturn> instruments, EnvyRatio envyRatio, EnvyRatio afterRatchet) {
    this.pending = null;
    this.instruments = List.copyOf(instruments);
    this.afterRatchet = afterRatchet;
    this.envyRatio = Objects.requireNonNull(envyRatio, "envyRatio");
  }

  private EquityReturns(Supplier<EquityReturns> pending) {
    this.pending = pending;
  }

  /** @return the returns of each equity class, in the deal file's order */
  public List<InstrumentReturn> instruments() {
    resolve();
    return instruments;
  }

  /** @return the management's envy ratio, or why it does not apply; never null */
  public EnvyRatio envyRatio() {
    resolve();
    return envyRatio;
  }

  /**
   * @return the envy ratio on the shares of the ordinary equity at the exit, after the management
   *     ratchet (methodology §8.2): the same investments over the shares the ratchet leaves; null
   *     when the deal has no ratchet
   */
  public EnvyRatio envyRatioAfterRatchet() {
    resolve();
    return afterRatchet;
  }

  private void resolve() {
    if (envyRatio == null) {
      EquityReturns done = pending.get();
      instruments = done.instruments;
      afterRatchet = done.afterRatchet;
      envyRatio = done.envyRatio;
    }
  }

  /**
   * The return of all the equity classes together (the whole equity cheque: the sponsor's and the
   * management's, or every shareholder's), from the instruments' flows.
   *
   * @return one party named {@link #ALL_EQUITY} with the role "equity"
   */
  public PartyReturn blended() {
    List<InstrumentReturn> list = instruments();
    int n = 0;
    for (InstrumentReturn r : list) {
      n = Math.max(n, r.flows().length);
    }
    double[] all = new double[n];
    for (InstrumentReturn r : list) {
      double[] f = r.flows();
      for (int t = 0; t < f.length; t++) {
        all[t] += f[t];
      }
    }
    double paid = PartyReturns.paid(all);
    double received = PartyReturns.received(all);
    IrrResult irr = Irr.irr(all);
    return new PartyReturn(ALL_EQUITY, "equity", all, paid, received, irr.rate(), irr.note(),
        PartyReturns.moic(paid, received));
  }

  /**
   * Each class's flows are those {@link PartyReturns} adds into its holder's ({@link
   * PartyReturns#addClass}): the same investment, distributions and exit proceeds. The run's
   * arrays are read when the returns are first asked for: a run of {@link LboEngine#run} owns
   * them and changes them no more.
   */
  static EquityReturns compute(
      Deal deal, Entry entry, YearTable y, ExitWaterfall exit, int exitYear,
      double[][] classFlows) {
    return new EquityReturns(() -> {
      List<EquityClass> classes = deal.financing().equity();
      double[] invested = entry.equityAmounts();
      List<InstrumentReturn> out = new ArrayList<>(classes.size());
      for (int k = 0; k < classes.size(); k++) {
        EquityClass c = classes.get(k);
        double[] f = new double[exitYear + 1];
        PartyReturns.addClass(k, c, invested[k], y, exit, exitYear, classFlows, f);
        double paid = PartyReturns.paid(f);
        double received = PartyReturns.received(f);
        out.add(new InstrumentReturn(c.name(), c.holder(), c.kind(), exit.ownership[k], f, paid,
            received, PartyReturns.moic(paid, received), exit.toEquity[k],
            returnOfContributions(k, y.premium(), exitYear)));
      }
      EnvyRatio afterRatchet = deal.financing().ratchet() == null ? null
          : EnvyRatio.of(deal, invested, exit.exitOwnership);
      return new EquityReturns(out, EnvyRatio.of(deal, invested, exit.ownership), afterRatchet);
    });
  }

  /**
   * @return per flow index, what class k received out of the share premium (§5.5), dated as
   *     {@link PartyReturns#addClass} dates the payments (a recap's at the start of its year, the
   *     distributions' at the year end); null without a premium
   */
  private static double[] returnOfContributions(int k, PremiumRows premium, int exitYear) {
    if (premium == null) {
      return null;
    }
    double[] r = new double[exitYear + 1];
    for (int t = 1; t <= exitYear; t++) {
      r[t] = premium.toClass[k][t - 1] + (t < exitYear ? premium.recapToClass[k][t] : 0.0);
    }
    return r;
  }

  /** @return the returns of the named equity class, or {@code null} */
  public InstrumentReturn instrument(String name) {
    for (InstrumentReturn r : instruments()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }
}
