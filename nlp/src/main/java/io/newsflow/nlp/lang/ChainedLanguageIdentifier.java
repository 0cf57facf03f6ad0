package io.newsflow.nlp.lang;

import java.util.List;

/**
 * Asks identifiers in turn and takes the first answer that is not {@link #UNDETERMINED}: a fast,
 * narrow one first, a slow, broad one for what it leaves open.
 */
public final class ChainedLanguageIdentifier implements LanguageIdentifier {
  private final List<LanguageIdentifier> identifiers;

  public ChainedLanguageIdentifier(List<LanguageIdentifier> identifiers) {
    if (identifiers.isEmpty()) {
      throw new IllegalArgumentException("a chain needs at least one language identifier");
    }
    this.identifiers = List.copyOf(identifiers);
  }

  /**
   * The function-word identifier for the languages newsflow serves and their neighbours, then
   * Apache OpenNLP's 103-language model, which is loaded only when first needed.
   */
  public static ChainedLanguageIdentifier standard() {
    return new ChainedLanguageIdentifier(List.of(
        FunctionWordLanguageIdentifier.standard(),
        text -> OpenNlpLanguageIdentifier.standard().identify(text)));
  }

  @Override
  public String identify(String text) {
    for (LanguageIdentifier identifier : identifiers) {
      String language = identifier.identify(text);
      if (!UNDETERMINED.equals(language)) {
        return language;
      }
    }
    return UNDETERMINED;
  }
}
