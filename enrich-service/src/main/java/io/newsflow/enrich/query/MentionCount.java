package io.newsflow.enrich.query;

/**
 * An entity's mentions in one time bucket, as stored: {@code count TAB type TAB id TAB name}. Not
 * JSON, because a 24-hour trending query reads every bucket of every entity of the day and this
 * reads an order of magnitude faster. The name goes last, so any character in it is safe.
 */
public record MentionCount(String id, String name, String type, long count) {
  public String encode() {
    return count + "\t" + type + "\t" + id + "\t" + name;
  }

  public static MentionCount decode(String stored) {
    String[] parts = stored.split("\t", 4);
    if (parts.length != 4) {
      throw new IllegalStateException("a mention bucket is malformed: '" + stored + "'");
    }
    return new MentionCount(parts[2], parts[3], parts[1], Long.parseLong(parts[0]));
  }

  /** Just the count, without splitting the rest: what trending adds up. */
  static long countOf(String stored) {
    return Long.parseLong(stored, 0, stored.indexOf('\t'), 10);
  }

  public MentionCount plus(long more) {
    return new MentionCount(id, name, type, count + more);
  }
}
