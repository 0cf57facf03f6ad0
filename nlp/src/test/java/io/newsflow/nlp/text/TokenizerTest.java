package io.newsflow.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.nlp.lang.nb.NorwegianPack;
import io.newsflow.nlp.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer(NorwegianPack.abbreviations());

  private List<String> tokens(String text) {
    return tokenizer.tokenize(text).stream().map(Token::text).toList();
  }

  @Test
  void shouldKeepHyphenatedNamesAndCompoundsWhole() {
    assertThat(tokens("IS-lederen Abu Bakr al-Baghdadi, er jaktet på."))
        .containsExactly("IS-lederen", "Abu", "Bakr", "al-Baghdadi", ",", "er", "jaktet", "på", ".");
  }

  @Test
  void shouldAttachTheDanglingHyphenOfASplitName() {
    assertThat(tokens("jihadisten Abu Musab al- Zarqawi."))
        .containsExactly("jihadisten", "Abu", "Musab", "al-", "Zarqawi", ".");
  }

  @Test
  void shouldSplitGuillemetsFromTheQuotedWord() {
    assertThat(tokens("erklærte seg selv som «kalif», har"))
        .containsExactly("erklærte", "seg", "selv", "som", "«", "kalif", "»", ",", "har");
  }

  @Test
  void shouldKeepNorwegianAbbreviationsWithTheirPeriod() {
    assertThat(tokens("Det gjelder bl.a. ca. 300 personer, f.eks. i Oslo."))
        .containsExactly("Det", "gjelder", "bl.a.", "ca.", "300", "personer", ",", "f.eks.", "i",
            "Oslo", ".");
  }

  @Test
  void shouldReadTheDayOfADateAsAnOrdinal() {
    assertThat(tokens("den 28. mai i år")).containsExactly("den", "28.", "mai", "i", "år");
    assertThat(tokens("i 2006. Han ledet")).containsExactly("i", "2006", ".", "Han", "ledet");
  }

  @Test
  void shouldKeepDecimalsTimesAndInitialsWhole() {
    assertThat(tokens("Veksten var 2,5 prosent kl. 12:30, sa Jens E. Hansen."))
        .containsExactly("Veksten", "var", "2,5", "prosent", "kl.", "12:30", ",", "sa", "Jens", "E.",
            "Hansen", ".");
  }

  @Test
  void shouldKeepUrlsAndAddressesWholeWithoutTheSentencePeriod() {
    assertThat(tokens("Les mer på https://www.vg.no/nyheter. Skriv til tips@vg.no!"))
        .containsExactly("Les", "mer", "på", "https://www.vg.no/nyheter", ".", "Skriv", "til",
            "tips@vg.no", "!");
  }

  @Test
  void shouldGiveOffsetsThatSliceTheText() {
    String text = "Foto: Uncredited , Ap";
    for (Token t : tokenizer.tokenize(text)) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void shouldKeepAnEmojiWithItsModifiersAndIgnoreInvisibleSpaces() {
    assertThat(tokens("Bra\u200b jobba 👍🏽 🇳🇴!"))
        .containsExactly("Bra", "jobba", "👍🏽", "🇳🇴", "!");
  }
}
