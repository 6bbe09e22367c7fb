package bcf.register;

import bcf.document.DocumentKind;
import bcf.document.DocumentPart;
import java.util.List;

/**
 * The risk register as a kind of versioned document. Reviewing (re-rating) an entry does not end a
 * sign-off of the register; changing its entries, scale or details does.
 */
public enum RegisterKind implements DocumentKind {
  REGISTER;

  /** The register's one status: it is kept up to date all year rather than moved through steps. */
  public static final String LIVE = "live";

  @Override
  public String code() {
    return "register";
  }

  @Override
  public String label() {
    return "risk register";
  }

  @Override
  public List<RegisterPart> parts() {
    return List.of(RegisterPart.values());
  }

  @Override
  public boolean editInvalidatesSignOffs(DocumentPart part) {
    return part != RegisterPart.REVIEWS;
  }
}
