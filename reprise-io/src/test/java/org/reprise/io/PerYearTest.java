package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PerYearTest {

  @Test
  void singleValueAppliesEveryYear() {
    assertThat(PerYear.rates(NodeTest.value("\"3%\""), 4, 0))
        .containsExactly(0.03, 0.03, 0.03, 0.03);
  }

  @Test
  void shorterListRepeatsItsLastValue() {
    assertThat(PerYear.rates(NodeTest.value("[0.01, 0.02]"), 4, 0))
        .containsExactly(0.01, 0.02, 0.02, 0.02);
  }

  @Test
  void longerListIsCutButStillChecked() {
    assertThat(PerYear.rates(NodeTest.value("[0.01, 0.02, 0.03]"), 2, 0))
        .containsExactly(0.01, 0.02);
    assertThatThrownBy(() -> PerYear.rates(NodeTest.value("[0.01, 0.02, \"x\"]"), 2, 0))
        .hasMessageStartingWith("v[2]: expected a rate");
  }

  @Test
  void absentGivesTheDefault() {
    assertThat(PerYear.rates(NodeTest.root("{}").at("v"), 3, 0.02))
        .containsExactly(0.02, 0.02, 0.02);
    assertThat(PerYear.amounts(NodeTest.root("{}").at("v"), 2, 0)).containsExactly(0, 0);
  }

  @Test
  void emptyListIsAnError() {
    assertThatThrownBy(() -> PerYear.rates(NodeTest.value("[]"), 3, 0))
        .hasMessage("v: expected a rate such as 0.055 or \"5.5%\" or a list of them (one per year),"
            + " found an empty list");
  }

  @Test
  void entryErrorsNameTheEntry() {
    assertThatThrownBy(() -> PerYear.amounts(NodeTest.value("[1, -2]"), 3, 0))
        .hasMessage("v[1]: expected an amount of zero or more, found -2");
    assertThatThrownBy(() -> PerYear.rates(NodeTest.value("[0.1, 2]"), 3, 0, 0, 1))
        .hasMessage("v[1]: expected a rate between 0% and 100%, found 2");
  }

  @Test
  void fill() {
    assertThat(PerYear.fill(3, 7)).containsExactly(7, 7, 7);
  }
}
