package io.newsflow.serde;

import io.newsflow.serde.registry.SchemaRegistryException;
import java.util.OptionalInt;

/**
 * A serializer that may not register schemas ({@code auto.register.schemas=false}) found its record's schema
 * missing from the subject. Register the schema first (see the release procedure in {@code schemas/README.md}).
 */
public class SchemaNotRegisteredException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    private final String subject;

    public SchemaNotRegisteredException(String topic, String subject, String recordName) {
        super("Schema " + recordName + " is not registered under subject " + subject + " (topic " + topic
                + ") and auto.register.schemas is false; register it first", OptionalInt.of(404), OptionalInt.of(40403));
        this.subject = subject;
    }

    private SchemaNotRegisteredException(String subject, String message, SchemaNotRegisteredException cause) {
        super(message, cause.httpStatus(), cause.errorCode(), cause);
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }

    @Override
    public SchemaNotRegisteredException withContext(String context) {
        return new SchemaNotRegisteredException(subject, context + ": " + getMessage(), this);
    }
}
