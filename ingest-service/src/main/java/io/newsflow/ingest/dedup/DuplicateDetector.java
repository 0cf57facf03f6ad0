package io.newsflow.ingest.dedup;

import io.newsflow.nlp.dedup.MinHash;
import io.newsflow.nlp.dedup.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MinHash signatures of the articles of the last {@code window} (at most {@code capacity} of
 * them), and for a new article the earlier one it is a near-duplicate of: at least
 * {@code minSimilarity} alike. Look-up is by locality-sensitive bands: the 64 values are cut into
 * {@value #BANDS} bands of {@value #ROWS}, and only articles that agree on a whole band are
 * compared. Two texts of similarity s share a band with probability 1 - (1 - s^4)^16: 0.9998 at
 * 0.8, 0.988 at 0.7, while texts of similarity 0.1 meet in 0.16% of pairs, so a look-up compares a
 * handful of candidates however many articles are kept.
 *
 * <p>Only originals are kept: a copy points at the article it copies, never at another copy.
 */
public final class DuplicateDetector {
  static final int BANDS = 16;
  static final int ROWS = MinHash.SIZE / BANDS;
  /** Below this the bands would miss too many pairs (one in ten at 0.6). */
  public static final double LOWEST_SIMILARITY = 0.7;

  private final double minSimilarity;
  private final Duration window;
  private final int capacity;
  private final List<Map<Long, List<String>>> bands = new ArrayList<>();
  /** Insertion order is age order, so the eldest is evicted first. */
  private final LinkedHashMap<String, Kept> kept = new LinkedHashMap<>();

  private record Kept(Signature signature, Instant at) {}

  /** The earlier article a new one copies, and how alike the two are (estimated Jaccard similarity). */
  public record Match(String originalId, double similarity) {}

  public DuplicateDetector(double minSimilarity, Duration window, int capacity) {
    if (!(minSimilarity >= LOWEST_SIMILARITY && minSimilarity <= 1.0)) {
      throw new IllegalArgumentException("minSimilarity must be between " + LOWEST_SIMILARITY + " and 1, not "
          + minSimilarity);
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, not " + capacity);
    }
    this.minSimilarity = minSimilarity;
    this.window = window;
    this.capacity = capacity;
    for (int b = 0; b < BANDS; b++) {
      bands.add(new HashMap<>());
    }
  }

  /**
   * The earlier article {@code signature} copies, if any; otherwise the article is kept as an
   * original (a second look at the same id, a re-sent article, is never its own duplicate).
   */
  public synchronized Optional<Match> checkAndKeep(String articleId, Signature signature, Instant at) {
    evict(at);
    if (kept.containsKey(articleId)) {
      return Optional.empty();
    }
    Optional<Match> match = nearest(signature);
    if (match.isEmpty()) {
      keep(articleId, signature, at);
    }
    return match;
  }

  /** Keeps an original read back from storage (at start-up); ones outside the window are ignored. */
  public synchronized void restore(String articleId, Signature signature, Instant at, Instant now) {
    if (at.isAfter(now.minus(window)) && !kept.containsKey(articleId)) {
      keep(articleId, signature, at);
    }
  }

  /** Forgets an article that was never published after all. */
  public synchronized void forget(String articleId) {
    Kept gone = kept.remove(articleId);
    if (gone != null) {
      unindex(articleId, gone.signature());
    }
  }

  /** How many originals are kept. */
  public synchronized int size() {
    return kept.size();
  }

  private Optional<Match> nearest(Signature signature) {
    Optional<Match> best = Optional.empty();
    for (int b = 0; b < BANDS; b++) {
      for (String candidate : bands.get(b).getOrDefault(band(signature, b), List.of())) {
        double similarity = kept.get(candidate).signature().similarity(signature);
        if (similarity >= minSimilarity && (best.isEmpty() || similarity > best.get().similarity())) {
          best = Optional.of(new Match(candidate, similarity));
        }
      }
    }
    return best;
  }

  private void keep(String articleId, Signature signature, Instant at) {
    kept.put(articleId, new Kept(signature, at));
    for (int b = 0; b < BANDS; b++) {
      List<String> ids = bands.get(b).computeIfAbsent(band(signature, b), k -> new ArrayList<>(1));
      if (!ids.contains(articleId)) {
        ids.add(articleId);
      }
    }
    while (kept.size() > capacity) {
      Map.Entry<String, Kept> eldest = kept.entrySet().iterator().next();
      forget(eldest.getKey());
    }
  }

  private void evict(Instant now) {
    Instant oldest = now.minus(window);
    Iterator<Map.Entry<String, Kept>> it = kept.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Kept> eldest = it.next();
      if (eldest.getValue().at().isAfter(oldest)) {
        return;
      }
      it.remove();
      unindex(eldest.getKey(), eldest.getValue().signature());
    }
  }

  private void unindex(String articleId, Signature signature) {
    for (int b = 0; b < BANDS; b++) {
      long key = band(signature, b);
      List<String> ids = bands.get(b).get(key);
      if (ids != null) {
        ids.remove(articleId);
        if (ids.isEmpty()) {
          bands.get(b).remove(key);
        }
      }
    }
  }

  /** The band's {@value #ROWS} values folded into one key (collisions only cost a comparison). */
  private static long band(Signature signature, int b) {
    long key = 0;
    for (int r = 0; r < ROWS; r++) {
      key = key * 0x100000001b3L + (signature.min(b * ROWS + r) & 0xffffffffL);
    }
    return key;
  }

  /** How a kept signature is stored: {@code <Base64 signature> <epoch millis>}. */
  public static String encode(Signature signature, Instant at) {
    return signature.encode() + " " + at.toEpochMilli();
  }

  /** Restores what {@link #encode} wrote, oldest first; unreadable values are skipped and counted. */
  public int restoreAll(Map<String, String> stored, Instant now) {
    record Entry(String id, Signature signature, Instant at) {}
    List<Entry> entries = new ArrayList<>();
    int unreadable = 0;
    for (Map.Entry<String, String> e : stored.entrySet()) {
      String[] parts = e.getValue().split(" ");
      try {
        entries.add(new Entry(e.getKey(), Signature.decode(parts[0]),
            Instant.ofEpochMilli(Long.parseLong(parts[1]))));
      } catch (RuntimeException bad) {
        unreadable++;
      }
    }
    entries.sort(Comparator.comparing(Entry::at));
    entries.forEach(e -> restore(e.id(), e.signature(), e.at(), now));
    return unreadable;
  }
}
