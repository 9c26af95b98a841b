package id.satudata.hub.catalog.registry;

import id.satudata.hub.schemas.registry.RegistryException;
import java.util.List;

/**
 * The failures of Confluent's Schema Registry with its status, {@code error_code} and message text (from its
 * {@code Errors} and {@code Rest*Exception} classes), which clients match on.
 */
public final class RegistryErrors {

    static final int NOT_FOUND = 404;
    static final int CONFLICT = 409;
    static final int UNPROCESSABLE = 422;
    static final int SERVER_ERROR = 500;

    private RegistryErrors() {}

    public static RegistryException subjectNotFound(String subject) {
        return new RegistryException(NOT_FOUND, 40401, "Subject '" + subject + "' not found.");
    }

    public static RegistryException versionNotFound(int version) {
        return new RegistryException(NOT_FOUND, 40402, "Version " + version + " not found.");
    }

    public static RegistryException schemaNotFound() {
        return new RegistryException(NOT_FOUND, 40403, "Schema not found");
    }

    public static RegistryException schemaNotFound(int id) {
        return new RegistryException(NOT_FOUND, 40403, "Schema " + id + " not found");
    }

    public static RegistryException subjectSoftDeleted(String subject) {
        return new RegistryException(
                NOT_FOUND,
                40404,
                "Subject '" + subject + "' was soft deleted.Set permanent=true to delete permanently");
    }

    public static RegistryException subjectNotSoftDeleted(String subject) {
        return new RegistryException(
                NOT_FOUND, 40405, "Subject '" + subject + "' was not deleted first before being permanently deleted");
    }

    public static RegistryException versionSoftDeleted(String subject, int version) {
        return new RegistryException(
                NOT_FOUND,
                40406,
                "Subject '" + subject + "' Version " + version
                        + " was soft deleted.Set permanent=true to delete permanently");
    }

    public static RegistryException versionNotSoftDeleted(String subject, int version) {
        return new RegistryException(
                NOT_FOUND,
                40407,
                "Subject '" + subject + "' Version " + version
                        + " was not deleted first before being permanently deleted");
    }

    public static RegistryException compatibilityNotConfigured(String subject) {
        return new RegistryException(
                NOT_FOUND, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured");
    }

    public static RegistryException modeNotConfigured(String subject) {
        return new RegistryException(
                NOT_FOUND, 40409, "Subject '" + subject + "' does not have subject-level mode configured");
    }

    /** 409 with the reasons of {@link CompatibilityChecker}, listed as Confluent lists them. */
    public static RegistryException incompatible(String subject, List<String> reasons) {
        return new RegistryException(
                CONFLICT,
                40901,
                "Schema being registered is incompatible with an earlier schema for subject \"" + subject
                        + "\", details: " + reasons);
    }

    public static RegistryException invalidSchema(String message) {
        return new RegistryException(UNPROCESSABLE, 42201, message);
    }

    public static RegistryException invalidVersion(String version) {
        return new RegistryException(
                UNPROCESSABLE,
                42202,
                "The specified version '" + version + "' is not a valid version id. "
                        + "Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    public static RegistryException invalidCompatibility() {
        return new RegistryException(
                UNPROCESSABLE,
                42203,
                "Invalid compatibility level. Valid values are none, backward, forward, full, "
                        + "backward_transitive, forward_transitive, and full_transitive");
    }

    public static RegistryException invalidMode() {
        return new RegistryException(
                UNPROCESSABLE, 42204, "Invalid mode. Valid values are READWRITE, READONLY, and IMPORT.");
    }

    public static RegistryException notPermitted(String message) {
        return new RegistryException(UNPROCESSABLE, 42205, message);
    }

    public static RegistryException referenceExists(String subject, int version) {
        return new RegistryException(
                UNPROCESSABLE,
                42206,
                "One or more references exist to the schema {magic=1,keytype=SCHEMA,subject=" + subject + ",version="
                        + version + "}.");
    }

    public static RegistryException storeError(String message, Throwable cause) {
        return new RegistryException(SERVER_ERROR, 50001, message, cause);
    }
}
