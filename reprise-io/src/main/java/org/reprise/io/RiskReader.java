package org.reprise.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reprise.model.DealException;
import org.reprise.model.risk.BusinessCycle;
import org.reprise.model.risk.RateShock;
import org.reprise.model.risk.RiskDefaults;
import org.reprise.model.risk.RiskModel;
import org.reprise.model.risk.ShortTimeWork;
import org.reprise.model.risk.StressScenario;

/**
 * Reads the optional {@code risk} section of a deal file into the {@link RiskModel} a deal is
 * simulated under (docs/deal-format.md, "risk"; the model: docs/risk.md).
 *
 * <pre>
 * risk:
 *   cycle:                     # absent: RiskDefaults.autoSupplierCycle()
 *     regimes:
 *       - {name: expansion, growth: {mean: 0, sd: "5%"}}
 *       - {name: recession, growth: {mean: "-15%", sd: "10%", relativeToPlan: false}}
 *     transition: [[0.875, 0.125], [0.65, 0.35]]   # one row per regime, in that order
 *     initial: stationary      # or a regime name, or one probability per regime
 *   rates: {persistence: 0.8, volatility: "0.75%"} # absent: no base-rate shocks
 *   stress:                    # added to (or replacing by name) "2009" and "2009-severe"
 *     - {name: mild, startYear: 2, depth: "20%"}
 *     - {name: flat, growth: [0, 0, 0]}
 *   shortTimeWork: {maxCut: "37%", years: 2}   # limits of personnelFlex; absent: none
 * </pre>
 *
 * <p>Every problem is a {@link DealException} whose path names the key in the file ({@code
 * risk.cycle.transition[1]}, {@code risk.stress[0].growth[2]}), as in {@link DealReader}; the whole
 * file's top level is checked too. Nothing is simulated here: all the checks happen before any
 * work.
 */
public final class RiskReader {

  /** The keys of the {@code risk} section. */
  static final String[] KEYS = {"cycle", "rates", "stress", "shortTimeWork"};

  /** The keys of {@code risk.shortTimeWork}. */
  static final String[] SHORT_TIME_WORK_KEYS = {"maxCut", "years", "window"};


  /** The keys of {@code risk.rates}. */
  static final String[] RATE_KEYS = {"persistence", "volatility", "initial"};

  /**
   * What was read: the model and where each part came from.
   *
   * @param model the risk model (the file's stresses, then the default ones it did not replace)
   * @param section true when the file has a {@code risk} section
   * @param defaultCycle true when the business cycle is {@link RiskDefaults#autoSupplierCycle()}
   * @param stressPaths key path in the file of each stress the file defines ({@code
   *     risk.stress[0]}), by name; the default stresses have none
   */
  public record Risk(
      RiskModel model, boolean section, boolean defaultCycle, Map<String, String> stressPaths) {

    public Risk {
      stressPaths = Map.copyOf(stressPaths);
    }

    /**
     * @return true when the whole model is the documented default for an automotive supplier
     */
    public boolean defaults() {
      return !section || (defaultCycle && model.rates().isNone() && stressPaths.isEmpty());
    }

    /**
     * @return one line saying where the model comes from, for reports
     */
    public String origin() {
      if (!section) {
        return "defaults for an automotive supplier of the Arve valley (the file has no `risk`"
            + " section; docs/risk.md §4)";
      }
      List<String> parts = new ArrayList<>();
      parts.add(defaultCycle
          ? "default business cycle for an automotive supplier"
          : "business cycle from the file");
      parts.add(model.rates().isNone() ? "no base-rate shocks" : "base-rate shocks from the file");
      parts.add(stressPaths.isEmpty()
          ? "default stresses"
          : stressPaths.size() + " stress scenario" + (stressPaths.size() > 1 ? "s" : "")
              + " from the file");
      return String.join(", ", parts) + " (`risk` section)";
    }

    /**
     * @return the names of the stress scenarios, file's first
     */
    public List<String> stressNames() {
      List<String> names = new ArrayList<>();
      for (StressScenario s : model.stresses()) {
        names.add(s.name());
      }
      return names;
    }

    /**
     * @param name a stress scenario's name
     * @return the scenario
     * @throws DealException (path {@code risk.stress}) when there is none by that name, with the
     *     closest name ("did you mean") and the list of names
     */
    public StressScenario stress(String name) {
      for (StressScenario s : model.stresses()) {
        if (s.name().equals(name)) {
          return s;
        }
      }
      List<String> names = stressNames();
      String best = Suggestions.closest(name, names.toArray(new String[0]));
      throw new DealException("risk.stress", "unknown stress scenario \""
          + Text.abbreviate(String.valueOf(name), 40) + "\""
          + (best == null ? "." : ": did you mean \"" + best + "\"?")
          + " The stress scenarios are " + quoted(names));
    }

    /**
     * @param name a stress scenario's name
     * @return the key path of its first stressed year in the file ({@code risk.stress[0].startYear})
     *     or {@code risk.stress} for a default stress
     */
    public String startYearPath(String name) {
      String p = stressPaths.get(name);
      return p == null ? "risk.stress" : p + ".startYear";
    }
  }

  private RiskReader() {}

  /**
   * Reads the {@code risk} section of a deal file.
   *
   * @param file the deal file (YAML or JSON)
   * @return the model; {@link RiskDefaults#autoSupplier()} when the file has no {@code risk}
   *     section
   * @throws DealException when the file cannot be read, is not a valid deal file at its top
   *     level, or its {@code risk} section is not valid
   */
  public static Risk read(Path file) {
    return parse(DealReader.readText(file), DealReader.sourceName(file));
  }

  /**
   * Parses the {@code risk} section of a deal file's text.
   *
   * @param text the content (YAML, or JSON when {@code source} ends in {@code .json} or the text
   *     starts with <code>{</code>)
   * @param source a name for the source, such as the file name (may be null)
   * @return the model
   */
  public static Risk parse(String text, String source) {
    Node root = DealReader.root(text, source);
    return DealReader.guard(() -> read(root.at("risk")));
  }

  /** Reads a {@code risk} node (absent: the defaults). */
  static Risk read(Node risk) {
    if (!risk.present()) {
      return new Risk(RiskDefaults.autoSupplier(), false, true, Map.of());
    }
    risk.mapping(KEYS);
    Node cycleNode = risk.at("cycle");
    BusinessCycle cycle = cycleNode.present()
        ? RiskCycleReader.read(cycleNode)
        : RiskDefaults.autoSupplierCycle();
    RateShock rates = rates(risk.at("rates"));
    Map<String, String> paths = new LinkedHashMap<>();
    List<StressScenario> stresses = RiskStressReader.read(risk.at("stress"), paths);
    for (StressScenario s : RiskDefaults.autoSupplier().stresses()) {
      if (!paths.containsKey(s.name())) {
        stresses.add(s);
      }
    }
    ShortTimeWork limits = shortTimeWork(risk.at("shortTimeWork"));
    RiskModel model = build(risk, () -> new RiskModel(cycle, rates, stresses, limits));
    return new Risk(model, true, !cycleNode.present(), paths);
  }

  /** {@code rates: {persistence, volatility, initial}}; absent: no shocks. */
  static RateShock rates(Node node) {
    if (!node.present()) {
      return RateShock.NONE;
    }
    node.mapping(RATE_KEYS);
    Node p = node.at("persistence");
    double persistence = 0.0;
    if (p.present()) {
      String what = "an autoregressive coefficient between -1 and 1, such as 0.8";
      persistence = p.number(what);
      if (persistence < -1.0 || persistence > 1.0) {
        throw p.expected(what);
      }
    }
    double volatility = notNegative(node.at("volatility"), "a yearly volatility");
    Node i = node.at("initial");
    double initial = i.present() ? i.rate() : 0.0;
    RateShock shock = new RateShock(persistence, volatility, initial);
    return build(node, () -> shock);
  }

  /**
   * {@code shortTimeWork: {maxCut, years, window}}, the limits of the personnel flexibility
   * (docs/risk.md §2.1); absent: none ({@link ShortTimeWork#NONE}).
   */
  static ShortTimeWork shortTimeWork(Node node) {
    if (!node.present()) {
      return ShortTimeWork.NONE;
    }
    node.mapping(SHORT_TIME_WORK_KEYS);
    Node c = node.at("maxCut");
    double maxCut = c.present()
        ? unitInterval(c, "a share of the fixed payroll between 0 and 1, such as 0.37 or \"37%\"")
        : 1.0;
    Node y = node.at("years");
    int years = y.present() ? y.integer(1, ShortTimeWork.MAX_YEARS) : 0;
    Node w = node.at("window");
    int window = w.present() ? w.integer(1, ShortTimeWork.MAX_YEARS) : 0;
    if (w.present() && !y.present()) {
      throw y.expected("the most years with a cut in `window`, a whole number such as 2");
    }
    if (w.present() && window <= years) {
      // a window of `years` years holds `years` cut years anyway: it would limit nothing
      throw w.expected("a window longer than `years` (" + years + ")");
    }
    ShortTimeWork limits = new ShortTimeWork(maxCut, years, window);
    return build(node, () -> limits);
  }

  /**
   * @return a rate of 0 or more (0 when absent), such as a standard deviation
   */
  static double notNegative(Node node, String what) {
    if (!node.present()) {
      return 0.0;
    }
    double v = node.rate();
    if (v < 0.0) {
      throw node.expected(what + " of 0 or more, such as 0.05 or \"5%\"");
    }
    return v;
  }

  /**
   * @return a probability: a number from 0 to 1 or a percentage from "0%" to "100%"
   */
  static double probability(Node node) {
    return unitInterval(node, "a probability between 0 and 1, such as 0.125 or \"12.5%\"");
  }

  /**
   * @return a regime's recovery: the share of the gap closed in a year, a number from 0 to 1 or a
   *     percentage from "0%" to "100%"
   */
  static double share(Node node) {
    return unitInterval(node, "a share of the gap between 0 and 1, such as 0.44 or \"44%\"");
  }

  /**
   * @return a personnel flexibility: the share of the revenue shortfall the fixed personnel costs
   *     follow, a number from 0 to 1 or a percentage from "0%" to "100%"
   */
  static double flex(Node node) {
    return unitInterval(
        node, "a share of the revenue shortfall between 0 and 1, such as 0.5 or \"50%\"");
  }

  /** @return a number from 0 to 1 or a percentage from "0%" to "100%"; {@code what} otherwise */
  private static double unitInterval(Node node, String what) {
    Double v = null;
    if (node.isNumber()) {
      v = node.json().asDouble();
    } else if (node.isText()) {
      v = Rates.parsePercent(node.textOrNull());
    }
    if (v == null || !(v >= 0.0 && v <= 1.0)) {
      throw node.expected(what);
    }
    return v;
  }

  /**
   * Builds a record whose own validation should already have been done by the reader; should it
   * still refuse, its message is reported at {@code node}'s path.
   */
  static <T> T build(Node node, java.util.function.Supplier<T> record) {
    try {
      return record.get();
    } catch (DealException e) {
      throw node.fail(ScenarioReader.messageOf(e));
    }
  }

  /** @return {@code "a", "b"} */
  static String quoted(List<String> names) {
    List<String> q = new ArrayList<>();
    for (String n : names) {
      q.add("\"" + Text.abbreviate(n, 40) + "\"");
    }
    return String.join(", ", q);
  }
}
