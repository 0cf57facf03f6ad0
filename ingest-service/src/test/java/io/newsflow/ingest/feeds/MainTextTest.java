package io.newsflow.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The article of a news page, without the page around it. */
class MainTextTest {
  @Test
  void shouldKeepTheArticleAndDropMenusTeasersCommentsAndFooter() {
    String page = """
        <!doctype html><html lang="nb"><head><title>Stortinget vedtok ny lov om strømstøtte – Fjordposten</title>
        <script>window.dataLayer = [{"section": "innenriks"}];</script></head><body>
        <header><a href="/">Fjordposten</a><nav><ul><li>Nyheter</li><li>Sport</li><li>Kultur</li></ul></nav></header>
        <div class="cookie-consent"><p>Vi bruker informasjonskapsler for å gi deg en bedre opplevelse på nettstedet vårt.</p></div>
        <main>
          <div class="article-body">
            <h1>Stortinget vedtok ny lov om strømstøtte</h1>
            <p class="byline">Kari Nordmann</p>
            <p>Stortinget vedtok torsdag en ny lov om strømstøtte til husholdninger. Loven trer i kraft 1. april.</p>
            <p>– Dette gir folk forutsigbarhet, sa energiministeren i debatten. Opposisjonen mener ordningen blir for dyr.</p>
            <h2>Kostet 9,4 milliarder</h2>
            <p>Ifølge Statistisk sentralbyrå betalte husholdningene i snitt 1,52 kroner per kilowattime i fjerde kvartal.</p>
            <div class="share-buttons"><p>Del denne saken med venner og familie på Facebook, X eller e-post i dag.</p></div>
          </div>
          <section class="related-articles"><h3>Les også</h3>
            <p>Strømprisen stiger igjen i Sør-Norge etter en kald helg med lite vind i hele Nord-Europa.</p></section>
          <section id="comments"><p>Ola skrev: Endelig skjer det noe med strømprisene her i landet, men det er for lite.</p></section>
        </main>
        <footer><p>Fjordposten arbeider etter Vær varsom-plakatens regler for god presseskikk. Ansvarlig redaktør: Per Olsen.</p></footer>
        </body></html>""";

    assertThat(MainText.of(Jsoup.parse(page))).contains("""
        Stortinget vedtok ny lov om strømstøtte

        Kari Nordmann

        Stortinget vedtok torsdag en ny lov om strømstøtte til husholdninger. Loven trer i kraft 1. april.

        – Dette gir folk forutsigbarhet, sa energiministeren i debatten. Opposisjonen mener ordningen blir for dyr.

        Kostet 9,4 milliarder

        Ifølge Statistisk sentralbyrå betalte husholdningene i snitt 1,52 kroner per kilowattime i fjerde kvartal.""");
  }

  @Test
  void shouldFindNoArticleOnAFrontPageOfShortTeasers() {
    String frontPage = """
        <html><body><ul>
        <li><a href="/a"><p>Flomvarsel for Vestlandet</p></a></li>
        <li><a href="/b"><p>Ny bru over Glomma åpner i mai</p></a></li>
        <li><a href="/c"><p>Rekordmange søkte sykepleierutdanning</p></a></li>
        </ul></body></html>""";

    assertThat(MainText.of(Jsoup.parse(frontPage))).isEmpty();
  }
}
