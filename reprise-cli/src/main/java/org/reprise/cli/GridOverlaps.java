package org.reprise.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reprise.sim.grid.GridParameters;

/**
 * The key paths of {@code reprise grid} that would change nothing beside the other axis or the
 * command's {@code --stress}, refused before any work (docs/risk.md §11): in every cell the
 * cell's value at such a path is replaced, or never read, so the axis would be flat.
 *
 * <ul>
 *   <li>the entry price ({@code transaction.price…}) beside {@code entry.multiple}, the exit value
 *       ({@code exit.value…}) beside {@code exit.multiple}: the named input replaces the valuation;
 *   <li>the mean growth of the recession regime ({@code risk.cycle.regimes[k].growth.mean}) beside
 *       {@code recession.growth}, which sets it;
 *   <li>a key of a stress ({@code risk.stress[k]…}) that no cell applies: the cells apply the
 *       stress of {@code --stress}, or the "2009" of a {@code recession.depth} axis, or none;
 *   <li>beside {@code recession.depth}, a key of the "2009" stress that the axis sets itself: its
 *       first-year fall ({@code depth}, the first year's {@code growth}), whether it is relative to
 *       the plan, its name. The keys the scaling keeps ({@code personnelFlex}, {@code
 *       levelAfterRebound}, {@code recoveryYears}, {@code startYear}, {@code costShift}, the
 *       growth of the later years) move the cells: the axis scales each cell's own "2009".
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
 */
record GridOverlaps(String stress, boolean depthAxis, Map<String, String> stressPaths,
    String recession, String recessionName) {

  /** A scenario's own value of a top-level path: {@code scenarios[2].transaction.price}. */
  private static final Pattern SCENARIO = Pattern.compile("scenarios\\[\\d+]\\.");
  /** A stress of the file and the key path within it. */
  private static final Pattern STRESS = Pattern.compile("(risk\\.stress\\[\\d+])(.*)");
  /** The keys of the "2009" stress that {@link GridParameters#withDepth} keeps as they are. */
  private static final Pattern KEPT_BY_DEPTH = Pattern.compile(
      "\\.(personnelFlex|levelAfterRebound|recoveryYears|startYear|costShift(\\[\\d+])?"
          + "|growth\\[0*[1-9]\\d*])");

  /**
   * @param path a key path axis
   * @param other the other axis: a named input or a key path
   * @param otherOption its option ({@code --x} or {@code --y})
   * @return why {@code path} would change nothing (English, with a French template), or null
   */
  String overlap(String path, String other, String otherOption) {
    String top = SCENARIO.matcher(path).lookingAt() ? path.substring(path.indexOf('.') + 1) : path;
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
        && (path.equals(recession + ".growth.mean") || path.equals(recession + ".growth"))) {
      return path + " is the mean growth of the recession regime \"" + recessionName + "\", which"
          + " the " + other + " axis (" + otherOption + ") sets itself in every cell, so this axis"
          + " would change nothing: vary only one of them";
    }
    Matcher m = STRESS.matcher(path);
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
    if (depthAxis && !KEPT_BY_DEPTH.matcher(m.group(2)).matches()) {
      return path + " is a key of the \"" + name + "\" stress that the "
          + GridParameters.RECESSION_DEPTH + " axis (" + otherOption + ") sets itself in every"
          + " cell (its first-year fall, relative to the plan), so this axis would change"
          + " nothing: vary the stress's personnelFlex, levelAfterRebound, recoveryYears,"
          + " startYear, costShift or the growth of its later years instead";
    }
    return null;
  }

  private static boolean under(String path, String block) {
    return path.equals(block) || path.startsWith(block + ".") || path.startsWith(block + "[");
  }
}
