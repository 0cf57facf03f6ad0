package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.nlp.dedup.MinHash;
import io.newsflow.nlp.dedup.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding the earlier article a signature is alike enough to, through the band index. */
class DuplicateDetectorTest {
  private static final Instant MORNING = Instant.parse("2024-03-14T07:00:00Z");
  private static final Signature ORIGINAL = MinHash.of("""
      Den nye brua over Glomma ved Elverum åpner for trafikk 15. mai, opplyser Statens vegvesen. Brua har \
      kostet 412 millioner kroner og erstatter den gamle fra 1936.""").orElseThrow();
  private static final Signature UNRELATED = MinHash.of("""
      Over 1200 søkere har sykepleie som førstevalg ved Høgskolen i Innlandet i år, en økning på 18 prosent \
      fra i fjor, opplyser Samordna opptak.""").orElseThrow();

  private final DuplicateDetector detector = new DuplicateDetector(0.8, Duration.ofDays(7), 1_000);

  /** {@code base} with the first value of each of the first {@code bands} bands changed: (64 - bands) / 64 alike. */
  private static Signature changedInBands(Signature base, int bands) {
    int[] mins = base.mins();
    for (int b = 0; b < bands; b++) {
      mins[b * 4] ^= 0x5bd1e995;
    }
    return new Signature(mins);
  }

  @Test
  void shouldFindACopyAtTheSimilarityLimitThroughTheBandsItLeftIntact() {
    detector.checkAndKeep("vg-1", ORIGINAL, MORNING);
    detector.checkAndKeep("nrk-1", UNRELATED, MORNING);

    Optional<DuplicateDetector.Match> match =
        detector.checkAndKeep("ntb-1", changedInBands(ORIGINAL, 12), MORNING.plusSeconds(60));

    assertThat(match).contains(new DuplicateDetector.Match("vg-1", 52 / 64.0));
  }

  @Test
  void shouldKeepATextJustBelowTheLimitAsAnOriginal() {
    detector.checkAndKeep("vg-1", ORIGINAL, MORNING);

    assertThat(detector.checkAndKeep("db-1", changedInBands(ORIGINAL, 13), MORNING.plusSeconds(60))).isEmpty();
    assertThat(detector.size()).isEqualTo(2);
  }

  @Test
  void shouldPointEveryCopyAtTheOriginalAndNotAtAnotherCopy() {
    detector.checkAndKeep("vg-1", ORIGINAL, MORNING);
    detector.checkAndKeep("ntb-1", changedInBands(ORIGINAL, 2), MORNING.plusSeconds(60));

    assertThat(detector.checkAndKeep("db-1", changedInBands(ORIGINAL, 3), MORNING.plusSeconds(120)))
        .contains(new DuplicateDetector.Match("vg-1", 61 / 64.0));
    assertThat(detector.size()).isEqualTo(1);
  }

  @Test
  void shouldNeverCallAnArticleSentAgainADuplicateOfItself() {
    detector.checkAndKeep("vg-1", ORIGINAL, MORNING);

    assertThat(detector.checkAndKeep("vg-1", ORIGINAL, MORNING.plusSeconds(60))).isEmpty();
  }

  @Test
  void shouldForgetOriginalsOlderThanTheWindowAndBeyondTheCapacity() {
    detector.checkAndKeep("vg-1", ORIGINAL, MORNING);
    assertThat(detector.checkAndKeep("ntb-1", ORIGINAL, MORNING.plus(Duration.ofDays(8)))).isEmpty();

    DuplicateDetector small = new DuplicateDetector(0.8, Duration.ofDays(7), 1);
    small.checkAndKeep("vg-1", ORIGINAL, MORNING);
    small.checkAndKeep("nrk-1", UNRELATED, MORNING);
    assertThat(small.size()).isEqualTo(1);
    assertThat(small.checkAndKeep("ntb-1", ORIGINAL, MORNING)).isEmpty();
  }

  @Test
  void shouldRestoreStoredSignaturesInsideTheWindowAndSkipUnreadableOnes() {
    Map<String, String> stored = Map.of(
        "vg-1", DuplicateDetector.encode(ORIGINAL, MORNING),
        "gammel", DuplicateDetector.encode(UNRELATED, MORNING.minus(Duration.ofDays(30))),
        "ødelagt", "ikke en signatur");

    int unreadable = detector.restoreAll(stored, MORNING.plusSeconds(3600));

    assertThat(unreadable).isEqualTo(1);
    assertThat(detector.size()).isEqualTo(1);
    assertThat(detector.checkAndKeep("ntb-1", changedInBands(ORIGINAL, 1), MORNING.plusSeconds(3600)))
        .contains(new DuplicateDetector.Match("vg-1", 63 / 64.0));
  }

  @Test
  void shouldRefuseASimilarityTheBandsCannotServe() {
    assertThatThrownBy(() -> new DuplicateDetector(0.6, Duration.ofDays(1), 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minSimilarity must be between 0.7 and 1, not 0.6");
  }
}
