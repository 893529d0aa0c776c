package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RatesTest {

  @Test
  void percentStringsAreDecimals() {
    assertThat(Rates.parsePercent("5.5%")).isCloseTo(0.055, within(1e-15));
    assertThat(Rates.parsePercent("5.5 %")).isCloseTo(0.055, within(1e-15));
    assertThat(Rates.parsePercent(" 12% ")).isCloseTo(0.12, within(1e-15));
    assertThat(Rates.parsePercent("-0.25%")).isCloseTo(-0.0025, within(1e-15));
    assertThat(Rates.parsePercent("+3%")).isCloseTo(0.03, within(1e-15));
    assertThat(Rates.parsePercent("0%")).isZero();
    assertThat(Rates.parsePercent("0.9%")).isEqualTo(0.009);
    assertThat(Rates.parsePercent("5.5%")).isEqualTo(0.055);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "five", "5.5", "0.055", "5,5%", "5.5%%", "%", "1e3%", "NaN%", "Infinity%", "0x10%", "5.%",
    ".5%", "", " ", "5 . 5%", "55555555555555555555555555555555555555555555%"
  })
  void otherStringsAreNotPercentages(String text) {
    assertThat(Rates.parsePercent(text)).isNull();
  }

  @Test
  void nullIsNotAPercentage() {
    assertThat(Rates.parsePercent(null)).isNull();
    assertThat(Rates.parseMultiple(null)).isNull();
  }

  @Test
  void multipleStrings() {
    assertThat(Rates.parseMultiple("7.5x")).isEqualTo(7.5);
    assertThat(Rates.parseMultiple("7.5 X")).isEqualTo(7.5);
    assertThat(Rates.parseMultiple("7\u00d7")).isEqualTo(7.0);
    assertThat(Rates.parseMultiple("7")).isNull();
    assertThat(Rates.parseMultiple("x7")).isNull();
    assertThat(Rates.parseMultiple("7.5%")).isNull();
  }

  @Test
  void plainDecimalDetection() {
    assertThat(Rates.isPlainDecimal("0.055")).isTrue();
    assertThat(Rates.isPlainDecimal(" 12 ")).isTrue();
    assertThat(Rates.isPlainDecimal("5%")).isFalse();
    assertThat(Rates.isPlainDecimal(null)).isFalse();
  }
}
