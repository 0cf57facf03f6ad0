/**
 * Language-neutral text structure: paragraphs and their kinds, sentences, tokens, and the offset
 * conversion used when results are published. Per-language data (abbreviations, layout cues) comes
 * in through {@link io.newsflow.nlp.lang.LanguagePack}.
 */
package io.newsflow.nlp.text;
