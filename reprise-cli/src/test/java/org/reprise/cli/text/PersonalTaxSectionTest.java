package org.reprise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reprise.engine.ExitGainsTax;
import org.reprise.engine.LboEngine;
import org.reprise.io.DealReader;
import org.reprise.model.Deal;

/**
 * The individuals' tax on their exit gains in {@code reprise run} (docs/methodology.md §8.4):
 * only with a {@code personalTax} section, a block after the returns per instrument and one
 * sentence at the end of "Who pays", nothing else moving, in English and French.
 */
class PersonalTaxSectionTest {

  private static final Path FACTORY = Path.of("..", "examples", "decolletage-secondary-lbo.yaml");

  private static String render(Lang lang, Deal deal) {
    return new TextReport(lang).render(deal, LboEngine.DEFAULT.run(deal));
  }

  /**
   * The factory with the managers holding 35 % of the ordinary shares (the fund 65 %) for the
   * same 420.0 k€, a management package taxed at 45 % + 10 %.
   */
  private static Deal managers35() throws Exception {
    // the example's managers' shares are a package, taxed at 41 % + 10 % (its personalTax)
    String yaml = Files.readString(FACTORY, StandardCharsets.UTF_8)
        .replace("ownership: \"85%\"", "ownership: \"65%\"")
        .replace("ownership: \"15%\"", "ownership: \"35%\"")
        .replace("salaryRate: \"41%\"", "salaryRate: \"45%\"");
    assertThat(yaml).contains("managementPackage: true").contains("salaryRate: \"45%\"")
        .contains("ownership: \"35%\"");
    return DealReader.parse(yaml, "factory.yaml");
  }

  @Test
  void theBlockAndTheSentenceAreAddedAndNothingElseMoves() throws Exception {
    Deal taxed = managers35();
    Deal plain = taxed.withPersonalTax(null);
    for (Lang lang : Lang.values()) {
      Labels text = new Labels(lang);
      String without = render(lang, plain);
      String with = render(lang, taxed);
      assertThat(without).doesNotContain(text.get("ptax.title"));
      String block = "\n" + text.get("ptax.title") + "\n\n"
          + new PersonalTaxSection(new Numbers(lang), text, AmountUnit.THOUSANDS)
              .render(ExitGainsTax.of(taxed, LboEngine.DEFAULT.run(taxed)));
      assertThat(with).contains(block);
      String bridge = "\n" + text.get("bridge.title");
      assertThat(with.indexOf(block) + block.length()).isEqualTo(with.indexOf(bridge));
      String rest = with.replace(block, "");
      int sentence = rest.indexOf(text.format("who.exitTax", "XX").substring(0, 20));
      assertThat(sentence).isPositive();
      int end = rest.indexOf("\n\n", sentence);
      assertThat(rest.substring(0, sentence) + rest.substring(end + 1)).isEqualTo(without);
    }
  }

  /**
   * The managers' 420.0 k€ bring back 2,658.4 k€, a gain of 2,238.4 k€. The whole equity: 14,069.0
   * k€ in, 23,489.7 k€ out, 1.6696×; ceiling 420.0 × (3 × 1.6696 − 1) = 1,683.7 k€ of capital
   * gain, 2,238.4 − 1,683.7 = 554.7 k€ of salary. Tax 1,683.7 × 31.4 % = 528.7 and 554.7 × (45 %
   * + 10 %) = 305.1, 833.8 k€ in all; the managers keep 1,404.6 k€ of gain (4.34×).
   */
  @Test
  void theFactorysManagersInEnglishAndFrench() throws Exception {
    Deal deal = managers35();
    String en = render(Lang.EN, deal).replace('\u00a0', ' ');
    assertThat(en).contains("PERSONAL TAX ON THE EXIT GAINS",
        "Management ordinary shares  2,238.4     1,683.7          1,683.7      554.7  -833.8"
            + "      1,404.6    34.1%         4.34×",
        "the whole equity's multiple, 1.67×,",
        // the plain words' own money format
        "At the exit the State also takes €834,000 of tax");
    assertThat(en.replace('\n', ' ')).contains("The State takes 833.8 k€ of the individuals' exit"
        + " gains: 528.7 k€ of flat tax on the capital gains and dividends, 305.1 k€ of income tax");
    String fr = render(Lang.FR, deal).replace('\u00a0', ' ');
    assertThat(fr).contains("IMPOSITION PERSONNELLE DES GAINS DE SORTIE",
        "L'État prélève 833,8 k€ sur les gains de sortie des personnes physiques : 528,7 k€ de",
        "le prélèvement forfaitaire, 31,4 %, sur une plus-value",
        "À la sortie, l'État prélève en plus 834 000 €");
  }

  /**
   * In {@code reprise compare}, a row gives the State's take in the scenario that asks for it, a
   * dash in the others; without the section, no row.
   */
  @Test
  void compareGivesTheStatesTakeWhereTheScenarioAsks() throws Exception {
    String yaml = Files.readString(Path.of("..", "examples", "decolletage-scenarios.yaml"),
        StandardCharsets.UTF_8);
    String fundLbo = "    kind: fund-lbo                   # the top-level deal as it is\n";
    for (Lang lang : Lang.values()) {
      String label = new Labels(lang).format("cmp.exitTax", "k€");
      assertThat(compare(lang, yaml)).doesNotContain(label);
      String with = compare(lang, yaml.replace(fundLbo,
          fundLbo + "    personalTax: {holders: [management]}\n"));
      String row = with.lines().filter(l -> l.startsWith(label)).findFirst().orElseThrow();
      // the fund LBO's managers: 420.0 k€ in, a capital gain taxed at 31.4 %; the other four
      // scenarios have no section (or are not sold)
      org.reprise.model.Deal fund = org.reprise.io.ScenarioReader.parse(yaml.replace(fundLbo,
          fundLbo + "    personalTax: {holders: [management]}\n"), "x.yaml").get(1).deal();
      double take = ExitGainsTax.of(fund, LboEngine.DEFAULT.run(fund)).totalTax();
      assertThat(row).contains(new Numbers(lang).amount(take, AmountUnit.THOUSANDS));
      assertThat(row.chars().filter(ch -> ch == '–').count()).isEqualTo(4);
    }
  }

  private static String compare(Lang lang, String yaml) {
    java.util.List<org.reprise.io.result.ScenarioSummary> list = new java.util.ArrayList<>();
    for (org.reprise.io.Scenario s : org.reprise.io.ScenarioReader.parse(yaml, "x.yaml")) {
      list.add(org.reprise.io.result.ScenarioSummary.of(s.name(), s.kind(), s.deal(),
          LboEngine.DEFAULT.run(s.deal())));
    }
    return new CompareReport(lang).render("Factory", list);
  }

  /** Held one year the whole gain of the package is salary, and the text says why. */
  @Test
  void heldOneYearTheTextSaysTheGainIsSalary() throws Exception {
    Deal deal = managers35();
    ExitGainsTax t = ExitGainsTax.of(deal.personalTax(),
        LboEngine.DEFAULT.run(deal).equityReturns().instruments(), 1);
    String block = new PersonalTaxSection(new Numbers(Lang.EN), new Labels(Lang.EN),
        AmountUnit.THOUSANDS).render(t);
    assertThat(block).contains("Held 1 year, less than the two years the law asks");
    assertThat(t.classes().get(0).capitalGain()).isZero();
  }
}
