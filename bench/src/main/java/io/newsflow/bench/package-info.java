/**
 * {@code ./newsflow bench}: how fast the pipeline is and what it costs.
 *
 * <p>{@link io.newsflow.bench.BenchCorpus} builds a deterministic corpus of Norwegian news-like
 * articles from NorNE sentences and the seed article; {@link io.newsflow.bench.NlpOnlyRun} times the
 * analysis in-process; {@link io.newsflow.bench.PipelineRun} times a pass-through topology
 * ({@link io.newsflow.bench.PassThroughTopology}) and the real enrich service, each in a JVM of its
 * own ({@link io.newsflow.bench.ChildJvm}, reporting its JIT time through
 * {@link io.newsflow.bench.InstrumentedMain}), on an embedded broker and registry with exactly-once,
 * then latency at half the measured rate and the enrich JVM's memory;
 * {@link io.newsflow.bench.BenchReport} prints the table and the summary line. Wall-clock rates
 * depend on what else the machine runs, so CPU time per article is reported beside them. The JMH
 * benchmarks of single stages are in {@code io.newsflow.bench.jmh}.
 */
package io.newsflow.bench;
