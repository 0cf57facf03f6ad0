package io.newsflow.serde.registry;

import java.util.OptionalInt;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The schema registry refused or failed a request. A {@link SerializationException}, so Kafka Streams'
 * deserialization and production exception handlers see it like any other bad record.
 *
 * <p>Subclasses name the cases a caller reacts to differently: {@link UnknownSchemaIdException},
 * {@link IncompatibleSchemaException} and {@link SchemaRegistryUnavailableException}.
 */
public class SchemaRegistryException extends SerializationException {

    private static final long serialVersionUID = 1L;

    private final OptionalInt httpStatus;
    private final OptionalInt errorCode;

    public SchemaRegistryException(String message, OptionalInt httpStatus, OptionalInt errorCode, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(String message, OptionalInt httpStatus, OptionalInt errorCode) {
        this(message, httpStatus, errorCode, null);
    }

    /** HTTP status the registry answered with; empty when no answer came (or the check was local). */
    public OptionalInt httpStatus() {
        return httpStatus;
    }

    /** The registry's own {@code error_code} (for example 40403 "schema not found"), when it sent one. */
    public OptionalInt errorCode() {
        return errorCode;
    }

    /**
     * The same failure with what the caller was doing in front of the message ("Cannot read a record from
     * topic news.articles.raw"), keeping the exception's type so handlers can still tell the cases apart.
     */
    public SchemaRegistryException withContext(String context) {
        return new SchemaRegistryException(context + ": " + getMessage(), httpStatus, errorCode, this);
    }
}
