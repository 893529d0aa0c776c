package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.model.DealException;

class KeyPathEditsTest {

  private static final String DOC = """
      reprise: 1
      financing:
        cashSweep: "50%"
        debt:
          - name: A
            rate: {base: "2%", margin: "3%"}
          - name: B
            rate: "6%"
      exit:
        year: 2030
      """;

  private static JsonNode edited(KeyPathEdits e, Map<String, Double> edits) throws Exception {
    return new ObjectMapper().readTree(e.text(edits));
  }

  @Test
  void setsValuesListItemsAndNewKeysOfExistingBlocks(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("deal.yaml");
    Files.writeString(f, DOC);
    KeyPathEdits e = KeyPathEdits.read(f);
    Map<String, Double> edits = new LinkedHashMap<>();
    edits.put("financing.cashSweep", 0.25);
    edits.put("financing.debt[0].rate.margin", 0.035);
    edits.put("financing.debt[1].rate", 0.07);
    edits.put("financing.distributions", 1.0);
    edits.put("exit.year", 2029.0);
    JsonNode t = edited(e, edits);
    assertThat(t.at("/financing/cashSweep").doubleValue()).isEqualTo(0.25);
    assertThat(t.at("/financing/debt/0/rate/margin").doubleValue()).isEqualTo(0.035);
    assertThat(t.at("/financing/debt/0/rate/base").asText()).isEqualTo("2%");
    assertThat(t.at("/financing/debt/1/rate").doubleValue()).isEqualTo(0.07);
    // a new key of a block the file has
    assertThat(t.at("/financing/distributions").isIntegralNumber()).isTrue();
    // whole numbers are written as whole numbers (a year, a headcount)
    assertThat(t.at("/exit/year").isIntegralNumber()).isTrue();
    assertThat(t.at("/exit/year").longValue()).isEqualTo(2029L);
    // the file's tree itself is not changed: a second edit starts from the file
    assertThat(edited(e, Map.of()).at("/financing/cashSweep").asText()).isEqualTo("50%");
  }

  /**
   * A cash sweep stepping down with leverage: a step's share or threshold is edited by its path;
   * a number in place of the whole list is refused (it would turn the steps into one share), EN/FR.
   */
  @Test
  void aSteppedSweepIsEditedStepByStep(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("deal.yaml");
    Files.writeString(f, DOC.replace("cashSweep: \"50%\"", "cashSweep: [{share: \"75%\","
        + " leverageAbove: 3.5}, {share: 0}]"));
    KeyPathEdits e = KeyPathEdits.read(f);
    JsonNode t = edited(e, Map.of("financing.cashSweep[0].share", 0.6,
        "financing.cashSweep[0].leverageAbove", 3.0));
    assertThat(t.at("/financing/cashSweep/0/share").doubleValue()).isEqualTo(0.6);
    assertThat(t.at("/financing/cashSweep/0/leverageAbove").doubleValue()).isEqualTo(3.0);
    assertThat(t.at("/financing/cashSweep/1/share").intValue()).isZero();
    assertThatThrownBy(() -> e.check("financing.cashSweep"))
        .isInstanceOf(DealException.class)
        .hasMessage("financing.cashSweep: `financing.cashSweep` is a list of blocks in the deal"
            + " file, not a single value: set a key of one of its items, such as"
            + " `financing.cashSweep[0].share`")
        .satisfies(x -> assertThat(MessagesFr.translate((DealException) x)).isEqualTo(
            "`financing.cashSweep` est une liste de groupes dans le fichier d'opération, pas une"
                + " valeur unique : changez une clé d'un de ses éléments, par exemple"
                + " `financing.cashSweep[0].share`"));
  }

  @Test
  void pathsTheFileCannotTakeNameTheirFirstMissingStep(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("deal.yaml");
    Files.writeString(f, DOC);
    KeyPathEdits e = KeyPathEdits.read(f);
    assertThatThrownBy(() -> e.check("financing.debt[2].rate"))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("the deal file has no `financing.debt[2]`: `financing.debt` has 2"
            + " items (counted from 0)");
    assertThatThrownBy(() -> e.check("financing.debts.rate"))
        .hasMessageContaining("the deal file has no block `financing.debts`; `financing` has"
            + " cashSweep, debt");
    assertThatThrownBy(() -> e.check("entry.multiple"))
        .hasMessageContaining("no block `entry`; the top level has reprise, financing, exit");
    assertThatThrownBy(() -> e.check("financing.cashSweep.x"))
        .hasMessageContaining("`financing.cashSweep` is a single value in the deal file");
    assertThatThrownBy(() -> e.check("financing.debt.name"))
        .hasMessageContaining("`financing.debt` is a list: write an item's index");
    assertThatThrownBy(() -> e.check("financing..x"))
        .hasMessageContaining("expected a key path such as financing.debt[1].rate.margin");
    assertThatThrownBy(() -> e.check("financing[0]"))
        .hasMessageContaining("`financing` is not a list in the deal file");
    e.check("financing.debt[1].rate");
    e.check("financing.newKey");
  }

  /**
   * A grid's cell over two key paths: the readers' error of the file with both values, its key
   * path kept and the cell named after the message, in French too.
   */
  @Test
  void theErrorOfAGridCellNamesBothValues(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("deal.yaml");
    Files.writeString(f, TestDeals.MINIMAL + BadDeals.RISK + "  shortTimeWork: {}\n");
    KeyPathEdits e = KeyPathEdits.read(f);
    Map<String, Double> edits = new LinkedHashMap<>();
    edits.put("risk.shortTimeWork.years", 4.0);
    edits.put("risk.shortTimeWork.window", 4.0);
    String text = e.text(edits);
    DealException cell = null;
    try {
      RiskReader.parse(text, KeyPathEdits.EDITED_SOURCE);
    } catch (DealException refused) {
      cell = KeyPathEdits.inGridCell(refused, "risk.shortTimeWork.years=4",
          "risk.shortTimeWork.window=4");
    }
    assertThat(cell).isNotNull();
    assertThat(cell.path()).isEqualTo("risk.shortTimeWork.window");
    assertThat(cell.getMessage()).isEqualTo("risk.shortTimeWork.window: expected a window longer"
        + " than `years` (4), found 4 (in the grid cell --x risk.shortTimeWork.years=4, --y"
        + " risk.shortTimeWork.window=4)");
    assertThat(MessagesFr.translate(cell)).isEqualTo("attendu : une fenêtre plus longue que"
        + " `years` (4) ; trouvé : 4 (dans la cellule de la grille --x"
        + " risk.shortTimeWork.years=4, --y risk.shortTimeWork.window=4)");
    // each value alone is fine with the other's absence: years 4 without a window
    RiskReader.parse(e.text(Map.of("risk.shortTimeWork.years", 4.0)),
        KeyPathEdits.EDITED_SOURCE);
  }
}
