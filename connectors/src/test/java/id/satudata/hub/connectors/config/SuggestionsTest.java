package id.satudata.hub.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("id", "title", "producer", "key-fields", "schema", "batch-size");

    @Test
    void shouldSuggestNameDifferingOnlyInSeparatorsOrCase() {
        assertThat(Suggestions.closest("key_fields", KEYS)).contains("key-fields");
        assertThat(Suggestions.closest("batchSize", KEYS)).contains("batch-size");
    }

    @Test
    void shouldSuggestNameWithinTwoTypingMistakes() {
        assertThat(Suggestions.closest("prodcuer", KEYS)).contains("producer");
        assertThat(Suggestions.closest("shcema", KEYS)).contains("schema");
        assertThat(Suggestions.closest("titel", KEYS)).contains("title");
        assertThat(Suggestions.closest("ids", KEYS)).contains("id");
    }

    @Test
    void shouldNotSuggestDistantName() {
        assertThat(Suggestions.closest("owner", KEYS)).isEmpty();
        assertThat(Suggestions.closest("xy", KEYS)).isEmpty();
        assertThat(Suggestions.closest("anything", List.of())).isEmpty();
    }
}
