package io.newsflow.localstack.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestUrlTest {

    @Test
    void shouldDecodeEachPathSegmentOnItsOwnSoAnEncodedSlashStaysInTheSubject() {
        assertThat(RequestUrl.segments("/subjects/nyheter%2Fartikler-value/versions/latest/"))
                .containsExactly("subjects", "nyheter/artikler-value", "versions", "latest");
    }

    @Test
    void shouldDecodeUtf8InPathsAndKeepPlusSignsLiteral() {
        assertThat(RequestUrl.segments("/subjects/s%C3%B8ndag+l%C3%B8rdag-value")).containsExactly("subjects", "søndag+lørdag-value");
    }

    @Test
    void shouldReadQueryParametersWithBareNamesAsTrue() {
        assertThat(RequestUrl.query("deleted=true&subjectPrefix=news.articles&verbose"))
                .containsEntry("deleted", "true")
                .containsEntry("subjectPrefix", "news.articles")
                .containsEntry("verbose", "true");
        assertThat(RequestUrl.query(null)).isEmpty();
    }

    @Test
    void shouldRefuseAMalformedQueryAsABadRequest() {
        assertThatThrownBy(() -> RequestUrl.query("subjectPrefix=%E"))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(400));
    }
}
