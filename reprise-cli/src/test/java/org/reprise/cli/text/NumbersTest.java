package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  private static final Numbers EN = new Numbers(Lang.EN);
  private static final Numbers FR = new Numbers(Lang.FR);

  @Test
  void showsAmountsInThousandsWithLocaleGrouping() {
    assertThat(EN.thousands(1_234_500)).isEqualTo("1,234.5");
    assertThat(FR.thousands(1_234_500)).isEqualTo("1 234,5");
    assertThat(EN.thousands(-41_369_000)).isEqualTo("-41,369.0");
    assertThat(FR.thousands(-41_369_000)).isEqualTo("-41 369,0");
    assertThat(EN.thousands(0)).isEqualTo("0.0");
  }

  @Test
  void showsAmountsInTheChosenUnit() {
    assertThat(EN.amount(100, AmountUnit.UNITS)).isEqualTo("100.0");
    assertThat(EN.amount(100, AmountUnit.THOUSANDS)).isEqualTo("0.1");
  }

  @Test
  void roundsHalfEvenAndDropsTheSignOfZero() {
    assertThat(EN.decimal(0.25)).isEqualTo("0.2");
    assertThat(EN.decimal(0.35)).isEqualTo("0.3"); // 0.35 is slightly below 0.35 as a double
    assertThat(EN.thousands(-40)).isEqualTo("0.0");
    assertThat(EN.percent(-0.0001)).isEqualTo("0.0%");
  }

  @Test
  void showsPercentagesAndMultiples() {
    assertThat(EN.percent(0.1234)).isEqualTo("12.3%");
    assertThat(FR.percent(0.1234)).isEqualTo("12,3 %");
    assertThat(EN.percent(-0.05)).isEqualTo("-5.0%");
    // review 29, L3: a leverage over an EBITDA close to zero has meaningless digits
    assertThat(FR.creditRatio(18_376.94)).isEqualTo("> 100×");
    assertThat(EN.creditRatio(-100.0)).isEqualTo("< -100×");
    assertThat(EN.creditRatio(99.99)).isEqualTo("99.99×");
    assertThat(EN.creditRatio(Double.NaN)).isEqualTo("n/a");
    assertThat(EN.multiple(150.0)).isEqualTo("150.00×");
    assertThat(EN.multiple(6.5)).isEqualTo("6.50×");
    assertThat(FR.multiple(6.5)).isEqualTo("6,50×");
    assertThat(EN.whole(1234.4)).isEqualTo("1,234");
    assertThat(FR.whole(180)).isEqualTo("180");
  }

  @Test
  void showsUndefinedValuesAsNotAvailable() {
    assertThat(EN.multiple(Double.NaN)).isEqualTo("n/a");
    assertThat(EN.percent(Double.POSITIVE_INFINITY)).isEqualTo("n/a");
    assertThat(FR.thousands(Double.NaN)).isEqualTo("n.d.");
    assertThat(FR.notAvailable()).isEqualTo("n.d.");
  }
}
