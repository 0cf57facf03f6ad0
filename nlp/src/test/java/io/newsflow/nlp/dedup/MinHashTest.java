package io.newsflow.nlp.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.nlp.Seeds;
import org.junit.jupiter.api.Test;

class MinHashTest {
  private static final String SEED = Seeds.seedText();

  /** The same story told by another newsroom: same facts, same names, its own sentences. */
  private static final String OTHER_STORY_ON_BAGHDADI = """
      Russlands forsvarsdepartement opplyser fredag at landets fly kan ha drept lederen for Den islamske \
      staten, Abu Bakr al-Baghdadi, under et luftangrep mot et møte mellom IS-ledere sør for Raqqa i mai.

      Departementet understreker at opplysningene ennå ikke er bekreftet, og at etterretningen arbeider \
      med å finne ut om Baghdadi var til stede da bombene falt.

      Den amerikanskledede koalisjonen sier at den ikke kan bekrefte meldingen. Irakiske myndigheter har \
      flere ganger tidligere meldt at IS-lederen er såret eller drept, uten at det har vist seg å stemme.

      Baghdadi har ikke vist seg offentlig siden han holdt en preken i al-Nuri-moskeen i Mosul sommeren 2014.""";

  /** A short wire story, the length most syndicated copies have. */
  private static final String BRIDGE_STORY = """
      Den nye brua over Glomma ved Elverum åpner for trafikk 15. mai, opplyser Statens vegvesen. Brua har \
      kostet 412 millioner kroner og erstatter den gamle fra 1936, som ikke lenger tålte dagens tungtrafikk.

      – Vi er to uker foran skjema, og vi holder budsjettet, sier prosjektleder Ingrid Bakke. Arbeidet \
      startet høsten 2021.

      Den gamle brua skal rives i løpet av sommeren, og i anleggsperioden blir det nattestengt for gående \
      og syklende. Ordføreren i Elverum kaller åpningen en milepæl for regionen.""";

  private static double similarity(String a, String b) {
    return MinHash.of(a).orElseThrow().similarity(MinHash.of(b).orElseThrow());
  }

  @Test
  void shouldScoreASyndicatedCopyWithOneEditedSentenceAsNearDuplicate() {
    String copy = "NTB: " + SEED.replace(
        "Det siste lydklippet av Baghdadi ble publisert i november i fjor.",
        "Det siste kjente lydopptaket av IS-lederen ble sluppet i november i fjor.");
    assertThat(copy).isNotEqualTo("NTB: " + SEED);

    assertThat(similarity(SEED, copy)).isGreaterThanOrEqualTo(MinHash.NEAR_DUPLICATE_SIMILARITY);
  }

  @Test
  void shouldScoreAShortWireCopyWithAReplacedWordAndABylineAsNearDuplicate() {
    String copy = "(NTB) " + BRIDGE_STORY.replace("opplyser Statens vegvesen", "melder Statens vegvesen");

    assertThat(similarity(BRIDGE_STORY, copy)).isGreaterThanOrEqualTo(MinHash.NEAR_DUPLICATE_SIMILARITY);
  }

  @Test
  void shouldScoreADifferentArticleOnTheSameStoryFarBelow() {
    assertThat(similarity(SEED, OTHER_STORY_ON_BAGHDADI)).isLessThan(0.2);
    assertThat(similarity(SEED, BRIDGE_STORY)).isLessThan(0.2);
  }

  @Test
  void shouldIgnoreCaseQuotesPunctuationAndLayout() {
    String text = "Verdens mest etterlyste mann, den lyssky IS-lederen Abu Bakr al-Baghdadi, "
        + "er jaktet på fra alle kanter.";
    String retyped = "VERDENS mest etterlyste mann – den lyssky «IS-lederen» Abu Bakr al-Baghdadi –\n\n"
        + "er jaktet på fra alle kanter!";

    assertThat(MinHash.of(retyped)).isEqualTo(MinHash.of(text)).isPresent();
  }

  @Test
  void shouldShingleNormalisedWordsInTextOrder() {
    assertThat(MinHash.shingles("Drept, igjen? Mange ulike aktører"))
        .containsExactly("drept igjen mange", "igjen mange ulike", "mange ulike aktører");
  }

  @Test
  void shouldGiveNoSignatureToTextsTooShortToJudge() {
    assertThat(MinHash.of("Drept, igjen?")).isEmpty();
    assertThat(MinHash.of("Saken oppdateres.")).isEmpty();
    assertThat(MinHash.of("")).isEmpty();
  }

  @Test
  void shouldEncodeAndDecodeSignatures() {
    Signature signature = MinHash.of(SEED).orElseThrow();

    assertThat(signature.encode()).hasSize(344);
    assertThat(Signature.decode(signature.encode())).isEqualTo(signature);
    assertThat(signature.similarity(signature)).isEqualTo(1.0);
    assertThatThrownBy(() -> Signature.decode("ikke base64!"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a signature is Base64, not 'ikke base64!'");
    assertThatThrownBy(() -> Signature.decode("AAAA"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a signature has 256 bytes, not 3");
  }
}
