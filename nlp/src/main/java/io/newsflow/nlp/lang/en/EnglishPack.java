package io.newsflow.nlp.lang.en;

import io.newsflow.nlp.claims.ClaimExtractor;
import io.newsflow.nlp.claims.ClaimLexicon;
import io.newsflow.nlp.claims.LexiconClaimExtractor;
import io.newsflow.nlp.entities.EntityLinker;
import io.newsflow.nlp.entities.EntityRecognizer;
import io.newsflow.nlp.lang.LanguagePack;
import io.newsflow.nlp.pos.PosTagger;
import io.newsflow.nlp.text.Abbreviations;
import io.newsflow.nlp.text.Lexicon;
import io.newsflow.nlp.text.ParagraphCues;
import io.newsflow.nlp.text.SentenceSplitter;
import io.newsflow.nlp.values.LexiconValueExtractor;
import io.newsflow.nlp.values.ValueExtractor;
import io.newsflow.nlp.values.ValueLexicon;
import java.util.List;

/** English, and the language-neutral fallback for languages without a pack of their own. */
public final class EnglishPack {
  private EnglishPack() {}

  public static LanguagePack create() {
    Abbreviations abbreviations =
        new Abbreviations(Lexicon.lines(EnglishPack.class, "abbreviations.txt"));
    return new LanguagePack(
        "en",
        new SentenceSplitter(abbreviations),
        ParagraphCues.load(EnglishPack.class, "paragraph-cues.txt"),
        PosTagger.NONE,
        EntityRecognizer.NONE,
        paragraphs -> new EntityLinker.Linked(paragraphs, List.of()),
        new LexiconValueExtractor(ValueLexicon.load(EnglishPack.class, "values.txt")),
        new LexiconClaimExtractor(ClaimLexicon.load(EnglishPack.class, "claims.txt")));
  }

  /**
   * For languages newsflow has no pack for: paragraphs, sentences and tokens only, with English
   * layout cues. Analysing names or claims with another language's lexicons would be noise.
   */
  public static LanguagePack createGeneric() {
    return new LanguagePack(
        "und",
        new SentenceSplitter(Abbreviations.none()),
        ParagraphCues.load(EnglishPack.class, "paragraph-cues.txt"),
        PosTagger.NONE,
        EntityRecognizer.NONE,
        paragraphs -> new EntityLinker.Linked(paragraphs, List.of()),
        ValueExtractor.NONE,
        ClaimExtractor.NONE);
  }
}
