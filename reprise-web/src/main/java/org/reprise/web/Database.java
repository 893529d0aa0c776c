package org.reprise.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Where the saved deals live: an embedded H2 file in the data directory by default, or any JDBC
 * URL (PostgreSQL for a shared installation). The schema is created and upgraded by the Flyway
 * migrations in {@code db/migration} when the server starts.
 *
 * <p>Durability: the embedded database is opened with {@code WRITE_DELAY=0}, so every committed
 * transaction is written to the file before the commit returns (H2's default waits up to 500 ms,
 * and a killed process could lose the last commits). The write reaches the operating system, which
 * survives the process being killed; surviving a power cut depends on the disk.
 */
final class Database implements AutoCloseable {

  /** The embedded database's file name in the data directory (H2 adds {@code .mv.db}). */
  static final String FILE_NAME = "reprise";

  private final String url;
  private final String user;
  private final String password;
  private final JdbcConnectionPool pool;
  private Connection keeper;

  private Database(String url, String user, String password, JdbcConnectionPool pool) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.pool = pool;
  }

  /**
   * Opens the database and migrates its schema.
   *
   * @throws IllegalStateException with a readable message when it cannot be opened
   */
  static Database open(WebOptions options) {
    String url = options.databaseUrl();
    String user = options.databaseUser();
    String password = options.databasePassword();
    if (url == null) {
      Path dir = options.dataDir().toAbsolutePath().normalize();
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the data directory " + dir, e);
      }
      url = "jdbc:h2:file:" + dir.resolve(FILE_NAME) + ";WRITE_DELAY=0";
      user = "sa";
      password = "";
    }
    boolean h2 = url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    JdbcConnectionPool pool = h2 ? JdbcConnectionPool.create(url, nz(user), nz(password)) : null;
    Database db = new Database(url, user, password, pool);
    try {
      if (pool != null) {
        // Holds the embedded database open, and so its file lock, for the server's lifetime:
        // without it H2 closes the file whenever no request is running, and a second server
        // (another process) could open the same file in between.
        db.keeper = pool.getConnection();
      }
      Flyway.configure()
          .dataSource(url, user, password)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException | SQLException e) {
      db.close();
      throw new IllegalStateException(
          "cannot open the database " + db.describe() + ": " + rootMessage(e), e);
    }
    return db;
  }

  /** @return a new connection (from the pool for H2); the caller closes it */
  Connection connection() throws SQLException {
    return pool != null ? pool.getConnection() : DriverManager.getConnection(url, user, password);
  }

  /** @return the URL without its settings, for messages (never a password) */
  String describe() {
    int semicolon = url.indexOf(';');
    String base = semicolon < 0 ? url : url.substring(0, semicolon);
    int query = base.indexOf('?');
    return query < 0 ? base : base.substring(0, query);
  }

  /** Closes the pool; H2 closes the file once the last connection is gone. */
  @Override
  public void close() {
    if (keeper != null) {
      try {
        keeper.close();
      } catch (SQLException e) {
        // closing anyway
      }
      keeper = null;
    }
    if (pool != null) {
      pool.dispose();
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    int newline = m.indexOf('\n');
    return Text.clip(newline < 0 ? m : m.substring(0, newline), 300);
  }
}
