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
      List.of("paper-lbo.yaml", "decolletage-secondary-lbo.yaml", "employee-buyout.yaml");

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
