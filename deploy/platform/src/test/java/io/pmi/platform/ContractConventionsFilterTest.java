package io.pmi.platform;

import io.pmi.platform.openapi.ContractConventionsFilter;
import io.pmi.platform.problem.ProblemType;
import io.pmi.testsupport.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The contract documents what the code does, whether or not a resource remembered to say so. */
@QuarkusTest
class ContractConventionsFilterTest {

    private static JsonPath contract() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aClassMarkedLocalizedDocumentsItsHeadersOnEveryOperation() {
        JsonPath contract = contract();
        String created = "paths.'/probe-localized'.post.responses.'200'.headers";
        assertEquals("#/components/headers/ContentLanguage", contract.getString(created + ".Content-Language.$ref"));
        assertEquals("#/components/headers/Vary", contract.getString(created + ".Vary.$ref"));
        assertEquals("#/components/headers/Vary",
                contract.getString("paths.'/probe-localized'.post.responses.'500'.headers.Vary.$ref"));
        assertEquals("#/components/headers/Vary",
                contract.getString("paths.'/probe-localized/{id}'.put.responses.'200'.headers.Vary.$ref"));
        assertNull(contract.get("paths.'/probe'.post.responses.'200'.headers"), "/probe is not localized");
        given().post("/probe-localized").then().statusCode(200).header("Content-Language", "zh-CN")
                .header("Vary", containsString("Accept-Language"));
    }

    /** Any request URI may be unreadable; an operation with inputs documents its validation problem instead. */
    /** Issue 15, item 2: every enum says that values may be added, so that clients tolerate them. */
    @Test
    void everyEnumSaysItMayGrow() {
        JsonPath contract = contract();
        String status = contract.getString("components.schemas.Status.description");
        assertEquals(ContractConventionsFilter.EXTENSIBLE, status, contract.prettify());
    }

    @Test
    void everyOperationDocumentsA400() {
        JsonPath contract = contract();
        String example = ".responses.'400'.content.'application/problem+json'.examples";
        assertEquals(ProblemType.BAD_REQUEST.uri().toString(),
                contract.getString("paths.'/probe/boom'.get" + example + ".bad-request.value.type"));
        assertEquals(ProblemType.VALIDATION.uri().toString(),
                contract.getString("paths.'/probe'.post" + example + ".validation.value.type"));
        RawHttp.Response unreadable = RawHttp.send("GET", "/probe/boom?x=%ZZ");
        assertEquals(400, unreadable.status());
        assertEquals(ProblemType.BAD_REQUEST.uri().toString(), unreadable.json().getString("type"));
    }

    @Test
    void anOperationTakingIfMatchDocuments412And428() {
        JsonPath contract = contract();
        for (String status : new String[]{"412", "428"}) {
            String response = "paths.'/probe-localized/{id}'.put.responses.'" + status + "'";
            assertEquals("#/components/schemas/Problem",
                    contract.getString(response + ".content.'application/problem+json'.schema.$ref"), status);
        }
        assertNull(contract.get("paths.'/probe'.post.responses.'412'"), "/probe takes no If-Match");
    }
}
