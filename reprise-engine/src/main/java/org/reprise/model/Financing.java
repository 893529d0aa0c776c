package org.reprise.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The financing of the deal: equity classes and debt tranches, in the deal file's order.
 *
 * @param equity equity and quasi-equity classes (at most one is the balancing item); the classes
 *     of one holder that give a {@link EquityClass#role role} give the same one, and when any class
 *     gives one, exactly one holder is the sponsor
 * @param debt debt tranches, most senior first
 * @param cashSweep decimal share of the excess cash that prepays the sweeping tranches each year
 *     (0 = the cash stays on the balance sheet); with {@code sweepSteps}, the first step's share
 * @param distributionShare decimal share of the cash left after the sweep that is paid out to the
 *     shareholders each year (0 = none)
 * @param sweepBasis what the sweep share applies to
 * @param pariPassu groups of tranches, by name, that rank pari passu (docs/methodology.md §5.3):
 *     in a shortfall each group's interest, then its principal, is paid pro rata to what each
 *     member is owed; the cash sweep and the exit proceeds are shared the same way. Each group
 *     has at least two tranches of one borrower, and a tranche is in at most one group; empty
 *     when every tranche ranks on its own (strictly in order of payment priority)
 * @param distributionLockUp true when a year's distribution is paid only if the year, tested pro
 *     forma for it, meets its covenants and pays its debt service, cut down to what keeps net
 *     leverage at its covenant when that is the one test it breaks (the restricted-payments
 *     condition of a facility agreement, docs/methodology.md §5.5); false lets the distributions
 *     go on whatever the tests say
 * @param paymentConditions under the lock-up, the facility agreement's conditions on a
 *     distribution beyond the covenants: a tighter leverage or debt service cover, no distribution
 *     the year after a breach ({@link PaymentConditions#COVENANTS_ONLY} when there are none)
 * @param sweepSteps the sweep's share stepping down with leverage (docs/methodology.md §5.5), or
 *     null when one share, {@code cashSweep}, applies every year
 * @param ratchet the management ratchet applied at the exit (docs/methodology.md §7.1), or {@code
 *     null} when the deal has none: its beneficiary holds ordinary shares, and so does another
 *     holder; its investor, when named, holds some equity class
 */
public record Financing(
    List<EquityClass> equity,
    List<Tranche> debt,
    double cashSweep,
    double distributionShare,
    SweepBasis sweepBasis,
    List<List<String>> pariPassu,
    boolean distributionLockUp,
    PaymentConditions paymentConditions,
    SweepSteps sweepSteps,
    Ratchet ratchet) {

  /** What the cash sweep takes a share of (docs/methodology.md §5.5). */
  public enum SweepBasis {
    /** The cash above the minimum after the year's debt service, whatever its origin. */
    CASH,
    /**
     * The year's excess cash flow: the same less the cash above the minimum that the year started
     * with, so that only the cash the year generated is swept (the Loan Market Association's
     * definition); nothing when it is negative.
     */
    EXCESS_CASH_FLOW
  }

  public Financing {
    equity = List.copyOf(equity);
    debt = List.copyOf(debt);
    Objects.requireNonNull(sweepBasis, "sweepBasis");
    pariPassu = pariPassu.isEmpty() ? List.of() : pariPassu.stream().map(List::copyOf).toList();
    checkGroups(debt, pariPassu);
    checkRoles(equity);
    Objects.requireNonNull(paymentConditions, "paymentConditions");
    if (sweepSteps != null && cashSweep != sweepSteps.topShare()) {
      throw new IllegalArgumentException("with sweep steps, cashSweep is the first step's share "
          + sweepSteps.topShare() + ", found " + cashSweep);
    }
    checkRatchet(equity, ratchet);
  }

  /** A financing whose sweep takes one share every year, without a ratchet. */
  public Financing(
      List<EquityClass> equity,
      List<Tranche> debt,
      double cashSweep,
      double distributionShare,
      SweepBasis sweepBasis,
      List<List<String>> pariPassu,
      boolean distributionLockUp,
      PaymentConditions paymentConditions) {
    this(equity, debt, cashSweep, distributionShare, sweepBasis, pariPassu, distributionLockUp,
        paymentConditions, null, null);
  }

  /** A financing whose sweep takes one share every year, with a ratchet (or none: null). */
  public Financing(
      List<EquityClass> equity,
      List<Tranche> debt,
      double cashSweep,
      double distributionShare,
      SweepBasis sweepBasis,
      List<List<String>> pariPassu,
      boolean distributionLockUp,
      PaymentConditions paymentConditions,
      Ratchet ratchet) {
    this(equity, debt, cashSweep, distributionShare, sweepBasis, pariPassu, distributionLockUp,
        paymentConditions, null, ratchet);
  }

  /**
   * @param steps the sweep's steps (docs/methodology.md §5.5), or null for one share every year
   * @return this financing with the steps, its {@code cashSweep} the first step's share (or
   *     unchanged when {@code steps} is null)
   */
  public Financing withSweepSteps(SweepSteps steps) {
    return new Financing(equity, debt, steps == null ? cashSweep : steps.topShare(),
        distributionShare, sweepBasis, pariPassu, distributionLockUp, paymentConditions, steps,
        ratchet);
  }

  /** @return true when some year may sweep: a positive share, or a step with one */
  public boolean sweeps() {
    return sweepSteps == null ? cashSweep > 0.0 : sweepSteps.maxShare() > 0.0;
  }

  /** A financing whose lock-up tests the covenants' own levels only. */
  public Financing(
      List<EquityClass> equity,
      List<Tranche> debt,
      double cashSweep,
      double distributionShare,
      SweepBasis sweepBasis,
      List<List<String>> pariPassu,
      boolean distributionLockUp) {
    this(equity, debt, cashSweep, distributionShare, sweepBasis, pariPassu, distributionLockUp,
        PaymentConditions.COVENANTS_ONLY);
  }

  /** A financing whose sweep takes a share of the cash above the minimum ({@code CASH}). */
  public Financing(
      List<EquityClass> equity, List<Tranche> debt, double cashSweep, double distributionShare) {
    this(equity, debt, cashSweep, distributionShare, SweepBasis.CASH, List.of(), true);
  }

  /**
   * @param newDebt the tranches of another financing of the same deal (a path's shifted rates, a
   *     later buyer's debt without the debt it refinanced)
   * @return this financing with {@code newDebt}; each pari passu group keeps the members still
   *     there, and a group left with fewer than two is dropped
   */
  public Financing withDebt(List<Tranche> newDebt) {
    if (pariPassu.isEmpty()) {
      return new Financing(
          equity, newDebt, cashSweep, distributionShare, sweepBasis, List.of(),
          distributionLockUp, paymentConditions, sweepSteps, ratchet);
    }
    Set<String> names = new HashSet<>();
    for (Tranche t : newDebt) {
      names.add(t.name());
    }
    List<List<String>> groups = new ArrayList<>();
    for (List<String> g : pariPassu) {
      List<String> kept = g.stream().filter(names::contains).toList();
      if (kept.size() >= 2) {
        groups.add(kept);
      }
    }
    return new Financing(
        equity, newDebt, cashSweep, distributionShare, sweepBasis, groups, distributionLockUp,
        paymentConditions, sweepSteps, ratchet);
  }

  /**
   * @return for each tranche (deal-file order) the index of the first tranche of its pari passu
   *     group, or its own index when it ranks on its own
   */
  public int[] rankGroups() {
    int m = debt.size();
    int[] group = new int[m];
    for (int i = 0; i < m; i++) {
      group[i] = i;
    }
    for (List<String> g : pariPassu) {
      int first = -1;
      for (int i = 0; i < m; i++) {
        if (g.contains(debt.get(i).name())) {
          first = first < 0 ? i : first;
          group[i] = first;
        }
      }
    }
    return group;
  }

  /**
   * The roles of the envy ratio (docs/methodology.md §8.2): one role per holder, and one sponsor
   * when any role is given. The deal reader reports the same rules with the file's key paths.
   */
  private static void checkRoles(List<EquityClass> equity) {
    java.util.Map<String, EquityClass.Role> byHolder = new java.util.LinkedHashMap<>();
    boolean any = false;
    for (EquityClass c : equity) {
      if (c.role() != null) {
        any = true;
        EquityClass.Role before = byHolder.putIfAbsent(c.holder(), c.role());
        if (before != null && before != c.role()) {
          throw new IllegalArgumentException("the holder " + c.holder() + " has two roles: "
              + before + " and " + c.role());
        }
      }
    }
    long sponsors =
        byHolder.values().stream().filter(r -> r == EquityClass.Role.SPONSOR).count();
    if (any && sponsors != 1) {
      throw new IllegalArgumentException(
          "when roles are given, exactly one holder is the sponsor, found " + sponsors);
    }
  }

  /**
   * The ratchet's holders (docs/methodology.md §7.1): the beneficiary holds ordinary shares, another
   * holder does too (someone gives up the shares it gains), and a named investor holds some class.
   * The deal reader reports the same rules with the file's key paths.
   */
  private static void checkRatchet(List<EquityClass> equity, Ratchet ratchet) {
    if (ratchet == null) {
      return;
    }
    boolean beneficiary = false;
    boolean other = false;
    boolean investor = ratchet.investor() == null;
    for (EquityClass c : equity) {
      boolean ordinary = c.kind() == EquityClass.Kind.ORDINARY;
      boolean isBeneficiary = c.holder().equals(ratchet.beneficiary());
      beneficiary |= ordinary && isBeneficiary;
      other |= ordinary && !isBeneficiary;
      investor |= c.holder().equals(ratchet.investor());
    }
    if (!beneficiary || !other || !investor) {
      throw new IllegalArgumentException("the ratchet's beneficiary " + ratchet.beneficiary()
          + " and another holder must hold ordinary shares, and its investor "
          + ratchet.investor() + " some equity class");
    }
  }

  private static void checkGroups(List<Tranche> debt, List<List<String>> groups) {
    Set<String> seen = new HashSet<>();
    for (List<String> g : groups) {
      if (g.size() < 2) {
        throw new IllegalArgumentException("a pari passu group needs at least two tranches: " + g);
      }
      Tranche.Borrower borrower = null;
      for (String name : g) {
        Tranche t =
            debt.stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tranche named " + name));
        if (!seen.add(name)) {
          throw new IllegalArgumentException(name + " is in two pari passu groups");
        }
        if (borrower != null && borrower != t.borrower()) {
          throw new IllegalArgumentException(
              "the pari passu group " + g + " mixes the holding's and the company's tranches");
        }
        borrower = t.borrower();
      }
    }
  }
}
