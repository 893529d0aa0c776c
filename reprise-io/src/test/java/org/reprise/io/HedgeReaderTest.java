package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.reprise.io.TestDeals.read;
import static org.reprise.io.TestDeals.with;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.reprise.model.DealException;
import org.reprise.model.Hedge;
import org.reprise.model.Tranche;

/**
 * {@code financing.debt[].hedge} (docs/deal-format.md): a swap or a cap on a floating term loan,
 * ending by the exit; each error names its path and reads in English and in French.
 */
class HedgeReaderTest {

  private static final String FLOATING = "{name: Senior, lender: banks, amount: 500,"
      + " repayment: {linear: 5}, rate: {base: [\"2%\", \"3%\"], margin: \"3%\"}";

  /** The minimal deal (exit in 2030, year 5) with a revolver first and the term loan second. */
  private static ObjectNode deal(String tranche) {
    return with("financing.debt", "[{name: RCF, lender: banks, type: revolver, limit: 100,"
        + " rate: {base: \"2%\", margin: \"2%\"}}, " + tranche + "]");
  }

  private static Tranche loan(String hedge) {
    return read(deal(FLOATING + ", hedge: " + hedge + "}")).financing().debt().get(1);
  }

  /** Asserts the error's path, its English message and its French translation. */
  private static void fails(String tranche, String path, String english, String french) {
    assertThatThrownBy(() -> read(deal(tranche)))
        .isInstanceOf(DealException.class)
        .satisfies(e -> {
          DealException d = (DealException) e;
          assertThat(d.path()).isEqualTo(path);
          assertThat(d.getMessage()).contains(english);
          assertThat(MessagesFr.strict(ScenarioReader.messageOf(d)))
              .as("a French translation of: " + d.getMessage())
              .hasValueSatisfying(fr -> assertThat(fr).contains(french));
        });
  }

  @Test
  void aSwapIsReadWithTheLoansBaseRateAsItsIndex() {
    Hedge h = loan("{type: swap, share: \"75%\", rate: \"2.4%\", years: 3}").hedge();
    assertThat(h.type()).isEqualTo(Hedge.Type.SWAP);
    assertThat(h.share()).isEqualTo(0.75);
    assertThat(h.rate()).isCloseTo(0.024, within(1e-15));
    assertThat(h.years()).isEqualTo(3);
    assertThat(h.premium()).isZero();
    assertThat(h.index()).containsExactly(0.02, 0.03, 0.03, 0.03, 0.03);
  }

  @Test
  void aCapIsReadWithItsStrikeAndPremium() {
    Hedge h = loan("{type: cap, share: \"50%\", strike: \"3%\", years: 5, premium: \"0.6%\"}")
        .hedge();
    assertThat(h.type()).isEqualTo(Hedge.Type.CAP);
    assertThat(h.share()).isEqualTo(0.5);
    assertThat(h.rate()).isCloseTo(0.03, within(1e-15));
    assertThat(h.years()).isEqualTo(5);
    assertThat(h.premium()).isCloseTo(0.006, within(1e-15));
    assertThat(loan("{type: cap, share: 1, strike: 0.03, years: 1}").hedge().premium()).isZero();
  }

  @Test
  void noHedgeByDefault() {
    assertThat(read(deal(FLOATING + "}")).financing().debt().get(1).hedge()).isNull();
  }

  @Test
  void aHedgeNeedsAFloatingTermLoan() {
    fails("{name: Senior, lender: banks, amount: 500, repayment: {linear: 5}, rate: \"5%\","
            + " hedge: {type: swap, share: 1, rate: 0.02, years: 3}}",
        "financing.debt[1].hedge", "a hedge applies only to a floating rate",
        "une couverture ne s'applique qu'à un taux variable");
    fails(FLOATING + ", floating: false, hedge: {type: swap, share: 1, rate: 0.02, years: 3}}",
        "financing.debt[1].hedge", "`floating: false`", "tenu pour déjà couvert");
    assertThatThrownBy(() -> read(with("financing.debt", "[{name: RCF, lender: banks,"
        + " type: revolver, limit: 100, rate: {base: \"2%\", margin: \"2%\"},"
        + " hedge: {type: cap, share: 1, strike: 0.03, years: 2}}]")))
        .isInstanceOf(DealException.class)
        .satisfies(e -> {
          assertThat(((DealException) e).path()).isEqualTo("financing.debt[0].hedge");
          assertThat(e.getMessage()).contains("not to a revolver");
          assertThat(MessagesFr.strict(ScenarioReader.messageOf((DealException) e)))
              .hasValueSatisfying(fr -> assertThat(fr).contains("pas à un crédit renouvelable"));
        });
  }

  @Test
  void theSharesTermsAndPremiumAreChecked() {
    fails(FLOATING + ", hedge: {type: swap, share: 0, rate: 0.02, years: 3}}",
        "financing.debt[1].hedge.share", "above 0% and at most 100%, found 0",
        "au-dessus de 0 % et au plus 100 %");
    fails(FLOATING + ", hedge: {type: swap, share: \"120%\", rate: 0.02, years: 3}}",
        "financing.debt[1].hedge.share", "expected a rate between 0% and 100%", "entre 0");
    fails(FLOATING + ", hedge: {type: swap, rate: 0.02, years: 3}}",
        "financing.debt[1].hedge.share", "the share of the loan hedged", "la part du prêt couverte");
    fails(FLOATING + ", hedge: {type: swap, share: 1, rate: 0.02, years: 0}}",
        "financing.debt[1].hedge.years", "expected a whole number between 1 and 100, found 0",
        "un nombre entier entre 1 et 100");
    fails(FLOATING + ", hedge: {type: swap, share: 1, rate: 0.02, years: 7}}",
        "financing.debt[1].hedge.years",
        "the hedge runs 7 years, past the exit at the end of year 5", "au plus 5 ans");
    fails(FLOATING + ", hedge: {type: cap, share: 1, strike: 0.03, years: 3, premium: -0.01}}",
        "financing.debt[1].hedge.premium", "expected a rate between 0% and 100%", "entre 0");
    fails(FLOATING + ", hedge: {type: swap, share: 1, years: 3}}",
        "financing.debt[1].hedge.rate", "the swap's fixed rate", "le taux fixe du swap");
    fails(FLOATING + ", hedge: {type: cap, share: 1, years: 3}}",
        "financing.debt[1].hedge.strike", "the cap's strike", "le prix d'exercice du cap");
    fails(FLOATING + ", hedge: {type: cap, share: 1, rate: 0.03, strike: 0.03, years: 3}}",
        "financing.debt[1].hedge.rate", "a cap has a `strike`, not a `rate`",
        "un cap a un prix d'exercice");
    fails(FLOATING + ", hedge: {type: swap, share: 1, rate: 0.02, premium: 0.01, years: 3}}",
        "financing.debt[1].hedge.premium", "`premium` applies only to a cap",
        "ne s'applique qu'à un cap");
    fails(FLOATING + ", hedge: {type: collar, share: 1, rate: 0.02, years: 3}}",
        "financing.debt[1].hedge.type", "expected one of `swap`, `cap`", "un choix parmi");
    fails(FLOATING + ", hedge: {share: 1, rate: 0.02, years: 3}}",
        "financing.debt[1].hedge.type", "expected one of `swap`, `cap`", "un choix parmi");
    fails(FLOATING + ", hedge: {type: swap, share: 1, rate: 0.02, years: 3, notional: 5}}",
        "financing.debt[1].hedge.notional", "unknown key `notional`", "notional");
  }
}
