package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.nlp.dedup.Fingerprint;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding the earlier article a fingerprint is within a few bits of, through the band index. */
class DuplicateDetectorTest {
  private static final Instant MORNING = Instant.parse("2024-03-14T07:00:00Z");
  private static final Fingerprint ORIGINAL = new Fingerprint(0x9e3779b97f4a7c15L);

  private final DuplicateDetector detector = new DuplicateDetector(6, Duration.ofDays(7), 1_000);

  /** {@code base} with the given bits flipped, spread over different bands. */
  private static Fingerprint flipped(Fingerprint base, int... bits) {
    long value = base.bits();
    for (int bit : bits) {
      value ^= 1L << bit;
    }
    return new Fingerprint(value);
  }

  @Test
  void shouldFindACopyWithinTheDistanceWhateverBandsItsChangedBitsFallIn() {
    detector.checkAndKeep("vg-1", ORIGINAL, MORNING);

    Optional<DuplicateDetector.Match> match =
        detector.checkAndKeep("ntb-1", flipped(ORIGINAL, 0, 10, 19, 28, 37, 63), MORNING.plusSeconds(60));

    assertThat(match).contains(new DuplicateDetector.Match("vg-1", 6));
  }

  @Test
  void shouldKeepATextOneBitTooFarAsAnOriginal() {
    detector.checkAndKeep("vg-1", ORIGINAL, MORNING);
    Fingerprint far = flipped(ORIGINAL, 0, 10, 19, 28, 37, 46, 63);

    assertThat(detector.checkAndKeep("nrk-1", far, MORNING.plusSeconds(60))).isEmpty();
    assertThat(detector.size()).isEqualTo(2);
  }

  @Test
  void shouldPointEveryCopyAtTheOriginalAndNotAtAnotherCopy() {
    detector.checkAndKeep("vg-1", ORIGINAL, MORNING);
    detector.checkAndKeep("ntb-1", flipped(ORIGINAL, 1, 2), MORNING.plusSeconds(60));

    assertThat(detector.checkAndKeep("db-1", flipped(ORIGINAL, 1, 2, 3), MORNING.plusSeconds(120)))
        .contains(new DuplicateDetector.Match("vg-1", 3));
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

    DuplicateDetector small = new DuplicateDetector(3, Duration.ofDays(7), 2);
    small.checkAndKeep("a", new Fingerprint(0x0L), MORNING);
    small.checkAndKeep("b", new Fingerprint(0xffff_ffffL), MORNING);
    small.checkAndKeep("c", new Fingerprint(0xffff_ffff_0000_0000L), MORNING);
    assertThat(small.size()).isEqualTo(2);
    assertThat(small.checkAndKeep("a2", new Fingerprint(0x1L), MORNING)).isEmpty();
  }

  @Test
  void shouldRestoreStoredFingerprintsInsideTheWindowAndSkipUnreadableOnes() {
    Map<String, String> stored = Map.of(
        "vg-1", DuplicateDetector.encode(ORIGINAL, MORNING),
        "gammel", DuplicateDetector.encode(flipped(ORIGINAL, 40), MORNING.minus(Duration.ofDays(30))),
        "ødelagt", "not a fingerprint");

    int unreadable = detector.restoreAll(stored, MORNING.plusSeconds(3600));

    assertThat(unreadable).isEqualTo(1);
    assertThat(detector.size()).isEqualTo(1);
    assertThat(detector.checkAndKeep("ntb-1", flipped(ORIGINAL, 5), MORNING.plusSeconds(3600)))
        .contains(new DuplicateDetector.Match("vg-1", 1));
  }

  @Test
  void shouldRefuseADistanceTheBandsCannotServe() {
    assertThatThrownBy(() -> new DuplicateDetector(17, Duration.ofDays(1), 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxBits must be between 0 and 16, not 17");
  }
}
