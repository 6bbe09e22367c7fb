package bcf.returns;

import bcf.document.DocumentKind;
import bcf.document.DocumentPart;
import java.util.List;

/**
 * The quarterly return as a kind of versioned document: its parts are its sections ({@link
 * ReturnPart}); the boards sign the whole return, so an edit of any section but the assurer's view
 * means that earlier sign-offs no longer count.
 */
public enum ReturnKind implements DocumentKind {
  RETURN;

  @Override
  public String code() {
    return "return";
  }

  @Override
  public String label() {
    return "quarterly return";
  }

  @Override
  public List<ReturnPart> parts() {
    return List.of(ReturnPart.values());
  }

  @Override
  public boolean editInvalidatesSignOffs(DocumentPart part) {
    return part != ReturnPart.ASSURANCE;
  }
}
