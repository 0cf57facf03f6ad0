package io.newsflow.nlp.lang;

/**
 * Tells which language a text is in, as an ISO 639-1 code ({@code nb}, {@code nn}, {@code en}, …)
 * or {@code und} when it cannot tell. Thread-safe.
 */
@FunctionalInterface
public interface LanguageIdentifier {
  String UNDETERMINED = "und";

  String identify(String text);
}
