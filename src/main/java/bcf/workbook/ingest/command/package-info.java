/**
 * {@code bcf ingest} and the national dataset written as a workbook (POI): the edges of bulk
 * ingest, which itself ({@code bcf.workbook.ingest}) is framework-free.
 */
@NamedInterface("ingest")
package bcf.workbook.ingest.command;

import org.springframework.modulith.NamedInterface;
