package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Numbers in sentences. French puts a no-break space (U+00A0) inside numbers and before units;
 * these tests spell it {@code \u00A0} so that the choice is visible.
 */
class ProseTest {

  private static final Prose FR = new Prose(Lang.FR);
  private static final Prose EN = new Prose(Lang.EN);

  @Test
  void millionsWithOneDecimal() {
    assertThat(FR.money(23_400_000)).isEqualTo("23,4\u00A0M€");
    assertThat(EN.money(23_400_000)).isEqualTo("€23.4m");
    assertThat(FR.money(23_449_999)).isEqualTo("23,4\u00A0M€");
    assertThat(FR.money(1_234_567_890)).isEqualTo("1\u00A0234,6\u00A0M€");
    assertThat(EN.money(1_234_567_890)).isEqualTo("€1,234.6m");
    // 999 960 rounds to a million, written as such
    assertThat(FR.money(999_960)).isEqualTo("1,0\u00A0M€");
  }

  @Test
  void smallerAmountsToTheThousandTheTenOrTheEuro() {
    assertThat(FR.money(372_475.3)).isEqualTo("372\u00A0000\u00A0€");
    assertThat(EN.money(372_475.3)).isEqualTo("€372,000");
    assertThat(FR.money(4_567)).isEqualTo("4\u00A0570\u00A0€");
    assertThat(EN.money(150)).isEqualTo("€150");
    assertThat(FR.money(-23_400_000)).isEqualTo("23,4\u00A0M€"); // absolute value
  }

  /** Covenant ratios to the hundredth and headrooms to the tenth, signs kept. */
  @Test
  void ratiosAndHeadroomsForTheCovenants() {
    assertThat(FR.creditRatio(18_376.94)).isEqualTo("> 100×");
    assertThat(EN.creditRatio(0.9186)).isEqualTo("0.92×");
    assertThat(EN.multiple(0.9186)).isEqualTo("0.92×");
    assertThat(FR.multiple(0.9186)).isEqualTo("0,92×");
    assertThat(EN.multiple(259.8449)).isEqualTo("259.84×");
    assertThat(FR.multiple(1_234.5)).isEqualTo("1\u00A0234,50×");
    assertThat(EN.multiple(-0.3171)).isEqualTo("-0.32×");
    assertThat(EN.multiple(-0.004)).isEqualTo("0.00×"); // no "-0.00"
    assertThat(EN.multiple(Double.NaN)).isEqualTo("n/a");
    assertThat(EN.percentOneDecimal(0.0203)).isEqualTo("2.0%");
    assertThat(FR.percentOneDecimal(0.0156)).isEqualTo("1,6\u00A0%");
    assertThat(EN.percentOneDecimal(-0.089)).isEqualTo("-8.9%");
    assertThat(EN.percentOneDecimal(-0.0004)).isEqualTo("0.0%");
  }

  @Test
  void perHeadToTheHundredOrTheTen() {
    assertThat(FR.perHead(26_000)).isEqualTo("26\u00A0000\u00A0€");
    assertThat(FR.perHead(13_749)).isEqualTo("13\u00A0700\u00A0€");
    assertThat(EN.perHead(13_749)).isEqualTo("€13,700");
    assertThat(FR.perHead(2_741.2)).isEqualTo("2\u00A0740\u00A0€");
    assertThat(EN.perHead(-56.4)).isEqualTo("€56");
    assertThat(FR.isZeroPerHead(0.4)).isTrue();
    assertThat(FR.isZeroPerHead(0.6)).isFalse();
  }

  @Test
  void wholePercentages() {
    assertThat(FR.percent(0.648)).isEqualTo("65\u00A0%");
    assertThat(EN.percent(0.648)).isEqualTo("65%");
    assertThat(EN.percent(-0.031)).isEqualTo("-3%");
    assertThat(EN.percent(-0.001)).isEqualTo("0%");
    assertThat(EN.percent(Double.NaN)).isEqualTo("n/a");
  }

  @Test
  void yearsAndQuotes() {
    assertThat(FR.years(5)).isEqualTo("5\u00A0ans");
    assertThat(FR.years(1)).isEqualTo("1\u00A0an");
    assertThat(EN.years(1)).isEqualTo("1 year");
    assertThat(FR.quote("SCOP")).isEqualTo("«\u00A0SCOP\u00A0»");
    assertThat(EN.quote("SCOP")).isEqualTo("“SCOP”");
    assertThat(EN.quote("a\u001Bb")).isEqualTo("“a\\u001Bb”");
  }
}
