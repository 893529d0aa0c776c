package org.reprise.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The saved deals, in table {@code deals}. Every change is one transaction, committed before the
 * method returns; a change names the version it was made from and fails with {@link Conflict} when
 * the deal has changed since (optimistic concurrency: nothing is silently overwritten).
 *
 * <p>Thread-safe: each call takes its own connection.
 */
final class DealStore {

  /** The deal changed since the version the client had. */
  static final class Conflict extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int current;

    Conflict(int current) {
      super("the deal was changed meanwhile: it is now at version " + current, null, false, false);
      this.current = current;
    }

    /** @return the message in French */
    String french() {
      return "l'opération a été modifiée entre-temps : elle est maintenant à la version " + current;
    }

    /** @return the version now in the database */
    int current() {
      return current;
    }
  }

  /** No deal with that id. */
  static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long id;

    Missing(long id) {
      super("no saved deal with id " + id, null, false, false);
      this.id = id;
    }

    /** @return the message in French */
    String french() {
      return "aucune opération enregistrée avec l'identifiant " + id;
    }
  }

  /** A database failure, reported to the client as a 500 without details. */
  static final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(SQLException cause) {
      super(cause);
    }
  }

  private static final String COLUMNS = "id, name, yaml, version, created, updated";
  private static final String LIST_COLUMNS = "id, name, version, created, updated";

  private final Database db;

  DealStore(Database db) {
    this.db = db;
  }

  /** @return every deal without its text, most recently changed first */
  List<SavedDeal> list() {
    String sql = "SELECT " + LIST_COLUMNS + " FROM deals ORDER BY updated DESC, id DESC";
    try (Connection c = db.connection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      List<SavedDeal> out = new ArrayList<>();
      while (r.next()) {
        out.add(row(r, false));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /** @return the deal with its text */
  Optional<SavedDeal> get(long id) {
    try (Connection c = db.connection()) {
      return find(c, id);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /** Saves a new deal at version 1. */
  SavedDeal create(String name, String yaml) {
    return transaction(c -> insert(c, name, yaml));
  }

  /**
   * Changes a deal's name and/or text.
   *
   * @param expected the version the change was made from
   * @param name the new name, or null to keep it
   * @param yaml the new text, or null to keep it
   * @throws Missing when there is no such deal
   * @throws Conflict when its version is not {@code expected}
   */
  SavedDeal update(long id, int expected, String name, String yaml) {
    return transaction(
        c -> {
          String sql =
              "UPDATE deals SET name = COALESCE(?, name), yaml = COALESCE(?, yaml), "
                  + "version = version + 1, updated = ? WHERE id = ? AND version = ?";
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            s.setString(2, yaml);
            s.setObject(3, now());
            s.setLong(4, id);
            s.setInt(5, expected);
            if (s.executeUpdate() == 0) {
              throw notChanged(c, id);
            }
          }
          return find(c, id).orElseThrow(() -> new Missing(id));
        });
  }

  /**
   * Deletes a deal.
   *
   * @param expected the version the client saw, or null to delete whatever the version
   */
  void delete(long id, Integer expected) {
    transaction(
        c -> {
          String sql = "DELETE FROM deals WHERE id = ?" + (expected == null ? "" : " AND version = ?");
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            if (expected != null) {
              s.setInt(2, expected);
            }
            if (s.executeUpdate() == 0) {
              throw notChanged(c, id);
            }
          }
          return null;
        });
  }

  /** Copies a deal under a new name, at version 1. */
  SavedDeal duplicate(long id, String name) {
    return transaction(
        c -> {
          SavedDeal source = find(c, id).orElseThrow(() -> new Missing(id));
          return insert(c, name == null ? copyName(source.name()) : name, source.yaml());
        });
  }

  /** @return "name (copy)", within 200 characters */
  static String copyName(String name) {
    String suffix = " (copy)";
    String base = name.length() + suffix.length() > 200 ? name.substring(0, 200 - 7) : name;
    return base + suffix;
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back otherwise. */
  private <T> T transaction(Work<T> work) {
    try (Connection c = db.connection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private SavedDeal insert(Connection c, String name, String yaml) throws SQLException {
    OffsetDateTime now = now();
    String sql = "INSERT INTO deals (name, yaml, version, created, updated) VALUES (?, ?, 1, ?, ?)";
    try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
      s.setString(1, name);
      s.setString(2, yaml);
      s.setObject(3, now);
      s.setObject(4, now);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no id generated");
        }
        long id = keys.getLong(1);
        return new SavedDeal(id, name, yaml, 1, now.toInstant(), now.toInstant());
      }
    }
  }

  /** @return why an update or delete of {@code id} touched no row */
  private RuntimeException notChanged(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT version FROM deals WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? new Conflict(r.getInt(1)) : new Missing(id);
      }
    }
  }

  private Optional<SavedDeal> find(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM deals WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(row(r, true)) : Optional.empty();
      }
    }
  }

  private static SavedDeal row(ResultSet r, boolean withText) throws SQLException {
    return new SavedDeal(
        r.getLong("id"),
        r.getString("name"),
        withText ? r.getString("yaml") : null,
        r.getInt("version"),
        r.getObject("created", OffsetDateTime.class).toInstant(),
        r.getObject("updated", OffsetDateTime.class).toInstant());
  }

  /** @return now in UTC, to the millisecond (what every database keeps) */
  private static OffsetDateTime now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
  }
}
