/** The rule types: each checks one thing a plan must get right and says where and why. */
@NamedInterface("rules")
package bcf.validation.rules;

import org.springframework.modulith.NamedInterface;
