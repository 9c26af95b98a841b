package id.satudata.hub.connectors.rest;

import id.satudata.hub.connectors.ingest.SourceHealth;
import java.util.ArrayList;
import java.util.List;

/** Keeps each report of a source's health as {@code STATE message}, so that tests can read the sequence. */
final class RecordingHealth implements SourceHealth {

    final List<String> reports = new ArrayList<>();

    @Override
    public synchronized void healthy() {
        if (reports.isEmpty() || !reports.get(reports.size() - 1).equals("HEALTHY")) {
            reports.add("HEALTHY");
        }
    }

    @Override
    public synchronized void degraded(String message) {
        reports.add("DEGRADED " + message);
    }

    @Override
    public synchronized void failed(String message) {
        reports.add("FAILED " + message);
    }

    synchronized String last() {
        return reports.isEmpty() ? "" : reports.get(reports.size() - 1);
    }
}
