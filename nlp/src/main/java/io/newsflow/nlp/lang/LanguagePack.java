package io.newsflow.nlp.lang;

import io.newsflow.nlp.claims.ClaimExtractor;
import io.newsflow.nlp.entities.EntityLinker;
import io.newsflow.nlp.entities.EntityRecognizer;
import io.newsflow.nlp.pos.PosTagger;
import io.newsflow.nlp.text.ParagraphCues;
import io.newsflow.nlp.text.SentenceSplitter;
import io.newsflow.nlp.values.ValueExtractor;

/**
 * Everything language-specific the analysis needs, in one place: adding a language means writing
 * one pack. Components are immutable and thread-safe, so one pack serves all stream threads.
 *
 * @param language ISO 639-1 code the pack is for
 */
public record LanguagePack(
    String language,
    SentenceSplitter sentenceSplitter,
    ParagraphCues paragraphCues,
    PosTagger posTagger,
    EntityRecognizer entityRecognizer,
    EntityLinker entityLinker,
    ValueExtractor valueExtractor,
    ClaimExtractor claimExtractor) {

  public LanguagePack as(String otherLanguage) {
    return new LanguagePack(otherLanguage, sentenceSplitter, paragraphCues, posTagger,
        entityRecognizer, entityLinker, valueExtractor, claimExtractor);
  }
}
