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
import java.util.List;

/** Names in a paragraph, found by a {@link NerModel} sentence by sentence over the paragraph's tokens. */
public final class PerceptronEntityRecognizer implements EntityRecognizer {
  private final NerModel model;

  public PerceptronEntityRecognizer(NerModel model) {
    this.model = model;
  }

  /** The recognizer with the model shipped as a class-path resource next to {@code anchor}. */
  public static PerceptronEntityRecognizer load(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("NER model " + resource + " is missing next to " + anchor.getName());
      }
      return new PerceptronEntityRecognizer(NerModel.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER model " + resource, e);
    }
  }

  public NerModel model() {
    return model;
  }

  @Override
  public List<EntityMention> recognize(Paragraph paragraph) {
    List<EntityMention> mentions = new ArrayList<>();
    for (Sentence sentence : paragraph.sentences()) {
      List<Token> tokens = sentence.tokens();
      if (tokens.isEmpty()) {
        continue;
      }
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(i).text();
      }
      String[] tags = model.tag(words);
      for (NerEvaluation.Span span : NerEvaluation.spans(List.of(tags))) {
        int start = tokens.get(span.start()).start();
        int end = tokens.get(span.end() - 1).end();
        mentions.add(EntityMention.unlinked(start, end, paragraph.text().substring(start, end),
            EntityType.valueOf(span.type())));
      }
    }
    return mentions;
  }
}
