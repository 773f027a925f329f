package org.liaison.directory;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.liaison.embedded.quarkus.CallerIdentityContract;

/** directory-service finds the caller in its own records. */
@QuarkusTest
class DirectoryCallerIdentityTest extends CallerIdentityContract {

    @Override
    protected String councillor(String email, boolean serving) {
        return given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr " + email, "email", email, "wardCodes", List.of(DirectoryApi.ward()),
                        "status", serving ? "ACTIVE" : "FORMER"))
                .when().post("/councillors").then().statusCode(201).extract().path("id");
    }

    @Override
    protected String officer(String email) {
        return DirectoryApi.officer(email, "OFFICER");
    }
}
