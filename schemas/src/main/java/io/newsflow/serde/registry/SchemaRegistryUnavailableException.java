package io.newsflow.serde.registry;

import java.util.OptionalInt;

/**
 * No schema registry instance answered usefully: connections were refused or timed out, or every instance
 * answered with a server error. The request itself may be fine; callers should report themselves
 * unavailable (HTTP 503) and retry later rather than dead-letter the record.
 */
public class SchemaRegistryUnavailableException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    public SchemaRegistryUnavailableException(String message, OptionalInt httpStatus, Throwable cause) {
        super(message, httpStatus, OptionalInt.empty(), cause);
    }

    @Override
    public SchemaRegistryUnavailableException withContext(String context) {
        return new SchemaRegistryUnavailableException(context + ": " + getMessage(), httpStatus(), this);
    }
}
