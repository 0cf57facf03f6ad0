package io.newsflow.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.nlp.lang.ChainedLanguageIdentifier;
import io.newsflow.nlp.lang.LanguagePack;
import io.newsflow.nlp.lang.LanguagePacks;
import io.newsflow.nlp.model.AnalyzedArticle;
import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.EntityMention;
import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.Sentence;
import io.newsflow.nlp.model.TextSpan;
import io.newsflow.nlp.model.Token;
import io.newsflow.nlp.model.ValueMention;
import io.newsflow.nlp.text.HtmlText;
import io.newsflow.nlp.text.ParagraphSplitter;
import io.newsflow.nlp.text.TextBlock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The analysis on random and adversarial Unicode: combining marks, right-to-left text and controls,
 * emoji and other surrogate pairs (and lone surrogates), zero-width characters, {@code \r\n} and a
 * lone {@code \r}, NUL, Unicode line separators and very long tokens, mixed into real Norwegian news
 * sentences so that every stage (names, dates, amounts, claim cues) has something to work on. Each
 * stage and the whole analyzer must never throw, keep every offset inside its text with
 * {@code start <= end}, give spans whose text is exactly the substring, and answer the same twice.
 */
class AdversarialTextPropertyTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(ChainedLanguageIdentifier.standard(),
      LanguagePacks.standard(), Clock.fixed(Instant.parse("2017-06-16T10:00:00Z"), ZoneOffset.UTC));
  private static final LanguagePack NORWEGIAN = LanguagePacks.standard().forLanguage("nb");

  /** Real news text, and the characters that break naive text code, as pieces to shuffle together. */
  private static final List<String> PIECES = List.of(
      "Statsminister Erna Solberg sier at regjeringen vil kutte skatten.",
      "Ifølge NRK skal IS-lederen Abu Bakr al-Baghdadi være drept i et angrep 28. mai.",
      "Equinor tjente 12,5 milliarder kroner i fjor, en økning på 30 prosent.",
      "– Vi har ingen kommentar, sa pressesjef Kari Nordmann i Oslo tirsdag.",
      "«Dette er alvorlig», skriver Aftenposten.", "Dr. Hansen", "f.eks.", "kl. 14.30", "kr 300", "1.",
      "e\u0301", "a\u0308\u0308\u0308", "\u0301", "Ærøy", "Tromsø",
      "مرحبا بالعالم", "שלום", "\u200f", "\u202e", "\u202c", "\u061c",
      "😀", "👨\u200d👩\u200d👧", "🇳🇴", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\ud800", "\udc00", "\udbff\udbff", "\udfff\ud800",
      "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060",
      "\r\n", "\r", "\n", "\n\n", "\r\r", "\r\n\r\n", "\u2028", "\u2029", "\u0085", "\t", "\u00a0", "\u0000",
      " ", " ", " ", ".", "!", "?", "...", "«", "»", "\"", "–", ":", "(", ")",
      "<div>", "</p>", "&amp;", "&#0;", "&#xD800;",
      "x".repeat(3_000), "Å".repeat(500), "😀".repeat(300), "\u0301".repeat(400), ".".repeat(200));

  @Provide
  Arbitrary<String> adversarialText() {
    Arbitrary<String> pieces = Arbitraries.of(PIECES);
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> mixed = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, pieces), net.jqwik.api.Tuple.of(1, anyChars));
    return mixed.list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  @Example
  void shouldNameTheParentOfAClaimNestedBeforeIt() {
    // Found by the property below: the nested claim came first and its parent had no id yet.
    String text = "Statsminister Erna Solberg sier at regjeringen vil kutte skatten.kr 300\u200f"
        + "Ifølge NRK skal IS-lederen Abu Bakr al-Baghdadi være drept i et angrep 28. mai.";

    AnalyzedArticle article = ANALYZER.analyze(ArticleInput.plainText(text).publishedOn(LocalDate.of(2017, 6, 16)));

    List<String> ids = article.claims().stream().map(Claim::id).toList();
    assertThat(article.claims()).allSatisfy(c -> c.parentId().ifPresent(parent -> assertThat(ids).contains(parent)));
    article.paragraphs().forEach(AdversarialTextPropertyTest::assertSpansInside);
  }

  @Example
  void shouldFindNoStatementInALoneQuotationMark() {
    // Found by the property below: a sentence of openers only left an empty clause.
    Paragraph paragraph = Paragraph.of(1, io.newsflow.nlp.model.ParagraphKind.BODY, "«",
        NORWEGIAN.sentenceSplitter().split("«"));

    assertThat(NORWEGIAN.claimExtractor().extract(List.of(paragraph))).isEmpty();
  }

  @Property(tries = 150)
  void shouldAnalyzeAnyTextWithOffsetsInsideItAndTheSameResultTwice(@ForAll("adversarialText") String text) {
    ArticleInput input = ArticleInput.plainText(text).publishedOn(LocalDate.of(2017, 6, 16));

    AnalyzedArticle first = ANALYZER.analyze(input);
    AnalyzedArticle second = ANALYZER.analyze(input);

    first.paragraphs().forEach(AdversarialTextPropertyTest::assertSpansInside);
    assertSameAnalysis(first, second);
  }

  @Property(tries = 100)
  void shouldAnalyzeAnyTextMarkedUpAsHtml(@ForAll("adversarialText") String text) {
    String html = "<html><body><h1>" + text + "</h1><p>" + text.replace("\n", "</p><p>") + "</p></body></html>";
    ArticleInput input = new ArticleInput(html, "text/html", Optional.of("nb"), Optional.of(LocalDate.of(2017, 6, 16)));

    AnalyzedArticle first = ANALYZER.analyze(input);

    first.paragraphs().forEach(AdversarialTextPropertyTest::assertSpansInside);
    assertSameAnalysis(first, ANALYZER.analyze(input));
  }

  @Property(tries = 500)
  void shouldTokenizeAnyTextIntoOrderedTokensThatAreTheirSubstrings(@ForAll("adversarialText") String text) {
    List<Token> tokens = NORWEGIAN.sentenceSplitter().tokenizer().tokenize(text);

    int previousEnd = 0;
    for (Token t : tokens) {
      assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(t.end()).isBetween(t.start(), text.length());
      assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
      previousEnd = t.end();
    }
    assertThat(NORWEGIAN.sentenceSplitter().tokenizer().tokenize(text)).isEqualTo(tokens);
  }

  @Property(tries = 500)
  void shouldSplitAnyTextIntoOrderedSentencesInsideIt(@ForAll("adversarialText") String text) {
    List<Sentence> sentences = NORWEGIAN.sentenceSplitter().split(text);

    int previousEnd = 0;
    for (Sentence s : sentences) {
      assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.end()).isBetween(s.start(), text.length());
      for (Token t : s.tokens()) {
        assertThat(t.start()).isBetween(s.start(), s.end());
        assertThat(t.end()).isBetween(t.start(), s.end());
        assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
      }
      previousEnd = s.end();
    }
    assertThat(NORWEGIAN.sentenceSplitter().split(text)).isEqualTo(sentences);
  }

  @Property(tries = 500)
  void shouldSplitAnyTextIntoParagraphsWithoutInventingText(@ForAll("adversarialText") String text) {
    List<TextBlock> blocks = new ParagraphSplitter().split(text);

    for (TextBlock b : blocks) {
      assertThat(b.text()).isNotBlank();
      assertThat(b.text().codePoints().filter(c -> !Character.isWhitespace(c)).count())
          .as("a paragraph holds only characters of the input").isLessThanOrEqualTo(text.length());
    }
    assertThat(new ParagraphSplitter().split(text)).isEqualTo(blocks);
  }

  @Property(tries = 300)
  void shouldReadAnyMarkupIntoBlocks(@ForAll("adversarialText") String text) {
    List<TextBlock> blocks = HtmlText.blocks("<p>" + text + "</p><div><div>" + text + "</div>");

    assertThat(blocks).allSatisfy(b -> assertThat(b.text()).isNotNull());
    assertThat(HtmlText.blocks("<p>" + text + "</p><div><div>" + text + "</div>")).isEqualTo(blocks);
  }

  @Property(tries = 500)
  void shouldIdentifyALanguageCodeForAnyText(@ForAll("adversarialText") String text) {
    String language = ChainedLanguageIdentifier.standard().identify(text);

    assertThat(language).matches("[a-z]{2,3}");
    assertThat(ChainedLanguageIdentifier.standard().identify(text)).isEqualTo(language);
  }

  @Property(tries = 150)
  void shouldRecognizeNamesValuesAndClaimsInsideAnyParagraph(@ForAll("adversarialText") String text) {
    Paragraph paragraph = Paragraph.of(1, io.newsflow.nlp.model.ParagraphKind.BODY, text,
        NORWEGIAN.sentenceSplitter().split(text));
    Paragraph analysed = paragraph
        .withEntities(NORWEGIAN.entityRecognizer().recognize(paragraph))
        .withValues(NORWEGIAN.valueExtractor().extract(paragraph, LocalDate.of(2017, 6, 16)));
    List<Claim> claims = NORWEGIAN.claimExtractor().extract(List.of(analysed));

    assertSpansInside(analysed.withClaims(claims));
    assertThat(NORWEGIAN.entityRecognizer().recognize(paragraph)).isEqualTo(analysed.entities());
    assertThat(NORWEGIAN.valueExtractor().extract(paragraph, LocalDate.of(2017, 6, 16))).isEqualTo(analysed.values());
    assertThat(NORWEGIAN.claimExtractor().extract(List.of(analysed))).isEqualTo(claims);
  }

  private static void assertSpansInside(Paragraph p) {
    String text = p.text();
    for (Sentence s : p.sentences()) {
      assertInside(text, s.start(), s.end(), text.substring(s.start(), s.end()));
      s.tokens().forEach(t -> assertInside(text, t.start(), t.end(), t.text()));
    }
    for (EntityMention m : p.entities()) {
      assertInside(text, m.start(), m.end(), m.text());
    }
    for (ValueMention v : p.values()) {
      assertInside(text, v.start(), v.end(), v.text());
    }
    for (Claim c : p.claims()) {
      assertThat(c.paragraph()).isEqualTo(p.index());
      c.source().ifPresent(span -> assertInside(text, span));
      c.cue().ifPresent(span -> assertInside(text, span));
      assertInside(text, c.content());
      c.contentParts().forEach(span -> assertInside(text, span));
      c.hedges().forEach(span -> assertInside(text, span));
    }
  }

  private static void assertInside(String text, TextSpan span) {
    assertInside(text, span.start(), span.end(), span.text());
  }

  private static void assertInside(String text, int start, int end, String spanText) {
    assertThat(start).as("start of '%s'", spanText).isBetween(0, end);
    assertThat(end).as("end of '%s'", spanText).isBetween(start, text.length());
    assertThat(spanText).isEqualTo(text.substring(start, end));
  }

  /** Everything but the stage timings, which differ from run to run by nature. */
  private static void assertSameAnalysis(AnalyzedArticle first, AnalyzedArticle second) {
    assertThat(second.language()).isEqualTo(first.language());
    assertThat(second.paragraphs()).isEqualTo(first.paragraphs());
    assertThat(second.entities()).isEqualTo(first.entities());
  }
}
