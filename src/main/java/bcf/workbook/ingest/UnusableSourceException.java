package bcf.workbook.ingest;

/**
 * The folder or zip to ingest cannot be used at all: missing, not a folder or a zip, or a zip that
 * is unsafe to open (a name that leaves the folder, too many entries, too much once unpacked). The
 * message says which and why.
 */
public final class UnusableSourceException extends RuntimeException {

  public UnusableSourceException(String message) {
    super(message);
  }
}
