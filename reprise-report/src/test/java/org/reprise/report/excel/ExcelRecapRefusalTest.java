package org.reprise.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;
import org.reprise.model.DealException;

/**
 * The workbook draws every tranche at closing: a dividend recapitalisation (methodology §5.13) is
 * refused with the list, rather than written with numbers that differ from the engine's.
 */
class ExcelRecapRefusalTest {

  @Test
  void refusesADividendRecapitalisation() {
    Deal recap = DealReader.read(Path.of("..", "examples", "decolletage-recap.yaml"));
    assertThat(ExcelModel.unsupported(recap)).containsExactly(
        "a dividend recapitalisation, a tranche drawn during the hold and paid to the"
            + " shareholders (financing.debt[].drawnIn)");
    assertThatThrownBy(() -> ExcelModel.build(recap)).isInstanceOf(DealException.class)
        .hasMessageContaining("financing.debt[].drawnIn");
    Deal plain = DealReader.read(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"));
    assertThat(ExcelModel.unsupported(plain)).isEmpty();
  }
}
