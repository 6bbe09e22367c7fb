/**
 * Returns stored as versioned documents: starting, importing, editing by section, the workflow, and
 * reading a return as whoever asks may (used by the return's workbook download).
 */
@NamedInterface("store")
package bcf.returns.store;

import org.springframework.modulith.NamedInterface;
