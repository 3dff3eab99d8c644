package dev.voxpress.serve.ondemand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * {@code docs/openapi.yaml}, read with Jackson: checks that an answer's status is documented for its operation and
 * that its JSON body is valid against the documented schema (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 */
final class OpenApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode doc;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    OpenApi(Path file) throws IOException {
        this.doc = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }

    /**
     * Fails unless {@code status} is documented for {@code method} on {@code pathTemplate}, and {@code body} is
     * valid against its schema.
     */
    void check(String method, String pathTemplate, int status, String body) throws IOException {
        String where = method + " " + pathTemplate + " " + status;
        JsonNode operation = doc.path("paths").path(pathTemplate).path(method.toLowerCase(java.util.Locale.ROOT));
        assertTrue(operation.isObject(), "not documented: " + method + " " + pathTemplate);
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        assertTrue(response.isObject(), "status not documented: " + where + ": " + body);
        String pointer = "#/paths/" + escape(pathTemplate) + "/" + method.toLowerCase(java.util.Locale.ROOT)
                + "/responses/" + status;
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText();
        }
        ObjectNode root = doc.deepCopy();
        root.put("$ref", pointer + "/content/application~1json/schema");
        List<Error> errors = registry.getSchema(root).validate(JSON.readTree(body));
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), where + ": " + body);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
