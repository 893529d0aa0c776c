package org.reprise.model;

/**
 * Bad input: a deal that cannot be read or cannot be computed. Always names the key path of the
 * offending value (for example {@code financing.debt[1].rate}), what was expected and what was
 * found, so that the user can fix the file without reading code.
 */
public final class DealException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * @param path key path of the offending value, {@code ""} for the whole deal
   * @param message what was expected and what was found
   */
  public DealException(String path, String message) {
    super(path == null || path.isEmpty() ? message : path + ": " + message);
    this.path = path == null ? "" : path;
  }

  /** @return the key path of the offending value, {@code ""} for the whole deal */
  public String path() {
    return path;
  }
}
