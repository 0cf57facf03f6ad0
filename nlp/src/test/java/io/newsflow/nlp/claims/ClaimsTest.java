package io.newsflow.nlp.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.nlp.ArticleInput;
import io.newsflow.nlp.Seeds;
import io.newsflow.nlp.eval.GoldArticle;
import io.newsflow.nlp.model.AnalyzedArticle;
import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.ClaimKind;
import io.newsflow.nlp.model.ResolvedSource;
import io.newsflow.nlp.model.TextSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimsTest {
  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();

  private static List<Claim> claims(String text, String language) {
    return ANALYZER.analyze(ArticleInput.plainText(text).withLanguage(language).publishedOn(LocalDate.of(2024, 3, 1)))
        .claims();
  }

  /** "source -> what it resolved to" for each claim with a source, "-" when unresolved. */
  private static List<String> resolved(String text) {
    return claims(text, "nb").stream().filter(c -> c.source().isPresent())
        .map(c -> c.source().get().text() + " -> " + c.resolvedSource().map(ResolvedSource::name).orElse("-"))
        .toList();
  }

  private static String describe(Claim c) {
    return c.kind().name().toLowerCase(Locale.ROOT) + "|" + c.source().map(TextSpan::text).orElse("") + "|"
        + c.cue().map(TextSpan::text).orElse("") + "|" + c.content().text();
  }

  @Test
  void shouldFindEveryAttributedAndReportedClaimOfTheSeedWithItsCueAndSource() {
    GoldArticle gold = Seeds.gold();
    AnalyzedArticle article = ANALYZER.analyze(ArticleInput.plainText(Seeds.seedText()).withLanguage("nb")
        .publishedOn(gold.published().orElseThrow()));
    for (GoldArticle.GoldClaim g : gold.claims()) {
      if (g.kind().equals("factual")) {
        continue;
      }
      Optional<Claim> found = article.claims().stream()
          .filter(c -> c.paragraph() == g.paragraph() && c.cue().map(TextSpan::text).orElse("").equals(g.cue()))
          .findFirst();
      assertThat(found).as(g.id() + " " + g.cue()).isPresent();
      Claim c = found.get();
      assertThat(c.kind().name().toLowerCase(Locale.ROOT)).isEqualTo(g.kind());
      assertThat(c.content().text()).as(g.id()).contains(g.content().split(" ")[0]);
      String source = c.resolvedSource().map(ResolvedSource::name).orElse(c.source().map(TextSpan::text).orElse(null));
      if (g.source() != null) {
        assertThat(source).as(g.id() + " source").isEqualToIgnoringCase(g.effectiveSource().orElseThrow());
      }
      assertThat(c.hedged()).as(g.id() + " hedged").isEqualTo(g.hedged());
    }
    Claim bbc = article.claims().stream().filter(c -> c.cue().map(TextSpan::text).orElse("").equals("skriver"))
        .findFirst().orElseThrow();
    Claim intelligence = article.claims().stream().filter(c -> c.cue().map(TextSpan::text).orElse("").equals("hevdet")
        && c.paragraph() == 14).findFirst().orElseThrow();
    assertThat(intelligence.parentId()).contains(bbc.id());
    assertThat(article.claims()).filteredOn(c -> c.kind() == ClaimKind.FACTUAL)
        .extracting(Claim::paragraph).contains(15, 19, 21, 23);
  }

  @Test
  void shouldReadInvertedDialogueAndAccordingToConstructions() {
    assertThat(claims("Tirsdag sa statsminister Jonas Gahr Støre at regjeringen vil øke bevilgningene.", "nb"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|statsminister Jonas Gahr Støre|sa|regjeringen vil øke bevilgningene");
    assertThat(claims("– Vi har ikke sett noe lignende før, sier ordfører Marianne Borgen.", "nb"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|ordfører Marianne Borgen|sier|Vi har ikke sett noe lignende før");
    Claim according = claims("Brannen startet ifølge politiet i et kjøkken i andre etasje.", "nb").get(0);
    assertThat(according.source().map(TextSpan::text)).contains("politiet");
    assertThat(according.contentParts()).extracting(TextSpan::text)
        .containsExactly("Brannen startet", "i et kjøkken i andre etasje");
  }

  @Test
  void shouldNotTakeIdiomsForClaims() {
    assertThat(claims("Det sier seg selv at dette er vanskelig.", "nb")).isEmpty();
  }

  @Test
  void shouldReadEnglishReportingVerbs() {
    assertThat(claims("The minister said that the budget would be cut.", "en"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|The minister|said|the budget would be cut");
  }

  private static List<String> described(String text, String language) {
    return claims(text, language).stream().map(ClaimsTest::describe).toList();
  }

  @Test
  void shouldTakeAQuotationOverSeveralSentencesUpToItsAttribution() {
    assertThat(described("– Folkene i regjeringen har ikke humor. All kritikk blir straks oppfattet som hån, sier "
        + "teatersjefen.", "nb"))
        .containsExactly("attributed|teatersjefen|sier|Folkene i regjeringen har ikke humor. All kritikk blir straks "
            + "oppfattet som hån");
    assertThat(described("«Det er beklagelig. Det handler om makt i Kirken,» uttaler biskop Olav Skjevesland.", "nb"))
        .containsExactly("attributed|biskop Olav Skjevesland|uttaler|Det er beklagelig. Det handler om makt i Kirken");
  }

  @Test
  void shouldReadHearsayWhoseModalStandsApartFromItsParticiple() {
    assertThat(described("Samtidig skal det den siste måneden ha foregått forhandlinger i det skjulte.", "nb"))
        .containsExactly("reported||skal|Samtidig skal det den siste måneden ha foregått forhandlinger i det skjulte");
    assertThat(claims("Statsministeren skal ha møte med partilederne fredag.", "nb")).isEmpty();
  }

  @Test
  void shouldFindNoClaimInRefusalsPassivesAndInfinitives() {
    assertThat(claims("Statsministeren vil ikke si hva han vil gjøre etter valget.", "nb")).isEmpty();
    assertThat(claims("Hva som ble sagt på møtet mellom partene, er ikke kjent.", "nb")).isEmpty();
    assertThat(claims("Forfatteren skrev en bok om krigen i fjor.", "nb")).isEmpty();
  }

  @Test
  void shouldEndTheContentOfASubordinateClaimAtItsComma() {
    assertThat(described("Da ministeren sa at skatten skal opp, reagerte opposisjonen kraftig.", "nb"))
        .containsExactly("attributed|ministeren|sa|skatten skal opp");
  }

  @Test
  void shouldSplitPollFiguresIntoOneClaimPerSource() {
    assertThat(described("I år svarer 51 prosent av velgerne at partiet kan regjere alene, mens 21 prosent sier det "
        + "ikke må skje.", "nb"))
        .containsExactly("attributed|51 prosent av velgerne|svarer|partiet kan regjere alene",
            "attributed|21 prosent|sier|det ikke må skje");
  }

  @Test
  void shouldTreatTheSpeakersOwnBeliefAsAHedgeOfTheQuotation() {
    List<Claim> found = claims("– Jeg tror ikke folk er klare for en så dramatisk forandring, sier datteren Colette.", "nb");
    assertThat(found).extracting(ClaimsTest::describe)
        .containsExactly("attributed|datteren Colette|sier|Jeg tror ikke folk er klare for en så dramatisk forandring");
    assertThat(found.get(0).hedged()).isTrue();
  }

  @Test
  void shouldTakeTheSpeakersWordsOnTheirOwnSayingAsPartOfTheQuotation() {
    assertThat(claims("– Vi vil ikke blokkere kanalene nå. Jeg innrømmer at det er en vanskelig sak, sier Støre på en "
        + "pressekonferanse.", "nb")).extracting(ClaimsTest::describe)
        .containsExactly("attributed|Støre|sier|Vi vil ikke blokkere kanalene nå. Jeg innrømmer at det er en vanskelig sak");
    // what the speaker learnt is another's claim, nested in theirs
    assertThat(claims("– Jeg forsto at saken var glemt for lenge siden, sier Olav.", "nb"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|Olav|sier|Jeg forsto at saken var glemt for lenge siden",
            "attributed|Jeg|forsto|saken var glemt for lenge siden");
  }

  @Test
  void shouldEndANestedClaimWhereTheQuotationAroundItEnds() {
    List<Claim> found = claims("– Renten har aldri økt så raskt. De færreste vil oppleve at budsjettet hjelper dem i "
        + "hverdagen, sier hun.", "nb");
    assertThat(found).extracting(ClaimsTest::describe).contains(
        "attributed|De færreste|oppleve|budsjettet hjelper dem i hverdagen");
    assertThat(found.get(1).parentId()).contains(found.get(0).id());
  }

  @Test
  void shouldEndASentenceInitialAccordingToSourceAtTheInvertedVerb() {
    assertThat(claims("Ifølge Aftenposten sto russiske hackere bak angrepet.", "nb")).extracting(ClaimsTest::describe)
        .containsExactly("attributed|Aftenposten|Ifølge|sto russiske hackere bak angrepet");
    assertThat(claims("Ifølge politiet står en mann bak brannen.", "nb")).extracting(ClaimsTest::describe)
        .containsExactly("attributed|politiet|Ifølge|står en mann bak brannen");
  }

  @Test
  void shouldKeepANameAfterAPrepositionInAnAccordingToSource() {
    assertThat(claims("Boligprisene steg med 2 prosent i mars, ifølge tall fra Eiendom Norge og Finn.", "nb"))
        .extracting(ClaimsTest::describe)
        .contains("attributed|tall fra Eiendom Norge og Finn|ifølge|Boligprisene steg med 2 prosent i mars");
    // and a claim inside ends before ", ifølge", which says whose the whole sentence is
    assertThat(claims("Utviklingen viser at det blir flere konkurser, ifølge produktsjef i analyseselskapet Strise.", "nb"))
        .extracting(ClaimsTest::describe).containsExactly(
            "attributed|produktsjef i analyseselskapet Strise|ifølge|Utviklingen viser at det blir flere konkurser",
            "attributed|Utviklingen|viser|det blir flere konkurser");
  }

  @Test
  void shouldTakeANumberBeforeACueAndAtAsItsSubject() {
    assertThat(claims("333 sykehusansatte krever at tre styremedlemmer går av.", "nb")).extracting(ClaimsTest::describe)
        .containsExactly("attributed|333 sykehusansatte|krever|tre styremedlemmer går av");
    assertThat(claims("I 2019 sa han at saken var avsluttet.", "nb")).extracting(ClaimsTest::describe)
        .containsExactly("attributed|han|sa|saken var avsluttet");
  }

  @Test
  void shouldReadExpectingThatAsABeliefButNotWaiting() {
    assertThat(claims("Her venter et flertall av økonomene at renten settes ned i desember.", "nb"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|et flertall av økonomene|venter|renten settes ned i desember");
    assertThat(claims("Han venter fortsatt på svar fra departementet.", "nb"))
        .filteredOn(c -> c.kind() != ClaimKind.FACTUAL).isEmpty();
  }

  @Test
  void shouldNotTakeAGenitiveNameInAnAccordingToSourceAsWhoSpeaks() {
    List<Claim> found = claims("Ifølge en av Diarras livvakter var det rundt 20 soldater der.", "nb");
    assertThat(found).extracting(ClaimsTest::describe)
        .containsExactly("attributed|en av Diarras livvakter|Ifølge|var det rundt 20 soldater der");
    assertThat(found.get(0).resolvedSource()).isEmpty();
    assertThat(resolved("Vi må belage oss på mer regn, forteller vakthavende meteorolog Mariann Foss ved "
        + "Meteorologisk institutt.")).containsExactly(
            "vakthavende meteorolog Mariann Foss ved Meteorologisk institutt -> Mariann Foss");
  }

  @Test
  void shouldKeepHearsayInATurnButNotWaitingAsBelief() {
    assertThat(claims("– Jeg prøvde. Jeg så visstnok latterlig ut.", "nb")).extracting(c -> c.kind().name())
        .containsExactly("ATTRIBUTED", "REPORTED");
    assertThat(claims("Vi kan ikke vente på gasskraftverk uten utslipp.", "nb"))
        .filteredOn(c -> c.kind() != ClaimKind.FACTUAL).isEmpty();
  }

  @Test
  void shouldTakeWhatAnImpersonalPassiveConfirmsAsItsContent() {
    assertThat(claims("Utover kvelden ble det bekreftet at fem mennesker ble drept.", "nb")).extracting(ClaimsTest::describe)
        .containsExactly("reported||bekreftet|fem mennesker ble drept");
  }

  @Test
  void shouldReadSidenBeforeAVerbAsSinceThenAndKvittererAfterAQuotation() {
    assertThat(claims("– Det var en dårlig erfaring. Siden har jeg bare gått til Line, sier hun.", "nb"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|hun|sier|Det var en dårlig erfaring. Siden har jeg bare gått til Line");
    assertThat(claims("– Under pandemien var dugnad vanskelig. Da vokste det frem nye former, sier Rønnevik.", "nb"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|Rønnevik|sier|Under pandemien var dugnad vanskelig. Da vokste det frem nye former");
    assertThat(claims("– Jeg er bare 36, så det blir ei stund til, kvitterer frisøren Line Kvernø.", "nb"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|frisøren Line Kvernø|kvitterer|Jeg er bare 36, så det blir ei stund til");
    // a subordinate clause still: "Da huset brant, sa …"
    assertThat(claims("Da huset brant, sa naboen at han hadde ringt brannvesenet.", "nb")).extracting(ClaimsTest::describe)
        .containsExactly("attributed|naboen|sa|han hadde ringt brannvesenet");
  }

  @Test
  void shouldFindTheNamedSubjectAfterAVerbInvertedByAPrepositionalOpener() {
    assertThat(claims("Før helgen skrev amerikanske Bloomberg at Norge har de nest høyeste prisene på bensin.", "nb"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|amerikanske Bloomberg|skrev|Norge har de nest høyeste prisene på bensin");
    // "viste det seg at" is "it turned out", no one's saying
    assertThat(claims("– Da patruljen kom til stedet viste det seg at to personer var skadet, opplyser politiet.", "nb"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|politiet|opplyser|Da patruljen kom til stedet viste det seg at to personer var skadet");
  }

  @Test
  void shouldReadAFocusWordBeforeTheSubjectAndANonstandardPast() {
    assertThat(claims("Også strateg Lina Fransson i SEB peker på at dataene har vært på linje med anslaget.", "nb"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|strateg Lina Fransson i SEB|peker på|dataene har vært på linje med anslaget");
    assertThat(claims("I nyttårstalen understrekte sametingspresidenten at naturressursene må skape arbeidsplasser.", "nb"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|sametingspresidenten|understrekte|naturressursene må skape arbeidsplasser");
    // "håpet" after a relative "der" is the hope, not a past tense
    assertThat(claims("Men også et land der håpet om en bedre fremtid er like sårbart.", "nb"))
        .filteredOn(c -> c.kind() != ClaimKind.FACTUAL).isEmpty();
  }

  @Test
  void shouldTakeAPronounOpeningAParagraphAsTheClaimItPointsBackTo() {
    List<Claim> found = claims("Nettsidene var nede i flere timer.\n\nDet bekrefter NSM overfor VG.", "nb");
    assertThat(found).filteredOn(c -> c.kind() == ClaimKind.ATTRIBUTED).extracting(ClaimsTest::describe)
        .containsExactly("attributed|NSM|bekrefter|Det");
    // the writer's own announcement is no claim
    assertThat(claims("Nettsidene var nede.\n\nDette vet vi om angrepet.", "nb"))
        .filteredOn(c -> c.kind() == ClaimKind.ATTRIBUTED).isEmpty();
  }

  @Test
  void shouldReadDaBeforeAVerbAsThenSoTheTurnKeepsItsAttribution() {
    assertThat(claims("– Lønnsutbetalingen kom ikke. Da var det bare å begynne å lese, sier Kari Holm.", "nb"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|Kari Holm|sier|Lønnsutbetalingen kom ikke. Da var det bare å begynne å lese");
  }

  @Test
  void shouldFindTheInvertedSubjectAfterAConjunctionAndEndItBeforeAnAdverb() {
    assertThat(claims("– Det er høye priser. Og da sier staten: Fellesskapet tar halve regningen. Og det bør gi "
        + "trygghet, sier Støre.", "nb")).extracting(ClaimsTest::describe)
        .contains("attributed|staten|sier|Fellesskapet tar halve regningen");
    assertThat(claims("– Mange av disse rapportene blir ikke lest, sa FN-sjefen videre.", "nb"))
        .extracting(ClaimsTest::describe)
        .containsExactly("attributed|FN-sjefen|sa|Mange av disse rapportene blir ikke lest");
    assertThat(claims("I en kort tale sa Diarra tirsdag at han går av.", "nb")).extracting(ClaimsTest::describe)
        .containsExactly("attributed|Diarra|sa|han går av");
  }

  @Test
  void shouldTakeNoClaimFromAQuestionToTheHearerOrFromAQuestionWord() {
    assertThat(claims("– Når tror du prisene slutter å øke?", "nb")).isEmpty();
    assertThat(claims("Mener du at skatten er for høy?", "nb")).isEmpty();
    assertThat(claims("«Hvorfor sier du det?» spør Hansen.", "nb")).extracting(ClaimsTest::describe)
        .containsExactly("attributed|Hansen|spør|Hvorfor sier du det?");
  }

  @Test
  void shouldTakeTheSpeakersOwnSayingInAnEarlierSentenceOfTheTurnAsPartOfIt() {
    assertThat(claims("– Først vil jeg si at vi beklager at vi ikke har nådd målene. Vi ønsker et bedre tilbud, sier "
        + "konserndirektør Sverre Kjenne.", "nb")).extracting(ClaimsTest::describe)
        .containsExactly("attributed|konserndirektør Sverre Kjenne|sier|Først vil jeg si at vi beklager at vi ikke har "
            + "nådd målene. Vi ønsker et bedre tilbud");
    // the writer's own reply after a quotation is still the writer's claim
    assertThat(claims("«Nei, vi feirer ham ikke,» svarte jeg.", "nb")).extracting(ClaimsTest::describe)
        .containsExactly("attributed|jeg|svarte|Nei, vi feirer ham ikke");
  }

  @Test
  void shouldTakeAModalInAnUnattributedTurnAsTheSpeakersNotAsHearsay() {
    List<Claim> found = claims("Statsminister Jonas Gahr Støre reiser til Kongsberg fredag.\n\n– Da skal regjeringen "
        + "være der på vegne av folket, og gi uttrykk for støtte.", "nb");
    assertThat(found).filteredOn(c -> c.kind() != ClaimKind.FACTUAL).extracting(ClaimsTest::describe)
        .containsExactly("attributed||–|Da skal regjeringen være der på vegne av folket, og gi uttrykk for støtte");
  }

  @Test
  void shouldNotReadAVictoryAsASayingWithAVerbForItsSource() {
    assertThat(claims("Etter gårsdagens seier er laget nå nummer seks.", "nb"))
        .filteredOn(c -> c.kind() != ClaimKind.FACTUAL).isEmpty();
  }

  @Test
  void shouldResolveAShortDefiniteSourceToTheEarlierSourceItNames() {
    List<Claim> found = claims("En kilde nær regjeringen sier at avtalen er klar.\n\nKilden understreker at ingenting "
        + "er signert ennå.", "nb");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).resolvedSource().map(ResolvedSource::name)).contains("En kilde nær regjeringen");
  }

  @Test
  void shouldResolveAnEpithetToThePersonJustNamed() {
    assertThat(resolved("Ole Gunnar Solskjær var tilbake i Molde i går. Nordmannen sier at han trives i klubben."))
        .containsExactly("Nordmannen -> Ole Gunnar Solskjær");
    assertThat(resolved("Han får støtte av veteran Hermann Hreidarsson.\n\n– Vi er stolte av å spille for Island, "
        + "sier Portsmouth-spilleren."))
        .containsExactly("Portsmouth-spilleren -> Hermann Hreidarsson");
    assertThat(resolved("Per Arne Olsen ble operert i høst. 47-åringen forteller at han er takknemlig."))
        .containsExactly("47-åringen -> Per Arne Olsen");
  }

  @Test
  void shouldResolveACompanyOrANewspaperToTheOneNamedJustBefore() {
    // the tagger takes "Equinor" for a person; "Oljeselskapet" before it says otherwise
    assertThat(resolved("Oljeselskapet Equinor la fram tallene mandag. Selskapet opplyser at produksjonen vil "
        + "falle med 3 prosent."))
        .containsExactly("Selskapet -> Equinor");
    assertThat(resolved("Saken ble først omtalt av Aftenposten. Avisen skriver at departementet visste om feilen."))
        .containsExactly("Avisen -> Aftenposten");
    // the medium is what the person spoke to, not the person
    assertThat(resolved("– Vi tar ingen sjanser, sier rektor Kari Holm til NRK.\n\nIfølge statskanalen skal flere "
        + "skoler stenges."))
        .containsExactly("rektor Kari Holm -> Kari Holm", "statskanalen -> NRK");
    assertThat(resolved("Reuters har spurt 27 økonomer før møtet. Et flertall venter et rentekutt i desember, skriver "
        + "det britiske nyhetsbyrået."))
        .containsExactly("det britiske nyhetsbyrået -> Reuters");
  }

  @Test
  void shouldLeaveAKindNounUnresolvedWhenNothingOfThatKindWasNamed() {
    assertThat(resolved("Kari Holm la fram tallene mandag. Selskapet opplyser at produksjonen vil falle."))
        .containsExactly("Selskapet -> -");
  }

  @Test
  void shouldTakeAShortNameAsTheLongerNameItEndsWith() {
    assertThat(resolved("FNs sikkerhetsråd møttes tirsdag i New York.\n\nSikkerhetsrådet advarer om at "
        + "sanksjoner kan bli aktuelt."))
        .containsExactly("Sikkerhetsrådet -> FNs sikkerhetsråd");
  }

  @Test
  void shouldResolveAPronounToThePersonLastNamedNotToOneInsideTheQuotation() {
    List<Claim> found = claims("I mars sa statsminister Erna Solberg at Jens Stoltenberg har gjort en god jobb. Hun mente "
        + "det var et godt valg.", "nb");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).resolvedSource().map(ResolvedSource::name)).contains("Erna Solberg");
  }

  @Test
  void shouldReadEnglishQuotationsAndAccordingTo() {
    assertThat(described("\"The budget will be cut,\" said the finance minister.", "en"))
        .containsExactly("attributed|the finance minister|said|The budget will be cut");
    assertThat(described("The fire started in the kitchen, according to the police.", "en"))
        .containsExactly("attributed|the police|according to|The fire started in the kitchen");
    assertThat(described("He is said to have left the country in March.", "en"))
        .extracting(s -> s.split("\\|")[0]).containsExactly("reported");
  }

  @Test
  void shouldGiveNestedClaimsParentsAmongTheArticlesClaimsEvenWhenTheParentComesSecond() {
    // From NorNE (a commentary on Obama's climate policy): the analysis threw on it before the fix.
    String text = "I boken Mot til å håpe, som han faktisk skrev selv før han var en stor stjerne på den politiske "
        + "himmel, erkjenner han ikke bare global oppvarming som en stor trussel mot vår planet, men også USAs "
        + "ansvar for å delta i løsningen.";
    List<Claim> claims = claims(text, "nb");
    java.util.Map<String, Claim> byId = new java.util.HashMap<>();
    claims.forEach(c -> byId.put(c.id(), c));
    for (Claim c : claims) {
      java.util.Set<String> ancestors = new java.util.HashSet<>();
      for (Optional<String> parent = c.parentId(); parent.isPresent(); parent = byId.get(parent.get()).parentId()) {
        assertThat(byId).as("parent of " + c.id()).containsKey(parent.get());
        assertThat(ancestors.add(parent.get())).as(c.id() + " is not its own ancestor").isTrue();
        assertThat(parent.get()).isNotEqualTo(c.id());
      }
    }
  }

  @Test
  void shouldReadAStrayClosingQuoteAfterTheLastSentenceAsNoClaim() {
    // From NorNE, a quote whose closing mark was typed after a space: it ends up a sentence of its own.
    String text = "La oss håpe det vil fortsette å være et døende språk i minst hundre år til. \"";
    assertThat(claims(text, "nb")).allSatisfy(c -> assertThat(c.content().text()).isNotBlank());
  }
}
