package org.reprise.engine;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.returns.Irr;
import org.reprise.engine.returns.IrrResult;
import org.reprise.model.Deal;
import org.reprise.model.EquityClass;
import org.reprise.model.PersonalTax;

/**
 * The personal tax of the individuals on their gains at the exit (docs/methodology.md §8.4): for
 * each equity class held by an individual ({@link PersonalTax#holders}), the gain, its capital-gain
 * and salary parts under article 163 bis H of the French tax code (CGI), each tax, and the net
 * gain, multiple and IRR; and the State's whole take. Pure and stateless.
 *
 * <pre>
 *   dividends     = what shares received during the hold (distributions, a recap's payment; 0 for
 *                   a shareholder loan, whose repayments are not income), less what the share
 *                   premium paid them (returned: a return of contributions, CGI art. 112-1°)
 *   exit gain     = received − dividends − invested  (received: dividends, returned and exit
 *                 = exit proceeds − (invested − returned)   proceeds: the return of contributions
 *                                                 lowers the shares' cost, CGI art. 150-0 D)
 *   ratio         = Σ received / Σ invested of all the equity classes   (the company's performance)
 *   ceiling       = invested × (3 × ratio − 1), at least 0              (management package only;
 *                   0 when held less than 2 years)
 *   capital part  = min(exit gain, ceiling)     (a class not a management package: the whole gain)
 *   salary part   = exit gain − capital part
 *   tax           = (dividends + capital part) × capitalGainsRate
 *                   + salary part × (salaryRate + contribution)
 *   net received  = received − tax              (each dividend's tax the year it is received, the
 *                                                 rest at the exit)
 * </pre>
 *
 * A dividend is investment income, taxed at the flat rate when received (CGI art. 158-3, 200 A),
 * not part of the gain on the disposal that article 163 bis H splits (review 34, W1). What a share
 * receives out of the share premium (§5.5) is not a dividend but a return of the holder's
 * contributions (CGI art. 112-1°): untaxed when received, it lowers the shares' cost and so raises
 * the exit gain by as much (CGI art. 150-0 D; the doctrine's reading, from memory:
 * docs/methodology.md §8.4).
 *
 * An exit loss bears no tax; it first offsets the same holder's capital gains of its other
 * classes at the same exit (CGI art. 150-0 D, 11: the losses of a year offset that year's gains
 * on securities), not their salary parts, and that saving is shown on the loss's class ({@code
 * lossOffset}, a negative capital-gains tax); what is left offsets the holder's other gains of
 * the year and the ten next, outside the deal (review 35, M1).
 *
 * @param terms the deal file's {@code personalTax} section
 * @param performanceRatio value of all the equity at the exit (with the distributions received
 *     before) over the equity invested at the closing: the company's financial performance of
 *     CGI art. 163 bis H, II
 * @param holdingYears years from the closing to the exit
 * @param classes one line per class of an individual holder, in the deal file's order
 */
public record ExitGainsTax(
    PersonalTax terms, double performanceRatio, int holdingYears, List<ClassTax> classes) {

  public ExitGainsTax {
    classes = List.copyOf(classes);
  }

  /**
   * The tax of one equity class of an individual holder on its gain at the exit.
   *
   * @param name the class's name
   * @param holder its holder
   * @param managementPackage true when the class is held in return for the holder's functions
   *     (CGI art. 163 bis H)
   * @param invested what the holder paid for it
   * @param received what the holder received from it (distributions and exit proceeds), before tax
   * @param dividends what it received from shares during the hold (distributions, a recap's
   *     payment), taxed apart at the flat rate, less {@code returnOfContributions}; 0 for a
   *     shareholder loan
   * @param ceiling the largest gain taxed as a capital gain: invested × (3 × ratio − 1), at least
   *     0, and 0 when held less than 2 years; {@code NaN} for a class that is not a management
   *     package (its whole gain is a capital gain)
   * @param capitalGain the part of the gain taxed as a capital gain (0 when the gain is not
   *     positive)
   * @param salary the part of the gain taxed as salary (0 when the gain is not positive)
   * @param capitalGainsTax (capitalGain − lossOffset) × capitalGainsRate: negative for a class
   *     whose exit loss offsets the holder's other capital gains
   * @param dividendTax dividends × capitalGainsRate (the flat tax on investment income)
   * @param salaryTax salary × salaryRate (income tax)
   * @param salaryContribution salary × the specific contribution
   * @param lossOffset the part of the class's exit loss set against the same holder's capital
   *     gains of its other classes at the exit (CGI art. 150-0 D, 11); 0 without a loss
   * @param netFlows the class's flows less the tax: a dividend's the year it is received, the rest
   *     at the exit
   * @param grossIrr the IRR of the class's flows before tax, NaN when undefined
   * @param netIrr the IRR of {@code netFlows}, NaN when undefined
   * @param netIrrNote why the net IRR is undefined, or a note ({@link IrrResult#note})
   * @param returnOfContributions what it received out of the share premium during the hold (§5.5):
   *     not taxed when received, it lowers the cost of the shares, so it is in the exit gain; 0
   *     without a premium
   */
  public record ClassTax(
      String name,
      String holder,
      boolean managementPackage,
      double invested,
      double received,
      double dividends,
      double ceiling,
      double capitalGain,
      double salary,
      double capitalGainsTax,
      double dividendTax,
      double salaryTax,
      double salaryContribution,
      double lossOffset,
      double[] netFlows,
      double grossIrr,
      double netIrr,
      String netIrrNote,
      double returnOfContributions) {

    /** @return the gain before tax: received − invested (negative for a loss) */
    public double gain() {
      return received - invested;
    }

    /**
     * @return the gain on the disposal at the exit: received − dividends − invested, which article
     *     163 bis H splits (negative for a loss): the exit proceeds less the shares' cost, lowered
     *     by the return of contributions (CGI art. 150-0 D)
     */
    public double exitGain() {
      return received - dividends - invested;
    }

    /** @return the whole tax on the gain: the four taxes */
    public double tax() {
      return capitalGainsTax + dividendTax + salaryTax + salaryContribution;
    }

    /** @return the gain after tax: {@link #gain} − {@link #tax} */
    public double netGain() {
      return gain() - tax();
    }

    /** @return what the holder keeps: received − tax */
    public double netReceived() {
      return received - tax();
    }

    /** @return received / invested, NaN when nothing was invested */
    public double grossMultiple() {
      return PartyReturns.moic(invested, received);
    }

    /**
     * @return this class with {@code offset} of its exit loss set against the holder's other
     *     capital gains: its capital-gains tax falls by offset × rate, paid back at the exit
     */
    ClassTax withLossOffset(double offset, double rate) {
      double saving = offset * rate;
      double[] net = netFlows.clone();
      net[net.length - 1] += saving;
      IrrResult irr = Irr.irr(net);
      return new ClassTax(name, holder, managementPackage, invested, received, dividends,
          ceiling, capitalGain, salary, capitalGainsTax - saving, dividendTax, salaryTax,
          salaryContribution, lossOffset + offset, net, grossIrr, irr.rate(), irr.note(),
          returnOfContributions);
    }

    /** @return (received − tax) / invested, NaN when nothing was invested */
    public double netMultiple() {
      return PartyReturns.moic(invested, netReceived());
    }
  }

  /**
   * @param deal the deal that was run
   * @param r its result
   * @return the personal tax on the exit gains, or {@code null} when the deal file has no {@code
   *     personalTax} section or the company is not sold at the exit (no gain is realised)
   */
  public static ExitGainsTax of(Deal deal, DealResult r) {
    if (deal.personalTax() == null || !deal.soldAtExit()) {
      return null;
    }
    return of(deal.personalTax(), r.equityReturns().instruments(), r.exitYearIndex());
  }

  /**
   * @param terms the personal-tax terms
   * @param instruments the returns of every equity class of the deal, in the deal file's order
   * @param holdingYears years from the closing to the exit, at least 1
   * @return the personal tax on the exit gains of the classes of {@code terms.holders()}
   * @throws IllegalArgumentException when {@code holdingYears} is below 1, or a management package
   *     names no class of {@code instruments}
   */
  public static ExitGainsTax of(
      PersonalTax terms, List<InstrumentReturn> instruments, int holdingYears) {
    if (holdingYears < 1) {
      throw new IllegalArgumentException("holdingYears must be at least 1, found " + holdingYears);
    }
    for (String mp : terms.managementPackages()) {
      if (instruments.stream().noneMatch(i -> i.name().equals(mp))) {
        throw new IllegalArgumentException("no equity class named " + mp);
      }
    }
    double allInvested = 0;
    double allReceived = 0;
    for (InstrumentReturn i : instruments) {
      allInvested += i.invested();
      allReceived += i.proceeds();
    }
    double ratio = PartyReturns.moic(allInvested, allReceived);
    List<ClassTax> out = new ArrayList<>();
    for (InstrumentReturn i : instruments) {
      if (terms.holders().contains(i.holder())) {
        out.add(classTax(terms, i, ratio, holdingYears));
      }
    }
    offsetLosses(out, terms.capitalGainsRate());
    return new ExitGainsTax(terms, ratio, holdingYears, out);
  }

  /**
   * CGI art. 150-0 D, 11: a holder's exit losses offset its capital gains of the same year on
   * securities, those of its other classes sold at the same exit included (not the salary part of
   * a management package, which is not a capital gain). Per holder, the losses L and the classes'
   * capital gains G: min(L, G) is offset, each loss's class taking its share of the saving.
   */
  private static void offsetLosses(List<ClassTax> classes, double rate) {
    java.util.Map<String, double[]> byHolder = new java.util.LinkedHashMap<>();
    for (ClassTax c : classes) {
      double[] lg = byHolder.computeIfAbsent(c.holder(), h -> new double[2]);
      lg[0] += Math.max(0.0, -c.exitGain());
      lg[1] += c.capitalGain();
    }
    for (int k = 0; k < classes.size(); k++) {
      ClassTax c = classes.get(k);
      double[] lg = byHolder.get(c.holder());
      double offset = Math.min(lg[0], lg[1]);
      if (c.exitGain() < 0.0 && offset > 0.0) {
        classes.set(k, c.withLossOffset(offset * (-c.exitGain() / lg[0]), rate));
      }
    }
  }

  /**
   * The tax of one class at a given performance ratio.
   *
   * @param terms the personal-tax terms
   * @param i the class's returns
   * @param ratio the company's performance ratio
   * @param holdingYears years from the closing to the exit
   * @return its tax on the exit gain
   * @throws IllegalArgumentException when a management package is a shareholder loan
   */
  public static ClassTax classTax(
      PersonalTax terms, InstrumentReturn i, double ratio, int holdingYears) {
    boolean mp = terms.isManagementPackage(i.name());
    if (mp && i.kind() == EquityClass.Kind.SHAREHOLDER_LOAN) {
      throw new IllegalArgumentException(
          "a shareholder loan is not a management package (CGI art. 163 bis H: equity only): "
              + i.name());
    }
    double[] net = i.flows().clone();
    int exit = net.length - 1;
    // a share's dividends during the hold (and in the exit year, beside the exit proceeds) are
    // investment income, taxed at the flat rate the year they are received (CGI art. 158-3, 200
    // A); a shareholder loan's repayments are not income: its whole gain is taxed at the exit
    double rate = terms.capitalGainsRate();
    // what the share premium paid is a return of contributions, not a dividend (CGI art. 112-1°):
    // untaxed when received, it stays in the proceeds, so that the exit gain counts it (the
    // shares' cost lowered by it, CGI art. 150-0 D)
    double dividends = 0.0;
    double dividendTax = 0.0;
    double returned = 0.0;
    if (i.kind() != EquityClass.Kind.SHAREHOLDER_LOAN) {
      for (int t = 1; t <= exit; t++) {
        double back = i.returnOfContributions(t);
        returned += back;
        double d = Math.max(0.0, (t < exit ? net[t] : net[t] - i.exitProceeds()) - back);
        dividends += d;
        dividendTax += d * rate;
        net[t] -= d * rate;
      }
    }
    double gain = i.proceeds() - dividends - i.invested();
    double ceiling = mp ? ceiling(i.invested(), ratio, holdingYears) : Double.NaN;
    double taxable = Math.max(0.0, gain);
    double capital = mp ? Math.min(taxable, ceiling) : taxable;
    double salary = taxable - capital;
    double cgt = capital * rate;
    // a class not a management package has no salary part: its NaN rate is never read
    double salaryTax = salary == 0 ? 0.0 : salary * terms.salaryRate();
    double contribution = salary * terms.salaryContribution();
    net[exit] -= cgt + salaryTax + contribution;
    IrrResult netIrr = Irr.irr(net);
    return new ClassTax(i.name(), i.holder(), mp, i.invested(), i.proceeds(), dividends, ceiling,
        capital, salary, cgt, dividendTax, salaryTax, contribution, 0.0, net, i.irr(),
        netIrr.rate(), netIrr.note(), returned);
  }

  /**
   * The ceiling of the capital-gain part of a management package's gain (CGI art. 163 bis H, II):
   * the price paid times (3 × the company's performance ratio − 1), not below 0; 0 when the
   * securities were held less than {@link PersonalTax#MIN_HOLDING_YEARS} years.
   *
   * @param invested the price paid for the securities
   * @param ratio the company's performance ratio (value at the exit over value at the closing)
   * @param holdingYears years held
   * @return the ceiling, currency units, ≥ 0 (NaN when the ratio is NaN)
   */
  public static double ceiling(double invested, double ratio, int holdingYears) {
    if (holdingYears < PersonalTax.MIN_HOLDING_YEARS) {
      return 0.0;
    }
    return Math.max(0.0, invested * (PersonalTax.PERFORMANCE_MULTIPLE * ratio - 1.0));
  }

  /** @return the sum of the classes' gains before tax (losses included) */
  public double totalGain() {
    return sum(ClassTax::gain);
  }

  /** @return the State's take on the individuals' exit gains: the sum of the classes' taxes */
  public double totalTax() {
    return sum(ClassTax::tax);
  }

  /** @return the sum of the flat taxes: on the capital gains and on the dividends */
  public double totalCapitalGainsTax() {
    return sum(c -> c.capitalGainsTax() + c.dividendTax());
  }

  /** @return the sum of the income tax and the specific contribution on the salary parts */
  public double totalSalaryTax() {
    return sum(c -> c.salaryTax() + c.salaryContribution());
  }

  /** @return {@code part} summed over the classes, in their order */
  private double sum(java.util.function.ToDoubleFunction<ClassTax> part) {
    double s = 0;
    for (ClassTax c : classes) {
      s += part.applyAsDouble(c);
    }
    return s;
  }
}
