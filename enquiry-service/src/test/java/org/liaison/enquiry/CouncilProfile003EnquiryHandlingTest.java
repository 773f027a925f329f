package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;

/**
 * enquiry-service on seed 003's profile (part B): casework is treated in confidence and not copied
 * (single-constituent-casework NOT_NORMALLY, B §5.6), and only a director or assistant director judges that a request
 * takes unreasonable resources (resources-judged-by DIRECTOR, B §7.2). On liaison-default both are allowed
 * (ReplyDeclineWithdrawTest: a consented copy goes out; the key contact declines on cost grounds).
 */
@QuarkusTest
@TestProfile(CouncilProfile003EnquiryHandlingTest.Seed003.class)
class CouncilProfile003EnquiryHandlingTest {

    public static class Seed003 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "003");
        }
    }

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    record Raised(String id, String councillor, String key, String head, String director, String wardColleague) {
    }

    private Raised raise(String category) {
        String director = directory.officer("Dee Director", "DIRECTOR", null);
        String head = directory.officer("Hugh Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kay Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        String ward = directory.wardCode();
        String councillor = directory.councillor("Cllr Ona Reed", null, List.of(), ward);
        String colleague = directory.councillor("Cllr Pat Lowe", null, List.of(), ward);
        String id = given().auth().oauth2(DevTokens.mint(councillor, "councillor")).contentType(ContentType.JSON)
                .body(Map.of("subject", "Mrs X's rent account", "body", "Please check Mrs X's arrears.", "serviceAreaCode",
                        area, "category", category, "wardCode", ward))
                .when().post("/enquiries").then().statusCode(201).extract().path("id");
        return new Raised(id, councillor, key, head, director, colleague);
    }

    private static Response as(String officer, String path, Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.mint(officer, "officer")).contentType(ContentType.JSON).body(body)
                .when().post(path);
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_casework_is_not_copied_even_with_the_councillors_consent_but_a_ward_matter_goes_to_the_ward() {
        Raised casework = raise("CASEWORK");
        given().auth().oauth2(DevTokens.mint(casework.councillor(), "councillor")).contentType(ContentType.JSON)
                .body(Map.of("anyCouncillor", true)).when().post("/enquiries/" + casework.id() + "/copy-consent")
                .then().statusCode(200);
        as(casework.key(), "/enquiries/" + casework.id() + "/reply", Map.of("body", "Booked.", "copyTo",
                List.of(casework.wardColleague())))
                .then().statusCode(422).contentType("application/problem+json").body("ruleId", equalTo("ENQ-10"))
                .body("errors[0].field", equalTo("copyTo[0]"));
        as(casework.key(), "/enquiries/" + casework.id() + "/reply", Map.of("body", "Booked.")).then().statusCode(200);

        Raised wardIssue = raise("WARD_ISSUE");
        as(wardIssue.key(), "/enquiries/" + wardIssue.id() + "/reply", Map.of("body", "Fixed.", "copyTo",
                List.of(wardIssue.wardColleague()))).then().statusCode(200);
    }

    @Tag("ENQ-11")
    @Test
    void ENQ_11_only_a_director_declines_a_request_as_an_unreasonable_use_of_resources() {
        Raised request = raise("INFORMATION");
        Map<String, Object> cost = Map.of("reason", "UNREASONABLE_RESOURCES", "explanation", "Ten years of invoices.");
        String decline = "/enquiries/" + request.id() + "/decline";
        as(request.key(), decline, cost).then().statusCode(422).contentType("application/problem+json")
                .body("ruleId", equalTo("ENQ-11")).body("errors[0].field", equalTo("reason"));
        as(request.head(), decline, cost).then().statusCode(422).body("ruleId", equalTo("ENQ-11"));
        as(request.director(), decline, cost).then().statusCode(200).body("status", equalTo("DECLINED"));
        given().auth().oauth2(DevTokens.mint(request.councillor(), "councillor")).when().get("/enquiries/" + request.id())
                .then().statusCode(200).body("decline.declinedBy", equalTo(request.director()));

        Raised other = raise("INFORMATION");
        as(other.key(), "/enquiries/" + other.id() + "/decline", Map.of("reason", "PRIVATE_PURPOSE", "explanation",
                "It concerns the councillor's own business.")).then().statusCode(200); // the other reasons are anyone's
    }
}
