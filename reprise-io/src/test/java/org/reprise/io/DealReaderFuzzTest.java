package org.reprise.io;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.Driver;
import org.reprise.model.Tranche;

/**
 * Fuzz test: {@link DealReader#parse} must either return a well-formed deal or throw a {@link
 * DealException} with a readable message, for any input whatsoever.
 *
 * <p>In a plain {@code mvn test} this runs in regression mode over the seeds in {@code
 * src/test/resources/org/reprise/io/DealReaderFuzzTestInputs/} (the examples, the template and
 * every crash the fuzzer found). To fuzz: {@code JAZZER_FUZZ=1 ./mvnw -o -pl reprise-io test
 * -Dtest=DealReaderFuzzTest}; move any {@code crash-*} file it writes into the seed directory.
 */
class DealReaderFuzzTest {

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "DealReaderFuzzTest.dict")
  void parseNeverThrowsAnythingButDealException(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    check(text, "fuzz.yaml");
    check(text, "fuzz.json");
  }

  private static void check(String text, String source) {
    Deal deal;
    try {
      deal = DealReader.parse(text, source);
    } catch (DealException e) {
      if (e.getMessage() == null
          || (e.path().isEmpty() && e.getMessage().startsWith("internal error"))) {
        throw new AssertionError("bad error message: " + e.getMessage(), e);
      }
      if (e.getMessage().contains("\n")) {
        throw new AssertionError("multi-line error message: " + e.getMessage(), e);
      }
      return;
    }
    checkResolved(deal);
  }

  /** Invariants of every resolved deal: array lengths, finite numbers where NaN is not allowed. */
  static void checkResolved(Deal d) {
    int n = d.years();
    require(n >= 1 && n <= 31, "horizon " + n);
    var o = d.operations();
    finite(o.revenue(), n, "revenue");
    for (double r : o.revenue()) {
      require(r > 0, "revenue must be positive");
    }
    for (Driver drv : new Driver[] {o.purchases(), o.externalCharges(), o.otherTaxes(),
        o.personnel(), o.depreciation(), o.capex(), o.workingCapital()}) {
      finite(drv.shareOfRevenue(), n, "driver share");
      finite(drv.fixed(), n, "driver fixed");
    }
    finite(o.headcount(), n, "headcount");
    finite(o.minimumCash(), n, "minimumCash");
    finite(o.interestOnCash(), n, "interestOnCash");
    finite(d.structure().holdingCosts(), n, "holdingCosts");
    finite(d.tax().rate(), n, "tax rate");
    require(d.covenants().maxNetLeverage().length == n, "covenant length");
    require(d.covenants().minInterestCover().length == n, "covenant length");
    require(d.covenants().minDebtServiceCover().length == n, "covenant length");
    require(d.exit().year() >= 1 && d.exit().year() <= n, "exit year");
    require(!d.financing().equity().isEmpty(), "equity");
    for (Tranche t : d.financing().debt()) {
      finite(t.cashRate(), n, "cash rate");
      finite(t.pikRate(), n, "pik rate");
      finite(t.repayment(), n, "repayment");
      require(t.maturity() >= 0 && t.maturity() <= n, "maturity");
      require(Double.isFinite(t.size().value()), "size");
    }
  }

  private static void finite(double[] a, int n, String what) {
    require(a != null && a.length == n, what + " length");
    for (double v : a) {
      require(Double.isFinite(v), what + " not finite");
    }
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("invariant broken: " + what);
    }
  }
}
