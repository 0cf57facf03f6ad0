/**
 * RSS and Atom feeds in: {@link io.newsflow.ingest.feeds.FeedPoller} polls each
 * {@link io.newsflow.ingest.feeds.FeedSubscription} with a conditional GET
 * ({@link io.newsflow.ingest.feeds.FeedFetcher}), maps new entries to articles
 * ({@link io.newsflow.ingest.feeds.FeedEntries}), optionally fetches the linked page when an entry
 * carries only a summary ({@link io.newsflow.ingest.feeds.PageFetcher},
 * {@link io.newsflow.ingest.feeds.MainText}), and remembers what it published in a compacted topic
 * ({@link io.newsflow.ingest.feeds.SeenEntries}) so a restart publishes nothing twice.
 */
package io.newsflow.ingest.feeds;
