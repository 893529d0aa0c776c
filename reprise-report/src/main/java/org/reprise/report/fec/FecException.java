package org.reprise.report.fec;

import java.util.List;

/**
 * A FEC ledger that cannot be imported: malformed lines (each with its line number), unbalanced
 * entries, or a ledger whose debits and credits differ. The message lists the problems, at most
 * {@link #LISTED} of them, one per line.
 */
public final class FecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Number of problems written out in the message; the others are counted. */
  public static final int LISTED = 20;

  private final transient List<FecProblem> problems;

  /** @param problems what is wrong, at least one */
  public FecException(List<FecProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** A problem of the whole file. */
  public FecException(String message) {
    this(List.of(new FecProblem(0, message)));
  }

  /** @return every problem found, in file order */
  public List<FecProblem> problems() {
    return problems;
  }

  private static String describe(List<FecProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: at least one");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    StringBuilder b = new StringBuilder();
    b.append(problems.size()).append(" problems in the ledger:");
    for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
      b.append('\n').append("  ").append(problems.get(i));
    }
    if (problems.size() > LISTED) {
      b.append('\n').append("  ... and ").append(problems.size() - LISTED).append(" more");
    }
    return b.toString();
  }
}
