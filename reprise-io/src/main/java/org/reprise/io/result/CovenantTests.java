package org.reprise.io.result;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.DealResult;
import org.reprise.engine.YearTable;
import org.reprise.model.Covenants;
import org.reprise.model.Deal;

/**
 * The covenant tests of a run, one per covenant and year tested, as the reports put them into
 * words (docs/methodology.md §6): the ratio, its actual value, the covenant's level, the headroom
 * and whether it is breached. Covenants are tested over the holding period only (years 1 to the
 * exit): the year after the exit that a forward exit multiple adds has none. A covenant is tested
 * in a year when the deal gives it a level that year. The breaches are the engine's ({@link
 * YearTable#covenantBreach} is true exactly in the years some test here is breached): a ratio on
 * the wrong side of its level, or a net leverage that cannot be computed (EBITDA ≤ 0) while the
 * net debt is positive.
 *
 * @param tests every test, by year, then in the order net leverage, interest cover, debt service
 *     cover
 */
public record CovenantTests(List<Test> tests) {

  public CovenantTests {
    tests = List.copyOf(tests);
  }

  /** A covenant's ratio. */
  public enum Ratio {
    /** Net debt / EBITDA, at most the level. */
    NET_LEVERAGE(true),
    /** EBITDA / (cash interest + commitment fees), at least the level. */
    INTEREST_COVER(false),
    /** Free cash flow / mandatory debt service due (DSCR), at least the level. */
    DEBT_SERVICE_COVER(false);

    private final boolean maximum;

    Ratio(boolean maximum) {
      this.maximum = maximum;
    }

    /** @return true when the level is a maximum (leverage), false for a minimum (covers) */
    public boolean maximum() {
      return maximum;
    }
  }

  /**
   * One covenant tested in one year.
   *
   * @param ratio the ratio
   * @param index the year index (0 = first projected year)
   * @param year the calendar year
   * @param actual the ratio's value ({@code NaN}: net leverage with EBITDA ≤ 0; {@code +∞}: a
   *     cover with nothing due)
   * @param level the covenant's level that year
   * @param headroom 1 − actual / maximum, or 1 − minimum / actual ({@code NaN} when the leverage
   *     cannot be computed, {@code −∞} for a cover that is zero or negative)
   * @param breached true when the covenant is breached
   */
  public record Test(
      Ratio ratio, int index, int year, double actual, double level, double headroom,
      boolean breached) {}

  /**
   * @param deal the deal as run, for its covenant levels
   * @param r its result
   * @return every covenant tested over the holding period
   */
  public static CovenantTests of(Deal deal, DealResult r) {
    YearTable y = r.years();
    Covenants c = deal.covenants();
    List<Test> out = new ArrayList<>();
    int hold = Math.min(r.exitYearIndex(), y.size());
    for (int t = 0; t < hold; t++) {
      double maxLev = level(c.maxNetLeverage(), t);
      if (!Double.isNaN(maxLev)) {
        double lev = y.netLeverage[t];
        out.add(new Test(Ratio.NET_LEVERAGE, t, y.year[t], lev, maxLev, y.leverageHeadroom[t],
            Covenants.leverageBreached(lev, y.netDebt[t], maxLev)));
      }
      cover(out, Ratio.INTEREST_COVER, t, y.year[t], y.interestCover[t],
          level(c.minInterestCover(), t), y.interestCoverHeadroom[t]);
      cover(out, Ratio.DEBT_SERVICE_COVER, t, y.year[t], y.debtServiceCover[t],
          level(c.minDebtServiceCover(), t), y.debtServiceCoverHeadroom[t]);
    }
    return new CovenantTests(out);
  }

  private static void cover(List<Test> out, Ratio ratio, int t, int year, double actual,
      double minimum, double headroom) {
    if (!Double.isNaN(minimum)) {
      out.add(new Test(ratio, t, year, actual, minimum, headroom,
          Covenants.coverBreached(actual, minimum)));
    }
  }

  private static double level(double[] levels, int t) {
    return levels != null && t < levels.length ? levels[t] : Double.NaN;
  }

  /** @return true when no covenant is tested (the deal has none over the holding period) */
  public boolean none() {
    return tests.isEmpty();
  }

  /** @return the breached tests, by year, in the order of the ratios */
  public List<Test> breaches() {
    List<Test> out = new ArrayList<>();
    for (Test t : tests) {
      if (t.breached()) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The breaches of one year, as the sentences say them.
   *
   * @param year the calendar year
   * @param tests its breached tests, in the order of the ratios
   * @param brief true when the same ratios broke the year before: the sentence gives the numbers
   *     only
   */
  public record YearBreaches(int year, List<Test> tests, boolean brief) {}

  /** @return the breaches grouped by year, in year order */
  public List<YearBreaches> breachesByYear() {
    List<Test> breaches = breaches();
    List<YearBreaches> out = new ArrayList<>();
    List<Ratio> previous = List.of();
    for (int k = 0; k < breaches.size(); ) {
      int year = breaches.get(k).year();
      List<Test> inYear = new ArrayList<>();
      List<Ratio> ratios = new ArrayList<>();
      while (k < breaches.size() && breaches.get(k).year() == year) {
        ratios.add(breaches.get(k).ratio());
        inYear.add(breaches.get(k++));
      }
      out.add(new YearBreaches(year, List.copyOf(inYear), ratios.equals(previous)));
      previous = ratios;
    }
    return out;
  }

  /**
   * @return the test with the smallest headroom (the first in year order on a tie), among those
   *     whose headroom is defined; {@code null} when there is none
   */
  public Test tightest() {
    Test min = null;
    for (Test t : tests) {
      if (!Double.isNaN(t.headroom()) && (min == null || t.headroom() < min.headroom())) {
        min = t;
      }
    }
    return min;
  }
}
