package io.newsflow.nlp.lang;

import io.newsflow.nlp.lang.en.EnglishPack;
import io.newsflow.nlp.lang.nb.NorwegianPack;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The language packs newsflow knows, created once on first use (models take a moment to load).
 * Nynorsk and the macro-language code "no" use the Bokmål pack, which is far better on Nynorsk
 * text than no analysis; languages without a pack get the English pack's language-neutral parts.
 */
public final class LanguagePacks {
  private final Map<String, Supplier<LanguagePack>> packs;
  private final Supplier<LanguagePack> fallback;

  public LanguagePacks(Map<String, Supplier<LanguagePack>> packs, Supplier<LanguagePack> fallback) {
    this.packs = Map.copyOf(packs);
    this.fallback = fallback;
  }

  public static LanguagePacks standard() {
    Supplier<LanguagePack> norwegian = memoize(NorwegianPack::create);
    Supplier<LanguagePack> english = memoize(EnglishPack::create);
    return new LanguagePacks(
        Map.of(
            "nb", norwegian,
            "no", memoize(() -> norwegian.get().as("no")),
            "nn", memoize(() -> norwegian.get().as("nn")),
            "en", english),
        memoize(() -> EnglishPack.createGeneric()));
  }

  /** The pack for {@code language} (ISO 639-1, case-insensitive, region ignored). */
  public LanguagePack forLanguage(String language) {
    String code = language.toLowerCase(Locale.ROOT);
    int dash = code.indexOf('-');
    if (dash > 0) {
      code = code.substring(0, dash);
    }
    Supplier<LanguagePack> pack = packs.get(code);
    return pack != null ? pack.get() : fallback.get().as(code);
  }

  public boolean supports(String language) {
    return packs.containsKey(language.toLowerCase(Locale.ROOT));
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              v = supplier.get();
              value = v;
            }
          }
        }
        return v;
      }
    };
  }
}
