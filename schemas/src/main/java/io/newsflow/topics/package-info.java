/**
 * The topic catalogue, the one place that names every newsflow topic: {@link io.newsflow.topics.TopicNames}
 * for the names, {@link io.newsflow.topics.Topics} for each topic's key and value serdes
 * ({@link io.newsflow.topics.Topic}) and creation settings ({@link io.newsflow.topics.TopicSpec}).
 */
package io.newsflow.topics;
