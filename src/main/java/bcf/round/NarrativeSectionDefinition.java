package bcf.round;

/** A narrative section the round's template asks for. */
public record NarrativeSectionDefinition(String key, String title) {}
