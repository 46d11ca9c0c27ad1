package io.pmi.testsupport;

import io.restassured.RestAssured;
import io.restassured.response.Response;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Creates a resource as tenant A and tries everything on it as tenant B: read, list, update and delete must all
 * look exactly as if it did not exist, and tenant A must find it untouched afterwards. Each service adds its
 * resources as {@link Fixture}s.
 *
 * @see TestTokens#TENANT_A
 */
public final class CrossTenant {

    private CrossTenant() {
    }

    /**
     * @param createPath where tenant A creates it (answers 201 with a Location)
     * @param createBody the creation body
     * @param listPath   a listing that shows tenant A the new resource
     * @param updateBody a valid update body for the resource
     */
    public record Fixture(String createPath, String createBody, String listPath, String updateBody) {
    }

    public static void assertIsolated(Fixture fixture) {
        String a = TestTokens.hrAdmin(TestTokens.TENANT_A);
        String b = TestTokens.hrAdmin(TestTokens.TENANT_B);
        Response created = RestAssured.given().auth().oauth2(a).contentType("application/json")
                .body(fixture.createBody()).post(fixture.createPath());
        assertEquals(201, created.statusCode(), created.asString());
        String location = created.header("Location");
        assertNotNull(location, "a create answers with a Location");
        String itemPath = location.replaceFirst("^https?://[^/]+", "");
        String id = itemPath.substring(itemPath.lastIndexOf('/') + 1);
        String before = RestAssured.given().auth().oauth2(a).get(itemPath).then().statusCode(200).extract().asString();
        String etag = RestAssured.given().auth().oauth2(a).get(itemPath).header("ETag");
        assertTrue(RestAssured.given().auth().oauth2(a).get(fixture.listPath()).asString().contains(id),
                "tenant A sees its own resource in " + fixture.listPath());

        String missingPath = itemPath.substring(0, itemPath.lastIndexOf('/') + 1) + UUID.randomUUID();
        Response missing = RestAssured.given().auth().oauth2(b).get(missingPath);
        Response foreign = RestAssured.given().auth().oauth2(b).get(itemPath);
        assertSameAsMissing("read", foreign, missing, id, missingPath);
        assertFalse(RestAssured.given().auth().oauth2(b).get(fixture.listPath()).asString().contains(id),
                "tenant B must not see tenant A's resource in " + fixture.listPath());

        Response foreignUpdate = RestAssured.given().auth().oauth2(b).contentType("application/json")
                .header("If-Match", etag == null ? "*" : etag).body(fixture.updateBody()).put(itemPath);
        Response missingUpdate = RestAssured.given().auth().oauth2(b).contentType("application/json")
                .header("If-Match", etag == null ? "*" : etag).body(fixture.updateBody()).put(missingPath);
        assertSameAsMissing("update", foreignUpdate, missingUpdate, id, missingPath);

        Response foreignDelete = RestAssured.given().auth().oauth2(b).header("If-Match", etag == null ? "*" : etag)
                .delete(itemPath);
        Response missingDelete = RestAssured.given().auth().oauth2(b).header("If-Match", etag == null ? "*" : etag)
                .delete(missingPath);
        assertSameAsMissing("delete", foreignDelete, missingDelete, id, missingPath);

        String after = RestAssured.given().auth().oauth2(a).get(itemPath).then().statusCode(200).extract().asString();
        assertEquals(before, after, "tenant B's attempts must leave tenant A's resource untouched");
    }

    private static void assertSameAsMissing(String what, Response foreign, Response missing, String id,
                                            String missingPath) {
        assertEquals(missing.statusCode(), foreign.statusCode(), what + ": status differs from a missing id");
        assertEquals(404, foreign.statusCode(), what + " of another tenant's resource must be a 404");
        assertEquals(missing.contentType(), foreign.contentType(), what + ": content type differs");
        String missingId = missingPath.substring(missingPath.lastIndexOf('/') + 1);
        assertEquals(missing.asString().replace(missingId, "ID"), foreign.asString().replace(id, "ID"),
                what + ": body differs from a missing id's");
    }

    private static void assertTrue(boolean condition, String message) {
        org.junit.jupiter.api.Assertions.assertTrue(condition, message);
    }
}
