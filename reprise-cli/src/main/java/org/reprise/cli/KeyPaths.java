package org.reprise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.reprise.io.DealReader;
import org.reprise.io.KeyPathEdits;
import org.reprise.io.RiskReader;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.risk.StressScenario;
import org.reprise.sim.grid.GridInput;

/**
 * The cells of a {@code reprise grid} with an axis over a key path of the deal file
 * ({@code --x financing.cashSweep=0:1:0.25}, docs/risk.md §11): each cell's key paths are set in
 * the file's tree, the edited file is read by the same readers as the file (its deal, or the
 * scenario asked for, and its risk section when a path is under {@code risk}), then the named
 * inputs of the cell ({@code leverage}, {@code exit.multiple}, …) are applied to that deal. The
 * order does not depend on which axis is x: the file first, then the named inputs.
 */
final class KeyPaths {

  /** A cell as its axes are applied: the key paths set, then the named inputs to apply. */
  record Cell(Map<String, Double> edits, List<UnaryOperator<GridInput>> named) {
    /** No axis applied yet. */
    static final Cell NONE = new Cell(Map.of(), List.of());

    /** @return this cell with {@code path} set to {@code value} in the file */
    Cell withEdit(String path, double value) {
      Map<String, Double> e = new LinkedHashMap<>(edits);
      e.put(path, value);
      return new Cell(Collections.unmodifiableMap(e), named);
    }

    /** @return this cell with a named input applied after the file is read */
    Cell withNamed(UnaryOperator<GridInput> setter) {
      List<UnaryOperator<GridInput>> n = new ArrayList<>(named);
      n.add(setter);
      return new Cell(edits, List.copyOf(n));
    }
  }

  /** Key paths under this key edit the risk model, which is then read again. */
  private static final String RISK = "risk";

  private final KeyPathEdits file;
  private final GridInput base;
  private final String scenario;
  private final String stress;

  /**
   * @param path the deal file
   * @param base the grid's input read from the file as it is
   * @param scenario the scenario of the file's {@code scenarios} list the grid uses, or null
   * @param stress the name of the stress applied in every cell, or null
   */
  KeyPaths(Path path, GridInput base, String scenario, String stress) {
    this.file = KeyPathEdits.read(path);
    this.base = base;
    this.scenario = scenario;
    this.stress = stress;
  }

  /**
   * @throws DealException when the file has no such value and no block to add it to
   */
  void check(String path) {
    file.check(path);
    String hidden = scenario == null ? null : file.hiddenByScenario(path, scenario);
    if (hidden != null) {
      throw new DealException(path, "the scenario \"" + scenario + "\" sets `"
          + hidden.substring(hidden.indexOf('.') + 1) + "` itself (`" + hidden + "`), so a"
          + " change of the top-level value would not reach it: vary the scenario's own value,"
          + " under `" + hidden + "`");
    }
  }

  /** @return the names of the file's scenarios as written, in file order (empty for none) */
  List<String> scenarioNames() {
    return file.scenarioNames();
  }

  /** @return true when {@code path} is under the file's {@code risk} section */
  static boolean isRisk(String path) {
    return path.equals(RISK) || path.startsWith(RISK + ".") || path.startsWith(RISK + "[");
  }

  /**
   * The inputs read before any cell is computed ({@link #firstRefusal} with {@code keep}), by their
   * edits: the cells take them from here, so that checking every cell first reads no file twice.
   */
  private final Map<Map<String, Double>, GridInput> kept = new ConcurrentHashMap<>();

  /**
   * @param edits key paths and their values
   * @return the grid's input read from the file with those values
   * @throws DealException when the edited file is not a valid deal (path: the key path at fault)
   */
  GridInput input(Map<String, Double> edits) {
    if (edits.isEmpty()) {
      return base;
    }
    String text = file.text(edits);
    boolean riskEdited = false;
    boolean dealEdited = false;
    for (String p : edits.keySet()) {
      riskEdited |= isRisk(p);
      dealEdited |= !isRisk(p);
    }
    // the deal's readers do not read the risk section (nor does a scenario have one): with only
    // risk keys edited the deal is the file's
    Deal deal;
    if (!dealEdited) {
      deal = base.deal();
    } else if (scenario == null) {
      deal = DealReader.parse(text, KeyPathEdits.EDITED_SOURCE);
    } else {
      deal = pick(ScenarioReader.parseAll(text, KeyPathEdits.EDITED_SOURCE).scenarios()).deal();
    }
    if (!riskEdited) {
      return new GridInput(deal, base.risk(), base.stress());
    }
    RiskReader.Risk risk = RiskReader.parse(text, KeyPathEdits.EDITED_SOURCE);
    StressScenario overlay = stress == null ? null : risk.stress(stress);
    return new GridInput(deal, risk.model(), overlay);
  }

  /**
   * @param edits key paths and their values
   * @return the input of the file with those values: kept by {@link #firstRefusal}, else read
   */
  GridInput read(Map<String, Double> edits) {
    GridInput in = kept.get(edits);
    return in != null ? in : input(edits);
  }

  /**
   * A set of edits the readers refuse.
   *
   * @param index its number among the sets checked
   * @param error the readers' error of the file with those edits
   */
  record Refusal(int index, DealException error) {}

  /**
   * Reads the file with each set of edits from {@code from} (included) to {@code to} (excluded),
   * on up to {@code threads} threads, and stops at the first the readers refuse: the first in
   * order, whatever the threads.
   *
   * @param edits the set of edits number i
   * @param keep keep the inputs read for the cells with the same edits ({@link #metric})
   * @return the first set refused, or null when the readers read every one
   */
  Refusal firstRefusal(int from, int to, IntFunction<Map<String, Double>> edits, int threads,
      boolean keep) {
    AtomicInteger next = new AtomicInteger(from);
    AtomicInteger first = new AtomicInteger(to);
    DealException[] errors = new DealException[Math.max(0, to - from)];
    Runnable worker = () -> {
      // an index below the first refusal found is always read: the first refusal is the first
      for (int i = next.getAndIncrement(); i < first.get(); i = next.getAndIncrement()) {
        Map<String, Double> cell = edits.apply(i);
        try {
          GridInput in = input(cell);
          if (keep) {
            kept.put(Map.copyOf(cell), in);
          }
        } catch (DealException e) {
          errors[i - from] = e;
          first.accumulateAndGet(i, Math::min);
        }
      }
    };
    int workers = Math.max(1, Math.min(threads, to - from));
    if (workers == 1) {
      worker.run();
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(workers);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < workers; t++) {
          futures.add(pool.submit(worker));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking the grid's cells", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    int f = first.get();
    return f < to ? new Refusal(f, errors[f - from]) : null;
  }

  /**
   * @return the metric of a cell: its input (read before, when it was kept, else now) with its
   *     named inputs applied, then measured
   */
  ToDoubleFunction<Cell> metric(ToDoubleFunction<GridInput> metric) {
    return cell -> {
      // a cell over two key paths is the only one with its edits: its input is not needed again
      GridInput in = cell.named().isEmpty() ? kept.remove(cell.edits()) : kept.get(cell.edits());
      if (in == null) {
        in = input(cell.edits());
      }
      for (UnaryOperator<GridInput> setter : cell.named()) {
        in = setter.apply(in);
      }
      return metric.applyAsDouble(in);
    };
  }

  private Scenario pick(List<Scenario> scenarios) {
    for (Scenario s : scenarios) {
      if (s.name().equals(scenario)) {
        return s;
      }
    }
    throw new DealException("scenarios", "the edited file has no scenario named \"" + scenario
        + "\"");
  }
}
