package org.reprise.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.PartyReturn;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.ShortTimeWork;
import org.reprise.model.risk.StressScenario;
import org.reprise.sim.stats.CompensatedSum;

/**
 * Monte Carlo simulation of a deal under a {@link RiskModel} (docs/risk.md).
 *
 * <p>Each path draws the market ({@link PathGenerator}), builds the path's deal ({@link PathDeals})
 * and runs it through the same engine as the deterministic run ({@link PathRunner}); its outcome is
 * streamed into bounded-memory statistics ({@link PathStatistics}).
 *
 * <p><b>Determinism.</b> Path i draws from a generator seeded by (seed, i) only. Paths are cut into
 * chunks of {@link #CHUNK_SIZE}, handed out in order to the worker threads; each worker keeps
 * exact, order-independent statistics (counts, histograms, extremes), and the floating-point sums
 * of each chunk are added in chunk order. The result is therefore bit-identical for any number of
 * threads.
 *
 * <p><b>Cancellation.</b> The workers check the cancel flag (and the calling thread's interrupt)
 * before taking each chunk and finish the chunk they hold, so the result covers a prefix of whole
 * chunks — exactly what a shorter run would give.
 *
 * <p>Pure: no I/O; threads come from {@code java.util.concurrent} and end with the run.
 */
public final class Simulator {

  /** Paths per chunk: the unit of work handed to a thread and of ordered merging. */
  public static final int CHUNK_SIZE = 1024;

  /** Largest number of worker threads accepted. */
  public static final int MAX_THREADS = 256;

  /**
   * The simulator: the deterministic engine's code for every path (through a reusable workspace),
   * the standard metrics.
   */
  public static final Simulator DEFAULT = new Simulator(WorkspacePathRunner::new, List.of());

  private final Supplier<? extends PathRunner> runners;
  private final List<Metric> extraMetrics;

  /**
   * @param runners makes one path runner per worker thread
   * @param extraMetrics metrics computed on every path beside the standard ones
   */
  public Simulator(Supplier<? extends PathRunner> runners, List<Metric> extraMetrics) {
    this.runners = Objects.requireNonNull(runners, "runners");
    this.extraMetrics = List.copyOf(extraMetrics);
  }

  /**
   * @return a simulator that also computes {@code metrics} on every path
   */
  public Simulator withMetrics(List<Metric> metrics) {
    List<Metric> all = new ArrayList<>(extraMetrics);
    all.addAll(metrics);
    return new Simulator(runners, all);
  }

  /**
   * Runs the simulation with no stress overlay; see {@link #run(Deal, RiskModel, StressScenario,
   * long, long, int, ProgressListener, BooleanSupplier)}.
   */
  public SimulationResult run(
      Deal deal,
      RiskModel risk,
      long paths,
      long seed,
      int threads,
      ProgressListener progress,
      BooleanSupplier cancel) {
    return run(deal, risk, null, paths, seed, threads, progress, cancel);
  }

  /**
   * Each metric's deterministic value: the plan's, or under a stress the stressed plan's (the
   * stress in its years, the plan elsewhere), which the stressed paths are read against (review
   * 16, finding 7); NaN when the engine refuses the stressed plan, as it refuses a failed path.
   */
  private static double[] baseValues(
      Deal deal,
      DealResult base,
      StressScenario overlay,
      ShortTimeWork limits,
      int parties,
      Metric[] metrics) {
    double[] values = new double[metrics.length];
    DealResult result = base;
    if (overlay != null) {
      try {
        result = LboEngine.DEFAULT.run(StressTest.apply(deal, base, overlay, limits));
      } catch (RuntimeException e) {
        java.util.Arrays.fill(values, Double.NaN);
        return values;
      }
    }
    PathOutcome outcome = new PathOutcome(parties);
    EnginePathRunner.fill(result, outcome);
    for (int i = 0; i < metrics.length; i++) {
      values[i] = metrics[i].value().applyAsDouble(outcome);
    }
    return values;
  }

  /**
   * Simulates {@code paths} paths of {@code deal} under {@code risk}.
   *
   * @param deal the resolved deal
   * @param risk the risk model
   * @param overlay a stress scenario applied on every path in its window (its growth replaces the
   *     random growth, or multiplies it when the stress is relative to the plan), or {@code null}
   * @param paths number of paths, ≥ 1
   * @param seed the seed: same seed, same result
   * @param threads worker threads, 1 to {@link #MAX_THREADS}
   * @param progress told of progress, or {@code null}
   * @param cancel polled before each chunk; when true the run stops and returns the chunks done, or
   *     {@code null}
   * @return the statistics
   * @throws DealException before any path is run, when the deal cannot be computed, or the paths,
   *     threads or overlay are invalid
   */
  public SimulationResult run(
      Deal deal,
      RiskModel risk,
      StressScenario overlay,
      long paths,
      long seed,
      int threads,
      ProgressListener progress,
      BooleanSupplier cancel) {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(risk, "risk");
    if (paths < 1) {
      throw new DealException("paths", "expected at least 1 path, found " + paths);
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new DealException(
          "threads", "expected between 1 and " + MAX_THREADS + " threads, found " + threads);
    }
    DealResult base = LboEngine.DEFAULT.run(deal);
    PathGenerator generator = new PathGenerator(deal, risk, overlay);
    PathDeals deals = PathDeals.of(deal, base);
    List<String> parties = new ArrayList<>();
    for (PartyReturn p : base.returns()) {
      parties.add(p.party());
    }
    Metric[] metrics = metrics(parties, deal);
    double[] baseValues =
        baseValues(deal, base, overlay, risk.shortTimeWork(), parties.size(), metrics);

    Run run =
        new Run(
            generator,
            deals,
            metrics,
            parties.size(),
            base.exitYearIndex(),
            deal.financing().debt().size(),
            paths,
            seed,
            progress == null ? ProgressListener.NONE : progress,
            cancel == null ? () -> false : cancel);
    // the first worker's statistics take the others' (exact: counts, extremes, histogram counts)
    List<PathStatistics> workers = run.execute(threads);
    PathStatistics total = workers.get(0);
    for (int w = 1; w < workers.size(); w++) {
      total.combine(workers.get(w));
    }
    return result(
        deal, overlay, seed, paths, base, parties, metrics, baseValues, total, run.sums());
  }

  private Metric[] metrics(List<String> parties, Deal deal) {
    List<Metric> list = new ArrayList<>();
    for (int k = 0; k < parties.size(); k++) {
      list.add(Metric.irr(parties.get(k), k));
      list.add(Metric.moic(parties.get(k), k));
    }
    list.add(Metric.exitEquityValue());
    list.add(Metric.exitEbitda());
    list.add(Metric.exitValuedEbitda());
    list.add(Metric.exitRevenue());
    list.add(Metric.participation());
    // the fund's investors' net IRR, only when the deal gives the fund's terms (methodology §8.3)
    int fund = deal.fund() == null ? -1 : parties.indexOf(deal.fund().holder());
    if (fund >= 0) {
      list.add(Metric.fundNetIrr(deal.fund(), fund));
    }
    list.addAll(extraMetrics);
    Set<String> names = new HashSet<>();
    for (Metric m : list) {
      if (!names.add(m.name())) {
        throw new IllegalArgumentException("two metrics are named " + m.name());
      }
    }
    return list.toArray(new Metric[0]);
  }

  private static SimulationResult result(
      Deal deal,
      StressScenario overlay,
      long seed,
      long requested,
      DealResult base,
      List<String> parties,
      Metric[] metrics,
      double[] baseValues,
      PathStatistics s,
      double[] sums) {
    List<MetricStatistics> stats = new ArrayList<>(metrics.length);
    for (int i = 0; i < metrics.length; i++) {
      stats.add(
          new MetricStatistics(
              metrics[i],
              baseValues[i],
              s.performing[i],
              CompensatedSum.value(sums, PathStatistics.sumIndex(i, false)),
              s.pointPerforming[i],
              s.substitutedPerforming[i],
              s.defaulted[i],
              CompensatedSum.value(sums, PathStatistics.sumIndex(i, true)),
              s.pointDefaulted[i],
              s.substitutedDefaulted[i]));
    }
    // the mean flows of each party over the paths counted (the pooled return, docs/risk.md §6)
    double[][] meanFlows = new double[parties.size()][s.exitYear + 1];
    for (int k = 0; k < parties.size(); k++) {
      for (int t = 0; t <= s.exitYear; t++) {
        meanFlows[k][t] =
            s.paths == 0 ? Double.NaN : CompensatedSum.value(sums, s.flowSumIndex(k, t)) / s.paths;
      }
    }
    long done = s.paths + s.failed;
    return new SimulationResult(
        deal.name(),
        overlay == null ? "" : overlay.name(),
        seed,
        requested,
        s.paths,
        s.failed,
        s.firstFailure,
        done < requested,
        deal.years(),
        base.exitYearIndex(),
        base.baseYear(),
        s.defaults,
        s.exitShortfalls,
        s.firstDefault,
        s.inDefault,
        deal.covenants() != null && deal.covenants().testedBefore(base.exitYearIndex()),
        s.breaches,
        s.firstBreach,
        s.inBreach,
        CompensatedSum.value(sums, s.headcountSumIndex()),
        CompensatedSum.value(sums, s.exitOnlyHeadcountSumIndex()),
        deal.financing().debt().stream().anyMatch(org.reprise.model.Tranche::drawnLater),
        s.recapDrawn,
        s.recapRefused,
        s.recapNoRoom,
        CompensatedSum.value(sums, s.recapBorrowedSumIndex()),
        parties,
        meanFlows,
        stats);
  }

  /** The shared state of one run: the chunk counter and the ordered merge of the chunks' sums. */
  private final class Run {
    private final PathGenerator generator;
    private final PathDeals deals;
    private final Metric[] metrics;
    private final int parties;
    private final int exitYear;
    private final int tranches;
    private final long paths;
    private final long seed;
    private final long chunks;
    private final ProgressListener progress;
    private final BooleanSupplier cancel;
    private final AtomicLong nextChunk = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final int sumCount;
    private final TreeMap<Long, double[]> pending = new TreeMap<>();
    private final double[] merged;
    private long nextToMerge;

    Run(
        PathGenerator generator,
        PathDeals deals,
        Metric[] metrics,
        int parties,
        int exitYear,
        int tranches,
        long paths,
        long seed,
        ProgressListener progress,
        BooleanSupplier cancel) {
      this.generator = generator;
      this.deals = deals;
      this.metrics = metrics;
      this.parties = parties;
      this.exitYear = exitYear;
      this.tranches = tranches;
      this.paths = paths;
      this.seed = seed;
      this.chunks = (paths + CHUNK_SIZE - 1) / CHUNK_SIZE;
      this.progress = progress;
      this.cancel = cancel;
      this.sumCount = PathStatistics.sumCount(metrics.length, parties, exitYear);
      this.merged = new double[2 * sumCount];
    }

    List<PathStatistics> execute(int threads) {
      if (threads == 1) {
        return List.of(work());
      }
      AtomicInteger id = new AtomicInteger();
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "reprise-sim-" + id.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      try {
        List<Future<PathStatistics>> futures = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
          futures.add(pool.submit(this::work));
        }
        List<PathStatistics> out = new ArrayList<>(threads);
        Throwable failure = null;
        boolean interrupted = false;
        for (Future<PathStatistics> f : futures) {
          while (true) {
            try {
              out.add(f.get());
              break;
            } catch (InterruptedException e) {
              interrupted = true; // cancel like the flag: workers finish their chunk
              stop.set(true);
            } catch (ExecutionException e) {
              stop.set(true);
              failure = failure == null ? e.getCause() : failure;
              break;
            }
          }
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException re) {
          throw re;
        }
        if (failure instanceof Error err) {
          throw err;
        }
        if (failure != null) {
          throw new IllegalStateException(failure);
        }
        return out;
      } finally {
        pool.shutdownNow();
      }
    }

    /** One worker: takes chunks in order until none is left or the run is cancelled. */
    private PathStatistics work() {
      PathRunner runner = runners.get();
      PathOutcome out = new PathOutcome(parties);
      PathInputs in = new PathInputs(generator.years(), tranches);
      PathStatistics stats = new PathStatistics(exitYear, metrics, parties);
      try {
        while (!stop.get() && !cancel.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
          long chunk = nextChunk.getAndIncrement();
          if (chunk >= chunks) {
            break;
          }
          long from = chunk * CHUNK_SIZE;
          long to = Math.min(paths, from + CHUNK_SIZE);
          double[] sums = new double[2 * sumCount];
          for (long p = from; p < to; p++) {
            UniformRandomProvider rng = Seeds.forPath(seed, p);
            NormalizedGaussianSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
            generator.generate(rng, gauss, in);
            try {
              runner.run(deals.build(in), out);
              stats.accept(out, sums);
            } catch (DealException e) {
              // the engine refuses the path: not viable, an outcome (docs/risk.md §5)
              stats.fail(p, e);
            } catch (RuntimeException e) {
              // a fault of the program is not an outcome of the deal: it stops the run, naming
              // the path to reproduce it (review 38, X4)
              throw new IllegalStateException("path " + p + " of seed " + seed + ": "
                  + PathStatistics.failure(e), e);
            }
          }
          complete(chunk, sums);
        }
      } catch (RuntimeException | Error e) {
        stop.set(true);
        throw e;
      }
      stats.flush();
      return stats;
    }

    /** Adds the chunks' sums in chunk order, and reports progress. */
    private synchronized void complete(long chunk, double[] sums) {
      pending.put(chunk, sums);
      while (!pending.isEmpty() && pending.firstKey() == nextToMerge) {
        CompensatedSum.addAll(merged, pending.pollFirstEntry().getValue());
        nextToMerge++;
        progress.progress(Math.min(paths, nextToMerge * CHUNK_SIZE), paths);
      }
    }

    synchronized double[] sums() {
      if (!pending.isEmpty()) {
        throw new IllegalStateException("chunks left unmerged: " + pending.keySet());
      }
      return merged.clone();
    }
  }
}
