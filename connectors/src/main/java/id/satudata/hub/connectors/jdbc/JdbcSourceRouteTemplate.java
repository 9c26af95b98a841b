package id.satudata.hub.connectors.jdbc;

import id.satudata.hub.connectors.ingest.RetryingPoller;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;

/**
 * The route template of a {@code jdbc} pipeline: a timer ticks, and the pipeline's {@link RetryingPoller} polls the
 * source when a poll is due, or when a retry after a failure is. The tick is at most a second, so that retries keep
 * their backoff whatever the poll interval.
 */
public final class JdbcSourceRouteTemplate extends RouteBuilder {

    public static final String TEMPLATE_ID = "jdbc-source";
    static final String POLLER_BEAN = "jdbcPoller";
    private static final Duration LONGEST_TICK = Duration.ofSeconds(1);

    @Override
    public void configure() {
        // spotless:off
        routeTemplate(TEMPLATE_ID)
            .templateParameter("timerName")
            .templateParameter("tickMillis")
            .from("timer:{{timerName}}?period={{tickMillis}}&delay=0")
                .bean("{{" + POLLER_BEAN + "}}", "tick").id("poll-jdbc");
        // spotless:on
    }

    /** Adds the route {@code ingest-<pipelineId>} of one jdbc pipeline to a context that has this template. */
    public static void addRoute(CamelContext context, String pipelineId, Duration pollInterval, RetryingPoller poller)
            throws Exception {
        Duration tick = pollInterval.compareTo(LONGEST_TICK) < 0 ? pollInterval : LONGEST_TICK;
        TemplatedRouteBuilder.builder(context, TEMPLATE_ID)
                .routeId("ingest-" + pipelineId)
                .parameter("timerName", "jdbc-" + pipelineId)
                .parameter("tickMillis", String.valueOf(Math.max(10, tick.toMillis())))
                .bean(POLLER_BEAN, poller)
                .add();
    }
}
