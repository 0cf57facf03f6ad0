package io.newsflow.nlp.claims;

import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.EntityMention;
import io.newsflow.nlp.model.EntityType;
import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.ResolvedSource;
import io.newsflow.nlp.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves a claim's source to what it refers to, reading the article in order:
 *
 * <ul>
 *   <li>a source that names a person ("Kroatias ambassadør Kolinda Grabar-Kitarovic") is that person;
 *   <li>a personal pronoun ("han", "hun") is the person last named or last quoted before it; a
 *       plural one ("de") the group or organisation last quoted;
 *   <li>a short definite noun ("Kilden", "departementet", "teatersjefen") is the earlier source or
 *       organisation whose words contain its stem ("En kilde nær …", "Utenriksdepartementet"), or the
 *       person introduced with that title ("teatersjef Bulat Atabajev");
 *   <li>a source whose head is a name ("det irakiske forsvaret") is that entity.
 * </ul>
 *
 * One resolver serves one article; it is not thread-safe.
 */
final class SourceResolver {
  private static final String[] DEFINITE_ENDINGS = {"ene", "ne", "en", "et", "a"};
  private static final int MIN_STEM = 4;
  /** How many paragraphs back a definite noun may point: further back it names something new. */
  private static final int STEM_REACH = 6;
  /** How many paragraphs back "dansken" or "selskapet" may look for whom it takes up by kind alone. */
  private static final int KIND_REACH = 2;
  /** The most words of a source "det britiske nyhetsbyrået" read as determiner, adjectives and noun. */
  private static final int MAX_DETERMINED_WORDS = 4;

  private final ClaimLexicon lexicon;
  private final List<Candidate> seen = new ArrayList<>();
  /** What claims of the current paragraph claim: names inside are talked about, not talking. */
  private final List<TextSpan> contents = new ArrayList<>();
  private int paragraphSeen = -1;
  private int mentionsSeen;
  /** The paragraphs read before the current one, where a surname source may find its full name. */
  private final StringBuilder readBefore = new StringBuilder();
  private String currentText = "";
  /** Who speaks in the paragraphs after a label such as "Statsråd Kari Holm:", or null. */
  private ResolvedSource speaker;
  /** The longest speaker label, in words, with its title: "Statsråd Kari Nordmann Holm". */
  private static final int MAX_LABEL_WORDS = 5;
  /** The most words a source with a title can have: "den amerikanske utenriksministeren Rex Tillersen". */
  private static final int MAX_TITLED_WORDS = 6;
  /** How many paragraphs back a person the narration names may be the speaker of a dialogue turn. */
  private static final int MAX_NARRATION_DISTANCE = 2;
  /** The last pronoun source resolved to a person, and where it ended, or null. */
  private Candidate lastPronoun;
  private int lastPronounEnd;
  /** How far apart (characters) a pronoun subject repeated is still the same person: about a sentence. */
  private static final int MAX_SAME_SUBJECT_GAP = 150;
  /** How many paragraphs back "de" may look for its group. */
  private static final int MAX_GROUP_DISTANCE = 2;

  /** Something a later source can refer to, in reading order; plural: a group a later "de" may take up. */
  private record Candidate(
      ResolvedSource target, boolean person, boolean quoted, boolean plural, int paragraph, String words,
      Gender gender, boolean medium) {

    Candidate(ResolvedSource target, boolean person, boolean quoted, boolean plural, int paragraph, String words,
        Gender gender) {
      this(target, person, quoted, plural, paragraph, words, gender, false);
    }

    /** An organisation or medium, not a person, group or document: what "selskapet" or "avisen" takes up. */
    boolean organisation() {
      // a medium tagged as a product ("Aftenposten" as PROD) is still an organisation that speaks
      return !person && (typedOrganisation() || medium || quoted && !plural);
    }

    boolean typedOrganisation() {
      return target.type().map(t -> t == EntityType.ORG || t == EntityType.GPE_ORG).orElse(false);
    }
  }

  /** A person's gender as far as the text tells: a given name of one gender, or a gendered pronoun. */
  private enum Gender {
    MALE, FEMALE, UNKNOWN;

    boolean fits(Gender other) {
      return this == UNKNOWN || other == UNKNOWN || this == other;
    }
  }

  SourceResolver(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Takes in the names of {@code p} that end before {@code offset}, once each. */
  void seeMentionsBefore(Paragraph p, int offset) {
    if (p.index() != paragraphSeen) {
      paragraphSeen = p.index();
      mentionsSeen = 0;
      contents.clear();
      readBefore.append(currentText).append('\n');
      currentText = p.text();
    }
    List<EntityMention> mentions = p.entities();
    while (mentionsSeen < mentions.size() && mentions.get(mentionsSeen).end() <= offset) {
      EntityMention m = mentions.get(mentionsSeen++);
      if (m.type() == EntityType.DRV || contents.stream().anyMatch(c -> c.start() <= m.start() && m.end() <= c.end())) {
        continue;
      }
      // "Oljeselskapet Equinor", "Ukemagasinet Der Spiegel": what the text calls a name outweighs a tagger
      // that took it for a person
      String before = wordBefore(p.text(), m.start());
      boolean calledOrganisation = organisationWord(before);
      boolean person = m.type() == EntityType.PER && !calledOrganisation;
      ResolvedSource target = calledOrganisation && m.type() == EntityType.PER
          ? new ResolvedSource(m.canonicalName(), Optional.of(m.canonicalId()), Optional.of(EntityType.ORG))
          : target(m);
      String words = person ? before + " " + m.text() : m.text();
      // an organisation acting is a group a later "de" takes up: "Jehovas vitner tenker annerledes. De avviser …"
      boolean group = m.type() == EntityType.ORG && verbAfter(p.text(), m.end());
      seen.add(new Candidate(target, person, false, group, p.index(), words.toLowerCase(Locale.ROOT),
          person ? gender(m.text()) : Gender.UNKNOWN, !person && medium(before, m)));
    }
  }

  /** Whether the word after {@code end} looks like a finite verb: "Ap ønsker", "Styret vedtok", "NSB har". */
  private boolean verbAfter(String text, int end) {
    String[] rest = text.substring(end).strip().split("\\s+", 2);
    String next = rest[0];
    if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
      return false;
    }
    return lexicon.contains("verb-stop", next) || next.length() >= 5
        && (next.endsWith("er") || next.endsWith("te") || next.endsWith("et") || next.endsWith("dde"));
  }

  /** "Diarras livvakter": a name in -s with a common noun after it, not "Mariann Foss ved Meteorologisk institutt". */
  private boolean genitiveBeforeNoun(String text, EntityMention m, int sourceEnd) {
    if (!m.text().endsWith("s") || m.end() >= sourceEnd) {
      return false;
    }
    String next = text.substring(m.end(), sourceEnd).strip().split("\\s+")[0];
    return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !isPreposition(next);
  }

  /** Whether a word before a name says what kind of organisation it is: "Oljeselskapet", "avisen". */
  private boolean organisationWord(String word) {
    return definiteKind("organisation-noun", word) || definiteKind("medium-noun", word);
  }

  /** Whether {@code word} is a definite noun of the kind {@code section} lists: "Ukemagasinet" a medium. */
  private boolean definiteKind(String section, String word) {
    return definiteStem(word.toLowerCase(Locale.ROOT)).map(stem -> lexicon.endsWithAny(section, stem)).orElse(false);
  }

  /**
   * Whether a name is given as a medium: "til Tønsbergs Blad", "ifølge NTB", "Ukemagasinet Der Spiegel", or
   * "Dagbladet" itself; what "avisen" or "kanalen" later takes up.
   */
  private boolean medium(String wordBefore, EntityMention m) {
    String before = wordBefore.toLowerCase(Locale.ROOT);
    String last = m.text().toLowerCase(Locale.ROOT).replaceAll("s$", "");
    return lexicon.contains("medium-name", m.text().toLowerCase(Locale.ROOT))
        || lexicon.contains("medium-preposition", before) || lexicon.endsWithAny("medium-noun", before)
        || definiteKind("medium-noun", before) || lexicon.endsWithAny("medium-noun", last);
  }

  /**
   * The person a label opening the sentence at {@code from} names, up to its colon at {@code colon}: "Statsråd Kari
   * Holm:", "Kari Holm (H):". Empty when the label names no person last.
   */
  Optional<ResolvedSource> labelSpeaker(Paragraph p, int from, int colon) {
    return p.entities().stream()
        .filter(m -> m.type() == EntityType.PER && m.start() >= from && m.end() <= colon
            && p.text().substring(m.end(), colon).matches("\\s*(\\([\\p{L}\\p{N}]{1,6}\\))?\\s*")
            && onlyTitle(p.text().substring(from, m.start())))
        .findFirst()
        .map(SourceResolver::target);
  }

  /** Nothing or an office before the name ("Statsråd"), not a phrase ("Som sagt av") or a nickname. */
  private boolean onlyTitle(String before) {
    String words = before.strip().toLowerCase(Locale.ROOT);
    return words.isEmpty() || words.split("\\s+").length == 1 && lexicon.endsWithAny("person-noun", words);
  }

  /**
   * A paragraph that ends in a person's name and a colon ("Statsråd Kari Holm:") introduces who
   * speaks next, as transcripts and interviews do: an "I" after it is that person.
   */
  void seeSpeakerLabel(Paragraph p) {
    String text = p.text().strip();
    if (!text.endsWith(":")) {
      return;
    }
    int colon = p.text().lastIndexOf(':');
    int labelStart = Math.max(Math.max(p.text().lastIndexOf('.', colon), p.text().lastIndexOf('?', colon)),
        p.text().lastIndexOf('!', colon)) + 1;
    String label = p.text().substring(labelStart, colon).strip();
    if (label.isEmpty() || label.split("\\s+").length > MAX_LABEL_WORDS) {
      return;
    }
    p.entities().stream()
        .filter(m -> m.type() == EntityType.PER && m.start() >= labelStart && p.text().substring(m.end(), colon).isBlank())
        .findFirst()
        .ifPresent(m -> speaker = target(m));
  }

  /**
   * Takes in a plural definite noun ("legene", "journalistene") that a later "de" may refer to.
   * Nouns inside a claim's content are left out, as names there are.
   */
  void seePluralNoun(Paragraph p, int start, String noun) {
    if (contents.stream().noneMatch(c -> c.start() <= start && start < c.end())) {
      seen.add(new Candidate(new ResolvedSource(noun, Optional.empty(), Optional.empty()), false, false, true,
          p.index(), noun.toLowerCase(Locale.ROOT), Gender.UNKNOWN));
    }
  }

  /**
   * The text a claim stands in ("står det i brevet", "I dommen slås det fast"): a later "brevet" may
   * take it up, but it speaks no dialogue turn and is no group for "de".
   */
  void seeDocument(Claim claim) {
    TextSpan source = claim.source().orElseThrow();
    ResolvedSource target = claim.resolvedSource()
        .orElse(new ResolvedSource(source.text(), Optional.empty(), Optional.empty()));
    seen.add(new Candidate(target, false, false, false, paragraphSeen, source.text().toLowerCase(Locale.ROOT),
        Gender.UNKNOWN));
  }

  /** Takes in a claim's source, so that a pronoun after it can refer to it. */
  void seeSource(Claim claim) {
    TextSpan source = claim.source().orElseThrow();
    ResolvedSource target = claim.resolvedSource()
        .orElse(new ResolvedSource(source.text(), Optional.empty(), Optional.empty()));
    String lower = source.text().toLowerCase(Locale.ROOT);
    boolean titled = false;
    String[] sourceWords = lower.split("\\s+");
    // a long source is a clause gone wrong ("Fremme på perrongen ringte jeg mannen som …"), no title
    for (String listed : sourceWords.length <= MAX_TITLED_WORDS ? sourceWords : new String[0]) {
      String word = listed.endsWith(",") ? listed.substring(0, listed.length() - 1) : listed; // "A union official, Tom Reyes"
      titled |= definiteStem(word).map(stem -> lexicon.endsWithAny("person-noun", stem)).orElse(false)
          || lexicon.endsWithAny("person-noun", word);
    }
    // "den amerikanske utenriksministeren Rex Tillersen" is a person whatever type the name got
    boolean person = target.type().map(t -> t == EntityType.PER).orElse(false) || titled
        || lexicon.contains("pronoun-person", lower);
    Gender gender = gender(target.name());
    seen.add(new Candidate(target, person, true, false, paragraphSeen, lower,
        gender == Gender.UNKNOWN ? gender(source.text()) : gender));
  }

  /**
   * What {@code source}, the source of a claim with {@code content} in {@code p}, refers to. Names
   * before the source in its paragraph are taken in first, except those inside the content.
   */
  Optional<ResolvedSource> resolve(TextSpan source, TextSpan content, Paragraph p) {
    if (p.index() != paragraphSeen) {
      seeMentionsBefore(p, 0);
    }
    contents.add(content);
    seeMentionsBefore(p, source.start());
    String lower = source.text().toLowerCase(Locale.ROOT);
    List<EntityMention> inside = p.entities().stream()
        .filter(m -> m.start() >= source.start() && m.end() <= source.end()).toList();
    // "en av Diarras livvakter" is the bodyguard: a name in the genitive before more words is not who speaks
    Optional<EntityMention> person = inside.stream().filter(m -> m.type() == EntityType.PER
        && !genitiveBeforeNoun(p.text(), m, source.end())).findFirst();
    if (person.isPresent()) {
      return person.map(SourceResolver::target);
    }
    if (speaker != null && lexicon.contains("first-person-singular", lower)) {
      return Optional.of(speaker);
    }
    String[] words = lower.split("\\s+");
    if (inside.isEmpty() && words.length == 1 && Character.isUpperCase(source.text().charAt(0))) {
      // "Smith told reporters" after "Karen Smith, who founded the airline": the surname of a person named in full
      Optional<ResolvedSource> named = fullName(source.text(), p.text().substring(0, source.start()));
      if (named.isPresent()) {
        return named;
      }
    }
    if (lexicon.contains("pronoun-person", lower)) {
      if (lastPronoun != null && lastPronoun.paragraph() == p.index() && lastPronoun.words().equals(lower)
          && source.start() - lastPronounEnd <= MAX_SAME_SUBJECT_GAP
          && latest(Candidate::quoted).equals(Optional.of(lastPronoun.target()))) {
        // "etter at han hadde fortalt Stoltenberg at …, sa han": the same pronoun as subject again
        // soon after, with no one else quoted between, is the same person, not the name it spoke to
        return Optional.of(lastPronoun.target());
      }
      // "hun" is the last person who may be a woman: "Nasarbajev" is skipped for "Perisat"
      Gender gender = gender(lower);
      Optional<ResolvedSource> found = latest(c -> c.person() && c.gender().fits(gender));
      found.ifPresent(target -> {
        lastPronoun = new Candidate(target, true, true, false, p.index(), lower, gender);
        lastPronounEnd = source.end();
      });
      return found;
    }
    if (lexicon.contains("pronoun-group", lower)) {
      // "de" is a group: people only when several are named ("Hansen og Olsen"), never one person;
      // and a group is taken up close by, unlike a person an interview keeps returning to
      int near = p.index() - MAX_GROUP_DISTANCE;
      return latest(c -> c.paragraph() >= near && (c.quoted() && !c.person() || c.plural()))
          .or(() -> latest(c -> c.paragraph() >= near && c.quoted()
              && (c.words().contains(" og ") || c.words().contains(","))));
    }
    if (words.length == 2 && lexicon.contains("definite-article", words[0])) {
      // "The minister added", "the ministry said": the article marks the noun as one already met
      Optional<ResolvedSource> earlier = byStem(words[1]).or(() -> byKind(words[1], words[1]));
      if (earlier.isPresent()) {
        return earlier;
      }
    }
    // "Kilden", "teatersjefen fra Almaty": a definite noun, alone or before a prepositional phrase;
    // "det britiske nyhetsbyrået": the same after a determiner and adjectives
    boolean shortDefinite = words.length == 1 ? inside.isEmpty() || derivedCompound(source.text(), inside)
        : isPreposition(words[1]);
    int head = shortDefinite ? 0 : determinedNoun(words, inside.isEmpty()) ? words.length - 1 : -1;
    Optional<String> stem = head >= 0 ? definiteStem(words[head]) : Optional.empty();
    if (stem.isPresent()) {
      String noun = words[head];
      // by kind first: "selskapet" is the company named last, not one a "Selskapet" further back took up
      return byKind(stem.get(), noun).or(() -> byStem(stem.get()));
    }
    Optional<ResolvedSource> fuller = shortName(source, inside);
    if (fuller.isPresent()) {
      return fuller;
    }
    // The name is the source's head: "det irakiske forsvaret", not "en talsmann for departementet".
    return inside.stream().filter(m -> m.type() != EntityType.DRV && m.end() == source.end()
            && !hasPreposition(source, m)).findFirst()
        .map(SourceResolver::target);
  }

  /**
   * Whom a dialogue turn without an attribution of its own is heard from: the last source quoted
   * before it, as a reader takes it when an interview goes on line by line, unless the narration
   * has named someone since.
   */
  Optional<ResolvedSource> lastSpeaker(int turnParagraph) {
    int quoted = seen.size() - 1;
    while (quoted >= 0 && !seen.get(quoted).quoted()) {
      quoted--;
    }
    // "Martin prøvespilte i Ajax. | – Her fant de meg.": a person the narration turned to after the
    // last quotation is who speaks now; the first named in the latest such paragraph, the one it is about
    int paragraph = -1;
    Candidate first = null;
    for (int i = seen.size() - 1; i > quoted; i--) {
      Candidate c = seen.get(i);
      if (c.person() && c.paragraph() < turnParagraph && c.paragraph() >= turnParagraph - MAX_NARRATION_DISTANCE
          && (paragraph < 0 || c.paragraph() == paragraph)) {
        paragraph = c.paragraph();
        first = c;
      }
    }
    if (first != null) {
      return Optional.of(first.target());
    }
    return quoted >= 0 ? Optional.of(seen.get(quoted).target()) : Optional.empty();
  }

  /**
   * The person a capitalised one-word source is the surname of: the latest "Given Surname" read before it, the
   * given name one the lexicon knows, so that "Police" or "Reuters" never becomes a person this way.
   */
  private Optional<ResolvedSource> fullName(String surname, String paragraphBefore) {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{L}+) " + java.util.regex.Pattern.quote(surname) + "(?![\\p{L}\\p{N}])")
        .matcher(readBefore + paragraphBefore);
    String found = null;
    while (m.find()) {
      String given = m.group(1).toLowerCase(Locale.ROOT);
      if (lexicon.contains("male-name", given) || lexicon.contains("female-name", given)) {
        found = m.group(1) + " " + surname;
      }
    }
    return Optional.ofNullable(found).map(name -> new ResolvedSource(name, Optional.empty(), Optional.of(EntityType.PER)));
  }

  /** The gender of a pronoun, or of a person named with a known given name first ("Kari Dahl"). */
  private Gender gender(String words) {
    String first = words.strip().split("[\\s-]+")[0].toLowerCase(Locale.ROOT);
    if (lexicon.contains("pronoun-male", first) || lexicon.contains("male-name", first)) {
      return Gender.MALE;
    }
    if (lexicon.contains("pronoun-female", first) || lexicon.contains("female-name", first)) {
      return Gender.FEMALE;
    }
    return Gender.UNKNOWN;
  }

  /**
   * What a definite noun no earlier words share a stem with takes up by its kind: an epithet ("dansken",
   * "Portsmouth-spilleren", "47-åringen") the person last named, "selskapet" the organisation last named,
   * "avisen" or "kanalen" the medium last named or quoted. Offices ("statsministeren") are left to
   * {@link #byStem}: a newly met office holder is often someone not named before.
   */
  private Optional<ResolvedSource> byKind(String stem, String word) {
    int near = paragraphSeen - KIND_REACH;
    if (ofKind("epithet-noun", stem, word)) {
      return latest(c -> c.paragraph() >= near && c.person() && !c.plural());
    }
    if (ofKind("medium-noun", stem, word)) {
      // a medium named as one first; else an organisation quoted, not "politiske motstandere" quoted
      return latest(c -> c.paragraph() >= near && c.organisation() && c.medium())
          .or(() -> latest(c -> c.paragraph() >= near && c.quoted() && c.typedOrganisation()));
    }
    if (ofKind("organisation-noun", stem, word)) {
      return latest(c -> c.paragraph() >= near && c.organisation() && !c.medium())
          .or(() -> latest(c -> c.paragraph() >= near && c.organisation()));
    }
    return Optional.empty();
  }

  /** Whether a noun, by its stem or as written, ends in one of the nouns {@code section} lists. */
  private boolean ofKind(String section, String stem, String word) {
    return lexicon.endsWithAny(section, stem) || lexicon.endsWithAny(section, word);
  }

  /**
   * "Portsmouth-spilleren", "Viking-treneren": a name only as the first part of a common noun, which takes up
   * someone as "spilleren" would.
   */
  private static boolean derivedCompound(String word, List<EntityMention> inside) {
    int hyphen = word.lastIndexOf('-');
    return hyphen > 0 && hyphen < word.length() - 1 && Character.isLowerCase(word.charAt(hyphen + 1))
        && inside.stream().allMatch(m -> m.type() == EntityType.DRV);
  }

  /**
   * Whether a source is a definite determiner and words up to its noun, last: "det britiske nyhetsbyrået",
   * "den nye lederen"; not when it names something itself.
   */
  private boolean determinedNoun(String[] words, boolean unnamed) {
    return unnamed && words.length >= 2 && words.length <= MAX_DETERMINED_WORDS
        && lexicon.contains("definite-determiner", words[0]);
  }

  /**
   * The organisation a one-word name takes up when an earlier name of several words ends with it:
   * "Sikkerhetsrådet" after "FNs sikkerhetsråd". A one-word earlier name ("Arbeidstilsynet") does not count.
   */
  private Optional<ResolvedSource> shortName(TextSpan source, List<EntityMention> inside) {
    if (inside.size() != 1 || inside.get(0).type() == EntityType.PER || inside.get(0).type() == EntityType.DRV
        || source.text().strip().contains(" ") || !inside.get(0).text().equals(source.text().strip())) {
      return Optional.empty();
    }
    String name = source.text().strip().toLowerCase(Locale.ROOT);
    Optional<String> stem = definiteStem(name);
    if (stem.isEmpty()) {
      return Optional.empty();
    }
    int near = paragraphSeen - STEM_REACH;
    return latest(c -> c.paragraph() >= near && c.organisation() && c.words().contains(" ")
        && c.words().endsWith(stem.get()));
  }

  private Optional<ResolvedSource> latest(java.util.function.Predicate<Candidate> wanted) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      if (wanted.test(seen.get(i))) {
        return Optional.of(seen.get(i).target());
      }
    }
    return Optional.empty();
  }

  /**
   * The latest earlier source or name whose words share the stem; a person only through a title
   * that names people ("teatersjef", not "regjering").
   */
  private Optional<ResolvedSource> byStem(String stem) {
    boolean personal = lexicon.endsWithAny("person-noun", stem);
    for (int i = seen.size() - 1; i >= 0; i--) {
      Candidate c = seen.get(i);
      if (paragraphSeen - c.paragraph() > STEM_REACH) {
        break;
      }
      if (c.person() && !c.quoted() && !personal || c.plural()) {
        continue;
      }
      for (String word : c.words().split("[\\s-]+")) {
        if (word.length() >= stem.length() && (word.startsWith(stem) || word.endsWith(stem)
            || word.endsWith(stem + "en") || word.endsWith(stem + "et"))) {
          return Optional.of(c.target());
        }
      }
    }
    return Optional.empty();
  }

  /** "kilden" → "kild", "departementet" → "department", "teatersjefen" → "teatersjef". */
  private Optional<String> definiteStem(String word) {
    if (lexicon.contains("not-source", word) || lexicon.contains("first-person", word)) {
      return Optional.empty();
    }
    return WordClasses.withoutEnding(word, DEFINITE_ENDINGS, MIN_STEM);
  }

  private boolean isPreposition(String word) {
    return lexicon.contains("source-stop", word) || lexicon.contains("source-stop-after-name", word);
  }

  private boolean hasPreposition(TextSpan source, EntityMention m) {
    String before = source.text().substring(0, Math.max(0, m.start() - source.start())).toLowerCase(Locale.ROOT);
    for (String word : before.split("\\s+")) {
      if (isPreposition(word)) {
        return true;
      }
    }
    return false;
  }

  private static String wordBefore(String text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  private static ResolvedSource target(EntityMention m) {
    return new ResolvedSource(m.canonicalName(), Optional.of(m.canonicalId()), Optional.of(m.type()));
  }
}
