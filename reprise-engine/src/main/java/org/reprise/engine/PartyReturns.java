package org.reprise.engine;

import java.util.List;
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

  /**
   * The parties of a deal in order of first appearance (equity classes, then tranches) and the
   * party of each class and tranche. Classes and tranches with the same holder or lender name are
   * one party; a party that is both is "equity+lender".
   */
  static final class Layout {
    final String[] party;
    final String[] role;
    /** Party index of each equity class and of each tranche. */
    final int[] ofClass;
    final int[] ofTranche;

    private Layout(String[] party, String[] role, int[] ofClass, int[] ofTranche) {
      this.party = party;
      this.role = role;
      this.ofClass = ofClass;
      this.ofTranche = ofTranche;
    }

    static Layout of(Deal deal) {
      List<EquityClass> classes = deal.financing().equity();
      List<org.reprise.model.Tranche> debt = deal.financing().debt();
      int m = debt.size();
      // a handful of parties: a linear search beats a map
      String[] names = new String[classes.size() + m];
      String[] roles = new String[names.length];
      int[] ofClass = new int[classes.size()];
      int[] ofTranche = new int[m];
      int count = 0;
      for (int k = 0; k < classes.size(); k++) {
        ofClass[k] = indexOf(names, roles, count, classes.get(k).holder(), "equity");
        count = Math.max(count, ofClass[k] + 1);
      }
      for (int i = 0; i < m; i++) {
        ofTranche[i] = indexOf(names, roles, count, debt.get(i).lender(), "lender");
        count = Math.max(count, ofTranche[i] + 1);
      }
      return new Layout(
          java.util.Arrays.copyOf(names, count), java.util.Arrays.copyOf(roles, count), ofClass,
          ofTranche);
    }

    /** Index of {@code party} among the first {@code count} names, added at the end if new. */
    private static int indexOf(
        String[] names, String[] roles, int count, String party, String role) {
      for (int k = 0; k < count; k++) {
        if (names[k].equals(party)) {
          if (!roles[k].equals(role)) {
            roles[k] = "equity+lender";
          }
          return k;
        }
      }
      names[count] = party;
      roles[count] = role;
      return count;
    }

    /** @return true when {@code deal} has the same holders and lenders in the same order */
    boolean matches(Deal deal) {
      List<EquityClass> classes = deal.financing().equity();
      List<org.reprise.model.Tranche> debt = deal.financing().debt();
      if (classes.size() != ofClass.length || debt.size() != ofTranche.length) {
        return false;
      }
      for (int k = 0; k < ofClass.length; k++) {
        if (!party[ofClass[k]].equals(classes.get(k).holder())) {
          return false;
        }
      }
      for (int i = 0; i < ofTranche.length; i++) {
        if (!party[ofTranche[i]].equals(debt.get(i).lender())) {
          return false;
        }
      }
      return true;
    }

    int size() {
      return party.length;
    }
  }

  /**
   * Adds each party's dated flows into {@code flows[party][t]} (t = 0 closing to exitYear), which
   * must be zero on entry.
   */
  static void fill(
      Layout layout,
      Deal deal,
      Entry entry,
      DebtBook book,
      YearTable y,
      ExitWaterfall exit,
      int exitYear,
      double[][] classFlows,
      double[][] flows) {
    List<EquityClass> classes = deal.financing().equity();
    double[] invested = entry.equityAmounts();
    for (int k = 0; k < classes.size(); k++) {
      addClass(k, classes.get(k), invested[k], y, exit, exitYear, classFlows,
          flows[layout.ofClass[k]]);
    }
    for (int i = 0; i < book.m; i++) {
      double[] f = flows[layout.ofTranche[i]];
      f[0] -= book.initial[i] - book.upfrontFee[i];
      if (book.drawIndex[i] >= 0 && book.drawIndex[i] < exitYear) {
        // drawn at the start of year index d, the end of year index d − 1 (§5.13)
        f[book.drawIndex[i]] -= book.drawn[i] - book.drawFee[i];
      }
      for (int t = 1; t <= exitYear; t++) {
        int j = t - 1;
        double interestPaid =
            book.cashInterest[i][j] + book.commitmentFee[i][j] - book.unpaidInterest[i][j];
        f[t] += interestPaid + book.mandatory[i][j] + book.sweep[i][j] - book.drawdown[i][j];
      }
      f[exitYear] += exit.toTranche[i];
    }
  }

  /**
   * Adds equity class k's dated flows into {@code f[t]} (t = 0 closing to exitYear): its
   * investment at closing, what it receives during the hold and its exit proceeds. The returns
   * per party and per instrument ({@link EquityReturns}) both add a class's flows here, so that a
   * holder's instruments add up to its flows as a party.
   *
   * @param classFlows the classes' flows during the hold when the year solver kept them (a SCOP's
   *     capital moves, or distributions paid by order of priority, §5.5), else empty: the ordinary
   *     shares then receive the year's distributions pro rata to their ownership
   */
  static void addClass(
      int k,
      EquityClass c,
      double invested,
      YearTable y,
      ExitWaterfall exit,
      int exitYear,
      double[][] classFlows,
      double[] f) {
    f[0] -= invested;
    if (classFlows.length > 0) {
      for (int t = 1; t <= exitYear; t++) {
        f[t] += classFlows[k][t - 1];
      }
    } else if (c.kind() == EquityClass.Kind.ORDINARY) {
      for (int t = 1; t <= exitYear; t++) {
        f[t] += y.distributions[t - 1] * exit.ownership[k];
      }
    }
    RecapRows recap = y.recap();
    if (recap != null) {
      // a recapitalisation's payment at the start of year index t, the end of year index t − 1
      for (int t = 1; t < exitYear; t++) {
        f[t] += recap.toClass[k][t];
      }
    }
    f[exitYear] += exit.toEquity[k];
  }

  /** @return what a party paid in (the negative flows, as a positive amount) */
  static double paid(double[] f) {
    double paid = 0.0;
    for (double v : f) {
      if (v < 0.0) {
        paid -= v;
      }
    }
    return paid;
  }

  /** @return what a party received (the positive flows) */
  static double received(double[] f) {
    double received = 0.0;
    for (double v : f) {
      if (!(v < 0.0)) {
        received += v;
      }
    }
    return received;
  }

  /** @return the multiple of money: received / paid, NaN when nothing was paid */
  static double moic(double paid, double received) {
    return paid > 0.0 ? received / paid : Double.NaN;
  }

  static List<PartyReturn> compute(
      Deal deal,
      Entry entry,
      DebtBook book,
      YearTable y,
      ExitWaterfall exit,
      int exitYear,
      double[][] classFlows) {
    Layout layout = Layout.of(deal);
    double[][] flows = Rows.zeros(layout.size(), exitYear + 1);
    fill(layout, deal, entry, book, y, exit, exitYear, classFlows, flows);
    PartyReturn[] out = new PartyReturn[layout.size()];
    for (int p = 0; p < out.length; p++) {
      double[] f = flows[p];
      double paid = paid(f);
      double received = received(f);
      IrrResult irr = Irr.irr(f);
      out[p] =
          new PartyReturn(
              layout.party[p],
              layout.role[p],
              f,
              paid,
              received,
              irr.rate(),
              irr.note(),
              moic(paid, received));
    }
    return List.of(out);
  }
}
