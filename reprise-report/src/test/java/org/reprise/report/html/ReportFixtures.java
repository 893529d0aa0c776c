package org.reprise.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Examples and an XML view of a report, for the report tests. */
final class ReportFixtures {

  static final Path EXAMPLES = Path.of("..", "examples");
  static final List<String> EXAMPLE_FILES =
      List.of("paper-lbo.yaml", "decolletage-secondary-lbo.yaml", "employee-buyout.yaml",
          "decolletage-recap.yaml");

  /** A number of the report tagged with its JSON pointer. */
  record Tagged(String key, String value, String text) {}

  private ReportFixtures() {}

  /** Parses the report as XML (it is well-formed XHTML), with no DTD and no network. */
  static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  /** @return every element with a {@code data-key} */
  static List<Tagged> tagged(Document d) {
    List<Tagged> out = new ArrayList<>();
    NodeList all = d.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.hasAttribute("data-key")) {
        out.add(new Tagged(e.getAttribute("data-key"), e.getAttribute("data-value"),
            e.getTextContent()));
      }
    }
    return out;
  }

  /** A row of a table as shown: its label and the text of its cells. */
  record Row(String label, List<String> cells) {}

  /** @return the rows of the first table of the section with id {@code id}, in order */
  static List<Row> rows(Document d, String id) {
    Element section = null;
    NodeList sections = d.getElementsByTagName("section");
    for (int i = 0; i < sections.getLength() && section == null; i++) {
      Element e = (Element) sections.item(i);
      section = id.equals(e.getAttribute("id")) ? e : null;
    }
    if (section == null) {
      throw new AssertionError("no section " + id);
    }
    Element table = (Element) section.getElementsByTagName("table").item(0);
    List<Row> out = new ArrayList<>();
    NodeList trs = table.getElementsByTagName("tr");
    for (int i = 0; i < trs.getLength(); i++) {
      Element tr = (Element) trs.item(i);
      if (tr.getParentNode().getNodeName().equals("thead")) {
        continue;
      }
      String label = tr.getElementsByTagName("th").item(0).getTextContent();
      List<String> cells = new ArrayList<>();
      NodeList tds = tr.getElementsByTagName("td");
      for (int k = 0; k < tds.getLength(); k++) {
        cells.add(tds.item(k).getTextContent());
      }
      out.add(new Row(label, cells));
    }
    return out;
  }

  /**
   * @return a number as the report shows it, in English ({@code −1,234.5}) or French ({@code
   *     −1 234,5}, with a narrow no-break space)
   */
  static double number(String shown, Lang lang) {
    String s = shown.replace('\u2212', '-');
    s = lang == Lang.FR ? s.replace("\u202F", "").replace(',', '.') : s.replace(",", "");
    if (!s.matches("-?\\d+(\\.\\d+)?")) {
      throw new AssertionError("not a number: " + shown);
    }
    return Double.parseDouble(s);
  }

  /**
   * Checks that {@code html} tags its numbers under {@code prefix} with exactly the values of the
   * run's JSON {@code json}.
   *
   * @return the JSON pointers under {@code prefix} that the report tags, in order
   */
  static List<String> taggedUnder(String html, JsonNode json, String prefix) throws Exception {
    List<String> keys = new ArrayList<>();
    for (Tagged t : tagged(parse(html))) {
      if (t.key().startsWith(prefix)) {
        String m = mismatch(t, json.at(t.key()));
        if (m != null) {
          throw new AssertionError(m);
        }
        keys.add(t.key());
      }
    }
    return keys;
  }

  /**
   * @return null when the tagged value equals the JSON value exactly (number, boolean, or null
   *     for an empty value), else a description of the difference
   */
  static String mismatch(Tagged t, JsonNode json) {
    if (json.isMissingNode()) {
      return t.key() + ": not in the JSON output";
    }
    if (json.isNull()) {
      return t.value().isEmpty() ? null : t.key() + ": JSON null, report " + t.value();
    }
    if (json.isBoolean()) {
      return json.asText().equals(t.value()) ? null
          : t.key() + ": JSON " + json.asText() + ", report " + t.value();
    }
    if (json.isNumber()) {
      if (t.value().isEmpty()) {
        return t.key() + ": JSON " + json.asText() + ", report undefined";
      }
      return json.doubleValue() == Double.parseDouble(t.value()) ? null
          : t.key() + ": JSON " + json.asText() + ", report " + t.value();
    }
    return t.key() + ": JSON value is not a number: " + json;
  }
}
