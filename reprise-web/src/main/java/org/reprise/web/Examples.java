package org.reprise.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The example deals, read from the repository's {@code examples/} directory each time they are
 * asked for (so they can never drift from the files the command line and the tests use). Without a
 * directory there are no examples, and the endpoints answer 404.
 */
final class Examples {

  /** The bundled factory example, answered by {@code GET /api/example}. */
  static final String FACTORY = "decolletage-secondary-lbo";

  /**
   * An example's id: its file name without {@code .yaml}, prefixed with its language directory
   * and a dot for a file in one ({@code fr.decolletage-lbo-secondaire} is {@code
   * examples/fr/decolletage-lbo-secondaire.yaml}); nothing else can be reached.
   */
  private static final Pattern ID =
      Pattern.compile("(?:([a-z]{2})\\.)?([a-z0-9][a-z0-9-]{0,80})");

  /** A language directory of the examples ({@code fr}: the French versions of the files). */
  private static final Pattern LANGUAGE_DIR = Pattern.compile("[a-z]{2}");

  private final Path dir;

  /** @param dir the examples directory, or null */
  Examples(Path dir) {
    this.dir = dir;
  }

  /**
   * @return {@code [{"id": ..., "name": ...}]}, the factory example first, then the others by id,
   *     then those of each language directory by id
   */
  ArrayNode list() {
    ArrayNode out = Trees.JSON.createArrayNode();
    for (String id : ids()) {
      ObjectNode item = out.addObject();
      item.put("id", id);
      JsonNode name = tree(id).get("name");
      item.put("name", name != null && name.isTextual() ? name.asText() : id);
    }
    return out;
  }

  /**
   * @param id an example's file name without {@code .yaml}
   * @return the example as a JSON tree of its YAML
   * @throws ApiException 404 when there is no such example
   */
  ObjectNode tree(String id) {
    return Trees.parse(text(id), true);
  }

  /** @return the example's YAML text */
  String text(String id) {
    java.util.regex.Matcher m = id == null ? null : ID.matcher(id);
    if (dir == null || m == null || !m.matches()) {
      throw ApiException.notFound("no example named '" + Text.clip(id, 80) + "'",
          "aucun exemple nommé « " + Text.clip(id, 80) + " »");
    }
    Path file = (m.group(1) == null ? dir : dir.resolve(m.group(1))).resolve(m.group(2) + ".yaml");
    if (!Files.isRegularFile(file)) {
      throw ApiException.notFound("no example named '" + id + "'",
          "aucun exemple nommé « " + id + " »");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> ids() {
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>(names(dir, ""));
    out.sort((a, b) -> a.equals(FACTORY) ? -1 : b.equals(FACTORY) ? 1 : a.compareTo(b));
    try (Stream<Path> subs = Files.list(dir)) {
      for (Path sub : subs.filter(Files::isDirectory)
          .filter(p -> LANGUAGE_DIR.matcher(p.getFileName().toString()).matches())
          .sorted().toList()) {
        List<String> more = names(sub, sub.getFileName() + ".");
        more.sort(null);
        out.addAll(more);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** @return the ids of the {@code .yaml} files of {@code d}, each with {@code prefix} */
  private static List<String> names(Path d, String prefix) {
    try (Stream<Path> files = Files.list(d)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> prefix + n.substring(0, n.length() - ".yaml".length()))
          .filter(n -> ID.matcher(n).matches())
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
