/**
 * Progress against a plan's aims as plain Java: commitments by theme with milestones and quarterly
 * RAG statuses, the history derived from them, performance tables, and the rules a log keeps.
 */
package bcf.progress.log;
