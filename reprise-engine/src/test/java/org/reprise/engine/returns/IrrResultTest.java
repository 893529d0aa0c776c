package org.reprise.engine.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class IrrResultTest {

  @Test
  void definedWhenTheRateIsANumber() {
    assertThat(IrrResult.of(0.1).isDefined()).isTrue();
    assertThat(IrrResult.of(0.1).note()).isEmpty();
    assertThat(new IrrResult(-1.0, "total loss").isDefined()).isTrue();
    assertThat(IrrResult.undefined("no IRR").isDefined()).isFalse();
  }

  @Test
  void anUndefinedRateNeedsAReason() {
    assertThatIllegalArgumentException().isThrownBy(() -> new IrrResult(Double.NaN, " "));
    assertThatNullPointerException().isThrownBy(() -> new IrrResult(0.1, null));
  }
}
