package org.reprise.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.PartyReturn;
import org.reprise.model.Deal;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.model.risk.RiskModel;
import org.reprise.sim.PathOutcome;
import org.reprise.sim.PathRunner;
import org.reprise.sim.SimulationResult;
import org.reprise.sim.Simulator;

/**
 * Monte Carlo throughput on the factory deal ({@code examples/decolletage-secondary-lbo.yaml}, 5
 * projected years) under the default risk model ({@code RiskDefaults.autoSupplier()}), in
 * <b>deal-years per second</b>: each invocation simulates {@value #PATHS} paths of 5 years and
 * counts {@code PATHS × 5} operations, so JMH's ops/s are deal-years/s.
 *
 * <ul>
 *   <li>{@code simulate}: the whole simulation — market path, path deal, {@code LboEngine.run},
 *       streamed statistics — with {@code threads} worker threads (the simulator's own pool; JMH
 *       itself runs one thread).
 *   <li>{@code simulationLayerOnly}: the same without the engine: the runner replays the engine's
 *       results of {@value #RECORDED} real paths, recorded at setup, in turn. This is the ceiling
 *       the simulation layer (market paths, path deals, streamed statistics) sets.
 *   <li>{@code millionPaths}: one shot of 1 000 000 paths in a fork limited to {@code -Xmx512m},
 *       printing the heap peaks.
 * </ul>
 *
 * <p>Run: {@code java -jar reprise-bench/target/benchmarks.jar SimulationBenchmark} from the
 * repository root (needs reprise-sim on the benchmark module's classpath).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SimulationBenchmark {

  /** Paths per invocation: 16 chunks of 1024. */
  static final int PATHS = 16_384;

  /** Paths of {@link #millionPaths}. */
  static final int MILLION = 1_000_000;

  /** Paths whose engine results the engine-free benchmark replays. */
  static final int RECORDED = 256;

  /** Projected years of the example (checked at setup). */
  static final int YEARS = 5;

  /** Worker threads of the simulator. */
  @Param({"1", "2"})
  public int threads;

  private Deal deal;
  private RiskModel risk;
  private Simulator layerOnly;
  private long seed;

  /**
   * Reads the example, records the engine's results of the first {@value #RECORDED} simulated
   * paths, and builds the engine-free simulator that replays them in turn (so that the statistics
   * see realistic, varying values).
   */
  @Setup(Level.Trial)
  public void load() {
    deal = ExampleDeals.example();
    if (deal.years() != YEARS) {
      throw new IllegalStateException(
          "expected " + YEARS + " projected years, found " + deal.years());
    }
    risk = RiskDefaults.autoSupplier();
    List<DealResult> recorded = Collections.synchronizedList(new ArrayList<>());
    PathRunner recording =
        (d, out) -> {
          DealResult r = LboEngine.DEFAULT.run(d);
          recorded.add(r);
          copy(r, out);
        };
    new Simulator(() -> recording, List.of()).run(deal, risk, RECORDED, 1L, 1, null, null);
    DealResult[] results = recorded.toArray(new DealResult[0]);
    layerOnly =
        new Simulator(
            () ->
                new PathRunner() {
                  private int next;

                  @Override
                  public void run(Deal d, PathOutcome out) {
                    copy(results[next], out);
                    next = (next + 1) % results.length;
                  }
                },
            List.of());
  }

  private static void copy(DealResult r, PathOutcome out) {
    List<PartyReturn> returns = r.returns();
    for (int k = 0; k < returns.size(); k++) {
      out.setReturn(k, returns.get(k).irr(), returns.get(k).moic());
      out.setFlows(k, returns.get(k).flows());
    }
    out.setYears(r.years(), r.exitYearIndex(), r.exit().equityValue());
    out.setExitValuedEbitda(r.exit().ebitda());
  }

  /** The whole simulation: ops/s = deal-years/s. */
  @Benchmark
  @OperationsPerInvocation(PATHS * YEARS)
  public SimulationResult simulate() {
    return Simulator.DEFAULT.run(deal, risk, PATHS, seed++, threads, null, null);
  }

  /** The simulation without the engine: ops/s = deal-years/s the simulation layer allows. */
  @Benchmark
  @OperationsPerInvocation(PATHS * YEARS)
  public SimulationResult simulationLayerOnly() {
    return layerOnly.run(deal, risk, PATHS, seed++, threads, null, null);
  }

  /**
   * One million paths in one shot, in the benchmark's fork limited to {@code -Xmx512m}: shows that
   * the streamed statistics fit (an {@code OutOfMemoryError} would fail the benchmark) and how long
   * a million paths take. Score: seconds per deal-year (invert it for deal-years/s); the heap peaks
   * are printed at the end of the trial.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @OperationsPerInvocation(MILLION * YEARS)
  public SimulationResult millionPaths() {
    SimulationResult r = Simulator.DEFAULT.run(deal, risk, MILLION, 2026L, threads, null, null);
    if (r.paths() != MILLION) {
      throw new IllegalStateException("expected " + MILLION + " paths, found " + r.paths());
    }
    return r;
  }

  /**
   * Prints the peak heap use of the trial (after {@link #millionPaths} it is the 1M-path run's).
   */
  @TearDown(Level.Trial)
  public void printHeapPeaks() {
    StringBuilder b = new StringBuilder("heap: max ");
    b.append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB");
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        b.append(", ")
            .append(pool.getName())
            .append(" peak ")
            .append(pool.getPeakUsage().getUsed() >> 20)
            .append(" MiB");
      }
    }
    System.gc();
    Runtime rt = Runtime.getRuntime();
    b.append(", live after GC ").append((rt.totalMemory() - rt.freeMemory()) >> 20).append(" MiB");
    System.out.println(b);
  }
}
