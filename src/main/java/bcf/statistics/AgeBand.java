package bcf.statistics;

/**
 * One age band of a directly standardised rate: the events counted in the band, the band's
 * population and its weight in the standard population (for example {@link Esp2013#weight}).
 */
public record AgeBand(String band, double count, double population, double weight) {}
