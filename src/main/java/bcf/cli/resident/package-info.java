/**
 * The resident ingest process behind {@code ./bcf ingest}: a JVM kept between runs so that runs
 * after the first find their code compiled, and the command that hands it each run.
 */
package bcf.cli.resident;
