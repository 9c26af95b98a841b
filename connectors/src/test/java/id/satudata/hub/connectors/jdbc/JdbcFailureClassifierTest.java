package id.satudata.hub.connectors.jdbc;

import static id.satudata.hub.connectors.ingest.FailureKind.PERMANENT;
import static id.satudata.hub.connectors.ingest.FailureKind.TRANSIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class JdbcFailureClassifierTest {

    private final JdbcFailureClassifier classifier = new JdbcFailureClassifier();

    @Test
    void shouldRetryConnectionFailuresDeadlocksAndServerShutdowns() {
        assertThat(classifier.classify(new SQLException("Connection refused", "08001", new ConnectException())))
                .isEqualTo(TRANSIENT);
        assertThat(classifier.classify(new SQLException("I/O error", "08006"))).isEqualTo(TRANSIENT);
        assertThat(classifier.classify(new SQLException("serialization", "40001")))
                .isEqualTo(TRANSIENT);
        assertThat(classifier.classify(new SQLException("deadlock", "40P01"))).isEqualTo(TRANSIENT);
        assertThat(classifier.classify(new SQLException("terminating", "57P01")))
                .isEqualTo(TRANSIENT);
    }

    @Test
    void shouldRetrySocketFailuresFoundAmongTheCauses() {
        assertThat(classifier.classify(
                        new JdbcSourceException(new SQLException("read failed", null, new SocketException()))))
                .isEqualTo(TRANSIENT);
        assertThat(classifier.classify(new SQLTransientConnectionException("pool")))
                .isEqualTo(TRANSIENT);
    }

    @Test
    void shouldGiveUpOnCredentialsMissingObjectsAndPermissions() {
        assertThat(classifier.classify(new SQLException("password authentication failed", "28P01")))
                .isEqualTo(PERMANENT);
        assertThat(classifier.classify(new SQLException("Access denied for user", "28000")))
                .isEqualTo(PERMANENT);
        assertThat(classifier.classify(new SQLException("relation does not exist", "42P01")))
                .isEqualTo(PERMANENT);
        assertThat(classifier.classify(new SQLException("Table doesn't exist", "42S02")))
                .isEqualTo(PERMANENT);
        assertThat(classifier.classify(new SQLException("permission denied", "42501")))
                .isEqualTo(PERMANENT);
        assertThat(classifier.classify(new SQLException("database does not exist", "3D000")))
                .isEqualTo(PERMANENT);
    }

    @Test
    void shouldGiveUpOnAMissingDriverAndOnWhatItDoesNotKnow() {
        assertThat(classifier.classify(new SQLException("No suitable driver found for jdbc:x:y", "08001")))
                .isEqualTo(PERMANENT);
        assertThat(classifier.classify(new IllegalStateException("column ts is not among the columns")))
                .isEqualTo(PERMANENT);
    }
}
