package io.serialscope.analyzer;

/**
 * Strings from a recording (thread names, labels, frame names) as the analyzer keeps them: an
 * unpaired UTF-16 surrogate, which a program can put in a thread name but no UTF-8 output can
 * carry, becomes U+FFFD. Everything else is kept; each output escapes for its own format.
 */
public final class RecordedText {
  private RecordedText() {}

  /** {@code value} with every unpaired surrogate replaced by U+FFFD; null stays null. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(value.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(value.length()).append(value, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? value : out.toString();
  }
}
