package org.reprise.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.reprise.engine.returns.Irr;

/**
 * {@link Irr#irr} on typical 6-flow vectors (closing plus five years, as in the example deal), and on
 * one 11-flow lender vector.
 *
 * <ul>
 *   <li>{@code entryExit}: one payment at closing, one receipt at exit (the fund's ordinary
 *       shares: one sign change, the fast Newton path).
 *   <li>{@code withDividends}: interim receipts every year (still one sign change).
 *   <li>{@code nonConventional}: an equity cure in year 2 (three sign changes: every root is
 *       isolated, the slow path).
 *   <li>{@code lenderTenYears}: 11 flows of the senior banks in the 10-year variant of the example
 *       (interest and repayments every year).
 * </ul>
 *
 * The arrays live in non-final state fields so that the JIT cannot fold the calls away.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Threads(1)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class IrrBenchmark {

  private double[] entryExit = {-3_780_000, 0, 0, 0, 0, 11_340_000};
  private double[] withDividends = {-3_780_000, 150_000, 180_000, 210_000, 240_000, 9_800_000};
  private double[] nonConventional = {-3_780_000, 400_000, -1_500_000, 300_000, 300_000, 9_000_000};
  private double[] lenderTenYears = {
    -18_438_000, 3_053_013, 2_677_432, 2_566_424, 2_532_163, 2_335_129, 306_478, 3_158_054,
    3_178_648, 2_333_260, 3_150_000
  };

  /** Entry at closing, exit after five years (IRR 24.57 %). */
  @Benchmark
  public void entryExit(Blackhole bh) {
    bh.consume(Irr.irr(entryExit));
  }

  /** Entry, four interim dividends, exit. */
  @Benchmark
  public void withDividends(Blackhole bh) {
    bh.consume(Irr.irr(withDividends));
  }

  /** The senior lenders' 11 flows over 10 years. */
  @Benchmark
  public void lenderTenYears(Blackhole bh) {
    bh.consume(Irr.irr(lenderTenYears));
  }

  /** Entry, dividend, equity cure, dividends, exit: three sign changes. */
  @Benchmark
  public void nonConventional(Blackhole bh) {
    bh.consume(Irr.irr(nonConventional));
  }
}
