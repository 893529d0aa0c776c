package org.reprise.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A number of the deal file with a fraction or an exponent, together with the text it was written
 * as ({@code 1e15}, {@code 1.50}, {@code .5}, {@code 1e400}), so that an error message shows the
 * number as the user wrote it rather than Java's form of the {@code double} ({@code 1.0E15},
 * {@code 1.5}, {@code 0.5}, {@code Infinity}). It reads as the {@code double} the parser made.
 *
 * <p>Whole numbers need no such text: the tree keeps them exact and prints their digits.
 */
final class WrittenNumber extends DoubleNode {

  private static final long serialVersionUID = 1L;

  private final String source;

  private WrittenNumber(double value, String source) {
    super(value);
    this.source = source;
  }

  /** @return the number as the file wrote it */
  String source() {
    return source;
  }

  /**
   * Puts the written text of each number with a fraction or an exponent into {@code tree}, reading
   * the same document again with {@code parser} (a parser of the text {@code tree} was built from,
   * before its first token). A value whose place in the tree does not match is left as it is.
   *
   * @return the tree (a new node when the document is a single number)
   * @throws IOException when the parser fails (it did not when the tree was built)
   */
  static JsonNode attach(JsonNode tree, JsonParser parser) throws IOException {
    return parser.nextToken() == null ? tree : walk(tree, parser);
  }

  /** @return {@code node} with its numbers' texts, the parser on the value's first token */
  private static JsonNode walk(JsonNode node, JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT && node instanceof ObjectNode o) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        JsonNode child = o.get(key);
        JsonNode written = walk(child, p);
        if (written != child) {
          o.set(key, written);
        }
      }
      return node;
    }
    if (token == JsonToken.START_ARRAY && node instanceof ArrayNode a) {
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        JsonNode child = a.get(i);
        JsonNode written = walk(child, p);
        if (written != child) {
          a.set(i, written);
        }
      }
      return node;
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT && node != null && node.isFloatingPointNumber()) {
      return new WrittenNumber(node.doubleValue(), p.getText());
    }
    p.skipChildren(); // a value that is not where the tree has it: left as it is
    return node;
  }
}
