package org.reprise.model.risk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reprise.model.DealException;

/**
 * A regime-switching business cycle: a discrete-time Markov chain over named {@link Regime}s, one
 * step per projected year.
 *
 * <p>The regime of projected year 1 is drawn from {@code initial}; the regime of year t + 1 from
 * row {@code transition[regime of year t]}. {@code transition[i][j]} is the probability of moving
 * from regime i to regime j in one year; the mean time spent in regime i is {@code 1 / (1 −
 * transition[i][i])} years. Arrays are copied on the way in and out.
 *
 * @param regimes the states, in the order of the matrix rows and columns
 * @param transition one-year transition probabilities, square, each row summing to 1 (± 1e-9)
 * @param initial probabilities of each regime in projected year 1, summing to 1 (± 1e-9)
 */
public record BusinessCycle(List<Regime> regimes, double[][] transition, double[] initial) {

  /** Validates the shapes and probabilities; paths are {@code risk.cycle.*}. */
  public BusinessCycle {
    if (regimes == null || regimes.isEmpty()) {
      throw new DealException("risk.cycle.regimes", "expected at least one regime, found none");
    }
    regimes = List.copyOf(regimes);
    int n = regimes.size();
    String[] names = new String[n];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      names[i] = regimes.get(i).name();
      if (!seen.add(names[i])) {
        throw new DealException(
            "risk.cycle.regimes." + names[i], "regime names must be unique, found it twice");
      }
    }
    if (transition == null || transition.length != n) {
      throw new DealException(
          "risk.cycle.transition",
          "expected "
              + n
              + " rows (one per regime), found "
              + (transition == null ? "none" : transition.length));
    }
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      String row = "risk.cycle.transition." + names[i];
      if (transition[i] == null || transition[i].length != n) {
        throw new DealException(
            row,
            "expected "
                + n
                + " probabilities (one per regime), found "
                + (transition[i] == null ? "none" : transition[i].length));
      }
      copy[i] = RiskChecks.distribution(transition[i].clone(), row, names);
    }
    transition = copy;
    if (initial == null || initial.length != n) {
      throw new DealException(
          "risk.cycle.initial",
          "expected "
              + n
              + " probabilities (one per regime), found "
              + (initial == null ? "none" : initial.length));
    }
    initial = RiskChecks.distribution(initial.clone(), "risk.cycle.initial", names);
  }

  /**
   * A cycle whose year-1 regime follows the chain's stationary distribution (the long-run share of
   * years in each regime): the honest choice when nobody knows where in the cycle the deal closes.
   *
   * @throws DealException when the chain has no unique stationary distribution (then give the
   *     initial distribution explicitly)
   */
  public static BusinessCycle startingStationary(List<Regime> regimes, double[][] transition) {
    BusinessCycle probe = new BusinessCycle(regimes, transition, uniform(regimes.size()));
    return new BusinessCycle(regimes, transition, probe.stationary());
  }

  /**
   * A cycle that starts in the named regime in year 1.
   *
   * @throws DealException when no regime has that name
   */
  public static BusinessCycle startingIn(
      List<Regime> regimes, double[][] transition, String regime) {
    BusinessCycle probe = new BusinessCycle(regimes, transition, uniform(regimes.size()));
    double[] init = new double[regimes.size()];
    init[probe.indexOf(regime)] = 1.0;
    return new BusinessCycle(regimes, transition, init);
  }

  private static double[] uniform(int n) {
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = i == n - 1 ? 1.0 - (n - 1) * (1.0 / n) : 1.0 / n;
    }
    return u;
  }

  /**
   * @return a copy of the transition matrix
   */
  @Override
  public double[][] transition() {
    double[][] c = new double[transition.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = transition[i].clone();
    }
    return c;
  }

  /**
   * @return a copy of the initial distribution
   */
  @Override
  public double[] initial() {
    return initial.clone();
  }

  /**
   * @return the number of regimes
   */
  public int size() {
    return regimes.size();
  }

  /**
   * @return the one-year probability of moving from regime {@code from} to regime {@code to}
   */
  public double probability(int from, int to) {
    return transition[from][to];
  }

  /**
   * @return the probability of regime {@code i} in projected year 1
   */
  public double initialProbability(int i) {
    return initial[i];
  }

  /**
   * @return the mean number of consecutive years spent in regime i: 1 / (1 − p_ii); +∞ if absorbing
   */
  public double meanDuration(int i) {
    double stay = transition[i][i];
    return stay >= 1.0 ? Double.POSITIVE_INFINITY : 1.0 / (1.0 - stay);
  }

  /**
   * @return the index of the named regime
   * @throws DealException when no regime has that name
   */
  public int indexOf(String name) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < regimes.size(); i++) {
      if (regimes.get(i).name().equals(name)) {
        return i;
      }
      names.add(regimes.get(i).name());
    }
    throw new DealException(
        "risk.cycle.initial", "unknown regime \"" + name + "\"; the regimes are " + names);
  }

  /**
   * The stationary distribution π of the chain: π P = π, Σ π = 1, solved by Gaussian elimination
   * with partial pivoting on (Pᵀ − I) with its last equation replaced by Σ π = 1.
   *
   * @return π, one probability per regime
   * @throws DealException when the chain has several stationary distributions (it is reducible, for
   *     example the identity matrix)
   */
  public double[] stationary() {
    int n = size();
    double[][] a = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = transition[j][i] - (i == j ? 1.0 : 0.0);
      }
    }
    for (int j = 0; j < n; j++) {
      a[n - 1][j] = 1.0;
    }
    a[n - 1][n] = 1.0;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][col]) < 1e-12) {
        throw new DealException(
            "risk.cycle.transition",
            "the chain has no unique stationary distribution (some regimes never reach each"
                + " other); give the initial regime explicitly");
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = a[r][col] / a[col][col];
          for (int c = col; c <= n; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
    double[] pi = new double[n];
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
      pi[i] = Math.max(0.0, a[i][n] / a[i][i]);
      sum += pi[i];
    }
    for (int i = 0; i < n; i++) {
      pi[i] /= sum;
    }
    return pi;
  }
}
