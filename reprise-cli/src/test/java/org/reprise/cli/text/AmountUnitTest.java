package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountUnitTest {

  @Test
  void usesThousandsExceptForToyDeals() {
    assertThat(AmountUnit.forDeal(41_369_000)).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(AmountUnit.forDeal(AmountUnit.THRESHOLD)).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(AmountUnit.forDeal(100)).isEqualTo(AmountUnit.UNITS);
    assertThat(AmountUnit.THOUSANDS.scale(1_500)).isEqualTo(1.5);
    assertThat(AmountUnit.THOUSANDS.symbol()).isEqualTo("k€");
    assertThat(AmountUnit.UNITS.symbol()).isEqualTo("€");
  }
}
