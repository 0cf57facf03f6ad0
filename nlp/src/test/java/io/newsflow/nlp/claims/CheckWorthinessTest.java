package io.newsflow.nlp.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.nlp.ArticleInput;
import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.ClaimKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which statements the text makes on its own are flagged as factual and check-worthy, one
 * construction per test, on news sentences written for it (not taken from any evaluation set).
 */
class CheckWorthinessTest {
  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();

  private static List<String> factual(String text) {
    return factual(text, "nb");
  }

  private static List<String> factual(String text, String language) {
    return ANALYZER.analyze(ArticleInput.plainText(text).withLanguage(language).publishedOn(LocalDate.of(2024, 3, 1)))
        .claims().stream().filter(c -> c.kind() == ClaimKind.FACTUAL).map(Claim::content).map(t -> t.text()).toList();
  }

  @Test
  void shouldFlagEnglishStatementsThroughTheSameRulesWithEnglishVerbForms() {
    assertThat(factual("The council sold the old library to a developer for 2.4 million pounds in March.", "en"))
        .containsExactly("The council sold the old library to a developer for 2.4 million pounds in March");
    assertThat(factual("Acme Corp cut 1,200 jobs last year after profits fell by 30 percent.", "en"))
        .containsExactly("Acme Corp cut 1,200 jobs last year after profits fell by 30 percent");
    assertThat(factual("There were 14 people on board the ferry.", "en"))
        .containsExactly("There were 14 people on board the ferry");
    assertThat(factual("It is unacceptable that patients wait this long.", "en")).isEmpty();
    assertThat(factual("The weather was lovely and everyone seemed happy.", "en")).isEmpty();
    assertThat(factual("The hospital will open a new ward next spring.", "en")).isEmpty();
  }

  @Test
  void shouldFlagAnAmountStatedPlainlyEvenWithoutAName() {
    assertThat(factual("Billettene til konserten kostet til sammen 240.000 kroner."))
        .containsExactly("Billettene til konserten kostet til sammen 240.000 kroner");
    assertThat(factual("12 lærere sluttet ved skolen i løpet av fjoråret."))
        .containsExactly("12 lærere sluttet ved skolen i løpet av fjoråret");
  }

  @Test
  void shouldFlagSomethingDoneToAThingInThePassive() {
    assertThat(factual("Fødeavdelingen ble stengt etter sommeren.")).containsExactly("Fødeavdelingen ble stengt etter sommeren");
    assertThat(factual("Alle dokumentene har blitt slettet fra serveren."))
        .containsExactly("Alle dokumentene har blitt slettet fra serveren");
    assertThat(factual("Det ble stille i salen etter talen.")).isEmpty();
    assertThat(factual("Han ble sint på dommeren etter kampen.")).isEmpty();
  }

  @Test
  void shouldFlagANamedActorsDeedInThePresentAndInACompoundStrongPast() {
    assertThat(factual("Statkraft overtar driften av kraftverket i Alta."))
        .containsExactly("Statkraft overtar driften av kraftverket i Alta");
    assertThat(factual("Kongen ankom Tromsø 7. juni 1940.")).containsExactly("Kongen ankom Tromsø 7. juni 1940");
  }

  @Test
  void shouldFlagAStatementWithAPronounSubjectWhenItNamesWhatItIsAbout() {
    assertThat(factual("Hun vokste opp på Notodden og flyttet senere til Drammen."))
        .containsExactly("Hun vokste opp på Notodden og flyttet senere til Drammen");
    assertThat(factual("Han leverte tegningene til Statens vegvesen før fristen."))
        .containsExactly("Han leverte tegningene til Statens vegvesen før fristen");
    assertThat(factual("Han leverte tegningene til dem før fristen gikk ut.")).isEmpty();
  }

  @Test
  void shouldReadOmBeforeATimeOfDayAsATimeNotACondition() {
    assertThat(factual("Om natta ble to hytter på Geilo tatt av et snøskred."))
        .containsExactly("Om natta ble to hytter på Geilo tatt av et snøskred");
    assertThat(factual("Om kvelden ble bilen funnet ved en bensinstasjon på Hamar."))
        .containsExactly("Om kvelden ble bilen funnet ved en bensinstasjon på Hamar");
    assertThat(factual("Om regjeringen går av, blir det nyvalg i Norge.")).isEmpty();
  }

  @Test
  void shouldReadDeBeforeANumberOrAnAdjectiveAsTheStartOfWhatTheStatementIsAbout() {
    assertThat(factual("De nye bussene kostet 4,2 millioner kroner hver."))
        .containsExactly("De nye bussene kostet 4,2 millioner kroner hver");
    assertThat(factual("De 14 kommunene brukte 300 millioner kroner på veiene."))
        .containsExactly("De 14 kommunene brukte 300 millioner kroner på veiene");
    assertThat(factual("De jobbet på fabrikken i 2019.")).isEmpty();
  }

  @Test
  void shouldLeaveAScenePresentedWithTheEmptyDetUnflagged() {
    assertThat(factual("Derfra gikk det raskt hele veien til Bodø.")).isEmpty();
    assertThat(factual("På Karl Johan er det folksomt hele sommeren.")).isEmpty();
    assertThat(factual("Det reiser spørsmål om hvem som styrer Equinor.")).isEmpty();
    assertThat(factual("Det gamle rådhuset i Moss står tomt.")).containsExactly("Det gamle rådhuset i Moss står tomt");
  }

  @Test
  void shouldLeaveVerblessDatelinesAndAnnouncementsOfWhatFollowsUnflagged() {
    assertThat(factual("Molde sentrum, 14. juni i fjor.")).isEmpty();
    assertThat(factual("Rådmannen i Lier la fram disse tallene i møtet:")).isEmpty();
  }

  @Test
  void shouldLeaveJudgementsForecastsAndWhatWouldHaveHappenedUnflagged() {
    assertThat(factual("Nedleggelsen av fødeavdelingen i Lofoten var utvilsomt en stor feil.")).isEmpty();
    assertThat(factual("Sesongen 2023 var dessverre en nedtur for Rosenborg.")).isEmpty();
    assertThat(factual("Bompengene i Tromsø er en unødvendig byrde for pendlerne.")).isEmpty();
    assertThat(factual("Natt til lørdag ventes det sterk kuling i hele Finnmark.")).isEmpty();
    assertThat(factual("For Nordland ligger det an til kraftige regnbyger på søndag.")).isEmpty();
    assertThat(factual("Skolen i Lier ville blitt stengt uten pengene fra staten.")).isEmpty();
  }
}
