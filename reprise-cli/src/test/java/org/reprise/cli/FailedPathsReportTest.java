package org.reprise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static java.util.regex.Pattern.quote;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 36: failed (not viable) paths are an outcome that counts (M1), and the paths in default
 * valued at the plan's multiple are marked so (W3), in {@code reprise simulate}'s text (EN and FR)
 * and JSON.
 *
 * <p>The deal whose paths partly fail is the review's: the SCOP d'amorçage of the scenarios file
 * under {@code --stress 2009}, where most paths end the seed period with the members below half of
 * the capital ({@code cooperative.seed.buybacks}); 500 paths, seed 1.
 */
class FailedPathsReportTest {

  private static final String SCENARIOS = Cli.SCENARIOS.toString();
  private static final String SEED_SCOP = "SCOP d'amorçage";
  private static final JsonMapper STRICT =
      JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  @TempDir Path dir;

  private static Cli.Result simulate(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "simulate";
    System.arraycopy(args, 0, all, 1, args.length);
    Cli.Result r = Cli.run(all);
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    return r;
  }

  private static JsonNode json(String... args) throws Exception {
    return STRICT.readTree(simulate(args).out());
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * p);
  }

  private static String whole(double x) {
    return String.format(Locale.ROOT, "%,d", Math.round(x));
  }

  /**
   * The failed share is a headline beside the default probability, with its reason (field path
   * and message, no Java class name); the jobs at risk and the participation carry the bounds that
   * count the failed paths (their headcount, 180, at risk; no participation), recomputed here from
   * the JSON's counts; the centre, returns and participation tables each say they cover the paths
   * computed only (3 notes). The JSON's bounds are the same arithmetic.
   */
  @Test
  void aScenarioWhosePathsMostlyFailSaysSoWithItsBounds() throws Exception {
    String[] args = {SCENARIOS, "--scenario", SEED_SCOP, "--stress", "2009", "--paths", "500",
        "--seed", "1", "--threads", "1"};
    JsonNode s = json(concat(args, "--json")).get("scenarios").get(0);
    long paths = s.get("paths").asLong();
    long failed = s.get("failedPaths").asLong();
    long run = paths + failed;
    assertThat(run).isEqualTo(500);
    // the review's finding: under the 2009 stress most of the paths fail (80 % at 20,000 paths)
    assertThat(failed).isGreaterThan(paths);
    double q = s.get("failedProbability").asDouble();
    assertThat(q).isEqualTo((double) failed / run);
    double headcount = s.get("headcount").asDouble();
    assertThat(headcount).isEqualTo(180.0);
    double jobs = s.get("expectedJobsAtRisk").asDouble();
    assertThat(s.get("expectedJobsAtRiskIfFailedAtRisk").asDouble())
        .isCloseTo((jobs * paths + headcount * failed) / run, within(1e-9));
    double participation = s.get("participation").get("total").get("mean").asDouble();
    double participationBound = s.get("participationMeanIfFailedPaidNone").asDouble();
    assertThat(participationBound).isCloseTo(participation * paths / run, within(1e-6));
    assertThat(s.get("firstFailure").asText()).startsWith("path ")
        .contains(": cooperative.seed.buybacks: SCOP d'amorçage: employee members hold")
        .doesNotContain("Exception");

    String text = simulate(args).out();
    assertThat(text).containsPattern("Not viable \\(failed paths\\): +"
        + quote(percent(q) + " of the 500 paths run"));
    assertThat(text).doesNotContain("Exception");
    // the text's jobs are those of a default during the hold: the exit-only part taken out
    double inHold = jobs - s.get("expectedJobsAtRiskAtExitOnly").asDouble();
    assertThat(text).contains(String.format(Locale.ROOT, "%.1f if the %d failed paths had their"
        + " headcount (180) in payment default too", (inHold * paths + 180.0 * failed) / run,
        failed));
    assertThat(text).contains("Mean " + whole(participationBound / headcount)
        + " per employee if the " + failed + " failed paths paid no participation");
    String survivors = "These figures cover the paths computed only: n = " + paths + " of 500 ("
        + percent(q) + " of the paths not viable";
    assertThat(text.split(quote(survivors), -1)).hasSize(4);

    String fr = simulate(concat(args, "--lang", "fr")).out().replace('\u00a0', ' ');
    assertThat(fr).containsPattern("Non viable \\(trajectoires en échec\\) : +"
        + quote(percent(q).replace('.', ',').replace("%", " %")
        + " des 500 trajectoires lancées"));
    assertThat(fr).contains("trajectoire 0 : cooperative.seed.buybacks : SCOP d'amorçage : les"
        + " associés salariés détiennent").doesNotContain("Exception");
    assertThat(fr).contains("si les " + failed + " trajectoires en échec avaient aussi leur"
        + " effectif (180) en défaut de paiement");
    assertThat(fr.split(quote("Ces chiffres ne portent que sur les"
        + " trajectoires calculées : n = " + paths + " sur 500"), -1)).hasSize(4);
  }

  /**
   * Review 36, M1, as the review ran it: under the 2009 stress the side-by-side table no longer
   * shows the SCOP d'amorçage as the safest and best-paying scenario. It has a "not viable"
   * column, 0.0 % for the scenarios with no failed path, and the SCOP d'amorçage's default, jobs
   * and participation carry their bounds in brackets: its jobs with the failed paths counted are
   * above the status quo's, and its participation below every other scenario's mean.
   */
  @Test
  void theSideBySideTableCountsTheFailedPaths() throws Exception {
    String[] args = {SCENARIOS, "--stress", "2009", "--paths", "500", "--seed", "1"};
    JsonNode scenarios = json(concat(args, "--json")).get("scenarios");
    JsonNode seed = scenarios.get(4);
    assertThat(seed.get("name").asText()).isEqualTo(SEED_SCOP);
    String text = simulate(args).out();
    String table = text.substring(text.indexOf("SCENARIOS SIDE BY SIDE"));
    assertThat(table.lines().findFirst().orElseThrow())
        .containsPattern("paths +not viable +payment default");
    String seedRow = table.lines().filter(l -> l.startsWith(SEED_SCOP)).findFirst().orElseThrow();
    long paths = seed.get("paths").asLong();
    long failed = seed.get("failedPaths").asLong();
    double inHold = seed.get("expectedJobsAtRisk").asDouble()
        - seed.get("expectedJobsAtRiskAtExitOnly").asDouble();
    double jobsBound = (inHold * paths + 180.0 * failed) / 500;
    assertThat(seedRow).containsPattern(quote(percent(seed.get("failedProbability").asDouble()))
        + " +" + quote(percent(seed.get("defaultProbability").asDouble()) + " ("
        + percent(seed.get("defaultProbabilityIfFailedDefaulted").asDouble()) + ")"));
    assertThat(seedRow).contains(String.format(Locale.ROOT, "%.1f (%.1f)", inHold, jobsBound));
    assertThat(seedRow).contains(whole(seed.get("participationMeanIfFailedPaidNone").asDouble()
        / 180.0) + ")");
    JsonNode quo = scenarios.get(0);
    assertThat(quo.get("failedPaths").asLong()).isZero();
    assertThat(table.lines().filter(l -> l.startsWith("Status quo")).findFirst().orElseThrow())
        .containsPattern("500 +0\\.0% +" + quote(
            percent(quo.get("defaultProbability").asDouble())));
    double quoJobs = quo.get("expectedJobsAtRisk").asDouble()
        - quo.get("expectedJobsAtRiskAtExitOnly").asDouble();
    assertThat(jobsBound).isGreaterThan(quoJobs);
    for (int i = 0; i < 4; i++) {
      assertThat(seed.get("participationMeanIfFailedPaidNone").asDouble())
          .isLessThan(scenarios.get(i).get("participation").get("total").get("mean").asDouble());
    }
    assertThat(table).contains("(…): with the failed (not viable) paths counted: as payment"
        + " defaults, with the company's headcount at risk and no participation;");
  }

  /** The same seed gives the same text and JSON at 1 and 2 threads, failed paths included. */
  @Test
  void failedPathsAreTheSameWhateverTheThreads() {
    String[] args = {SCENARIOS, "--scenario", SEED_SCOP, "--stress", "2009", "--paths", "1100",
        "--seed", "3"};
    assertThat(simulate(concat(args, "--threads", "2", "--json")).out())
        .isEqualTo(simulate(concat(args, "--threads", "1", "--json")).out());
    assertThat(simulate(concat(args, "--threads", "2")).out())
        .isEqualTo(simulate(concat(args, "--threads", "1")).out());
  }

  /**
   * With no failed path nothing is added but the new JSON keys: the failed share is 0 and the
   * bounds equal the means; the text has no "not viable" line, no survivors' note and no bound.
   */
  @Test
  void aDealWithNoFailedPathIsUnchanged() throws Exception {
    String[] args = {Cli.SECONDARY_LBO.toString(), "--paths", "300", "--seed", "1"};
    JsonNode s = json(concat(args, "--json")).get("scenarios").get(0);
    assertThat(s.get("failedPaths").asLong()).isZero();
    assertThat(s.get("failedProbability").asDouble()).isZero();
    assertThat(s.get("expectedJobsAtRiskIfFailedAtRisk").asDouble())
        .isEqualTo(s.get("expectedJobsAtRisk").asDouble());
    assertThat(s.get("participationMeanIfFailedPaidNone").asDouble())
        .isEqualTo(s.get("participation").get("total").get("mean").asDouble());
    String text = simulate(args).out();
    assertThat(text).doesNotContain("Not viable", "not viable", "These figures cover",
        "failed paths");
  }

  /**
   * Review 36, W3: with no {@code exit.distressedValue} the paths in default are valued at the
   * plan's multiple; the returns table marks its "P50 in default" column and says so under it, EN
   * and FR. With a distressed value the column is plain and the note absent.
   */
  @Test
  void theInDefaultColumnSaysItIsAtThePlansMultiple() throws Exception {
    String[] args = {Cli.SECONDARY_LBO.toString(), "--paths", "200", "--seed", "1"};
    String text = simulate(args).out();
    assertThat(text).containsPattern("P50 performing +P50 in default\\*\n")
        .contains("* In default: the company is valued at the plan's multiple (no distressed value"
            + " given: exit.distressedValue)");
    String fr = simulate(concat(args, "--lang", "fr")).out().replace('\u00a0', ' ');
    assertThat(fr).containsPattern("P50 sans défaut +P50 en défaut\\*\n")
        .contains("* En défaut : l'entreprise est évaluée au multiple du plan (aucune valeur de"
            + " détresse donnée : exit.distressedValue)");

    Path distressed = dir.resolve("distressed.yaml");
    String yaml = Files.readString(Cli.SECONDARY_LBO);
    String exit = "exit:\n  year: 2030";
    assertThat(yaml).contains(exit);
    Files.writeString(distressed, yaml.replace(exit,
        "exit:\n  distressedValue: {multiple: 4, of: ltm}\n  year: 2030"));
    String valued = simulate(distressed.toString(), "--paths", "200", "--seed", "1").out();
    assertThat(valued).containsPattern("P50 performing +P50 in default\n")
        .doesNotContain("P50 in default*", "no distressed value given");
  }

  /**
   * Every key of a scenario of {@code simulate --json} is in docs/risk.md's table of the JSON
   * output (written "`.key`", "`.key[]`" or "`.key.sub`"), the keys of review 36 included; the
   * scenarios file's SCOP d'amorçage has failed paths (its {@code firstFailure} is not null).
   */
  @Test
  void everyScenarioKeyIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "risk.md"));
    JsonNode scenarios = json(SCENARIOS, "--paths", "200", "--seed", "5", "--json")
        .get("scenarios");
    assertThat(scenarios.get(4).get("failedPaths").asLong()).isPositive();
    java.util.List<String> keys = new java.util.ArrayList<>();
    scenarios.forEach(s -> s.fieldNames().forEachRemaining(keys::add));
    assertThat(keys).contains("failedProbability", "expectedJobsAtRiskIfFailedAtRisk",
        "participationMeanIfFailedPaidNone");
    for (String key : keys) {
      assertThat(doc).as(key).containsPattern("`\\." + quote(key) + "[`\\[.]");
    }
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
