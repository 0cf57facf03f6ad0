package io.newsflow.nlp.lang;

import io.newsflow.nlp.text.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells Norwegian Bokmål, Nynorsk, Danish, Swedish, German and English apart by counting their
 * most frequent words (resource {@code function-words.txt}): each word of the text counts for
 * every language whose list has it, so the shared words ("og", "i", "det") weigh the same for the
 * Scandinavian languages and the ones that differ ("ikke"/"ikkje"/"inte", "hva"/"kva"/"hvad")
 * decide. It reads at most the first {@value #MAX_CHARS} characters and answers in microseconds.
 *
 * <p>It answers only when it is sure: enough listed words, a clear lead over the runner-up, and
 * enough of the text covered by the winner's list that the text is in one of these languages at
 * all. Neighbours that share many words with them (Dutch, French, Icelandic, Faroese) have lists
 * too, only so that their text is recognized as not ours. Otherwise it says {@link #UNDETERMINED},
 * so that a broader identifier can be asked (see {@link ChainedLanguageIdentifier}).
 */
public final class FunctionWordLanguageIdentifier implements LanguageIdentifier {
  private static final String RESOURCE = "function-words.txt";
  private static final String DEFER_SECTION = "defer";
  /** Past a few hundred words the answer no longer changes. */
  static final int MAX_CHARS = 2_000;
  /** Fewest listed words the winner needs: a heading of three words is left to the fallback. */
  private static final int MIN_HITS = 4;
  /**
   * Lead over the runner-up, in words, and as a share of the winner's count. Shared words cancel
   * out, so the lead counts the words only the winner has less those only the runner-up has; a
   * Bokmål text hardly ever holds a word that only Nynorsk or Danish uses, so a few decide.
   */
  private static final int MIN_LEAD = 3;
  private static final double MIN_LEAD_SHARE = 0.05;
  /** Share of all words the winner's list must cover. */
  private static final double MIN_COVERAGE = 0.2;

  private final List<String> languages;
  /** Languages listed only so that their text is not taken for another; never answered. */
  private final Set<String> deferred;
  /** For each listed word, a bit per language in {@link #languages}. */
  private final Map<String, Integer> words;

  /**
   * @param wordsByLanguage each language's frequent words, by ISO 639-1 code
   * @param deferred languages whose text is recognized only to leave it to another identifier
   */
  FunctionWordLanguageIdentifier(Map<String, List<String>> wordsByLanguage, Set<String> deferred) {
    if (wordsByLanguage.isEmpty() || wordsByLanguage.size() > Integer.SIZE) {
      throw new IllegalArgumentException("need 1 to 32 languages, got " + wordsByLanguage.size());
    }
    if (!wordsByLanguage.keySet().containsAll(deferred)) {
      throw new IllegalArgumentException("deferred languages " + deferred + " need word lists");
    }
    this.languages = List.copyOf(wordsByLanguage.keySet());
    this.deferred = Set.copyOf(deferred);
    Map<String, Integer> bits = new HashMap<>();
    for (int l = 0; l < languages.size(); l++) {
      int bit = 1 << l;
      for (String w : wordsByLanguage.get(languages.get(l))) {
        bits.merge(w.toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
      }
    }
    this.words = Map.copyOf(bits);
  }

  public static FunctionWordLanguageIdentifier standard() {
    return Holder.INSTANCE;
  }

  /** The languages it answers, as ISO 639-1 codes. */
  public List<String> languages() {
    return languages.stream().filter(l -> !deferred.contains(l)).toList();
  }

  @Override
  public String identify(String text) {
    return identifyConfidently(text).orElse(UNDETERMINED);
  }

  /** The language of {@code text} when the lists leave no doubt; empty otherwise. */
  public Optional<String> identifyConfidently(String text) {
    int[] hits = new int[languages.size()];
    int wordCount = 0;
    int n = Math.min(text.length(), MAX_CHARS);
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      wordCount++;
      Integer bits = words.get(text.substring(start, i).toLowerCase(Locale.ROOT));
      if (bits != null) {
        for (int b = bits; b != 0; b &= b - 1) {
          hits[Integer.numberOfTrailingZeros(b)]++;
        }
      }
    }
    int best = 0;
    int second = -1;
    for (int l = 1; l < hits.length; l++) {
      if (hits[l] > hits[best]) {
        second = best;
        best = l;
      } else if (second < 0 || hits[l] > hits[second]) {
        second = l;
      }
    }
    int top = hits[best];
    int lead = top - (second < 0 ? 0 : hits[second]);
    boolean sure = top >= MIN_HITS && lead >= MIN_LEAD && lead >= MIN_LEAD_SHARE * top
        && top >= MIN_COVERAGE * wordCount && !deferred.contains(languages.get(best));
    return sure ? Optional.of(languages.get(best)) : Optional.empty();
  }

  /** The sections ({@code [nb]}, {@code [nn]}, …) of a word-list resource, in file order. */
  static Map<String, List<String>> readLists(List<String> lines) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : lines) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        lists.put(line.substring(1, line.length() - 1).strip(), current);
      } else if (current == null) {
        throw new IllegalArgumentException(RESOURCE + ": word before the first [language]: " + line);
      } else {
        current.add(line);
      }
    }
    return lists;
  }

  private static final class Holder {
    static final FunctionWordLanguageIdentifier INSTANCE = load();

    private static FunctionWordLanguageIdentifier load() {
      Map<String, List<String>> lists =
          readLists(Lexicon.lines(FunctionWordLanguageIdentifier.class, RESOURCE));
      List<String> deferred = lists.remove(DEFER_SECTION);
      return new FunctionWordLanguageIdentifier(lists, Set.copyOf(deferred == null ? List.of() : deferred));
    }
  }
}
