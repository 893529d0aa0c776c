package org.reprise.cli;

import java.nio.file.Path;

/** A problem with a file named on the command line: missing, a directory, already there. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /**
   * @param file the file
   * @param message what is wrong with it, without the file name
   */
  InputException(Path file, String message) {
    super(message);
    this.file = file;
  }

  /** @return the file */
  Path file() {
    return file;
  }
}
