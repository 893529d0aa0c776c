package org.reprise.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.reprise.model.DealException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the text of a deal file into a Jackson tree, reporting syntax errors as a {@link
 * DealException} with the line and column.
 *
 * <p>Limits protect against hostile input: nesting depth 64, 20 million characters, no duplicate
 * keys, nothing after the first document. YAML aliases ({@code *name}) are refused, and so are
 * numbers not written the plain decimal way ({@link YamlScalars}: YAML 1.1 would read {@code
 * 02000000} as octal), so that nothing a file says changes silently. Only {@code true} and
 * {@code false} are booleans ({@code yes}, {@code no}, {@code on}, {@code off} stay text). A
 * number with a fraction or an exponent keeps the text it was written as ({@link WrittenNumber}),
 * for the error messages.
 */
final class TreeLoader {

  private static final int MAX_DEPTH = 64;
  private static final int MAX_CHARS = 20_000_000;

  private static final LoaderOptions LOADER_OPTIONS = loaderOptions();
  private static final ObjectMapper YAML = mapper(yamlFactory());
  private static final ObjectMapper JSON = mapper(jsonFactory());

  private TreeLoader() {}

  /**
   * @param text the file content
   * @param json true to read JSON, false for YAML
   * @return the root of the tree, or null for an empty document
   * @throws DealException on a syntax error (path {@code ""}, message with line and column)
   */
  static JsonNode load(String text, boolean json) {
    if (text.length() > MAX_CHARS) {
      throw new DealException("", "the file is too large (more than 20 million characters)");
    }
    String format = json ? "JSON" : "YAML";
    try {
      ObjectMapper mapper = json ? JSON : YAML;
      JsonNode tree = mapper.readTree(text);
      if (!json) {
        YamlScalars.check(text, LOADER_OPTIONS);
      }
      try (JsonParser parser = mapper.getFactory().createParser(text)) {
        return WrittenNumber.attach(tree, parser);
      }
    } catch (JsonProcessingException e) {
      if (!json) {
        scalarsFirst(text); // a .nan or an octal number says more than the parser's error
      }
      throw syntaxError(format, e);
    } catch (DealException e) {
      throw e;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // SnakeYAML may throw its own unchecked exceptions (limits, bad tags) outside Jackson's net.
      throw new DealException("", format + " syntax error: " + describe(e));
    }
  }

  /** @return true when the text looks like JSON (its first non-blank character is '{') */
  static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFEFF' || Character.isWhitespace(c)) {
        continue;
      }
      return c == '{';
    }
    return false;
  }

  private static DealException syntaxError(String format, JsonProcessingException e) {
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException) {
      MarkedYAMLException y = (MarkedYAMLException) cause;
      Mark mark = y.getProblemMark() != null ? y.getProblemMark() : y.getContextMark();
      String problem = y.getProblem() != null ? y.getProblem() : y.getContext();
      String where = mark == null ? "" : at(mark.getLine() + 1, mark.getColumn() + 1);
      return new DealException("", format + " syntax error" + where + ": " + clean(problem));
    }
    JsonLocation loc = e.getLocation();
    String where = loc == null || loc.getLineNr() < 1 ? "" : at(loc.getLineNr(), loc.getColumnNr());
    return new DealException(
        "", format + " syntax error" + where + ": " + explain(e.getOriginalMessage()));
  }

  /** Rewords the parser messages that would mean little to a non-programmer. */
  static String explain(String message) {
    String m = clean(message);
    if (m.startsWith("Duplicate field '")) {
      int end = m.indexOf('\'', 17);
      String key = end > 17 ? m.substring(17, end) : "?";
      return "the key `" + key + "` is written twice in the same group";
    }
    if (m.startsWith("Trailing token")) {
      return "a deal file holds one document only, but more content follows it";
    }
    if (m.startsWith("Expected a field name")) {
      return "a key must be a plain name, not a list or a mapping";
    }
    return m;
  }

  private static String at(int line, int column) {
    return " at line " + line + ", column " + column;
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return clean(m == null ? e.getClass().getSimpleName() : m);
  }

  /** Keeps the first line of a parser message, without control characters. */
  private static String clean(String message) {
    if (message == null) {
      return "unreadable content";
    }
    String first = message.strip().lines().findFirst().orElse("unreadable content");
    return Text.abbreviate(first, 200);
  }

  /**
   * Throws the scalar check's error for a document the parser refused, when the check finds one
   * before the syntax error; otherwise lets the syntax error be reported.
   */
  private static void scalarsFirst(String text) {
    try {
      YamlScalars.check(text, LOADER_OPTIONS);
    } catch (DealException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError ignored) {
      // the syntax error itself, met by the check too: the parser's report says it
    }
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setMaxAliasesForCollections(50);
    options.setCodePointLimit(MAX_CHARS);
    options.setAllowDuplicateKeys(false);
    return options;
  }

  private static YAMLFactory yamlFactory() {
    return YAMLFactory.builder()
        .loaderOptions(LOADER_OPTIONS)
        .streamReadConstraints(constraints())
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
        .build();
  }

  private static JsonFactory jsonFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(constraints())
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  private static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxNumberLength(100)
        .maxStringLength(MAX_CHARS)
        .build();
  }

  private static ObjectMapper mapper(JsonFactory factory) {
    ObjectMapper m = new ObjectMapper(factory);
    m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    return m;
  }
}
