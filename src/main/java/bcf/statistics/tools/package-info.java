/** The statistics tools: CSV in, values with intervals or a control chart out. */
@NamedInterface("tools")
package bcf.statistics.tools;

import org.springframework.modulith.NamedInterface;
