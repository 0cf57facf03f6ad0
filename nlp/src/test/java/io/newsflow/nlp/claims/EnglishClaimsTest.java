package io.newsflow.nlp.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.nlp.ArticleInput;
import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.ResolvedSource;
import io.newsflow.nlp.model.TextSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * English reporting structures through the same extractor as Norwegian, on news sentences written for
 * these tests, claims described as {@code kind|source|cue|content} or {@code source -> resolved}.
 */
class EnglishClaimsTest {
  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();

  private static List<Claim> claims(String text) {
    return ANALYZER.analyze(ArticleInput.plainText(text).withLanguage("en").publishedOn(LocalDate.of(2024, 3, 1)))
        .claims();
  }

  private static List<String> described(String text) {
    return claims(text).stream().map(c -> c.kind().name().toLowerCase(Locale.ROOT) + "|"
        + c.source().map(TextSpan::text).orElse("") + "|" + c.cue().map(TextSpan::text).orElse("") + "|"
        + c.content().text()).toList();
  }

  /** Each claim as {@code source|cue|part + part}: the pieces of its content without what stands between them. */
  private static List<String> parts(String text) {
    return claims(text).stream().map(c -> c.source().map(TextSpan::text).orElse("") + "|"
        + c.cue().map(TextSpan::text).orElse("") + "|"
        + String.join(" + ", c.contentParts().stream().map(TextSpan::text).toList())).toList();
  }

  private static List<String> resolved(String text) {
    return claims(text).stream().filter(c -> c.source().isPresent()).map(c -> c.source().get().text() + " -> "
        + c.resolvedSource().map(ResolvedSource::name).orElse("-")).toList();
  }

  @Test
  void shouldReadAWordAfterAnArticleAsANounNotACue() {
    assertThat(described("Detectives believe the suspect crossed the border on Sunday night."))
        .containsExactly("attributed|Detectives|believe|the suspect crossed the border on Sunday night");
    assertThat(described("The suspect, a 41-year-old teacher, is said to have fled to Spain."))
        .containsExactly("reported||is said to|The suspect, a 41-year-old teacher, is said to have fled to Spain");
    assertThat(described("The report, which was leaked to the press, runs to 90 pages.")).isEmpty();
  }

  @Test
  void shouldReadAnImpersonalPassiveBeforeItsClauseAsHearsay() {
    assertThat(described("It is understood that the chairman will step down before the summer."))
        .containsExactly("reported||It is understood that|It is understood that the chairman will step down before the summer");
    assertThat(described("It was reported that two ministers had threatened to resign."))
        .containsExactly("reported||It was reported that|It was reported that two ministers had threatened to resign");
  }

  @Test
  void shouldTakeFoundThatAsAFindingAndEndAContentAtAConcession() {
    assertThat(described("The inquiry found that the hospital had ignored repeated warnings."))
        .containsExactly("attributed|The inquiry|found|the hospital had ignored repeated warnings");
    assertThat(described("Economists expect a rate cut in June, although they said inflation remained too high."))
        .containsExactly("attributed|Economists|expect|a rate cut in June",
            "attributed|they|said|inflation remained too high");
  }

  @Test
  void shouldResolveAnEarlierTitleAfterTheDefiniteArticle() {
    assertThat(resolved("Health Minister Paul Grant said the clinic would stay open.\n\n"
        + "The minister added that the budget would rise next year."))
        .containsExactly("Health Minister Paul Grant -> -",
            "The minister -> Health Minister Paul Grant");
    assertThat(resolved("The interior ministry said the border had been closed.\n\n"
        + "\"Nobody will be allowed through tonight,\" the ministry said in a statement."))
        .containsExactly("The interior ministry -> -", "the ministry -> The interior ministry");
  }

  @Test
  void shouldTakeASurnameAsThePersonNamedInFullBefore() {
    assertThat(resolved("The finance minister said the bank would be sold.\n\n"
        + "Laura Hill, who runs the bank, has opposed the sale for months. Hill told reporters that the offer was too low. "
        + "She added that staff had not been consulted."))
        .containsExactly("The finance minister -> -", "Hill -> Laura Hill", "She -> Laura Hill");
    // without a given name before it, a capitalised word is not taken for a surname
    assertThat(resolved("The minister said the plan was final.\n\nReuters reported that the plan had been changed. "
        + "She said the reports were wrong."))
        .containsExactly("The minister -> -", "Reuters -> -", "She -> The minister");
  }

  @Test
  void shouldReadATitleBeforeAnApposedNameAsAPerson() {
    assertThat(resolved("The party's leader said the vote would go ahead.\n\n"
        + "A union official, Sam Ortiz, denied that members had been balloted. \"Nobody asked us,\" he said."))
        .containsExactly("The party's leader -> -", "A union official, Sam Ortiz -> -",
            "he -> A union official, Sam Ortiz");
  }

  @Test
  void shouldTakeTheClauseBeforeACommaAsWhatATrailingSubjectSaid() {
    assertThat(described("Ticket prices will rise by ten percent in April, the rail operator said in a statement."))
        .containsExactly("attributed|the rail operator|said|Ticket prices will rise by ten percent in April");
    assertThat(described("The bridge could reopen before Christmas, council engineers told the BBC."))
        .containsExactly("attributed|council engineers|told|The bridge could reopen before Christmas");
    // after "which" the subject is a relative clause's, whose content follows the cue
    assertThat(described("Inflation fell sharply in February, which the central bank said was welcome."))
        .noneMatch(c -> c.endsWith("|Inflation fell sharply in February"));
  }

  @Test
  void shouldTakeANounObjectOfDenyAsTheClaimUnlessItPointsBack() {
    assertThat(described("The club denied any wrongdoing."))
        .containsExactly("attributed|The club|denied|any wrongdoing");
    assertThat(described("The former minister admitted serious mistakes in his handling of the crisis."))
        .containsExactly("attributed|The former minister|admitted|serious mistakes in his handling of the crisis");
    assertThat(described("The club denied the claim on Friday.")).isEmpty();
    assertThat(described("Her lawyers denied these allegations.")).isEmpty();
  }

  @Test
  void shouldTakeASubjectWithARelativeClauseOrANameSetOffBeforeACueWithoutThat() {
    assertThat(described("A former employee, who spoke on condition of anonymity, said managers had ignored the leaks."))
        .containsExactly("attributed|A former employee|said|managers had ignored the leaks");
    assertThat(described("The head of the agency, Maria Lopez, believes the number of cases has peaked."))
        .containsExactly("attributed|The head of the agency, Maria Lopez|believes|the number of cases has peaked");
    // a quotation with a relative clause in it, then the cue and its subject: the content comes first
    assertThat(described("Food prices rose in most towns, which have lost many jobs, said a spokesman for the charity."))
        .containsExactly("attributed|a spokesman for the charity|said|Food prices rose in most towns, which have lost many jobs");
  }

  @Test
  void shouldGiveASecondCueJoinedByAndAfterAThatClauseTheFirstCuesSource() {
    assertThat(described("The minister argued that the tax was unfair and warned that prices would rise."))
        .containsExactly("attributed|The minister|argued|the tax was unfair",
            "attributed|The minister|warned|prices would rise");
    assertThat(described("Health officials said that the virus was spreading and believe that cases will double by May."))
        .containsExactly("attributed|Health officials|said|the virus was spreading",
            "attributed|Health officials|believe|cases will double by May");
  }

  @Test
  void shouldStartANestedCuesSubjectWhereTheOuterContentStarts() {
    assertThat(described("The coach says his players believe they can win the league."))
        .containsExactly("attributed|The coach|says|his players believe they can win the league",
            "attributed|his players|believe|they can win the league");
    assertThat(described("Okonjo said she thinks the strike will end this week."))
        .containsExactly("attributed|Okonjo|said|she thinks the strike will end this week",
            "attributed|she|thinks|the strike will end this week");
  }

  @Test
  void shouldLeaveWhomAClaimWasToldToOutOfItsContent() {
    assertThat(described("The chairman told journalists on Monday the merger would create 500 jobs."))
        .containsExactly("attributed|The chairman|told|the merger would create 500 jobs");
    assertThat(described("The central bank warned investors that losses could widen."))
        .containsExactly("attributed|The central bank|warned|losses could widen");
    // where it was said is no clause: the quotation before stays the claim
    assertThat(described("\"Nobody will lose their job,\" the chairman told journalists in Leeds."))
        .containsExactly("attributed|the chairman|told|Nobody will lose their job");
  }

  @Test
  void shouldKeepAPlaceAfterAtInTheSourceSinceOnlyThatOpensAClause() {
    assertThat(described("A teacher at the school said the pupils had been sent home early."))
        .containsExactly("attributed|A teacher at the school|said|the pupils had been sent home early");
    assertThat(described("Doctors at the hospital believe the outbreak is under control."))
        .containsExactly("attributed|Doctors at the hospital|believe|the outbreak is under control");
    // an inserted relative clause hangs on the subject, which runs back past "at" to the sentence start
    assertThat(described("Workers at the plant, who have not been paid since May, said they would strike on Monday."))
        .containsExactly("attributed|Workers at the plant|said|they would strike on Monday");
  }

  @Test
  void shouldJoinAClaimAroundASubjectAndCueSetIntoItAsOneClaimInTwoParts() {
    assertThat(parts("Prices will rise, the minister said, and wages will follow."))
        .containsExactly("the minister|said|Prices will rise + and wages will follow");
    assertThat(parts("The plant will close in June, the company said on Tuesday, and 300 jobs will go."))
        .containsExactly("the company|said|The plant will close in June + and 300 jobs will go");
    // a verb after the conjunction is what the subject did next, not more of the claim
    assertThat(described("Fares will rise in May, the rail operator said, but gave no figures."))
        .containsExactly("attributed|the rail operator|said|Fares will rise in May");
  }
}
