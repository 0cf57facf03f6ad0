/**
 * Typed configuration. Each service declares its settings once, as {@link
 * io.newsflow.runtime.config.Setting} constants with type, default, rule and description; values
 * come from environment variables ({@code NEWSFLOW_…}) or the matching system properties
 * ({@code -Dnewsflow.…}), and are validated at start-up with a message naming the variable.
 */
package io.newsflow.runtime.config;
