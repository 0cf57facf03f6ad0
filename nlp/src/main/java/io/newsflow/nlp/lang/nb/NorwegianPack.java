package io.newsflow.nlp.lang.nb;

import io.newsflow.nlp.claims.ClaimExtractor;
import io.newsflow.nlp.claims.ClaimLexicon;
import io.newsflow.nlp.claims.LexiconClaimExtractor;
import io.newsflow.nlp.entities.DocumentEntityLinker;
import io.newsflow.nlp.entities.PerceptronEntityRecognizer;
import io.newsflow.nlp.lang.LanguagePack;
import io.newsflow.nlp.pos.PosTagger;
import io.newsflow.nlp.text.Abbreviations;
import io.newsflow.nlp.text.Lexicon;
import io.newsflow.nlp.text.ParagraphCues;
import io.newsflow.nlp.text.SentenceSplitter;
import io.newsflow.nlp.values.LexiconValueExtractor;
import io.newsflow.nlp.values.ValueExtractor;
import io.newsflow.nlp.values.ValueLexicon;

/** Norwegian: Bokmål first, also used for Nynorsk. */
public final class NorwegianPack {
  private NorwegianPack() {}

  public static LanguagePack create() {
    Abbreviations abbreviations = abbreviations();
    return new LanguagePack(
        "nb",
        new SentenceSplitter(abbreviations),
        ParagraphCues.load(NorwegianPack.class, "paragraph-cues.txt"),
        PosTagger.NONE,
        PerceptronEntityRecognizer.load(NorwegianPack.class, "ner.model.gz"),
        new DocumentEntityLinker(),
        new LexiconValueExtractor(ValueLexicon.load(NorwegianPack.class, "values.txt")),
        new LexiconClaimExtractor(ClaimLexicon.load(NorwegianPack.class, "claims.txt")));
  }

  public static Abbreviations abbreviations() {
    return new Abbreviations(Lexicon.lines(NorwegianPack.class, "abbreviations.txt"));
  }
}
