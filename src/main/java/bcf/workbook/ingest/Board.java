package bcf.workbook.ingest;

/**
 * A Health and Wellbeing Board as the reference data gives it: its ONS code, the id plans name it
 * by (the code, or a seed plan's short id) and its name.
 */
public record Board(String code, String id, String name) {}
