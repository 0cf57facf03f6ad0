/**
 * What ingest remembers across restarts, kept in compacted Kafka topics rather than on local disk,
 * so any instance on any machine starts with the same memory: {@link io.newsflow.ingest.memory.KeyValueLog}.
 */
package io.newsflow.ingest.memory;
