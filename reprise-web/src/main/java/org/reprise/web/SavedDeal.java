package org.reprise.web;

import java.time.Instant;

/**
 * A deal saved in the database.
 *
 * @param id the database identifier
 * @param name the name shown in the list (1 to 200 characters)
 * @param yaml the deal document (YAML or JSON text), or {@code null} in a listing
 * @param version 1 when created, one more on every change
 * @param created when it was created (UTC)
 * @param updated when it was last changed (UTC)
 */
record SavedDeal(long id, String name, String yaml, int version, Instant created, Instant updated) {

  /** @return the entity tag of this version: the version number in quotes */
  String etag() {
    return "\"" + version + "\"";
  }
}
