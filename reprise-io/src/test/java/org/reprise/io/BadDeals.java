package org.reprise.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.reprise.engine.BuyoutChain;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.DealException;

/**
 * Invalid deals by the thousand, for the tests of the error messages: valid deals (the
 * repository's examples, the minimal deal, the template and a deal with a full {@code risk}
 * section) with one or two values changed at random (seeded), and deal texts with a character
 * changed (syntax errors). Each goes through the readers and, when they accept it, the engine;
 * every {@link DealException} message is collected.
 */
final class BadDeals {

  /** A full risk section, as in docs/deal-format.md, so that mutations reach it. */
  static final String RISK = String.join("\n",
      "risk:",
      "  cycle:",
      "    regimes:",
      "      - {name: expansion, growth: {mean: 0, sd: \"5%\"}, costShift: {mean: 0, sd: \"1%\"}}",
      "      - {name: recession, growth: {mean: \"-15%\", sd: \"10%\", relativeToPlan: false}}",
      "    transition:",
      "      - [\"87.5%\", \"12.5%\"]",
      "      - [\"65%\", \"35%\"]",
      "    initial: stationary",
      "  rates: {persistence: 0.8, volatility: \"0.75%\", initial: \"0.5%\"}",
      "  stress:",
      "    - {name: mild, startYear: 2, depth: \"20%\", levelAfterRebound: \"90%\", recoveryYears: 2}",
      "    - {name: flat, growth: [0, 0, 0], costShift: [\"1%\", \"1%\", \"1%\"]}",
      "");

  /** Values put in place of a valid one. */
  private static final String[] BAD_VALUES = {
    "five", "\"5.5\"", "\"-5%\"", "\"7,5x\"", "-1", "0", "1e20", "1e300", "0.5", "2.5", "-2",
    "1.5", "3000", "true", "null", "[]", "{}", "[five]", "{zzz: 1}", "[1, 2]", "\"\"", "\"  \"",
    "\"2030-13-45\"", "\"150%\"", "\"-150%\"", "\"1200%\"", "holding", "pushdown", "scop",
    "status-quo", "employee-lbo", "revolver", "vendor-loan", "generic", "forward", "balance",
    "{multiple: 7}", "{amount: -5}", "{linear: 7}", "{bullet: 200}", "{schedule: [\"60%\", \"60%\"]}",
    "{timesEbitda: -1}", "{shareOfPrice: 2}", "[[0.5, 0.5]]", "{expansion: 1}", "stationary",
    "recession", "[0.3, 0.3]", "{growth: 0.1}", "{amounts: [1]}", "{increase: -1e9}",
    "{growth: \"-200%\"}", "[\"-30%\", \"-99%\"]", "100000000000", "2020", "2200", "7.5", "-0.5",
  };

  private BadDeals() {}

  /** @return the valid deals to start from, as YAML texts */
  static List<String> bases() {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(ExamplesTest.EXAMPLES)) {
      files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(f -> out.add(read(f)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.add(TestDeals.MINIMAL);
    out.add(TestDeals.MINIMAL + RISK);
    out.add(DealTemplate.text());
    return out;
  }

  /**
   * Feeds {@code count} invalid deals to the readers and the engine.
   *
   * @param seed the seed of the changes
   * @param count how many deals
   * @param messages receives every error message (without its path)
   */
  static void run(long seed, int count, Consumer<String> messages) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> bases = bases();
    List<ObjectNode> trees = new ArrayList<>();
    for (String b : bases) {
      trees.add((ObjectNode) tree(b));
    }
    for (int i = 0; i < count; i++) {
      int b = random.nextInt(bases.size());
      String text;
      if (i % 10 == 9) {
        text = garble(bases.get(b), random); // a YAML syntax error, most of the time
      } else if (i % 20 == 8) {
        text = garble(trees.get(b).toString(), random); // a JSON syntax error
      } else {
        ObjectNode t = trees.get(b).deepCopy();
        mutate(t, random);
        if (random.nextInt(3) == 0) {
          mutate(t, random);
        }
        text = t.toString();
      }
      feed(text, messages);
    }
  }

  /** Runs the readers and the engine on one text; collects every DealException message. */
  static void feed(String text, Consumer<String> messages) {
    String source = text.startsWith("{") ? "deal.json" : "deal.yaml";
    try {
      Deal deal = DealReader.parse(text, source);
      LboEngine.DEFAULT.run(deal);
    } catch (DealException e) {
      messages.accept(ScenarioReader.messageOf(e));
    } catch (RuntimeException e) {
      // not a message for the user (the engine's own bugs are other tests' business)
    }
    try {
      for (Scenario s : ScenarioReader.parseAll(text, source).scenarios()) {
        try {
          LboEngine.DEFAULT.run(s.deal());
        } catch (DealException e) {
          messages.accept(ScenarioReader.messageOf(s.locate(e)));
        }
      }
    } catch (DealException e) {
      messages.accept(ScenarioReader.messageOf(e));
    } catch (RuntimeException e) {
      // as above
    }
    try {
      ScenarioReader.Chain chain = ScenarioReader.parseChain(text, source, null);
      BuyoutChain.run(chain.template(), chain.rounds());
    } catch (DealException e) {
      messages.accept(ScenarioReader.messageOf(e));
    } catch (RuntimeException e) {
      // as above
    }
    try {
      RiskReader.parse(text, source);
    } catch (DealException e) {
      messages.accept(ScenarioReader.messageOf(e));
    }
  }

  /** Changes one value of the tree: replaced, removed, misspelt, duplicated or scaled. */
  static void mutate(ObjectNode root, SplittableRandom random) {
    List<JsonNode[]> slots = new ArrayList<>(); // {parent, child}; parent null for the root
    List<Object> keys = new ArrayList<>();
    collect(root, slots, keys);
    int k = random.nextInt(slots.size());
    JsonNode parent = slots.get(k)[0];
    JsonNode child = slots.get(k)[1];
    Object key = keys.get(k);
    int op = random.nextInt(10);
    if (parent == null || op == 9) {
      // an extra key, misspelt from a real one, in a mapping
      ObjectNode target = child instanceof ObjectNode ? (ObjectNode) child : root;
      Iterator<String> names = target.fieldNames();
      String name = names.hasNext() ? names.next() : "zzz";
      target.put(misspell(name, random), 1);
      return;
    }
    JsonNode value;
    if (op <= 4) {
      value = tree("v: " + BAD_VALUES[random.nextInt(BAD_VALUES.length)]).get("v");
    } else if (op == 5) {
      value = null;
    } else if (op == 6 && child.isNumber()) {
      double[] factors = {-1, 0, 1000, 1e-3, 100};
      value = TestDeals.JSON.getNodeFactory()
          .numberNode(child.asDouble() * factors[random.nextInt(factors.length)]);
    } else if (op == 7 && parent.isArray()) {
      ((ArrayNode) parent).add(child.deepCopy()); // a duplicate name, a longer list
      return;
    } else if (child.isObject() && child.size() > 0) {
      // rename one of its keys
      ObjectNode o = (ObjectNode) child;
      String name = o.fieldNames().next();
      JsonNode v = o.remove(name);
      o.set(misspell(name, random), v);
      return;
    } else {
      value = tree("v: " + BAD_VALUES[random.nextInt(BAD_VALUES.length)]).get("v");
    }
    if (parent.isObject()) {
      if (value == null) {
        ((ObjectNode) parent).remove((String) key);
      } else {
        ((ObjectNode) parent).set((String) key, value);
      }
    } else {
      if (value == null) {
        ((ArrayNode) parent).remove((Integer) key);
      } else {
        ((ArrayNode) parent).set((Integer) key, value);
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode[]> slots, List<Object> keys) {
    if (slots.isEmpty()) {
      slots.add(new JsonNode[] {null, node});
      keys.add(null);
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        slots.add(new JsonNode[] {node, e.getValue()});
        keys.add(e.getKey());
        collect(e.getValue(), slots, keys);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        slots.add(new JsonNode[] {node, node.get(i)});
        keys.add(i);
        collect(node.get(i), slots, keys);
      }
    }
  }

  private static String misspell(String name, SplittableRandom random) {
    if (name.length() < 2 || random.nextInt(4) == 0) {
      return "zz" + name;
    }
    int i = random.nextInt(name.length() - 1);
    return name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
  }

  /** @return the text with one character inserted, removed or a line re-indented */
  static String garble(String text, SplittableRandom random) {
    String[] inserts = {":", "-", "\t", "{", "[", "\"", "'", "&a ", "*a", "!", "%", "@", "`", "|",
      ">", "]", "}", ",", ": x: ", "\n  - ", "\\", "? "};
    int at = random.nextInt(text.length());
    switch (random.nextInt(3)) {
      case 0:
        return text.substring(0, at) + inserts[random.nextInt(inserts.length)] + text.substring(at);
      case 1:
        return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1));
      default:
        int line = text.lastIndexOf('\n', at) + 1;
        return text.substring(0, line) + "   " + text.substring(line);
    }
  }

  static JsonNode tree(String yaml) {
    try {
      return TestDeals.YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
