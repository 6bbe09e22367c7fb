package bcf.plan;

public record NarrativeSection(String key, String title, String text, String hwb) {}
