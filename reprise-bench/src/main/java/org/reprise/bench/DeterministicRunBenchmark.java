package org.reprise.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;

/**
 * One deterministic run of the factory deal ({@code examples/decolletage-secondary-lbo.yaml}):
 * {@code LboEngine.DEFAULT.run(deal)} with the full {@code DealResult} (year table, debt
 * schedules, exit waterfall, returns per party with IRRs, value bridge) built and consumed.
 *
 * <p>The deal is read once per trial, outside the measurement. {@code example} is the file as
 * written (exit 2030, 5 projected years); {@code tenYears} moves the exit to base year + 10 so that
 * the run projects 10 years, the size named in the performance goal (under 10 µs single-threaded).
 *
 * <p>The fork runs with the parallel collector, as the {@code reprise} launcher does
 * ({@code REPRISE_JAVA_OPTS}); {@code -jvmArgsAppend -XX:+UseG1GC} on JMH's command line measures
 * the JVM's default collector instead (docs/benchmarks.md, "Goal").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class DeterministicRunBenchmark {

  private Deal example;
  private Deal tenYears;

  /** Reads the example and its 10-year variant. */
  @Setup(Level.Trial)
  public void load() {
    example = ExampleDeals.example();
    tenYears = ExampleDeals.exampleWithHorizon(10);
  }

  /** The example as written (5 projected years). */
  @Benchmark
  public void example(Blackhole bh) {
    bh.consume(LboEngine.DEFAULT.run(example));
  }

  /** The example with its exit at base year + 10 (10 projected years): the goal's measure. */
  @Benchmark
  public void tenYears(Blackhole bh) {
    bh.consume(LboEngine.DEFAULT.run(tenYears));
  }
}
