package io.newsflow.serde.registry;

import java.util.List;
import java.util.OptionalInt;

/**
 * A schema breaks the compatibility rule of its subject: the registry refused to register it (HTTP 409), or
 * a reader schema cannot read what a writer schema wrote. Fixing it needs a schema change, not a retry.
 */
public class IncompatibleSchemaException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final List<String> incompatibilities;

    public IncompatibleSchemaException(String subject, String message, List<String> incompatibilities,
            OptionalInt httpStatus, OptionalInt errorCode) {
        this(subject, message, incompatibilities, httpStatus, errorCode, null);
    }

    public IncompatibleSchemaException(String subject, String message, List<String> incompatibilities,
            OptionalInt httpStatus, OptionalInt errorCode, Throwable cause) {
        super(message, httpStatus, errorCode, cause);
        this.subject = subject;
        this.incompatibilities = List.copyOf(incompatibilities);
    }

    /** The subject the schema was meant for (or the record name, for a reader/writer mismatch). */
    public String subject() {
        return subject;
    }

    /** What exactly is incompatible, one finding per entry, when known. */
    public List<String> incompatibilities() {
        return incompatibilities;
    }

    @Override
    public IncompatibleSchemaException withContext(String context) {
        return new IncompatibleSchemaException(subject, context + ": " + getMessage(), incompatibilities,
                httpStatus(), errorCode(), this);
    }
}
