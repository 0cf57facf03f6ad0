package io.newsflow.bench;

import io.newsflow.nlp.conllu.Conllu;
import io.newsflow.nlp.conllu.ConlluSentence;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A corpus of Norwegian news-like articles for benchmarks, assembled from the sentences of a
 * treebank (NorNE) so that the analysis meets real news language, names and numbers, and
 * deterministic for a given random seed, so two runs measure the same text.
 *
 * <p>Each generated article reads a stretch of one treebank document onwards (documents are
 * news stories, so neighbouring sentences belong together): a teaser of one or two sentences,
 * then 10 to 30 paragraphs of one to four sentences with an occasional heading between them.
 * Treebank headlines and short sentences without their final period serve as titles and headings.
 * The first article of every corpus is the real seed article.
 */
public final class BenchCorpus {
  static final int MIN_PARAGRAPHS = 10;
  static final int MAX_PARAGRAPHS = 30;
  /** About one paragraph in eight is a subheading, as in long-form online news. */
  private static final double HEADING_SHARE = 0.12;
  private static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);
  private static final int DAYS = 6 * 365;

  private final List<CorpusSentence> sentences;
  /** Index in {@link #sentences} where each treebank document starts. */
  private final List<Integer> documentStarts;
  private final BenchArticle seedArticle;

  BenchCorpus(List<List<CorpusSentence>> documents, BenchArticle seedArticle) {
    if (documents.stream().mapToInt(List::size).sum() < MAX_PARAGRAPHS * 4) {
      throw new IllegalArgumentException("the treebank has too few sentences to build articles from: "
          + documents.stream().mapToInt(List::size).sum());
    }
    this.sentences = new ArrayList<>();
    this.documentStarts = new ArrayList<>();
    for (List<CorpusSentence> document : documents) {
      if (!document.isEmpty()) {
        documentStarts.add(sentences.size());
        sentences.addAll(document);
      }
    }
    this.seedArticle = seedArticle;
  }

  /**
   * The corpus over the sentences of CoNLL-U files (documents opened by {@code # newdoc}).
   *
   * @throws IOException when a file cannot be read or is not CoNLL-U
   */
  public static BenchCorpus fromConllu(List<Path> conlluFiles, BenchArticle seedArticle) throws IOException {
    if (conlluFiles.isEmpty()) {
      throw new IllegalArgumentException("no CoNLL-U files to build the benchmark corpus from");
    }
    List<List<CorpusSentence>> documents = new ArrayList<>();
    for (Path file : conlluFiles) {
      List<CorpusSentence> document = new ArrayList<>();
      for (ConlluSentence s : Conllu.read(file)) {
        if (s.startsDocument() && !document.isEmpty()) {
          documents.add(document);
          document = new ArrayList<>();
        }
        List<String> forms = s.forms();
        if (!forms.isEmpty()) {
          boolean headline = forms.get(forms.size() - 1).equals("|");
          String text = Detokenizer.join(forms);
          if (!text.isBlank()) {
            document.add(new CorpusSentence(text, forms.size() - (headline ? 1 : 0), headline));
          }
        }
      }
      documents.add(document);
    }
    return new BenchCorpus(documents, seedArticle);
  }

  /** {@code count} articles, the seed article first; the same {@code seed} gives the same articles. */
  public List<BenchArticle> articles(int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("a corpus needs at least one article, asked for " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<BenchArticle> out = new ArrayList<>(count);
    out.add(seedArticle);
    for (int i = 1; i < count; i++) {
      out.add(article(String.format("bench-%05d", i), random));
    }
    return out;
  }

  private BenchArticle article(String id, SplittableRandom random) {
    Cursor cursor = new Cursor(documentStarts.get(random.nextInt(documentStarts.size())));
    String title = title(cursor);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(sentences(cursor, 1 + random.nextInt(2)));
    int count = MIN_PARAGRAPHS + random.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
    boolean headingBefore = true;
    while (paragraphs.size() < count) {
      CorpusSentence next = sentences.get(cursor.position);
      boolean heading = next.headline()
          // Only sentences that read like headings become headings: boosted so that about 1 in 8 paragraphs is one.
          || (next.headingLike() && random.nextDouble() < HEADING_SHARE * 3);
      if (heading && !headingBefore) {
        paragraphs.add(next.asHeading());
        cursor.advance();
        headingBefore = true;
      } else if (next.headline()) {
        cursor.advance(); // two headings in a row read like a table of contents, not an article
      } else {
        paragraphs.add(sentences(cursor, sentencesInParagraph(random)));
        headingBefore = false;
      }
    }
    LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
    return new BenchArticle(id, title, String.join("\n\n", paragraphs), published);
  }

  /** The first heading-like sentence ahead (not consumed), else the opening words of the next one. */
  private String title(Cursor cursor) {
    for (int ahead = 0; ahead < 20; ahead++) {
      CorpusSentence s = sentences.get((cursor.position + ahead) % sentences.size());
      if (s.headingLike()) {
        if (ahead == 0) {
          cursor.advance();
        }
        return s.asHeading();
      }
    }
    String[] words = sentences.get(cursor.position).asHeading().split(" ");
    return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(8, words.length)));
  }

  /** Up to {@code n} sentences as one paragraph; a treebank headline ends it early (and is skipped at its start). */
  private String sentences(Cursor cursor, int n) {
    StringBuilder out = new StringBuilder();
    int taken = 0;
    while (taken < n) {
      CorpusSentence s = sentences.get(cursor.position);
      if (s.headline() && taken > 0) {
        break;
      }
      cursor.advance();
      if (!s.headline()) {
        if (taken++ > 0) {
          out.append(' ');
        }
        out.append(s.text());
      }
    }
    return out.toString();
  }

  /** One to four, most often two: the rhythm of online news paragraphs. */
  private static int sentencesInParagraph(SplittableRandom random) {
    int r = random.nextInt(100);
    return r < 25 ? 1 : r < 60 ? 2 : r < 85 ? 3 : 4;
  }

  /** Reading position in the treebank; wraps at its end. */
  private final class Cursor {
    private int position;

    Cursor(int position) {
      this.position = position;
    }

    void advance() {
      position = (position + 1) % sentences.size();
    }
  }
}
