package org.reprise.cli.text;

import java.util.ArrayList;
import java.util.List;
import org.reprise.engine.DealResult;
import org.reprise.engine.TrancheSchedule;
import org.reprise.engine.YearTable;
import org.reprise.model.Deal;
import org.reprise.model.Financing;
import org.reprise.model.SweepSteps;
import org.reprise.model.PaymentConditions;
import org.reprise.model.Tranche;

/**
 * The sections of the report that reconcile the debt and the cash, with the years as columns: the
 * schedule of each tranche and the cash roll-forward ({@link CashRollForward}). Rows that are zero
 * every year are left out, but never the opening and closing balances. Part of {@link
 * TextReport}.
 */
final class DebtTables {

  private final Labels text;
  private final AmountUnit unit;
  private final Numbers num;
  private final DealResult r;
  private final AnnualTables annual;

  DebtTables(Numbers num, Labels text, AmountUnit unit, DealResult result, AnnualTables annual) {
    this.num = num;
    this.text = text;
    this.unit = unit;
    this.r = result;
    this.annual = annual;
  }

  /**
   * Each tranche's roll-forward, closing = opening + drawn + PIK + unpaid interest − scheduled
   * repayment − sweep (amounts that reduce the balance negative), then, below its closing balance,
   * what it costs in cash (interest and commitment fee due) and the principal overdue after a
   * payment default, which stays in the balance.
   */
  String schedule() {
    return schedule(null);
  }

  /**
   * The schedules, with (when the deal is known) each tranche's cash and PIK rates of the year
   * under its interest, and the interest convention in words, so that the interest rows can be
   * checked: interest = rate × the balance the convention names.
   *
   * @param deal the deal that was run, or {@code null}
   */
  String schedule(Deal deal) {
    TextTable t = annual.yearTable(unit.symbol());
    boolean first = true;
    for (TrancheSchedule s : r.debt()) {
      if (!first) {
        t.row();
      }
      first = false;
      boolean revolver = "revolver".equals(s.kind());
      t.row(text.name(s.name()));
      t.row(cells("sched.opening", s.opening()));
      optional(t, "sched.drawn", s.drawdown());
      optional(t, "sched.pik", s.pik());
      optional(t, "sched.unpaidInterest", s.unpaidInterest());
      optional(t, "sched.scheduled", AnnualTables.negate(s.mandatory()));
      optional(t, revolver ? "sched.revolverRepaid" : "sched.sweep",
          AnnualTables.negate(s.sweep()));
      t.row(cells("sched.closing", s.closing()));
      optional(t, "sched.cashInterest", s.cashInterest());
      Tranche tr = deal == null ? null : tranche(deal, s.name());
      if (tr != null && AnnualTables.anyNonZero(tr.cashRate())) {
        t.row(rates("sched.cashRate", tr.cashRate()));
      }
      if (tr != null && AnnualTables.anyNonZero(tr.pikRate())) {
        t.row(rates("sched.pikRate", tr.pikRate()));
      }
      optional(t, "sched.commitmentFee", s.commitmentFee());
      optional(t, "sched.unpaidPrincipal", s.unpaidPrincipal());
    }
    String basis = deal == null ? ""
        : note(text.get(deal.interestBasis() == Deal.InterestBasis.AVERAGE
            ? "sched.averageBasis" : "sched.openingBasis"));
    StringBuilder drawn = new StringBuilder();
    for (TrancheSchedule s : r.debt()) {
      if (s.drawnYear() > 0) {
        // a dividend recapitalisation (methodology §5.13): its opening balance is the draw
        int year = r.baseYear() + s.drawnYear();
        org.reprise.engine.RecapRows recap = r.years().recap();
        int k = s.drawnYear() - 1;
        // nothing asked (an amount of 0, or no room under a target leverage) is not a refusal
        boolean nothing = recap != null && k < recap.refused.length && !recap.refused[k]
            && k < r.exitYearIndex();
        drawn.append(s.drawnAmount() > 0.0
            ? note(text.format("sched.drawnLater", text.name(s.name()), year, money(s.drawnAmount())))
            : note(text.format(nothing ? "sched.nothingDrawn" : "sched.notDrawn",
                text.name(s.name()), year)));
      }
    }
    return t.render() + note(text.get("sched.note")) + drawn + basis;
  }

  /** @return the deal's tranche of that name, or null */
  private static Tranche tranche(Deal deal, String name) {
    for (Tranche tr : deal.financing().debt()) {
      if (tr.name().equals(name)) {
        return tr;
      }
    }
    return null;
  }

  /** A row of rates per year (as many as the table has years). */
  private List<String> rates(String key, double[] rate) {
    double[] shown = new double[r.years().size()];
    System.arraycopy(rate, 0, shown, 0, Math.min(rate.length, shown.length));
    return AnnualTables.cells("  " + text.get(key), shown, num::rate);
  }

  /**
   * The cash roll-forward: opening cash, the year's flows, closing cash; under it, rows that are
   * not flows: (when the deal is known) the minimum cash the waterfall keeps before it sweeps or
   * distributes anything and, when the deal sweeps, the base its share applies to ({@link
   * YearTable#sweepBase}); when some year falls short, the debt service not paid ({@link
   * YearTable#shortfall}), which the note's identity subtracts.
   *
   * @param deal the deal that was run, or {@code null}
   */
  String cashFlow(Deal deal) {
    CashRollForward c = CashRollForward.of(r);
    boolean coop = deal != null && deal.isCooperative();
    TextTable t = annual.yearTable(unit.symbol());
    t.row(cells("cf.opening", c.opening()));
    for (CashRollForward.Flow f : c.flows()) {
      String key = coop && f.key().equals(CashRollForward.DISTRIBUTIONS)
          ? "cf.coopDividends" : f.key();
      if (f.key().equals(CashRollForward.FCF)) {
        t.row(cells(key, f.amounts()));
      } else {
        optional(t, key, f.amounts());
      }
    }
    t.rule();
    t.row(cells("cf.closing", c.closing()));
    boolean hedged =
        deal != null && deal.financing().debt().stream().anyMatch(x -> x.hedge() != null);
    StringBuilder notes = new StringBuilder(note(text.get(hedged ? "cf.noteHedged" : "cf.note")));
    if (deal != null) {
      double[] minimum = new double[c.closing().length];
      double[] given = deal.operations().minimumCash();
      System.arraycopy(given, 0, minimum, 0, Math.min(given.length, minimum.length));
      optional(t, "cf.minimumCash", minimum);
      if (deal.financing().sweeps()) {
        t.row(cells("cf.sweepBase", r.years().sweepBase));
      }
      SweepSteps steps = deal.financing().sweepSteps();
      if (steps != null && r.years().sweepShare() != null) {
        // the stepped sweep (§5.5): the share each year applied and the ratio that set it
        t.row(AnnualTables.cells(text.get("cf.sweepShare"), r.years().sweepShare(), num::percent));
        t.row(AnnualTables.cells(text.get(steps.leverage() == SweepSteps.Leverage.SENIOR
                ? "cf.sweepSeniorLeverage" : "cf.sweepLeverage"),
            r.years().sweepLeverage(), num::multiple));
      }
      rules(deal.financing(), coop, notes);
    }
    if (AnnualTables.anyNonZero(r.years().shortfall)) {
      t.row(cells("cf.shortfall", r.years().shortfall));
      // the principal overdue is due again each year: the row repeats it (methodology §5.4)
      notes.append(note(text.get("cf.shortfallNote")));
    }
    org.reprise.engine.RecapRows recap = r.years().recap();
    if (recap != null) {
      recapNotes(recap, notes);
    }
    return t.render() + notes;
  }

  /**
   * The dividend recapitalisations in words (methodology §5.13): what each borrowed and paid to
   * the shareholders, its fees, what the reserves kept in the company, and a draw the lenders'
   * conditions stopped.
   */
  private void recapNotes(org.reprise.engine.RecapRows recap, StringBuilder notes) {
    YearTable y = r.years();
    for (int t = 0; t < r.exitYearIndex(); t++) {
      if (recap.borrowed[t] > 0.0) {
        StringBuilder s = new StringBuilder(text.format("cf.recap", y.year[t],
            money(recap.borrowed[t]), money(recap.paid[t])));
        if (recap.shareholderLoansRepaid[t] > 0.005) {
          s.append(' ').append(text.format("cf.recapLoans", money(recap.shareholderLoansRepaid[t])));
        }
        if (recap.fees[t] > 0.005) {
          s.append(' ').append(text.format("cf.recapFee", money(recap.fees[t])));
        }
        org.reprise.engine.PremiumRows premium = y.premium();
        if (premium != null && premium.recap[t] > 0.005) {
          // the reserves first, the share premium after (§5.13)
          s.append(' ').append(text.format("cf.recapPremium", money(premium.recap[t])));
        }
        if (recap.kept[t] > 0.005) {
          s.append(' ').append(premium == null
              ? text.format("cf.recapKept", money(recap.kept[t]), money(recap.distributable[t]))
              : text.format("cf.recapKeptPremium", money(recap.kept[t]),
                  money(recap.distributable[t]), money(premium.opening[t])));
        }
        if (!Double.isNaN(recap.target[t])) {
          // sized to a target net leverage (§5.13): where it took the ratio, and whether its
          // maxAmount capped it below the target (review 33, X2)
          s.append(' ').append(text.format(recap.capped[t] ? "cf.recapCapped" : "cf.recapSized",
              multiple(recap.target[t]), y.year[t] - 1, multiple(recap.proFormaLeverage[t])));
        }
        notes.append(note(s.toString()));
      } else if (!recap.refused[t] && !Double.isNaN(recap.target[t])) {
        // no room under the target: nothing asked, nothing refused
        notes.append(note(text.format("cf.recapNoRoom", y.year[t], multiple(recap.target[t]),
            y.year[t] - 1, multiple(recap.proFormaLeverage[t]))));
      }
      if (recap.refused[t]) {
        // the reason the engine found (review 32, X2); the year before is the year tested
        int before = y.year[t] - 1;
        org.reprise.engine.RecapRows.Refusal why = recap.refusal[t];
        notes.append(note(switch (why) {
          case DEFAULT -> text.format("cf.recapRefused.default", y.year[t], before);
          case COVENANT_BREACH -> text.format("cf.recapRefused.breach", y.year[t], before);
          case LEVERAGE -> text.format("cf.recapRefused.leverage", y.year[t], before,
              num.multiple(recap.proFormaLeverage[t]).replace(' ', Prose.NBSP),
              num.multiple(recap.maxLeverage[t]).replace(' ', Prose.NBSP));
          case NO_EBITDA -> text.format("cf.recapRefused.ebitda", y.year[t], before);
        }));
      }
    }
  }

  /** @return a multiple for running text, its space unbreakable */
  private String multiple(double v) {
    return num.multiple(v).replace(' ', Prose.NBSP);
  }

  /** @return an amount with its unit, for running text */
  private String money(double v) {
    return num.amount(v, unit) + Prose.NBSP + unit.symbol();
  }

  /** The deal's sweep and distribution rules, in words, so that those rows can be checked. */
  private void rules(Financing f, boolean coop, StringBuilder notes) {
    if (f.sweeps()) {
      String key = f.sweepBasis() == Financing.SweepBasis.EXCESS_CASH_FLOW
          ? "cf.sweepFlowRule" : "cf.sweepCashRule";
      String before = text.get(coop ? "cf.beforeSweepCoop" : "cf.beforeSweep");
      SweepSteps steps = f.sweepSteps();
      String share = steps == null ? percent(f.cashSweep()) : text.get("cf.sweepStepShare");
      notes.append(note(text.format(key, share, before)));
      if (steps != null) {
        notes.append(note(stepsRule(steps)));
      }
    }
    if (f.distributionShare() > 0.0) {
      notes.append(note(text.format("cf.distributionRule", percent(f.distributionShare()))));
      if (!coop) {
        // the years the law's cap on dividends cut down (§5.5)
        List<String> capped = new ArrayList<>();
        YearTable y = r.years();
        for (int t = 0; t < r.exitYearIndex(); t++) {
          if (y.distributionsCappedByReserves[t]) {
            capped.add(String.valueOf(y.year[t]));
          }
        }
        notes.append(note(text.format("cf.reservesCap", capped.isEmpty()
            ? text.get("cf.reservesCapNone")
            : text.format("cf.reservesCapYears", String.join(", ", capped)))));
      }
      org.reprise.engine.PremiumRows premium = r.years().premium();
      if (!coop && premium != null) {
        // the share premium beside the reserves, paid after them (§5.5)
        List<String> paid = new ArrayList<>();
        YearTable y = r.years();
        for (int t = 0; t < r.exitYearIndex(); t++) {
          if (premium.distributed[t] > 0.005) {
            paid.add(text.format("cf.premiumPaidIn", money(premium.distributed[t]), y.year[t]));
          }
        }
        notes.append(note(text.format("cf.premiumCap", money(premium.given), paid.isEmpty()
            ? text.get("cf.premiumNone") : String.join(", ", paid))));
      }
      if (f.distributionLockUp() && !coop) {
        // the years the engine's lock-up stopped (§5.5)
        List<String> locked = new ArrayList<>();
        YearTable y = r.years();
        for (int t = 0; t < r.exitYearIndex(); t++) {
          if (y.distributionsLockedUp[t]) {
            locked.add(String.valueOf(y.year[t]));
          }
        }
        notes.append(note(text.format("cf.lockUp", locked.isEmpty() ? text.get("cf.lockedNone")
            : text.format("cf.lockedYears", String.join(", ", locked)))));
        PaymentConditions c = f.paymentConditions();
        if (c.any()) {
          List<String> parts = new ArrayList<>();
          if (!Double.isNaN(c.maxNetLeverage())) {
            parts.add(text.format("cf.condLeverage", num.multiple(c.maxNetLeverage())));
          }
          if (!Double.isNaN(c.minDebtServiceCover())) {
            parts.add(text.format("cf.condCover", num.multiple(c.minDebtServiceCover())));
          }
          if (c.blockedAfterBreach()) {
            parts.add(text.get("cf.condAfterBreach"));
          }
          notes.append(note(text.format("cf.conditions", String.join("; ", parts))));
        }
      }
    }
    for (Tranche tr : f.debt()) {
      hedgeNote(tr, notes);
    }
    for (List<String> group : f.pariPassu()) {
      List<String> names = new ArrayList<>();
      for (String name : group) {
        names.add(text.name(name));
      }
      notes.append(note(text.format("cf.pariPassu", String.join(", ", names))));
    }
  }

  /**
   * The stepped sweep's steps in words (§5.5): "75% above 3.50×, 50% above 2.50×, 0% below", and
   * which ratio is tested.
   */
  private String stepsRule(SweepSteps steps) {
    List<SweepSteps.Step> all = steps.steps();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      SweepSteps.Step s = all.get(i);
      parts.add(i < all.size() - 1
          ? text.format("cf.sweepStepAbove", percent(s.share()),
              num.multiple(s.leverageAbove()).replace(' ', Prose.NBSP))
          : all.size() == 1 ? percent(s.share())
          : text.format("cf.sweepStepBelow", percent(s.share())));
    }
    return text.format(steps.leverage() == SweepSteps.Leverage.SENIOR
        ? "cf.sweepStepsSeniorRule" : "cf.sweepStepsRule", String.join(", ", parts));
  }

  /**
   * The terms of a tranche's interest-rate hedge, in words (docs/methodology.md §5.1), so that the
   * hedging row can be checked: notional = share × scheduled balance, settlement = notional ×
   * (fixed rate − base rate), or the base rate above a cap's strike, received.
   */
  private void hedgeNote(Tranche tr, StringBuilder notes) {
    org.reprise.model.Hedge h = tr.hedge();
    if (h == null) {
      return;
    }
    String name = text.name(tr.name());
    String share = percent(h.share());
    String level = num.rate(h.rate()).replace(' ', Prose.NBSP);
    String until = String.valueOf(r.baseYear() + h.years());
    if (h.type() == org.reprise.model.Hedge.Type.SWAP) {
      notes.append(note(text.format("cf.hedgeSwap", name, share, level, h.years(), until)));
      return;
    }
    double amount = 0.0;
    for (TrancheSchedule s : r.debt()) {
      if (s.name().equals(tr.name())) {
        amount = s.initialAmount();
      }
    }
    double premium = h.share() * amount * h.premium();
    notes.append(note(text.format("cf.hedgeCap", name, share, level, h.years(), until,
        num.amount(premium, unit) + Prose.NBSP + unit.symbol(),
        num.amount(premium / h.years(), unit) + Prose.NBSP + unit.symbol())));
  }

  /** @return {@code s} wrapped at the report's width (never at a no-break space) */
  private static String note(String s) {
    return WhoPaysSection.wrap(s, WhoPaysSection.WIDTH);
  }

  /** @return a share for running text: in French its space before % does not break */
  private String percent(double share) {
    return num.percent(share).replace(' ', Prose.NBSP);
  }

  /** Adds the row unless every value is below half a cent (zero once displayed). */
  private void optional(TextTable t, String key, double[] values) {
    if (AnnualTables.anyShown(values)) {
      t.row(cells(key, values));
    }
  }

  /** @return the cells of a row: its label (indented under a tranche's name) and amounts */
  private List<String> cells(String key, double[] values) {
    String label = key.startsWith("sched.") ? "  " + text.get(key) : text.get(key);
    return AnnualTables.cells(label, values, v -> num.amount(v, unit));
  }
}
