package io.newsflow.nlp.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language identification with Apache OpenNLP's language detector and its published model for 103
 * languages (trained on the Leipzig corpora), which tells Bokmål from Nynorsk. The model is loaded
 * once per process. Codes come back as ISO 639-1 where one exists ({@code nob} → {@code nb}).
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {
  private static final String MODEL = "/langdetect-183.bin";
  /**
   * The model spreads its probability over 103 languages, so even a clear winner scores around
   * 0.15; near-uniform scores (a few words, a list of names) mean it cannot tell.
   */
  private static final double MIN_CONFIDENCE = 0.03;
  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  private final LanguageDetectorModel model;

  private OpenNlpLanguageIdentifier(LanguageDetectorModel model) {
    this.model = model;
  }

  public static OpenNlpLanguageIdentifier standard() {
    return Holder.INSTANCE;
  }

  @Override
  public String identify(String text) {
    if (text.isBlank()) {
      return UNDETERMINED;
    }
    // LanguageDetectorME keeps per-call state in its context generator; one per call is cheap.
    Language best = new LanguageDetectorME(model).predictLanguage(text);
    if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
      return UNDETERMINED;
    }
    return ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException ignored) {
        // a language without a three-letter code keeps its own code
      }
    }
    map.put("nob", "nb");
    map.put("nno", "nn");
    map.put("cmn", "zh");
    return Map.copyOf(map);
  }

  private static final class Holder {
    static final OpenNlpLanguageIdentifier INSTANCE = load();

    private static OpenNlpLanguageIdentifier load() {
      try (InputStream in = OpenNlpLanguageIdentifier.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("language model " + MODEL + " is not on the class path");
        }
        return new OpenNlpLanguageIdentifier(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load language model " + MODEL, e);
      }
    }
  }
}
