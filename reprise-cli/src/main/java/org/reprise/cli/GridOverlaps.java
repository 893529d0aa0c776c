package org.reprise.cli;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reprise.model.risk.StressScenario;
import org.reprise.sim.grid.GridParameters;

/**
 * The key paths of {@code reprise grid} that would change nothing beside the other axis, the
 * command's {@code --stress} or its {@code --scenario}, refused before any work (docs/risk.md §11):
 * in every cell the cell's value at such a path is replaced, or never read, so the axis would be
 * flat. A list index is compared by its number, however it is written ({@code [01]} is {@code
 * [1]}).
 *
 * <ul>
 *   <li>the entry price ({@code transaction.price…}) beside {@code entry.multiple}, the exit value
 *       ({@code exit.value…}) beside {@code exit.multiple}: the named input replaces the valuation;
 *   <li>the mean growth of the recession regime ({@code risk.cycle.regimes[k].growth.mean}) beside
 *       {@code recession.growth}, which sets it;
 *   <li>a key of a stress ({@code risk.stress[k]…}) that no cell applies: the cells apply the
 *       stress of {@code --stress}, or the "2009" of a {@code recession.depth} axis, or none;
 *   <li>beside {@code recession.depth}, the keys of the "2009" stress that {@link
 *       GridParameters#withDepth} replaces in every cell: {@code relativeToPlan} (the scaled stress
 *       is always relative to the plan) and {@code name} (renamed, the built-in "2009" is scaled
 *       instead); and, when the file's "2009" has no {@code costShift}, its {@code growth} set to
 *       one number (a one-year stress, scaled to exactly −depth), and its {@code growth[0]} when it
 *       is one year long. Every other key moves the cells: the axis scales each cell's own "2009"
 *       by depth / (−g_0), so its {@code depth}, its growth in any year, its rebound, its cost
 *       shift, its start and its {@code personnelFlex} set the stress it scales;
 *   <li>a key of a scenario ({@code scenarios[k]…}) other than the one the grid runs (the
 *       scenario of {@code --scenario}, or the top-level deal without it).
 * </ul>
 *
 * <p>Pairs not covered, because the readers refuse them first: a single entry of a row of {@code
 * risk.cycle.transition} beside {@code recession.probability} (the row would no longer add up to
 * 1).
 *
 * @param stress the stress of {@code --stress}, or null
 * @param depthAxis true when an axis is {@code recession.depth}
 * @param stressPaths the key path of each stress the file defines ({@code risk.stress[0]}), by
 *     name
 * @param recession the key path of the regime {@code recession.growth} sets ({@code
 *     risk.cycle.regimes[1]}), or null when the file defines no cycle
 * @param recessionName that regime's name
 * @param own2009 the "2009" stress of the file as read, or null when the file defines none
 * @param scenarios the names of the file's scenarios as written, in file order ({@code
 *     scenarios[k]} is the k-th; empty when the file has no {@code scenarios} list)
 * @param scenarioRun the index of the scenario the grid runs ({@code --scenario}), or -1 for the
 *     top-level deal
 */
record GridOverlaps(String stress, boolean depthAxis, Map<String, String> stressPaths,
    String recession, String recessionName, StressScenario own2009, List<String> scenarios,
    int scenarioRun) {

  /** A scenario's own value of a top-level path: {@code scenarios[2].transaction.price}. */
  private static final Pattern SCENARIO = Pattern.compile("(scenarios\\[(\\d{1,9})])\\.?");
  /** A stress of the file and the key path within it. */
  private static final Pattern STRESS = Pattern.compile("(risk\\.stress\\[\\d+])(.*)");
  /** Leading zeros of a list index: {@code [01]} is {@code [1]}, {@code [00]} is {@code [0]}. */
  private static final Pattern LEADING_ZEROS = Pattern.compile("\\[0+(?=\\d)");

  /** Without a file's own "2009" stress, nor scenarios: the grids of most tests. */
  GridOverlaps(String stress, boolean depthAxis, Map<String, String> stressPaths,
      String recession, String recessionName) {
    this(stress, depthAxis, stressPaths, recession, recessionName, null, List.of(), -1);
  }

  /**
   * @return {@code path} with every list index written without leading zeros, as the readers
   *     number the items ({@code risk.stress[01].depth} → {@code risk.stress[1].depth})
   */
  static String normalise(String path) {
    return LEADING_ZEROS.matcher(path).replaceAll("[");
  }

  /**
   * @param path a key path axis, as the user wrote it
   * @param other the other axis: a named input or a key path
   * @param otherOption its option ({@code --x} or {@code --y})
   * @return why {@code path} would change nothing (English, with a French template), or null
   */
  String overlap(String path, String other, String otherOption) {
    String p = normalise(path);
    Matcher s = SCENARIO.matcher(p);
    String top = p;
    if (s.lookingAt()) {
      String why = otherScenario(path, s.group(1), Integer.parseInt(s.group(2)));
      if (why != null) {
        return why;
      }
      top = p.substring(s.end());
    }
    if (GridParameters.ENTRY_MULTIPLE.equals(other) && under(top, "transaction.price")) {
      return path + " is part of the entry price, which the " + other + " axis (" + otherOption
          + ") sets itself in every cell, so this axis would change nothing: vary only one of"
          + " them";
    }
    if (GridParameters.EXIT_MULTIPLE.equals(other) && under(top, "exit.value")) {
      return path + " is part of the exit value, which the " + other + " axis (" + otherOption
          + ") sets itself in every cell, so this axis would change nothing: vary only one of"
          + " them";
    }
    if (GridParameters.RECESSION_GROWTH.equals(other) && recession != null
        && (p.equals(recession + ".growth.mean") || p.equals(recession + ".growth"))) {
      return path + " is the mean growth of the recession regime \"" + recessionName + "\", which"
          + " the " + other + " axis (" + otherOption + ") sets itself in every cell, so this axis"
          + " would change nothing: vary only one of them";
    }
    Matcher m = STRESS.matcher(p);
    if (!m.matches()) {
      return null;
    }
    String name = null;
    for (Map.Entry<String, String> e : stressPaths.entrySet()) {
      if (e.getValue().equals(m.group(1))) {
        name = e.getKey();
      }
    }
    if (name == null) {
      return null; // not a stress of the file: the readers say so
    }
    String applied = depthAxis ? GridParameters.RECESSION_STRESS : stress;
    if (applied == null) {
      return path + " is a key of the stress \"" + name + "\", which no cell applies, so this"
          + " axis would change nothing: give --stress \"" + name + "\" to apply it in every cell";
    }
    if (!applied.equals(name)) {
      return path + " is a key of the stress \"" + name + "\", but every cell applies the stress"
          + " \"" + applied + "\", so this axis would change nothing";
    }
    return depthAxis ? replacedByDepth(path, m.group(2), otherOption) : null;
  }

  /**
   * @param key the key within the "2009" stress ({@code .relativeToPlan}), indices normalised
   * @return why the {@code recession.depth} axis makes {@code path} flat, or null when it does not
   */
  private String replacedByDepth(String path, String key, String otherOption) {
    String axis = GridParameters.RECESSION_DEPTH + " axis (" + otherOption + ")";
    if (key.equals(".relativeToPlan")) {
      return path + " says whether the \"2009\" stress is relative to the plan, but the " + axis
          + " scales it as a shock relative to the plan in every cell, so this axis would change"
          + " nothing";
    }
    if (key.equals(".name")) {
      return path + " is the name of the \"2009\" stress, which the " + axis + " scales in every"
          + " cell (renamed, the built-in \"2009\" is scaled instead), so this axis would change"
          + " nothing";
    }
    boolean noCostShift = own2009 != null && own2009.costShift().length == 0;
    if (noCostShift && (key.equals(".growth")
        || key.equals(".growth[0]") && own2009.length() == 1)) {
      return path + " leaves the \"2009\" stress one year long with no costShift, whose only fall"
          + " the " + axis + " sets itself in every cell, so this axis would change nothing: vary"
          + " its startYear or its personnelFlex instead, or give it later years or a costShift in"
          + " the file";
    }
    return null;
  }

  /**
   * @param scenario {@code scenarios[k]}, the index normalised
   * @return why a key of scenario k changes nothing in a grid that runs another one, or null
   */
  private String otherScenario(String path, String scenario, int k) {
    if (k == scenarioRun || k >= scenarios.size()) {
      return null; // the scenario run, or one the file does not have: the readers say so
    }
    String run = scenarioRun < 0 ? "the top-level deal (no --scenario)"
        : "the scenario \"" + scenarios.get(scenarioRun) + "\" (--scenario)";
    return path + " is a key of the scenario \"" + scenarios.get(k) + "\" (" + scenario + "),"
        + " but every cell runs " + run + ", so this axis would change nothing: give --scenario"
        + " \"" + scenarios.get(k) + "\" to run it";
  }

  private static boolean under(String path, String block) {
    return path.equals(block) || path.startsWith(block + ".") || path.startsWith(block + "[");
  }
}
