package org.reprise.sim;

import java.util.function.ToDoubleFunction;
import org.reprise.model.DealException;
import org.reprise.sim.stats.CompensatedSum;
import org.reprise.sim.stats.LogLinearHistogram;

/**
 * The statistics of the paths one worker has run, in bounded memory (docs/risk.md, "Statistics").
 * Everything here is a count, a histogram count, a minimum or a maximum, so that {@link #combine}
 * gives the same result in any order; floating-point sums (for means) are kept per chunk by the
 * caller, in a {@code double[2 × sumCount]} of compensated sums, and added in chunk order.
 *
 * <p>A path is <i>in default</i> when it has a payment default in any year up to the exit year (the
 * extra projected year of a forward exit multiple is not counted), or when the exit waterfall pays
 * some debt tranche less than its claim (a shortfall at the exit, a default in the exit year);
 * likewise for a covenant breach (no exit part). Each metric is accumulated separately over
 * performing and defaulted paths.
 */
final class PathStatistics {
  final int exitYear;
  final Metric[] metrics;
  final int parties;
  long paths;
  long failed;
  long firstFailureIndex = Long.MAX_VALUE;
  String firstFailure = "";
  long defaults;
  /** Paths whose only payment default is the shortfall at the exit (none during the hold). */
  long exitShortfalls;
  long breaches;
  /** Paths on which a dividend recapitalisation was drawn during the hold (§5.13). */
  long recapDrawn;
  /** Paths on which a recapitalisation due in the hold was not drawn (lenders' conditions). */
  long recapRefused;
  /** Paths on which a recap sized to a target had no room under it (§5.13). */
  long recapNoRoom;
  final long[] firstDefault;
  final long[] inDefault;
  final long[] firstBreach;
  final long[] inBreach;
  final LogLinearHistogram[] performing;
  final LogLinearHistogram[] defaulted;
  final long[] pointPerforming;
  final long[] pointDefaulted;
  final long[] substitutedPerforming;
  final long[] substitutedDefaulted;
  private final double[] values;
  private final boolean[] substituted;
  /**
   * The metrics' values of the last paths, per metric, not yet in the histograms: performing paths'
   * and defaulted paths', {@link #pendingPerforming} and {@link #pendingDefaulted} of them. A
   * histogram takes its values {@link #BATCH} paths at a time, in one loop ({@link #flush}), rather
   * than 14 histograms one value each per path, whose bins' cache lines kept evicting one another.
   * The counts, extremes and bins are the same in any order.
   */
  private final double[][] performingBatch;
  private final double[][] defaultedBatch;
  private int pendingPerforming;
  private int pendingDefaulted;
  private final ToDoubleFunction<PathOutcome>[] functions;
  private final ToDoubleFunction<PathOutcome>[] substitutes;
  /**
   * Per metric, the kind of a standard metric ({@link Metric.Standard}), evaluated without an
   * interface call, or −1 for another metric; and the party of an IRR or a multiple.
   */
  private final int[] standardKind;
  private final int[] standardParty;
  private final double[] pointMass;

  /** Paths whose values wait in the batches before they enter the histograms. */
  static final int BATCH = 256;

  PathStatistics(int exitYear, Metric[] metrics, int parties) {
    this.exitYear = exitYear;
    this.metrics = metrics;
    this.parties = parties;
    firstDefault = new long[exitYear];
    inDefault = new long[exitYear];
    firstBreach = new long[exitYear];
    inBreach = new long[exitYear];
    performing = new LogLinearHistogram[metrics.length];
    defaulted = new LogLinearHistogram[metrics.length];
    for (int i = 0; i < metrics.length; i++) {
      performing[i] = new LogLinearHistogram(metrics[i].resolution());
      defaulted[i] = new LogLinearHistogram(metrics[i].resolution());
    }
    pointPerforming = new long[metrics.length];
    pointDefaulted = new long[metrics.length];
    substitutedPerforming = new long[metrics.length];
    substitutedDefaulted = new long[metrics.length];
    values = new double[metrics.length];
    substituted = new boolean[metrics.length];
    performingBatch = new double[metrics.length][BATCH];
    defaultedBatch = new double[metrics.length][BATCH];
    @SuppressWarnings("unchecked")
    ToDoubleFunction<PathOutcome>[] f = new ToDoubleFunction[metrics.length];
    functions = f;
    @SuppressWarnings("unchecked")
    ToDoubleFunction<PathOutcome>[] g = new ToDoubleFunction[metrics.length];
    substitutes = g;
    pointMass = new double[metrics.length];
    standardKind = new int[metrics.length];
    standardParty = new int[metrics.length];
    for (int i = 0; i < metrics.length; i++) {
      functions[i] = metrics[i].value();
      substitutes[i] = metrics[i].substitute();
      pointMass[i] = metrics[i].pointMass();
      if (functions[i] instanceof Metric.Standard m) {
        standardKind[i] = m.kind;
        standardParty[i] = m.party;
      } else {
        standardKind[i] = -1;
      }
    }
  }

  /**
   * @return the number of compensated sums a chunk keeps: one per metric and subset, the
   *     headcount in default and its part in the paths that default only at the exit, each
   *     party's flow of each year from closing to the exit (for the pooled
   *     return, the IRR of the mean flows), and what the dividend recapitalisations borrowed
   */
  static int sumCount(int metricCount, int parties, int exitYear) {
    return 2 * metricCount + 2 + parties * (exitYear + 1) + 1;
  }

  /** Index of the sum of party k's flows at year index t (0 = closing) over all paths. */
  int flowSumIndex(int k, int t) {
    return 2 * metrics.length + 2 + k * (exitYear + 1) + t;
  }

  /** Index of the compensated sum of metric i over performing (false) or defaulted (true) paths. */
  static int sumIndex(int metric, boolean inDefault) {
    return 2 * metric + (inDefault ? 1 : 0);
  }

  /** Index of the sum of the headcount, in the first year of default, of defaulted paths. */
  int headcountSumIndex() {
    return 2 * metrics.length;
  }

  /**
   * Index of the sum of the headcount, in the exit year, of the paths whose only payment default
   * is the shortfall at the exit (a part of the sum at {@link #headcountSumIndex}).
   */
  int exitOnlyHeadcountSumIndex() {
    return 2 * metrics.length + 1;
  }

  /**
   * Index of the sum of what the dividend recapitalisations borrowed during the hold, over the
   * paths that drew one (§5.13): its mean is the mean amount drawn when drawn. After the flows.
   */
  int recapBorrowedSumIndex() {
    return 2 * metrics.length + 2 + parties * (exitYear + 1);
  }

  /**
   * Records one path. The metrics are evaluated first, so that a metric that throws leaves the
   * statistics untouched (the caller then records the path as failed).
   */
  void accept(PathOutcome o, double[] sums) {
    double[] v = values;
    boolean[] sub = substituted;
    for (int i = 0; i < v.length; i++) {
      int kind = standardKind[i];
      double x =
          kind >= 0
              ? Metric.Standard.value(kind, standardParty[i], o)
              : functions[i].applyAsDouble(o);
      sub[i] = false;
      if (x != x && substitutes[i] != null) {
        x = substitutes[i].applyAsDouble(o);
        sub[i] = x == x;
      }
      v[i] = x;
    }
    int first = o.firstDefault();
    boolean def = first >= 0;
    boolean shortAtExit = o.exitShortfall();
    boolean[] d = o.years().defaulted;
    boolean[] b = o.years().covenantBreach;
    for (int t = 0; t < exitYear; t++) {
      // a shortfall at the exit is a payment default in the exit year
      if (d[t] || (shortAtExit && t == exitYear - 1)) {
        inDefault[t]++;
      }
      if (b[t]) {
        inBreach[t]++;
      }
    }
    if (def) {
      defaults++;
      double headcount = o.years().headcount[first];
      if (shortAtExit && o.firstDefaultInHold() < 0) {
        exitShortfalls++;
        CompensatedSum.add(sums, exitOnlyHeadcountSumIndex(), headcount);
      }
      firstDefault[first]++;
      CompensatedSum.add(sums, headcountSumIndex(), headcount);
    }
    org.reprise.engine.RecapRows recap = o.years().recap();
    if (recap != null) {
      boolean drawn = false;
      boolean refused = false;
      boolean noRoom = false;
      double borrowed = 0.0;
      for (int t = 0; t < exitYear; t++) {
        drawn |= recap.borrowed[t] > 0.0;
        refused |= recap.refused[t];
        // a target with nothing to draw under it: neither drawn nor refused
        noRoom |= !Double.isNaN(recap.target[t]) && !(recap.borrowed[t] > 0.0)
            && !recap.refused[t];
        borrowed += recap.borrowed[t];
      }
      recapDrawn += drawn ? 1 : 0;
      recapRefused += refused ? 1 : 0;
      recapNoRoom += noRoom ? 1 : 0;
      if (drawn) {
        CompensatedSum.add(sums, recapBorrowedSumIndex(), borrowed);
      }
    }
    int firstB = o.firstBreach();
    if (firstB >= 0) {
      breaches++;
      firstBreach[firstB]++;
    }
    for (int k = 0; k < parties; k++) {
      double[] f = o.flows(k);
      int base = flowSumIndex(k, 0);
      for (int t = 0; t <= exitYear; t++) {
        CompensatedSum.add(sums, base + t, f[t]);
      }
    }
    double[][] batch = def ? defaultedBatch : performingBatch;
    int slot = def ? pendingDefaulted++ : pendingPerforming++;
    long[] points = def ? pointDefaulted : pointPerforming;
    long[] subs = def ? substitutedDefaulted : substitutedPerforming;
    for (int i = 0; i < v.length; i++) {
      double x = v[i];
      batch[i][slot] = x;
      if (x == pointMass[i]) {
        points[i]++;
      }
      if (sub[i]) {
        subs[i]++;
      }
      if (x == x) {
        CompensatedSum.add(sums, sumIndex(i, def), x);
      }
    }
    paths++;
    if (pendingPerforming + pendingDefaulted == BATCH) {
      flush();
    }
  }

  /** Puts the values waiting in the batches into the histograms; done before they are read. */
  void flush() {
    for (int i = 0; i < metrics.length; i++) {
      performing[i].acceptAll(performingBatch[i], pendingPerforming);
      defaulted[i].acceptAll(defaultedBatch[i], pendingDefaulted);
    }
    pendingPerforming = 0;
    pendingDefaulted = 0;
  }

  /**
   * Records a path the engine could not compute; keeps the message of the lowest path index:
   * "path 23: cooperative.seed.buybacks: …", the deal's field path and message (docs/risk.md §5,
   * "Failed paths"), never a Java class name for a {@link DealException}, the engine's refusal of
   * the path (review 36, X4). The simulator calls it for a {@link DealException} only: any other
   * exception, a fault of the program, stops the run (review 38, X4).
   */
  void fail(long pathIndex, RuntimeException e) {
    failed++;
    if (pathIndex < firstFailureIndex) {
      firstFailureIndex = pathIndex;
      firstFailure = "path " + pathIndex + ": " + failure(e);
    }
  }

  /**
   * @return the message of a path's failure (a {@link org.reprise.model.DealException}'s starts
   *     with its key path); "internal error" for one without a message, a bug
   */
  static String failure(RuntimeException e) {
    String m = e.getMessage();
    if (e instanceof DealException) {
      return m == null || m.isBlank() ? "internal error (please report)" : m;
    }
    return "internal error (please report): " + e.getClass().getSimpleName()
        + (m == null || m.isBlank() ? "" : ": " + m);
  }

  /** Adds another worker's statistics (exact, order-independent). */
  void combine(PathStatistics o) {
    flush();
    o.flush();
    paths += o.paths;
    failed += o.failed;
    if (o.firstFailureIndex < firstFailureIndex) {
      firstFailureIndex = o.firstFailureIndex;
      firstFailure = o.firstFailure;
    }
    defaults += o.defaults;
    exitShortfalls += o.exitShortfalls;
    breaches += o.breaches;
    recapDrawn += o.recapDrawn;
    recapRefused += o.recapRefused;
    recapNoRoom += o.recapNoRoom;
    for (int t = 0; t < exitYear; t++) {
      firstDefault[t] += o.firstDefault[t];
      inDefault[t] += o.inDefault[t];
      firstBreach[t] += o.firstBreach[t];
      inBreach[t] += o.inBreach[t];
    }
    for (int i = 0; i < metrics.length; i++) {
      performing[i].combine(o.performing[i]);
      defaulted[i].combine(o.defaulted[i]);
      pointPerforming[i] += o.pointPerforming[i];
      pointDefaulted[i] += o.pointDefaulted[i];
      substitutedPerforming[i] += o.substitutedPerforming[i];
      substitutedDefaulted[i] += o.substitutedDefaulted[i];
    }
  }
}
