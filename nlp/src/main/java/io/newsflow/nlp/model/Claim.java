package io.newsflow.nlp.model;

import java.util.List;
import java.util.Optional;

/**
 * Who says what, with which cue, how hedged. Spans are in the text of paragraph {@code paragraph}.
 *
 * @param id article-local id ({@code c1}, {@code c2}, …) that {@code parentId} refers to
 * @param paragraph 1-based index of the paragraph the claim is in
 * @param content the whole extent of what is claimed; {@code contentParts} are its pieces when an
 *     inserted phrase ("…, ifølge politiet, …") interrupts it, otherwise the content alone
 * @param hedges the words that make the claim uncertain ("kan ha", "trolig", "tror")
 * @param disputed the text itself casts doubt on the claim ("uten at det har vist seg å stemme")
 * @param parentId the claim this one is reported inside ("BBC skriver at X hevdet at …")
 * @param checkworthiness 0..1, how much the statement asserts something a fact-checker can verify
 */
public record Claim(
    String id,
    int paragraph,
    ClaimKind kind,
    Optional<TextSpan> source,
    Optional<ResolvedSource> resolvedSource,
    Optional<TextSpan> cue,
    TextSpan content,
    List<TextSpan> contentParts,
    boolean hedged,
    List<TextSpan> hedges,
    boolean disputed,
    Optional<String> parentId,
    double checkworthiness) {
  public Claim {
    contentParts = List.copyOf(contentParts);
    hedges = List.copyOf(hedges);
  }

  /** The same claim heard from another speaker. */
  public Claim withResolvedSource(Optional<ResolvedSource> speaker) {
    return new Claim(id, paragraph, kind, source, speaker, cue, content, contentParts, hedged, hedges, disputed,
        parentId, checkworthiness);
  }

  /** The same claim under another id, nested in {@code parent}. */
  public Claim withIds(String newId, Optional<String> parent) {
    return new Claim(newId, paragraph, kind, source, resolvedSource, cue, content, contentParts, hedged, hedges,
        disputed, parent, checkworthiness);
  }
}
