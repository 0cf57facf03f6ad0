package io.newsflow.nlp.entities;

import io.newsflow.nlp.model.EntityMention;
import io.newsflow.nlp.model.EntityType;
import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.Sentence;
import io.newsflow.nlp.model.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Names in an article, found by a {@link NerModel} over the tokens of its sentences, the article
 * taken as one document; a paragraph given alone is a document of its own.
 */
public final class PerceptronEntityRecognizer implements EntityRecognizer {
  private final NerModel model;
  private final NameHeads heads;

  public PerceptronEntityRecognizer(NerModel model) {
    this(model, NameHeads.NONE);
  }

  private PerceptronEntityRecognizer(NerModel model, NameHeads heads) {
    this.model = model;
    this.heads = heads;
  }

  /**
   * The recognizer with the model shipped as a class-path resource next to {@code anchor}, and
   * the language's name heads ({@code ner-name-heads.txt}) when it has them.
   */
  public static PerceptronEntityRecognizer load(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("NER model " + resource + " is missing next to " + anchor.getName());
      }
      return new PerceptronEntityRecognizer(NerModel.read(in), NameHeads.load(anchor, "ner-name-heads.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER model " + resource, e);
    }
  }

  public NerModel model() {
    return model;
  }

  @Override
  public List<EntityMention> recognize(Paragraph paragraph) {
    return recognizeArticle(List.of(paragraph)).get(0);
  }

  /**
   * IOB2 tags for the sentences of one document: the model's, revised by what the document itself
   * defines ({@link DocumentNames}), by the heads of compound names ({@link NameHeads}) and by
   * the world's towns ({@link UnseenPlaces}).
   */
  public List<String[]> tagDocument(List<String[]> sentences) {
    List<String[]> tags = heads.retype(sentences, DocumentNames.revise(sentences, model.tagDocument(sentences)));
    return UnseenPlaces.retype(sentences, tags, model.lexicon());
  }

  /** Tags the article's sentences as one document, so that a recurring name is tagged alike. */
  @Override
  public List<List<EntityMention>> recognizeArticle(List<Paragraph> paragraphs) {
    List<String[]> sentences = new ArrayList<>();
    for (Paragraph paragraph : paragraphs) {
      for (Sentence sentence : paragraph.sentences()) {
        if (!sentence.tokens().isEmpty()) {
          sentences.add(sentence.tokens().stream().map(Token::text).toArray(String[]::new));
        }
      }
    }
    Iterator<String[]> tags = tagDocument(sentences).iterator();
    List<List<EntityMention>> out = new ArrayList<>(paragraphs.size());
    for (Paragraph paragraph : paragraphs) {
      List<EntityMention> mentions = new ArrayList<>();
      for (Sentence sentence : paragraph.sentences()) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty()) {
          continue;
        }
        for (NerEvaluation.Span span : NerEvaluation.spans(List.of(tags.next()))) {
          int start = tokens.get(span.start()).start();
          int end = tokens.get(span.end() - 1).end();
          mentions.add(EntityMention.unlinked(start, end, paragraph.text().substring(start, end),
              EntityType.valueOf(span.type())));
        }
      }
      out.add(List.copyOf(mentions));
    }
    return out;
  }
}
