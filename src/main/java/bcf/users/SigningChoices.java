package bcf.users;

import java.util.List;
import java.util.Set;

/**
 * What an admin may link a signatory to: the positions the planning rounds ask signatures of, and
 * the organisations of the plans and reference data of some HWBs. Provided by the planning module
 * (which knows rounds and plans), so that users need not depend on it.
 */
public interface SigningChoices {

  /** A position a round asks a signature of: its role code and its name in words. */
  record Position(String code, String name) {}

  /** An organisation a signatory may sign for: its name, and what it is in words. */
  record Organisation(String name, String kind) {}

  /** Every position of every round, by name. */
  List<Position> positions();

  /**
   * The organisations signatories of these HWBs (by id) may sign for: each HWB itself, its council,
   * the ICBs of its region, and every partner named in the HWBs' plans; by name, each once.
   */
  List<Organisation> organisations(Set<String> hwbs);
}
