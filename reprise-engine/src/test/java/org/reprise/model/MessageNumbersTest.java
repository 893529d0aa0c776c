package org.reprise.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link MessageNumbers}: no raw {@code double} in a message. */
class MessageNumbersTest {

  @ParameterizedTest
  @CsvSource({
    "-1.7668E8, -176680000.00",
    "-2.524E7, -25240000.00",
    "1234.567, 1234.57",
    "0.004, 0.00",
    "-0.004, 0.00",
    "NaN, NaN",
    "Infinity, Infinity",
    "-Infinity, -Infinity",
  })
  void amounts(double v, String expected) {
    assertThat(MessageNumbers.amount(v)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "7.0, 7",
    "-5.0, -5",
    "1.5, 1.5",
    "0.30000000000000004, 0.3",
    "1.5E-7, 1.5e-07",
    "2035.0, 2035",
    "-0.0, 0",
    "NaN, NaN",
  })
  void numbers(double v, String expected) {
    assertThat(MessageNumbers.number(v)).isEqualTo(expected);
  }
}
