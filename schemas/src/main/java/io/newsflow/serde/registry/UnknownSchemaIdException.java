package io.newsflow.serde.registry;

import java.util.OptionalInt;

/**
 * A record names a schema id the registry does not know: it was written against another registry, or the
 * schema was deleted. Retrying will not help; the record belongs in the dead-letter topic.
 */
public class UnknownSchemaIdException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    private final int schemaId;

    public UnknownSchemaIdException(int schemaId, String message, OptionalInt httpStatus, OptionalInt errorCode,
            Throwable cause) {
        super(message, httpStatus, errorCode, cause);
        this.schemaId = schemaId;
    }

    public int schemaId() {
        return schemaId;
    }

    @Override
    public UnknownSchemaIdException withContext(String context) {
        return new UnknownSchemaIdException(schemaId, context + ": " + getMessage(), httpStatus(), errorCode(), this);
    }
}
