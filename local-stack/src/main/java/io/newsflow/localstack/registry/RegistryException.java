package io.newsflow.localstack.registry;

/**
 * A request the registry refuses or cannot serve, carrying the HTTP status and the error code of
 * Confluent Schema Registry's error body {@code {"error_code": ..., "message": ...}}.
 */
public final class RegistryException extends RuntimeException {

    private final int httpStatus;
    private final int errorCode;

    RegistryException(int httpStatus, int errorCode, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    RegistryException(int httpStatus, int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorCode() {
        return errorCode;
    }

    static RegistryException subjectNotFound(String subject) {
        return new RegistryException(404, 40401, "Subject '" + subject + "' not found.");
    }

    static RegistryException versionNotFound(int version) {
        return new RegistryException(404, 40402, "Version " + version + " not found.");
    }

    static RegistryException schemaNotFound() {
        return new RegistryException(404, 40403, "Schema not found");
    }

    static RegistryException schemaNotFound(int id) {
        return new RegistryException(404, 40403, "Schema " + id + " not found");
    }

    static RegistryException subjectSoftDeleted(String subject) {
        return new RegistryException(404, 40404, "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently");
    }

    static RegistryException subjectNotSoftDeleted(String subject) {
        return new RegistryException(404, 40405, "Subject '" + subject + "' was not deleted first before being permanently deleted");
    }

    static RegistryException versionSoftDeleted(String subject, int version) {
        return new RegistryException(404, 40406,
                "Subject '" + subject + "' Version " + version + " was soft deleted. Set permanent=true to delete permanently");
    }

    static RegistryException versionNotSoftDeleted(String subject, int version) {
        return new RegistryException(404, 40407,
                "Subject '" + subject + "' Version " + version + " was not deleted first before being permanently deleted");
    }

    static RegistryException subjectCompatibilityNotConfigured(String subject) {
        return new RegistryException(404, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured");
    }

    /** Confluent's register endpoint answers an incompatible schema with HTTP 409 and error code 409. */
    static RegistryException incompatible(String subject, Iterable<String> details) {
        return new RegistryException(409, 409, "Schema being registered is incompatible with an earlier schema for subject \""
                + subject + "\", details: " + String.join(", ", details));
    }

    static RegistryException invalidSchema(String detail) {
        return new RegistryException(422, 42201, detail);
    }

    static RegistryException invalidVersion(String version) {
        return new RegistryException(422, 42202, "The specified version '" + version
                + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    static RegistryException invalidCompatibilityLevel() {
        return new RegistryException(422, 42203, "Invalid compatibility level. Valid values are none, backward, forward, full, "
                + "backward_transitive, forward_transitive, and full_transitive");
    }

    static RegistryException operationNotPermitted(String detail) {
        return new RegistryException(422, 42205, detail);
    }

    static RegistryException invalidSubject(String subject) {
        return new RegistryException(422, 42208, "The specified subject '" + subject + "' is not a valid subject name");
    }

    static RegistryException unprocessable(String detail) {
        return new RegistryException(422, 422, detail);
    }

    static RegistryException badRequest(String detail) {
        return new RegistryException(400, 400, detail);
    }

    static RegistryException store(String detail, Throwable cause) {
        return new RegistryException(500, 50001, "Error in the backend data store: " + detail, cause);
    }

    static RegistryException timeout(String detail, Throwable cause) {
        return new RegistryException(500, 50002, "Operation timed out: " + detail, cause);
    }
}
