package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

  static final String[] KEYS = {"name", "headcount", "baseYear", "actuals"};

  @Test
  void levenshteinDistance() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("abc", "abc")).isZero();
    assertThat(Suggestions.distance("nmae", "name")).isEqualTo(2);
  }

  @Test
  void closestKeyWithinTolerance() {
    assertThat(Suggestions.closest("nmae", KEYS)).isEqualTo("name");
    assertThat(Suggestions.closest("headcout", KEYS)).isEqualTo("headcount");
    assertThat(Suggestions.closest("base_year", KEYS)).isEqualTo("baseYear");
    assertThat(Suggestions.closest("BASEYEAR", KEYS)).isEqualTo("baseYear");
    assertThat(Suggestions.closest("turnover", KEYS)).isNull();
    assertThat(Suggestions.closest("x".repeat(1000), KEYS)).isNull();
  }

  @Test
  void messageWithSuggestion() {
    assertThat(Suggestions.unknownKey("nmae", KEYS))
        .isEqualTo("unknown key `nmae`: did you mean `name`?");
  }

  @Test
  void messageListsAllowedKeysWithoutSuggestion() {
    assertThat(Suggestions.unknownKey("turnover", KEYS))
        .isEqualTo("unknown key `turnover`; allowed keys here: `name`, `headcount`, `baseYear`,"
            + " `actuals`");
  }
}
