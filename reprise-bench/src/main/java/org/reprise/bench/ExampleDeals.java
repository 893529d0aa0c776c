package org.reprise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/**
 * Locates and loads the example deal the benchmarks run.
 *
 * <p>The file is {@code examples/decolletage-secondary-lbo.yaml}, looked up from the working
 * directory and its parents (so the benchmarks run from the repository root or from {@code
 * reprise-bench/}), unless the system property {@code reprise.example} names another file.
 */
final class ExampleDeals {

  /** System property overriding the example file. */
  static final String PROPERTY = "reprise.example";

  static final String DEFAULT_EXAMPLE = "examples/decolletage-secondary-lbo.yaml";

  /** The {@code year:} line of the {@code exit:} block (comments may sit in between). */
  private static final Pattern EXIT_YEAR =
      Pattern.compile("(?m)^(exit:[ \\t]*(?:#.*)?\\R(?:[ \\t]*(?:#.*)?\\R)*?[ \\t]+year:[ \\t]*)(\\d+)");

  private ExampleDeals() {}

  /** The example file: the system property, or the default found from the working directory. */
  static Path exampleFile() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve(DEFAULT_EXAMPLE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "cannot find " + DEFAULT_EXAMPLE + " from " + Path.of("").toAbsolutePath()
            + ": run from the repository root or set -D" + PROPERTY + "=<deal file>");
  }

  /** The example as written. */
  static Deal example() {
    return DealReader.read(exampleFile());
  }

  /**
   * The example with its exit moved to {@code baseYear + years}, so that the run projects that
   * many years (per-year lists shorter than the horizon repeat their last value).
   *
   * @param years the wanted horizon
   * @return the modified deal
   * @throws IllegalStateException when the exit year cannot be found or the horizon differs
   */
  static Deal exampleWithHorizon(int years) {
    Path file = exampleFile();
    Deal original = DealReader.read(file);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher m = EXIT_YEAR.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no 'year:' under 'exit:' in " + file);
    }
    int exitYear = original.company().base().year() + years;
    String modified = text.substring(0, m.start(2)) + exitYear + text.substring(m.end(2));
    Deal deal = DealReader.parse(modified, file.getFileName().toString());
    int horizon = deal.exit().year();
    if (horizon != years) {
      throw new IllegalStateException(
          "expected an exit after " + years + " projected years, found " + horizon);
    }
    return deal;
  }
}
