package io.serialscope.analyzer.jfr.format;

/**
 * Something in a recording that this reader does not understand or does not trust: a version, an
 * encoding, a size that points outside the chunk, a reference to an unknown type. The caller reads
 * the file with the JDK's {@code RecordingFile} instead, so nothing is decided on a guess.
 */
public final class FormatException extends RuntimeException {
  public FormatException(String message) {
    super(message, null, false, false);
  }
}
