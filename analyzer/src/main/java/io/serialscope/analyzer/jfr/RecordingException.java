package io.serialscope.analyzer.jfr;

/** A recording that cannot be analyzed; the message is one sentence for the user. */
public final class RecordingException extends Exception {
  public RecordingException(String message) {
    super(message);
  }

  public RecordingException(String message, Throwable cause) {
    super(message, cause);
  }
}
