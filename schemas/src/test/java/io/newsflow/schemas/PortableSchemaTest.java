package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Claim;
import io.newsflow.avro.RawArticle;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

class PortableSchemaTest {

    @Test
    void shouldDropTheJavaStringHintsTheCodeGeneratorAdds() {
        assertThat(RawArticle.getClassSchema().toString()).contains("\"avro.java.string\":\"String\"");

        assertThat(PortableSchema.of(RawArticle.getClassSchema()).toString()).doesNotContain("avro.java");
    }

    @Test
    void shouldKeepDocsDefaultsAndLogicalTypes() {
        Schema portable = PortableSchema.of(RawArticle.getClassSchema());

        assertThat(portable.getDoc()).startsWith("A news article as received");
        assertThat(portable.getField("content_type").defaultVal()).isEqualTo("text/plain");
        assertThat(portable.getField("received_at").schema().getLogicalType().getName()).isEqualTo("timestamp-millis");
    }

    @Test
    void shouldLeaveTheDataLayoutUnchangedInNestedTypesToo() {
        Schema claim = Claim.getClassSchema();

        assertThat(SchemaNormalization.parsingFingerprint64(PortableSchema.of(claim)))
                .isEqualTo(SchemaNormalization.parsingFingerprint64(claim));
        assertThat(PortableSchema.toJson(claim)).doesNotContain("avro.java").contains("\"TextSpan\"");
    }
}
