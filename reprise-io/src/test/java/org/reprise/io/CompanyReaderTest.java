package org.reprise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reprise.io.TestDeals.fails;
import static org.reprise.io.TestDeals.failsWith;
import static org.reprise.io.TestDeals.read;
import static org.reprise.io.TestDeals.readWith;
import static org.reprise.io.TestDeals.with;
import static org.reprise.io.TestDeals.without;

import org.junit.jupiter.api.Test;
import org.reprise.model.BaseYear;
import org.reprise.model.Company;

class CompanyReaderTest {

  @Test
  void readsTheMinimalCompanyWithDefaults() {
    Company c = read(TestDeals.minimal()).company();
    assertThat(c.name()).isEqualTo("Test Co");
    assertThat(c.headcount()).isEqualTo(10);
    BaseYear b = c.base();
    assertThat(b.year()).isEqualTo(2025);
    assertThat(b.revenue()).isEqualTo(1000);
    assertThat(b.ebitda()).isEqualTo(180);
    assertThat(b.cash()).isZero();
    assertThat(b.financialDebt()).isZero();
    assertThat(b.bookEquity()).isZero();
    assertThat(b.distributableReserves()).isZero();
    assertThat(b.taxLosses()).isZero();
  }

  @Test
  void distributableReservesDefaultToPositiveBookEquity() {
    assertThat(readWith("company.actuals.bookEquity", "500").company().base()
        .distributableReserves()).isEqualTo(500);
    assertThat(readWith("company.actuals.bookEquity", "-500").company().base()
        .distributableReserves()).isZero();
    var tree = with("company.actuals.bookEquity", "500");
    with(tree, "company.actuals.distributableReserves", "120");
    assertThat(read(tree).company().base().distributableReserves()).isEqualTo(120);
  }

  @Test
  void workingCapitalMayBeNegative() {
    assertThat(readWith("company.actuals.netWorkingCapital", "-300").company().base()
        .netWorkingCapital()).isEqualTo(-300);
  }

  @Test
  void companyIsRequired() {
    fails(without("company"), "company").hasMessageContaining("required");
  }

  @Test
  void nameIsRequired() {
    fails(without("company.name"), "company.name")
        .hasMessage("company.name: expected a text, found nothing (the key is missing)");
  }

  @Test
  void headcountMustBePositive() {
    failsWith("company.headcount", "0", "company.headcount")
        .hasMessageContaining("greater than 0").hasMessageEndingWith("found 0");
    failsWith("company.headcount", "many", "company.headcount")
        .hasMessageContaining("found \"many\"");
  }

  @Test
  void baseYearRange() {
    failsWith("company.baseYear", "1989", "company.baseYear")
        .hasMessage("company.baseYear: expected a whole number between 1990 and 2100, found 1989");
    failsWith("company.baseYear", "2025.5", "company.baseYear");
  }

  @Test
  void revenueIsRequiredAndPositive() {
    fails(without("company.actuals.revenue"), "company.actuals.revenue")
        .hasMessageContaining("found nothing");
    failsWith("company.actuals.revenue", "-1000", "company.actuals.revenue")
        .hasMessage("company.actuals.revenue: expected a revenue greater than 0, found -1000");
    failsWith("company.actuals.revenue", "0", "company.actuals.revenue");
  }

  @Test
  void costsMustNotBeNegative() {
    failsWith("company.actuals.purchases", "-1", "company.actuals.purchases")
        .hasMessage("company.actuals.purchases: expected an amount of zero or more, found -1");
  }

  @Test
  void amountsAreNumbersNotStrings() {
    failsWith("company.actuals.capex", "\"1 200\"", "company.actuals.capex")
        .hasMessage("company.actuals.capex: expected an amount in currency units such as 1200000,"
            + " found \"1 200\"");
  }

  @Test
  void unknownActualSuggestsTheClosest() {
    failsWith("company.actuals.revenu", "5", "company.actuals.revenu")
        .hasMessage("company.actuals.revenu: unknown key `revenu`: did you mean `revenue`?");
  }

  @Test
  void actualsAreRequired() {
    fails(without("company.actuals"), "company.actuals").hasMessageContaining("required");
  }
}
