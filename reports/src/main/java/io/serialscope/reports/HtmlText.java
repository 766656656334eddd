package io.serialscope.reports;

import io.serialscope.analyzer.RecordedText;

/**
 * Text from a recording (thread names, labels, class names) made fit for an HTML page before the
 * usual escaping: unpaired surrogates (which UTF-8 cannot carry), control characters other than tab
 * and line breaks, and the Unicode line and paragraph separators become U+FFFD; the others are
 * invisible or break lines where the page does not.
 */
final class HtmlText {
  private HtmlText() {}

  static String clean(String value) {
    String text = RecordedText.clean(value);
    if (text == null || text.chars().noneMatch(HtmlText::replaced)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(replaced(c) ? '\uFFFD' : (char) c));
    return out.toString();
  }

  private static boolean replaced(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || c == 0x7f
        || c == '\u2028'
        || c == '\u2029';
  }
}
