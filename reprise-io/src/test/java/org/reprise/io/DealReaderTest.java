package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reprise.io.TestDeals.fails;
import static org.reprise.io.TestDeals.failsWith;
import static org.reprise.io.TestDeals.read;
import static org.reprise.io.TestDeals.readWith;
import static org.reprise.io.TestDeals.with;
import static org.reprise.io.TestDeals.without;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprise.model.Covenants;
import org.reprise.model.Deal;
import org.reprise.model.DealException;

class DealReaderTest {

  @TempDir Path dir;

  @Test
  void parsesTheMinimalDeal() {
    Deal d = DealReader.parse(TestDeals.MINIMAL, "minimal.yaml");
    assertThat(d.name()).isEqualTo("Test Co");
    assertThat(d.years()).isEqualTo(5);
    assertThat(d.interestBasis()).isEqualTo(Deal.InterestBasis.AVERAGE);
    assertThat(d.covenants().maxNetLeverage()).hasSize(5).containsOnly(Double.NaN);
  }

  @Test
  void everyPerYearArrayHasTheHorizonLength() {
    Deal d = DealReader.read(ExamplesTest.EXAMPLES.resolve("decolletage-secondary-lbo.yaml"));
    int n = d.years();
    var o = d.operations();
    for (double[] a : new double[][] {o.revenue(), o.headcount(), o.minimumCash(),
        o.interestOnCash(), o.purchases().fixed(), o.personnel().shareOfRevenue(),
        o.workingCapital().fixed(), d.structure().holdingCosts(), d.tax().rate(),
        d.covenants().maxNetLeverage(), d.covenants().minInterestCover(),
        d.covenants().minDebtServiceCover()}) {
      assertThat(a).hasSize(n);
    }
    d.financing().debt().forEach(t -> {
      assertThat(t.cashRate()).hasSize(n);
      assertThat(t.pikRate()).hasSize(n);
      assertThat(t.repayment()).hasSize(n);
    });
  }

  @Test
  void nameAndConventions() {
    assertThat(readWith("name", "\"Deal X\"").name()).isEqualTo("Deal X");
    assertThat(readWith("conventions", "{interest: opening}").interestBasis())
        .isEqualTo(Deal.InterestBasis.OPENING);
    failsWith("conventions", "{interest: closing}", "conventions.interest")
        .hasMessage("conventions.interest: expected one of `average`, `opening`, found"
            + " \"closing\"");
    failsWith("conventions", "{intrest: opening}", "conventions.intrest")
        .hasMessageContaining("did you mean `interest`?");
  }

  @Test
  void versionIsRequiredAndMustBeOne() {
    fails(without("reprise"), "reprise")
        .hasMessage("reprise: required: the file format version, write `reprise: 1` at the top");
    failsWith("reprise", "2", "reprise")
        .hasMessage("reprise: expected format version 1 (`reprise: 1`), found 2");
    failsWith("reprise", "\"1\"", "reprise");
    failsWith("reprise", "1.5", "reprise");
  }

  @Test
  void unknownTopLevelKey() {
    failsWith("finacing", "{}", "finacing")
        .hasMessage("finacing: unknown key `finacing`: did you mean `financing`?");
    failsWith("Company", "{}", "Company").hasMessageContaining("did you mean `company`?");
    failsWith("whatever", "1", "whatever").hasMessageContaining("allowed keys here: `reprise`");
  }

  /** The minimal deal, as a user's YAML file, with its `financing:` line followed by {@code line}. */
  private static String financingWith(String line) {
    return TestDeals.MINIMAL.replace("financing:\n", "financing:\n" + line + "\n");
  }

  private static String message(String text, String source) {
    try {
      DealReader.parse(text, source);
    } catch (DealException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error");
  }

  /**
   * A number found in the file is shown as the file writes it, not in Java's form (1.0E15,
   * Infinity): review 9, input F8; one too large for a double says so.
   */
  @Test
  void numbersFoundAreShownAsWritten() {
    assertThat(message(financingWith("  cashSweep: 1e400"), "d.yaml"))
        .isEqualTo("financing.cashSweep: expected a rate such as 0.055 or \"5.5%\", found 1e400,"
            + " which is too large");
    assertThat(message(financingWith("  cashSweep: 1e15"), "d.yaml"))
        .isEqualTo("financing.cashSweep: expected a rate between -1000% and 1000%, found 1e15");
    assertThat(message(financingWith("  cashSweep: 1.50"), "d.yaml"))
        .isEqualTo("financing.cashSweep: expected a rate between 0% and 100%, found 1.50");
    assertThat(message(TestDeals.MINIMAL.replace("  price: {multiple: 6}",
            "  price: {multiple: 1e300}"), "d.yaml"))
        .isEqualTo("transaction.price.multiple: expected a multiple such as 7.5 or \"7.5x\","
            + " found 1e300");
    assertThat(message(TestDeals.MINIMAL.replace("    revenue: 1000", "    revenue: -1e400"),
            "d.yaml"))
        .isEqualTo("company.actuals.revenue: expected an amount in currency units such as 1200000"
            + " (at most 10^15 in size), found -1e400, which is too large");
    assertThat(message(financingWith("  debt:\n    - {name: RCF, lender: banks, type: revolver,"
            + " limit: 1e2, drawn: 1.5e2}"), "d.yaml"))
        .isEqualTo("financing.debt[0].drawn: the amount drawn at closing (1.5e2) is more than the"
            + " revolver's limit (1e2)");
    // JSON keeps the text too
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        with("financing.cashSweep", "\"@\"");
    assertThat(message(tree.toString().replace("\"@\"", "1E+15"), "d.json"))
        .isEqualTo("financing.cashSweep: expected a rate between -1000% and 1000%, found 1E+15");
    assertThat(message(tree.toString().replace("\"@\"", "1e400"), "d.json"))
        .endsWith("found 1e400, which is too large");
  }

  @Test
  void documentMustBeAMapping() {
    assertThatThrownBy(() -> DealReader.parse("- 1\n- 2\n", "x.yaml"))
        .isInstanceOf(DealException.class)
        .hasMessage("expected a deal: a mapping of keys starting with `reprise: 1`, found a list"
            + " of 2 item(s)");
    assertThatThrownBy(() -> DealReader.parse("just text", "x.yaml"))
        .hasMessageContaining("found \"just text\"");
  }

  @Test
  void emptyFile() {
    assertThatThrownBy(() -> DealReader.parse("", "x.yaml"))
        .isInstanceOf(DealException.class)
        .hasMessage("the file is empty: a deal file starts with `reprise: 1`");
    assertThatThrownBy(() -> DealReader.parse("  \n# nothing\n", "x.yaml"))
        .hasMessageStartingWith("the file is empty");
    assertThatThrownBy(() -> DealReader.parse(null, "x.yaml")).isInstanceOf(DealException.class);
  }

  @Test
  void yamlSyntaxErrorHasLineAndColumn() {
    String text = TestDeals.MINIMAL.replace("  headcount: 10", "  headcount: [10");
    assertThatThrownBy(() -> DealReader.parse(text, "x.yaml"))
        .isInstanceOf(DealException.class)
        .hasMessageMatching("YAML syntax error at line \\d+, column \\d+: .*");
  }

  @Test
  void covenantsWithGapsAndMultiples() {
    var tree = with("covenants", "{maxNetLeverage: [5, \"4.5x\", null, 3], minInterestCover: 2}");
    Covenants c = read(tree).covenants();
    assertThat(c.maxNetLeverage()).containsExactly(5, 4.5, Double.NaN, 3, 3);
    assertThat(c.minInterestCover()).containsOnly(2.0);
    assertThat(c.minDebtServiceCover()).containsOnly(Double.NaN);
    failsWith("covenants", "{maxNetLeverage: [5, \"high\"]}", "covenants.maxNetLeverage[1]")
        .hasMessage("covenants.maxNetLeverage[1]: expected a multiple such as 7.5 or \"7.5x\","
            + " found \"high\"");
    failsWith("covenants", "{minInterestCover: -1}", "covenants.minInterestCover");
    failsWith("covenants", "{maxLeverage: 4}", "covenants.maxLeverage")
        .hasMessageContaining("did you mean `maxNetLeverage`?");
  }

  @Test
  void jsonFileEqualsYamlFile() throws Exception {
    Path yaml = ExamplesTest.EXAMPLES.resolve("decolletage-secondary-lbo.yaml");
    JsonNode tree = TestDeals.YAML.readTree(Files.readString(yaml));
    String json = TestDeals.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    Path jsonFile = dir.resolve("deal.json");
    Files.writeString(jsonFile, json);
    Deal fromYaml = DealReader.read(yaml);
    assertSameDeal(DealReader.read(jsonFile), fromYaml);
    // JSON content is recognised by its first character whatever the file name
    assertSameDeal(DealReader.parse(json, "deal.txt"), fromYaml);
  }

  /** Field-by-field equality, arrays included, with NaN equal to NaN. */
  static void assertSameDeal(Deal actual, Deal expected) {
    assertThat(actual).usingRecursiveComparison()
        .withComparatorForType(Double::compare, Double.class)
        .isEqualTo(expected);
  }

  @Test
  void jsonSyntaxErrorHasLineAndColumn() {
    assertThatThrownBy(() -> DealReader.parse("{\"reprise\": 1,\n \"name\": }", "x.json"))
        .isInstanceOf(DealException.class)
        .hasMessageStartingWith("JSON syntax error at line 2, column");
  }

  @Test
  void fileNotFound() {
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> DealReader.read(missing))
        .isInstanceOf(DealException.class)
        .hasMessage("cannot read the file: no such file");
  }

  @Test
  void directoryIsNotAFile() {
    assertThatThrownBy(() -> DealReader.read(dir))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("it is a directory");
  }

  @Test
  void fileMustBeUtf8() throws Exception {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1,
        "reprise: 1\nname: D\u00e9colletage\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> DealReader.read(latin1))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void accentsSurviveAFileRoundTrip() throws Exception {
    Path f = dir.resolve("accents.yaml");
    String name = "Décolletage Ærø — 株式会社";
    Files.writeString(f, TestDeals.MINIMAL.replace("Test Co", "\"" + name + "\""));
    assertThat(DealReader.read(f).company().name()).isEqualTo(name);
  }

  @Test
  void describePrefixesTheSource() {
    DealException e = new DealException("financing.debt[1].rate", "expected a rate");
    assertThat(DealReader.describe("deal.yaml", e))
        .isEqualTo("deal.yaml: financing.debt[1].rate: expected a rate");
    assertThat(DealReader.describe(null, e)).isEqualTo("financing.debt[1].rate: expected a rate");
  }

  @Test
  void quotedDecimalRateGetsAHint() {
    failsWith("financing.cashSweep", "\"0.5\"", "financing.cashSweep")
        .hasMessage("financing.cashSweep: expected a rate such as 0.055 or \"5.5%\", found \"0.5\""
            + " (write a decimal without quotes, or add a % sign)");
  }

  @Test
  void percentStringsEverywhere() {
    Deal d = readWith("projections", "{revenue: {growth: \"5 %\"}, inflation: \"1.5%\"}");
    assertThat(d.operations().revenue()[0]).isEqualTo(1050);
  }
}
