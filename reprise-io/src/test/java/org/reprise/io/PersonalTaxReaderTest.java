package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reprise.engine.DealResult;
import org.reprise.engine.ExitGainsTax;
import org.reprise.engine.InstrumentReturn;
import org.reprise.engine.LboEngine;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.PersonalTax;

/** The {@code personalTax} section and the {@code managementPackage} flag (methodology §8.4). */
class PersonalTaxReaderTest {

  /** The fund's balancing class and the managers' package of 10. */
  private static final String MANAGERS = "[{name: Fund, holder: fund, amount: balance},"
      + " {name: M, holder: management, amount: 10, managementPackage: true},"
      + " {name: E, holder: employees, amount: 5}]";

  private static ObjectNode deal(String personalTax) {
    ObjectNode tree = TestDeals.with("financing.equity", MANAGERS);
    return personalTax == null ? tree : TestDeals.with(tree, "personalTax", personalTax);
  }

  private static String failure(ObjectNode tree) {
    try {
      TestDeals.read(tree);
    } catch (DealException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error");
  }

  @Test
  void noSectionNoTaxAndTheDefaultsAreTheLaws() {
    assertThat(TestDeals.read(TestDeals.minimal()).personalTax()).isNull();
    PersonalTax t = TestDeals.read(deal("{holders: [management, employees], salaryRate: 41%}"))
        .personalTax();
    assertThat(t.holders()).containsExactly("management", "employees");
    assertThat(t.managementPackages()).containsExactly("M");
    // 12.8 % of income tax (CGI art. 200 A) + 18.6 % of social levies (LFSS 2026)
    assertThat(t.capitalGainsRate()).isCloseTo(0.314, within(1e-15));
    assertThat(t.salaryRate()).isEqualTo(0.41);
    assertThat(t.salaryContribution()).isEqualTo(0.10);
  }

  @Test
  void everyKeyIsReadAndAHolderMayBeOneWord() {
    PersonalTax t = TestDeals.read(deal("{holders: management, capitalGainsRate: 30%,"
        + " salaryRate: 0.3, salaryContribution: 0}")).personalTax();
    assertThat(t).isEqualTo(new PersonalTax(List.of("management"), List.of("M"), 0.30, 0.3, 0.0));
    // without a management package the salary rate is not needed
    PersonalTax e = TestDeals.read(TestDeals.with(deal("{holders: [employees]}"),
        "financing.equity[1].managementPackage", "false")).personalTax();
    assertThat(e.managementPackages()).isEmpty();
    assertThat(e.salaryRate()).isNaN();
  }

  @Test
  void errorsNameTheKeyAndSayWhatIsExpected() {
    assertThat(failure(deal(null))).isEqualTo("financing.equity[1].managementPackage: a"
        + " management package is taxed by the `personalTax` section, which the file does not"
        + " have: add it, with the holders who are individuals and their `salaryRate`, or remove"
        + " the key");
    assertThat(failure(deal("{holders: [management]}"))).isEqualTo("personalTax.salaryRate:"
        + " required when a class is a management package (financing.equity[1].managementPackage):"
        + " the holders' marginal income-tax rate on the part of the gain taxed as salary, such"
        + " as \"45%\" (the top bracket); no default, it depends on each holder's income");
    assertThat(failure(deal("{salaryRate: 45%}"))).startsWith("personalTax.holders: expected"
        + " the list of the equity holders who are individuals");
    assertThat(failure(deal("{holders: [fund], salaryRate: 45%}")))
        .startsWith("personalTax.holders[0]: the fund is not taxed here");
    assertThat(failure(deal("{holders: [boss], salaryRate: 45%}"))).isEqualTo(
        "personalTax.holders[0]: no class of `financing.equity` is held by \"boss\" (the holders"
            + " are `fund`, `management`, `employees`)");
    assertThat(failure(deal("{holders: [employees], salaryRate: 45%}"))).isEqualTo(
        "financing.equity[1].managementPackage: a management package is held by individuals,"
            + " but \"management\" is not in `personalTax.holders` (`employees`): add it there");
    assertThat(failure(deal("{holders: [management], salaryRate: 50%}")))
        .startsWith("personalTax.salaryRate: expected a rate between 0% and 49%");
    assertThat(failure(TestDeals.with(deal("{holders: [management], salaryRate: 45%}"),
        "financing.equity[1].type", "shareholder-loan")))
        .startsWith("financing.equity[1].managementPackage: a shareholder loan is not a"
            + " management package");
    assertThat(failure(TestDeals.with(deal("{holders: [management], salaryRate: 45%}"),
        "exit.sale", "false"))).startsWith("personalTax: the company is not sold at the exit");
    assertThat(failure(TestDeals.with(deal("{holders: [management], salaryRate: 45%}"),
        "financing.equity[1].managementPackage", "sometimes")))
        .startsWith("financing.equity[1].managementPackage: expected");
    assertThat(failure(deal("{holders: [management], salaryRate: 45%, rate: 1}")))
        .startsWith("personalTax.rate:");
    // each has its French
    assertThat(MessagesFr.translate("no class of `financing.equity` is held by \"boss\" (the"
        + " holders are `fund`, `management`)")).isEqualTo("aucune catégorie de"
            + " `financing.equity` n'est détenue par \"boss\" (les actionnaires sont `fund`,"
            + " `management`)");
  }

  /**
   * Without the section every figure of the run is the same: the section changes no number of
   * the engine, it only adds the tax.
   */
  @Test
  void theSectionMovesNoFigureOfTheRun() throws IOException {
    String yaml = secondary();
    Deal plain = DealReader.parse(withoutPersonalTax(yaml), "x.yaml");
    Deal taxed = DealReader.parse(yaml, "x.yaml");
    assertThat(plain.personalTax()).isNull();
    assertThat(taxed.personalTax()).isNotNull();
    DealResult a = LboEngine.DEFAULT.run(plain);
    DealResult b = LboEngine.DEFAULT.run(taxed);
    assertThat(ExitGainsTax.of(plain, a)).isNull();
    for (int k = 0; k < a.equityReturns().instruments().size(); k++) {
      assertThat(b.equityReturns().instruments().get(k).flows())
          .containsExactly(a.equityReturns().instruments().get(k).flows());
    }
  }

  /**
   * The secondary buyout of the example with its managers' shares a management package: the
   * ceiling is the managers' price × (3 × the whole equity's multiple − 1), and the parts and
   * taxes follow (the arithmetic is ExitGainsTaxTest's; here the figures come from the run).
   */
  @Test
  void theExamplesManagersPackageThroughTheRun() throws IOException {
    Deal deal = DealReader.parse(withPackage(secondary()), "x.yaml");
    DealResult r = LboEngine.DEFAULT.run(deal);
    ExitGainsTax t = ExitGainsTax.of(deal, r);
    assertThat(t.classes()).extracting(ExitGainsTax.ClassTax::name)
        .containsExactly("Management ordinary shares");
    InstrumentReturn m = r.equityReturns().instrument("Management ordinary shares");
    double ratio = r.equityReturns().blended().moic();
    assertThat(t.performanceRatio()).isCloseTo(ratio, within(1e-12));
    ExitGainsTax.ClassTax c = t.classes().get(0);
    assertThat(c.invested()).isEqualTo(m.invested());
    assertThat(c.ceiling()).isCloseTo(m.invested() * (3 * ratio - 1), within(1e-6));
    double gain = m.proceeds() - m.invested();
    assertThat(c.capitalGain()).isCloseTo(Math.min(gain, c.ceiling()), within(1e-6));
    assertThat(c.salary()).isCloseTo(gain - c.capitalGain(), within(1e-6));
    assertThat(c.tax()).isCloseTo(c.capitalGain() * 0.314 + c.salary() * 0.55, within(1e-6));
    assertThat(t.totalTax()).isEqualTo(c.tax());
  }

  static String secondary() throws IOException {
    return Files.readString(Path.of("..", "examples", "decolletage-secondary-lbo.yaml"),
        StandardCharsets.UTF_8);
  }

  /**
   * The example with its managers' shares a management package taxed at 45 % + 10 % (the example
   * itself says 41 %).
   */
  static String withPackage(String yaml) {
    String out = yaml.replace("salaryRate: \"41%\"", "salaryRate: \"45%\"");
    assertThat(out).contains("managementPackage: true").contains("salaryRate: \"45%\"");
    return out;
  }

  /** The example without its personal tax: no {@code personalTax} section, no package flag. */
  static String withoutPersonalTax(String yaml) {
    int from = yaml.indexOf("\npersonalTax:");
    int to = yaml.indexOf("\n\n", from);
    String out = (yaml.substring(0, from) + yaml.substring(to))
        .replaceAll("\n *managementPackage: true[^\n]*\n(?: {20,}#[^\n]*\n)*", "\n");
    assertThat(out).doesNotContain("personalTax").doesNotContain("managementPackage");
    return out;
  }

  /**
   * The example as shipped: its managers' ordinary shares are a management package at 41 % + 10 %;
   * their gain, 1,139.3 − 420.0 = 719.3 k€, is under the ceiling 420.0 × (3 × 1.6696 − 1) =
   * 1,683.7 k€, so all of it is a capital gain: 719.3 × 31.4 % = 225.9 k€ of tax, no salary part.
   * The French file gives the same figures (its holder "dirigeants").
   */
  @ParameterizedTest
  @CsvSource({"decolletage-secondary-lbo.yaml, management", "fr/decolletage-lbo-secondaire.yaml,"
      + " dirigeants"})
  void theExampleTaxesItsManagersPackage(String file, String holder) throws IOException {
    Deal deal = DealReader.parse(Files.readString(Path.of("..", "examples", file),
        StandardCharsets.UTF_8), file);
    assertThat(deal.personalTax().holders()).containsExactly(holder);
    assertThat(deal.personalTax().salaryRate()).isEqualTo(0.41);
    ExitGainsTax t = ExitGainsTax.of(deal, LboEngine.DEFAULT.run(deal));
    assertThat(t.classes()).hasSize(1);
    ExitGainsTax.ClassTax c = t.classes().get(0);
    assertThat(c.managementPackage()).isTrue();
    assertThat(c.gain()).isCloseTo(719_329.5, within(0.1));
    assertThat(c.ceiling()).isCloseTo(1_683_700.6, within(0.1));
    assertThat(c.capitalGain()).isEqualTo(c.gain());
    assertThat(c.salary()).isZero();
    assertThat(c.tax()).isCloseTo(c.gain() * 0.314, within(1e-6));
    assertThat(t.totalTax()).isCloseTo(225_869.5, within(0.1));
  }
}
