package org.reprise.sim;

import java.util.List;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.engine.PartyReturn;
import org.reprise.engine.returns.IrrResult;
import org.reprise.engine.returns.Mirr;
import org.reprise.model.Deal;

/**
 * The reference {@link PathRunner}: the deterministic engine's full {@code run}, one result per
 * path.
 */
public final class EnginePathRunner implements PathRunner {

  @Override
  public void run(Deal deal, PathOutcome out) {
    fill(LboEngine.DEFAULT.run(deal), out);
  }

  /** Copies what the statistics need from an engine result. */
  static void fill(DealResult r, PathOutcome out) {
    List<PartyReturn> returns = r.returns();
    if (returns.size() != out.parties()) {
      throw new IllegalStateException(
          "the path has " + returns.size() + " parties, the deal " + out.parties());
    }
    for (int k = 0; k < returns.size(); k++) {
      PartyReturn p = returns.get(k);
      out.setReturn(k, p.irr(), p.moic());
      out.setFlows(k, p.flows());
      out.setNoSingleRoot(k, Mirr.noSingleRoot(new IrrResult(p.irr(), p.irrNote())));
    }
    out.setYears(r.years(), r.exitYearIndex(), r.exit().equityValue());
    out.setExitValuedEbitda(r.exit().ebitda());
    out.setExitPaysEveryTranche(r.exitPaysEveryTranche());
  }
}
