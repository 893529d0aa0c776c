package org.reprise.report.fec;

/**
 * One problem found in a FEC ledger.
 *
 * @param line line number in the file (1 = the header), or 0 for a problem of the whole file
 * @param message what was expected and what was found
 */
public record FecProblem(int line, String message) {

  @Override
  public String toString() {
    return line > 0 ? "line " + line + ": " + message : message;
  }
}
