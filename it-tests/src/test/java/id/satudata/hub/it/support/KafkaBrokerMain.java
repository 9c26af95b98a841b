package id.satudata.hub.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The in-process test broker ({@link KafkaBroker}) as a process of its own, for {@code bench/kafka.sh}: writes its
 * {@code bootstrap.servers} to the file named by the first argument once it is ready, and runs until it is stopped,
 * removing its log directories on the way out.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        KafkaBroker broker = KafkaBroker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-stop"));
        Path ready = Path.of(args[0]);
        Path written = ready.resolveSibling(ready.getFileName() + ".tmp");
        Files.writeString(written, broker.bootstrapServers());
        Files.move(written, ready, StandardCopyOption.ATOMIC_MOVE);
        Thread.currentThread().join();
    }
}
