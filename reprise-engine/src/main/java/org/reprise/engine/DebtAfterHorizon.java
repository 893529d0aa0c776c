package org.reprise.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reprise.model.Deal;
import org.reprise.model.Participation;
import org.reprise.model.Tranche;

/**
 * The debt still owed at the horizon, by year of maturity after it (docs/methodology.md §7): what
 * a company that is not sold at the exit (a SCOP, the status quo, a buyout its owners keep: {@code
 * exit.sale: false}) must repay or refinance in the years after the plan, and each year's amount in years of the horizon year's free cash flow
 * (review 15, finding 5).
 *
 * <p>Each tranche's balance at the end of the horizon year X falls due as its own terms say (its
 * full repayment profile, {@link Tranche#fullRepayment}), by the rule the engine applies during
 * the plan (§5.3): in year k > X its scheduled instalment, the share of year k times the amount at
 * closing, plus in year X + 1 the principal already in arrears, as long as the balance lasts; at
 * its final maturity everything left. Early repayments during the plan thus shorten the schedule
 * from its end. The balance at X includes any capitalised (PIK or unpaid) interest; the interest
 * that runs after X is not counted.
 *
 * @param horizonYear calendar year of the horizon (the exit year)
 * @param freeCashFlow free cash flow of the horizon year
 * @param dues what falls due, one entry per calendar year after the horizon with something due,
 *     in order of the years
 * @param undated what the tranches whose term is not known (a revolver given no repayment) still
 *     owe at the horizon
 */
public record DebtAfterHorizon(int horizonYear, double freeCashFlow, List<Due> dues,
    double undated) {

  /** Amounts below half a cent are rounding residues, not debt falling due. */
  public static final double NOTHING = 0.005;

  public DebtAfterHorizon {
    dues = List.copyOf(dues);
  }

  /**
   * The debt falling due in one year after the horizon.
   *
   * @param year calendar year
   * @param amount principal due that year, all tranches together
   * @param yearsOfFreeCashFlow amount / the horizon year's free cash flow; NaN when that free cash
   *     flow is not positive
   */
  public record Due(int year, double amount, double yearsOfFreeCashFlow) {}

  /** @return the debt owed at the horizon: the dues and the undated part */
  public double total() {
    double total = undated;
    for (Due d : dues) {
      total += d.amount();
    }
    return total;
  }

  /** @return true when nothing is owed at the horizon */
  public boolean none() {
    return total() < NOTHING;
  }

  /**
   * @param deal the deal as run (its tranches' terms)
   * @param result its result (the balances and arrears at the horizon, the free cash flow)
   * @return the debt owed at the horizon by year of maturity
   */
  public static DebtAfterHorizon of(Deal deal, DealResult result) {
    Map<String, Tranche> byName = new HashMap<>();
    for (Tranche t : deal.financing().debt()) {
      byName.put(t.name(), t);
    }
    int x = result.exitYearIndex();
    double fcf = result.years().freeCashFlow[x - 1];
    Map<Integer, Double> byYear = new TreeMap<>();
    double undated = 0.0;
    for (TrancheSchedule s : result.debt()) {
      double balance = s.closing()[x - 1];
      if (!(balance >= NOTHING)) {
        continue;
      }
      Tranche t = byName.get(s.name());
      if (t == null || t.term() == 0) {
        undated += balance;
        continue;
      }
      double[] due = schedule(balance, s.unpaidPrincipal()[x - 1], s.scheduledAmount(),
          t.fullRepayment(), x);
      for (int i = 0; i < due.length; i++) {
        if (due[i] >= NOTHING) {
          byYear.merge(result.baseYear() + x + 1 + i, due[i], Double::sum);
        }
      }
    }
    List<Due> dues = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : byYear.entrySet()) {
      dues.add(new Due(e.getKey(), e.getValue(), fcf > 0.0 ? e.getValue() / fcf : Double.NaN));
    }
    return new DebtAfterHorizon(result.baseYear() + x, fcf, dues, undated);
  }

  /**
   * The employees' blocked participation accounts still held at the horizon, by the year each
   * credit is paid out (methodology §5.8): the credits of the plan's last {@code blockedYears}
   * years, each paid out {@code blockedYears} after the year it was credited, with the interest
   * capitalised up to the horizon when it is (the interest that runs after it is not counted, as
   * for the tranches). With early releases, what a credit still holds leaves at the share e a year
   * of what is left until its period ends, and the rest then. The amounts the accounts held at the
   * closing whose period ends after the horizon ({@code Participation.blockedOpening}) are spread
   * the same way, up to the year their period ends. They add up to the exit's {@code
   * blockedAccounts}.
   *
   * @param deal the deal as run (its participation rules)
   * @param result its result
   * @return what falls due, by year after the horizon, in order; empty without blocked accounts
   */
  public static List<Due> blockedAccounts(Deal deal, DealResult result) {
    int n = deal.participation().blockedYears();
    int x = result.exitYearIndex();
    YearTable y = result.years();
    double fcf = y.freeCashFlow[x - 1];
    List<Due> dues = new ArrayList<>();
    if (n == 0) {
      return dues;
    }
    Participation p = deal.participation();
    double e = p.blockedEarlyRelease();
    // the year after the horizon (index x) and on: each credit's remainder leaves at e a year
    // until the end of its period, which pays the rest (all of it without early releases)
    Map<Integer, Double> byYear = new TreeMap<>();
    for (int k = Math.max(0, x - n); k < x; k++) {
      double left = y.participationBlocked[k] * p.blockedHeldShare(x - 1 - k);
      spread(byYear, left, x, k + n, e, y.year[k] - k);
    }
    // what the accounts held at the closing: the amount whose period ends in year j (index
    // j − 1) is, from the closing on, a credit of year 1 (index 0) with j − 1 years left
    List<Double> opening = p.blockedOpening();
    for (int j = x + 1; j <= opening.size(); j++) {
      double left = opening.get(j - 1) * p.blockedHeldShare(x - 1);
      spread(byYear, left, x, j - 1, e, y.year[0]);
    }
    for (Map.Entry<Integer, Double> d : byYear.entrySet()) {
      if (d.getValue() >= NOTHING) {
        dues.add(new Due(d.getKey(), d.getValue(), fcf > 0.0 ? d.getValue() / fcf : Double.NaN));
      }
    }
    return dues;
  }

  /**
   * What the employees' blocked participation accounts hold at the horizon, grouped by the year
   * after it in which each amount's blocking period ends: element j − 1 ends in year X + j (1 to
   * {@code blockedYears}), the interest capitalised up to the horizon included when it is. The
   * same amounts as {@link #blockedAccounts}, before they are spread over the early releases, and
   * in the form of {@code Participation.blockedOpening}: the accounts a buyer at the exit takes
   * over with the company (a chain's next round, methodology §11). Their sum is the exit's {@code
   * blockedAccounts}.
   *
   * @param deal the deal as run (its participation rules)
   * @param result its result
   * @return the amounts held, by the year their period ends, without trailing zeros; empty without
   *     blocked accounts or when nothing is held
   */
  public static List<Double> blockedHeldByEnd(Deal deal, DealResult result) {
    Participation p = deal.participation();
    int n = p.blockedYears();
    int x = result.exitYearIndex();
    YearTable y = result.years();
    double[] held = new double[n];
    // a credit of year index k ends at index k + n, that is n + k − x + 1 years after year X
    for (int k = Math.max(0, x - n); k < x; k++) {
      held[n + k - x] += y.participationBlocked[k] * p.blockedHeldShare(x - 1 - k);
    }
    // an amount held at the closing whose period ends in year j ends j − X years after year X
    List<Double> opening = p.blockedOpening();
    for (int j = x + 1; j <= opening.size(); j++) {
      held[j - x - 1] += opening.get(j - 1) * p.blockedHeldShare(x - 1);
    }
    int last = n;
    while (last > 0 && held[last - 1] <= 0.0) {
      last--;
    }
    List<Double> out = new ArrayList<>(last);
    for (int j = 0; j < last; j++) {
      out.add(Math.max(0.0, held[j]));
    }
    return out;
  }

  /**
   * Spreads what a credit still holds at the horizon over the years after it: the share e of
   * what is left each year, and the rest in the year its period ends.
   *
   * @param byYear the dues by calendar year, added to
   * @param held what the credit holds at the end of the horizon year
   * @param from the index of the first year after the horizon
   * @param end the index of the year its period ends (≥ {@code from})
   * @param e the early release
   * @param yearOfIndex0 the calendar year of index 0
   */
  private static void spread(
      Map<Integer, Double> byYear, double held, int from, int end, double e, int yearOfIndex0) {
    double left = held;
    for (int j = from; j <= end && left > 0.0; j++) {
      double paid = j == end ? left : e * left;
      byYear.merge(yearOfIndex0 + j, paid, Double::sum);
      left -= paid;
    }
  }

  /**
   * One tranche's balance at the horizon spread over the years after it.
   *
   * @param balance balance at the end of the horizon year X
   * @param arrears principal due but not paid at X (part of the balance): due in X + 1
   * @param initial amount at closing, the base of the scheduled shares
   * @param profile the full repayment profile (its length the term, ≥ 1)
   * @param horizon X, the horizon's year index (1 = first projected year)
   * @return the principal due in years X + 1, X + 2, … up to the final maturity (or X + 1 when the
   *     term ended within the horizon); it adds up to {@code balance}
   */
  static double[] schedule(double balance, double arrears, double initial, double[] profile,
      int horizon) {
    int last = Math.max(profile.length, horizon + 1);
    double[] due = new double[last - horizon];
    double left = balance;
    for (int k = horizon + 1; k <= last && left > 0.0; k++) {
      double scheduled = (k <= profile.length ? profile[k - 1] * initial : 0.0)
          + (k == horizon + 1 ? arrears : 0.0);
      double paid = k == last ? left : Math.min(scheduled, left);
      due[k - horizon - 1] = paid;
      left -= paid;
    }
    return due;
  }
}
