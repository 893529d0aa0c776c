package org.reprise.sim.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.PartyReturn;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.sim.SimulationResult;
import org.reprise.sim.Simulator;
import org.reprise.sim.StressTest;

/**
 * The number a sensitivity grid computes in each cell.
 *
 * <ul>
 *   <li>{@code <party>.irr}, {@code <party>.moic}: the party's IRR (decimal per year) or multiple
 *       of money in the deterministic run of the cell's deal (with the cell's stress applied, if
 *       any). A party is a holder or lender of the deal ({@code fund}, {@code senior banks}). An
 *       undefined IRR leaves the cell empty with the engine's reason.
 *   <li>{@code default.probability}, {@code breach.probability}: Monte Carlo — the probability of a
 *       payment default (of a covenant breach) up to the exit over {@code paths} paths of the
 *       cell's deal under the risk model, with the cell's stress on every path, one thread per
 *       cell. Every cell uses the same seed: common random numbers make the surface smooth.
 * </ul>
 *
 * @param name the metric's name
 * @param unit {@code "rate"} (decimal), {@code "x"} (multiple) or {@code "probability"}
 * @param monteCarlo true when the metric simulates paths
 * @param value the function of a cell's input; throws (the cell is then empty, with the message)
 *     when the value cannot be computed
 */
public record GridMetric(
    String name, String unit, boolean monteCarlo, ToDoubleFunction<GridInput> value) {

  /** Probability of a payment default up to the exit (Monte Carlo). */
  public static final String DEFAULT_PROBABILITY = "default.probability";

  /** Probability of a covenant breach up to the exit (Monte Carlo). */
  public static final String BREACH_PROBABILITY = "breach.probability";

  /** Reason of a Monte Carlo cell interrupted by a cancellation. */
  public static final String CANCELLED = "not computed: cancelled";

  public GridMetric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /**
   * @param parties the deal's parties
   * @return every metric name: {@code <party>.irr} and {@code <party>.moic} per party, then the
   *     Monte Carlo metrics
   */
  public static List<String> names(List<String> parties) {
    List<String> names = new ArrayList<>();
    for (String p : parties) {
      names.add(p + ".irr");
      names.add(p + ".moic");
    }
    names.add(DEFAULT_PROBABILITY);
    names.add(BREACH_PROBABILITY);
    return names;
  }

  /**
   * @param base the deal the grid starts from
   * @return its parties (equity holders, then lenders), from its deterministic run
   * @throws DealException when the deal cannot be computed
   */
  public static List<String> parties(GridInput base) {
    List<String> parties = new ArrayList<>();
    for (PartyReturn r : LboEngine.DEFAULT.run(base.deal()).returns()) {
      parties.add(r.party());
    }
    return parties;
  }

  /**
   * Finds a metric by name; says only whether it is a Monte Carlo metric (no simulation settings
   * needed).
   *
   * @throws DealException ({@code grid.metric}) for an unknown name, with the closest name
   */
  public static boolean isMonteCarlo(String name, List<String> parties) {
    check(name, parties);
    return name.equals(DEFAULT_PROBABILITY) || name.equals(BREACH_PROBABILITY);
  }

  /**
   * @param name the metric's name
   * @param parties the deal's parties ({@link #parties})
   * @param paths paths per cell for Monte Carlo metrics (≥ 1; ignored otherwise)
   * @param seed the seed of every cell's simulation
   * @param cancel polled by the simulations; a cell cut short is empty ({@link #CANCELLED})
   * @return the metric
   * @throws DealException ({@code grid.metric}) for an unknown name, ({@code paths}) for a Monte
   *     Carlo metric with fewer than 1 path
   */
  public static GridMetric of(
      String name, List<String> parties, long paths, long seed, BooleanSupplier cancel) {
    check(name, parties);
    BooleanSupplier stop = cancel == null ? () -> false : cancel;
    if (name.equals(DEFAULT_PROBABILITY) || name.equals(BREACH_PROBABILITY)) {
      if (paths < 1) {
        throw new DealException("paths", "expected at least 1 path, found " + paths);
      }
      boolean defaults = name.equals(DEFAULT_PROBABILITY);
      return new GridMetric(
          name,
          "probability",
          true,
          in -> {
            SimulationResult r =
                Simulator.DEFAULT.run(
                    in.deal(), in.risk(), in.stress(), paths, seed, 1, null, stop);
            if (r.cancelled()) {
              throw new IllegalStateException(CANCELLED);
            }
            return defaults ? r.defaultProbability() : r.covenantBreachProbability();
          });
    }
    int dot = name.lastIndexOf('.');
    String party = name.substring(0, dot);
    boolean irr = name.endsWith(".irr");
    return new GridMetric(
        name,
        irr ? "rate" : "x",
        false,
        in -> {
          Deal d =
              in.stress() == null
                  ? in.deal()
                  : StressTest.apply(in.deal(), in.stress(), in.risk().shortTimeWork());
          DealResult result = LboEngine.DEFAULT.run(d);
          PartyReturn r = result.returnOf(party);
          if (r == null) {
            throw new DealException("", "no party named \"" + party + "\" in this cell's deal");
          }
          double v = irr ? r.irr() : r.moic();
          if (Double.isNaN(v)) {
            throw new DealException(
                "", "no " + (irr ? "IRR" : "multiple") + (r.irrNote() == null
                    || r.irrNote().isEmpty() ? "" : ": " + r.irrNote()));
          }
          return v;
        });
  }

  private static void check(String name, List<String> parties) {
    List<String> names = names(parties);
    if (name == null || !names.contains(name)) {
      String best = Names.closest(name, names);
      if (best == null && name != null) {
        // the simulation's own metric names put the measure first: irr.fund → fund.irr
        for (String measure : new String[] {"irr", "moic"}) {
          if (name.startsWith(measure + ".")) {
            best = Names.closest(name.substring(measure.length() + 1) + "." + measure, names);
          }
        }
      }
      throw new DealException(
          "grid.metric",
          "unknown metric `"
              + Names.abbreviate(String.valueOf(name))
              + "`"
              + (best == null ? "." : ": did you mean `" + best + "`?")
              + " The metrics are "
              + String.join(", ", names));
    }
  }
}
