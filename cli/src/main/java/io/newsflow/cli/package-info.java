/**
 * The {@code ./newsflow} commands. {@link io.newsflow.cli.Main} lists them; each is one class.
 * The commands only wire modules together: the analysis is in {@code nlp}, the services in
 * {@code ingest-service} and {@code enrich-service}, the embedded broker and registry in
 * {@code local-stack}.
 */
package io.newsflow.cli;
