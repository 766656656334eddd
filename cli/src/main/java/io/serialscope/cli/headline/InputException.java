package io.serialscope.cli.headline;

/**
 * An input (recording, report, threshold file) that cannot be used; the message is one sentence.
 */
public final class InputException extends Exception {
  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
