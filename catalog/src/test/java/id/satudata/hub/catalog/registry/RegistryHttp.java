package id.satudata.hub.catalog.registry;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Requests to the registry API as a Confluent client sends them: its content type, JSON bodies, error checks. */
final class RegistryHttp {

    static final String BASE = "/registry";
    static final MediaType V1 = MediaType.parseMediaType("application/vnd.schemaregistry.v1+json");

    private final MockMvc http;
    private final ObjectMapper json;

    RegistryHttp(MockMvc http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    ResultActions get(String path) throws Exception {
        return http.perform(MockMvcRequestBuilders.get(BASE + path));
    }

    ResultActions post(String path, String body) throws Exception {
        return http.perform(
                MockMvcRequestBuilders.post(BASE + path).contentType(V1).content(body));
    }

    ResultActions put(String path, String body) throws Exception {
        return http.perform(
                MockMvcRequestBuilders.put(BASE + path).contentType(V1).content(body));
    }

    ResultActions delete(String path) throws Exception {
        return http.perform(MockMvcRequestBuilders.delete(BASE + path));
    }

    /** Registers and answers the global id. */
    int register(String subject, String schema) throws Exception {
        String answer = post("/subjects/" + subject + "/versions", schema(schema))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(answer).get("id").asInt();
    }

    String schema(String schema) throws Exception {
        return json.writeValueAsString(Map.of("schema", schema));
    }

    String schema(String schema, String referenceName, String subject, int version) throws Exception {
        Map<String, Object> reference = Map.of("name", referenceName, "subject", subject, "version", version);
        return json.writeValueAsString(Map.of("schema", schema, "references", List.of(reference)));
    }

    String imported(String schema, int id, int version) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schema", schema);
        body.put("id", id);
        body.put("version", version);
        return json.writeValueAsString(body);
    }

    String json(Object value) throws Exception {
        return json.writeValueAsString(value);
    }

    /** Confluent's error answer: the status, its content type and {@code error_code}. */
    static void expectError(ResultActions answer, int status, int errorCode) throws Exception {
        answer.andExpect(status().is(status))
                .andExpect(content().contentType(V1))
                .andExpect(jsonPath("$.error_code").value(errorCode))
                .andExpect(jsonPath("$.message").isString());
    }
}
