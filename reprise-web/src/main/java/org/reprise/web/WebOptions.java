package org.reprise.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start the web server: where to listen, where the saved deals live, where the bundled
 * examples are. Immutable; build it with {@link #of} and the {@code with...} methods.
 *
 * @param host the interface to bind, {@code 127.0.0.1} by default (loopback only)
 * @param port the TCP port, {@value #DEFAULT_PORT} by default; 0 picks a free port
 * @param dataDir the directory of the embedded database ({@code reprise.mv.db}); created if
 *     missing. Ignored when {@code databaseUrl} is set
 * @param databaseUrl a JDBC URL ({@code jdbc:postgresql://host/db} or {@code jdbc:h2:...}), or
 *     {@code null} for the embedded H2 file in {@code dataDir}
 * @param databaseUser the database user, or {@code null}
 * @param databasePassword the database password, or {@code null}
 * @param examplesDir the directory of the bundled example deals ({@code examples/} of the
 *     repository), or {@code null} when there is none: the example endpoints then answer 404
 * @param maxRequestBytes the largest request body accepted, in bytes; larger bodies get 413
 */
public record WebOptions(
    String host,
    int port,
    Path dataDir,
    String databaseUrl,
    String databaseUser,
    String databasePassword,
    Path examplesDir,
    long maxRequestBytes) {

  /** The default interface: loopback only, so that nothing is reachable from the network. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 7070;

  /** The default request size limit: 1 MiB (a large deal file is about 20 KB). */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

  /** Checks the values. */
  public WebOptions {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port: expected 0 to 65535, found " + port);
    }
    if (dataDir == null && databaseUrl == null) {
      throw new IllegalArgumentException("dataDir: required without a database URL");
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("maxRequestBytes: expected at least 1024");
    }
  }

  /**
   * @param host the interface to bind
   * @param port the port, 0 for any free port
   * @param dataDir the data directory
   * @return options with the embedded database in {@code dataDir} and no examples
   */
  public static WebOptions of(String host, int port, Path dataDir) {
    return new WebOptions(host, port, dataDir, null, null, null, null, DEFAULT_MAX_REQUEST_BYTES);
  }

  /** @return a copy using the database at {@code url} (user and password may be null) */
  public WebOptions withDatabase(String url, String user, String password) {
    return new WebOptions(
        host, port, dataDir, url, user, password, examplesDir, maxRequestBytes);
  }

  /** @return a copy serving the example deals of {@code dir} (may be null: none) */
  public WebOptions withExamples(Path dir) {
    return new WebOptions(
        host, port, dataDir, databaseUrl, databaseUser, databasePassword, dir, maxRequestBytes);
  }

  /** @return a copy with another request size limit, in bytes */
  public WebOptions withMaxRequestBytes(long bytes) {
    return new WebOptions(
        host, port, dataDir, databaseUrl, databaseUser, databasePassword, examplesDir, bytes);
  }
}
