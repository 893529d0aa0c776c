package org.reprise.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reprise.engine.returns.Irr;
import org.reprise.engine.returns.IrrResult;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;

/**
 * Dated cash flows, IRR and multiple of every party (docs/methodology.md, "Returns").
 *
 * <p>Flows fall at closing (index 0) and at each year end up to the exit year. An equity holder
 * pays its investment at closing, receives its share of the distributions each year and its
 * waterfall proceeds at exit. A lender pays the amount lent net of its upfront fee at closing,
 * receives the cash interest, commitment fees and principal actually paid each year (a revolver
 * drawing is a payment by the lender), and its waterfall proceeds at exit. Classes and tranches held
 * by the same party are added together.
 */
final class PartyReturns {

  private PartyReturns() {}

  static List<PartyReturn> compute(
      Deal deal,
      Entry entry,
      DebtBook book,
      YearTable y,
      ExitWaterfall exit,
      int exitYear,
      double[][] classFlows) {
    Map<String, double[]> flows = new LinkedHashMap<>();
    Map<String, String> roles = new LinkedHashMap<>();
    List<EquityClass> classes = deal.financing().equity();
    double[] invested = entry.equityAmounts();
    for (int k = 0; k < classes.size(); k++) {
      EquityClass c = classes.get(k);
      double[] f = flowsOf(flows, roles, c.holder(), "equity", exitYear);
      f[0] -= invested[k];
      if (deal.isCooperative()) {
        for (int t = 1; t <= exitYear; t++) {
          f[t] += classFlows[k][t - 1];
        }
      } else if (c.kind() == EquityClass.Kind.ORDINARY) {
        for (int t = 1; t <= exitYear; t++) {
          f[t] += y.distributions[t - 1] * exit.ownership[k];
        }
      }
      f[exitYear] += exit.toEquity[k];
    }
    for (int i = 0; i < book.m; i++) {
      double[] f = flowsOf(flows, roles, book.tranches.get(i).lender(), "lender", exitYear);
      f[0] -= book.initial[i] - book.upfrontFee[i];
      for (int t = 1; t <= exitYear; t++) {
        int j = t - 1;
        double interestPaid =
            book.cashInterest[i][j] + book.commitmentFee[i][j] - book.unpaidInterest[i][j];
        f[t] += interestPaid + book.mandatory[i][j] + book.sweep[i][j] - book.drawdown[i][j];
      }
      f[exitYear] += exit.toTranche[i];
    }
    List<PartyReturn> out = new ArrayList<>(flows.size());
    for (Map.Entry<String, double[]> e : flows.entrySet()) {
      double[] f = e.getValue();
      double paid = 0.0;
      double received = 0.0;
      for (double v : f) {
        if (v < 0.0) {
          paid -= v;
        } else {
          received += v;
        }
      }
      IrrResult irr = Irr.irr(f);
      out.add(
          new PartyReturn(
              e.getKey(),
              roles.get(e.getKey()),
              f,
              paid,
              received,
              irr.rate(),
              irr.note(),
              paid > 0.0 ? received / paid : Double.NaN));
    }
    return out;
  }

  private static double[] flowsOf(
      Map<String, double[]> flows, Map<String, String> roles, String party, String role, int n) {
    String known = roles.get(party);
    if (known == null) {
      roles.put(party, role);
    } else if (!known.equals(role)) {
      roles.put(party, "equity+lender");
    }
    return flows.computeIfAbsent(party, p -> new double[n + 1]);
  }
}
