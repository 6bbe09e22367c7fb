/** The command line of published statistics: {@code bcf statistics convert}. */
@NamedInterface("cli")
package bcf.published.cli;

import org.springframework.modulith.NamedInterface;
