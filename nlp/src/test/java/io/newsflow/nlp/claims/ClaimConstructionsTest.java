package io.newsflow.nlp.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.nlp.ArticleInput;
import io.newsflow.nlp.model.Claim;
import io.newsflow.nlp.model.ClaimKind;
import io.newsflow.nlp.model.TextSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One construction of reported speech per test, each on news sentences written for it (not taken
 * from any evaluation set), with the claims described as {@code kind|source|cue|content}.
 */
class ClaimConstructionsTest {
  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();

  private static List<Claim> claims(String text, String language) {
    return ANALYZER.analyze(ArticleInput.plainText(text).withLanguage(language).publishedOn(LocalDate.of(2024, 3, 1)))
        .claims();
  }

  private static List<String> described(String text, String language) {
    return claims(text, language).stream().map(ClaimConstructionsTest::describe).toList();
  }

  private static List<String> described(String text) {
    return described(text, "nb");
  }

  private static String describe(Claim c) {
    return c.kind().name().toLowerCase(Locale.ROOT) + "|" + c.source().map(TextSpan::text).orElse("") + "|"
        + c.cue().map(TextSpan::text).orElse("") + "|" + c.content().text();
  }

  @Test
  void shouldSkipTheAddresseeBetweenTheCueAndItsAtClause() {
    assertThat(described("Kommunikasjonssjef Kari Nordmann bekrefter overfor Aftenposten at selskapet vurderer å "
        + "selge hotellet."))
        .containsExactly("attributed|Kommunikasjonssjef Kari Nordmann|bekrefter|selskapet vurderer å selge hotellet");
    assertThat(described("Lensmannen sa til NRK torsdag at ingen er pågrepet etter brannen."))
        .containsExactly("attributed|Lensmannen|sa|ingen er pågrepet etter brannen");
    assertThat(described("Partisekretær Ola Berg, som har ledet valgkampen, sier til Dagbladet at partiet må "
        + "bytte strategi."))
        .containsExactly("attributed|Partisekretær Ola Berg|sier|partiet må bytte strategi");
    assertThat(described("Finansministeren fortalte E24 at budsjettet blir stramt.", "nb"))
        .containsExactly("attributed|Finansministeren|fortalte|budsjettet blir stramt");
  }

  @Test
  void shouldReadAnAtClauseAfterAPreposition() {
    assertThat(described("Meteorologisk institutt advarer om at det kan bli flom i Gudbrandsdalen."))
        .containsExactly("attributed|Meteorologisk institutt|advarer|det kan bli flom i Gudbrandsdalen");
    assertThat(described("Regjeringen varsler også om at fergeprisene skal ned fra nyttår."))
        .containsExactly("attributed|Regjeringen|varsler|fergeprisene skal ned fra nyttår");
  }

  @Test
  void shouldNotTakeAReportingVerbInAFreeRelativeForAClaim() {
    assertThat(described("– Det er stor forskjell på det han sa og det han gjorde, sier partilederen."))
        .containsExactly("attributed|partilederen|sier|Det er stor forskjell på det han sa og det han gjorde");
    assertThat(described("Hva hun mente med uttalelsen, er fortsatt uklart.")).isEmpty();
  }

  @Test
  void shouldTakeADashQuotationThatStartsInTheMiddleOfItsParagraph() {
    assertThat(described("Ordføreren var fornøyd etter møtet. – Vi fikk mer enn vi ba om. Nå kan vi bygge "
        + "skolen, sier Hansen."))
        .containsExactly("attributed|Hansen|sier|Vi fikk mer enn vi ba om. Nå kan vi bygge skolen");
  }

  @Test
  void shouldStartANewDialogueTurnAtEveryDash() {
    assertThat(described("– Blir det flere kutt i år? – Nei. Vi har gjort det som trengs, sier rådmannen."))
        .containsExactly("attributed|rådmannen|sier|Nei. Vi har gjort det som trengs");
  }

  @Test
  void shouldKeepAGuillemetQuotationOpenOverAQuotedTitle() {
    assertThat(described("«Jeg leste «Sult» som sekstenåring. Den boka forandret alt for meg», sa forfatteren."))
        .containsExactly("attributed|forfatteren|sa|Jeg leste «Sult» som sekstenåring. Den boka forandret alt for meg");
  }

  @Test
  void shouldTakeWhatCameBeforeAsTheContentOfDetSaX() {
    assertThat(described("– Vi gir oss ikke før lønna er på plass. Det sa forbundsleder Mette Nord til NTB "
        + "søndag."))
        .containsExactly("attributed|forbundsleder Mette Nord|sa|Vi gir oss ikke før lønna er på plass");
    assertThat(described("Skatten på sukker blir fjernet fra nyttår. Dette bekrefter finansministeren."))
        .containsExactly("attributed|finansministeren|bekrefter|Skatten på sukker blir fjernet fra nyttår");
    assertThat(described("Det sa han ingenting om.")).isEmpty();
  }

  @Test
  void shouldNotFlagAQuotedSentenceAsTheTextsOwnFactualStatement() {
    List<Claim> found = claims("– Over 300 mennesker ble evakuert fra Lillestrøm i natt. Vi har aldri sett noe "
        + "lignende, sier innsatsleder Per Dahl.", "nb");
    assertThat(found).extracting(Claim::kind).containsExactly(ClaimKind.ATTRIBUTED);
    assertThat(found).extracting(Claim::id).containsExactly("c1");
  }

  @Test
  void shouldReadEnglishToldAndSaidTo() {
    assertThat(described("The central bank told Reuters on Monday that rates would stay unchanged.", "en"))
        .containsExactly("attributed|The central bank|told|rates would stay unchanged");
    assertThat(described("A spokesman said to reporters that the talks had collapsed.", "en"))
        .containsExactly("attributed|A spokesman|said|the talks had collapsed");
  }

  @Test
  void shouldGiveACueAfterACoordinatedVerbTheFirstVerbsSubject() {
    assertThat(described("Fylkesmannen kritiserer kommunen og mener at rutinene for varsling har sviktet."))
        .containsExactly("attributed|Fylkesmannen|mener|rutinene for varsling har sviktet");
  }

  @Test
  void shouldReadAnImpersonalPassiveOfACueAsHearsay() {
    // what is reported is the at-clause, as annotators mark it ("ble det kjent at A", "ble det bekreftet at A")
    assertThat(described("Det er meldt at flere fjelloverganger er stengt i Troms."))
        .containsExactly("reported||meldt|flere fjelloverganger er stengt i Troms");
    assertThat(described("I går ble det opplyst at 40 ansatte mister jobben."))
        .containsExactly("reported||opplyst|40 ansatte mister jobben");
  }

  @Test
  void shouldReadSkalBeforeAStateAsHearsayAndBeforeARoleAsAPlan() {
    assertThat(described("Beslaget skal dreie seg om 40 kilo hasj."))
        .containsExactly("reported||skal|Beslaget skal dreie seg om 40 kilo hasj");
    assertThat(described("Etter valget skal hun være ordfører ut perioden.")).isEmpty();
  }

  @Test
  void shouldTakeWhatAStudyShowsAsItsClaim() {
    assertThat(described("En ny undersøkelse viser at nordmenn spiser mindre fisk enn før."))
        .containsExactly("attributed|En ny undersøkelse|viser|nordmenn spiser mindre fisk enn før");
    assertThat(described("Det viste seg at brannen startet i kjelleren.")).isEmpty();
  }

  @Test
  void shouldTakeTheTextAQuotationStandsInAsItsSource() {
    assertThat(described("«Vi beklager forsinkelsene», står det i en pressemelding fra Vy."))
        .containsExactly("attributed|en pressemelding fra Vy|står det|Vi beklager forsinkelsene");
    assertThat(described("I rapporten står det at tilsynet har sviktet over flere år."))
        .containsExactly("attributed|rapporten|står det|tilsynet har sviktet over flere år");
  }

  @Test
  void shouldTakeAnInfinitiveAsTheClaimOfADenial() {
    assertThat(described("Den tiltalte benekter å ha vært på stedet, og forsvareren krever full frifinnelse."))
        .containsExactly("attributed|Den tiltalte|benekter|å ha vært på stedet",
            "attributed|forsvareren|krever|full frifinnelse");
    assertThat(described("Regjeringen lover å bygge ut bredbånd i hele landet.")).isEmpty();
  }

  @Test
  void shouldKeepANameInAppositionWithASourceAfterItsCue() {
    List<Claim> found = claims("– Vi er svært lettet, sier daglig leder i Nortura, Kari Dahl, til NTB.", "nb");
    assertThat(found).extracting(ClaimConstructionsTest::describe)
        .containsExactly("attributed|daglig leder i Nortura, Kari Dahl|sier|Vi er svært lettet");
  }

  @Test
  void shouldReadTheWritersOwnBeliefAsTheirClaim() {
    assertThat(described("Jeg trodde lenge at jeg ikke lot meg påvirke av reklame."))
        .containsExactly("attributed|Jeg|trodde|jeg ikke lot meg påvirke av reklame");
    assertThat(described("Vi håper at brua står ferdig før sommeren."))
        .containsExactly("attributed|Vi|håper|brua står ferdig før sommeren");
    assertThat(described("Styret mener fortsatt at tomten er for liten."))
        .containsExactly("attributed|Styret|mener|tomten er for liten");
  }

  @Test
  void shouldReadKnowingAndHavingHeardAsReportingAClaim() {
    assertThat(described("Kommunen vet at skolen trenger nytt tak."))
        .containsExactly("attributed|Kommunen|vet|skolen trenger nytt tak");
    assertThat(described("Naboene hørte at fabrikken skulle legges ned."))
        .containsExactly("attributed|Naboene|hørte|fabrikken skulle legges ned");
    assertThat(described("Bygda hører til Nord-Fron kommune."))
        .containsExactly("factual|||Bygda hører til Nord-Fron kommune");
  }

  @Test
  void shouldTakeTheSubjectBetweenAHearsayModalAndItsPerfect() {
    List<Claim> found = claims("Da naboen klaget, skal også en av vekterne ha sagt at porten var låst.", "nb");
    assertThat(found).extracting(ClaimConstructionsTest::describe)
        .containsExactly("attributed|en av vekterne|ha sagt|porten var låst");
    assertThat(found.get(0).hedged()).isTrue();
    assertThat(described("Under møtet skal rådmannen ha fortalt at budsjettet sprekker."))
        .contains("attributed|rådmannen|ha fortalt|budsjettet sprekker");
  }

  @Test
  void shouldReadANounPhraseDeniedOrGrantedAsTheClaim() {
    assertThat(described("Departementet avviste kritikken fra revisjonen."))
        .containsExactly("attributed|Departementet|avviste|kritikken fra revisjonen");
    assertThat(described("Pinsevennene avviser barnedåpen og mener at dåpen krever tro."))
        .containsExactly("attributed|Pinsevennene|avviser|barnedåpen", "attributed|Pinsevennene|mener|dåpen krever tro");
    assertThat(described("Styret avviser ikke saken.")).isEmpty();
    assertThat(described("Hun avviste det.")).isEmpty();
    assertThat(described("Nå avviser Solberg å svare på spørsmålet.")).isEmpty();
  }

  @Test
  void shouldReadTheNounObjectOfAProposalOrWarningAsTheClaim() {
    assertThat(described("Senterpartiet går inn for en egen avgift på flyreiser, som skal finansiere nattog."))
        .containsExactly("attributed|Senterpartiet|går inn for|en egen avgift på flyreiser, som skal finansiere nattog");
    assertThat(described("Legeforeningen advarer mot kutt i fødeavdelingene på Vestlandet."))
        .containsExactly("attributed|Legeforeningen|advarer|kutt i fødeavdelingene på Vestlandet");
    assertThat(described("I brevet advarer hun mot nedleggelse av nærpolitiet: Det vil ramme bygdene."))
        .contains("attributed|hun|advarer|nedleggelse av nærpolitiet");
    assertThat(described("Beboerne protesterte mot bomstasjonen ved skolen."))
        .containsExactly("attributed|Beboerne|protesterte|bomstasjonen ved skolen");
    assertThat(described("Utvalget har heller ikke foreslått noen endringer i loven.")).isEmpty();
    assertThat(described("Hun advarte mot ham.")).isEmpty();
    assertThat(described("Jobben krever mye tid.")).isEmpty();
  }

  @Test
  void shouldLeaveTheClosingMarkOfAQuotationAfterAColonOutOfItsContent() {
    assertThat(described("Ordføreren sa: «Vi bygger ny skole i år.»"))
        .containsExactly("attributed|Ordføreren|sa|Vi bygger ny skole i år");
    assertThat(described("Treneren erklærte: «Laget er klart for finalen!»"))
        .containsExactly("attributed|Treneren|erklærte|Laget er klart for finalen");
  }

  @Test
  void shouldEndAnAtClauseAtAColonAndHearTheQuotationAfterItFromTheSameSource() {
    assertThat(described("Legen konkluderte med at han døde av hjertesvikt: «Han hadde et svakt hjerte.»"))
        .containsExactly("attributed|Legen|konkluderte|han døde av hjertesvikt",
            "attributed|Legen|:|Han hadde et svakt hjerte");
    assertThat(described("Revisoren fastslo at regnskapet var feil: «Tallene henger ikke sammen.»"))
        .containsExactly("attributed|Revisoren|fastslo|regnskapet var feil",
            "attributed|Revisoren|:|Tallene henger ikke sammen");
  }

  @Test
  void shouldTakeTheTextAsSourceOfAnImpersonalFinding() {
    assertThat(described("I dommen fra Oslo tingrett slås det fast at kommunen brøt loven."))
        .containsExactly("attributed|dommen fra Oslo tingrett|slås det fast|kommunen brøt loven");
    assertThat(described("I rapporten fastslås det at brua må rives."))
        .containsExactly("attributed|rapporten|fastslås det|brua må rives");
    List<Claim> found = claims("I dommen fra Oslo tingrett slås det fast at kommunen brøt loven.\n\n"
        + "De trodde lenge at saken var foreldet.", "nb");
    Claim later = found.stream().filter(c -> c.paragraph() == 2).findFirst().orElseThrow();
    assertThat(later.resolvedSource()).isEmpty(); // a judgement is no group a later "de" takes up
  }

  @Test
  void shouldReadACueThatIsAlsoANounAsTheNoun() {
    assertThat(described("Skolen skal undervise om kristen tro og andre livssyn.")).isEmpty();
    assertThat(described("Brann trenger seier over Molde for å unngå nedrykk.")).isEmpty();
    assertThat(described("Velgerne vil tro at skatten går ned."))
        .containsExactly("attributed|Velgerne|tro|skatten går ned");
  }

  @Test
  void shouldTakeNothingFromAPostposedCueWithANegation() {
    assertThat(described("Hvem som betalte for turen, sier han ikke.")).isEmpty();
    assertThat(described("Hvor pengene ble av, vet styreleder Kari Holm ikke.")).isEmpty();
  }

  @Test
  void shouldLetASpeakersOwnBeliefHedgeTheQuotationInsteadOfBeingAClaim() {
    assertThat(described("– Jeg tror at brua står ferdig før sommeren, sier ordfører Kari Holm."))
        .containsExactly("attributed|ordfører Kari Holm|sier|Jeg tror at brua står ferdig før sommeren");
    assertThat(described("«Vi tror at brua står ferdig før sommeren», sa ordføreren."))
        .containsExactly("attributed|ordføreren|sa|Vi tror at brua står ferdig før sommeren");
  }

  @Test
  void shouldHearNoDialogueTurnFromTheWritersOwnJeg() {
    List<Claim> found = claims("Jeg tror at mange lesere kjenner seg igjen i dette.\n\n"
        + "– Det er ikke lett å få tak i billetter.", "nb");
    Claim turn = found.stream().filter(c -> c.paragraph() == 2).findFirst().orElseThrow();
    assertThat(turn.resolvedSource()).isEmpty();
  }

  @Test
  void shouldEndASubjectAtItsFiniteVerbAndFindNoneInAClause() {
    assertThat(described("Politiet har i kveld bekreftet at to personer er pågrepet."))
        .containsExactly("attributed|Politiet|bekreftet|to personer er pågrepet");
    assertThat(described("Må si at det var en god melding å få.")).isEmpty();
  }

  @Test
  void shouldEndANameAfterItsCueAtAPreposition() {
    assertThat(described("«Dette var siste gang», skriver Espen på Facebook søndag."))
        .containsExactly("attributed|Espen|skriver|Dette var siste gang");
  }

  @Test
  void shouldNotTakeWhatAPersonShowsByDoingForAClaim() {
    assertThat(described("Ole Gunnar Solskjær viser at han fortsatt kan score mål.")).isEmpty();
  }

  @Test
  void shouldResolveAPronounToTheFamilyMemberQuotedJustBefore() {
    List<Claim> found = claims("Advokat Per Olsen representerer Lise Berg i saken. Morfaren bekrefter at familien "
        + "ba om hjelp. Han anslår at problemene varte i to år.", "nb");
    assertThat(found).filteredOn(c -> c.cue().map(TextSpan::text).orElse("").equals("anslår"))
        .extracting(c -> c.resolvedSource().map(io.newsflow.nlp.model.ResolvedSource::name).orElse(""))
        .containsExactly("Morfaren");
    List<Claim> teacher = claims("Rektor Anne Lie har ansvaret for skolen til Ola Dahl. Læreren forteller at gutten "
        + "ofte kom uten mat. Hun mener at skolen burde ha varslet.", "nb");
    assertThat(teacher).filteredOn(c -> c.cue().map(TextSpan::text).orElse("").equals("mener"))
        .extracting(c -> c.resolvedSource().map(io.newsflow.nlp.model.ResolvedSource::name).orElse(""))
        .containsExactly("Læreren");
  }

  @Test
  void shouldFindTheSubjectAfterTheVerbWhenAnAdverbialOpensTheClause() {
    assertThat(described("En gang forteller Kari ham at hun har glemt matpakken."))
        .containsExactly("attributed|Kari|forteller|hun har glemt matpakken");
    assertThat(described("Først sa statsministeren at avtalen var død."))
        .containsExactly("attributed|statsministeren|sa|avtalen var død");
    // a passive with its predicate after an opening adverbial names no speaker
    assertThat(described("Allerede for tusen år siden ble kirken ansett som en samlende kraft i riket."))
        .noneMatch(c -> c.startsWith("attributed"));
  }

  @Test
  void shouldResolveHunToTheLastPersonWhoMayBeAWoman() {
    List<Claim> found = claims("Statsminister Erna Solberg møtte Jonas Gahr Støre på Stortinget tirsdag. Hun sa at "
        + "samtalen var god.", "nb");
    assertThat(found).filteredOn(c -> c.kind() == ClaimKind.ATTRIBUTED)
        .extracting(c -> c.resolvedSource().map(io.newsflow.nlp.model.ResolvedSource::name).orElse(""))
        .containsExactly("Erna Solberg");
    List<Claim> him = claims("Ola Hansen ble intervjuet av Kari Nordmann i Bodø. Etterpå sa han at han ville "
        + "stille til valg igjen.", "nb");
    assertThat(him).filteredOn(c -> c.kind() == ClaimKind.ATTRIBUTED)
        .extracting(c -> c.resolvedSource().map(io.newsflow.nlp.model.ResolvedSource::name).orElse(""))
        .containsExactly("Ola Hansen");
  }

  @Test
  void shouldReadAVerbOfMannerAsACueOnlyAfterAQuotation() {
    assertThat(described("– Nå får vi se om jeg fortsatt kan stå på ski, spøker Kjetil Jansrud."))
        .containsExactly("attributed|Kjetil Jansrud|spøker|Nå får vi se om jeg fortsatt kan stå på ski");
    assertThat(described("– Dette var min siste kamp for klubben, avslutter kapteinen."))
        .containsExactly("attributed|kapteinen|avslutter|Dette var min siste kamp for klubben");
    assertThat(described("Hun avslutter karrieren etter sesongen.")).isEmpty();
    assertThat(described("Da kampen var over, jublet supporterne i timevis.")).isEmpty();
  }

  @Test
  void shouldReadFixedPhrasesOfStatingAsCues() {
    assertThat(described("Statsministeren gjorde det klart at regjeringen ikke vil gå av."))
        .containsExactly("attributed|Statsministeren|gjorde det klart|regjeringen ikke vil gå av");
    assertThat(described("Politimesteren etterlater ingen tvil om at etterforskningen vil ta tid."))
        .containsExactly("attributed|Politimesteren|etterlater ingen tvil om|etterforskningen vil ta tid");
  }

  @Test
  void shouldReadDemandsAndReferencesWithAnAtClauseAsClaims() {
    assertThat(described("LO krever at pensjonene reguleres som lønn."))
        .containsExactly("attributed|LO|krever|pensjonene reguleres som lønn");
    assertThat(described("Forsvareren viser til at tiltalte har sittet i varetekt i ett år."))
        .containsExactly("attributed|Forsvareren|viser til|tiltalte har sittet i varetekt i ett år");
    assertThat(described("Politiet ber om at publikum holder seg unna området."))
        .containsExactly("attributed|Politiet|ber om|publikum holder seg unna området");
    assertThat(described("Familien ber om ro rundt begravelsen.")).isEmpty();
  }

  @Test
  void shouldFindTheSubjectBetweenAuxiliaryAndParticipleInAnInvertedPerfect() {
    assertThat(described("I går har både Venstre og KrF gjort det klart at de ikke støtter forslaget."))
        .containsExactly("attributed|både Venstre og KrF|gjort det klart|de ikke støtter forslaget");
    assertThat(described("Tidligere har politiet opplyst at sjåføren var alene i bilen."))
        .containsExactly("attributed|politiet|opplyst|sjåføren var alene i bilen");
  }

  @Test
  void shouldGiveACueAfterCommaOgTheSubjectOfTheClauseBefore() {
    assertThat(described("Fagforbundet reagerte kraftig, og mente at kuttene rammer de svakeste."))
        .containsExactly("attributed|Fagforbundet|mente|kuttene rammer de svakeste");
    assertThat(described("Helseministeren besøkte sykehuset i går, og sa at ventetidene må ned."))
        .containsExactly("attributed|Helseministeren|sa|ventetidene må ned");
  }

  @Test
  void shouldNotTakeANegatedReportingVerbOrARefusalForAClaim() {
    assertThat(described("Selv om han aldri sa det høyt, var treneren skuffet over innsatsen.")).isEmpty();
    assertThat(described("Ordføreren sier ikke at hun vil gå av.")).isEmpty();
    assertThat(described("Kommunestyret sier tvert nei til bompenger.")).isEmpty();
    assertThat(described("Da utvalget foreslo en sammenslåing svarte bygda nei.")).isEmpty();
  }

  @Test
  void shouldTakeTheSourceAfterTheCueWhenASubordinateClauseComesFirst() {
    assertThat(described("Da han ble spurt om valget, svarte Støre at partiet skal vinne tilbake velgerne."))
        .containsExactly("attributed|Støre|svarte|partiet skal vinne tilbake velgerne");
    assertThat(described("Etter at dommen falt, sa forsvareren at den vil bli anket."))
        .containsExactly("attributed|forsvareren|sa|den vil bli anket");
    assertThat(described("Da han ble spurt om han ville stille til gjenvalg, svarte han nei.")).isEmpty();
  }

  @Test
  void shouldSkipWhereAClaimWasMadeBetweenTheCueAndItsAt() {
    assertThat(described("Selskapet skriver i en pressemelding at fabrikken skal legges ned."))
        .containsExactly("attributed|Selskapet|skriver|fabrikken skal legges ned");
    assertThat(described("Statsministeren sa under pressekonferansen at grensene holdes stengt."))
        .containsExactly("attributed|Statsministeren|sa|grensene holdes stengt");
  }

  @Test
  void shouldEndAClaimAtAnAsideAfterADash() {
    assertThat(described("Hun mente tiltaket kom for sent – noe flere i partiet er uenige i."))
        .containsExactly("attributed|Hun|mente|tiltaket kom for sent");
    assertThat(described("Rådmannen sier at budsjettet holder – og at ingen skal sies opp."))
        .containsExactly("attributed|Rådmannen|sier|budsjettet holder – og at ingen skal sies opp");
  }

  @Test
  void shouldTakeANameInAppositionOrACompoundTitleAsTheSourceOfIfolge() {
    assertThat(described("Ifølge pressesjef i Statens vegvesen, Kari Holm, er veien stengt til fredag."))
        .extracting(c -> c.split("\\|")[1]).containsExactly("pressesjef i Statens vegvesen, Kari Holm");
    assertThat(described("Ifølge helse- og omsorgsminister Ingvild Kjerkol er ventelistene blitt kortere."))
        .containsExactly("attributed|helse- og omsorgsminister Ingvild Kjerkol|Ifølge|er ventelistene blitt kortere");
  }

  @Test
  void shouldReadAnAccusationWithoutAnAccuserAsHearsay() {
    assertThat(described("Mannen er anklaget for å ha svindlet eldre for millioner."))
        .containsExactly("reported||er anklaget for|Mannen er anklaget for å ha svindlet eldre for millioner");
    assertThat(described("Treneren ble beskyldt for å ha presset spillerne."))
        .containsExactly("reported||ble beskyldt for|Treneren ble beskyldt for å ha presset spillerne");
    assertThat(described("Det sies at han aldri har tapt et sjakkparti."))
        .containsExactly("reported||Det sies at|Det sies at han aldri har tapt et sjakkparti");
  }

  @Test
  void shouldNotReadDeonticOrCounterfactualModalsAsHearsay() {
    assertThat(described("En dommer skal ha legitimitet og tillit.")).isEmpty();
    assertThat(described("Ministeren skulle egentlig ha deltatt på møtet, men ble syk.")).isEmpty();
    assertThat(described("Vi skulle ha vunnet den kampen.")).isEmpty();
    assertThat(described("Resultatet må sies å være svakt.")).isEmpty();
    assertThat(described("Han sies å være landets rikeste mann."))
        .containsExactly("reported||sies å|Han sies å være landets rikeste mann");
  }

  @Test
  void shouldTakeTheNewsroomOfEtterDetXErfarerAsTheSource() {
    assertThat(described("Etter det NRK erfarer, vil regjeringen legge fram forslaget fredag."))
        .containsExactly("attributed|NRK|Etter det NRK erfarer|vil regjeringen legge fram forslaget fredag");
  }

  @Test
  void shouldTakeANameSetOffByCommasAsPartOfASourceBeforeItsCue() {
    assertThat(described("Lederen i Norsk Sykepleierforbund, Lill Sverresdatter Larsen, mener at sykehusene "
        + "mangler folk."))
        .containsExactly("attributed|Lederen i Norsk Sykepleierforbund, Lill Sverresdatter Larsen|mener|"
            + "sykehusene mangler folk");
    assertThat(described("Daglig leder i Kiwi, Kari Olsen, sier at prisene på melk skal ned."))
        .containsExactly("attributed|Daglig leder i Kiwi, Kari Olsen|sier|prisene på melk skal ned");
  }

  @Test
  void shouldGiveTwoCoordinatedCuesWithAtClausesOneSourceAndTwoClaims() {
    assertThat(described("Statsråden innrømmer at det er gjort feil, men understreker at ingen har tatt skade."))
        .containsExactly("attributed|Statsråden|innrømmer|det er gjort feil",
            "attributed|Statsråden|understreker|ingen har tatt skade");
    assertThat(described("Politiet bekrefter at en mann er pågrepet, og opplyser at han er i 30-årene."))
        .containsExactly("attributed|Politiet|bekrefter|en mann er pågrepet",
            "attributed|Politiet|opplyser|han er i 30-årene");
  }

  @Test
  void shouldTakeTheObjectAndItsPredicateAsTheClaimOfAnAccusationOrANaming() {
    assertThat(described("Opposisjonen beskylder regjeringen for å ha sviktet distriktene."))
        .containsExactly("attributed|Opposisjonen|beskylder|regjeringen for å ha sviktet distriktene");
    assertThat(described("Høyre-lederen kaller budsjettet for et historisk svik."))
        .containsExactly("attributed|Høyre-lederen|kaller|budsjettet for et historisk svik");
    assertThat(described("Rektor kalte inn til foreldremøte.")).isEmpty();
    assertThat(described("VG omtalte saken grundig.")).isEmpty();
  }

  @Test
  void shouldEndASourceAfterItsCueWhereTheMediumIsNamed() {
    assertThat(described("«Dette er en trist dag for norsk idrett», skriver forbundet i en pressemelding."))
        .containsExactly("attributed|forbundet|skriver|Dette er en trist dag for norsk idrett");
    assertThat(described("– Vi tar dette på største alvor, skriver kommunen på Facebook."))
        .containsExactly("attributed|kommunen|skriver|Vi tar dette på største alvor");
  }

  @Test
  void shouldNotTakeSiFraOmANounForAClaim() {
    assertThat(described("Det er viktig at foreldre sier fra om mobbing.")).isEmpty();
    assertThat(described("Naboene sa fra om at bilen hadde stått der i flere uker."))
        .containsExactly("attributed|Naboene|sa fra|bilen hadde stått der i flere uker");
  }

  @Test
  void shouldFlagANamedActorsCompletedDeedAsCheckableWithoutANumber() {
    assertThat(described("Partileder Erna Solberg har trukket seg fra stortingsvalget.\n\nHun er glad i fjellet."))
        .containsExactly("factual|||Partileder Erna Solberg har trukket seg fra stortingsvalget");
    assertThat(described("Kari Nordmann ble pågrepet av politiet på Gardermoen.\n\nKari Nordmann liker å gå på ski."))
        .containsExactly("factual|||Kari Nordmann ble pågrepet av politiet på Gardermoen");
  }

  @Test
  void shouldHearADialogueTurnFromTheSpeakerTheNextTurnNames() {
    List<Claim> found = claims("Brannsjef Per Olsen var på stedet.\n\n"
        + "– Vi har aldri sett noe lignende.\n\n"
        + "– Brannen spredte seg på under ti minutter, sier politiinspektør Kari Holm.", "nb");
    Claim turn = found.stream().filter(c -> c.paragraph() == 2).findFirst().orElseThrow();
    assertThat(turn.resolvedSource()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("Kari Holm"));

    List<Claim> apart = claims("Brannsjef Per Olsen var på stedet.\n\n"
        + "– Vi har aldri sett noe lignende.\n\n"
        + "Politiinspektør Kari Holm sier at brannen spredte seg på under ti minutter.", "nb");
    Claim alone = apart.stream().filter(c -> c.paragraph() == 2).findFirst().orElseThrow();
    assertThat(alone.resolvedSource()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("Per Olsen"));
  }

  @Test
  void shouldHearADialogueTurnWithoutAttributionFromTheLastSpeaker() {
    List<Claim> found = claims("– Vi har aldri sett noe lignende, sier brannsjef Per Olsen til NRK.\n\n"
        + "– Brannen spredte seg på under ti minutter. Vi tror det var påsatt.\n\n"
        + "Politiet etterforsker saken.", "nb");

    assertThat(found).extracting(ClaimConstructionsTest::describe).contains(
        "attributed|brannsjef Per Olsen|sier|Vi har aldri sett noe lignende",
        "attributed||–|Brannen spredte seg på under ti minutter. Vi tror det var påsatt");
    Claim turn = found.stream().filter(c -> c.paragraph() == 2 && c.kind() == ClaimKind.ATTRIBUTED).findFirst()
        .orElseThrow();
    assertThat(turn.resolvedSource()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("Per Olsen"));
    assertThat(turn.hedged()).isTrue();
  }

  @Test
  void shouldNotTakeADialogueTurnAttributedInItsOwnParagraphTwice() {
    assertThat(described("– Vi gir oss ikke. Dette skal vi vinne, sier kaptein Ida Berg.\n\n– Ja."))
        .containsExactly("attributed|kaptein Ida Berg|sier|Vi gir oss ikke. Dette skal vi vinne");
  }

  @Test
  void shouldSkipATimeAdverbialBeforeTheAtClauseOrBeforeAnInvertedCue() {
    assertThat(described("Avisen skrev forrige uke at rådmannen vurderer å slutte."))
        .containsExactly("attributed|Avisen|skrev|rådmannen vurderer å slutte");
    assertThat(described("Denne uken uttalte han at partiet vil stemme mot budsjettet."))
        .containsExactly("attributed|han|uttalte|partiet vil stemme mot budsjettet");
  }

  @Test
  void shouldInvertAfterAFrontedPrepositionWhenAPronounFollowsTheCue() {
    assertThat(described("Før valget fastslo hun like bestemt at skatten ikke skulle økes."))
        .containsExactly("attributed|hun|fastslo|skatten ikke skulle økes");
    assertThat(described("Om statsbudsjettet sa han at det var for stramt."))
        .containsExactly("attributed|han|sa|det var for stramt");
  }

  @Test
  void shouldReadAnImpersonalPassiveAfterItsContentAsHearsay() {
    assertThat(described("Hundrevis av hus ble oversvømt i natt, ble det rapportert."))
        .containsExactly("reported||ble det rapportert|Hundrevis av hus ble oversvømt i natt");
    assertThat(described("To personer er fraktet til sykehus, opplyses det."))
        .containsExactly("reported||opplyses det|To personer er fraktet til sykehus");
  }

  @Test
  void shouldReadAnAppearanceWithoutASourceAsAHedgedReport() {
    assertThat(claims("Tiltaket ser ikke ut til å ha redusert køene.", "nb"))
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(ClaimKind.REPORTED))
        .satisfies(c -> assertThat(c.hedged()).isTrue());
    assertThat(described("En slik løsning kan det se ut som om regjeringen vil gå for."))
        .containsExactly("reported||kan det se ut som om|En slik løsning kan det se ut som om regjeringen vil gå for");
    assertThat(described("Valgdeltakelsen ser ikke ut til i det hele tatt å ha økt."))
        .containsExactly("reported||ser ikke ut til|Valgdeltakelsen ser ikke ut til i det hele tatt å ha økt");
  }

  @Test
  void shouldNotEndAContentAtTheDashOfACompoundsSecondHalf() {
    assertThat(described("Norske banker har 12 milliarder kroner i dårlige lån og -investeringer, ifølge Finanstilsynet."))
        .containsExactly("attributed|Finanstilsynet|ifølge|Norske banker har 12 milliarder kroner i dårlige lån og "
            + "-investeringer");
    assertThat(described("Eksporten av laks og -filet falt kraftig i fjor, ifølge SSB."))
        .containsExactly("attributed|SSB|ifølge|Eksporten av laks og -filet falt kraftig i fjor");
  }

  @Test
  void shouldTakeWhatComesBeforeAResumptiveDetAsTheContent() {
    assertThat(described("Skolemat gir bedre læring, det viser flere undersøkelser."))
        .containsExactly("attributed|flere undersøkelser|viser|Skolemat gir bedre læring");
    assertThat(described("Renten skal opp før sommeren, det mener økonomene i DNB."))
        .containsExactly("attributed|økonomene i DNB|mener|Renten skal opp før sommeren");
  }

  @Test
  void shouldReadNoticesAndAgreementAsCues() {
    assertThat(described("Kommunen ga beskjed om at brua stenges i tre uker."))
        .containsExactly("attributed|Kommunen|ga beskjed|brua stenges i tre uker");
    assertThat(described("Rektor Kari Holm er enig med elevrådet i at skolegården må rustes opp."))
        .containsExactly("attributed|Rektor Kari Holm|er enig|skolegården må rustes opp");
    // "ga" alone reports nothing
    assertThat(described("Kommunen ga elevene fri i tre dager.")).isEmpty();
  }

  @Test
  void shouldFindTheSubjectBetweenAuxiliaryAndParticipleAfterAFrontedClause() {
    assertThat(described("Etter at avtalen ble signert, hadde fagforeningen håpet at lønnene ville stige."))
        .containsExactly("attributed|fagforeningen|håpet|lønnene ville stige");
    assertThat(described("Da fristen gikk ut, hadde styret allerede varslet at fabrikken legges ned."))
        .containsExactly("attributed|styret|varslet|fabrikken legges ned");
  }

  @Test
  void shouldKeepSubordinatorsAndCommentClauseWordsOutOfTheSource() {
    assertThat(described("Det står fast, som jeg sa, at vi må kutte i budsjettet."))
        .containsExactly("attributed|jeg|sa|vi må kutte i budsjettet");
    assertThat(described("Dette var før hun, mange år senere, innrømmet at hun hadde løyet."))
        .containsExactly("attributed|hun|innrømmet|hun hadde løyet");
    assertThat(described("Laget tapte kampen, samtidig som treneren mener at dommeren gjorde feil."))
        .containsExactly("attributed|treneren|mener|dommeren gjorde feil");
  }

  @Test
  void shouldGiveASecondCueAfterMenTheNamedSubjectOfTheFirstVerb() {
    assertThat(described("Styreleder Anne Berg ser ingen grunn til å gå av, men mener at selskapet må spare."))
        .containsExactly("attributed|Styreleder Anne Berg|mener|selskapet må spare");
    assertThat(described("Ordfører Per Lund går ikke av, men sier at han tar ansvaret."))
        .containsExactly("attributed|Ordfører Per Lund|sier|han tar ansvaret");
  }

  @Test
  void shouldReadHopesAndImpressionsAsHedgedBeliefs() {
    assertThat(claims("Foreldrene håper det blir en løsning før jul.", "nb"))
        .singleElement()
        .satisfies(c -> assertThat(describe(c)).isEqualTo("attributed|Foreldrene|håper|det blir en løsning før jul"))
        .satisfies(c -> assertThat(c.hedged()).isTrue());
    assertThat(described("Mange lærere synes at prøvene kommer for tidlig."))
        .containsExactly("attributed|Mange lærere|synes|prøvene kommer for tidlig");
  }

  @Test
  void shouldFlagANamedActorsDeedInTheSimplePastAsCheckWorthy() {
    assertThat(described("Statoil solgte aksjene i selskapet."))
        .containsExactly("factual|||Statoil solgte aksjene i selskapet");
    assertThat(described("Dermed fikk Høyre den ene stemmen partiet trengte."))
        .containsExactly("factual|||Dermed fikk Høyre den ene stemmen partiet trengte");
    assertThat(described("Styrets leder, Kari Holm, delte prisen i to."))
        .containsExactly("factual|||Styrets leder, Kari Holm, delte prisen i to");
    // states, habits and plans of the same actors are not deeds
    assertThat(described("Statoil liker å tenke langsiktig.\n\nKari Holm var glad for støtten.\n\n"
        + "Høyre vil selge aksjene neste år.")).isEmpty();
  }

  @Test
  void shouldCountACountInDigitsAsAnAmount() {
    assertThat(described("Nesten 4200 husholdninger i Bergen mistet strømmen."))
        .containsExactly("factual|||Nesten 4200 husholdninger i Bergen mistet strømmen");
    // without the count and without a name nothing in it can be looked up
    assertThat(described("Nesten alle husholdninger mistet strømmen i natt.")).isEmpty();
  }

  @Test
  void shouldTakeAnEnglishSourceBetweenTheQuotationAndItsCue() {
    assertThat(described("\"We will not give up,\" the minister told reporters.", "en"))
        .containsExactly("attributed|the minister|told|We will not give up");
    assertThat(described("\"The talks have failed,\" she said on Monday.", "en"))
        .containsExactly("attributed|she|said|The talks have failed");
  }

  @Test
  void shouldReadEnglishHearsayAndAppearancesWithoutASource() {
    assertThat(described("The leader is reported to have been killed in an air strike.", "en"))
        .containsExactly("reported||is reported to|The leader is reported to have been killed in an air strike");
    assertThat(described("Hundreds of homes were flooded overnight, it was reported.", "en"))
        .containsExactly("reported||it was reported|Hundreds of homes were flooded overnight");
    assertThat(described("The new rules do not appear to have reduced waiting times.", "en")).hasSize(1);
  }

  @Test
  void shouldSkipAnEnglishTimeAdverbialBeforeThat() {
    assertThat(described("The newspaper wrote last week that the mayor is considering resigning.", "en"))
        .containsExactly("attributed|The newspaper|wrote|the mayor is considering resigning");
    assertThat(described("The union said this week that the strike will continue.", "en"))
        .containsExactly("attributed|The union|said|the strike will continue");
  }

  @Test
  void shouldReadIHenholdTilInsideAClauseAsInLineWithARule() {
    assertThat(described("Tilsynet har behandlet saken i henhold til reglene for offentlige anskaffelser.")).isEmpty();
    assertThat(described("Tre personer ble pågrepet, i henhold til politiet."))
        .containsExactly("attributed|politiet|i henhold til|Tre personer ble pågrepet");
  }

  @Test
  void shouldTreatWhatSomeoneSaidAsTalkedAboutUnlessAnAtClauseFollows() {
    assertThat(described("Vi vil følge opp det statsministeren sa i talen sin på landsmøtet.")).isEmpty();
    assertThat(described("Han holder fast ved det rådmannen sa, at budsjettet holder."))
        .containsExactly("attributed|rådmannen|sa|budsjettet holder");
  }

  @Test
  void shouldEndAContentWhereTheMainClauseAfterAFrontedClauseBegins() {
    assertThat(described("Hvis vi gjør det rådmannen foreslår, at skolen legges ned, vil det spare kommunen for penger."))
        .containsExactly("attributed|rådmannen|foreslår|skolen legges ned");
    assertThat(described("Siden også rådmannen mener at planen holder, kan man starte byggingen i mai."))
        .containsExactly("attributed|rådmannen|mener|planen holder");
  }

  @Test
  void shouldReadACueFormAfterAPossessiveAsAnAdjective() {
    assertThat(described("Hun trodde at hennes svarte venner ville forstå valget."))
        .containsExactly("attributed|Hun|trodde|hennes svarte venner ville forstå valget");
    assertThat(described("Han besøkte sine svarte naboer i Brooklyn, som ønsket ham velkommen.")).isEmpty();
  }

  @Test
  void shouldTakeThePassivesAgentAsTheSourceOfANaming() {
    assertThat(described("Allerede i 1970 ble hun av Dagbladet omtalt som «Norges Coco Chanel»."))
        .containsExactly("attributed|Dagbladet|omtalt|Norges Coco Chanel");
    assertThat(described("Planen ble kalt et svik mot distriktene av opposisjonen."))
        .containsExactly("attributed|opposisjonen|kalt|et svik mot distriktene");
    // without an agent, or without a predicate, nobody is reported
    assertThat(described("Han ble beskrevet som en stille mann.\n\nForslaget ble kritisert av flere partier.")).isEmpty();
  }

  @Test
  void shouldSkipSelfBetweenTheCueAndItsAt() {
    assertThat(described("Hun sa selv at hun ikke ville ta ansvaret."))
        .containsExactly("attributed|Hun|sa|hun ikke ville ta ansvaret");
    assertThat(described("Statsministeren skriver selv at valget var en tabbe."))
        .containsExactly("attributed|Statsministeren|skriver|valget var en tabbe");
  }

  @Test
  void shouldNotLetAModalInAnInfinitiveOfPurposeHedgeAStatement() {
    assertThat(described("Dermed fikk Høyre den ene stemmen partiet trengte for å kunne vedta budsjettet."))
        .containsExactly("factual|||Dermed fikk Høyre den ene stemmen partiet trengte for å kunne vedta budsjettet");
    assertThat(described("Dermed kan Høyre ha fått den ene stemmen partiet trengte.")).isEmpty();
  }

  @Test
  void shouldNotReadSomKjentAsASubordinateClause() {
    assertThat(described("Som kjent gjelder ordningen rundt 80 prosent av innbyggerne i Norge."))
        .containsExactly("factual|||Som kjent gjelder ordningen rundt 80 prosent av innbyggerne i Norge");
    assertThat(described("Som 80 prosent av innbyggerne i Norge vet, gjelder ordningen alle.")).isEmpty();
  }

  @Test
  void shouldTakeAStateActingAsANamedActor() {
    assertThat(described("Russland innførte nye sanksjoner mot Ukraina."))
        .containsExactly("factual|||Russland innførte nye sanksjoner mot Ukraina");
    assertThat(described("Tyskland vant kampen mot Frankrike."))
        .containsExactly("factual|||Tyskland vant kampen mot Frankrike");
    assertThat(described("Norge er et vakkert land.")).isEmpty();
  }

  @Test
  void shouldResolveIAfterASpeakerLabelToThatSpeaker() {
    List<Claim> found = claims("Vil regjeringen øke bevilgningene til skolen? Statsråd Kari Holm:\n\n"
        + "Jeg er enig med representanten i at skolen trenger mer penger.\n\n"
        + "Jeg kan også bekrefte at forslaget kommer til våren.", "nb");
    assertThat(found).extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("Kari Holm", "Kari Holm");
    assertThat(claims("Jeg kan bekrefte at forslaget kommer til våren.", "nb"))
        .extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("");
  }

  @Test
  void shouldReadANegationAfterAnInvertedPronounAsNothingSaid() {
    assertThat(described("Det sier jeg ikke.")).isEmpty();
    assertThat(described("Nå sa han aldri at skatten skulle opp.")).isEmpty();
    assertThat(described("Nå sa han at skatten skulle opp."))
        .containsExactly("attributed|han|sa|skatten skulle opp");
  }

  @Test
  void shouldReadSynesBeforeAnInfinitiveAsAnAppearance() {
    assertThat(claims("Reglene synes å gjelde for all fangst i området.", "nb"))
        .extracting(c -> c.kind()).containsExactly(ClaimKind.REPORTED);
    assertThat(described("Mange lærere synes prøvene kommer for tidlig."))
        .containsExactly("attributed|Mange lærere|synes|prøvene kommer for tidlig");
  }

  @Test
  void shouldNotTakeAWishToDoSomethingForAClaim() {
    assertThat(described("Partiet håper i det lengste å vinne valget.")).isEmpty();
    assertThat(described("Partiet håper velgerne kommer tilbake."))
        .containsExactly("attributed|Partiet|håper|velgerne kommer tilbake");
  }

  @Test
  void shouldFindNoContentInACommentClauseWithoutAt() {
    assertThat(described("Forslaget, som Jensen sa til avisen, er godt nytt for bøndene.")).isEmpty();
    assertThat(described("Som innbygger i bygda synes jeg det er frustrerende å lese om saken."))
        .containsExactly("attributed|jeg|synes|det er frustrerende å lese om saken");
  }

  @Test
  void shouldTakeTheAntecedentOfARelativeWhoseVerbIsTheCue() {
    assertThat(described("Boligbyggelaget avviste kravet fra naboen som mente at tomten var for liten."))
        .containsExactly("attributed|naboen|mente|tomten var for liten");
    assertThat(described("Forslaget får støtte fra lærerne som sier at klassene er for store."))
        .containsExactly("attributed|lærerne|sier|klassene er for store");
    assertThat(described("Er det virkelig noen som tror at skatten går ned?")).isEmpty();
  }

  @Test
  void shouldGiveASecondVerbAfterAnAtClauseTheFirstSubject() {
    assertThat(described("Rektor innrømmer at skolen har hatt problemer, men understreker at elevene trives."))
        .containsExactly("attributed|Rektor|innrømmer|skolen har hatt problemer",
            "attributed|Rektor|understreker|elevene trives");
    assertThat(described("Hun har ikke noe imot at naboene klager, men mener at de tar feil om støyen."))
        .containsExactly("attributed|Hun|mener|de tar feil om støyen");
    assertThat(described("Fylkets skolesjef er lei av at staten bestemmer alt, og mener kommunene må få mer makt."))
        .containsExactly("attributed|Fylkets skolesjef|mener|kommunene må få mer makt");
  }

  @Test
  void shouldReadDaBeforeTheVerbAsThen() {
    assertThat(described("Da trodde legene at hun hadde fått hjernehinnebetennelse."))
        .containsExactly("attributed|legene|trodde|hun hadde fått hjernehinnebetennelse");
    assertThat(described("Da sa han at kampen var tapt."))
        .containsExactly("attributed|han|sa|kampen var tapt");
  }

  @Test
  void shouldReadAFrontedPrepositionWithDetBeforeANamedSource() {
    assertThat(described("Om dette sier Statistisk sentralbyrå at ledigheten er på vei ned."))
        .containsExactly("attributed|Statistisk sentralbyrå|sier|ledigheten er på vei ned");
    assertThat(described("Om det sier Finanstilsynet at bankene må holde mer kapital."))
        .containsExactly("attributed|Finanstilsynet|sier|bankene må holde mer kapital");
  }

  @Test
  void shouldResolveDeToAPluralNounThatActedNotToAThingHandedOver() {
    assertThat(claims("Da bøndene protesterte mot kuttene, lovet statsråden et nytt møte. De mener at prisene "
        + "er for lave.", "nb"))
        .extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("bøndene");
    assertThat(claims("Familien ventet på svar fra legene. De mener at operasjonen gikk bra.", "nb"))
        .extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("legene");
    assertThat(claims("Kunden ville ikke betale butikken pengene. De mener at varen var ødelagt.", "nb"))
        .extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("");
  }

  @Test
  void shouldNotResolveDeToOnePerson() {
    assertThat(claims("Mannen sier at bilen ble stjålet i natt. De mener at politiet kom for sent.", "nb"))
        .extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("", "");
    assertThat(claims("Kari Hansen sier at bilen ble stjålet i natt. De mener at politiet kom for sent.", "nb"))
        .extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("Kari Hansen", "");
  }

  @Test
  void shouldTakeUpAGroupWithDeOnlyCloseBy() {
    String sources = "Fylkeslegen sier at smitten øker. Helsedirektoratet opplyser at vaksinene kommer i mai.\n\n";
    String between = "Køene var lange ved legevakten i helgen.\n\nMange ventet i flere timer.\n\n";
    assertThat(claims(sources + "De mener at rådene virker.", "nb"))
        .extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("", "Helsedirektoratet", "Helsedirektoratet");
    assertThat(claims(sources + between + "Sykehuset har ventet lenge. De mener at rådene virker.", "nb"))
        .extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("", "Helsedirektoratet", "");
  }

  @Test
  void shouldHearADialogueTurnFromThePersonTheNarrationTurnedTo() {
    List<Claim> found = claims("– Vi må bygge flere boliger, sier ordfører Kari Holm.\n\n"
        + "Eiendomsutvikler Per Dahl har kjøpt tomten ved kaia.\n\n"
        + "– Jeg har ventet på denne muligheten i ti år.", "nb");
    assertThat(found).filteredOn(c -> c.kind() == ClaimKind.ATTRIBUTED)
        .extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("Kari Holm", "Per Dahl");
    List<Claim> goesOn = claims("– Vi må bygge flere boliger, sier ordfører Kari Holm.\n\n"
        + "– Vi har ventet på denne muligheten i ti år.", "nb");
    assertThat(goesOn).extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("Kari Holm", "Kari Holm");
  }

  @Test
  void shouldNotTakeAConjunctionBeforeANounForASource() {
    assertThat(described("Men seier i finalen ble det ikke for laget fra Bergen.")).isEmpty();
    assertThat(described("Skolen er for alle, uansett tro og bakgrunn.")).isEmpty();
  }

  @Test
  void shouldReadATimeSpanBeforeAFrontedClause() {
    assertThat(described("To uker etter at hun hadde fortalt styret at hun ville gå av, sa hun til Dagbladet at hun "
        + "ble sittende."))
        .containsExactly("attributed|hun|hadde fortalt|hun ville gå av", "attributed|hun|sa|hun ble sittende");
    assertThat(described("Tre dager etter at statsråden hadde gått av, sa han til NRK at han angret."))
        .containsExactly("attributed|han|sa|han angret");
  }

  @Test
  void shouldKeepARepeatedPronounSubjectOnItsPersonPastTheNameItSpokeTo() {
    List<Claim> found = claims("Statsråd Ola Berg var presset i går. Etter at han hadde fortalt Jens Stoltenberg at han "
        + "ville gå av, sa han til NRK at han ble sittende.", "nb");
    assertThat(found).filteredOn(c -> c.kind() == ClaimKind.ATTRIBUTED)
        .extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("Ola Berg", "Ola Berg");
    List<Claim> other = claims("Ola Berg kom sent. – Vi går inn for det, sier han. – Det er et godt forslag, sier Per "
        + "Dahl. Det kommer fra regjeringen, påpeker han.", "nb");
    assertThat(other).filteredOn(c -> c.kind() == ClaimKind.ATTRIBUTED)
        .extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("Ola Berg", "Per Dahl", "Per Dahl");
  }

  @Test
  void shouldReadAFocusWordBeforeTheSubjectAsNoAdverbial() {
    assertThat(described("Til og med regjeringen innrømmer at målet ikke nås."))
        .containsExactly("attributed|regjeringen|innrømmer|målet ikke nås");
    assertThat(described("Ikke engang treneren tror at laget rykker opp."))
        .containsExactly("attributed|treneren|tror|laget rykker opp");
  }

  @Test
  void shouldReadKontreAfterAQuotationAsAReply() {
    assertThat(described("Det er ingen grunn til panikk, kontret finansministeren."))
        .containsExactly("attributed|finansministeren|kontret|Det er ingen grunn til panikk");
    assertThat(described("Laget kontret raskt og scoret.")).isEmpty();
  }

  @Test
  void shouldCarryADialogueTurnIntoTheNextParagraphUntilItsAttribution() {
    assertThat(described("Rådmann Eva Lie har lagt fram budsjettet.\n\n– Vi har ikke råd til flere lærere.\n\n"
        + "Det er ingen vei utenom. Skolene må slås sammen, sier Lie til avisen."))
        .filteredOn(c -> c.startsWith("attributed"))
        .containsExactly("attributed||–|Vi har ikke råd til flere lærere",
            "attributed|Lie|sier|Det er ingen vei utenom. Skolene må slås sammen");
    assertThat(described("Rådmann Eva Lie har lagt fram budsjettet.\n\n– Vi har ikke råd til flere lærere.\n\n"
        + "Hun ser ut over skolegården. Det blir tøft, sier Lie."))
        .filteredOn(c -> c.startsWith("attributed"))
        .containsExactly("attributed||–|Vi har ikke råd til flere lærere", "attributed|Lie|sier|Det blir tøft");
  }

  @Test
  void shouldTakeUpAnActingOrganisationWithDe() {
    assertThat(claims("LO krever høyere lønn for helsearbeidere. De mener at sykehusene mister folk.", "nb"))
        .extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("LO", "LO");
    assertThat(claims("Lederen ble intervjuet av LO i fjor. De mener at sykehusene mister folk.", "nb"))
        .filteredOn(c -> c.kind() == ClaimKind.ATTRIBUTED).extracting(c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly("");
  }

  @Test
  void shouldTakeAParagraphOpeningWithASpeakerLabelForThatSpeakersStatement() {
    assertThat(claims("Statsråd Kari Holm (Ap): Regjeringen vil øke bevilgningene til skolen neste år.", "nb"))
        .filteredOn(c -> c.kind() == ClaimKind.ATTRIBUTED)
        .extracting(ClaimConstructionsTest::describe, c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "attributed|Statsråd Kari Holm (Ap)|:|Regjeringen vil øke bevilgningene til skolen neste år", "Kari Holm"));
    assertThat(described("Per Dahl (H): Vil statsråden øke bevilgningene til skolen?")).isEmpty();
    assertThat(described("Oslo: Regjeringen vil øke bevilgningene til skolen.")).isEmpty();
    assertThat(described("Som sagt av Henrik Ibsen: Den sterkeste mann er den som står mest alene.")).isEmpty();
  }

  @Test
  void shouldTakeASpeakerLabelOpeningALaterSentenceForThatSpeakersStatement() {
    assertThat(claims("Ordet går til Kari Holm. Kari Holm (Sp): Vi støtter forslaget fordi det gir bygdene et løft.", "nb"))
        .filteredOn(c -> c.kind() == ClaimKind.ATTRIBUTED)
        .extracting(ClaimConstructionsTest::describe, c -> c.resolvedSource().map(r -> r.name()).orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "attributed|Kari Holm (Sp)|:|Vi støtter forslaget fordi det gir bygdene et løft", "Kari Holm"));
    assertThat(described("Presidenten: Da går vi videre. Per Olsen (V): Vi støtter forslaget fordi det hjelper bygdene."))
        .contains("attributed|Per Olsen (V)|:|Vi støtter forslaget fordi det hjelper bygdene");
    assertThat(described("Han kom hjem i går. Oslo: Byen er stor og full av folk."))
        .noneMatch(c -> c.startsWith("attributed"));
  }

  @Test
  void shouldHearADashTurnOpeningWithAFrontedClauseFromItsPostposedSpeaker() {
    assertThat(described("– Dersom vi vinner borte i morgen, så tror jeg vi rykker opp, fortsatte Hansen."))
        .containsExactly("attributed|Hansen|fortsatte|Dersom vi vinner borte i morgen, så tror jeg vi rykker opp");
    assertThat(described("– Hvis regnet holder seg unna, tror jeg publikum kommer, sa arrangøren."))
        .containsExactly("attributed|arrangøren|sa|Hvis regnet holder seg unna, tror jeg publikum kommer");
    assertThat(described("Da kampen var over, jublet spillerne.")).isEmpty();
  }

  @Test
  void shouldReadAPossibilityKeptOpenAsAHedgedBelief() {
    assertThat(claims("Politiet i Tromsø ser ikke bort fra at brannen i lagerhallen var påsatt.", "nb"))
        .extracting(ClaimConstructionsTest::describe, Claim::hedged)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "attributed|Politiet i Tromsø|ser ikke bort fra|brannen i lagerhallen var påsatt", true));
    assertThat(described("Lensmannen utelukker ikke at flere kan bli siktet i saken."))
        .containsExactly("attributed|Lensmannen|utelukker ikke|flere kan bli siktet i saken");
  }

  @Test
  void shouldReadAConjunctionAheadOfAFrontedClauseAsPartOfIt() {
    assertThat(described("Men til tross for at laget er i god form, mener treneren at sesongen blir tung."))
        .containsExactly("attributed|treneren|mener|sesongen blir tung");
    assertThat(described("Og da hun ble spurt om budsjettet, svarte ordføreren at skatten går opp."))
        .containsExactly("attributed|ordføreren|svarte|skatten går opp");
  }

  @Test
  void shouldTakeTheAtClauseAfterAnInvertedCueForTheClaimNotTheFrontedAdverbial() {
    assertThat(described("Uavhengig av hvem som får ansvaret, mener utvalget at de samme reglene bør gjelde."))
        .containsExactly("attributed|utvalget|mener|de samme reglene bør gjelde");
    assertThat(described("På spørsmålet om de vil flytte, svarte flertallet at de blir i bygda."))
        .containsExactly("attributed|flertallet|svarte|de blir i bygda");
    assertThat(described("«Vi vinner i morgen», sier han at han tror.")).containsExactly("attributed|han|sier|Vi vinner i morgen");
  }

  @Test
  void shouldFlagAPlainStatementAboutSomethingNamedAsCheckWorthy() {
    assertThat(described("Kvenene er en nasjonal minoritet i Norge."))
        .containsExactly("factual|||Kvenene er en nasjonal minoritet i Norge");
    assertThat(described("Bybrua i Trondheim står på listen over fredede bygg."))
        .containsExactly("factual|||Bybrua i Trondheim står på listen over fredede bygg");
    assertThat(described("Ferja til Hareid gikk med halv last hele vinteren."))
        .containsExactly("factual|||Ferja til Hareid gikk med halv last hele vinteren");
  }

  @Test
  void shouldLeavePlansOpinionsQuestionsAndQuotedWordsAboutSomethingNamedUnflagged() {
    assertThat(described("Vi bor i Tromsø og trives godt med mørketiden.")).isEmpty();
    assertThat(described("Kommunen i Bodø vil bygge en ny skole ved sjøen.")).isEmpty();
    assertThat(described("Kanskje er Bergen den vakreste byen på Vestlandet.")).isEmpty();
    assertThat(described("Er Stavanger virkelig landets oljehovedstad?")).isEmpty();
    assertThat(described("Det er uakseptabelt at Nav behandler søknadene så sent.")).isEmpty();
    assertThat(described("En lokalpolitiker sto fram i Avisa Nordland: «Ingen i Bodø vil ha flyplassen der.")).isEmpty();
  }

  @Test
  void shouldReadAConvictionOrAScepticismAsABeliefButAFearOfAThingAsNone() {
    assertThat(described("Rådmannen er overbevist om at skolen blir ferdig før jul."))
        .containsExactly("attributed|Rådmannen|er overbevist om|skolen blir ferdig før jul");
    assertThat(described("Fiskerne var redd for at kvotene skulle bli kuttet."))
        .containsExactly("attributed|Fiskerne|var redd for|kvotene skulle bli kuttet");
    assertThat(described("Flere bønder er skeptiske til den nye ulvesonen."))
        .containsExactly("attributed|Flere bønder|er skeptiske til|den nye ulvesonen");
    assertThat(described("Datteren er redd for hunder.")).isEmpty();
    assertThat(described("Sønnen er opptatt av fotball.")).isEmpty();
  }

  @Test
  void shouldReadAnImpersonalForecastAsReported() {
    assertThat(described("Lørdag ventes kraftig regn i Agder."))
        .containsExactly("reported||ventes|Lørdag ventes kraftig regn i Agder");
    assertThat(described("I Finnmark ligger det an til sterk kuling."))
        .containsExactly("reported||ligger det an til|I Finnmark ligger det an til sterk kuling");
    assertThat(described("Tre av passasjerene antas å ha kommet seg i land."))
        .containsExactly("reported||antas å|Tre av passasjerene antas å ha kommet seg i land");
  }

  @Test
  void shouldReadThoughtsAndMemoriesAfterWhatTheyReport() {
    assertThat(described("«Dette går aldri bra», tenkte hun."))
        .containsExactly("attributed|hun|tenkte|Dette går aldri bra");
    assertThat(described("Hele bygda kom på kaia den dagen, minnes han."))
        .containsExactly("attributed|han|minnes|Hele bygda kom på kaia den dagen");
    assertThat(described("Han tenker på sommeren.")).isEmpty();
  }

  @Test
  void shouldEndAnAtClauseWhereACoordinatedClauseReportsAClaimOfItsOwn() {
    assertThat(described("Treneren påsto at dommeren tok feil, men spilleren sier at straffen var riktig."))
        .containsExactly("attributed|Treneren|påsto|dommeren tok feil",
            "attributed|spilleren|sier|straffen var riktig");
    assertThat(described("Mor sier at festen var vellykket, og jeg synes maten var god."))
        .containsExactly("attributed|Mor|sier|festen var vellykket", "attributed|jeg|synes|maten var god");
    assertThat(described("Lederen sier at de ansatte er slitne, men at de holder ut."))
        .containsExactly("attributed|Lederen|sier|de ansatte er slitne, men at de holder ut");
  }

  @Test
  void shouldReadAClauseOnAfterAParenthesisBetweenDashes() {
    assertThat(described("Forskeren mener at isbreene - også de største i Nord-Norge - vil smelte innen 2100."))
        .containsExactly("attributed|Forskeren|mener|isbreene - også de største i Nord-Norge - vil smelte innen 2100");
    assertThat(described("Hun sa at prisene steg - noe ingen hadde ventet."))
        .containsExactly("attributed|Hun|sa|prisene steg");
  }

  @Test
  void shouldReadNewVerbsOfClaimingAndDemanding() {
    assertThat(described("Forskerne postulerer at universet er uendelig."))
        .containsExactly("attributed|Forskerne|postulerer|universet er uendelig");
    assertThat(described("Opposisjonen forlangte at ministeren gikk av."))
        .containsExactly("attributed|Opposisjonen|forlangte|ministeren gikk av");
    assertThat(described("Hun syns det er fint at butikken åpner igjen."))
        .containsExactly("attributed|Hun|syns|det er fint at butikken åpner igjen");
  }

  @Test
  void shouldTakeTheSubjectBetweenAVerbAndItsParticleAsTheSource() {
    assertThat(described("«Vi har ikke råd til flere forsinkelser», slår direktøren fast."))
        .containsExactly("attributed|direktøren|slår|Vi har ikke råd til flere forsinkelser");
    assertThat(described("Selv om kontrakten er signert, tviler naboene på at brua blir bygd."))
        .containsExactly("attributed|naboene|tviler|brua blir bygd");
    assertThat(described("– Vi kommer tilbake neste år, la hun til."))
        .containsExactly("attributed|hun|la|Vi kommer tilbake neste år");
    assertThat(described("Så la han boka til side.")).isEmpty();
  }

  @Test
  void shouldKeepTheAuxiliaryOfACueAfterAnInsertedClause() {
    assertThat(described("Ordføreren, som har sittet i tolv år, har sagt at hun ikke stiller til gjenvalg."))
        .containsExactly("attributed|Ordføreren|har sagt|hun ikke stiller til gjenvalg");
    assertThat(described("Selskapet, som eier tre hoteller i byen, hadde opplyst at ingen ansatte mister jobben."))
        .containsExactly("attributed|Selskapet|hadde opplyst|ingen ansatte mister jobben");
  }

  @Test
  void shouldTakeTheAntecedentBeforeACommaAsTheSourceOfARelativeCue() {
    assertThat(described("Avisen har snakket med to sykepleiere, som sier at vaktene er for lange."))
        .containsExactly("attributed|to sykepleiere|sier|vaktene er for lange");
    assertThat(described("Saken ble tatt opp av Naturvernforbundet, som mener at utslippet er ulovlig."))
        .containsExactly("attributed|Naturvernforbundet|mener|utslippet er ulovlig");
  }

  @Test
  void shouldReadAQuotedAnswerThatGoesOnAsAStatement() {
    assertThat(described("«Nei, vi selger ikke gården», svarte bonden."))
        .containsExactly("attributed|bonden|svarte|Nei, vi selger ikke gården");
    assertThat(described("\"Ja, det var meg,\" sa gutten."))
        .containsExactly("attributed|gutten|sa|Ja, det var meg");
    assertThat(described("Statsråden svarte nei.")).isEmpty();
  }

  @Test
  void shouldReadAMessageFromSomeoneAboutWhatIsTheCaseAsTheirClaim() {
    assertThat(described("Skolen fikk torsdag beskjed fra Mattilsynet om at kantinen må stenge."))
        .containsExactly("attributed|Mattilsynet|beskjed fra|kantinen må stenge");
    assertThat(described("Redaksjonen mottok en melding fra politiet om at veien var sperret."))
        .containsExactly("attributed|politiet|melding fra|veien var sperret");
    assertThat(described("Hun fikk melding fra banken om lånet.")).isEmpty();
  }

  @Test
  void shouldHearAQuestionFromTheAskerNamedAfterIt() {
    assertThat(described("Hvorfor får ikke kommunen bygge skolen nå? spør rektor Nina Dahl."))
        .containsExactly("attributed|rektor Nina Dahl|spør|Hvorfor får ikke kommunen bygge skolen nå");
    assertThat(described("– Hvem skal betale for den nye brua? spurte ordføreren."))
        .containsExactly("attributed|ordføreren|spurte|Hvem skal betale for den nye brua");
    assertThat(described("Spør du meg, er det for sent.")).isEmpty();
  }

  @Test
  void shouldTakeWhomACueUrgesAndWhatItUrgesAsTheClaim() {
    assertThat(described("Fylkeslegen oppfordrer alle over 65 år til å ta vaksinen før jul."))
        .containsExactly("attributed|Fylkeslegen|oppfordrer|alle over 65 år til å ta vaksinen før jul");
    assertThat(described("Politiet oppfordret til å holde seg unna sentrum, og stengte flere gater."))
        .containsExactly("attributed|Politiet|oppfordret|til å holde seg unna sentrum");
    assertThat(described("Hun ble oppfordret til å stille til valg.")).isEmpty();
  }

  @Test
  void shouldEndABeliefBeforeAnAppearanceOfItsOwnAfterMen() {
    assertThat(described("Arbeiderpartiet håpet fylket kunne vippe, men foreløpig ser det ut som om Høyre "
        + "beholder makten."))
        .containsExactly("attributed|Arbeiderpartiet|håpet|fylket kunne vippe",
            "reported||ser det ut som om|foreløpig ser det ut som om Høyre beholder makten");
  }

  @Test
  void shouldEndAnAccusationsObjectBeforeASecondVerbOfTheAccuser() {
    assertThat(described("Opposisjonen beskylder ministeren for løftebrudd, og vil ha ham avsatt."))
        .containsExactly("attributed|Opposisjonen|beskylder|ministeren for løftebrudd");
    assertThat(described("Naboene kaller planen for en skandale, men har ikke klaget."))
        .containsExactly("attributed|Naboene|kaller|planen for en skandale");
  }

  @Test
  void shouldTakeTheMainSubjectAsSourceOfAnInfinitiveThatReports() {
    assertThat(described("Rådmannen er ærlig nok til å innrømme at budsjettet ikke holder."))
        .containsExactly("attributed|Rådmannen|innrømme|budsjettet ikke holder");
    assertThat(described("Foreldrene møtte opp på skolen for å fortelle at bussen kommer for sent hver dag."))
        .containsExactly("attributed|Foreldrene|fortelle|bussen kommer for sent hver dag");
    assertThat(described("Statsråden er ikke klar til å innrømme at reformen har feilet.")).isEmpty();
    assertThat(described("Han fikk beskjed om å si at alt var i orden.")).isEmpty();
    assertThat(described("Det er grunn til å tro at isen er for tynn.")).isEmpty();
  }

  @Test
  void shouldSkipAModalParticleBetweenTheCueAndItsAt() {
    assertThat(described("Vi vet jo begge at bussen er forsinket hver morgen."))
        .containsExactly("attributed|Vi|vet|bussen er forsinket hver morgen");
    assertThat(described("Begge partiene mener nok at skatten må opp."))
        .containsExactly("attributed|Begge partiene|mener|skatten må opp");
    assertThat(described("De to trenerne sier begge at kampen var jevn."))
        .containsExactly("attributed|De to trenerne|sier|kampen var jevn");
  }

  @Test
  void shouldTakeTheQuotationAfterWhereItWasSaidAndAColon() {
    assertThat(described("Ordføreren sier i et intervju med Bergens Tidende: «Vi har ikke råd til en ny bro.»"))
        .containsExactly("attributed|Ordføreren|sier|Vi har ikke råd til en ny bro");
    assertThat(described("Statsråden svarte i Stortinget: «Saken er ikke avgjort ennå.»"))
        .containsExactly("attributed|Statsråden|svarte|Saken er ikke avgjort ennå");
  }

  @Test
  void shouldEndAClaimBeforeTheWritersOwnMenOutsideAQuotation() {
    assertThat(described("Naboene hevder at brannen startet i garasjen, men politiet har ikke funnet spor etter "
        + "det."))
        .containsExactly("attributed|Naboene|hevder|brannen startet i garasjen");
    // inside a quotation the speaker goes on past "men"
    assertThat(described("Treneren sa: «Vi spilte godt, men vi var ikke effektive nok.»"))
        .containsExactly("attributed|Treneren|sa|Vi spilte godt, men vi var ikke effektive nok");
    // a claim from the sentence's start keeps its "men" up to the source at its end
    assertThat(described("Bussen blir dyrere, men toget blir billigere, ifølge Ruter."))
        .containsExactly("attributed|Ruter|ifølge|Bussen blir dyrere, men toget blir billigere");
  }

  @Test
  void shouldGiveTheMainClauseItsOwnCueAfterAFrontedClauseWithACue() {
    assertThat(described("Selv om statsråden sier at skolene har nok lærere, mener jeg at klassene er for store."))
        .containsExactly("attributed|statsråden|sier|skolene har nok lærere",
            "attributed|jeg|mener|klassene er for store");
    assertThat(described("Sjøl om jeg er enig i at prisene stiger, og at lønningene henger etter, tror jeg at "
        + "avtalen holder."))
        .containsExactly("attributed|jeg|er enig|prisene stiger, og at lønningene henger etter",
            "attributed|jeg|tror|avtalen holder");
  }

  @Test
  void shouldSkipAClauseSetOffBetweenTheCueAndItsAt() {
    assertThat(described("Når ordføreren først har sagt, slik han gjorde på kommunestyremøtet, at bommen skal "
        + "fjernes, må han stå ved det."))
        .containsExactly("attributed|ordføreren|har sagt|bommen skal fjernes");
    assertThat(described("Rådmannen sa, som han pleier, at økonomien er stram."))
        .containsExactly("attributed|Rådmannen|sa|økonomien er stram");
  }

  @Test
  void shouldTakeTheAntecedentOfARelativeCueAsItsSource() {
    assertThat(described("I Ap er det lett å finne folk som mener det vil være uansvarlig å bygge ut."))
        .containsExactly("attributed|folk|mener|det vil være uansvarlig å bygge ut");
    assertThat(described("Eksperter som tror at renten stiger, advarer mot lån."))
        .containsExactly("attributed|Eksperter|tror|renten stiger");
  }

  @Test
  void shouldTakeTheSubjectBetweenAnInvertedModalAndTheCuesInfinitive() {
    assertThat(described("Nå kan vi fortelle at kongen kommer til Bodø i mai."))
        .containsExactly("attributed|vi|fortelle|kongen kommer til Bodø i mai");
    assertThat(described("For dem som ikke har fulgt saken, kan vi fortelle at dommen ble anket i går."))
        .containsExactly("attributed|vi|fortelle|dommen ble anket i går");
    assertThat(described("I talen vil hun understreke at Norge står fast på klimamålene."))
        .containsExactly("attributed|hun|understreke|Norge står fast på klimamålene");
    assertThat(described("Kan vi si at krisen er over?")).isEmpty();
    assertThat(described("Da kan vi ikke si at prosjektet har lyktes.")).isEmpty();
  }

  @Test
  void shouldReadAFindingAfterAFrontedSpanOfTime() {
    assertThat(described("Tre uker før valget viser meningsmålingene at Høyre går tilbake."))
        .containsExactly("attributed|meningsmålingene|viser|Høyre går tilbake");
    assertThat(described("To dager etter brannen viste tallene at over hundre hytter var skadet."))
        .containsExactly("attributed|tallene|viste|over hundre hytter var skadet");
  }

  @Test
  void shouldReadVerbsOfKnowingWithAtAndWhClauses() {
    assertThat(described("Folk skjønner at det ikke finnes penger til alt."))
        .containsExactly("attributed|Folk|skjønner|det ikke finnes penger til alt");
    assertThat(described("Nå har til og med ledelsen innsett hvilket problem de står overfor."))
        .containsExactly("attributed|ledelsen|innsett|hvilket problem de står overfor");
    assertThat(described("Velgerne forstår ikke hvorfor skatten øker.")).isEmpty();
    // the wh-clause follows its verb; before a comma the words are the subject, not a quotation
    assertThat(described("De fleste som kjente ham i årene på Stortinget, eller senere, skjønner hvorfor det gikk "
        + "slik.")).isEmpty();
    assertThat(described("Skjønt han var syk, spilte han kampen.")).isEmpty();
  }

  @Test
  void shouldKeepTheNegationOfABeliefInItsBareClause() {
    assertThat(described("Foreldrene synes ikke det er rart at folk reagerer."))
        .containsExactly("attributed|Foreldrene|synes|ikke det er rart at folk reagerer");
    assertThat(described("Hun tror ikke det blir noen streik i år."))
        .containsExactly("attributed|Hun|tror|ikke det blir noen streik i år");
  }

  @Test
  void shouldTakeWhomAVerbOfPerceptionHeardTellingAsTheSource() {
    assertThat(described("Vi hørte ham fortelle at brua var stengt."))
        .containsExactly("attributed|ham|fortelle|brua var stengt");
    assertThat(described("Det var trist å høre hjelpearbeiderne i leiren fortelle at maten var slutt."))
        .containsExactly("attributed|hjelpearbeiderne i leiren|fortelle|maten var slutt");
    assertThat(described("Naboene så henne innrømme at hun hadde kjørt for fort."))
        .containsExactly("attributed|henne|innrømme|hun hadde kjørt for fort");
  }

  @Test
  void shouldReadWhatSomeoneDemandsAsTheClaimButNotWhatAThingRequires() {
    assertThat(described("Sykepleierne krever 4000 kroner mer i året."))
        .containsExactly("attributed|Sykepleierne|krever|4000 kroner mer i året");
    assertThat(described("I forhandlingene krevde Fagforbundet et tillegg på 3 prosent."))
        .containsExactly("attributed|Fagforbundet|krevde|et tillegg på 3 prosent");
    assertThat(described("Per årsverk krever de et tillegg på 18 000 kroner."))
        .containsExactly("attributed|de|krever|et tillegg på 18 000 kroner");
    assertThat(described("Hvert år krever vi mer penger til vedlikehold."))
        .containsExactly("attributed|vi|krever|mer penger til vedlikehold");
    assertThat(described("85 prosent av kommunene krever store endringer i ordningen."))
        .containsExactly("attributed|85 prosent av kommunene|krever|store endringer i ordningen");
    assertThat(described("Jobben krever mye tid.")).isEmpty();
    assertThat(described("Oppgaven krever innsats og tålmodighet.")).isEmpty();
    assertThat(described("Det krever mye.")).isEmpty();
    // what a demand verb takes is no demand
    assertThat(described("Allerede første dag krevde løpet nok et liv.")).isEmpty();
  }

  @Test
  void shouldReadWhatIsWarnedOfOrReportedAsTheClaimAfterItsPreposition() {
    assertThat(described("Meteorologisk institutt varsler om kraftig vind langs kysten."))
        .containsExactly("attributed|Meteorologisk institutt|varsler|kraftig vind langs kysten");
    assertThat(described("Tollvesenet advarte tirsdag om falske nettbutikker."))
        .containsExactly("attributed|Tollvesenet|advarte|falske nettbutikker");
    assertThat(described("Flere skoler melder om mangel på vikarer, og foreldrene varsler om lange køer."))
        .containsExactly("attributed|Flere skoler|melder|mangel på vikarer",
            "attributed|foreldrene|varsler|lange køer");
    assertThat(described("Studentene advarer om en boligkrise, med en mangel på 5000 hybler."))
        .containsExactly("attributed|Studentene|advarer|en boligkrise, med en mangel på 5000 hybler");
    // a passive: who was told, not who warned
    assertThat(described("Rektor ble varslet om hendelsen i går.")).isEmpty();
    assertThat(described("Foreldrene er varslet om endringen i skoleruta.")).isEmpty();
  }

  @Test
  void shouldReadWhatIsPointedToOrCondemnedAsTheClaim() {
    assertThat(described("Ordføreren peker på biblioteket som byens viktigste møteplass, og vil utvide åpningstidene."))
        .containsExactly("attributed|Ordføreren|peker på|biblioteket som byens viktigste møteplass");
    assertThat(described("Rapporten peker på tre svakheter: lite personell, gamle systemer og uklare roller."))
        .containsExactly("attributed|Rapporten|peker på|tre svakheter: lite personell, gamle systemer og uklare roller");
    assertThat(described("Styret peker på at salget har falt."))
        .containsExactly("attributed|Styret|peker på|salget har falt");
    assertThat(described("Regjeringen fordømmer angrepet på sykehuset i Gaza."))
        .containsExactly("attributed|Regjeringen|fordømmer|angrepet på sykehuset i Gaza");
    // a relative clause after a name tells who the person is, not what is condemned
    assertThat(described("Nato fordømmer pågripelsen av opposisjonsleder Ivan Petrov, som ble hentet av politiet i natt."))
        .containsExactly("attributed|Nato|fordømmer|pågripelsen av opposisjonsleder Ivan Petrov");
    // a colon before a sentence of its own ends the object
    assertThat(described("I brevet advarer hun mot nedleggelse av nærpolitiet: Det vil ramme bygdene."))
        .contains("attributed|hun|advarer|nedleggelse av nærpolitiet");
  }

  @Test
  void shouldReadAProsecutorsClaimAndAnExpectationOfANoun() {
    assertThat(described("Aktor la ned påstand om to års fengsel for drapsforsøket."))
        .containsExactly("attributed|Aktor|la ned påstand om|to års fengsel for drapsforsøket");
    assertThat(described("Forsvareren la ned påstand om full frifinnelse."))
        .containsExactly("attributed|Forsvareren|la ned påstand om|full frifinnelse");
    assertThat(claims("Finansdepartementet forventer 12 milliarder kroner i ekstra skatteinntekter.", "nb"))
        .extracting(c -> describe(c) + (c.hedged() ? " (hedged)" : ""))
        .containsExactly("attributed|Finansdepartementet|forventer|12 milliarder kroner i ekstra skatteinntekter (hedged)");
    assertThat(described("Kommunen, som eier halve selskapet, forventer 40 millioner kroner i utbytte neste år."))
        .containsExactly("attributed|Kommunen|forventer|40 millioner kroner i utbytte neste år");
    assertThat(described("Bergen, som eier en tredel av Eviny AS, tidligere BKK, regner med å ta ut 200 millioner kroner."))
        .containsExactly("attributed|Bergen|regner med|å ta ut 200 millioner kroner");
    assertThat(described("Planen forventer en økning i trafikken.")).isEmpty();
  }

  @Test
  void shouldReadARequestWithWhomAndWhat() {
    assertThat(described("Politiet ber alle som har sett bilen, om å ta kontakt."))
        .containsExactly("attributed|Politiet|ber|alle som har sett bilen, om å ta kontakt");
    assertThat(described("Vannverket er tomt og Kommunen ber innbyggerne om å spare på vannet."))
        .containsExactly("attributed|Kommunen|ber|innbyggerne om å spare på vannet");
    assertThat(described("Presten ber for de syke.")).isEmpty();
    assertThat(described("Hun ba meg komme tilbake.")).isEmpty();
  }

  @Test
  void shouldNotTakeAPersonPointingToSomethingForAFinding() {
    assertThat(described("Finanspolitisk talsperson Tina Bru viser til at renta har steget kraftig."))
        .containsExactly("attributed|Finanspolitisk talsperson Tina Bru|viser til|renta har steget kraftig");
    assertThat(described("Han viste til at kommunen har spart penger."))
        .containsExactly("attributed|Han|viste til|kommunen har spart penger");
  }

  @Test
  void shouldReadAnAssessmentOfAnObjectWithItsPredicate() {
    assertThat(described("Mattilsynet vurderer risikoen for smitte som lav."))
        .containsExactly("attributed|Mattilsynet|vurderer|risikoen for smitte som lav");
    assertThat(described("Likevel vurderer Folkehelseinstituttet faren for at viruset skal spre seg hit, som liten."))
        .containsExactly("attributed|Folkehelseinstituttet|vurderer|faren for at viruset skal spre seg hit, som liten");
    // a long object: the predicate is the last "som" with no verb after it
    assertThat(described("Hun omtalte brannen der tre hus gikk tapt og to ble skadet som en tragedie for bygda."))
        .containsExactly("attributed|Hun|omtalte|brannen der tre hus gikk tapt og to ble skadet som en tragedie for bygda");
    assertThat(described("Eksperter anser forslaget som urealistisk."))
        .containsExactly("attributed|Eksperter|anser|forslaget som urealistisk");
    // a subject with its relative clause set off before the cue, not a quotation
    assertThat(described("En rapport som departementet har bestilt, betegner situasjonen som kritisk."))
        .containsExactly("attributed|En rapport som departementet har bestilt|betegner|situasjonen som kritisk");
    assertThat(described("Regjeringen vurderer å innføre en ny avgift.")).isEmpty();
    assertThat(described("Politiet vurderer om de skal åpne veien igjen.")).isEmpty();
    assertThat(described("Om streiken fortsetter, vurderer departementet å gå til retten.")).isEmpty();
    // a passive: what is said of it, no one saying it
    assertThat(described("Den gang ble kirken ansett som en samlende kraft i landet.")).isEmpty();
    assertThat(described("Søknadene er vurdert uavhengig av bosted.")).isEmpty();
  }

  @Test
  void shouldReadAStanceForOrAgainstAnObject() {
    assertThat(described("Høyre og Venstre sier nei til den foreslåtte bompengeringen."))
        .containsExactly("attributed|Høyre og Venstre|sier nei til|den foreslåtte bompengeringen");
    assertThat(described("Bystyret sa ja til bygging av ny skole på Ås."))
        .containsExactly("attributed|Bystyret|sa ja til|bygging av ny skole på Ås");
    assertThat(described("Flere forskere har stilt spørsmål ved målingenes troverdighet."))
        .containsExactly("attributed|Flere forskere|har stilt spørsmål ved|målingenes troverdighet");
    assertThat(described("Hun sier tvert nei.")).isEmpty();
    assertThat(described("De avviser den nå.")).isEmpty();
  }

  @Test
  void shouldGiveASecondCueAfterCommaAndOgTheFirstCuesSubject() {
    assertThat(described("Treneren utelukker ikke en ny formasjon i høst, og er klar på at laget må forsvare seg bedre."))
        .containsExactly("attributed|Treneren|utelukker ikke|en ny formasjon i høst",
            "attributed|Treneren|er klar på|laget må forsvare seg bedre");
    assertThat(described("Ordføreren er klar på at skolen ikke blir lagt ned."))
        .containsExactly("attributed|Ordføreren|er klar på|skolen ikke blir lagt ned");
  }

  @Test
  void shouldNotTakeAThingPointedAtOrAPrayerForAClaim() {
    assertThat(described("Guiden peker på inngangen til museet.")).isEmpty();
    assertThat(described("Vi gikk langs kaia, pekte på båtene og lo.")).isEmpty();
    assertThat(described("Barna peker på fuglene som de ser i hagen.")).isEmpty();
    assertThat(described("Flere peker på det er sosiale forhold som avgjør."))
        .containsExactly("attributed|Flere|peker på|det er sosiale forhold som avgjør");
    assertThat(described("Jeg ber bare om at ryktene ikke er sanne.")).isEmpty();
    assertThat(described("Det har vært pekt på at avgiften rammer de fattigste.")).isEmpty();
  }

  @Test
  void shouldNotTakeARelativeClauseOrAnInfinitiveForAPredicate() {
    assertThat(described("Kommunen vurderer å investere i et fond for fornybar energi.")).isEmpty();
    assertThat(described("Lederen vurderer sin rolle som talsmann.")).isEmpty();
    assertThat(described("Avisene omtaler en avtale som aldri ble inngått.")).isEmpty();
    assertThat(described("Ikke mange stiller spørsmål ved disse tallene.")).isEmpty();
  }
}
