package id.satudata.hub.schemas.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

    private static final Schema V1 = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "Penduduk", "fields": [
              {"name": "kode", "type": "string"},
              {"name": "jumlah", "type": "int", "doc": "jiwa"},
              {"name": "catatan", "type": ["null", "string"], "default": null}
            ]}
            """);

    private static final Schema V2 = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "Penduduk", "fields": [
              {"name": "kode", "type": "string"},
              {"name": "jumlah", "type": "long", "doc": "jiwa", "default": 0},
              {"name": "sumber", "type": "string", "default": "BPS"}
            ]}
            """);

    @Test
    void shouldListAddedChangedAndRemovedFieldsWithWhatChanged() {
        List<FieldChange> changes = SchemaDiff.between(V1, V2);

        assertThat(changes)
                .extracting(FieldChange::field, FieldChange::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("jumlah", "changed"),
                        org.assertj.core.groups.Tuple.tuple("sumber", "added"),
                        org.assertj.core.groups.Tuple.tuple("catatan", "removed"));
        FieldChange jumlah = changes.get(0);
        assertThat(jumlah.aspects()).containsExactly("type", "default");
        assertThat(jumlah.before().type()).isEqualTo("\"int\"");
        assertThat(jumlah.before().defaultValue()).isNull();
        assertThat(jumlah.after().type()).isEqualTo("\"long\"");
        assertThat(jumlah.after().defaultValue()).isEqualTo("0");
        assertThat(changes.get(1).after().defaultValue()).isEqualTo("\"BPS\"");
        assertThat(changes.get(2).before().defaultValue()).isEqualTo("null");
    }

    @Test
    void shouldFindNoChangeBetweenEqualVersions() {
        assertThat(SchemaDiff.between(V1, V1)).isEmpty();
    }
}
