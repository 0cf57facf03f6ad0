/** Tests of the registry: its rules in isolation, and its REST API against a real broker. */
package io.newsflow.localstack.registry;
