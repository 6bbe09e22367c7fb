/** The plan document as JSON: reading with located errors, canonical writing, paths into it. */
@NamedInterface("json")
package bcf.plan.json;

import org.springframework.modulith.NamedInterface;
