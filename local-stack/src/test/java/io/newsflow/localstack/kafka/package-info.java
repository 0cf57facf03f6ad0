/** Tests of the embedded and the child-JVM broker: transactions, topics, restarts, hard kills. */
package io.newsflow.localstack.kafka;
