package io.serialscope.reports;

/**
 * Text from a recording (thread names, labels, class names) made fit for an HTML page before the
 * usual escaping: control characters (other than tab and line breaks), the Unicode line and
 * paragraph separators and unpaired surrogates become U+FFFD. An unpaired surrogate cannot be
 * written as UTF-8 at all, and the others are invisible or break lines where the page does not.
 */
final class HtmlText {
  private static final char REPLACEMENT = '\uFFFD';

  private HtmlText() {}

  static String clean(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean pairedHigh =
          Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1));
      if (pairedHigh) {
        if (out != null) {
          out.append(c).append(value.charAt(i + 1));
        }
        i++;
        continue;
      }
      boolean bad =
          Character.isSurrogate(c)
              || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || c == 0x7f
              || c == '\u2028'
              || c == '\u2029';
      if (bad && out == null) {
        out = new StringBuilder(value.length()).append(value, 0, i);
      }
      if (out != null) {
        out.append(bad ? REPLACEMENT : c);
      }
    }
    return out == null ? value : out.toString();
  }
}
