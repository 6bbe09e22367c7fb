package bcf.plan;

public record VersionEntry(String version, String date, String author, String summary) {}
