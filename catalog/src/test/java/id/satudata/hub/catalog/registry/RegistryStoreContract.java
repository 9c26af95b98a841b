package id.satudata.hub.catalog.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import id.satudata.hub.schemas.registry.Compatibility;
import id.satudata.hub.schemas.registry.RegisteredSchema;
import id.satudata.hub.schemas.registry.RegistryException;
import id.satudata.hub.schemas.registry.SchemaRegistryClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.avro.Schema;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The registry's guarantees at its store: one writer per subject numbers versions, one id per schema even when
 * subjects race, hooks inside the registration's transaction, and everything still there for a new application
 * context on the same database. Run on each database by a subclass.
 */
@SpringBootTest(classes = RegistryTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegistryStoreContract {

    static final int THREADS = 12;
    static final int SCHEMAS_PER_THREAD = 5;

    @Autowired
    SchemaRegistryService registry;

    @Autowired
    SteeredHook hook;

    @Autowired
    SchemaRegistryClient client;

    @Autowired
    DSLContext dsl;

    @Autowired
    Environment environment;

    @Test
    void shouldNumberVersionsOnceWhenManyThreadsRegisterToOneSubject() throws Exception {
        String subject = "serentak-value";
        registry.settings().setCompatibility(subject, "NONE");
        List<Integer> ids = concurrently(
                THREADS * SCHEMAS_PER_THREAD,
                number -> registry.register(subject, SchemaInput.avro(RegistrySchemas.numbered(number)), null, null));

        assertThat(new HashSet<>(ids)).hasSize(THREADS * SCHEMAS_PER_THREAD);
        List<Integer> versions = registry.versions(subject, false, false);
        assertThat(versions)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, THREADS * SCHEMAS_PER_THREAD)
                        .boxed()
                        .toList());
        List<Integer> versionIds = versions.stream()
                .map(version -> registry.version(subject, String.valueOf(version), false)
                        .id())
                .toList();
        assertThat(versionIds).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void shouldGiveOneIdWhenManySubjectsRegisterOneNewSchemaAtOnce() throws Exception {
        String schema = RegistrySchemas.numbered(900_000);
        List<Integer> ids = concurrently(
                THREADS,
                number -> registry.register("sama-" + number + "-value", SchemaInput.avro(schema), null, null));

        assertThat(new HashSet<>(ids)).hasSize(1);
        assertThat(registry.subjectsOf(ids.get(0), false)).hasSize(THREADS);
    }

    @Test
    void shouldCallHooksAfterTheCompatibilityCheckAndBeforeTheVersion() {
        registry.register("hooked-value", SchemaInput.avro(RegistrySchemas.KABUPATEN), null, null);
        assertThat(hook.callsFor("hooked-value"))
                .containsExactly(new SteeredHook.Call("hooked-value", 1, "id.satudata.wilayah.Kabupaten", 0));

        SchemaInput incompatible = SchemaInput.avro(RegistrySchemas.KABUPATEN_REQUIRING_NAME);
        assertThatThrownBy(() -> registry.register("hooked-value", incompatible, null, null))
                .isInstanceOfSatisfying(RegistryException.class, refused -> assertThat(refused.errorCode())
                        .isEqualTo(40901));
        registry.register("hooked-value", SchemaInput.avro(RegistrySchemas.KABUPATEN), null, null);
        registry.register("hooked-value", SchemaInput.avro(RegistrySchemas.KABUPATEN_WITH_NAME), null, null);

        assertThat(hook.callsFor("hooked-value"))
                .extracting(SteeredHook.Call::version, SteeredHook.Call::versionsBefore)
                .containsExactly(tuple(1, 0), tuple(2, 1));
    }

    @Test
    void shouldStoreNothingWhenAHookRefuses() {
        int schemasBefore = dsl.fetchCount(table(name("registry_schema")));
        SchemaInput brandNew = SchemaInput.avro(RegistrySchemas.numbered(800_001));

        assertThatThrownBy(() -> registry.register("refused-value", brandNew, null, null))
                .isInstanceOfSatisfying(RegistryException.class, refused -> assertThat(refused.errorCode())
                        .isEqualTo(40901));
        assertThatThrownBy(() -> registry.register("rolled-back-value", brandNew, null, null))
                .isInstanceOf(RegistryException.class);

        assertThat(dsl.fetchCount(table(name("registry_schema")))).isEqualTo(schemasBefore);
        assertThat(dsl.fetchExists(
                        table(name("registry_setting")), field(name("scope")).eq("written-by-rolled-back-value")))
                .isFalse();
        assertThatThrownBy(() -> registry.versions("refused-value", true, false))
                .isInstanceOfSatisfying(RegistryException.class, missing -> assertThat(missing.errorCode())
                        .isEqualTo(40401));
    }

    @Test
    void shouldServeTheHubThroughTheInProcessClient() {
        assertThat(client).isInstanceOf(InProcessRegistryClient.class);
        Schema kabupaten = new Schema.Parser().parse(RegistrySchemas.KABUPATEN);
        int id = client.register("klien-value", kabupaten);

        assertThat(client.register("klien-value", kabupaten)).isEqualTo(id);
        assertThat(client.schemaById(id)).isEqualTo(kabupaten);
        assertThat(client.lookup("klien-value", kabupaten))
                .isEqualTo(new RegisteredSchema("klien-value", id, 1, kabupaten));
        assertThat(client.latest("klien-value").version()).isEqualTo(1);
        assertThat(client.version("klien-value", 1).id()).isEqualTo(id);
        assertThat(client.versions("klien-value")).containsExactly(1);

        Schema requiring = new Schema.Parser().parse(RegistrySchemas.KABUPATEN_REQUIRING_NAME);
        Compatibility refused = client.checkCompatibility("klien-value", requiring);
        assertThat(refused.compatible()).isFalse();
        assertThat(refused.reasons()).first().asString().contains("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(client.checkCompatibility(
                        "klien-value", new Schema.Parser().parse(RegistrySchemas.KABUPATEN_WITH_NAME)))
                .isEqualTo(Compatibility.ok());
        assertThat(client.checkCompatibility("klien-baru-value", requiring)).isEqualTo(Compatibility.ok());

        assertErrorCode(() -> client.register("klien-value", requiring), 40901);
        assertErrorCode(() -> client.lookup("klien-value", requiring), 40403);
        assertErrorCode(() -> client.latest("klien-tidak-ada"), 40401);
        assertErrorCode(() -> client.version("klien-value", 2), 40402);
        assertErrorCode(() -> client.schemaById(999_999), 40403);
    }

    @Test
    void shouldKeepSubjectsIdsAndSettingsForANewApplicationContext() {
        int first;
        int second;
        try (ConfigurableApplicationContext hub = startAnother()) {
            SchemaRegistryService before = hub.getBean(SchemaRegistryService.class);
            before.settings().setCompatibility("restart-value", "FULL");
            before.settings().setMode("restart-mode-value", "READONLY", false);
            first = before.register("restart-value", SchemaInput.avro(RegistrySchemas.KABUPATEN), null, null);
            second =
                    before.register("restart-value", SchemaInput.avro(RegistrySchemas.KABUPATEN_WITH_NAME), null, null);
            before.deleteVersion("restart-value", "1", false);
        }
        try (ConfigurableApplicationContext hub = startAnother()) {
            SchemaRegistryService after = hub.getBean(SchemaRegistryService.class);
            assertThat(after.versions("restart-value", false, false)).containsExactly(2);
            assertThat(after.versions("restart-value", true, false)).containsExactly(1, 2);
            assertThat(after.version("restart-value", "latest", false).id()).isEqualTo(second);
            assertThat(after.schema(first).schema()).contains("Kabupaten");
            assertThat(after.settings().compatibility("restart-value", false)).isEqualTo(CompatibilityLevel.FULL);
            assertThat(after.settings().mode("restart-mode-value", false)).isEqualTo(RegistryMode.READONLY);
            assertThat(after.register("restart-lain-value", SchemaInput.avro(RegistrySchemas.KABUPATEN), null, null))
                    .isEqualTo(first);
            assertThat(after.register("restart-alamat-value", SchemaInput.avro(RegistrySchemas.ALAMAT), null, null))
                    .isGreaterThan(Math.max(first, second));
        }
    }

    private static void assertErrorCode(ThrowingCallable call, int errorCode) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(RegistryException.class, failure -> assertThat(failure.errorCode())
                        .isEqualTo(errorCode));
    }

    /** A second hub on the database of this test's context, as after a restart. */
    private ConfigurableApplicationContext startAnother() {
        return new SpringApplicationBuilder(RegistryTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                        "spring.main.banner-mode=off")
                .run();
    }

    /** Runs {@code count} tasks on {@link #THREADS} threads released together; each gets its number. */
    private static List<Integer> concurrently(int count, NumberedTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int number = 0; number < count; number++) {
                int taskNumber = number;
                Callable<Integer> call = () -> {
                    start.await();
                    return task.run(taskNumber);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> result : results) {
                answers.add(result.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface NumberedTask {
        int run(int number) throws Exception;
    }
}
