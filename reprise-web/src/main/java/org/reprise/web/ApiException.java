package org.reprise.web;

/**
 * An error the API reports to the client as {@code {"error": {"path": ..., "message": ...}}} with
 * an HTTP status. The message is written for the user; it never holds a stack trace.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String path;

  /**
   * @param status the HTTP status (4xx)
   * @param path the key path of the offending value, {@code ""} for none
   * @param message what is wrong, for the user
   */
  ApiException(int status, String path, String message) {
    super(message, null, false, false);
    this.status = status;
    this.path = path == null ? "" : path;
  }

  /** @return a 400 error without a path */
  static ApiException badRequest(String message) {
    return new ApiException(400, "", message);
  }

  /** @return a 404 error */
  static ApiException notFound(String message) {
    return new ApiException(404, "", message);
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
