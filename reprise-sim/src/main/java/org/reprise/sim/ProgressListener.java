package org.reprise.sim;

/**
 * Told how far a run has got. Called from worker threads, one call at a time, with a non-decreasing
 * count, after each chunk of paths has been merged in order; must return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * @param done paths completed and merged so far
   * @param total paths requested
   */
  void progress(long done, long total);
}
