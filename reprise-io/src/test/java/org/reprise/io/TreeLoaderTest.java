package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reprise.model.DealException;

class TreeLoaderTest {

  @Test
  void yamlSyntaxErrorGivesLineAndColumn() {
    String text = "reprise: 1\ncompany:\n  name: [unclosed\n  headcount: 3\n";
    assertThatThrownBy(() -> TreeLoader.load(text, false))
        .isInstanceOf(DealException.class)
        .hasMessageMatching("YAML syntax error at line \\d+, column \\d+: .+")
        .extracting(e -> ((DealException) e).path())
        .isEqualTo("");
  }

  @Test
  void yamlTabIndentationIsReportedWithItsLine() {
    assertThatThrownBy(() -> TreeLoader.load("reprise: 1\ncompany:\n\tname: x\n", false))
        .hasMessageStartingWith("YAML syntax error at line 3, column 1");
  }

  @Test
  void jsonSyntaxErrorGivesLineAndColumn() {
    assertThatThrownBy(() -> TreeLoader.load("{\n  \"reprise\": 1,\n  \"name\" \"x\"\n}", true))
        .hasMessageStartingWith("JSON syntax error at line 3, column");
  }

  @Test
  void duplicateKeysAreErrors() {
    assertThatThrownBy(() -> TreeLoader.load("a: 1\na: 2\n", false))
        .isInstanceOf(DealException.class)
        .hasMessage("YAML syntax error at line 2, column 2: the key `a` is written twice in the"
            + " same group");
    assertThatThrownBy(() -> TreeLoader.load("{\"a\": 1, \"a\": 2}", true))
        .isInstanceOf(DealException.class)
        .hasMessageEndingWith("the key `a` is written twice in the same group");
  }

  @Test
  void deepNestingIsRefused() {
    String deepYaml = "[".repeat(10_000);
    assertThatThrownBy(() -> TreeLoader.load(deepYaml, false)).isInstanceOf(DealException.class);
    String deepJson = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> TreeLoader.load(deepJson, true)).isInstanceOf(DealException.class);
  }

  @Test
  void aliasesAreNotExpanded() {
    StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 60; i++) {
      b.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      b.append("]\n");
    }
    // a "billion laughs" document is refused at its first alias, never expanded
    assertThatThrownBy(() -> TreeLoader.load(b.toString(), false))
        .isInstanceOf(DealException.class)
        .hasMessage("a1[0]: YAML aliases (*a0) are not supported: write the value out in full"
            + " (line 2, column 10)");
  }

  /**
   * A number is read as written or refused with its key path: YAML 1.1 would read 02000000 as
   * the octal 524288, 0x1F as 31 and drop the separators of 30_000_000 (review 9, input F3).
   */
  @Test
  void numbersAreReadAsWrittenOrRefused() {
    assertThat(TreeLoader.load("a: 2000000\nb: -0.5\nc: 1.2e6\nd: 0\ne: +3\nf: .5\ng: 6.\n",
        false).toString()).isEqualTo(
        "{\"a\":2000000,\"b\":-0.5,\"c\":1200000.0,\"d\":0,\"e\":3,\"f\":0.5,\"g\":6.0}");
    // base 60 in YAML 1.1, kept as text by the reader: as written
    assertThat(TreeLoader.load("t: 12:30\n", false).get("t").asText()).isEqualTo("12:30");
    assertThat(TreeLoader.load("a: \"0123\"\nb: '0x1F'\nc: v1.5\n", false).get("a").asText())
        .isEqualTo("0123");
    assertThatThrownBy(() -> TreeLoader.load("x:\n  cash: 02000000\n", false))
        .isInstanceOf(DealException.class)
        .hasMessage("x.cash: found 02000000: YAML reads a number that starts with 0 as octal;"
            + " remove the leading zero, or put text in quotes (line 2, column 9)");
    assertThatThrownBy(() -> TreeLoader.load("l: [1, 0x1F]\n", false))
        .hasMessageStartingWith("l[1]: found 0x1F: YAML reads 0x as a hexadecimal number");
    assertThatThrownBy(() -> TreeLoader.load("a: 30_000_000\n", false))
        .hasMessageStartingWith("a: found 30_000_000: write numbers without separators");
    assertThatThrownBy(() -> TreeLoader.load("a: {b: [{c: .nan}]}\n", false))
        .hasMessageStartingWith("a.b[0].c: found .nan: not a number");
    assertThatThrownBy(() -> TreeLoader.load("a: -.inf\n", false))
        .hasMessageStartingWith("a: found -.inf: infinity");
  }

  /**
   * A number with a fraction or an exponent keeps the text it was written as, for the error
   * messages (review 9, input F8): in YAML and JSON, in mappings and lists, nested; it reads as
   * the double the parser made.
   */
  @Test
  void numbersKeepTheTextTheyWereWrittenAs() {
    JsonNode yaml = TreeLoader.load(
        "a: 1e15\nb: {c: [1.50, 2, .5, -1e400]}\nd: 6.\ne: 1.0E300\nf: x\n", false);
    assertThat(written(yaml.get("a"))).isEqualTo("1e15");
    assertThat(yaml.get("a").doubleValue()).isEqualTo(1e15);
    JsonNode list = yaml.get("b").get("c");
    assertThat(written(list.get(0))).isEqualTo("1.50");
    assertThat(list.get(1)).isNotInstanceOf(WrittenNumber.class); // whole: exact digits already
    assertThat(written(list.get(2))).isEqualTo(".5");
    assertThat(written(list.get(3))).isEqualTo("-1e400");
    assertThat(list.get(3).doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(written(yaml.get("d"))).isEqualTo("6.");
    assertThat(written(yaml.get("e"))).isEqualTo("1.0E300");
    JsonNode json = TreeLoader.load("{\"a\": [{\"b\": 1E+15}], \"c\": 1e400}", true);
    assertThat(written(json.get("a").get(0).get("b"))).isEqualTo("1E+15");
    assertThat(written(json.get("c"))).isEqualTo("1e400");
    assertThat(written(TreeLoader.load("2.50", true))).isEqualTo("2.50");
  }

  private static String written(JsonNode n) {
    assertThat(n).isInstanceOf(WrittenNumber.class);
    return ((WrittenNumber) n).source();
  }

  @Test
  void onlyTrueAndFalseAreBooleans() {
    var tree = TreeLoader.load("a: yes\nb: off\nc: true\nd: False\n", false);
    assertThat(tree.get("a").isTextual()).isTrue();
    assertThat(tree.get("b").isTextual()).isTrue();
    assertThat(tree.get("c").booleanValue()).isTrue();
    assertThat(tree.get("d").isBoolean()).isTrue();
  }

  @Test
  void trailingContentIsAnError() {
    assertThatThrownBy(() -> TreeLoader.load("{\"a\": 1} {\"b\": 2}", true))
        .isInstanceOf(DealException.class)
        .hasMessageEndingWith("a deal file holds one document only, but more content follows it");
    assertThatThrownBy(() -> TreeLoader.load("a: 1\n---\nb: 2\n", false))
        .hasMessageEndingWith("a deal file holds one document only, but more content follows it");
  }

  @Test
  void complexKeysAreExplained() {
    assertThatThrownBy(() -> TreeLoader.load("? [1]\n: 2\n", false))
        .hasMessageEndingWith("a key must be a plain name, not a list or a mapping");
  }

  @Test
  void explainKeepsOtherMessages() {
    assertThat(TreeLoader.explain("mapping values are not allowed here\n  in line 3"))
        .isEqualTo("mapping values are not allowed here");
    assertThat(TreeLoader.explain(null)).isEqualTo("unreadable content");
  }

  @Test
  void emptyDocumentIsNullOrMissing() {
    var tree = TreeLoader.load("", false);
    assertThat(tree == null || tree.isMissingNode() || tree.isNull()).isTrue();
    var comment = TreeLoader.load("# only a comment\n", false);
    assertThat(comment == null || comment.isMissingNode() || comment.isNull()).isTrue();
  }

  @Test
  void looksLikeJson() {
    assertThat(TreeLoader.looksLikeJson("  \n{\"a\": 1}")).isTrue();
    assertThat(TreeLoader.looksLikeJson("\uFEFF{")).isTrue();
    assertThat(TreeLoader.looksLikeJson("a: 1")).isFalse();
    assertThat(TreeLoader.looksLikeJson("")).isFalse();
  }

  @Test
  void utf8TextSurvives() {
    assertThat(TreeLoader.load("name: \"Décolletage du Haut-Giffre\"", false).get("name").asText())
        .isEqualTo("Décolletage du Haut-Giffre");
  }
}
