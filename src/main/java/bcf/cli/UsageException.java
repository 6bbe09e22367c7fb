package bcf.cli;

/**
 * The command line was not used as documented. {@code usage}, when set, is the usage of the
 * sub-command at fault (such as {@code metrics spc}), shown instead of the whole command's.
 */
class UsageException extends RuntimeException {

  private final String usage;

  UsageException(String message) {
    this(message, null);
  }

  UsageException(String message, String usage) {
    super(message);
    this.usage = usage;
  }

  String usage() {
    return usage;
  }
}
