/** The return document as JSON: reading with located problems, writing, its schema. */
@NamedInterface("json")
package bcf.returns.json;

import org.springframework.modulith.NamedInterface;
