package io.newsflow.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.nlp.Seeds;
import io.newsflow.nlp.eval.GoldArticle;
import io.newsflow.nlp.lang.nb.NorwegianPack;
import io.newsflow.nlp.model.ParagraphKind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
  private final ParagraphSplitter splitter = new ParagraphSplitter();
  private final ParagraphClassifier classifier = new ParagraphClassifier();
  private final ParagraphCues norwegian = NorwegianPack.create().paragraphCues();

  @Test
  void shouldSplitTheSeedIntoTheGoldParagraphsWithTheGoldKinds() {
    GoldArticle gold = Seeds.gold();
    List<TextBlock> blocks = splitter.split(Seeds.seedText());

    assertThat(blocks).extracting(TextBlock::text)
        .containsExactlyElementsOf(gold.paragraphs().stream().map(GoldArticle.GoldParagraph::text).toList());
    assertThat(blocks).extracting(b -> classifier.classify(b, norwegian).name().toLowerCase(Locale.ROOT))
        .containsExactlyElementsOf(gold.paragraphs().stream().map(GoldArticle.GoldParagraph::kind).toList());
  }

  @Test
  void shouldSplitOnLinesWhenTheTextHasNoBlankLines() {
    assertThat(splitter.split("Første avsnitt.\r\nAndre avsnitt.\rTredje."))
        .extracting(TextBlock::text).containsExactly("Første avsnitt.", "Andre avsnitt.", "Tredje.");
  }

  @Test
  void shouldKeepSingleLineBreaksInsideParagraphsSeparatedByBlankLines() {
    assertThat(splitter.split("  Linje en\nlinje to.\n \nNeste avsnitt.\n\n\n"))
        .extracting(TextBlock::text).containsExactly("Linje en\nlinje to.", "Neste avsnitt.");
  }

  private ParagraphKind kind(String text) {
    return classifier.classify(TextBlock.plain(text), norwegian);
  }

  @Test
  void shouldRecogniseLayoutShapesBeyondTheSeed() {
    assertThat(kind("Les også: Statsministeren går av")).isEqualTo(ParagraphKind.TEASER);
    assertThat(kind("SE VIDEO: Slik var stormen")).isEqualTo(ParagraphKind.TEASER);
    assertThat(kind("Aftenposten+: Derfor taper Høyre i Bergen")).isEqualTo(ParagraphKind.TEASER);
    assertThat(kind("Statsministeren på pressekonferansen i går. Foto: Heiko Junge / NTB"))
        .isEqualTo(ParagraphKind.CAPTION);
    assertThat(kind("Av Ole Hansen og Kari Nordmann")).isEqualTo(ParagraphKind.BYLINE);
    assertThat(kind("Publisert: 16.06.17 20:31")).isEqualTo(ParagraphKind.BYLINE);
    assertThat(kind("Vil ha ny debatt")).isEqualTo(ParagraphKind.HEADING);
    assertThat(kind("Erna Solberg: «Vi må gjøre mer for de unge.»")).isEqualTo(ParagraphKind.BODY);
    assertThat(kind("– Dette er en trist dag, sier ordføreren.")).isEqualTo(ParagraphKind.BODY);
    assertThat(kind("Han døde i fjor.")).isEqualTo(ParagraphKind.BODY);
    assertThat(kind("https://www.vg.no/nyheter/123")).isEqualTo(ParagraphKind.OTHER);
  }

  @Test
  void shouldTakeTheKindDeclaredByMarkup() {
    List<TextBlock> blocks = HtmlText.blocks("<html><body><h2>Drept, igjen?</h2><p>Mange ulike "
        + "aktører har hevdet det.</p><figure><img src=x><figcaption>Et bilde av ham.</figcaption>"
        + "</figure><script>var x = 1;</script></body></html>");
    assertThat(blocks).extracting(b -> classifier.classify(b, norwegian))
        .containsExactly(ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.CAPTION);
    assertThat(blocks).extracting(TextBlock::text)
        .containsExactly("Drept, igjen?", "Mange ulike aktører har hevdet det.", "Et bilde av ham.");
  }
}
