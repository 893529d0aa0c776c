package org.reprise.web;

/** Small text helpers for messages. */
final class Text {

  private Text() {}

  /** @return {@code s} cut to {@code max} characters, with an ellipsis when cut */
  static String clip(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
