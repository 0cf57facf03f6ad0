/**
 * The local stack: what the demo and the tests run instead of Docker. {@link io.newsflow.localstack.LocalStack}
 * starts a real Kafka broker and a Confluent-compatible schema registry in this JVM;
 * {@link io.newsflow.localstack.LocalStackMain} runs the same stack as a standalone process.
 */
package io.newsflow.localstack;
