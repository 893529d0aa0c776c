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
import org.reprise.model.Company;
import org.reprise.model.Covenants;
import org.reprise.model.Deal;
import org.reprise.model.DealException;
import org.reprise.model.Exit;
import org.reprise.model.Financing;
import org.reprise.model.Operations;
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
 */
public final class DealReader {

  /** The keys allowed at the top level of a deal file. */
  static final String[] KEYS = {
    "reprise", "name", "company", "projections", "transaction", "structure", "financing", "tax",
    "covenants", "exit", "conventions"
  };

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
    if (file == null) {
      throw new DealException("", "no deal file given");
    }
    String text;
    try {
      if (Files.isDirectory(file)) {
        throw new DealException("", "cannot read the file: it is a directory, not a file");
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new DealException("", "cannot read the file: it is larger than 20 MB");
      }
      text = StandardCharsets.UTF_8.newDecoder()
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
    Path name = file.getFileName();
    return parse(text, name == null ? file.toString() : name.toString());
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
    if (text == null) {
      throw new DealException("", "no deal text given");
    }
    boolean json = (sourceName != null
            && sourceName.toLowerCase(Locale.ROOT).endsWith(".json"))
        || TreeLoader.looksLikeJson(text);
    JsonNode tree = TreeLoader.load(text, json);
    try {
      return resolve(Node.root(tree));
    } catch (DealException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // Defence in depth: a bug must still reach the user as a readable error, never a trace.
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

  /** Resolves a parsed document. */
  static Deal resolve(Node root) {
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
    Company company = CompanyReader.read(root.at("company"));
    int baseYear = company.base().year();
    Exit exit = TransactionReader.exit(root.at("exit"), baseYear);
    int years = exit.year() + (exit.value().isForward() ? 1 : 0);
    Operations operations = OperationsReader.read(root.at("projections"), company, years);
    Transaction transaction = TransactionReader.transaction(root.at("transaction"), baseYear);
    Structure structure = TransactionReader.structure(root.at("structure"), years);
    Financing financing = FinancingReader.read(
        root.at("financing"), company.base(), transaction, structure, years);
    Tax tax = TaxPresets.read(root.at("tax"), years);
    Covenants covenants = covenants(root.at("covenants"), years);
    Node conventions = root.at("conventions");
    if (conventions.present()) {
      conventions.mapping("interest");
    }
    String interest = conventions.at("interest").choice("average", "average", "opening");
    Node nameNode = root.at("name");
    String name = nameNode.present() ? nameNode.requiredText() : company.name();
    return new Deal(name, company, operations, transaction, structure, financing, tax, covenants,
        exit, interest.equals("average") ? Deal.InterestBasis.AVERAGE : Deal.InterestBasis.OPENING);
  }

  /** Covenants: per-year multiples; {@code null} in a list means "not tested that year". */
  static Covenants covenants(Node node, int years) {
    if (node.present()) {
      node.mapping("maxNetLeverage", "minInterestCover", "minDebtServiceCover");
    }
    return new Covenants(
        covenant(node.at("maxNetLeverage"), years),
        covenant(node.at("minInterestCover"), years),
        covenant(node.at("minDebtServiceCover"), years));
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
