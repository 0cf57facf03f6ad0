/**
 * Kafka-free text analysis. {@link io.newsflow.nlp.ArticleAnalyzer} runs the stages in order over
 * the immutable model of {@link io.newsflow.nlp.model}: paragraphs ({@code text}), language
 * ({@code lang}), sentences and tokens ({@code text}), part-of-speech tags ({@code pos}), names
 * ({@code entities}), dates and amounts ({@code values}) and claims ({@code claims}). Everything
 * language-specific sits in a {@link io.newsflow.nlp.lang.LanguagePack}.
 */
package io.newsflow.nlp;
