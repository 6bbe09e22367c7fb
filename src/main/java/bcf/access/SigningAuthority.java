package bcf.access;

import java.io.Serializable;
import java.util.Locale;

/**
 * What a signatory may sign for: an organisation (by its name as plans and the reference data give
 * it, such as "Gateshead Council", or, carried over from before positions were recorded, a plan's
 * id for it) in a position (a round's signatory role, such as {@code chief-executive}). A null
 * position is an authority carried over from before positions were recorded: any position for the
 * organisation, as the person could sign before.
 */
public record SigningAuthority(String organisation, String position) implements Serializable {

  public SigningAuthority {
    if (organisation == null || organisation.isBlank()) {
      throw new IllegalArgumentException("a signing authority needs an organisation");
    }
    organisation = organisation.strip();
    position = position == null || position.isBlank() ? null : position.strip();
  }

  /** Whether this authority covers the signature of a party (by its id or name) in a role. */
  public boolean covers(String partyId, String partyName, String role) {
    boolean organisationMatches =
        organisation.equalsIgnoreCase(partyId == null ? "" : partyId.strip())
            || (partyName != null && organisation.equalsIgnoreCase(partyName.strip()));
    return organisationMatches && (position == null || position.equals(role));
  }

  /** The same authority, whatever the case of the organisation's name. */
  public boolean sameAs(SigningAuthority other) {
    return organisation.toLowerCase(Locale.ROOT).equals(other.organisation.toLowerCase(Locale.ROOT))
        && java.util.Objects.equals(position, other.position);
  }
}
