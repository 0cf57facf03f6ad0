package io.newsflow.localstack.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistryHttpApiTest {

    @Test
    void shouldAnswerWithConfluentsTypeUnlessOnlyPlainJsonIsAccepted() {
        assertThat(RegistryHttpApi.responseType(null)).isEqualTo(RegistryHttpApi.V1_JSON);
        assertThat(RegistryHttpApi.responseType("application/vnd.schemaregistry.v1+json, application/json; qs=0.5"))
                .isEqualTo(RegistryHttpApi.V1_JSON);
        assertThat(RegistryHttpApi.responseType("*/*")).isEqualTo(RegistryHttpApi.V1_JSON);
        assertThat(RegistryHttpApi.responseType("application/json")).isEqualTo("application/json");
    }
}
