package io.newsflow.localstack.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistryHttpApiTest {

    @Test
    void shouldDecodeEachPathSegmentOnItsOwn() {
        assertThat(RegistryHttpApi.segments("/subjects/nyheter%2Fartikler-value/versions/latest/"))
                .containsExactly("subjects", "nyheter/artikler-value", "versions", "latest");
        assertThat(RegistryHttpApi.segments("/subjects/%C3%A6%C3%B8%C3%A5+value")).containsExactly("subjects", "æøå+value");
    }

    @Test
    void shouldAnswerWithConfluentsTypeUnlessOnlyPlainJsonIsAccepted() {
        assertThat(RegistryHttpApi.responseType(null)).isEqualTo(RegistryHttpApi.V1_JSON);
        assertThat(RegistryHttpApi.responseType("application/vnd.schemaregistry.v1+json, application/json; qs=0.5"))
                .isEqualTo(RegistryHttpApi.V1_JSON);
        assertThat(RegistryHttpApi.responseType("*/*")).isEqualTo(RegistryHttpApi.V1_JSON);
        assertThat(RegistryHttpApi.responseType("application/json")).isEqualTo("application/json");
    }
}
