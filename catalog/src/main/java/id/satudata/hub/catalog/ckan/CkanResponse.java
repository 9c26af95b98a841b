package id.satudata.hub.catalog.ckan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * CKAN's envelope around every action's answer: {@code help} (the URL of the action's documentation),
 * {@code success}, and either {@code result} or {@code error}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CkanResponse(String help, boolean success, Object result, Map<String, Object> error) {

    public static CkanResponse ok(String help, Object result) {
        return new CkanResponse(help, true, result, null);
    }

    public static CkanResponse failed(String help, Map<String, Object> error) {
        return new CkanResponse(help, false, null, error);
    }
}
