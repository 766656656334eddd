package io.serialscope.reports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text safe to place inside an HTML {@code <script>} element. The HTML parser ends a script
 * at the first {@code </script} whatever the JavaScript around it means, and {@code <!--} switches
 * it into an escaped state, so both must never appear literally.
 */
final class ScriptText {
  private static final Pattern END_TAG = Pattern.compile("</(script)", Pattern.CASE_INSENSITIVE);

  private ScriptText() {}

  /**
   * JSON text for a {@code <script type="application/json">} block: {@code <}, {@code >}, {@code &}
   * and the line separators U+2028 and U+2029 become JSON unicode escapes (backslash, {@code u},
   * four hex digits). In JSON these characters can only occur inside strings, where the escapes
   * mean the same characters, so the result parses to the same value.
   */
  static String json(String json) {
    StringBuilder out = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * JavaScript source for an inline {@code <script>}: {@code </script} becomes {@code <\/script}
   * and {@code <!--} becomes {@code <\!--}. Both can only occur in string, template or regular
   * expression literals (or comments) of real code, where the backslash changes nothing.
   */
  static String javaScript(String source) {
    String escaped = END_TAG.matcher(source).replaceAll(Matcher.quoteReplacement("<\\") + "/$1");
    return escaped.replace("<!--", "<\\!--");
  }
}
