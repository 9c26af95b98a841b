package id.satudata.hub.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.catalog.store.DatasetDefinitions.Part;
import id.satudata.hub.catalog.store.DatasetDefinitions.Problem;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class DatasetDefinitionsTest {

    @Test
    void shouldFindNoProblemInValidDefinition() {
        assertThat(DatasetDefinitions.check(Kemiskinan.definition())).isEmpty();
    }

    @Test
    void shouldNameEveryProblemWithItsPart() {
        DatasetDefinition dataset = new DatasetDefinition(
                "Kemiskinan_Jabar", "t", "d", "p", List.of("rasio", "tidak_ada", "tahun", "tahun"), Kemiskinan.SCHEMA);

        assertThat(DatasetDefinitions.check(dataset))
                .containsExactly(
                        new Problem(
                                Part.ID,
                                "dataset id 'Kemiskinan_Jabar' must match [a-z0-9][a-z0-9-]* and have at most 60"
                                        + " characters"),
                        new Problem(Part.KEY_FIELDS, "key field 'rasio' must not be nullable"),
                        new Problem(Part.KEY_FIELDS, "key field 'tidak_ada' is not a field of the schema"),
                        new Problem(Part.KEY_FIELDS, "key field 'tahun' is listed twice"));
    }

    @Test
    void shouldRefuseSchemaThatIsNotRecord() {
        DatasetDefinition dataset =
                new DatasetDefinition("angka", "t", "d", "p", List.of("x"), Schema.create(Schema.Type.STRING));

        assertThat(DatasetDefinitions.problems(dataset)).containsExactly("the schema must be an Avro record");
    }

    @Test
    void shouldRefuseRegistrationWithTheSameMessages() {
        DatasetDefinition dataset = new DatasetDefinition("angka", "t", "d", "p", List.of(), Kemiskinan.SCHEMA);

        assertThatThrownBy(() -> DatasetDefinitionCheck.layoutOf(dataset, 1))
                .isInstanceOf(StoreException.class)
                .hasMessage("dataset 'angka' cannot be registered: at least one key field is required");
    }
}
