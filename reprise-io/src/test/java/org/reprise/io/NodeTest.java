package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reprise.model.DealException;

class NodeTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static Node root(String json) {
    try {
      return Node.root(JSON.readTree(json));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Node value(String json) {
    return root("{\"v\": " + json + "}").at("v");
  }

  @Test
  void pathsNameKeysAndIndices() {
    Node n = root("{\"financing\": {\"debt\": [{}, {\"rate\": 1}]}}");
    Node rate = n.at("financing").at("debt").list("a list").get(1).at("rate");
    assertThat(rate.path()).isEqualTo("financing.debt[1].rate");
    assertThat(n.at("missing").at("deeper").path()).isEqualTo("missing.deeper");
  }

  @Test
  void absentAndNullAreNotPresent() {
    Node n = root("{\"a\": null, \"b\": 0}");
    assertThat(n.at("a").present()).isFalse();
    assertThat(n.at("zz").present()).isFalse();
    assertThat(n.at("b").present()).isTrue();
    assertThat(Node.root(null).present()).isFalse();
  }

  @Test
  void rateAcceptsDecimalsAndPercentStrings() {
    assertThat(value("0.055").rate()).isEqualTo(0.055);
    assertThat(value("\"5.5%\"").rate()).isCloseTo(0.055, within(1e-15));
    assertThat(value("\"5.5 %\"").rate()).isCloseTo(0.055, within(1e-15));
  }

  @Test
  void rateRejectsWordsWithExpectedAndFound() {
    assertThatThrownBy(() -> value("\"five\"").rate())
        .isInstanceOf(DealException.class)
        .hasMessage("v: expected a rate such as 0.055 or \"5.5%\", found \"five\"");
  }

  @Test
  void rateRangeIsChecked() {
    assertThatThrownBy(() -> value("1.5").rate(0, 1))
        .hasMessage("v: expected a rate between 0% and 100%, found 1.5");
    assertThatThrownBy(() -> value("11").rate())
        .hasMessageContaining("between -1000% and 1000%");
  }

  @Test
  void amountsAreNumbersOnly() {
    assertThat(value("1200000").amount()).isEqualTo(1_200_000);
    assertThat(value("-5").amount()).isEqualTo(-5);
    assertThatThrownBy(() -> value("\"1 200 000\"").amount())
        .hasMessage("v: expected an amount in currency units such as 1200000, found \"1 200 000\"");
    assertThatThrownBy(() -> value("1e16").amount()).hasMessageContaining("at most 10^15");
    assertThatThrownBy(() -> value("-5").nonNegativeAmount())
        .hasMessage("v: expected an amount of zero or more, found -5");
  }

  @Test
  void multiples() {
    assertThat(value("7.5").multiple()).isEqualTo(7.5);
    assertThat(value("\"7.5x\"").multiple()).isEqualTo(7.5);
    assertThatThrownBy(() -> value("\"seven\"").multiple())
        .hasMessage("v: expected a multiple such as 7.5 or \"7.5x\", found \"seven\"");
  }

  @Test
  void integersMustBeWhole() {
    assertThat(value("2030").integer(2000, 2100)).isEqualTo(2030);
    assertThat(value("2030.0").integer(2000, 2100)).isEqualTo(2030);
    assertThatThrownBy(() -> value("2030.5").integer(2000, 2100))
        .hasMessage("v: expected a whole number between 2000 and 2100, found 2030.5");
    assertThatThrownBy(() -> value("\"2030\"").integer(2000, 2100))
        .hasMessageContaining("found \"2030\"");
  }

  @Test
  void booleansAreTrueOrFalseOnly() {
    assertThat(value("true").bool()).isTrue();
    assertThat(root("{}").at("v").bool(true)).isTrue();
    assertThatThrownBy(() -> value("\"yes\"").bool())
        .hasMessage("v: expected true or false, found \"yes\"");
    assertThatThrownBy(() -> value("1").bool()).hasMessage("v: expected true or false, found 1");
  }

  @Test
  void choices() {
    assertThat(value("\"opening\"").choice("average", "average", "opening")).isEqualTo("opening");
    assertThat(root("{}").at("v").choice("average", "average", "opening")).isEqualTo("average");
    assertThatThrownBy(() -> value("\"Opening\"").choice("average", "average", "opening"))
        .hasMessage("v: expected one of `average`, `opening`, found \"Opening\"");
  }

  @Test
  void unknownKeysAreRejectedAtTheirOwnPath() {
    assertThatThrownBy(() -> value("{\"nmae\": 1}").mapping("name", "holder"))
        .isInstanceOf(DealException.class)
        .hasMessage("v.nmae: unknown key `nmae`: did you mean `name`?")
        .extracting(e -> ((DealException) e).path())
        .isEqualTo("v.nmae");
  }

  @Test
  void mappingExpected() {
    assertThatThrownBy(() -> value("[1, 2]").mapping("a"))
        .hasMessage("v: expected a mapping of keys (a), found a list of 2 item(s)");
  }

  @Test
  void oneOfNeedsExactlyOne() {
    assertThat(value("{\"b\": 1}").oneOf("a", "b")).isEqualTo("b");
    assertThatThrownBy(() -> value("{\"a\": 1, \"b\": 2}").oneOf("a", "b"))
        .hasMessage("v: give only one of `a`, `b`, found both `a` and `b`");
    assertThatThrownBy(() -> value("{}").oneOf("a", "b"))
        .hasMessage("v: expected one of `a`, `b`, found an empty mapping");
  }

  @Test
  void textAcceptsNumbersAsWritten() {
    assertThat(value("\"Décolletage\"").text()).isEqualTo("Décolletage");
    assertThat(value("42").text()).isEqualTo("42");
    assertThatThrownBy(() -> value("\"  \"").requiredText())
        .hasMessage("v: expected a non-empty text, found \"  \"");
    assertThatThrownBy(() -> root("{}").at("v").requiredText())
        .hasMessage("v: expected a text, found nothing (the key is missing)");
  }

  @Test
  void foundDescribesEveryKindOfValue() {
    assertThat(value("null").found()).isEqualTo("an empty value");
    assertThat(value("[]").found()).isEqualTo("an empty list");
    assertThat(value("{}").found()).isEqualTo("an empty mapping");
    assertThat(value("{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5}").found())
        .isEqualTo("a mapping with keys a, b, c, d, ...");
    assertThat(value("true").found()).isEqualTo("true");
    assertThat(value("\"" + "x".repeat(100) + "\"").found()).hasSize(65);
  }

  @Test
  void itemsOrSelf() {
    assertThat(value("1").itemsOrSelf("a rate")).hasSize(1);
    assertThat(value("[1, 2]").itemsOrSelf("a rate")).hasSize(2);
    assertThatThrownBy(() -> value("[]").itemsOrSelf("a rate"))
        .hasMessage("v: expected a rate, found an empty list");
  }
}
