package bcf.cli;

/** A file the command cannot use (missing, a directory, not UTF-8, not a plan); says why. */
final class UnreadableFileException extends RuntimeException {
  UnreadableFileException(String message) {
    super(message);
  }
}
