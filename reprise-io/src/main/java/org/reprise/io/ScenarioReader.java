package org.reprise.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reprise.model.Deal;
import org.reprise.model.DealException;

/**
 * Reads the ownership scenarios of a deal file ({@code reprise compare}) and chains of buyouts
 * ({@code reprise chain}).
 *
 * <p>A file with a {@code scenarios} list gives one {@link Scenario} per item. Each item has a
 * {@code name}, a {@code kind} and overrides of the top-level sections ({@link #OVERRIDES}): the
 * item is merged into the file's top-level tree (mappings key by key, recursively; lists and
 * single values replace; {@code null} removes), and the merged tree is resolved by the normal
 * reader. An error in a value the scenario wrote is reported at {@code scenarios[i].<path>}; an
 * error in a value it inherited from the top level at the top-level path, with the scenario's name.
 * A file without {@code scenarios} is one scenario named after the deal, of the top-level {@code
 * kind} (default {@code fund-lbo}, or {@code scop} when the file has a {@code cooperative}
 * section).
 *
 * <p>Every problem is a {@link DealException}, as in {@link DealReader}.
 */
public final class ScenarioReader {

  /** The keys of a scenario: its name and kind, and the sections it may override. */
  static final String[] SCENARIO_KEYS = {
    "name", "kind", "source", "transaction", "structure", "financing", "tax", "covenants", "exit",
    "conventions", "participation", "cooperative", "statusQuo", "fund", "personalTax"
  };

  /** The top-level sections a scenario may override. */
  public static final List<String> OVERRIDES = List.of(SCENARIO_KEYS).subList(2, SCENARIO_KEYS.length);

  /**
   * A chain of buyouts read from a file: the first deal, with per-year values over every round,
   * and the number of rounds, ready for {@link org.reprise.engine.BuyoutChain#run}.
   *
   * @param name the deal's name
   * @param template the first buyout; its arrays cover {@code rounds × holding period} years (+1
   *     for a forward exit multiple)
   * @param rounds the number of successive buyouts
   */
  public record Chain(String name, Deal template, int rounds) {}

  /**
   * The scenarios of a file and the file's deal name.
   *
   * @param name the deal's name (top-level {@code name}, or the company's name)
   * @param scenarios the scenarios, in file order
   * @param chainRounds {@code chain.rounds} of the file, 0 when it has no {@code chain} section
   */
  public record Scenarios(String name, List<Scenario> scenarios, int chainRounds) {
    public Scenarios {
      scenarios = List.copyOf(scenarios);
    }
  }

  /**
   * The most scenarios a file may compare: each is a whole deal run, reported side by side, and a
   * web server must bound the work one request can ask for (docs/web.md, "Bounded work").
   */
  public static final int MAX_SCENARIOS = 20;

  private ScenarioReader() {}

  /**
   * Reads the scenarios of a deal file with the file's deal name.
   *
   * @param file the deal file (YAML or JSON)
   * @return the deal name and the scenarios
   */
  public static Scenarios readAll(Path file) {
    return parseAll(DealReader.readText(file), DealReader.sourceName(file));
  }

  /**
   * @param text the content of a deal file
   * @param sourceName a name for the source (may be null)
   * @return the deal name and the scenarios
   */
  public static Scenarios parseAll(String text, String sourceName) {
    Node root = DealReader.root(text, sourceName);
    return DealReader.guard(() -> new Scenarios(DealReader.name(root), scenarios(root),
        DealReader.chainRounds(root.at("chain"))));
  }

  /**
   * Reads the scenarios of a deal file.
   *
   * @param file the deal file (YAML or JSON)
   * @return the scenarios in file order (one when the file has no {@code scenarios} list)
   * @throws DealException when the file or one of its scenarios is not valid
   */
  public static List<Scenario> read(Path file) {
    return readAll(file).scenarios();
  }

  /**
   * Parses the scenarios of a deal file's text.
   *
   * @param text the content (YAML, or JSON when {@code sourceName} ends in {@code .json} or the
   *     text starts with <code>{</code>)
   * @param sourceName a name for the source, such as the file name (may be null)
   * @return the scenarios in file order
   */
  public static List<Scenario> parse(String text, String sourceName) {
    return parseAll(text, sourceName).scenarios();
  }

  /**
   * Reads a chain of buyouts: the top-level deal (the scenarios, if any, are not used), resolved
   * over {@code rounds} holding periods.
   *
   * @param file the deal file
   * @param rounds the number of rounds, or {@code null} to take {@code chain.rounds} from the file
   * @return the template and the number of rounds
   */
  public static Chain readChain(Path file, Integer rounds) {
    return parseChain(DealReader.readText(file), DealReader.sourceName(file), rounds);
  }

  /** Reads a chain with the number of rounds of the file's {@code chain} section. */
  public static Chain readChain(Path file) {
    return readChain(file, null);
  }

  /**
   * @param text the content of a deal file
   * @param sourceName a name for the source (may be null)
   * @param rounds the number of rounds, or {@code null} to take {@code chain.rounds} from the text
   * @return the template and the number of rounds
   */
  public static Chain parseChain(String text, String sourceName, Integer rounds) {
    Node root = DealReader.root(text, sourceName);
    return DealReader.guard(() -> {
      int fromFile = DealReader.chainRounds(root.at("chain"));
      int n;
      if (rounds != null) {
        if (rounds < 1 || rounds > DealReader.MAX_ROUNDS) {
          throw new DealException("chain.rounds", "expected a number of rounds between 1 and "
              + DealReader.MAX_ROUNDS + ", found " + rounds);
        }
        n = rounds;
      } else if (fromFile > 0) {
        n = fromFile;
      } else {
        throw root.at("chain").fail("required: the number of successive buyouts, such as"
            + " `chain: {rounds: 5}` (or give it on the command line)");
      }
      String kind = DealReader.kind(root);
      if (kind.equals(Scenario.STATUS_QUO) || kind.equals(Scenario.SCOP)) {
        throw root.at("kind").fail("a chain of buyouts needs a buyout that is sold again"
            + " (kind fund-lbo or employee-lbo), found " + kind);
      }
      if (root.at("fund").present()) {
        throw root.at("fund").fail("a chain of buyouts does not split the funds' returns between"
            + " their investors and managers: remove the `fund` section for `reprise chain`");
      }
      if (root.at("personalTax").present()) {
        throw root.at("personalTax").fail("a chain of buyouts does not tax the individuals' exit"
            + " gains: remove the `personalTax` section for `reprise chain`");
      }
      String name = DealReader.name(root);
      Deal template = DealReader.resolve(root, kind, name, n);
      if (!template.exit().sale()) {
        throw root.at("exit").at("sale").fail("a chain of buyouts sells the company at each exit,"
            + " but `sale: false` says its owners keep it: leave `sale` out for `reprise chain`");
      }
      return new Chain(name, template, n);
    });
  }

  private static List<Scenario> scenarios(Node root) {
    Node list = root.at("scenarios");
    if (!list.present()) {
      String name = DealReader.name(root);
      String kind = DealReader.kind(root);
      return List.of(new Scenario(name, kind, DealReader.resolve(root, kind, name, 1)));
    }
    List<Node> items = list.list("a list of scenarios, each with a `name` and a `kind`");
    if (items.isEmpty()) {
      throw list.expected("a list of at least one scenario");
    }
    if (items.size() > MAX_SCENARIOS) {
      throw list.expected("a list of at most " + MAX_SCENARIOS + " scenarios");
    }
    JsonNode top = root.json();
    List<Scenario> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      item.mapping(SCENARIO_KEYS);
      String name = item.at("name").requiredText();
      if (!names.add(name)) {
        throw item.at("name").fail("another scenario is already named \""
            + Text.abbreviate(name, 40) + "\"; give each scenario its own name");
      }
      ObjectNode merged = top.deepCopy();
      merged.remove(List.of("scenarios", "chain", "name"));
      merge(merged, item.json());
      merged.remove("name");
      dropForeignPremium(merged, item.json());
      Node scenario = Node.root(merged);
      try {
        String kind = DealReader.kind(scenario);
        out.add(new Scenario(name, kind, DealReader.resolve(scenario, kind, name, 1),
            item.path()));
      } catch (DealException e) {
        throw locate(e, item, merged, name);
      }
    }
    return List.copyOf(out);
  }

  /**
   * A share premium belongs to the shares issued with it (methodology §5.5): a scenario that gives
   * its own {@code financing.equity} (other shareholders, another holding or a SCOP) does not
   * inherit the top level's {@code structure.sharePremium}; it may give its own (review 38, W3).
   */
  static void dropForeignPremium(ObjectNode merged, JsonNode override) {
    boolean ownEquity = override.path("financing").has("equity");
    boolean ownPremium = override.path("structure").has("sharePremium");
    if (ownEquity && !ownPremium && merged.get("structure") instanceof ObjectNode structure) {
      structure.remove("sharePremium");
    }
  }

  /**
   * Merges {@code override} into {@code base}: mappings key by key, recursively; any other value
   * (a list, a number, a text, {@code null}) replaces the base's value.
   */
  static void merge(ObjectNode base, JsonNode override) {
    Iterator<Map.Entry<String, JsonNode>> fields = override.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      JsonNode existing = base.get(f.getKey());
      if (existing instanceof ObjectNode && f.getValue().isObject()) {
        merge((ObjectNode) existing, f.getValue());
      } else {
        base.set(f.getKey(), f.getValue().deepCopy());
      }
    }
  }

  /**
   * An error found while resolving a merged scenario: at {@code scenarios[i].<path>} when the
   * scenario wrote the value (or, for a missing value, the mapping that should hold it, or the
   * {@code kind} that needs a {@code cooperative} section); at the top-level path, with the
   * scenario's name, when the value or the mapping comes from the top level.
   */
  static DealException locate(DealException e, Node item, JsonNode merged, String name) {
    String path = e.path();
    String message = messageOf(e);
    JsonNode override = item.json();
    String where = " (in scenario \"" + Text.abbreviate(name, 40) + "\", " + item.path();
    if (path.isEmpty()) {
      return new DealException(item.path(), message);
    }
    if (writes(override, path)) {
      return new DealException(item.path() + "." + path, message);
    }
    if (exists(merged, path)) {
      return new DealException(path, message + where + ", which keeps this value of the top"
          + " level)");
    }
    String holder = deepestExisting(merged, path);
    boolean own = (!holder.isEmpty() && writes(override, holder))
        || (path.equals("cooperative") && override.has("kind"));
    return own ? new DealException(item.path() + "." + path, message)
        : new DealException(path, message + where + ")");
  }

  /** @return true when {@code tree} has a non-null value at {@code path} */
  static boolean exists(JsonNode tree, String path) {
    JsonNode node = tree;
    for (String segment : segments(path)) {
      node = step(node, segment);
      if (node == null) {
        return false;
      }
    }
    return !node.isNull();
  }

  /** @return the longest prefix of {@code path} that has a value in {@code tree} ("" for none) */
  static String deepestExisting(JsonNode tree, String path) {
    JsonNode node = tree;
    StringBuilder prefix = new StringBuilder();
    String found = "";
    for (String segment : segments(path)) {
      node = step(node, segment);
      if (node == null || node.isNull()) {
        break;
      }
      if (!segment.startsWith("[") && prefix.length() > 0) {
        prefix.append('.');
      }
      prefix.append(segment);
      found = prefix.toString();
    }
    return found;
  }

  private static JsonNode step(JsonNode node, String segment) {
    if (node == null) {
      return null;
    }
    if (segment.startsWith("[")) {
      if (!node.isArray()) {
        return null;
      }
      try {
        JsonNode child = node.get(Integer.parseInt(segment.substring(1, segment.length() - 1)));
        return child;
      } catch (NumberFormatException ex) {
        return null;
      }
    }
    return node.isObject() ? node.get(segment) : null;
  }

  /** @return the message of {@code e} without its path */
  static String messageOf(DealException e) {
    String m = e.getMessage();
    String prefix = e.path() + ": ";
    return !e.path().isEmpty() && m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }

  /**
   * @return true when the value at {@code path} ({@code a.b[2].c}) comes from {@code override}: it
   *     is written there, or a list or single value on the way replaced the top level's
   */
  static boolean writes(JsonNode override, String path) {
    JsonNode node = override;
    for (String segment : segments(path)) {
      if (node == null || node.isMissingNode()) {
        return false;
      }
      if (!node.isObject()) {
        return true; // a list or a value of the scenario replaced the top level's, with its items
      }
      node = segment.startsWith("[") ? null : node.get(segment);
    }
    return node != null && !node.isMissingNode();
  }

  /** {@code financing.debt[0].rate} → {@code financing}, {@code debt}, {@code [0]}, {@code rate}. */
  static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        if (b.length() > 0) {
          out.add(b.toString());
          b.setLength(0);
        }
        if (c == '[') {
          int end = path.indexOf(']', i);
          end = end < 0 ? path.length() - 1 : end;
          out.add(path.substring(i, end + 1));
          i = end;
        }
      } else {
        b.append(c);
      }
    }
    if (b.length() > 0) {
      out.add(b.toString());
    }
    return out;
  }
}
