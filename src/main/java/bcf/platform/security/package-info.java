/** Who is asking: sign-in, the current actor, sign-in throttling. */
@NamedInterface("security")
package bcf.platform.security;

import org.springframework.modulith.NamedInterface;
