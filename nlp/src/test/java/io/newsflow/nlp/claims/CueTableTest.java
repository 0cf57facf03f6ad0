package io.newsflow.nlp.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.nlp.ArticleInput;
import io.newsflow.nlp.lang.nb.NorwegianPack;
import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.ClaimKind;
import io.newsflow.nlp.model.TextSpan;
import io.newsflow.nlp.text.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every verb of the Norwegian verb tables ({@code [speech]}, {@code [belief]}) in every frame a
 * reporting verb stands in: present, past, perfect, after a modal, inverted after a fronted
 * adverbial, postposed after a dialogue line and inside a relative clause. A verb added to the
 * lexicon is tested in all of them without a test of its own; a frame that fails for one verb
 * usually fails for a whole class of them, which is what this table is for.
 */
class CueTableTest {
  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();
  private static final String SOURCE = "ordføreren";
  private static final String CONTENT = "budsjettet er for stramt";

  /**
   * Multi-word cues that are not said after a dialogue line: "– …, sier ordføreren fra" and "–
   * …, er ordføreren enig" are not Norwegian, nor is "– …, sier ordføreren nei til" (a stance on an object);
   * their other frames are tested.
   */
  private static final Set<String> NOT_POSTPOSED = Set.of("si fra", "si ifra", "være enig", "være uenig", "være enige",
      "være uenige", "si nei til", "si ja til");

  /** "be": a request claims whom it urges and what ("ber alle om å …", see [directive-only]), never an at-clause. */
  private static final Set<String> NO_AT_CLAUSE = Set.of("be");

  /** One row of a verb table: its four forms, the first of each "/" list, "-" where none exists. */
  private record Verb(String infinitive, String present, String past, String participle) {
    String lemma() {
      return infinitive.equals("-") ? present : infinitive;
    }
  }

  private static List<Verb> verbs() {
    List<Verb> out = new ArrayList<>();
    String section = "";
    for (String line : Lexicon.lines(NorwegianPack.class, "claims.txt")) {
      if (line.startsWith("[")) {
        section = line;
      } else if (line.contains("|") && (section.equals("[speech]") || section.equals("[belief]"))
          && !NO_AT_CLAUSE.contains(line.split("\\|")[0].strip())) {
        String[] forms = line.split("\\|");
        for (int k = 0; k < forms.length; k++) {
          forms[k] = forms[k].split("/")[0].strip();
        }
        out.add(new Verb(forms[0], forms[1], forms[2], forms[3]));
      }
    }
    return out;
  }

  // "la til" with its subject inside: "la ordføreren til"
  private static String inverted(String form, String subject) {
    int space = form.indexOf(' ');
    return space < 0 ? form + " " + subject : form.substring(0, space) + " " + subject + form.substring(space);
  }

  private static Map<String, String> frames(Verb v) {
    Map<String, String> f = new LinkedHashMap<>();
    if (!v.present().equals("-")) {
      f.put("present", "Ordføreren " + v.present() + " at " + CONTENT + ".");
      f.put("relative", "Ordføreren, som " + v.present() + " at " + CONTENT + ", får støtte fra opposisjonen.");
      if (!NOT_POSTPOSED.contains(v.lemma())) {
        f.put("postposed", "– Budsjettet er for stramt, " + inverted(v.present(), SOURCE) + ".");
      }
    }
    if (!v.past().equals("-")) {
      f.put("past", "Ordføreren " + v.past() + " at " + CONTENT + ".");
      f.put("inverted", "I går " + inverted(v.past(), SOURCE) + " at " + CONTENT + ".");
    }
    if (!v.participle().equals("-")) {
      f.put("perfect", "Ordføreren har " + v.participle() + " at " + CONTENT + ".");
      f.put("inverted perfect", "I går har ordføreren " + v.participle() + " at " + CONTENT + ".");
    }
    if (!v.infinitive().equals("-")) {
      f.put("after vil", "Ordføreren vil " + v.infinitive() + " at " + CONTENT + ".");
      f.put("after må", "Ordføreren må " + v.infinitive() + " at " + CONTENT + ".");
      f.put("after kan", "Ordføreren kan " + v.infinitive() + " at " + CONTENT + ".");
    }
    return f;
  }

  private static List<Claim> claims(String text) {
    return ANALYZER.analyze(ArticleInput.plainText(text).withLanguage("nb").publishedOn(LocalDate.of(2024, 3, 1))).claims();
  }

  private static List<String> described(String text) {
    return claims(text).stream().map(c -> c.kind().name().toLowerCase(java.util.Locale.ROOT) + "|"
        + c.source().map(TextSpan::text).orElse("") + "|" + c.cue().map(TextSpan::text).orElse("") + "|"
        + c.content().text()).toList();
  }

  private static boolean attributesTheContentToTheMayor(String sentence) {
    return claims(sentence).stream().anyMatch(c -> c.kind() == ClaimKind.ATTRIBUTED
        && c.source().map(TextSpan::text).orElse("").equalsIgnoreCase(SOURCE)
        && c.content().text().equalsIgnoreCase(CONTENT));
  }

  @Test
  void shouldAttributeAnAtClauseToItsSubjectInEveryFrameOfEveryCueVerb() {
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (Verb v : verbs()) {
      for (Map.Entry<String, String> frame : frames(v).entrySet()) {
        tried++;
        if (!attributesTheContentToTheMayor(frame.getValue())) {
          failures.add(v.lemma() + " (" + frame.getKey() + "): " + frame.getValue());
        }
      }
    }
    assertThat(tried).as("frames tried").isGreaterThan(1000);
    assertThat(failures).isEmpty();
  }

  @Test
  void shouldEndAnAtClauseInsideARelativeClauseWhereTheMainClauseGoesOn() {
    assertThat(described("Fylkeslegen, som mener at smitten kom fra utlandet, "
        + "ber kommunene teste flere."))
        .containsExactly("attributed|Fylkeslegen|mener|smitten kom fra utlandet");
    assertThat(described("Bonden som fortalte at ulven tok tolv sauer, har fått "
        + "erstatning."))
        .containsExactly("attributed|Bonden|fortalte|ulven tok tolv sauer");
  }

  @Test
  void shouldFindTheSubjectInsideACueOfSeveralWordsAfterAFrontedAdverbial() {
    assertThat(described("Etter møtet var begge partiene enige om at fergen må "
        + "gå hver time."))
        .containsExactly("attributed|begge partiene|var|fergen må gå hver time");
    assertThat(described("Nå er forskerne overbevist om at isen smelter raskere "
        + "enn antatt."))
        .containsExactly("attributed|forskerne|er|isen smelter raskere enn antatt");
    assertThat(described("På pressekonferansen sa politimesteren fra at ingen "
        + "skal bade i elva."))
        .containsExactly("attributed|politimesteren|sa|ingen skal bade i elva");
  }

  @Test
  void shouldReadVerbsOfComingToKnowAndNounsOfSayingAsCues() {
    assertThat(described("Styret må innse at sykehuset ikke kan drives videre."))
        .containsExactly("attributed|Styret|innse|sykehuset ikke kan drives videre");
    assertThat(described("VG erfarer at statsråden går av i morgen."))
        .containsExactly("attributed|VG|erfarer|statsråden går av i morgen");
    assertThat(described("Fagforbundet ga uttrykk for at lønnstilbudet var for lavt."))
        .containsExactly("attributed|Fagforbundet|ga uttrykk for|lønnstilbudet var for lavt");
    assertThat(described("Utvalget konkluderer med at fergen bør gå hver time."))
        .containsExactly("attributed|Utvalget|konkluderer|fergen bør gå hver time");
  }

  @Test
  void shouldTakeAnExpectationOrAnExperienceAsABeliefOnlyBeforeAnAtClause() {
    assertThat(claims("Økonomene forventer at renten settes opp i juni."))
        .extracting(c -> c.cue().map(TextSpan::text).orElse("") + "|" + c.content().text() + "|" + c.hedged())
        .containsExactly("forventer|renten settes opp i juni|true");
    assertThat(described("Mange pendlere opplever at bussen er full før den når sentrum."))
        .containsExactly("attributed|Mange pendlere|opplever|bussen er full før den når sentrum");
    assertThat(described("Butikken forventer svar fra kommunen innen fredag.")).isEmpty();
    assertThat(described("Bestefaren opplevde krigen som gutt i Narvik.")).isEmpty();
  }

  @Test
  void shouldEndAClaimInsideAParenthesisWhereTheParenthesisCloses() {
    assertThat(described("Boligprisene faller (meglerne tror at bunnen er nådd) og flere venter med å selge."))
        .containsExactly("attributed|meglerne|tror|bunnen er nådd");
  }
}
