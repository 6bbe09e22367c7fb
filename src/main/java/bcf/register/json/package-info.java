/** The register document as JSON: reading with located errors, canonical writing. */
@NamedInterface("json")
package bcf.register.json;

import org.springframework.modulith.NamedInterface;
