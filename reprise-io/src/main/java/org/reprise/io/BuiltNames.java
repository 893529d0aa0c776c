package org.reprise.io;

import java.util.Map;

/**
 * The names the reader builds itself, in English: the status quo's owners, shares, debt and
 * lenders ({@link StatusQuoReader}). The reports show them in their own language through a
 * label key each; the data (JSON keys, pointers) keeps the English names.
 */
public final class BuiltNames {

  private static final Map<String, String> KEYS = Map.of(
      StatusQuoReader.OWNERS, "name.currentOwners",
      StatusQuoReader.SHARES, "name.currentOwnersShares",
      StatusQuoReader.DEBT, "name.existingDebt",
      StatusQuoReader.LENDERS, "name.existingLenders");

  private BuiltNames() {}

  /**
   * @param name a party, equity class or tranche name
   * @return the label key of its translation when the reader built it, otherwise null (a name the
   *     user wrote is shown as written)
   */
  public static String labelKey(String name) {
    return KEYS.get(name);
  }
}
