package org.reprise.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A fully commented deal file that lists every key with its unit and default, printed by {@code
 * reprise new}. The template itself is a valid deal.
 */
public final class DealTemplate {

  private static final String RESOURCE = "template.yaml";

  private DealTemplate() {}

  /** @return the template text (YAML, UTF-8, with comments) */
  public static String text() {
    try (InputStream in = DealTemplate.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/reprise/io/" + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
