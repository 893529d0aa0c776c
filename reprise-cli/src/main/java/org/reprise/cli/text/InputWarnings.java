package org.reprise.cli.text;

import java.util.List;
import org.reprise.io.DealWarnings;
import org.reprise.io.MessagesFr;

/**
 * The {@link DealWarnings} at the head of a text report ({@code run}, {@code compare}, {@code
 * simulate}): one line each, the key path, the scenarios concerned when not all of them, and the
 * message, in French through {@link MessagesFr}.
 */
public final class InputWarnings {

  private InputWarnings() {}

  /**
   * @param lang the report's language
   * @param warnings the warnings of the file's scenarios ({@link DealWarnings#of(List)})
   * @return one line per warning, each ending with a line feed; "" when none
   */
  public static String lines(Lang lang, List<DealWarnings.Shared> warnings) {
    Labels text = new Labels(lang);
    StringBuilder out = new StringBuilder();
    for (DealWarnings.Shared w : warnings) {
      String message = w.warning().text();
      if (lang == Lang.FR) {
        message = MessagesFr.translate(message);
      }
      List<String> names = w.scenarios();
      String path = w.warning().path();
      if (!names.isEmpty()) {
        String key = names.size() == 1 ? "header.scenario.one" : "header.scenario.many";
        String which = text.format(key, String.join(", ", names));
        path = text.format("header.pathIn", path, Terminal.safe(which));
      }
      out.append(text.format("header.inputWarning", path, message)).append('\n');
    }
    return out.toString();
  }
}
