/** The planning rounds, read from their data files. */
@NamedInterface("json")
package bcf.round.json;

import org.springframework.modulith.NamedInterface;
