package io.newsflow.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * The released versions of the top-level records, kept as {@code schema-history/<Record>/v<n>.avsc} on the
 * class path (from {@code src/main/resources}).
 *
 * <p>A released version is never edited: consumers may still hold data written with it. A change to a
 * top-level record is released by adding the next version file, which {@link #release} writes.
 */
public final class SchemaHistory {

    /** Class path folder of the history, and its place under a module's {@code src/main/resources}. */
    public static final String ROOT = "schema-history";

    private final ClassLoader classLoader;

    private SchemaHistory(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The history as packaged with this module. */
    public static SchemaHistory onClassPath() {
        return new SchemaHistory(SchemaHistory.class.getClassLoader());
    }

    /**
     * Every released version of a record, oldest first ({@code v1} at index 0); empty when it was never
     * released. Versions are read v1, v2, ... up to the first one missing, so this works inside a jar too.
     */
    public List<Schema> versions(String recordName) {
        List<Schema> versions = new ArrayList<>();
        for (int version = 1; ; version++) {
            Optional<String> json = read(resourceName(recordName, version));
            if (json.isEmpty()) {
                return List.copyOf(versions);
            }
            versions.add(parse(recordName, version, json.get()));
        }
    }

    /** The newest released version of a record, if it was ever released. */
    public Optional<Schema> newest(String recordName) {
        List<Schema> versions = versions(recordName);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * Whether {@code current} is exactly the newest released version (docs and defaults included, Java code
     * generation hints ignored). Anything else is an unreleased change.
     */
    public boolean isReleased(Schema current) {
        return newest(current.getName())
                .map(released -> released.toString().equals(PortableSchema.of(current).toString()))
                .orElse(false);
    }

    /**
     * Writes {@code current} as the next version of its record into a history folder in a source tree (for
     * example {@code src/main/resources/schema-history}) and returns the new file. Checking that the change
     * is allowed is the caller's business (see {@code SchemaEvolutionTest}).
     *
     * @throws IllegalStateException when {@code current} is already the newest released version
     */
    public Path release(Schema current, Path historyFolder) throws IOException {
        if (isReleased(current)) {
            throw new IllegalStateException(current.getFullName() + " is already released as "
                    + resourceName(current.getName(), versions(current.getName()).size()));
        }
        int next = versions(current.getName()).size() + 1;
        Path file = historyFolder.resolve(current.getName()).resolve("v" + next + ".avsc");
        Files.createDirectories(file.getParent());
        Files.writeString(file, PortableSchema.toJson(current) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** Where version {@code version} of a record lives on the class path. */
    public static String resourceName(String recordName, int version) {
        return ROOT + "/" + recordName + "/v" + version + ".avsc";
    }

    private Optional<String> read(String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Schema parse(String recordName, int version, String json) {
        try {
            return new Schema.Parser().parse(json);
        } catch (SchemaParseException e) {
            throw new IllegalStateException(
                    "Released schema " + resourceName(recordName, version) + " is not valid Avro: " + e.getMessage(), e);
        }
    }
}
