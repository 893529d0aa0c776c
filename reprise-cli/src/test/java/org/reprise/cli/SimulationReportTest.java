package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reprise.cli.text.Labels;
import org.reprise.cli.text.Lang;

/** The French wording of a failed path (the rest of the French report: SimulateCommandTest). */
class SimulationReportTest {

  private static final Labels FR = new Labels(Lang.FR);

  @Test
  void aFailedPathReadsInFrenchWithItsKeyPathKept() {
    String english = "path 38: exit.year: the exit must fall within the projection:"
        + " exit year index 6 needs 7 projected years, found 6";
    String french = SimulationReport.failureInFrench(FR, english);
    // the key path and the message, no Java class name (review 36, X4)
    assertThat(french).startsWith("trajectoire 38\u00a0: exit.year : ").doesNotContain("Exception");
    assertThat(french).doesNotContain("the exit must fall").contains("6").contains("7");
  }

  @Test
  void aMessageWithoutTemplateStaysInEnglishButTheFrameIsFrench() {
    // a fault of the program (not the engine's refusal of the path) keeps its class name
    assertThat(SimulationReport.failureInFrench(FR, "path 3: IllegalStateException: boom"))
        .isEqualTo("trajectoire 3\u00a0: IllegalStateException: boom");
  }

  @Test
  void somethingElseIsLeftAsItIs() {
    assertThat(SimulationReport.failureInFrench(FR, "")).isEmpty();
    assertThat(SimulationReport.failureInFrench(FR, "no colon here")).isEqualTo("no colon here");
  }
}
