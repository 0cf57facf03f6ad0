package io.newsflow.nlp.entities;

import java.util.List;

/**
 * What a gazetteer says of a one-word name the training text never named. News from abroad names
 * towns ("Mosul", "Samarra", "Kehl") that no Norwegian training sentence has seen, and the
 * tagger, with only the word's shape and context to go on, often calls them organisations or
 * products; and it calls any unknown place a geo-political one, where NorNE keeps GPE for
 * countries, divisions and towns and tags villages, buildings, fjords and islands ("Tafjord",
 * "Kreml") LOC. So, for a word never part of a name in the training data:
 *
 * <ul>
 *   <li>a one-word organisation or product that is a town or division in GeoNames
 *       ({@link Places#isPlaceName}) is a place (GPE_LOC); persons are left alone, as so many
 *       surnames are towns too ("Helland");
 *   <li>a one-word GPE_LOC that is neither a country nor a town or division is a LOC. In NorNE
 *       train, held-out folds show such words LOC twice as often as GPE, and most of the GPE ones
 *       are countries, which the check leaves out. Hyphenated names ("Sentral-Asia") are left
 *       alone.
 * </ul>
 *
 * Acronyms and words shorter than four letters are left alone.
 */
final class UnseenPlaces {
  private static final int MIN_LENGTH = 4;

  private UnseenPlaces() {}

  /** The tags, changed in place where a one-word name is an unseen place. */
  static List<String[]> retype(List<String[]> sentences, List<String[]> tags, NerLexicon lexicon) {
    for (int s = 0; s < sentences.size(); s++) {
      String[] words = sentences.get(s);
      String[] row = tags.get(s);
      for (int i = 0; i < words.length; i++) {
        boolean single = row[i].startsWith("B-") && (i + 1 == row.length || !row[i + 1].startsWith("I-"));
        if (!single || !isUnseenName(words[i], lexicon)) {
          continue;
        }
        String word = words[i];
        String bare = NerFeatures.stripGenitive(word);
        boolean placeName = Places.isPlaceName(word) || !bare.equals(word) && Places.isPlaceName(bare);
        if ((row[i].equals("B-ORG") || row[i].equals("B-PROD")) && placeName) {
          row[i] = "B-GPE_LOC";
        } else if (row[i].equals("B-GPE_LOC") && !placeName && word.indexOf('-') < 0 && !isCountry(word, bare)) {
          row[i] = "B-LOC";
        }
      }
    }
    return tags;
  }

  private static boolean isCountry(String word, String bare) {
    return Places.names().contains(NerFeatures.key(word)) || Places.names().contains(NerFeatures.key(bare));
  }

  private static boolean isUnseenName(String word, NerLexicon lexicon) {
    if (word.length() < MIN_LENGTH || !Character.isUpperCase(word.codePointAt(0)) || isAcronym(word)) {
      return false;
    }
    String lower = NerFeatures.key(word);
    // the training names know the word: the tagger has weighed that already
    return lexicon.nameClass(lower).equals("-") && lexicon.nameClass(NerFeatures.stripGenitive(lower)).equals("-");
  }

  private static boolean isAcronym(String word) {
    return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
