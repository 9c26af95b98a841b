package id.satudata.hub.connectors.file;

import java.io.File;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Hands the file a file consumer picked up to its pipeline's {@link FileIngestion}. */
public final class FileIngestionProcessor implements Processor {

    private final FileIngestion ingestion;

    public FileIngestionProcessor(FileIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    public void process(Exchange exchange) {
        ingestion.ingest(exchange.getIn().getBody(File.class).toPath());
    }
}
