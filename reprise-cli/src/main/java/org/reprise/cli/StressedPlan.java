package org.reprise.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reprise.cli.text.Labels;
import org.reprise.cli.text.Lang;
import org.reprise.cli.text.Numbers;
import org.reprise.engine.DealResult;
import org.reprise.engine.LboEngine;
import org.reprise.io.RiskReader;
import org.reprise.io.Scenario;
import org.reprise.io.result.SimulationJson;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.risk.StressScenario;
import org.reprise.sim.StressTest;

/**
 * A named stress of the deal file's {@code risk} section (or a default one) applied to the
 * deterministic deal, as {@code run --stress}, {@code compare --stress} and the "deterministic,
 * stressed" column of {@code simulate --stress} show it: the deal of {@link StressTest} (the
 * simulation's own path code with no randomness, under the risk model's short-time working
 * limits), run by the same engine (docs/risk.md §4, "Stress scenarios"). One model: the stressed
 * plan here is the one the simulation reads its stressed paths against.
 */
final class StressedPlan {

  private StressedPlan() {}

  /**
   * @param risk the file's risk model
   * @param name the stress's name, as given on the command line
   * @return the stress
   * @throws DealException (path {@code risk.stress}) when the model has no stress of that name:
   *     the message lists the names the file has, and says when the file has no {@code risk}
   *     section (only the default stresses then)
   */
  static StressScenario named(RiskReader.Risk risk, String name) {
    try {
      return risk.stress(name);
    } catch (DealException e) {
      if (risk.section()) {
        throw e;
      }
      throw new DealException(e.path(), SimulateCommand.message(e) + NO_RISK_SECTION);
    }
  }

  /** Said after an unknown stress of a file without a {@code risk} section. */
  static final String NO_RISK_SECTION =
      " (the file has no `risk` section: only the default stresses apply; docs/risk.md §4)";

  /**
   * Refuses a stress that starts after the exit of a scenario's deal: it would change nothing.
   *
   * @param s the scenario ({@link Scenario#locate} names it in the message)
   * @param deal its deal, the hold as simulated ({@code --years} applied)
   * @param stress the stress
   * @param risk the file's risk model: the stress's key path in the file
   * @throws DealException at {@code risk.stress[i].startYear}
   */
  static void checkStart(Scenario s, Deal deal, StressScenario stress, RiskReader.Risk risk) {
    DealException late = startsAfterExit(deal, stress, risk);
    if (late != null) {
      throw s.locate(late);
    }
  }

  /**
   * @return the error of a stress that starts after the deal's exit, at the stress's key path in
   *     the file ({@code risk.stress[0].startYear}); {@code null} when it starts by the exit
   */
  static DealException startsAfterExit(Deal deal, StressScenario stress, RiskReader.Risk risk) {
    int exitYear = deal.exit().year();
    if (stress.startYear() <= exitYear) {
      return null;
    }
    int base = deal.company().base().year();
    return new DealException(risk.startYearPath(stress.name()), "the stress \"" + stress.name()
        + "\" starts in year " + stress.startYear() + " (" + (base + stress.startYear())
        + "), after the exit in year " + exitYear + " (" + (base + exitYear) + ")");
  }

  /**
   * @param deal the deal (the hold as run)
   * @param stress the stress
   * @param risk the file's risk model (the limits of the stress's personnel flexibility)
   * @return the stressed deal: {@link StressTest#apply(Deal, StressScenario,
   *     org.reprise.model.risk.ShortTimeWork)}, as {@code simulate --stress} builds its
   *     deterministic column
   * @throws DealException when the engine cannot compute the deal
   */
  static Deal apply(Deal deal, StressScenario stress, RiskReader.Risk risk) {
    return StressTest.apply(deal, stress, risk.model().shortTimeWork());
  }

  /**
   * @return the engine's result for the stressed deal ({@link #apply})
   * @throws DealException when the engine cannot compute the deal or the stressed deal
   */
  static DealResult run(Deal deal, StressScenario stress, RiskReader.Risk risk) {
    return runStressed(apply(deal, stress, risk), stress);
  }

  /**
   * @param stressed a stressed deal ({@link #apply})
   * @param stress the stress it applies
   * @return the engine's result for it
   * @throws DealException when the engine refuses it, its message saying that the stressed deal is
   *     refused ({@code … (under the stress "2009")})
   */
  static DealResult runStressed(Deal stressed, StressScenario stress) {
    try {
      return LboEngine.DEFAULT.run(stressed);
    } catch (DealException e) {
      throw new DealException(e.path(), SimulateCommand.message(e) + " (under the stress \""
          + stress.name() + "\")");
    }
  }

  /**
   * The lines that {@code run --stress} prints before the stressed deal's report: which stress,
   * where it comes from and what it does, then {@link #summary}, then an empty line.
   *
   * @param lang the report's language
   * @param stress the stress applied
   * @param deal the stressed deal
   * @param r its result
   */
  static String banner(Lang lang, StressScenario stress, Deal deal, DealResult r) {
    Labels l = new Labels(lang);
    return describe(l, new Numbers(lang), stress, r.baseYear()) + '\n'
        + summary(l, deal, r) + "\n\n";
  }

  /**
   * @return one line: {@code STRESS "2009" APPLIED TO THE PLAN: revenue growth -30.0%, 25.0% on
   *     top of the plan's from year 1 (2026); …}, and the payroll flex of the stress when it has
   *     one
   */
  static String describe(Labels l, Numbers n, StressScenario stress, int baseYear) {
    String line = l.format(stress.relativeToPlan() ? "stressed.title.relative" : "stressed.title",
        stress.name(), growth(n, stress), stress.startYear(), baseYear + stress.startYear());
    double[] shift = stress.costShift();
    boolean shifted = false;
    for (double c : shift) {
      shifted |= c != 0.0;
    }
    if (shifted) {
      List<String> parts = new ArrayList<>();
      for (double c : shift) {
        parts.add((c > 0.0 ? "+" : "") + n.percent(c));
      }
      line += "\n  " + l.format("stressed.costShift", String.join(", ", parts));
    }
    if (stress.personnelFlex() > 0.0) {
      line += "\n  " + l.format("sim.stress.personnelFlex", n.percent(stress.personnelFlex()));
    }
    return line;
  }

  /**
   * One line saying whether and when the stressed plan defaults and breaches a covenant: {@code
   * payment default in 2027-2030 (from 2027); covenant breach in 2026-2030}.
   *
   * @param l the labels of the report's language
   * @param deal the stressed deal (its covenants)
   * @param r its result
   */
  static String summary(Labels l, Deal deal, DealResult r) {
    return summary(l, plan(deal, r));
  }

  /** @return {@link #summary(Labels, Deal, DealResult)} of the plan's facts ({@link #plan}) */
  static String summary(Labels l, SimulationJson.StressedPlan plan) {
    return l.format("stressed.summary", facts(l, plan));
  }

  /**
   * @return {@link #summary} without its label: {@code payment default in 2027-2030 (from 2027);
   *     covenant breach in 2026-2030}
   */
  static String facts(Labels l, Deal deal, DealResult r) {
    return facts(l, plan(deal, r));
  }

  /** @return {@link #facts(Labels, Deal, DealResult)} of the plan's facts ({@link #plan}) */
  static String facts(Labels l, SimulationJson.StressedPlan plan) {
    List<Integer> defaults = boxed(plan.paymentDefaultYears());
    String exitYear = String.valueOf(plan.exitYear());
    String payment;
    if (!defaults.isEmpty()) {
      payment = l.format("stressed.default", years(defaults), defaults.get(0));
      if (plan.exitShortfall()) {
        payment += l.format("stressed.andExitShortfall", exitYear);
      }
    } else if (plan.exitShortfall()) {
      payment = l.format("stressed.exitShortfall", exitYear);
    } else {
      payment = l.get("stressed.noDefault");
    }
    String covenants;
    if (!plan.covenantsTested()) {
      covenants = l.get("stressed.noCovenant");
    } else if (plan.covenantBreachYears().length == 0) {
      covenants = l.get("stressed.noBreach");
    } else {
      covenants = l.format("stressed.breach", years(boxed(plan.covenantBreachYears())));
    }
    return l.format("stressed.facts", payment, covenants);
  }

  /**
   * The stressed plan's payment defaults and covenant breaches, read from the engine's year rows
   * ({@code defaulted}, {@code covenantBreach}) of the years 1 to the exit, and whether the
   * exit pays every tranche: the facts of the text's line ({@link #facts}) and of {@code simulate
   * --json}'s {@code stressedPlan}, from this one loop.
   *
   * @param deal the stressed deal (its covenants)
   * @param r its result
   * @return the facts, in calendar years
   */
  static SimulationJson.StressedPlan plan(Deal deal, DealResult r) {
    int exit = r.exitYearIndex();
    List<Integer> defaults = new ArrayList<>();
    List<Integer> breaches = new ArrayList<>();
    for (int t = 0; t < exit; t++) {
      if (r.years().defaulted[t]) {
        defaults.add(r.baseYear() + t + 1);
      }
      if (r.years().covenantBreach[t]) {
        breaches.add(r.baseYear() + t + 1);
      }
    }
    boolean tested = deal.covenants() != null && deal.covenants().testedBefore(exit);
    return new SimulationJson.StressedPlan(unboxed(defaults), !r.exitPaysEveryTranche(),
        r.baseYear() + exit, tested, tested ? unboxed(breaches) : null, null);
  }

  /**
   * The stressed plan of a simulated scenario, as {@code simulate --stress} reports it beside its
   * "deterministic, stressed" column, in the text and in the JSON.
   *
   * @param plan its facts ({@link #plan}); when the engine refuses the stressed deal, only its
   *     message ({@link SimulationJson.StressedPlan#notComputed})
   * @param failure why the engine refuses it (the text translates it), {@code null} when computed
   */
  record Outcome(SimulationJson.StressedPlan plan, RuntimeException failure) {}

  /**
   * Applies the stress ({@link #apply}) and runs the stressed deal once.
   *
   * @param deal the deal (the hold as simulated)
   * @param stress the stress
   * @param risk the file's risk model
   * @return the facts of the stressed plan, or why the engine refuses it (as the simulation then
   *     reads the stressed column n/a)
   */
  static Outcome outcome(Deal deal, StressScenario stress, RiskReader.Risk risk) {
    try {
      Deal stressed = apply(deal, stress, risk);
      return new Outcome(plan(stressed, LboEngine.DEFAULT.run(stressed)), null);
    } catch (RuntimeException e) {
      return new Outcome(SimulationJson.StressedPlan.notComputed(message(e)), e);
    }
  }

  private static List<Integer> boxed(int[] years) {
    return Arrays.stream(years).boxed().toList();
  }

  private static int[] unboxed(List<Integer> years) {
    return years.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * @return why the engine refuses a stressed deal, in the report's language: {@code not
   *     computed: key.path: message}
   */
  static String notComputed(Labels l, Lang lang, RuntimeException failure) {
    String why;
    if (failure instanceof DealException e && lang == Lang.FR && !e.path().isEmpty()) {
      why = e.path() + "\u00a0: " + org.reprise.io.MessagesFr.translate(e);
    } else {
      why = message(failure);
    }
    return l.format("stressed.notComputed", why);
  }

  /**
   * @return the engine's message, in English: {@code key.path: message} for a {@link
   *     DealException} with a path
   */
  static String message(RuntimeException failure) {
    return String.valueOf(failure.getMessage());
  }

  /** @return the stress's growth of each year, {@code -30.0%, 25.0%, 2.7%} */
  static String growth(Numbers n, StressScenario s) {
    List<String> parts = new ArrayList<>();
    for (double g : s.growth()) {
      parts.add(n.percent(g));
    }
    return String.join(", ", parts);
  }

  /** @return calendar years, runs of consecutive years joined: {@code 2026, 2028-2030} */
  static String years(List<Integer> years) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < years.size()) {
      int j = i;
      while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
        j++;
      }
      parts.add(j == i ? String.valueOf(years.get(i)) : years.get(i) + "-" + years.get(j));
      i = j + 1;
    }
    return String.join(", ", parts);
  }
}
