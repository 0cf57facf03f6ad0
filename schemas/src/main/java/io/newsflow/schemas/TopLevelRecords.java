package io.newsflow.schemas;

import io.newsflow.avro.Claim;
import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EnrichedParagraph;
import io.newsflow.avro.EntityMention;
import io.newsflow.avro.RawArticle;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The records that are the value of a topic, and so are registered in the schema registry and released
 * under the BACKWARD evolution rule. Every other named type only appears nested in these.
 */
public final class TopLevelRecords {

    /** Current schemas of every top-level record, in topic catalogue order. */
    public static final List<Schema> SCHEMAS = List.of(
            RawArticle.getClassSchema(),
            EnrichedParagraph.getClassSchema(),
            EnrichedArticle.getClassSchema(),
            EntityMention.getClassSchema(),
            Claim.getClassSchema(),
            DeadLetter.getClassSchema());

    private TopLevelRecords() {
    }
}
