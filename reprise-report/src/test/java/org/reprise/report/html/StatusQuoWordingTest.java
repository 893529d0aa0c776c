package org.reprise.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprise.io.Scenario;
import org.reprise.io.ScenarioReader;

/**
 * Review 26, M7: the works-council report wrote the status quo up as a buyout ("the buyer's plan",
 * "the buyers put in 36.8 M€", "questions to put to the buyer", "fees of 0 € are paid at
 * closing", "the buyer pays 37.8 M€"), and its payout, the file's assumption on which every
 * comparison rests, was not stated. The status quo's sections now say what it is, in EN and FR;
 * the buyouts' keep their wording.
 */
class StatusQuoWordingTest {

  private static final List<Scenario> SCENARIOS =
      ScenarioReader.read(ReportFixtures.EXAMPLES.resolve("decolletage-scenarios.yaml"));

  /** @return the text of the report's part about scenario {@code n} (1 = the status quo) */
  private static String scenario(Lang lang, int n) {
    String text = HtmlReport.render(SCENARIOS, new ReportOptions(lang,
            ReportOptions.Audience.WORKS_COUNCIL, null))
        .replaceAll("</?t[dhr][^>]*>", " ").replaceAll("<[^>]+>", "")
        .replace("&#39;", "'").replace('\u00A0', ' ').replace('\u202F', ' ')
        .replaceAll("\\s+", " ");
    String word = lang == Lang.FR ? "Scénario " : "Scenario ";
    String colon = lang == Lang.FR ? " :" : ":";
    // the table of contents names every scenario first: the part starts at the second mention
    int start = text.indexOf(word + n + colon, text.indexOf(word + n + colon) + 1);
    int end = text.indexOf(word + (n + 1) + colon, start);
    assertThat(start).isPositive();
    return text.substring(start, end < 0 ? text.length() : end);
  }

  @Test
  void theStatusQuoIsNotWrittenUpAsABuyout() {
    String fr = scenario(Lang.FR, 1);
    assertThat(fr).contains("La situation sans rachat, en clair",
        "Les actionnaires actuels gardent leurs actions, qui valent 36,8 M€",
        "la dette existante de l'entreprise, 3,0 M€, reste en place",
        // 50 % of the cash left, except in a year below a cover of 1: 12.7 M€ over the 7 years
        "prélèvent en dividendes 50,0 % de la trésorerie restant après le service de la dette"
            + " (statusQuo.payout), sauf une année dont la couverture du service de la dette est"
            + " inférieure à 1,00×",
        "soit 12,4 M€ sur 2026–2032",
        "Questions à poser à l'employeur et aux actionnaires actuels",
        "quelle marge garde-t-elle pour investir une telle année ?",
        "accroît la valeur des actions de ceux qui les gardent : actionnaires actuels (4,4 M€)",
        "Ce que l'entreprise verse à ses prêteurs et à ses actionnaires",
        "Personne n'achète l'entreprise : sa valeur de référence est 37,8 M€")
        .doesNotContain("Le plan de l'acheteur", "Les acheteurs apportent",
            "Questions à poser à l'acheteur", "l'acheteur garde", "Des frais de",
            "L'acheteur paie", "à la revente :", "Qui paie le rachat");
    String en = scenario(Lang.EN, 1);
    assertThat(en).contains("The situation without a buyout, in plain words",
        "The current owners keep their shares, worth 36.8 M€",
        "Questions to put to the employer and the current owners",
        "except in a year whose debt service cover is below 1.00×",
        "Nobody buys the company: its reference value is 37.8 M€")
        .doesNotContain("The buyer's plan", "The buyers put in", "Questions to put to the buyer",
            "Fees of", "The buyer pays");
    // the fund's buyout keeps the buyer's words
    assertThat(scenario(Lang.FR, 2)).contains("Le plan de l'acheteur en clair",
        "Questions à poser à l'acheteur", "Qui paie le rachat", "L'acheteur paie 37,8 M€",
        "revient aux détenteurs des actions à la revente");
  }
}
