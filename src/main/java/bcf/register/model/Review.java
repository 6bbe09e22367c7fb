package bcf.register.model;

import java.time.LocalDate;

/**
 * One rating of one entry: the entry's history is its reviews in order, the latest its current
 * rating. {@code date} is null only where the source gives a rating without a date.
 */
public record Review(String entry, LocalDate date, Rating rating, String note) {}
