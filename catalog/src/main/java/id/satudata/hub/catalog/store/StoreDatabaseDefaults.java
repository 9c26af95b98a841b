package id.satudata.hub.catalog.store;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Database defaults of the store, so that an application setting only {@code spring.datasource.*} works on H2
 * and PostgreSQL: Flyway reads the migrations of the database in use, and an H2 URL gets
 * {@code DATABASE_TO_LOWER=TRUE} so that the lower-case names of TABLES.md mean the same quoted or not, and
 * {@code WRITE_DELAY=0} ({@link #h2Url}).
 */
public class StoreDatabaseDefaults implements EnvironmentPostProcessor, Ordered {

    static final String FLYWAY_LOCATIONS = "spring.flyway.locations";
    static final String DATASOURCE_URL = "spring.datasource.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> overrides = new HashMap<>();
        String url = environment.getProperty(DATASOURCE_URL);
        if (url != null && !h2Url(url).equals(url)) {
            overrides.put(DATASOURCE_URL, h2Url(url));
        }
        if (!overrides.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("satudataStoreOverrides", overrides));
        }
        if (!environment.containsProperty(FLYWAY_LOCATIONS)) {
            // Spring Boot replaces {vendor} with h2 or postgresql
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "satudataStoreDefaults", Map.of(FLYWAY_LOCATIONS, "classpath:db/migration/{vendor}")));
        }
    }

    /**
     * The H2 URL with lower-case identifiers and, unless the URL sets it, {@code WRITE_DELAY=0}: H2 then writes a
     * committed batch to its file at once instead of up to half a second later. Any other URL unchanged.
     */
    static String h2Url(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String settings = url.toUpperCase();
        String lower = settings.contains("DATABASE_TO_LOWER") ? "" : ";DATABASE_TO_LOWER=TRUE";
        String writeDelay = settings.contains("WRITE_DELAY") ? "" : ";WRITE_DELAY=0";
        return url + lower + writeDelay;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
