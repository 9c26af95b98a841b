package id.satudata.hub.catalog.dataset;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names a dataset's Kafka topic and registry subjects as Confluent's default subject strategy does: topic
 * {@code <prefix>.<dataset id>}, subjects {@code <topic>-key} and {@code <topic>-value}. The prefix
 * ({@code hub.topics.prefix}, default {@code satudata}) lets several regions share one broker and registry.
 */
@Component
public class DatasetSubjects {

    private static final String KEY = "-key";
    private static final String VALUE = "-value";

    private final String prefix;

    public DatasetSubjects(@Value("${hub.topics.prefix:satudata}") String prefix) {
        this.prefix = prefix + ".";
    }

    public String topic(String datasetId) {
        return prefix + datasetId;
    }

    public String keySubject(String datasetId) {
        return topic(datasetId) + KEY;
    }

    public String valueSubject(String datasetId) {
        return topic(datasetId) + VALUE;
    }

    /** The dataset whose value subject this is, if it names one. */
    public Optional<String> datasetOfValueSubject(String subject) {
        return datasetOf(subject, VALUE);
    }

    /** The dataset whose key subject this is, if it names one. */
    public Optional<String> datasetOfKeySubject(String subject) {
        return datasetOf(subject, KEY);
    }

    private Optional<String> datasetOf(String subject, String suffix) {
        if (subject.startsWith(prefix) && subject.endsWith(suffix)) {
            String id = subject.substring(prefix.length(), subject.length() - suffix.length());
            return id.isEmpty() ? Optional.empty() : Optional.of(id);
        }
        return Optional.empty();
    }
}
