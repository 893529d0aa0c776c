package org.reprise.engine.returns;

import java.util.Objects;

/**
 * The outcome of an internal-rate-of-return calculation.
 *
 * <p>The rate is a decimal per period (0.10 = 10 % a year for annual flows). When no single IRR
 * exists the rate is {@code NaN} and {@code note} says why (for example "all flows have the same
 * sign" or "several IRRs: 10.0000 %, 20.0000 %"). A defined rate may also carry a note, for
 * example the rate {@code -1.0} of a total loss.
 *
 * @param rate the IRR as a decimal per period, or {@code NaN} when undefined
 * @param note {@code ""} for an ordinary IRR, otherwise a human-readable explanation; never null
 */
public record IrrResult(double rate, String note) {

  /**
   * Checks the invariants: the note is never null, and an undefined rate always has a reason.
   *
   * @throws NullPointerException if {@code note} is null
   * @throws IllegalArgumentException if {@code rate} is {@code NaN} and {@code note} is blank
   */
  public IrrResult {
    Objects.requireNonNull(note, "note");
    if (Double.isNaN(rate) && note.isBlank()) {
      throw new IllegalArgumentException("note: an undefined IRR needs a reason");
    }
  }

  /** Returns {@code true} when {@link #rate()} is a number (possibly {@code -1.0}). */
  public boolean isDefined() {
    return !Double.isNaN(rate);
  }

  static IrrResult of(double rate) {
    return new IrrResult(rate, "");
  }

  static IrrResult undefined(String reason) {
    return new IrrResult(Double.NaN, reason);
  }
}
