package bcf.cli;

/** The command line was not used as documented. */
class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
