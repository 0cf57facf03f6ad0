package io.newsflow.ingest.dedup;

import io.newsflow.nlp.dedup.Fingerprint;
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
 * The fingerprints of the articles of the last {@code window} (at most {@code capacity} of them),
 * and for a new article the earlier one it is a near-duplicate of: at most {@code maxBits} bits
 * apart. Look-up is by bands: the 64 bits are cut into {@code maxBits + 1} bands, and two
 * fingerprints within {@code maxBits} of each other agree on at least one whole band (pigeonhole),
 * so only articles sharing a band are compared.
 *
 * <p>Only originals are kept: a copy points at the article it copies, never at another copy.
 */
public final class DuplicateDetector {
  private final int maxBits;
  private final Duration window;
  private final int capacity;
  private final int[] bandStart;
  private final int[] bandWidth;
  private final List<Map<Long, List<String>>> bands = new ArrayList<>();
  /** Insertion order is age order, so the eldest is evicted first. */
  private final LinkedHashMap<String, Kept> kept = new LinkedHashMap<>();

  private record Kept(Fingerprint fingerprint, Instant at) {}

  /** The earlier article a new one copies, and how many bits apart they are. */
  public record Match(String originalId, int distance) {}

  public DuplicateDetector(int maxBits, Duration window, int capacity) {
    if (maxBits < 0 || maxBits > 16) {
      throw new IllegalArgumentException("maxBits must be between 0 and 16, not " + maxBits);
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, not " + capacity);
    }
    this.maxBits = maxBits;
    this.window = window;
    this.capacity = capacity;
    int count = maxBits + 1;
    bandStart = new int[count];
    bandWidth = new int[count];
    for (int b = 0, start = 0; b < count; b++) {
      bandWidth[b] = 64 / count + (b < 64 % count ? 1 : 0);
      bandStart[b] = start;
      start += bandWidth[b];
      bands.add(new HashMap<>());
    }
  }

  /**
   * The earlier article {@code fingerprint} copies, if any; otherwise the article is kept as an
   * original (a second look at the same id, a re-sent article, is never its own duplicate).
   */
  public synchronized Optional<Match> checkAndKeep(String articleId, Fingerprint fingerprint, Instant at) {
    evict(at);
    if (kept.containsKey(articleId)) {
      return Optional.empty();
    }
    Optional<Match> match = nearest(fingerprint);
    if (match.isEmpty()) {
      keep(articleId, fingerprint, at);
    }
    return match;
  }

  /** Keeps an original read back from storage (at start-up); ones outside the window are ignored. */
  public synchronized void restore(String articleId, Fingerprint fingerprint, Instant at, Instant now) {
    if (at.isAfter(now.minus(window)) && !kept.containsKey(articleId)) {
      keep(articleId, fingerprint, at);
    }
  }

  /** Forgets an article that was never published after all. */
  public synchronized void forget(String articleId) {
    Kept gone = kept.remove(articleId);
    if (gone != null) {
      unindex(articleId, gone.fingerprint());
    }
  }

  /** How many originals are kept. */
  public synchronized int size() {
    return kept.size();
  }

  private Optional<Match> nearest(Fingerprint fingerprint) {
    Optional<Match> best = Optional.empty();
    for (int b = 0; b < bands.size(); b++) {
      for (String candidate : bands.get(b).getOrDefault(band(fingerprint, b), List.of())) {
        int distance = kept.get(candidate).fingerprint().distance(fingerprint);
        if (distance <= maxBits && (best.isEmpty() || distance < best.get().distance())) {
          best = Optional.of(new Match(candidate, distance));
        }
      }
    }
    return best;
  }

  private void keep(String articleId, Fingerprint fingerprint, Instant at) {
    kept.put(articleId, new Kept(fingerprint, at));
    for (int b = 0; b < bands.size(); b++) {
      bands.get(b).computeIfAbsent(band(fingerprint, b), k -> new ArrayList<>(1)).add(articleId);
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
      unindex(eldest.getKey(), eldest.getValue().fingerprint());
    }
  }

  private void unindex(String articleId, Fingerprint fingerprint) {
    for (int b = 0; b < bands.size(); b++) {
      long key = band(fingerprint, b);
      List<String> ids = bands.get(b).get(key);
      if (ids != null) {
        ids.remove(articleId);
        if (ids.isEmpty()) {
          bands.get(b).remove(key);
        }
      }
    }
  }

  private long band(Fingerprint fingerprint, int b) {
    long mask = bandWidth[b] == 64 ? -1L : (1L << bandWidth[b]) - 1;
    return (fingerprint.bits() >>> bandStart[b]) & mask;
  }

  /** How a kept fingerprint is stored: {@code <16 hex digits> <epoch millis>}. */
  public static String encode(Fingerprint fingerprint, Instant at) {
    return fingerprint.hex() + " " + at.toEpochMilli();
  }

  /** Restores what {@link #encode} wrote, oldest first; unreadable values are skipped and counted. */
  public int restoreAll(Map<String, String> stored, Instant now) {
    record Entry(String id, Fingerprint fingerprint, Instant at) {}
    List<Entry> entries = new ArrayList<>();
    int unreadable = 0;
    for (Map.Entry<String, String> e : stored.entrySet()) {
      String[] parts = e.getValue().split(" ");
      try {
        entries.add(new Entry(e.getKey(), Fingerprint.parse(parts[0]),
            Instant.ofEpochMilli(Long.parseLong(parts[1]))));
      } catch (RuntimeException bad) {
        unreadable++;
      }
    }
    entries.sort(Comparator.comparing(Entry::at));
    entries.forEach(e -> restore(e.id(), e.fingerprint(), e.at(), now));
    return unreadable;
  }
}
