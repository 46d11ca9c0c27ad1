package io.pmi.testsupport;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example check finds a wrong example wherever a contract keeps one, and accepts what OpenAPI 3.0 allows. */
class ContractExamplesTest {

    private static final String COMPONENTS = """
            "components": {"schemas": {
              "Thing": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "string", "example": %s},
                "note": {"type": "string", "nullable": true},
                "kind": {"type": "string", "enum": ["A", "B"]}}}}}""";

    private static String contract(String idExample, String parameterExample, String responseExample) {
        return """
                {"openapi": "3.0.3", "paths": {"/things/{id}": {"get": {
                  "parameters": [{"name": "id", "in": "path", "required": true,
                                  "schema": {"type": "integer", "minimum": 1}, "example": %s}],
                  "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Thing"},
                    "examples": {"one": {"value": %s}}}}}}}}},
                %s}""".formatted(parameterExample, responseExample, COMPONENTS.formatted(idExample));
    }

    @Test
    void validExamplesPassWithNullableAndReferences() {
        assertEquals(List.of(), ContractExamples.defects(contract("\"t-1\"", "7",
                "{\"id\": \"t-1\", \"note\": null, \"kind\": \"A\"}")));
    }

    @Test
    void aResponseExampleAgainstAReferencedSchemaFails() {
        List<String> defects = ContractExamples.defects(contract("\"t-1\"", "7", "{\"kind\": \"C\"}"));
        assertEquals(2, defects.size(), defects.toString());
        assertTrue(defects.stream().allMatch(d -> d.startsWith("paths./things/{id}.get.responses.200.application/json"
                + ".examples.one")), defects.toString());
    }

    @Test
    void aParameterExampleFails() {
        List<String> defects = ContractExamples.defects(contract("\"t-1\"", "0", "{\"id\": \"t-1\"}"));
        assertEquals(1, defects.size(), defects.toString());
        assertTrue(defects.get(0).startsWith("paths./things/{id}.get.parameters[id].example"), defects.toString());
    }

    @Test
    void aPropertyExampleInTheComponentsFails() {
        List<String> defects = ContractExamples.defects(contract("42", "7", "{\"id\": \"t-1\"}"));
        assertEquals(1, defects.size(), defects.toString());
        assertTrue(defects.get(0).startsWith("components.schemas.Thing.id.example"), defects.toString());
    }
}
