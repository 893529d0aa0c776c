package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompareCommandTest {

  private static final JsonMapper STRICT =
      JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  @TempDir Path dir;

  /** The IRRs' dating and gross basis are said under the table, as run says them (review 27). */
  /**
   * The employees' share of the value added against the status quo, on the operating company's
   * value added in every scenario (review 26, M4). The Fund LBO's group value added is its
   * company's less the holding's costs, 7 × 150,000 = 1,050,000; the company's is the status
   * quo's 117,892,051 (the same operations). The employees get 75,881,254 against 75,687,477:
   * 64.365 % against 64.201 % of the company's value added, +0.16 point (on the group's,
   * 64.943 %, the gap would read +0.74 point, three quarters of it the smaller denominator).
   */
  /**
   * A scenario bought at another price than the status quo's reference says so, with the part of
   * its equity gain that the change of multiple makes (review 26, M6), from the scenarios' own
   * figures: the Employee LBO pays 6 × 5.4 M€ = 32.4 M€ against 7 × 5.4 M€ = 37.8 M€, 5.4 M€ less,
   * and the value bridge puts 6,400,095 of its gain on the sale at 7× of what it bought at 6×; the
   * SCOPs' 6,550,095 stays in the cooperative's reserves; the Fund LBO pays the same price at the
   * same multiples and gets neither sentence.
   */
  /**
   * Each scenario's own terms are printed (review 26, M5): the scenarios file's Fund LBO runs seven
   * years with a DSCR covenant of 1.10×, which a deal of the same company run on its own (the
   * secondary LBO: five years, 1.00×) does not; the rows are the file's levels, first year → last.
   * Every scenario pays the same 2025 reserve as the secondary LBO, 430,000, so the base year's
   * reserve has no row and the note says they share it.
   */
  @Test
  void eachScenariosCovenantsArePrintedAndTheSharedReserveIsSaid() {
    String en = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    assertThat(en).containsPattern("Covenant: net debt / EBITDA at most +– +5\\.50× → 3\\.50× +"
            + "5\\.00× → 3\\.00× +5\\.50× → 3\\.50× +5\\.50× → 3\\.50×\n")
        .containsPattern("Covenant: DSCR at least +– +1\\.10× +– +– +–\n")
        .doesNotContain("Participation: base year's reserve")
        .contains("Years and covenants (first year → last) are each scenario's own")
        .contains("Every scenario owes the same\nparticipation reserve of the base year");
    String fr = Cli.run("compare", Cli.SCENARIOS_FR.toString(), "--lang", "fr").out();
    assertThat(fr).doesNotContain("Participation\u00a0: réserve de l'année de base")
        .contains("Chaque scénario doit la même réserve de participation de l'année de base");
    // a single deal keeps the row, which gives its reserve, and the note that names it
    assertThat(Cli.run("compare", Cli.SECONDARY_LBO.toString()).out())
        .containsPattern("Participation: base year's reserve, paid in year 1 \\(k€\\) +430\\.0\\n")
        .contains("Years, covenants (first year → last) and base year's reserve are each"
            + " scenario's own");
    // the secondary LBO on its own: 1.00× and a reserve of 430,000 paid in 2026
    String run = Cli.run("run", Cli.SECONDARY_LBO.toString()).out();
    assertThat(run).containsPattern("Covenant: DSCR at least +1\\.00× +1\\.00×");
  }

  /**
   * A scenario that leaves the base year's reserve out (0) while the others pay 430,000 has a
   * first year lighter by it: the row gives each scenario's reserve and the note names it among
   * each scenario's own terms (review 26, M5); so does a file where every scenario leaves it at 0.
   */
  @ParameterizedTest
  @CsvSource({"Fund LBO, 430.0 +0.0 +430.0 +430.0 +430.0", ", 0.0 +0.0 +0.0 +0.0 +0.0"})
  void theReserveRowIsPrintedWhenAScenarioLeavesItOut(String scenario, String row,
      @TempDir Path dir) throws IOException {
    String yaml = Files.readString(Cli.SCENARIOS, StandardCharsets.UTF_8);
    String reserve = "\n  baseYearReserve: 430000 ";
    assertThat(yaml).contains(reserve);
    if (scenario == null) {
      yaml = yaml.replace(reserve, "\n  baseYearReserve: 0 ");
    } else {
      String name = "  - name: \"" + scenario + "\"\n";
      assertThat(yaml).contains(name);
      yaml = yaml.replace(name, name + "    participation: {baseYearReserve: 0}\n");
    }
    Path file = dir.resolve("scenarios.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    String en = Cli.run("compare", file.toString()).out();
    assertThat(en).containsPattern("Participation: base year's reserve, paid in year 1 \\(k€\\) +"
            + row.replace(".", "\\.") + "\n")
        .contains("Years, covenants (first year → last) and base year's reserve are each"
            + " scenario's own")
        .doesNotContain("Every scenario owes the same");
  }

  @Test
  void aScenarioBoughtCheaperSaysSoWithItsChangeOfMultiple() throws IOException {
    JsonNode json = STRICT.readTree(Cli.run("compare", Cli.SCENARIOS.toString(), "--json").out());
    JsonNode quo = json.get("scenarios").get(0);
    JsonNode employees = json.get("scenarios").get(2);
    assertThat(quo.get("pricePaid").asDouble() - employees.get("pricePaid").asDouble())
        .isEqualTo(5_400_000.0);
    assertThat(employees.get("valueBridge").get("multipleChange").asDouble())
        .isCloseTo(6_400_095.0, within(1.0));
    String en = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    String plain = en.substring(en.indexOf("In plain words:")).replace("\n", " ");
    String fund = plain.substring(plain.indexOf("“Fund LBO”"), plain.indexOf("“Employee LBO”"));
    assertThat(fund).doesNotContain("cheaper", "reference price", "of its equity gain");
    assertThat(plain).contains("“Employee LBO” takes €279 less per employee per year out of the"
            + " company for its lenders and shareholders; it still owes €13.9m at the end of the"
            + " plan, all of it due in 2033 (5.3 years of its 2032 free cash flow), which the"
            + " figures of these years do not count. It buys the company €5.4m cheaper than"
            + " the status quo's reference price (6.00× EBITDA instead of 7.00×). €6.4m of its"
            + " equity gain comes from the assumption that the company is worth 7.00× EBITDA at"
            + " the end of the plan, against a purchase at 6.00×.",
        "€6.6m of the equity gain, which stays in the cooperative's reserves, comes from");
    String fr = Cli.run("compare", Cli.SCENARIOS.toString(), "--lang", "fr").out()
        .replace("\n", " ");
    assertThat(fr).contains("Il achète l'entreprise 5,4\u00a0M€ moins cher que le prix de référence"
        + " du statu quo (6,00× l'EBE au lieu de 7,00×). 6,4\u00a0M€ du gain de ses fonds propres"
        + " viennent de l'hypothèse d'une valeur de 7,00× l'EBE en fin de plan, contre un achat à"
        + " 6,00×.");
  }

  @Test
  void theEmployeesShareIsComparedOnTheCompanysValueAdded() throws IOException {
    JsonNode json = STRICT.readTree(Cli.run("compare", Cli.SCENARIOS.toString(), "--json").out());
    JsonNode quo = json.get("scenarios").get(0).get("valueAdded");
    JsonNode fund = json.get("scenarios").get(1).get("valueAdded");
    double company = fund.get("total").asDouble() + 7 * 150_000.0;
    assertThat(company).isCloseTo(quo.get("total").asDouble(), within(1e-6));
    double fundShare = fund.get("shares").get("employees").asDouble() / company;
    double quoShare = quo.get("shares").get("employees").asDouble() / quo.get("total").asDouble();
    assertThat(fundShare).isCloseTo(0.64284, within(5e-6));
    assertThat(quoShare).isCloseTo(0.64119, within(5e-6));
    assertThat(fund.get("shareOfTotal").get("employees").asDouble()).isCloseTo(0.64862,
        within(5e-6));
    // the plain words on one line: where they wrap moves with the sentences before them
    String en = Cli.run("compare", Cli.SCENARIOS.toString()).out().replace('\n', ' ');
    assertThat(en).containsPattern("employees' share of the company's value added +– +\\+0\\.2"
            + " pts +\\+0\\.1 pts +\\+4\\.0 pts +\\+2\\.8 pts")
        .contains("The employees receive 64.3% of the company's value added, against 64.1% in"
            + " the status quo.")
        .contains("The employees' share against the status quo is measured on the operating"
            + " company's value added");
    String fr = Cli.run("compare", Cli.SCENARIOS.toString(), "--lang", "fr").out()
        .replace('\n', ' ');
    // French takes the plural from 2: "+0,2 point", "+3,9 points" (review 26, F3)
    assertThat(fr).containsPattern("part des salariés dans la valeur ajoutée de l'entreprise +– +"
            + "\\+0,2 point +\\+0,1 point +\\+4,0 points +\\+2,8 points")
        .contains("Les salariés y reçoivent 64,3\u00a0% de la valeur ajoutée de l'entreprise,")
        .doesNotContain("pts");
  }

  @Test
  void saysHowTheIrrsAreDated() {
    Cli.Result r = Cli.run("compare", Cli.SCENARIOS.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("IRR: the annual rate of the party's flows, each dated on a 31"
        + " December (the flows at the entry on\n31 December 2025");
    assertThat(Cli.run("compare", Cli.SCENARIOS.toString(), "--lang", "fr").out())
        .contains("TRI\u00a0: taux annuel des flux de la partie");
  }

  /**
   * Blocked participation accounts the company owes at the closing come off the price of the
   * shares of the scenario that gives them (methodology §3): the table shows them, and a note says
   * that the scenarios without them are priced as if the company owed nothing (review 28, 12).
   * Both SCOPs' five vintages: 250 + 260 + 270 + 280 + 290 = 1,350.0 k€.
   */
  @Test
  void showsTheBlockedAccountsTakenOverAtTheClosing() throws IOException {
    String yaml = Files.readString(Cli.SCENARIOS, StandardCharsets.UTF_8);
    String from = "      blockedAccounts: {years: 5, rate: \"3.37%\"}";
    assertThat(yaml.split(java.util.regex.Pattern.quote(from), -1)).hasSize(3);
    Path file = dir.resolve("open.yaml");
    Files.writeString(file, yaml.replace(from, "      blockedAccounts: {years: 5, rate: \"3.37%\","
        + " opening: [250000, 260000, 270000, 280000, 290000]}"), StandardCharsets.UTF_8);
    String out = Cli.run("compare", file.toString()).out();
    assertThat(out).containsPattern("Employees' blocked accounts taken over at closing \\(k€\\)"
        + "\\s+–\\s+0\\.0\\s+0\\.0\\s+1,350\\.0\\s+1,350\\.0\\n");
    assertThat(out).contains("The scenarios differ\nhere: those with none are priced as if the"
        + " company owed its employees nothing.");
    String fr = Cli.run("compare", file.toString(), "--lang", "fr").out();
    assertThat(fr).containsPattern("Comptes bloqués des salariés repris à l'entrée \\(k€\\)"
        + "\\s+–\\s+0,0\\s+0,0\\s+1\\s350,0\\s+1\\s350,0\\n");
    // the bundled file gives none: no row, no note
    String plain = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    assertThat(plain).doesNotContain("taken over at closing").doesNotContain("Blocked accounts");
  }

  @Test
  void showsTheScenariosSideBySide() {
    Cli.Result r = Cli.run("compare", Cli.SCENARIOS.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    String out = r.out();
    // one column per scenario, in file order
    assertThat(out).containsPattern(
        "Status quo\\s+Fund LBO\\s+Employee LBO\\s+SCOP\\s+SCOP d'amorçage\\n");
    assertThat(out).contains(
        "Price paid (entry EV, k€)",
        "Debt at closing (k€)",
        "Owners at the end",
        "Value added, cumulated (k€)",
        "Participation per employee per year (€)",
        "Cash paid to lenders and shareholders (a SCOP's members), cumulated (k€)",
        "% of personnel costs",
        "% of EBITDA",
        "Returns per party (IRR / multiple)",
        "Lowest covenant headroom (year)",
        "Payment default",
        "captured by fund",
        "Compared with Status quo:");
    assertThat(out).containsPattern("Price paid \\(entry EV, k€\\)\\s+37,800\\.0\\s+37,800\\.0"
        + "\\s+32,400\\.0\\s+32,400\\.0\\s+32,400\\.0");
    assertThat(out).containsPattern("Kind\\s+status quo\\s+fund LBO\\s+employee LBO\\s+SCOP\\s+SCOP");
    // sentences compare with the status quo, and only there
    assertThat(out).contains("Compared with the status quo, the scenario “Fund LBO” takes €");
  }

  /**
   * A plan that breaks its own covenants says so in `compare` too (review 34, W2): the fund LBO of
   * the bundled scenarios breaks its 1.10× debt service cover in 2026 to 2029 (0.93×, 0.99×,
   * 1.04×, 1.09×, as `run --scenario "Fund LBO"` lists them), a row gives the years as a range and
   * the plain words name them; the status quo has no covenant ("not tested").
   */
  @Test
  void saysWhichYearsBreakTheCovenants() {
    String out = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    assertThat(out).containsPattern("Covenant breach\\s+not tested\\s+2026\u20132029\\s");
    assertThat(out.replace("\n", " ")).contains("“Fund LBO” breaks its own covenants in 2026,"
        + " 2027, 2028 and 2029");
    String run = Cli.run("run", Cli.SCENARIOS.toString(), "--scenario", "Fund LBO").out();
    assertThat(run).contains("2026", "2029");
    String fr = Cli.run("compare", Cli.SCENARIOS.toString(), "--lang", "fr").out();
    assertThat(fr).containsPattern("Bris de covenant\\s+non test\\S*\\s+2026\u20132029");
    assertThat(fr.replace("\n", " ")).contains("rompt ses propres covenants en 2026");
  }

  /**
   * The SCOP d'amorçage's buybacks of its outside investor's shares are cash extracted, on a row of
   * their own (methodology §10): 15,542.3 + 5,524.2 = 21,066.5 k€, 16,719 € per employee per year
   * (1,260 person-years), +4,237 € against the status quo's 12,482 €; the sentence says how much
   * of it buys back shares, 5,524.2 k€ / 1,260 = 4,384 € (in words too, whole euros as the table: review 37, X2): 800.0 k€ a year, and in
   * 2030 the 724.2 k€ its minimum cash leaves (the 2025 reserve, paid in cash in 2026 at the SAS's
   * 20 %, took its cash down: methodology §13 item 34). Paying the reserves out, the cash paid only
   * 4,045.7 k€ in all (19,601.4 k€ extracted, 15,557 €, +3,074 €). The SCOP's shareholders' part is the interest on
   * shares, 10 % of a surplus the accounts' interest lowers. The employee LBO's shareholders' part
   * is the dividend its preferred shares accrue, 3,826.0 × (1.06⁷ − 1) = 1,926.9 (1.6 %), taken
   * from the company's part (25,659.9 once rounded: its amortising loan is repaid in 2030, two
   * years early, and the rest of its upfront fee written off then, §3).
   */
  @Test
  void countsTheBuybacksAndThePreferredDividend() {
    String out = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    assertThat(out).doesNotContain("Cash extracted", "cash extracted")
        .containsPattern("\\nCash paid to lenders and shareholders \\(a SCOP's members\\),"
            + " cumulated \\(k€\\)"
        + "\\s+15,727\\.9\\s+19,751\\.6"
        + "\\s+15,375\\.7\\s+20,051\\.4\\s+21,066\\.5\\n  of which shares bought back \\(k€\\)"
        + "\\s+–\\s+–\\s+–\\s+0\\.0\\s+5,524\\.2\\n  per employee per year \\(€\\)\\s+12,482"
        + "\\s+15,676\\s+12,203\\s+15,914\\s+16,719\\n");
    assertThat(out).containsPattern(
        "\\n  cash paid to lenders and shareholders or members \\(€ per employee per year\\)\\s+–"
            + "\\s+\\+3,193\\s+-279\\s+\\+3,431\\s+\\+4,237\\n");
    assertThat(out).containsPattern("\\n  Shareholders \\(a SCOP's members\\)\\s+12,427\\.9"
        + "\\s+9,362\\.9\\s+1,926\\.9"
        + "\\s+1,928\\.7\\s+2,112\\.5\\n");
    assertThat(out).containsPattern("\\n  Company \\(kept to reinvest\\)\\s+19,426\\.9\\s+13,545\\.1"
        + "\\s+25,659\\.9\\s+23,933\\.9\\s+26,779\\.6\\n");
    assertThat(out.replaceAll("\\s+", " ")).contains("the scenario “SCOP d'amorçage” takes €4,237"
        + " more per employee per year out of the company for its lenders and its members; it still"
        + " owes €8.0m")
        .contains("The cash it takes out includes €4,384 per employee per year paid to the outside"
            + " members to buy back their shares at face value.");
    String run = Cli.run("run", Cli.SCENARIOS.toString(), "--scenario", "SCOP d'amorçage").out();
    assertThat(run).containsPattern("\\nShares bought back from outside members\\s+5,524\\.2\\s+4,384"
        + "\\n");
    assertThat(run).containsPattern("\\nCash paid to lenders and shareholders\\s+21,066\\.5"
        + "\\s+16,719\\n");
  }

  /**
   * A SCOP's work share (part travail) is the employees' other profit share: on a row beside the
   * participation, and in the sentence about the participation (review 12, CSE finding 1). The
   * SCOP allocates 5,082.6 k€ of work share over 1,260 person-years = 4,033.8 € a year (the 4,034 €
   * of its sentence, in whole euros as the table: review 37, X2), on top of a participation 435.4 € lower than the status quo's: together
   * 4,033.8 − 435.4 = +3,598.4, +3,598 € (gross, the sentence says: before the employees' own contributions and tax). With its reserves paid out instead of
   * kept in blocked accounts it was 5,108.6 k€, 4,054 € and −420 €, +3,635 €: the accounts'
   * interest, a charge (net of the bank interest the kept cash saves), lowers the surplus and the
   * participation's profit. The SCOP d'amorçage: 3,088 € and −583 € (3,156 € and −607 € paid out).
   * The scenarios that are not SCOPs have none.
   */
  @Test
  void showsTheScopsWorkShareBesideTheParticipation() {
    String out = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    // the participation is each year's reserve: the row under it says what the SCOPs' blocked
    // accounts still hold at the end, credited but not received (review 21, finding 3)
    assertThat(out).containsPattern("\\nParticipation per employee per year \\(€\\)\\s+2,524"
        + "\\s+2,679\\s+2,643\\s+2,089\\s+1,942\\n  still in the employees' blocked accounts at"
        + " the end \\(k€\\)\\s+–\\s+–\\s+–\\s+1,712\\.1\\s+1,591\\.2\\nSCOP work share"
        + " \\(part travail\\) per employee per year \\(€\\)\\s+–\\s+–\\s+–\\s+4,034\\s+3,088\\n");
    assertThat(Cli.run("compare", Cli.SCENARIOS.toString(), "--json").out())
        .contains("\"blockedAtEnd\": 1712")
        .contains("\"blockedAtEnd\": 0");
    assertThat(out).containsPattern("\\n  participation \\(€ per employee per year\\)\\s+–\\s+\\+155"
        + "\\s+\\+119\\s+-435\\s+-583\\n  participation \\+ work share, gross \\(€ per employee per"
        + " year\\)"
        + "\\s+–\\s+\\+155\\s+\\+119\\s+\\+3,598\\s+\\+2,505\\n");
    assertThat(out.replaceAll("\\s+", " ")).contains("Profit-sharing is €435 per employee per year"
        + " lower. The participation is credited each year to the employees' blocked accounts rather"
        + " than paid: €1.7m of it is still there at the end of the plan, owed to them and paid out"
        + " after it. On top of it, the SCOP's work share (part travail) brings the employees €4,034"
        + " per employee per year: participation and work share together give them €3,598 per"
        + " employee per year more than the status quo's participation, gross: before the"
        + " employees' own social contributions and income tax.");
    assertThat(Cli.run("run", Cli.SCENARIOS.toString(), "--scenario", "SCOP").out()
        .replaceAll("\\s+", " ")).contains("brings the employees €5.1m, or €4,030 per employee");
    String fr = Cli.run("compare", Cli.SCENARIOS.toString(), "--lang", "fr").out();
    assertThat(fr).containsPattern("\\nPart travail de la SCOP par salarié et par an \\(€\\)"
        + "\\s+–\\s+–\\s+–\\s+4 034\\s+3 088\\n");
    assertThat(fr).containsPattern("\\n  participation \\+ part travail, brutes \\(€ par salarié et"
        + " par an\\)"
        + "\\s+–\\s+\\+155\\s+\\+119\\s+\\+3 598\\s+\\+2 505\\n");
    assertThat(fr.replaceAll("[\\s\u00a0]+", " ")).contains("La participation y est plus faible de"
        + " 435 € par salarié et par an. La participation est affectée chaque année aux comptes"
        + " bloqués des salariés au lieu d'être versée : 1,7 M€ y sont encore à la fin du plan, qui"
        + " leur sont dus et seront versés après. S'y ajoute la part travail de la SCOP, qui apporte aux"
        + " salariés 4 034 € par salarié et par an : participation et part travail ensemble leur"
        + " donnent 3 598 € de plus par salarié et par an que la participation du statu quo, en"
        + " brut : avant les cotisations sociales des salariés et leur impôt sur le revenu.");
  }

  /**
   * Review 15, findings 7 and 4. A SCOP's shareholders are its members: the cash it takes out is
   * said to go to its lenders and its members, and the part of it that is interest on shares is
   * named, paid to the employees themselves (to the employees and the outside members in the SCOP
   * d'amorçage). Beside the work share, the model's stated limit: no employer contributions on
   * it, what they would cost per employee and per year at the deal's rate (1 / gross-wage share −
   * 1 = 42 %), and a note under the table. The amounts are the engine's.
   */
  @Test
  void namesTheScopsInterestOnSharesAndTheWorkSharesLimit() {
    org.reprise.io.Scenario scop = org.reprise.io.ScenarioReader.read(Cli.SCENARIOS).stream()
        .filter(x -> x.name().equals("SCOP")).findFirst().orElseThrow();
    org.reprise.engine.WhoPays w = org.reprise.engine.WhoPays.of(scop.deal(),
        org.reprise.engine.LboEngine.DEFAULT.run(scop.deal()));
    double rate = scop.deal().participation().employerContributionRate();
    assertThat(rate).isCloseTo(0.42, within(1e-12));
    for (String lang : new String[] {"en", "fr"}) {
      org.reprise.cli.text.Prose p = new org.reprise.cli.text.Prose(
          lang.equals("en") ? org.reprise.cli.text.Lang.EN : org.reprise.cli.text.Lang.FR);
      // compare gives them in whole euros, as its table (review 37, X2); run to the ten
      String interest = p.perHeadWhole(w.distributions() / w.employeeYears());
      String limit = p.perHeadWhole(w.workSharePerEmployee() * rate);
      String runInterest = p.perHead(w.distributions() / w.employeeYears());
      String runLimit = p.perHead(w.workSharePerEmployee() * rate);
      String out = Cli.run("compare", Cli.SCENARIOS.toString(), "--lang", lang).out()
          .replaceAll("[\\s\u00a0]+", " ");
      String run = Cli.run("run", Cli.SCENARIOS.toString(), "--scenario", "SCOP", "--lang", lang)
          .out().replaceAll("[\\s\u00a0]+", " ");
      if (lang.equals("en")) {
        assertThat(out).contains("which the figures of these years do not count. Of the cash"
                + " it takes out, " + interest + " per employee per year is interest on shares paid"
                + " to the members, who are the employees themselves, not to the lenders.")
            .contains("is interest on shares paid to the members (the employees and the outside"
                + " members), not to the lenders.")
            .contains("The model adds no employer contributions on the work share (methodology"
                + " §5.10, limit (a)): paid in cash, it is a wage supplement that would cost the"
                + " company about " + limit
                + " more per employee per year (42% of it).")
            .contains("SCOP work share: the model adds no employer contributions on it");
        assertThat(run).contains("(" + runInterest + " per employee per year) is interest on"
                + " shares paid to the members, who are the employees themselves")
            .contains("would cost the company about " + runLimit + " more per employee per year");
      } else {
        assertThat(out).contains("que les chiffres de ces années ne comptent pas. Sur la trésorerie"
                + " qu'il fait sortir, " + interest.replace('\u00a0', ' ') + " par salarié et par an sont des"
                + " intérêts aux parts sociales versés aux associés, qui sont les salariés"
                + " eux-mêmes, et non aux prêteurs.")
            .contains("coûterait à l'entreprise environ " + limit.replace('\u00a0', ' ')
                + " de plus par salarié et par an (42 % de son montant).")
            .contains("Part travail des SCOP : le modèle n'y ajoute aucune cotisation patronale");
        assertThat(run).contains("sont des intérêts aux parts sociales versés aux associés, qui"
            + " sont les salariés eux-mêmes");
      }
    }
    // not said of a company that is not a SCOP
    assertThat(Cli.run("run", Cli.SECONDARY_LBO.toString()).out())
        .doesNotContain("interest on shares", "employer contributions");
  }

  /**
   * Scenarios priced differently stay comparable (review 12 PE, finding 4): the exit multiple
   * beside the entry multiple; the seller's side, the price of the shares less the vendor loan it
   * lends (the fund's LBO 36,800 − 3,000 = 33,800 k€ in cash, the employee LBO (32,400 − 3,000 +
   * 2,000) − 6,000 = 25,400, the SCOPs 31,400 − 8,000 = 23,400; none for the status quo, where
   * nobody sells); and the part of the equity gain that comes from selling at 7× what was bought
   * at 6×, the value bridge's change of multiple, (7 − 6) × 6,400.1 = 6,400.1 k€ of the employee
   * LBO's 24,473.9 (the value bridge of its run; valued, not sold: no exit fees). A SCOP's gain
   * stays in its reserves (*); it is
   * after the employees' blocked participation accounts it owes at the horizon, which count with
   * its net debt (methodology §9): 24,465.0 and 27,254.8 k€ (24,567.5 and 27,368.6 with the
   * reserves paid out).
   */
  @Test
  void showsTheExitMultipleTheSellersSideAndTheChangeOfMultiple() {
    String out = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    assertThat(out).containsPattern("\\nEntry multiple \\(× EBITDA\\)\\s+7\\.00×\\s+7\\.00×\\s+6\\.00×"
        + "\\s+6\\.00×\\s+6\\.00×\\nExit multiple \\(× EBITDA\\)\\s+7\\.00×\\s+7\\.00×\\s+7\\.00×"
        + "\\s+7\\.00×\\s+7\\.00×\\nExit at the end of the plan");
    assertThat(out).containsPattern("\\nSeller: cash at closing \\(k€\\)\\s+–\\s+33,800\\.0"
        + "\\s+25,400\\.0\\s+23,400\\.0\\s+23,400\\.0\\nSeller: vendor loan lent \\(k€\\)\\s+–"
        + "\\s+3,000\\.0\\s+6,000\\.0\\s+8,000\\.0\\s+8,000\\.0\\n");
    // † a company nobody buys: the gain is a valuation (review 37, W4)
    assertThat(out).containsPattern("\\nEquity gain, entry to exit \\(k€\\)\\s+23,803\\.1†"
        + "\\s+13,280\\.3\\s+24,473\\.9†\\s+24,465\\.0\\*†\\s+27,254\\.8\\*†\\n  of which change in"
        + " multiple \\(k€\\)\\s+0\\.0†\\s+0\\.0\\s+6,400\\.1†\\s+6,550\\.1\\*†\\s+6,550\\.1\\*†\\n");
    assertThat(Cli.run("run", Cli.SCENARIOS.toString(), "--scenario", "Employee LBO").out())
        .containsPattern("Change in multiple\\s+6,400\\.1");
    String fr = Cli.run("compare", Cli.SCENARIOS.toString(), "--lang", "fr").out();
    assertThat(fr).containsPattern("\\nMultiple de sortie \\(× EBE\\)\\s+7,00×\\s+7,00×\\s+7,00×")
        .containsPattern("\\nVendeur : reçu comptant à l'entrée \\(k€\\)\\s+–\\s+33 800,0"
            + "\\s+25 400,0\\s+23 400,0\\s+23 400,0\\n")
        .containsPattern("\\nVendeur : crédit vendeur consenti \\(k€\\)\\s+–\\s+3 000,0\\s+6 000,0")
        .containsPattern("\\nGain des fonds propres, de l'entrée à la sortie \\(k€\\)\\s+23 803,1†")
        .containsPattern("\\n  dont variation du multiple \\(k€\\)\\s+0,0†\\s+0,0\\s+6 400,1†\\s");
  }

  /**
   * All the equity together and the envy ratio of each scenario (methodology §8.1, §8.2), as the
   * run report gives them: the fund's LBO (13,649.0 / 85 %) / (420.0 / 15 %) = 5.73×; the employee
   * LBO, whose roles name the friendly investor the sponsor, (5,826.0 / 27.8 %) / (5,200.0 /
   * 72.2 %) = 2.91×; the status quo and the SCOPs say why there is none. The SCOP's members earn
   * 3.9 % (3.8 % with the reserve paid out: the cash the blocked accounts keep pays the interest
   * on shares each year instead of late).
   */
  @Test
  void showsTheBlendedReturnAndTheEnvyRatio() {
    String out = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    assertThat(out).containsPattern("\\n  all equity \\(blended\\)\\s+8\\.1% / 1\\.65×†"
        + "\\s+10\\.0% / 1\\.94×\\s+18\\.2% / 3\\.22×†\\s+3\\.9% / 1\\.29×†\\s+2\\.0% / 1\\.13×†\\n");
    assertThat(out).containsPattern("\\nEnvy ratio\\s+n/a \\(status quo\\)\\s+5\\.73×\\s+2\\.91×"
        + "\\s+n/a \\(SCOP\\)\\s+n/a \\(SCOP\\)\\n");
    assertThat(out).contains("Envy ratio: what the sponsor pays for each point of the ordinary"
        + " equity over what the management\npays, all equity classes counted");
    // the same figures as the run report
    String run = Cli.run("run", Cli.SECONDARY_LBO.toString()).out();
    assertThat(run).contains("Envy ratio, fund against management: 5.73×");
    String fr = Cli.run("compare", Cli.SCENARIOS.toString(), "--lang", "fr").out();
    assertThat(fr).containsPattern("\\n  ensemble des fonds propres\\s+8,1 % / 1,65×")
        .containsPattern("\\nRatio d'envie\\s+sans objet \\(statu quo\\)\\s+5,73×\\s+2,91×"
            + "\\s+sans objet \\(SCOP\\)\\s+sans objet \\(SCOP\\)\\n");
  }

  /**
   * The fund's investors' net return (methodology §8.3): a row only when a scenario gives the
   * fund's terms, "–" in the others; the bundled scenarios have none.
   */
  @Test
  void theFundsNetReturnRowOnlyWithTheFundsTerms() throws IOException {
    assertThat(Cli.run("compare", Cli.SCENARIOS.toString()).out()).doesNotContain("fund, net");
    String fundLbo = "    kind: fund-lbo                   # the top-level deal as it is\n";
    Path file = dir.resolve("fund.yaml");
    Files.writeString(file, Files.readString(Cli.SCENARIOS)
        .replace(fundLbo, fundLbo + "    fund: {feeBasis: invested}\n"));
    assertThat(Cli.run("compare", file.toString()).out()).containsPattern(
        "\\n  fund, net of its fees and carry \\(investors\\) +– +8\\.0% / 1\\.66× +– +– +–\\n");
    assertThat(Cli.run("compare", file.toString(), "--lang", "fr").out()).containsPattern(
        "\\n  fund, net de ses frais et carried interest \\(investisseurs\\) +– +8,0 % / 1,66×");
  }

  /** Without roles the employee LBO's envy ratio is not applicable, with its short reason. */
  @Test
  void theShortReasonOfAnEmployeeLboWithoutRoles() throws IOException {
    Path file = dir.resolve("no-roles.yaml");
    Files.writeString(file, Files.readString(Cli.EMPLOYEE_BUYOUT)
        .replaceAll("(?m)^\\s+role: \\w+.*\\n", ""));
    assertThat(Cli.run("compare", file.toString()).out())
        .containsPattern("\\nEnvy ratio\\s+n/a \\(not sponsor-led\\)\\n");
    assertThat(Cli.run("compare", file.toString(), "--lang", "fr").out())
        .containsPattern("\\nRatio d'envie\\s+sans objet \\(sponsor minoritaire\\)\\n");
  }

  /**
   * An input left out (the base year's participation reserve) is said under the header, once for
   * the file, naming the scenarios concerned when not all of them; {@code simulate} says it too.
   */
  @Test
  void theInputWarningsAreSaidUnderTheHeaderNamingTheScenariosConcerned() throws IOException {
    String yaml = Files.readString(Cli.SCENARIOS)
        .replaceFirst("\\n  baseYearReserve: 430000[^\\n]*", "\n  applies: true");
    Path all = dir.resolve("all.yaml");
    Files.writeString(all, yaml);
    String out = Cli.run("compare", all.toString()).out();
    assertThat(out).containsOnlyOnce("WARNING: participation.baseYearReserve: not given, so 0");
    assertThat(Cli.run("compare", all.toString(), "--lang", "fr").out()).containsOnlyOnce(
        "ATTENTION : participation.baseYearReserve : absente, donc 0 est retenu");
    assertThat(Cli.run("simulate", all.toString(), "--paths", "20", "--seed", "1").out())
        .containsOnlyOnce("WARNING: participation.baseYearReserve: not given, so 0");
    // the status quo alone gives it: the others are named
    Path some = dir.resolve("some.yaml");
    Files.writeString(some, yaml.replaceFirst("(?m)^(  - name: \"?Status quo\"?.*\\n)",
            "$1    participation: {baseYearReserve: 400000}\n"));
    assertThat(Cli.run("compare", some.toString()).out()).contains(
        "WARNING: participation.baseYearReserve (scenarios Fund LBO, Employee LBO, SCOP,"
            + " SCOP d'amorçage): not given");
    // as written, only the Fund LBO's price-per-share warning (review 25, finding F2), its amounts
    // in euros as the rest of the text (review 30, leftover of finding 3)
    String asWritten = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    assertThat(asWritten).containsOnlyOnce("WARNING").contains("WARNING:"
        + " financing.equity[1].amount (scenario Fund LBO): \"Management ordinary shares\" pays"
        + " €28,000 per point");
  }

  @Test
  void frenchTable() {
    Cli.Result r = Cli.run("compare", Cli.SCENARIOS.toString(), "--lang", "fr");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Prix payé (VE d'entrée, k€)", "statu quo", "LBO d'un fonds",
        "Par rapport au statu quo, le scénario «\u00A0Fund LBO\u00A0» fait sortir");
    assertThat(r.out()).containsPattern("37 800,0");
    // the status quo's owners and lenders, named by the reader in English, are translated
    assertThat(r.out()).contains("  actionnaires actuels", "captée par actionnaires actuels",
        "  prêteurs existants").doesNotContain("current owners", "existing lenders");
  }

  @Test
  void jsonContract() throws IOException {
    Cli.Result r = Cli.run("compare", Cli.SCENARIOS.toString(), "--json");
    assertThat(r.code()).isZero();
    JsonNode root = STRICT.readTree(r.out());
    assertThat(root.get("statusQuo").asText()).isEqualTo("Status quo");
    List<String> kinds = new ArrayList<>();
    for (JsonNode s : root.get("scenarios")) {
      kinds.add(s.get("kind").asText());
      JsonNode va = s.get("valueAdded");
      double total = va.get("total").doubleValue();
      double sum = 0;
      for (String part : List.of("employees", "state", "lenders", "shareholders", "company")) {
        sum += va.get("shares").get(part).doubleValue();
      }
      assertThat(sum).isCloseTo(total, within(1e-6 * total));
      assertThat(s.get("participation").get("perEmployee").isNumber()).isTrue();
      assertThat(s.get("cashExtracted").isNumber()).isTrue();
      assertThat(s.get("defaulted").isBoolean()).isTrue();
      assertThat(s.get("returns").size()).isPositive();
    }
    assertThat(kinds).containsExactly("status-quo", "fund-lbo", "employee-lbo", "scop", "scop");
  }

  @Test
  void returnsAreExactlyThoseOfRun() throws IOException {
    JsonNode compare = STRICT.readTree(Cli.run("compare", Cli.SCENARIOS.toString(), "--json").out());
    JsonNode run = STRICT.readTree(
        Cli.run("run", Cli.SCENARIOS.toString(), "--scenario", "Fund LBO", "--json").out());
    assertThat(compare.get("scenarios").get(1).get("returns")).isEqualTo(run.get("returns"));
    // the top-level deal is the fund's deal: run without --scenario gives the same returns
    JsonNode top = STRICT.readTree(Cli.run("run", Cli.SCENARIOS.toString(), "--json").out());
    assertThat(top.get("returns")).isEqualTo(run.get("returns"));
  }

  @Test
  void aFileWithoutScenariosIsOneScenario() throws IOException {
    JsonNode root = STRICT.readTree(
        Cli.run("compare", Cli.EMPLOYEE_BUYOUT.toString(), "--json").out());
    assertThat(root.get("scenarios")).hasSize(1);
    // the file says what it is (kind: employee-lbo, review 18 finding 16)
    assertThat(root.get("scenarios").get(0).get("kind").asText()).isEqualTo("employee-lbo");
    assertThat(root.get("statusQuo").isNull()).isTrue();
    assertThat(root.get("scenarios").get(0).get("vsStatusQuo").isNull()).isTrue();
    Cli.Result text = Cli.run("compare", Cli.EMPLOYEE_BUYOUT.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out()).doesNotContain("status quo", "Compared with")
        .contains("One ownership scenario.");
  }

  @Test
  void errorsAndExitCodes() throws IOException {
    Cli.Result missing = Cli.run("compare", dir.resolve("nope.yaml").toString());
    assertThat(missing.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(missing.err()).isEqualTo("error: " + dir.resolve("nope.yaml") + ": no such file\n");
    Path bad = dir.resolve("bad.yaml");
    String text = Files.readString(Cli.SCENARIOS, StandardCharsets.UTF_8);
    Files.writeString(bad, text.replace("kind: employee-lbo", "kind: workers"),
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("compare", bad.toString(), "--json");
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: " + bad + ": scenarios[2].kind: expected one of")
        .doesNotContain("at org.");
    assertThat(Cli.run("compare", Cli.SCENARIOS.toString(), "--lang", "de").code())
        .isEqualTo(Main.INVALID_INPUT);
  }

  @Test
  void runPicksAScenarioByName() {
    Cli.Result r = Cli.run("run", Cli.SCENARIOS.toString(), "--scenario", "SCOP");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("SCOP\n").contains("stays in the cooperative");
    Cli.Result none = Cli.run("run", Cli.SCENARIOS.toString(), "--scenario", "Nope");
    assertThat(none.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(none.err()).contains("no scenario named \"Nope\"", "\"Status quo\"");
  }

  /**
   * Review 37, M1: every scenario's lowest debt service cover (free cash flow / debt service due,
   * methodology §6), whatever covenants its file tests. From each scenario's run: the status quo
   * 2,218.2 / 708.0 = 3.13× (2026), the fund's LBO 2,661.5 / 2,847.2 = 0.93× (2026), the employee
   * LBO 2,397.7 / 2,101.9 = 1.14× (2026), the SCOP 2,697.0 / 2,809.3 = 0.96× (2027), the SCOP
   * d'amorçage 2,672.4 / 2,174.2 = 1.23× (2026). The SCOP, whose lenders test no DSCR, is below 1
   * and, held to the fund's 1.10× covenant, would break it in 2026 (0.97×), 2027, 2028 (1.01×),
   * 2029 (1.05×) and 2030 (1.08×); the employee LBO (1.14×) and the SCOP d'amorçage (1.23×) are
   * above it and nothing is said of them.
   */
  @Test
  void showsEveryScenariosLowestDebtServiceCoverAndSaysWhenItIsBelowAnothersCovenant()
      throws IOException {
    String out = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    assertThat(out).containsPattern("\\nLowest debt service cover, tested or not \\(year\\)\\s+"
        + "3\\.13× \\(2026\\)\\s+0\\.93× \\(2026\\)\\s+1\\.14× \\(2026\\)\\s+0\\.96× \\(2027\\)\\s+"
        + "1\\.23× \\(2026\\)\\n");
    JsonNode json = STRICT.readTree(Cli.run("compare", Cli.SCENARIOS.toString(), "--json").out());
    JsonNode run = STRICT.readTree(
        Cli.run("run", Cli.SCENARIOS.toString(), "--scenario", "SCOP", "--json").out());
    JsonNode y2027 = run.get("years").get(1);
    assertThat(y2027.get("year").asInt()).isEqualTo(2027);
    JsonNode scop = json.get("scenarios").get(3).get("covenants");
    assertThat(scop.get("lowestDebtServiceCover").doubleValue()).isCloseTo(
        y2027.get("freeCashFlow").doubleValue() / y2027.get("debtServiceDue").doubleValue(),
        within(1e-12)).isCloseTo(2_697.0 / 2_809.3, within(1e-4));
    assertThat(scop.get("lowestDebtServiceCoverYear").asInt()).isEqualTo(2027);
    assertThat(scop.get("tested").asBoolean()).isTrue();
    String plain = out.substring(out.indexOf("In plain words:")).replaceAll("\\s+", " ");
    assertThat(plain).contains("The debt service cover of “SCOP” falls to 0.96× in 2027, below 1:"
            + " its cash flow does not cover its debt service that year; its lenders test no DSCR."
            + " Held to the DSCR covenant of “Fund LBO” (at least 1.10×), it would break it in 2026,"
            + " 2027, 2028, 2029 and 2030.")
        .contains("The debt service cover of “Fund LBO” falls to 0.93× in 2026, below 1: its cash"
            + " flow does not cover its debt service that year; its lenders require at least"
            + " 1.10×.")
        .doesNotContain("cover of “Employee LBO”", "cover of “SCOP d'amorçage”",
            "Held to the DSCR covenant of “Fund LBO” (at least 1.10×), it would break it in 2026."
            + " Profit");
    String fr = Cli.run("compare", Cli.SCENARIOS_FR.toString(), "--lang", "fr").out()
        .replaceAll("[\\s\u00a0]+", " ");
    assertThat(fr).containsPattern("Couverture minimale du service de la dette, testée ou non"
            + " \\(année\\) 3,13× \\(2026\\) 0,93× \\(2026\\) 1,14× \\(2026\\) 0,96× \\(2027\\)")
        .contains("La couverture du service de la dette de « SCOP » tombe à 0,96× en 2027, sous 1 :"
            + " son flux de trésorerie ne couvre pas son service de la dette cette année-là ; ses"
            + " prêteurs ne testent aucun DSCR. Tenu au covenant de DSCR de « LBO du fonds » (au"
            + " moins 1,10×), il le romprait en 2026, 2027, 2028, 2029 et 2030.");
  }

  /**
   * Review 37, M2: what a company nobody buys still owes at the end of 2032, by the engine's
   * DebtAfterHorizon: the employee LBO's senior bullet, participative loan and vendor loan after
   * the sweep, 13,894.8 k€, all due in 2033, 13,894.8 / 2,626.8 (its 2032 free cash flow) = 5.3
   * years; the SCOP's 16,000.0 k€ (its bank loan repaid, the 3,000 regional loan and 8,000 vendor
   * loan due in 2033 = 11,000.0, 4.4 years of 2,495.1, and the Scopinvest notes' 5,000 in 2034);
   * the SCOP d'amorçage's vendor loan, 8,000.0 in 2033, 3.1 years of 2,604.6; the status quo has
   * repaid its loans (0.0); the fund's LBO is sold, its price repays its debt ("–", null). The
   * amounts add up to the tranches' balances at the end of 2032, and the cash sentence says it.
   */
  @Test
  void showsTheDebtStillOwedAtTheEndByTheCompaniesNobodyBuys() throws IOException {
    String out = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    assertThat(out).containsPattern("\\nDebt still owed at the end of the plan \\(k€\\)\\s+0\\.0"
        + "\\s+–\\s+13,894\\.8\\s+16,000\\.0\\s+8,000\\.0\\n  of which due the year after \\(k€\\)"
        + "\\s+0\\.0\\s+–\\s+13,894\\.8\\s+11,000\\.0\\s+8,000\\.0\\n    in years of the last free"
        + " cash flow\\s+–\\s+–\\s+5\\.3\\s+4\\.4\\s+3\\.1\\n");
    JsonNode scenarios = STRICT.readTree(
        Cli.run("compare", Cli.SCENARIOS.toString(), "--json").out()).get("scenarios");
    assertThat(scenarios.get(1).get("debtAfterHorizon").isNull()).isTrue();
    for (int i : new int[] {0, 2, 3, 4}) {
      JsonNode a = scenarios.get(i).get("debtAfterHorizon");
      String name = scenarios.get(i).get("name").asText();
      JsonNode run = STRICT.readTree(
          Cli.run("run", Cli.SCENARIOS.toString(), "--scenario", name, "--json").out());
      double balances = 0.0;
      for (JsonNode tranche : run.get("debtSchedules")) {
        JsonNode closing = tranche.get("closing");
        balances += closing.get(6).doubleValue();
      }
      double dues = a.get("undated").doubleValue();
      for (JsonNode d : a.get("dues")) {
        dues += d.get("amount").doubleValue();
      }
      assertThat(a.get("total").doubleValue()).as(name).isCloseTo(balances, within(1e-3))
          .isCloseTo(dues, within(1e-6));
    }
    JsonNode scop = scenarios.get(3).get("debtAfterHorizon");
    assertThat(scop.get("dues").get(0).get("year").asInt()).isEqualTo(2033);
    assertThat(scop.get("dues").get(0).get("amount").doubleValue()).isCloseTo(11_000_000.0,
        within(1e-6));
    assertThat(scop.get("dues").get(1).get("year").asInt()).isEqualTo(2034);
    assertThat(scop.get("dues").get(0).get("yearsOfFreeCashFlow").doubleValue()).isCloseTo(
        11_000_000.0 / scop.get("freeCashFlow").doubleValue(), within(1e-12));
    String plain = out.substring(out.indexOf("In plain words:")).replaceAll("\\s+", " ");
    assertThat(plain).contains("“Employee LBO” takes €279 less per employee per year out of the"
            + " company for its lenders and shareholders; it still owes €13.9m at the end of the"
            + " plan, all of it due in 2033 (5.3 years of its 2032 free cash flow), which the"
            + " figures of these years do not count.")
        .contains("“SCOP” takes €3,431 more per employee per year out of the company for its"
            + " lenders and its members; it still owes €16.0m at the end of the plan, €11.0m of it"
            + " due in 2033 (4.4 years of its 2032 free cash flow)");
    String fund = plain.substring(plain.indexOf("“Fund LBO” takes"), plain.indexOf("“Employee LBO”"));
    assertThat(fund).doesNotContain("still owes");
    String fr = Cli.run("compare", Cli.SCENARIOS_FR.toString(), "--lang", "fr").out()
        .replaceAll("[\\s\u00a0]+", " ");
    assertThat(fr).contains("Dette encore due à la fin du plan (k€) 0,0 – 13 894,8 16 000,0"
            + " 8 000,0")
        .contains("vers les prêteurs et les actionnaires ; il doit encore 13,9 M€ à la fin du plan,"
            + " à rembourser en entier en 2033 (5,3 années de son flux de trésorerie disponible de"
            + " 2032), que les chiffres de ces années ne comptent pas.");
  }

  /**
   * Review 37, W4: a company nobody buys (the status quo, the employee LBO's exit.sale: false, the
   * SCOPs) is valued at the end, not sold: a row says which, its owners' returns and equity gain
   * carry a dagger that the note explains, and the plain words say what realises the employee
   * LBO's value; the fund's LBO, sold, has none, nor do the lenders' returns. `run` of a deal not
   * sold no longer speaks of a sale in its deleveraging sentence.
   */
  @Test
  void marksTheCompaniesNobodyBuys() {
    String out = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    assertThat(out).containsPattern("\\nExit at the end of the plan\\s+valuation†\\s+sale\\s+"
            + "valuation†\\s+valuation†\\s+valuation†\\n")
        .containsPattern("\\n  employees\\s+–\\s+–\\s+\\S+ / \\S+×†\\s+\\S+ / \\S+×†\\s+\\S+ / \\S+×†\\n")
        .containsPattern("\\n  fund\\s+–\\s+\\S+ / \\S+×\\s+–")
        .containsPattern("\\n  regional banks\\s+–\\s+–\\s+\\S+ / \\S+×\\s+–")
        .containsPattern("\\n  all equity \\(blended\\)\\s+\\S+ / \\S+×†\\s+\\S+ / \\S+×\\s+\\S+ /"
            + " \\S+×†")
        .contains("† Valued, not sold: nobody buys the company at the end of the plan");
    assertThat(out.replaceAll("\\s+", " ")).contains("In “Employee LBO” nobody buys the company at"
        + " the end of the plan: its owners' returns value the company at 7.00× EBITDA, a value they"
        + " realise only if the company itself or a new buyer buys their shares.")
        .doesNotContain("In “SCOP” nobody buys", "In “Fund LBO” nobody buys");
    String run = Cli.run("run", Cli.SCENARIOS.toString(), "--scenario", "Employee LBO").out()
        .replaceAll("\\s+", " ");
    assertThat(run).contains("At the end of the plan, the fall in net debt paid by the company's"
        + " cash (deleveraging, €12.7m) accrues to the holders of the equity; nobody buys the"
        + " company: without it, its valuation would give them this much less: friendly investor"
        + " (€3.5m) and employees (€9.2m).").doesNotContain("at the sale");
    String fr = Cli.run("run", Cli.SCENARIOS_FR.toString(), "--scenario", "LBO des salariés",
        "--lang", "fr").out().replaceAll("[\\s\u00a0]+", " ");
    assertThat(fr).contains("personne n'achète l'entreprise : sans elle, son évaluation leur"
        + " donnerait d'autant moins").doesNotContain("à la cession :");
    // a sale keeps its words
    assertThat(Cli.run("run", Cli.SECONDARY_LBO.toString()).out().replaceAll("\\s+", " "))
        .contains("this much less at the sale");
  }

  /**
   * Review 37, W7: what the employees put in at the closing, the equity classes they hold: the
   * employee LBO's 2,700.0 (180 × 15,000) + 2,500.0 of blocked savings = 5,200.0 k€, 28,889 € a
   * head; the SCOP's 2,700.0 + its balancing profit-sharing capital, 6,406.0 k€ (35,589 €); the
   * SCOP d'amorçage's 7,386.0 k€ (41,033 €), its outside investor's 9,000 apart; none in the
   * status quo nor the fund's LBO (its managers are not counted). The SCOPs' members then
   * subscribe 135,000 a year, 945.0 k€ over the seven years, 945,000 / 1,260 = 750 € per employee
   * per year, on rows of their own.
   */
  @Test
  void showsWhatTheEmployeesPutIn() throws IOException {
    String out = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    assertThat(out).containsPattern("\\n  of which put in by the employees \\(k€\\)\\s+–\\s+–\\s+"
        + "5,200\\.0\\s+6,406\\.0\\s+7,386\\.0\\n    per employee \\(€\\)\\s+–\\s+–\\s+28,889\\s+"
        + "35,589\\s+41,033\\nSubscribed by the SCOP's members over the plan \\(k€\\)\\s+–\\s+–\\s+"
        + "–\\s+945\\.0\\s+945\\.0\\n  per employee per year \\(€\\)\\s+–\\s+–\\s+–\\s+750\\s+750\\n");
    JsonNode scenarios = STRICT.readTree(
        Cli.run("compare", Cli.SCENARIOS.toString(), "--json").out()).get("scenarios");
    JsonNode ebo = scenarios.get(2).get("employeesInvestment");
    assertThat(ebo.get("atClosing").doubleValue()).isEqualTo(2_700_000.0 + 2_500_000.0);
    assertThat(ebo.get("perEmployee").doubleValue()).isCloseTo(5_200_000.0 / 180, within(1e-9));
    assertThat(ebo.get("memberContributions").doubleValue()).isZero();
    JsonNode scop = scenarios.get(3);
    // the SCOP's members hold all its capital: all of its equity at closing
    assertThat(scop.get("employeesInvestment").get("atClosing").doubleValue())
        .isEqualTo(scop.get("equityAtClosing").doubleValue());
    assertThat(scop.get("employeesInvestment").get("memberContributions").doubleValue())
        .isCloseTo(7 * 135_000.0, within(1e-6));
    assertThat(scop.get("employeesInvestment").get("memberContributionsPerEmployeeYear")
        .doubleValue()).isCloseTo(750.0, within(1e-9));
    JsonNode seed = scenarios.get(4);
    assertThat(seed.get("employeesInvestment").get("atClosing").doubleValue())
        .isCloseTo(seed.get("equityAtClosing").doubleValue() - 9_000_000.0, within(1e-6));
    assertThat(scenarios.get(1).get("employeesInvestment").get("atClosing").doubleValue())
        .isZero();
    String fr = Cli.run("compare", Cli.SCENARIOS_FR.toString(), "--lang", "fr").out()
        .replaceAll("[\\s\u00a0]+", " ");
    assertThat(fr).contains("dont apporté par les salariés (k€) – – 5 200,0 6 406,0 7 386,0");
  }

  /**
   * Review 37, W1, X1-X3: the participation and work share together are said to be gross; the
   * table gives the employees' share of the company's value added beside the group's (the fund's
   * LBO: 64.9 % of the group's, 64.3 % of the company's, the figure of the plain words); the plain
   * words give per-head figures in whole euros as the table (+3,193, not 3,190); in French, a
   * true minus sign, the cash "versée aux prêteurs et aux actionnaires ou associés", and the
   * shareholders of a SCOP are its members (associés).
   */
  @Test
  void wordingAndRoundingAsTheTableGivesThem() {
    String out = Cli.run("compare", Cli.SCENARIOS.toString()).out();
    assertThat(out).containsPattern("\\n    share\\s+64\\.1%\\s+64\\.9%\\s+64\\.6%\\s+68\\.1%\\s+"
            + "67\\.0%\\n    share of the company's value added\\s+64\\.1%\\s+64\\.3%\\s+64\\.2%\\s+"
            + "68\\.1%\\s+67\\.0%\\n")
        .containsPattern("\\n  participation \\+ work share, gross \\(€ per employee per year\\)")
        .contains("  Shareholders (a SCOP's members)");
    String plain = out.substring(out.indexOf("In plain words:")).replaceAll("\\s+", " ");
    assertThat(plain).contains("“Fund LBO” takes €3,193 more per employee per year")
        .contains("Profit-sharing is €155 per employee per year higher.")
        .contains("participation and work share together give them €3,598 per employee per year"
            + " more than the status quo's participation, gross: before the employees' own social"
            + " contributions and income tax. The model adds no employer contributions on the"
            + " work share (methodology §5.10, limit (a))")
        .contains("The employees receive 64.3% of the company's value added");
    String fr = Cli.run("compare", Cli.SCENARIOS_FR.toString(), "--lang", "fr").out();
    assertThat(fr).containsPattern("\\n  trésorerie versée aux prêteurs et aux actionnaires ou"
            + " associés \\(€ par salarié et par an\\)\\s+–\\s+\\+3 193\\s+\u2212279\\s")
        .containsPattern("Marge minimale sur les covenants \\(année\\)\\s+non testés\\s+"
            + "\u221217,7 % \\(2026\\)")
        .contains("  Actionnaires (associés d'une SCOP)")
        .doesNotContain("-279", "-17,7");
  }

  /**
   * Review 37, M1, the other branches: the fund's covenant raised to 1.20× and the SCOP's lenders
   * given a weaker one, 0.90×. The employee LBO covers its debt service (1.14× in 2026, 1.23× in
   * 2027) but would break 1.20× in 2026, its lenders testing no DSCR; the SCOP (0.97×, 0.96×,
   * 1.01×, 1.05×, 1.08×, 1.16×, 1.55×) is below 1 with its own 0.90× met, and below 1.20× from
   * 2026 to 2031; the SCOP d'amorçage (1.23× at the lowest) is said nothing of.
   */
  @Test
  void aWeakerOrNoDscrCovenantIsHeldToTheStrictest(@TempDir Path tmp) throws IOException {
    String yaml = Files.readString(Cli.SCENARIOS, StandardCharsets.UTF_8);
    String fund = "\n  minDebtServiceCover: 1.1";
    String scop = "      minDebtServiceCover: null\n    cooperative:\n      workShare: \"40%\"";
    assertThat(yaml).contains(fund).contains(scop);
    Path file = tmp.resolve("stricter.yaml");
    Files.writeString(file, yaml.replace(fund, "\n  minDebtServiceCover: 1.2")
        .replace(scop, scop.replace("null", "0.9")), StandardCharsets.UTF_8);
    String out = Cli.run("compare", file.toString()).out();
    assertThat(out).containsPattern("Covenant: DSCR at least +– +1\\.20× +– +0\\.90× +–\\n");
    String plain = out.substring(out.indexOf("In plain words:")).replaceAll("\\s+", " ");
    assertThat(plain).contains("Held to the DSCR covenant of “Fund LBO” (at least 1.20×), it would"
            + " break it in 2026; its lenders test no DSCR.")
        .contains("The debt service cover of “SCOP” falls to 0.96× in 2027, below 1: its cash flow"
            + " does not cover its debt service that year; its lenders require at least 0.90×."
            + " Held to the DSCR covenant of “Fund LBO” (at least 1.20×), it would break it in"
            + " 2026, 2027, 2028, 2029, 2030 and 2031.")
        .doesNotContain("cover of “Employee LBO”", "cover of “SCOP d'amorçage”");
    String seed = plain.substring(plain.indexOf("“SCOP d'amorçage” takes"));
    assertThat(seed).doesNotContain("Held to");
  }
}
