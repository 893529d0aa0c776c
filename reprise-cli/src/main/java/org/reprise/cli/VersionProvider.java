package org.reprise.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code reprise --version}: the version Maven wrote into the jar
 * ({@code META-INF/maven/org.reprise/reprise-cli/pom.properties}), and the Java runtime.
 */
final class VersionProvider implements IVersionProvider {

  private static final String POM_PROPERTIES =
      "/META-INF/maven/org.reprise/reprise-cli/pom.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
      "reprise " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }

  /** @return the version of the jar, or {@code "(development build)"} when run from classes */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank()) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through: the version is informative only
    }
    return "(development build)";
  }
}
