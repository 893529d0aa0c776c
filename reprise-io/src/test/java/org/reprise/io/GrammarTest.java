package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The French and English number of "point", as shown with one decimal. */
class GrammarTest {

  @Test
  void frenchTakesTheSingularBelowTwoAndEnglishOnlyForOne() {
    // 0.019 is 1.9 points: "1,9 point" in French, "1.9 points" in English
    assertThat(Grammar.singularPoints(0.019, true)).isTrue();
    assertThat(Grammar.singularPoints(0.019, false)).isFalse();
    // 0.01 is 1.0 point in both
    assertThat(Grammar.singularPoints(0.01, true)).isTrue();
    assertThat(Grammar.singularPoints(0.01, false)).isTrue();
    // 0.01996 shows as 2.0: plural in both
    assertThat(Grammar.singularPoints(0.01996, true)).isFalse();
    assertThat(Grammar.singularPoints(0.01996, false)).isFalse();
    // the sign does not change the number: −0.5 point, −0.5 points
    assertThat(Grammar.singularPoints(-0.005, true)).isTrue();
    assertThat(Grammar.singularPoints(-0.005, false)).isFalse();
    // 0.0 points in English, 0,0 point in French
    assertThat(Grammar.singularPoints(0.0, true)).isTrue();
    assertThat(Grammar.singularPoints(0.0, false)).isFalse();
  }
}
