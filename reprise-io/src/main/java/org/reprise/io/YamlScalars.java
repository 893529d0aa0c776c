package org.reprise.io;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import org.reprise.model.DealException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The YAML 1.1 forms that would silently change what a deal file says, refused with the key path
 * (docs/deal-format.md): YAML 1.1 reads {@code 02000000} as the octal 524288, {@code 0x1F} as 31,
 * {@code 0b101} as 5 and {@code 30_000_000} with its separators dropped, and {@code .nan} and
 * {@code .inf} are values no amount can take; the decimal forms ({@code 2000000}, {@code -0.5},
 * {@code 1.2e6}, {@code .5}) are read as written. A text that looks like one of the refused forms
 * ({@code name: 0123}) must be quoted. YAML aliases
 * ({@code *name}) are refused too: the reader does not expand them.
 *
 * <p>The check walks the parser's events (no tree is built), after the document has parsed.
 */
final class YamlScalars {

  private static final Resolver RESOLVER = new Resolver();

  private YamlScalars() {}

  /** Where the walk is: a mapping (waiting for a key or a value) or a list (at an index). */
  private static final class Frame {
    final String path;
    final boolean mapping;
    boolean atKey = true;
    String key;
    int index;

    Frame(String path, boolean mapping) {
      this.path = path;
      this.mapping = mapping;
    }

    /** @return the path of the value the next event is */
    String child() {
      if (mapping) {
        return path.isEmpty() ? key : path + "." + key;
      }
      return path + "[" + index + "]";
    }

    /** Moves past a value. */
    void advance() {
      if (mapping) {
        atKey = true;
      } else {
        index++;
      }
    }
  }

  /**
   * @param text a YAML document that parses
   * @param options the loader's limits
   * @throws DealException naming the key path of the first number written another way than
   *     plain decimal, or of the first alias
   */
  static void check(String text, LoaderOptions options) {
    ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
    Deque<Frame> stack = new ArrayDeque<>();
    while (parser.peekEvent() != null) {
      Event e = parser.getEvent();
      Frame top = stack.peek();
      boolean isKey = top != null && top.mapping && top.atKey;
      if (e instanceof ScalarEvent s) {
        if (isKey) {
          top.key = s.getValue();
          top.atKey = false;
          continue;
        }
        String path = top == null ? "" : top.child();
        checkScalar(s, path);
        if (top != null) {
          top.advance();
        }
      } else if (e instanceof AliasEvent a) {
        String path = top == null ? "" : isKey ? top.path : top.child();
        throw new DealException(path, "YAML aliases (*" + a.getAnchor() + ") are not supported:"
            + " write the value out in full" + at(e));
      } else if (e instanceof MappingStartEvent || e instanceof SequenceStartEvent) {
        String path = top == null ? "" : top.child();
        stack.push(new Frame(path, e instanceof MappingStartEvent));
      } else if (e instanceof CollectionEndEvent) {
        stack.pop();
        if (!stack.isEmpty()) {
          stack.peek().advance();
        }
      }
    }
  }

  private static void checkScalar(ScalarEvent s, String path) {
    if (!s.isPlain() || s.getTag() != null) {
      return; // quoted, or tagged: text, or what its tag says
    }
    String v = s.getValue();
    Tag tag = RESOLVER.resolve(NodeId.scalar, v, true);
    if (!tag.equals(Tag.INT) && !tag.equals(Tag.FLOAT)) {
      return;
    }
    String lower = v.toLowerCase(java.util.Locale.ROOT);
    String why;
    if (lower.endsWith(".nan")) {
      why = "not a number is not a value a deal can take";
    } else if (lower.endsWith(".inf")) {
      why = "infinity is not a value a deal can take";
    } else if (v.indexOf(':') >= 0) {
      return; // base 60 in YAML 1.1, but the reader keeps it as text, as written
    } else if (v.indexOf('_') >= 0) {
      why = "write numbers without separators, such as 30000000, or put text in quotes";
    } else if (lower.matches("[-+]?0x.*")) {
      why = "YAML reads 0x as a hexadecimal number; write it in decimal, or put text in quotes";
    } else if (lower.matches("[-+]?0b.*")) {
      why = "YAML reads 0b as a binary number; write it in decimal, or put text in quotes";
    } else if (v.matches("[-+]?0[0-9]+")) {
      why = "YAML reads a number that starts with 0 as octal; remove the leading zero, or put"
          + " text in quotes";
    } else {
      return; // a decimal form the reader reads as written (2000000, -0.5, 1.2e6, .5, 6.)
    }
    String found = "found " + Text.abbreviate(v, 40) + ": ";
    throw new DealException(path, found + why + at(s));
  }

  private static String at(Event e) {
    return e.getStartMark() == null ? ""
        : " (line " + (e.getStartMark().getLine() + 1) + ", column "
            + (e.getStartMark().getColumn() + 1) + ")";
  }
}
