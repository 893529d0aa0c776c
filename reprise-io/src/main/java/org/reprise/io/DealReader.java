package org.reprise.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.reprise.model.Company;
import org.reprise.model.Cooperative;
import org.reprise.model.Covenants;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.Exit;
import org.reprise.model.Financing;
import org.reprise.model.FundTerms;
import org.reprise.model.Operations;
import org.reprise.model.Participation;
import org.reprise.model.Structure;
import org.reprise.model.Tax;
import org.reprise.model.Transaction;

/**
 * Reads a deal file (YAML or JSON, format version {@code reprise: 1}) into a resolved {@link
 * Deal}: defaults applied, rates as decimals, every per-year array of the horizon length.
 *
 * <p>The format is documented in {@code docs/deal-format.md}. Every problem, from a missing file
 * to a YAML syntax error or a wrong value, is reported as a {@link DealException} whose path names
 * the offending key ({@code financing.debt[1].rate}, {@code ""} for the whole file) and whose
 * message says what was expected and what was found. No other exception escapes.
 *
 * <p>The horizon is {@code exit.year − company.baseYear} (1 to 30 years), plus one year when the
 * exit value is a forward multiple (it needs the next year's EBITDA).
 *
 * <p>This reader resolves the file's top-level deal, of its {@code kind} (a status quo is built by
 * {@link StatusQuoReader}); the {@code scenarios} of a file and its chain of buyouts are read by
 * {@link ScenarioReader}, which uses the same resolution.
 */
public final class DealReader {

  /** The keys allowed at the top level of a deal file. */
  static final String[] KEYS = {
    "reprise", "name", "source", "kind", "company", "projections", "transaction", "structure",
    "financing", "tax", "covenants", "exit", "conventions", "participation", "cooperative",
    "statusQuo", "scenarios", "chain", "risk", "fund", "personalTax"
  };

  /** Largest number of buyouts in a chain. */
  public static final int MAX_ROUNDS = 20;

  /** Longest projection of a chain of buyouts, in years. */
  static final int MAX_CHAIN_YEARS = 100;

  /** The only supported format version. */
  public static final int FORMAT_VERSION = 1;

  private static final long MAX_FILE_BYTES = 20_000_000;

  private DealReader() {}

  /**
   * Reads a deal file. JSON when the file name ends in {@code .json} or the content starts with
   * {@code {}, YAML otherwise. The file must be UTF-8.
   *
   * @param file the deal file
   * @return the resolved deal
   * @throws DealException when the file cannot be read or is not a valid deal; the exception's
   *     message does not contain the file name: print it as {@link #describe}
   */
  public static Deal read(Path file) {
    return parse(readText(file), sourceName(file));
  }

  /**
   * @param file a deal file
   * @return its text, checked to be UTF-8 and at most 20 MB
   * @throws DealException when it cannot be read (path {@code ""})
   */
  static String readText(Path file) {
    if (file == null) {
      throw new DealException("", "no deal file given");
    }
    try {
      if (Files.isDirectory(file)) {
        throw new DealException("", "cannot read the file: it is a directory, not a file");
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new DealException("", "cannot read the file: it is larger than 20 MB");
      }
      return StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      throw new DealException("", "cannot read the file: no such file");
    } catch (AccessDeniedException e) {
      throw new DealException("", "cannot read the file: permission denied");
    } catch (CharacterCodingException e) {
      throw new DealException("", "cannot read the file: it is not UTF-8 text"
          + " (save it as UTF-8)");
    } catch (IOException | SecurityException e) {
      throw new DealException("", "cannot read the file: "
          + Text.abbreviate(String.valueOf(e.getMessage()), 200));
    }
  }

  /** @return the file's name, to choose between JSON and YAML */
  static String sourceName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /**
   * Parses the text of a deal file.
   *
   * @param text the content (YAML, or JSON when {@code sourceName} ends in {@code .json} or the
   *     text starts with <code>{</code>)
   * @param sourceName a name for the source, such as the file name (may be null)
   * @return the resolved deal
   * @throws DealException when the text is not a valid deal
   */
  public static Deal parse(String text, String sourceName) {
    Node root = root(text, sourceName);
    return guard(() -> resolve(root));
  }

  /**
   * Parses a document into its tree, with the readers' own limits and syntax-error messages (the
   * problem and its line and column), without reading it as a deal: for the web page's
   * conversions.
   *
   * @param text the document
   * @param json true to read JSON, false for YAML
   * @return its root, or null for an empty document
   * @throws DealException on a syntax error (path {@code ""})
   */
  public static com.fasterxml.jackson.databind.JsonNode tree(String text, boolean json) {
    return TreeLoader.load(text, json);
  }

  /**
   * Loads the text of a deal file and checks its top level: a mapping of the known keys with
   * {@code reprise: 1}.
   */
  static Node root(String text, String sourceName) {
    if (text == null) {
      throw new DealException("", "no deal text given");
    }
    boolean json = (sourceName != null
            && sourceName.toLowerCase(Locale.ROOT).endsWith(".json"))
        || TreeLoader.looksLikeJson(text);
    JsonNode tree = TreeLoader.load(text, json);
    Node root = Node.root(tree);
    guard(() -> checkRoot(root));
    return root;
  }

  /**
   * Runs a resolution step, turning any unexpected exception into a readable {@link
   * DealException} (defence in depth: a bug must still reach the user as a message, never a
   * stack trace).
   */
  static <T> T guard(Supplier<T> step) {
    try {
      return step.get();
    } catch (DealException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new DealException("", "internal error while reading the deal, please report it: "
          + e.getClass().getSimpleName());
    }
  }

  /**
   * @param source the file name or other source label
   * @param e the error
   * @return the one-line message to show the user: {@code <source>: <path>: <message>}
   */
  public static String describe(String source, DealException e) {
    return source == null || source.isEmpty() ? e.getMessage() : source + ": " + e.getMessage();
  }

  /** Checks the top level of a document: a mapping of known keys starting with {@code reprise: 1}. */
  private static Node checkRoot(Node root) {
    if (!root.present()) {
      throw new DealException("", "the file is empty: a deal file starts with `reprise: 1`");
    }
    if (!root.isMapping()) {
      throw root.expected("a deal: a mapping of keys starting with `reprise: 1`");
    }
    root.mapping(KEYS);
    Node version = root.at("reprise");
    if (!version.present()) {
      throw version.fail("required: the file format version, write `reprise: 1` at the top");
    }
    if (!version.isNumber() || version.number("1") != FORMAT_VERSION) {
      throw version.expected("format version 1 (`reprise: 1`)");
    }
    return root;
  }

  /**
   * Resolves a parsed document: the top-level deal of the file (its {@code scenarios}, if any, are
   * read by {@link ScenarioReader}; its {@code chain} section is checked but does not change the
   * deal).
   */
  static Deal resolve(Node root) {
    checkRoot(root);
    chainRounds(root.at("chain"));
    return resolve(root, kind(root), null, 1);
  }

  /** @return the deal's name: {@code name}, or the company's name */
  static String name(Node root) {
    Node nameNode = root.at("name");
    return nameNode.present() ? nameNode.requiredText() : CompanyReader.read(root.at("company")).name();
  }

  /** A line break or a run of spaces in a {@code source}, shown as one space. */
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /** What {@code source} must be (review 26, X7). */
  static final String SOURCE_EXPECTED = "a text saying who set the assumptions, such as"
      + " \"the buyer's business plan of 12/03/2026\" or \"fictional example\"";

  /**
   * @return the deal's {@code source}, on one line (surrounding spaces removed, a line break or
   *     a run of spaces made one space): who set the assumptions, printed beside the results;
   *     {@code null} when the file does not say (absent or {@code null})
   */
  static String source(Node root) {
    Node node = root.at("source");
    if (!node.present()) {
      return null;
    }
    String text = node.textOrNull();
    if (text == null || text.isBlank()) {
      throw node.expected(SOURCE_EXPECTED);
    }
    // printed on one line: a line break or a run of spaces becomes one space
    return WHITESPACE.matcher(text.strip()).replaceAll(" ");
  }

  /**
   * @return the deal's kind: {@code kind}, by default {@code scop} when there is a {@code
   *     cooperative} section and {@code fund-lbo} otherwise; a SCOP needs the section and the
   *     other kinds may not have it
   */
  static String kind(Node root) {
    Node coop = root.at("cooperative");
    Node k = root.at("kind");
    String kind = k.choice(coop.present() ? Scenario.SCOP : Scenario.FUND_LBO, Scenario.KINDS);
    if (kind.equals(Scenario.SCOP) && !coop.present()) {
      throw coop.fail("required: a SCOP (kind: scop) needs a `cooperative` section with its rules"
          + " (it may be empty, `cooperative: {}`, to take every default)");
    }
    if (!kind.equals(Scenario.SCOP) && coop.present() && !kind.equals(Scenario.STATUS_QUO)) {
      throw coop.fail("the `cooperative` section makes the deal a SCOP, but its kind is " + kind
          + ": write `kind: scop`, or remove the section (in a scenario, `cooperative: null`"
          + " removes a top-level section)");
    }
    return kind;
  }

  /** @return {@code chain.rounds} (checked), or 0 when there is no {@code chain} section */
  static int chainRounds(Node chain) {
    if (!chain.present()) {
      return 0;
    }
    chain.mapping("rounds");
    Node r = chain.at("rounds");
    if (!r.present()) {
      throw r.fail("required: the number of successive buyouts, such as `rounds: 5`");
    }
    return r.integer(1, MAX_ROUNDS);
  }

  /**
   * Resolves a deal tree of a given kind.
   *
   * @param root the tree (a file's top level, or a scenario merged into it)
   * @param kind {@code status-quo}, {@code fund-lbo}, {@code employee-lbo} or {@code scop}
   * @param name the deal's name, or {@code null} for the tree's {@code name} (default: the
   *     company's name)
   * @param rounds number of holding periods the per-year values must cover (1, or the rounds of
   *     a chain of buyouts)
   */
  static Deal resolve(Node root, String kind, String name, int rounds) {
    Company company = CompanyReader.read(root.at("company"));
    int baseYear = company.base().year();
    Exit exit = TransactionReader.exit(root.at("exit"), baseYear, kind);
    int extra = exit.value().isForward() ? 1 : 0;
    int years = rounds * exit.year() + extra;
    if (years > MAX_CHAIN_YEARS) {
      throw new DealException("chain.rounds", rounds + " buyouts of " + exit.year()
          + " years need " + years + " projected years; at most " + MAX_CHAIN_YEARS
          + " are allowed");
    }
    Operations operations = OperationsReader.read(root.at("projections"), company, years);
    Node statusQuo = root.at("statusQuo");
    if (kind.equals(Scenario.STATUS_QUO)) {
      StatusQuoReader.noCooperative(root);
      Transaction transaction = StatusQuoReader.transaction(root, baseYear);
      Financing financing = StatusQuoReader.financing(statusQuo, company.base(), years);
      return new Deal(name(root, name), company, operations, transaction,
          StatusQuoReader.structure(years), financing, TaxPresets.read(root.at("tax"), years),
          StatusQuoReader.covenants(years), exit, interestBasis(root.at("conventions")),
          ParticipationReader.read(root.at("participation"), company, false), null,
          FundReader.read(root.at("fund"), financing), null, source(root));
    }
    Transaction transaction = TransactionReader.transaction(root.at("transaction"), baseYear);
    Structure structure = TransactionReader.structure(root.at("structure"), years);
    Financing financing = FinancingReader.read(
        root.at("financing"), company.base(), transaction, structure, years, exit.year());
    Tax tax = TaxPresets.read(root.at("tax"), years);
    Covenants covenants = covenants(root.at("covenants"), years);
    Deal.InterestBasis basis = interestBasis(root.at("conventions"));
    Participation participation = ParticipationReader.read(
        root.at("participation"), company, kind.equals(Scenario.SCOP));
    if (statusQuo.present()) {
      // read for its errors only: it applies to the status-quo scenarios
      StatusQuoReader.financing(statusQuo, company.base(), years);
    }
    checkPremium(root.at("structure").at("sharePremium"), structure, financing, kind);
    if (kind.equals(Scenario.SCOP) && financing.ratchet() != null) {
      throw root.at("financing").at("ratchet").fail(SCOP_RATCHET);
    }
    Cooperative cooperative =
        CooperativeReader.read(root.at("cooperative"), company, financing, years);
    Deal deal = new Deal(name(root, name), company, operations, transaction, structure, financing,
        tax, covenants, exit, basis, participation, cooperative,
        FundReader.read(root.at("fund"), financing), null, source(root));
    // the individuals' tax on their exit gains, only when the file asks (methodology §8.4)
    String fundHolder = deal.fund() == null ? FundTerms.DEFAULT_HOLDER : deal.fund().holder();
    return deal.withPersonalTax(PersonalTaxReader.read(root.at("personalTax"),
        root.at("financing").at("equity"), financing, deal.soldAtExit(), fundHolder));
  }

  /**
   * The share premium (methodology §5.5): none in a SCOP, and at most the shares subscribed at the
   * closing when every class's amount is given (with a balancing class the engine checks it).
   */
  private static void checkPremium(
      Node node, Structure structure, Financing financing, String kind) {
    double premium = structure.sharePremium();
    if (!(premium > 0.0)) {
      return;
    }
    if (kind.equals(Scenario.SCOP)) {
      throw node.fail(Structure.SCOP_PREMIUM);
    }
    // a push-down's premium is part of the merged company's equity (review 38, W1)
    if (structure.kind() == Structure.Kind.PUSHDOWN && premium > structure.mergedEquity()) {
      throw node.fail(Structure.premiumAboveMergedEquity(structure.mergedEquity(), premium));
    }
    double subscribed = 0.0;
    for (org.reprise.model.EquityClass c : financing.equity()) {
      if (c.kind() == org.reprise.model.EquityClass.Kind.SHAREHOLDER_LOAN) {
        continue;
      }
      if (c.isBalancing()) {
        return;
      }
      subscribed += c.amount();
    }
    if (premium > subscribed) {
      throw node.fail(Structure.premiumAboveShares(subscribed, premium));
    }
  }

  /** A SCOP refuses a ratchet (docs/methodology.md §7.1); the engine says the same. */
  static final String SCOP_RATCHET = "a SCOP has no ratchet: its members' shares are repaid at"
      + " most at their nominal value, there is no ordinary equity to move";

  private static String name(Node root, String name) {
    return name != null ? name : name(root);
  }

  /** {@code conventions: {interest: average | opening}}. */
  private static Deal.InterestBasis interestBasis(Node conventions) {
    if (conventions.present()) {
      conventions.mapping("interest");
    }
    String interest = conventions.at("interest").choice("average", "average", "opening");
    return interest.equals("average") ? Deal.InterestBasis.AVERAGE : Deal.InterestBasis.OPENING;
  }

  /**
   * Covenants: per-year multiples; {@code null} in a list means "not tested that year"; {@code
   * drawstop}, whether a breach or a default stops the revolvers' drawings the next year.
   */
  static Covenants covenants(Node node, int years) {
    if (node.present()) {
      node.mapping("maxNetLeverage", "minInterestCover", "minDebtServiceCover", "drawstop");
    }
    return new Covenants(
        covenant(node.at("maxNetLeverage"), years),
        covenant(node.at("minInterestCover"), years),
        covenant(node.at("minDebtServiceCover"), years),
        node.at("drawstop").bool(false));
  }

  private static double[] covenant(Node node, int years) {
    if (!node.present()) {
      return PerYear.fill(years, Double.NaN);
    }
    return PerYear.of(node, years, n -> {
      if (!n.present()) {
        return Double.NaN;
      }
      double m = n.multiple();
      if (m < 0) {
        throw n.expected("a multiple of 0 or more");
      }
      return m;
    }, Rates.MULTIPLE_FORMS + " (or null: not tested)");
  }
}
