package org.reprise.sim;

import org.reprise.model.Deal;

/**
 * Runs the engine on one path's deal and writes what the statistics need into a {@link
 * PathOutcome}. The simulator creates one runner per worker thread (through a {@code Supplier}), so
 * an implementation may keep reusable scratch state and need not be thread-safe.
 *
 * <p>The deal passed in is valid only during the call: the simulator reuses its per-year arrays for
 * the next path of the same worker.
 *
 * <p>{@link EnginePathRunner} runs {@code LboEngine.DEFAULT.run(deal)} and builds the full result;
 * {@link WorkspacePathRunner}, the simulator's default ({@link Simulator#DEFAULT}), runs the same
 * engine code through a reusable {@code PathWorkspace} that skips the result records.
 */
@FunctionalInterface
public interface PathRunner {

  /**
   * Runs {@code deal} and fills {@code out}.
   *
   * @param deal the path's resolved deal
   * @param out the outcome to overwrite
   * @throws RuntimeException when the engine cannot compute the path; the simulator counts the path
   *     as failed with the message, and goes on
   */
  void run(Deal deal, PathOutcome out);
}
