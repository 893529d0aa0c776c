package org.reprise.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reprise.model.DealException;

/**
 * A deal file as a tree whose values can be set by key path, for the sensitivity grids over any
 * input of the file ({@code reprise grid FILE --x financing.cashSweep=0:1:0.25}, docs/risk.md
 * §11). A key path is written as the readers' error messages write it: keys separated by dots,
 * list items by their index from 0 ({@code financing.debt[1].rate.margin}).
 *
 * <p>A path may name a value the file has (a number, a text, a list of values or a block,
 * replaced by the number; a list of blocks, such as a stepped cash sweep's steps, is refused: a
 * path names a key of one of its items, {@code financing.cashSweep[0].share}), or a key that a
 * block of the file does not have yet (added): the file's own readers then check the edited document exactly as they check a file, so a value out of range or a key
 * the format does not know is reported as for a file. Nothing is changed on disk; the edited
 * document is given back as JSON text, which the readers read like the file.
 */
public final class KeyPathEdits {

  /** The name to read an edited document under: JSON. */
  public static final String EDITED_SOURCE = "edited.json";

  /** One step of a key path: a key, then any number of list indexes. */
  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d{1,9}])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,9})]");
  /** Whole numbers below this are written without a fraction (years, headcounts, amounts). */
  private static final double WHOLE_LIMIT = 1e15;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode tree;

  private KeyPathEdits(JsonNode tree) {
    this.tree = tree;
  }

  /**
   * Loads a deal file's tree.
   *
   * @param file the deal file (already read once as a deal: its syntax is known to be valid)
   * @return its editable tree
   * @throws DealException when it cannot be read, or its top level is not a mapping
   */
  public static KeyPathEdits read(Path file) {
    String text = DealReader.readText(file);
    String name = DealReader.sourceName(file);
    boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json") || TreeLoader.looksLikeJson(text);
    JsonNode tree = TreeLoader.load(text, json);
    if (tree == null || !tree.isObject()) {
      throw new DealException("", "expected a mapping of keys at the top level of the deal file");
    }
    return new KeyPathEdits(tree);
  }

  /**
   * Checks that {@code path} can be set: every step but the last exists, and the last is a value
   * of the file or a new key of one of its blocks.
   *
   * @param path a key path such as {@code financing.debt[1].rate.margin}
   * @throws DealException (path {@code path}) naming the first step the file does not have
   */
  public void check(String path) {
    set(tree.deepCopy(), path, 0.0);
  }

  /**
   * Where the scenario named {@code scenario} of the file's {@code scenarios} list sets, itself,
   * the value at {@code path} or a list or value on the way to it: a scenario's sections are
   * merged into the top-level ones mapping by mapping, so such an override hides an edit of the
   * top-level value from the scenario (docs/deal-format.md, "Scenarios").
   *
   * @param path a key path of the top-level deal
   * @param scenario a scenario's name
   * @return the key path of the scenario's own value that hides it (for example {@code
   *     scenarios[1].financing.debt}), or null when the edit reaches the scenario
   */
  public String hiddenByScenario(String path, String scenario) {
    JsonNode list = tree.get("scenarios");
    if (list == null || !list.isArray()) {
      return null;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      JsonNode name = item.get("name");
      if (name == null || !scenario.equals(name.asText())) {
        continue;
      }
      JsonNode node = item;
      StringBuilder where = new StringBuilder("scenarios[" + i + "]");
      for (Object step : steps(path)) {
        if (!node.isObject() || step instanceof Integer) {
          return where.toString(); // a list or a value of the scenario replaces the top level's
        }
        JsonNode next = node.get((String) step);
        if (next == null) {
          return null;
        }
        where.append('.').append(step);
        node = next;
      }
      return where.toString();
    }
    return null;
  }

  /**
   * @return the names of the file's scenarios as written, in file order ({@code ""} for an item
   *     without a name), or an empty list when the file has no {@code scenarios} list
   */
  public List<String> scenarioNames() {
    JsonNode list = tree.get("scenarios");
    List<String> names = new ArrayList<>();
    if (list != null && list.isArray()) {
      for (JsonNode item : list) {
        JsonNode name = item.get("name");
        names.add(name == null || name.isNull() ? "" : name.asText());
      }
    }
    return List.copyOf(names);
  }

  /**
   * @param edits values to set, by key path, in this order
   * @return the file with those values, as JSON text, to read under {@link #EDITED_SOURCE}
   * @throws DealException when a path cannot be set ({@link #check})
   */
  public String text(Map<String, Double> edits) {
    JsonNode copy = tree.deepCopy();
    for (Map.Entry<String, Double> e : edits.entrySet()) {
      set(copy, e.getKey(), e.getValue());
    }
    try {
      return JSON.writeValueAsString(copy);
    } catch (JsonProcessingException e) {
      throw new DealException("", "cannot write the edited deal: " + e.getOriginalMessage());
    }
  }

  /**
   * The error of one cell of a grid over two key paths ({@code reprise grid FILE --x PATH=… --y
   * PATH=…}): the readers' error of the file with both of the cell's values set, which neither
   * value is refused for on its own, with the cell named after the message.
   *
   * @param e the readers' error of the file edited with the cell's two values
   * @param x the cell's value across, as the user wrote it ({@code risk.shortTimeWork.years=4})
   * @param y the cell's value down, as the user wrote it
   * @return the same error (same key path), its message ending with {@code (in the grid cell --x
   *     …, --y …)}
   */
  public static DealException inGridCell(DealException e, String x, String y) {
    return new DealException(e.path(), ScenarioReader.messageOf(e) + " (in the grid cell --x "
        + x + ", --y " + y + ")");
  }

  /** Sets the value at {@code path} in {@code root} (modified in place). */
  private static void set(JsonNode root, String path, double value) {
    List<Object> steps = steps(path);
    JsonNode node = root;
    StringBuilder where = new StringBuilder();
    for (int k = 0; k < steps.size() - 1; k++) {
      Object step = steps.get(k);
      JsonNode next = child(node, step);
      String here = where + (step instanceof Integer ? "[" + step + "]" : dot(where) + step);
      if (next == null || next.isNull()) {
        throw new DealException(path, missing(node, step, where.toString(), here));
      }
      if (next.isValueNode()) {
        throw new DealException(path, "`" + here + "` is a single value in the deal file, not a"
            + " block of keys or a list");
      }
      where.setLength(0);
      where.append(here);
      node = next;
    }
    Object last = steps.get(steps.size() - 1);
    JsonNode number = Math.abs(value) < WHOLE_LIMIT && value == Math.rint(value)
        ? LongNode.valueOf((long) value) : DoubleNode.valueOf(value);
    if (last instanceof Integer i) {
      if (!(node instanceof ArrayNode a) || i >= a.size()) {
        throw new DealException(path, missing(node, last, where.toString(),
            where + "[" + i + "]"));
      }
      a.set(i, number);
    } else if (node instanceof ObjectNode o) {
      JsonNode old = o.get((String) last);
      if (old instanceof ArrayNode items && !items.isEmpty() && items.get(0).isObject()
          && items.get(0).size() > 0) {
        // a list of blocks (a stepped cash sweep's steps, the debt tranches): a number in its
        // place would change the file's form, not vary one of its values
        String here = where + dot(where) + last;
        throw new DealException(path, "`" + here + "` is a list of blocks in the deal file, not a"
            + " single value: set a key of one of its items, such as `" + here + "[0]."
            + items.get(0).fieldNames().next() + "`");
      }
      o.set((String) last, number);
    } else {
      throw new DealException(path, "`" + where + "` is a list: write an item's index, such as `"
          + where + "[0]`");
    }
  }

  private static String dot(CharSequence where) {
    return where.length() == 0 ? "" : ".";
  }

  private static JsonNode child(JsonNode node, Object step) {
    if (step instanceof Integer i) {
      return node.isArray() ? node.get(i) : null;
    }
    return node.isObject() ? node.get((String) step) : null;
  }

  /** What the file lacks, said from the step before it. */
  private static String missing(JsonNode node, Object step, String where, String here) {
    if (step instanceof Integer) {
      return node.isArray()
          ? "the deal file has no `" + here + "`: `" + where + "` has " + node.size()
              + (node.size() == 1 ? " item" : " items") + " (counted from 0)"
          : "`" + (where.isEmpty() ? "the top level" : where) + "` is not a list in the deal file";
    }
    if (!node.isObject()) {
      return "`" + where + "` is " + (node.isArray() ? "a list" : "a single value")
          + " in the deal file, not a block of keys";
    }
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return "the deal file has no block `" + here + "`"
        + (keys.isEmpty() ? "" : "; " + (where.isEmpty() ? "the top level" : "`" + where + "`")
            + " has " + String.join(", ", keys))
        + ". A grid can set a value the file has, or add a key to a block it has";
  }

  /** @return the path's keys (String) and indexes (Integer), in order */
  private static List<Object> steps(String path) {
    if (path == null || path.isBlank()) {
      throw new DealException("", "expected a key path such as financing.cashSweep, found nothing");
    }
    List<Object> steps = new ArrayList<>();
    for (String part : path.split("\\.", -1)) {
      Matcher m = STEP.matcher(part);
      if (!m.matches()) {
        throw new DealException(path, "expected a key path such as financing.debt[1].rate.margin"
            + " (keys separated by dots, list items by their index in brackets), found `"
            + Text.abbreviate(path, 100) + "`");
      }
      steps.add(m.group(1));
      Matcher i = INDEX.matcher(m.group(2));
      while (i.find()) {
        steps.add(Integer.valueOf(i.group(1)));
      }
    }
    return steps;
  }
}
