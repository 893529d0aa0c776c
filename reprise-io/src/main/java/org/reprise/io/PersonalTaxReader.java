package org.reprise.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reprise.model.EquityClass;
import org.reprise.model.Financing;
import org.reprise.model.FundTerms;
import org.reprise.model.PersonalTax;

/**
 * Reads the {@code personalTax} section, the individuals' tax on their exit gains, and the {@code
 * managementPackage} flag of the equity classes (docs/methodology.md §8.4, CGI art. 163 bis H).
 * The holders are required; the flat rate and the specific contribution have their legal
 * defaults; the marginal income-tax rate on a salary part has none and is required as soon as a
 * class is a management package.
 */
final class PersonalTaxReader {

  /** The keys of the section. */
  static final String[] KEYS = {"holders", "capitalGainsRate", "salaryRate", "salaryContribution"};

  /** The flag of an equity class, {@code financing.equity[].managementPackage}. */
  static final String FLAG = "managementPackage";

  private PersonalTaxReader() {}

  /**
   * @param node the {@code personalTax} value (may be absent, or {@code null} in a scenario)
   * @param equity the {@code financing.equity} list, read by {@link FinancingReader}
   * @param financing the deal's financing
   * @param sold whether the company is sold at the exit (a gain is realised)
   * @param fundHolder the holder whose flows are the fund's ({@link FundTerms#holder}, or {@link
   *     FundTerms#DEFAULT_HOLDER} without a {@code fund} section): never an individual
   * @return the terms, or {@code null} when the section is absent
   */
  static PersonalTax read(
      Node node, Node equity, Financing financing, boolean sold, String fundHolder) {
    List<Node> items = equity.list("a list of equity classes");
    List<EquityClass> classes = financing.equity();
    if (!node.present()) {
      for (Node item : items) {
        Node flag = item.at(FLAG);
        if (flag.present() && flag.bool()) {
          throw flag.fail("a management package is taxed by the `personalTax` section, which the"
              + " file does not have: add it, with the holders who are individuals and their"
              + " `salaryRate`, or remove the key");
        }
      }
      return null;
    }
    node.mapping(KEYS);
    if (!sold) {
      throw node.fail("the company is not sold at the exit (a SCOP, the status quo or `exit.sale:"
          + " false`): no gain is realised to tax; remove the section (in a scenario,"
          + " `personalTax: null` removes a top-level section)");
    }
    Set<String> known = new LinkedHashSet<>();
    for (EquityClass k : classes) {
      known.add(k.holder());
    }
    String knownList = Text.quoteAll(known.toArray(new String[0]));
    Node h = node.at("holders");
    if (!h.present()) {
      throw h.expected("the list of the equity holders who are individuals, such as"
          + " [management, employees]");
    }
    List<String> holders = new ArrayList<>();
    for (Node item : h.itemsOrSelf("a list of equity holders")) {
      String holder = item.requiredText();
      if (holder.equals(fundHolder) && holder.equals(FundTerms.DEFAULT_HOLDER)) {
        throw item.fail("the fund is not taxed here: a buyout fund (an FPCI) is transparent for"
            + " tax, its investors are taxed on their own; list the individuals' holders only");
      }
      if (holder.equals(fundHolder)) {
        // the fund named by `fund.holder` (review 33, X5): say which key made it the fund
        throw item.fail("\"" + Text.abbreviate(holder, 40) + "\" is the fund's holder"
            + " (`fund.holder`), not taxed here: a buyout fund (an FPCI) is transparent for tax;"
            + " list the individuals' holders only, or name the fund's own holder in"
            + " `fund.holder`");
      }
      if (!known.contains(holder)) {
        throw item.fail("no class of `financing.equity` is held by \""
            + Text.abbreviate(holder, 40) + "\" (the holders are " + knownList + ")");
      }
      if (holders.contains(holder)) {
        throw item.fail("\"" + Text.abbreviate(holder, 40) + "\" is listed twice");
      }
      holders.add(holder);
    }
    List<String> packages = new ArrayList<>();
    Node firstPackage = null;
    for (int i = 0; i < items.size(); i++) {
      Node flag = items.get(i).at(FLAG);
      if (!flag.present() || !flag.bool()) {
        continue;
      }
      EquityClass k = classes.get(i);
      if (k.kind() == EquityClass.Kind.SHAREHOLDER_LOAN) {
        throw flag.fail("a shareholder loan is not a management package: CGI art. 163 bis H"
            + " covers shares and the securities that give access to them, not debt");
      }
      if (!holders.contains(k.holder())) {
        throw flag.fail("a management package is held by individuals, but \""
            + Text.abbreviate(k.holder(), 40) + "\" is not in `personalTax.holders` ("
            + Text.quoteAll(holders.toArray(new String[0])) + "): add it there");
      }
      packages.add(k.name());
      firstPackage = firstPackage == null ? flag : firstPackage;
    }
    Node cg = node.at("capitalGainsRate");
    double capitalGains = cg.present() ? cg.rate(0, 1) : PersonalTax.DEFAULT_CAPITAL_GAINS_RATE;
    Node sc = node.at("salaryContribution");
    double contribution =
        sc.present() ? sc.rate(0, 1) : PersonalTax.DEFAULT_SALARY_CONTRIBUTION;
    Node sr = node.at("salaryRate");
    double salaryRate = Double.NaN;
    if (sr.present()) {
      salaryRate = sr.rate(0, PersonalTax.MAX_SALARY_RATE);
    } else if (firstPackage != null) {
      throw sr.fail("required when a class is a management package (" + firstPackage.path()
          + "): the holders' marginal income-tax rate on the part of the gain taxed as salary,"
          + " such as \"45%\" (the top bracket); no default, it depends on each holder's income");
    }
    return new PersonalTax(holders, packages, capitalGains, salaryRate, contribution);
  }
}
