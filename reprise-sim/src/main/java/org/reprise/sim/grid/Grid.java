package org.reprise.sim.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import org.reprise.model.DealException;
import org.reprise.sim.ProgressListener;

/**
 * Sensitivity grid: a metric over the cartesian product of two parameter ranges (docs/risk.md,
 * "Sensitivity grids"). Cell (i, j) evaluates {@code metric(y.set(x.set(base, x_i), y_j))}. A cell
 * whose input or metric throws holds {@code NaN} and the message: one bad cell never stops the
 * grid. Cells are independent and stored by position, so the result does not depend on the number
 * of threads (when the metric is itself a simulation, use the same seed in every cell: common
 * random numbers make the surface smooth).
 */
public final class Grid {

  /** Largest number of cells a grid may have. */
  public static final int MAX_POINTS = 10_000;

  private Grid() {}

  /**
   * Checks the size of a grid before any work.
   *
   * @throws DealException ({@code grid}) when the grid has more than {@link #MAX_POINTS} cells
   */
  public static void check(GridAxis<?> x, GridAxis<?> y) {
    long points = (long) x.size() * y.size();
    if (points > MAX_POINTS) {
      // grouped by thousands, as the other limits (10,000,000 paths): review 36, X5
      throw new DealException(
          "grid",
          String.format(java.util.Locale.ROOT,
              "expected at most %,d points, found %,d × %,d = %,d; use fewer values or a larger"
                  + " step", MAX_POINTS, x.size(), y.size(), points));
    }
  }

  /**
   * Evaluates the grid.
   *
   * @param base the input every cell starts from
   * @param x the x axis
   * @param y the y axis
   * @param metric the number computed for each cell's input
   * @param threads cells computed in parallel (1 to 256)
   * @param progress told of the cells done, or {@code null}
   * @param cancel polled before each cell, or {@code null}
   * @return the values
   * @throws DealException before any work when the grid is too large or threads is out of range
   */
  public static <T> GridResult evaluate(
      T base,
      GridAxis<T> x,
      GridAxis<T> y,
      ToDoubleFunction<T> metric,
      int threads,
      ProgressListener progress,
      BooleanSupplier cancel) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(metric, "metric");
    check(x, y);
    if (threads < 1 || threads > 256) {
      throw new DealException("threads", "expected between 1 and 256 threads, found " + threads);
    }
    int nx = x.size();
    int ny = y.size();
    int cells = nx * ny;
    double[][] values = new double[ny][nx];
    String[][] failures = new String[ny][nx];
    for (int j = 0; j < ny; j++) {
      Arrays.fill(values[j], Double.NaN);
      Arrays.fill(failures[j], GridResult.NOT_COMPUTED);
    }
    ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
    BooleanSupplier stop = cancel == null ? () -> false : cancel;
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicBoolean cancelled = new AtomicBoolean();
    Runnable worker =
        () -> {
          while (true) {
            if (stop.getAsBoolean() || Thread.currentThread().isInterrupted()) {
              cancelled.set(true);
              return;
            }
            int c = next.getAndIncrement();
            if (c >= cells) {
              return;
            }
            int i = c % nx;
            int j = c / nx;
            try {
              T input = y.setter().apply(x.setter().apply(base, x.value(i)), y.value(j));
              values[j][i] = metric.applyAsDouble(input);
              failures[j][i] = "";
            } catch (RuntimeException e) {
              values[j][i] = Double.NaN;
              failures[j][i] =
                  e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            int d = done.incrementAndGet();
            synchronized (listener) {
              listener.progress(d, cells);
            }
          }
        };
    if (threads == 1) {
      worker.run();
    } else {
      runParallel(worker, threads);
    }
    boolean incomplete = done.get() < cells;
    return new GridResult(
        x.name(),
        x.values(),
        y.name(),
        y.values(),
        values,
        failures,
        incomplete && cancelled.get());
  }

  private static void runParallel(Runnable worker, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(worker));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          pool.shutdownNow();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
