/** The register's model and rules, framework-free: used by the command line as by the service. */
@NamedInterface("model")
package bcf.register.model;

import org.springframework.modulith.NamedInterface;
