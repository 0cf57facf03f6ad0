/**
 * JMH benchmarks of the analysis stages (tokenizer, sentences, entities, values, claims, the whole
 * analysis), run by {@code ./newsflow bench --jmh} and reported as tokens per second per thread.
 */
package io.newsflow.bench.jmh;
