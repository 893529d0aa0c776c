package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    var tree = TreeLoader.load(b.toString(), false);
    assertThat(tree.get("a59").size()).isEqualTo(10);
    assertThat(tree.get("a59").get(0).isTextual()).isTrue();
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
