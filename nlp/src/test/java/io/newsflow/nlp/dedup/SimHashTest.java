package io.newsflow.nlp.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.nlp.Seeds;
import org.junit.jupiter.api.Test;

class SimHashTest {
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

  @Test
  void shouldPlaceASyndicatedCopyWithOneEditedSentenceWithinTheNearDuplicateDistance() {
    String copy = "NTB: " + SEED.replace(
        "Det siste lydklippet av Baghdadi ble publisert i november i fjor.",
        "Det siste kjente lydopptaket av IS-lederen ble sluppet i november i fjor.");
    assertThat(copy).isNotEqualTo("NTB: " + SEED);

    int distance = SimHash.of(SEED).orElseThrow().distance(SimHash.of(copy).orElseThrow());

    assertThat(distance).isLessThanOrEqualTo(SimHash.NEAR_DUPLICATE_BITS);
  }

  @Test
  void shouldPlaceADifferentArticleOnTheSameStoryFarAway() {
    int distance = SimHash.of(SEED).orElseThrow().distance(SimHash.of(OTHER_STORY_ON_BAGHDADI).orElseThrow());

    assertThat(distance).isGreaterThan(3 * SimHash.NEAR_DUPLICATE_BITS);
  }

  @Test
  void shouldIgnoreCaseQuotesPunctuationAndLayout() {
    String text = "Verdens mest etterlyste mann, den lyssky IS-lederen Abu Bakr al-Baghdadi, "
        + "er jaktet på fra alle kanter.";
    String retyped = "VERDENS mest etterlyste mann – den lyssky «IS-lederen» Abu Bakr al-Baghdadi –\n\n"
        + "er jaktet på fra alle kanter!";

    assertThat(SimHash.of(retyped)).isEqualTo(SimHash.of(text)).isPresent();
  }

  @Test
  void shouldShingleNormalisedWordsInTextOrder() {
    assertThat(SimHash.shingles("Drept, igjen? Mange ulike aktører"))
        .containsExactly("drept igjen mange", "igjen mange ulike", "mange ulike aktører");
  }

  @Test
  void shouldGiveNoFingerprintToTextsTooShortToJudge() {
    assertThat(SimHash.of("Drept, igjen?")).isEmpty();
    assertThat(SimHash.of("Saken oppdateres.")).isEmpty();
    assertThat(SimHash.of("")).isEmpty();
  }

  @Test
  void shouldWriteAndReadFingerprintsAsSixteenHexDigits() {
    Fingerprint fingerprint = SimHash.of(SEED).orElseThrow();

    assertThat(fingerprint.hex()).hasSize(16).matches("[0-9a-f]{16}");
    assertThat(Fingerprint.parse(fingerprint.hex())).isEqualTo(fingerprint);
    assertThat(new Fingerprint(0b1011L).distance(new Fingerprint(0b0001L))).isEqualTo(2);
    assertThatThrownBy(() -> Fingerprint.parse("xyz"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a fingerprint is 16 hex digits, not 'xyz'");
    assertThatThrownBy(() -> Fingerprint.parse("0123456789abcdeg"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'0123456789abcdeg'");
  }
}
