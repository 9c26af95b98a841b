package id.satudata.hub.routes.ingest;

import id.satudata.hub.catalog.store.DatasetSchema;
import id.satudata.hub.schemas.conform.Conformer;
import id.satudata.hub.schemas.conform.FieldSpec;
import id.satudata.hub.schemas.conform.InvalidMappingException;
import id.satudata.hub.schemas.conform.MappingCompiler;
import id.satudata.hub.schemas.conform.MappingSpec;
import id.satudata.hub.schemas.conform.RecordSteps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.avro.Schema;

/**
 * A pipeline's mapping compiled against its dataset's current schema version, recompiled when a new version is
 * registered while the pipeline runs, so conform uses it from the next batch on. Mapping entries for fields the
 * new version removed are left out (the field is gone from the contract); new fields without an entry are read
 * from the source field of the same name or take their default.
 */
final class SchemaFollowingConformer {

    /**
     * The conformers for one schema version, or why the mapping does not fit that version.
     *
     * @param keys conforms the key fields alone, for deletes
     */
    record ForVersion(int version, Conformer conformer, KeyConformer keys, InvalidMappingException invalid) {}

    private final MappingSpec mapping;
    private final RecordSteps checks;
    private final List<String> keyFields;
    private final Supplier<DatasetSchema> currentSchema;
    private volatile Schema compiledSchema;
    private volatile ForVersion compiled;

    SchemaFollowingConformer(
            MappingSpec mapping,
            RecordSteps checks,
            Schema declaredSchema,
            List<String> keyFields,
            Conformer declared,
            Supplier<DatasetSchema> currentSchema) {
        this.mapping = mapping;
        this.checks = checks;
        this.keyFields = List.copyOf(keyFields);
        this.currentSchema = currentSchema;
        this.compiledSchema = declaredSchema;
        this.compiled = new ForVersion(0, declared, keys(declaredSchema, mapping), null);
    }

    /** The conformer of the dataset's schema as it is now; called once per batch. */
    synchronized ForVersion current() {
        DatasetSchema current = currentSchema.get();
        if (current.version() != compiled.version()) {
            compiled = current.schema().equals(compiledSchema) && compiled.invalid() == null
                    ? new ForVersion(current.version(), compiled.conformer(), compiled.keys(), null)
                    : compile(current);
            compiledSchema = current.schema();
        }
        return compiled;
    }

    private ForVersion compile(DatasetSchema current) {
        Map<String, FieldSpec> kept = new LinkedHashMap<>(mapping.fields());
        kept.keySet().removeIf(field -> current.schema().getField(field) == null);
        try {
            MappingSpec fitted = mapping.withFields(kept);
            return new ForVersion(
                    current.version(),
                    MappingCompiler.compile(current.schema(), fitted, checks),
                    keys(current.schema(), fitted),
                    null);
        } catch (InvalidMappingException e) {
            return new ForVersion(current.version(), null, null, e);
        }
    }

    /** The key conformer; a mapping whose whole conformer compiles compiles on the key fields alone too. */
    private KeyConformer keys(Schema schema, MappingSpec fitted) {
        try {
            return KeyConformer.compile(schema, keyFields, fitted);
        } catch (InvalidMappingException e) {
            throw new IllegalStateException("the key fields of a valid mapping do not compile: " + e.getMessage(), e);
        }
    }
}
