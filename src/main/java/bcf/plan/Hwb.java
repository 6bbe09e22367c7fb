package bcf.plan;

/** A Health and Wellbeing Board covered by the plan. */
public record Hwb(
    String id, String name, String localAuthority, String region, String boundaryNotes) {}
