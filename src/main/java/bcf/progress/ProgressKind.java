package bcf.progress;

import bcf.document.DocumentKind;
import bcf.document.DocumentPart;
import java.util.List;

/**
 * A plan's progress log as a kind of versioned document: one part, the whole log, so a save that
 * started from an older version is refused when anyone changed the log since. It is kept up to date
 * every quarter and signed by nobody, so a save ends no sign-offs; and, being a document of its
 * own, it never touches the plan's.
 */
public enum ProgressKind implements DocumentKind {
  PROGRESS;

  /** The status of every log: open for the quarters to come. */
  public static final String OPEN = "open";

  @Override
  public String code() {
    return "progress";
  }

  @Override
  public String label() {
    return "progress log";
  }

  @Override
  public List<Part> parts() {
    return List.of(Part.LOG);
  }

  @Override
  public boolean editInvalidatesSignOffs(DocumentPart part) {
    return false;
  }

  /** The one part of a log. */
  public enum Part implements DocumentPart {
    LOG;

    @Override
    public String code() {
      return "log";
    }

    @Override
    public String label() {
      return "Progress log";
    }

    @Override
    public List<String> fields() {
      return List.of("title", "source", "partial", "themes", "performance");
    }
  }
}
