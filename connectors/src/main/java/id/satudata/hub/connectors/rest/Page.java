package id.satudata.hub.connectors.rest;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;

/**
 * One page of an API's answer, read.
 *
 * @param uri the page's URI as requested, without credentials in the query
 * @param description the URI as messages show it
 * @param headers the response headers, for a {@code Link} to the next page
 * @param body the whole JSON body, for a cursor or next link in it
 * @param records the records found at the records path, in order
 */
record Page(URI uri, String description, HttpHeaders headers, JsonNode body, List<SourceRecord> records) {}
