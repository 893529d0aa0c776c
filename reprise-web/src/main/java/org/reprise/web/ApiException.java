package org.reprise.web;

/**
 * An error the API reports to the client as {@code {"error": {"path": ..., "message": ...}}} with
 * an HTTP status, and its French text for a client that asks for French ({@link Localization}).
 * The message is written for the user; it never holds a stack trace.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String path;
  private final String french;

  /**
   * @param status the HTTP status (4xx)
   * @param path the key path of the offending value, {@code ""} for none
   * @param message what is wrong, for the user, in English
   * @param french the same in French
   */
  ApiException(int status, String path, String message, String french) {
    super(message, null, false, false);
    this.status = status;
    this.path = path == null ? "" : path;
    this.french = french;
  }

  /** @return a 400 error without a path */
  static ApiException badRequest(String message, String french) {
    return new ApiException(400, "", message, french);
  }

  /** @return a 404 error */
  static ApiException notFound(String message, String french) {
    return new ApiException(404, "", message, french);
  }

  /** @return the same error about the value at {@code newPath} (a field of the request) */
  ApiException at(String newPath) {
    return new ApiException(status, newPath, getMessage(), french);
  }

  /** @return the message in French */
  String french() {
    return french;
  }

  /** @return the HTTP status */
  int status() {
    return status;
  }

  /** @return the key path, {@code ""} for none */
  String path() {
    return path;
  }
}
