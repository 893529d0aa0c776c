package org.reprise.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.reprise.io.DealReader;
import org.reprise.io.MessagesFr;
import org.reprise.model.DealException;

/**
 * Deal documents as trees: YAML or JSON text to a Jackson tree and back. The tree is what the page
 * edits; the text is what {@link org.reprise.io.DealReader} reads and what is saved.
 */
final class Trees {

  /** Reads and writes JSON. Thread-safe. */
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Reads YAML, writes YAML with every string in double quotes (never misread as a number). */
  static final YAMLMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private Trees() {}

  /**
   * @param text a deal document
   * @param yaml true for YAML, false for JSON
   * @return its tree, a mapping
   * @throws ApiException (400) when the text does not parse or is not a mapping
   */
  static ObjectNode parse(String text, boolean yaml) {
    JsonNode tree;
    try {
      tree = DealReader.tree(text, !yaml);
    } catch (DealException e) {
      String message = Failures.messageWithoutPath(e);
      throw new ApiException(400, e.path(), message, MessagesFr.translate(message));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw ApiException.badRequest("the document is empty: a deal starts with `reprise: 1`",
          "le document est vide : une opération commence par `reprise: 1`");
    }
    if (!tree.isObject()) {
      throw ApiException.badRequest(
          "expected a deal: a mapping of keys starting with `reprise: 1`",
          "attendu : une opération, c'est-à-dire un groupe de clés commençant par `reprise: 1`");
    }
    return (ObjectNode) tree;
  }

  /** @return the tree as YAML text (no comments), ending with a line feed */
  static String toYaml(JsonNode tree) {
    try {
      return YAML.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always writes as YAML", e);
    }
  }

  /** @return the tree as compact JSON text */
  static String toJson(JsonNode tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always writes as JSON", e);
    }
  }

  /** @return the error body {@code {"error": {"path": ..., "message": ...}}} */
  static String error(String path, String message) {
    return error(path, message, null);
  }

  /**
   * @param localized the message in the language the client asked for, or null for none
   * @return the error body {@code {"error": {"path", "message", "localizedMessage"}}}
   */
  static String error(String path, String message, String localized) {
    ObjectNode root = JSON.createObjectNode();
    error(root.putObject("error"), path, message, localized);
    return toJson(root);
  }

  /** Fills an error object: {@code path}, {@code message} and, when given, {@code localizedMessage}. */
  static void error(ObjectNode error, String path, String message, String localized) {
    error.put("path", path == null ? "" : path);
    error.put("message", message == null ? "" : message);
    if (localized != null) {
      error.put("localizedMessage", localized);
    }
  }
}
