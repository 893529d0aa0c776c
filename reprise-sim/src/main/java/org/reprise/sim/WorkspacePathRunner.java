package org.reprise.sim;

import org.reprise.engine.PathWorkspace;
import org.reprise.model.Deal;

/**
 * The simulator's {@link PathRunner}: the engine's {@link PathWorkspace}, which runs the same code
 * as {@code LboEngine.run} but reuses its arrays from path to path and builds no result records.
 * Tested equal to {@link EnginePathRunner} on random deals (WorkspacePathRunnerTest).
 */
public final class WorkspacePathRunner implements PathRunner {

  private final PathWorkspace workspace = new PathWorkspace();

  @Override
  public void run(Deal deal, PathOutcome out) {
    PathWorkspace w = workspace;
    w.run(deal);
    if (w.parties() != out.parties()) {
      throw new IllegalStateException(
          "the path has " + w.parties() + " parties, the deal " + out.parties());
    }
    for (int k = 0; k < w.parties(); k++) {
      out.setReturn(k, w.irr(k), w.moic(k));
      out.setFlows(k, w.flows(k));
      out.setNoSingleRoot(k, w.noSingleRoot(k));
    }
    out.setYears(w.years(), w.exitYear(), w.exitEquityValue());
    out.setExitValuedEbitda(w.exitValuedEbitda());
    out.setExitPaysEveryTranche(w.exitPaysEveryTranche());
  }
}
