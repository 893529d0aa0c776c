package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reprise.io.TestDeals.fails;
import static org.reprise.io.TestDeals.failsWith;
import static org.reprise.io.TestDeals.read;
import static org.reprise.io.TestDeals.readWith;
import static org.reprise.io.TestDeals.with;
import static org.reprise.io.TestDeals.without;

import org.junit.jupiter.api.Test;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.Structure;
import org.reprise.model.Transaction;
import org.reprise.model.Valuation;

class TransactionReaderTest {

  @Test
  void transactionDefaults() {
    Transaction t = read(TestDeals.minimal()).transaction();
    assertThat(t.entryValue()).isEqualTo(new Valuation(Valuation.Basis.MULTIPLE_LTM, 6));
    assertThat(t.refinanceExistingDebt()).isTrue();
    assertThat(t.transactionFees()).isZero();
    assertThat(t.transactionFeeShare()).isZero();
    assertThat(t.cashToBalanceSheet()).isZero();
    assertThat(t.closingDate()).isEqualTo("2025-12-31");
  }

  @Test
  void priceForms() {
    assertThat(readWith("transaction.price", "{multiple: \"7.5x\", of: forward}").transaction()
        .entryValue()).isEqualTo(new Valuation(Valuation.Basis.MULTIPLE_FORWARD, 7.5));
    assertThat(readWith("transaction.price", "{amount: 1500}").transaction().entryValue())
        .isEqualTo(new Valuation(Valuation.Basis.AMOUNT, 1500));
  }

  /** exit.distressedValue: none by default; a multiple of the exit year's EBITDA or an amount. */
  @Test
  void theExitsDistressedValue() {
    assertThat(read(TestDeals.minimal()).exit().distressedValue()).isNull();
    Deal d = readWith("exit.distressedValue", "{multiple: 4, of: ltm}");
    assertThat(d.exit().distressedValue())
        .isEqualTo(new Valuation(Valuation.Basis.MULTIPLE_LTM, 4));
    assertThat(d.exit().valueFor(true)).isEqualTo(d.exit().distressedValue());
    assertThat(d.exit().valueFor(false)).isEqualTo(d.exit().value());
    failsWith("exit.distressedValue", "{multiple: 4, of: forward}", "exit.distressedValue.of")
        .hasMessageContaining("expected ltm: a company in default is valued on the exit year's"
            + " EBITDA");
  }

  /**
   * exit.sale: true by default (a fund buyout sells at the exit), false when the owners keep the
   * company (an employee buyout valued at the horizon); a SCOP and the status quo are never sold
   * (false, and `sale: true` is refused); the arithmetic of the exit is the same either way.
   */
  @Test
  void theExitsSale() {
    Deal sold = read(TestDeals.minimal());
    assertThat(sold.exit().sale()).isTrue();
    assertThat(sold.soldAtExit()).isTrue();
    Deal kept = readWith("exit.sale", "false");
    assertThat(kept.exit().sale()).isFalse();
    assertThat(kept.soldAtExit()).isFalse();
    assertThat(kept.exit().value()).isEqualTo(sold.exit().value());
    assertThat(kept.exit().feeShare()).isEqualTo(sold.exit().feeShare());
    assertThat(readWith("exit.sale", "true").soldAtExit()).isTrue();
    Deal employees = read(with(with("kind", "employee-lbo"), "exit.sale", "false"));
    assertThat(employees.soldAtExit()).isFalse();
    assertThat(read(with(TestDeals.minimal(), "kind", "employee-lbo")).soldAtExit()).isTrue();
    failsWith("exit.sale", "\"no\"", "exit.sale")
        .hasMessage("exit.sale: expected true or false, found \"no\"");
    failsWith("exit.sale", "0", "exit.sale")
        .hasMessage("exit.sale: expected true or false, found 0");
    // never sold: false without the key, refused when the file says true
    Deal statusQuo = read(with(TestDeals.minimal(), "kind", "status-quo"));
    assertThat(statusQuo.exit().sale()).isFalse();
    assertThat(read(with(with("kind", "status-quo"), "exit.sale", "false"))
        .soldAtExit()).isFalse();
    fails(with(with("kind", "status-quo"), "exit.sale", "true"), "exit.sale")
        .hasMessageContaining("in the status quo nobody sells at the exit")
        .hasMessageContaining("write `sale: false`");
  }

  @Test
  void priceErrors() {
    fails(without("transaction.price"), "transaction.price")
        .hasMessage("transaction.price: expected {multiple: 7, of: ltm} or {amount: 1000000},"
            + " found nothing (the key is missing)");
    failsWith("transaction.price", "{multiple: 0}", "transaction.price.multiple")
        .hasMessageContaining("greater than 0");
    failsWith("transaction.price", "{amount: -5}", "transaction.price.amount");
    failsWith("transaction.price", "{amount: 5, multiple: 3}", "transaction.price")
        .hasMessageContaining("not both");
    failsWith("transaction.price", "{multiple: 6, of: LTM}", "transaction.price.of")
        .hasMessage("transaction.price.of: expected one of `ltm`, `forward`, found \"LTM\"");
    failsWith("transaction.price", "{of: ltm}", "transaction.price")
        .hasMessageContaining("found neither");
    failsWith("transaction.price", "7", "transaction.price");
    fails(without("transaction"), "transaction").hasMessageContaining("required");
  }

  @Test
  void feesAsAmountOrShare() {
    assertThat(readWith("transaction.fees", "25").transaction().transactionFees()).isEqualTo(25);
    Transaction t = readWith("transaction.fees", "{shareOfPrice: \"2%\"}").transaction();
    assertThat(t.transactionFees()).isZero();
    assertThat(t.transactionFeeShare()).isEqualTo(0.02);
    failsWith("transaction.fees", "\"2%\"", "transaction.fees")
        .hasMessageContaining("an amount in currency units or {shareOfPrice: rate}");
  }

  @Test
  void closingDate() {
    assertThat(readWith("transaction.closingDate", "2026-01-15").transaction().closingDate())
        .isEqualTo("2026-01-15");
    failsWith("transaction.closingDate", "2026-02-30", "transaction.closingDate")
        .hasMessage("transaction.closingDate: expected a date written YYYY-MM-DD such as"
            + " \"2025-12-31\", found \"2026-02-30\"");
    failsWith("transaction.closingDate", "31/12/2025", "transaction.closingDate");
  }

  @Test
  void exitYearMustFollowTheBaseYear() {
    failsWith("exit.year", "2025", "exit.year")
        .hasMessage("exit.year: expected a calendar year after the base year 2025 and at most 2055"
            + " (horizon of 1 to 30 years), found 2025");
    failsWith("exit.year", "2020", "exit.year");
    failsWith("exit.year", "2056", "exit.year").hasMessageContaining("at most 2055");
    assertThat(readWith("exit.year", "2055").years()).isEqualTo(30);
    failsWith("exit.year", "\"2030\"", "exit.year");
    fails(without("exit"), "exit").hasMessageContaining("required");
  }

  @Test
  void exitValueAndFees() {
    var tree = with("exit.fees", "\"1.5%\"");
    with(tree, "exit.value", "{amount: 2000}");
    Deal d = read(tree);
    assertThat(d.exit().year()).isEqualTo(5);
    assertThat(d.exit().feeShare()).isEqualTo(0.015);
    assertThat(d.exit().value()).isEqualTo(new Valuation(Valuation.Basis.AMOUNT, 2000));
    failsWith("exit.fees", "\"100%\"", "exit.fees");
    fails(without("exit.value"), "exit.value");
  }

  @Test
  void forwardExitNeedsOneMoreYear() {
    Deal d = readWith("exit.value", "{multiple: 6, of: forward}");
    assertThat(d.exit().year()).isEqualTo(5);
    assertThat(d.years()).isEqualTo(6);
  }

  @Test
  void structureDefaults() {
    Structure s = read(TestDeals.minimal()).structure();
    assertThat(s.kind()).isEqualTo(Structure.Kind.HOLDING);
    assertThat(s.taxGroup()).isTrue();
    assertThat(s.holdingCosts()).containsOnly(0.0);
    Structure p = readWith("structure", "{type: pushdown}").structure();
    assertThat(p.kind()).isEqualTo(Structure.Kind.PUSHDOWN);
    assertThat(p.taxGroup()).isFalse();
    assertThat(p.mergedEquity()).isNaN();
    assertThat(readWith("structure", "{type: pushdown, mergedEquity: 7000000}").structure()
        .mergedEquity()).isEqualTo(7_000_000.0);
    assertThat(readWith("structure", "{holdingCosts: [5, 6]}").structure().holdingCosts())
        .containsExactly(5, 6, 6, 6, 6);
  }

  @Test
  void taxGroupOnlyWithAHolding() {
    failsWith("structure", "{type: pushdown, taxGroup: true}", "structure.taxGroup")
        .hasMessageStartingWith("structure.taxGroup: taxGroup applies only to a holding structure");
    failsWith("structure", "{type: pushdown, holdingCosts: 10}", "structure.holdingCosts")
        .hasMessageContaining("only to a holding");
    failsWith("structure", "{mergedEquity: 10}", "structure.mergedEquity")
        .hasMessageContaining("only to a push-down");
    failsWith("structure", "{type: newco}", "structure.type")
        .hasMessage("structure.type: expected one of `holding`, `pushdown`, found \"newco\"");
  }

  /**
   * The share premium (methodology §5.5): 0 by default; a negative amount, a text, a premium above
   * the shares subscribed (the reader when every amount is given, the engine when a class is the
   * balancing item) are errors naming the key, in English and in French.
   */
  @Test
  void aSharePremiumIsCheckedInEnglishAndFrench() {
    assertThat(read(TestDeals.minimal()).structure().sharePremium()).isZero();
    assertThat(readWith("structure", "{type: pushdown, sharePremium: 250000}").structure()
        .sharePremium()).isEqualTo(250_000.0);
    failsWith("structure.sharePremium", "-5", "structure.sharePremium")
        .hasMessage("structure.sharePremium: expected an amount of zero or more, found -5")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e))
            .isEqualTo("attendu : un montant positif ou nul ; trouvé : -5"));
    failsWith("structure.sharePremium", "lots", "structure.sharePremium")
        .hasMessageStartingWith("structure.sharePremium: expected an amount in currency units")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e))
            .isEqualTo("attendu : un montant en unités monétaires, par exemple 1200000 ; trouvé : \"lots\""));
    fails(with(with("structure.sharePremium", "150"), "financing.equity",
        "[{name: F, holder: fund, amount: 100}, {name: L, holder: fund, type: shareholder-loan,"
            + " amount: balance}]"), "structure.sharePremium")
        .hasMessage("structure.sharePremium: expected at most the shares subscribed at the"
            + " closing (the financing.equity classes other than the shareholder loans), 100.00,"
            + " found 150")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e))
            .isEqualTo("attendu : au plus les actions souscrites à la clôture (les"
                + " catégories de financing.equity autres que les comptes courants d'associés),"
                + " 100 ; trouvé : 150"));
    Deal balancing = readWith("structure.sharePremium", "1e12");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> org.reprise.engine.LboEngine.DEFAULT.run(balancing))
        .isInstanceOf(DealException.class)
        .hasMessageContaining("structure.sharePremium: expected at most the shares subscribed")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e))
            .isEqualTo("attendu : au plus les actions souscrites à la clôture (les"
                + " catégories de financing.equity autres que les comptes courants d'associés),"
                + " 1080 ; trouvé : 1000000000000"));
    // a push-down's premium is part of the merged company's equity given (review 38, W1)
    failsWith("structure", "{type: pushdown, mergedEquity: 500, sharePremium: 750}",
        "structure.sharePremium")
        .hasMessage("structure.sharePremium: expected at most the merged company's opening book"
            + " equity (structure.mergedEquity), 500, found 750")
        .satisfies(e -> assertThat(MessagesFr.translate((DealException) e))
            .isEqualTo("attendu : au plus les capitaux propres d'ouverture de la société"
                + " fusionnée (structure.mergedEquity), 500 ; trouvé : 750"));
    assertThat(readWith("structure", "{type: pushdown, mergedEquity: 500, sharePremium: 500}")
        .structure().sharePremium()).isEqualTo(500.0);
  }
}
