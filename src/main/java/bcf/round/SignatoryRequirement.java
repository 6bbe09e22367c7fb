package bcf.round;

/**
 * Who must sign a plan: a {@code role} required once for each organisation of a kind ({@code
 * forEach}: {@code ccg}, {@code local-authority}, {@code hwb}, {@code partner}).
 */
public record SignatoryRequirement(String role, String name, String forEach) {}
