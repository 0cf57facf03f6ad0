package io.newsflow.nlp;

import io.newsflow.nlp.entities.EntityLinker;
import io.newsflow.nlp.lang.ChainedLanguageIdentifier;
import io.newsflow.nlp.lang.LanguageIdentifier;
import io.newsflow.nlp.lang.LanguagePack;
import io.newsflow.nlp.lang.LanguagePacks;
import io.newsflow.nlp.model.AnalyzedArticle;
import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.EntityMention;
import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.ParagraphKind;
import io.newsflow.nlp.model.Sentence;
import io.newsflow.nlp.text.HtmlText;
import io.newsflow.nlp.text.ParagraphClassifier;
import io.newsflow.nlp.text.ParagraphSplitter;
import io.newsflow.nlp.text.TextBlock;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole analysis of one article, stage by stage: paragraphs and their kinds, language,
 * sentences and tokens, part-of-speech tags, entities and their linking, values, claims. The
 * Kafka topology and {@code ./newsflow analyze} both call this, so they cannot disagree.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class ArticleAnalyzer {
  /** How much of the text language identification looks at; more adds time, not accuracy. */
  private static final int LANGUAGE_SAMPLE_CHARS = 600;
  /** Relative dates in articles without a date are read as written in Norway's time zone. */
  private static final ZoneId NEWSROOM_ZONE = ZoneId.of("Europe/Oslo");

  private final LanguageIdentifier languageIdentifier;
  private final LanguagePacks packs;
  private final Clock clock;
  private final ParagraphSplitter paragraphSplitter = new ParagraphSplitter();
  private final ParagraphClassifier paragraphClassifier = new ParagraphClassifier();

  public ArticleAnalyzer(LanguageIdentifier languageIdentifier, LanguagePacks packs, Clock clock) {
    this.languageIdentifier = languageIdentifier;
    this.packs = packs;
    this.clock = clock;
  }

  /** The analyzer with the standard language identifier and packs. */
  public static ArticleAnalyzer standard() {
    return new ArticleAnalyzer(
        ChainedLanguageIdentifier.standard(), LanguagePacks.standard(), Clock.systemUTC());
  }

  public LanguagePacks packs() {
    return packs;
  }

  public AnalyzedArticle analyze(ArticleInput input) {
    Stages stages = new Stages();
    List<TextBlock> blocks = input.isHtml()
        ? HtmlText.blocks(input.body())
        : paragraphSplitter.split(input.body());
    stages.done("paragraphs");

    String language = input.languageHint()
        .filter(hint -> !hint.isBlank())
        .orElseGet(() -> languageIdentifier.identify(sample(blocks)));
    LanguagePack pack = packs.forLanguage(language);
    stages.done("language");

    List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock block = blocks.get(i);
      ParagraphKind kind = paragraphClassifier.classify(block, pack.paragraphCues());
      paragraphs.add(Paragraph.of(i + 1, kind, block.text(), pack.sentenceSplitter().split(block.text())));
    }
    stages.done("sentences");

    paragraphs = map(paragraphs, p -> p.withSentences(tag(pack, p.sentences())));
    stages.done("pos");

    List<List<EntityMention>> mentions = pack.entityRecognizer().recognizeArticle(paragraphs);
    List<Paragraph> withEntities = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      withEntities.add(paragraphs.get(i).withEntities(mentions.get(i)));
    }
    paragraphs = withEntities;
    stages.done("entities");

    EntityLinker.Linked linked = pack.entityLinker().link(paragraphs);
    paragraphs = linked.paragraphs();
    stages.done("linking");

    LocalDate reference = input.published().orElseGet(() -> LocalDate.now(clock.withZone(NEWSROOM_ZONE)));
    paragraphs = map(paragraphs, p -> p.withValues(pack.valueExtractor().extract(p, reference)));
    stages.done("values");

    paragraphs = withClaims(paragraphs, pack.claimExtractor().extract(paragraphs));
    stages.done("claims");

    return new AnalyzedArticle(pack.language(), paragraphs, linked.entities(), stages.micros());
  }

  private static List<Sentence> tag(LanguagePack pack, List<Sentence> sentences) {
    List<Sentence> tagged = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      tagged.add(pack.posTagger().tag(s));
    }
    return tagged;
  }

  private static List<Paragraph> withClaims(List<Paragraph> paragraphs, List<Claim> claims) {
    Map<Integer, List<Claim>> byParagraph = new LinkedHashMap<>();
    for (Claim c : claims) {
      byParagraph.computeIfAbsent(c.paragraph(), k -> new ArrayList<>()).add(c);
    }
    return map(paragraphs, p -> p.withClaims(byParagraph.getOrDefault(p.index(), List.of())));
  }

  private static String sample(List<TextBlock> blocks) {
    StringBuilder out = new StringBuilder(LANGUAGE_SAMPLE_CHARS);
    for (TextBlock b : blocks) {
      if (out.length() >= LANGUAGE_SAMPLE_CHARS) {
        break;
      }
      out.append(b.text(), 0, Math.min(b.text().length(), LANGUAGE_SAMPLE_CHARS - out.length()));
      out.append('\n');
    }
    return out.toString();
  }

  private static List<Paragraph> map(
      List<Paragraph> paragraphs, java.util.function.UnaryOperator<Paragraph> stage) {
    List<Paragraph> out = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      out.add(stage.apply(p));
    }
    return out;
  }

  /** Wall time per stage, measured back to back. */
  private static final class Stages {
    private final Map<String, Long> micros = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void done(String stage) {
      long now = System.nanoTime();
      micros.put(stage, (now - last) / 1_000);
      last = now;
    }

    Map<String, Long> micros() {
      return micros;
    }
  }
}
