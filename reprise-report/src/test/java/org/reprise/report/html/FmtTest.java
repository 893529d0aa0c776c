package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FmtTest {

  private static final Fmt EN = new Fmt(Lang.EN);
  private static final Fmt FR = new Fmt(Lang.FR);

  @Test
  void groupsThousandsAndRoundsHalfUpInBothLanguages() {
    assertThat(EN.number(1234567.25, 1)).isEqualTo("1,234,567.3");
    assertThat(FR.number(1234567.25, 1)).isEqualTo("1\u202F234\u202F567,3");
    assertThat(EN.number(-999.5, 0)).isEqualTo("−1,000");
    assertThat(EN.number(0.0, 2)).isEqualTo("0.00");
    assertThat(EN.number(Double.NaN, 1)).isEqualTo(Fmt.UNDEFINED);
    assertThat(EN.number(Double.POSITIVE_INFINITY, 1)).isEqualTo("∞");
  }

  @Test
  void formatsAmountsSharesAndMultiples() {
    assertThat(EN.thousands(5_508_000)).isEqualTo("5,508");
    assertThat(FR.millions(4_100_000)).isEqualTo("4,1\u00A0M€");
    assertThat(EN.amount(4_100_000)).isEqualTo("4.1\u00A0M€");
    assertThat(EN.amount(520_400)).isEqualTo("520\u00A0k€");
    assertThat(EN.amount(11.496)).isEqualTo("11.5\u00A0€");
    assertThat(EN.amount(40)).isEqualTo("40\u00A0€");
    assertThat(EN.euros(52_000)).isEqualTo("52,000\u00A0€");
    assertThat(FR.percent(0.1234)).isEqualTo("12,3\u00A0%");
    assertThat(EN.percent(0.3, 0)).isEqualTo("30\u00A0%");
    assertThat(EN.times(7)).isEqualTo("7.0×");
    assertThat(EN.people(180)).isEqualTo("180");
    assertThat(EN.people(180.5)).isEqualTo("180.5");
  }

  @Test
  void creditRatiosBeyondAHundredTimesAreNotPrintedDigitByDigit() {
    // review 29, L3: a net debt of 36.75 M€ over an EBITDA of 2 k€ printed "18 376,94×!"
    assertThat(FR.ratio(36_753_880.0 / 2_000.0)).isEqualTo(">\u00A0100×");
    assertThat(EN.ratio(-150.0)).isEqualTo("<\u00A0−100×");
    assertThat(EN.creditTimes(100.0)).isEqualTo(">\u00A0100×");
    // just below the limit the digits stay: 99.994 rounds to 99.99, one decimal to 100.0
    assertThat(EN.ratio(99.994)).isEqualTo("99.99×");
    assertThat(EN.creditTimes(21.49)).isEqualTo("21.5×");
    assertThat(EN.ratio(Double.NaN)).isEqualTo(Fmt.UNDEFINED);
    // an infinite cover (nothing due) is not applicable, not ∞× (review 26, F3)
    assertThat(EN.ratio(Double.POSITIVE_INFINITY)).isEqualTo("n/a");
    assertThat(new Fmt(Lang.FR).ratio(Double.POSITIVE_INFINITY)).isEqualTo("sans objet");
    assertThat(new Fmt(Lang.FR).creditTimes(Double.POSITIVE_INFINITY)).isEqualTo("sans objet");
    // multiples of money are not credit ratios: no limit
    assertThat(EN.times(150.0)).isEqualTo("150.0×");
  }

  @Test
  void choosesTheTableUnitFromTheCompanysSize() {
    assertThat(Fmt.Unit.forSize(30_000_000).label()).isEqualTo("k€");
    assertThat(Fmt.Unit.forSize(100).label()).isEqualTo("€");
    assertThat(EN.in(Fmt.Unit.forSize(100), 11.496)).isEqualTo("11.5");
  }
}
