package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;

/**
 * enquiry-service on seed 003's profile (part B): "Other than for routine service queries, this is likely to be at
 * service manager level or above" (B §3.9), so a routine service query may name a junior officer and an ordinary
 * enquiry may not (on liaison-default neither may, EnquiryIntakeTest; on 000 both may,
 * CouncilProfile000DirectApproachTest); casework is treated in confidence and not copied
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

    @Tag("ENQ-5")
    @Test
    void ENQ_5_a_routine_service_query_may_name_an_officer_an_ordinary_enquiry_may_not() {
        String director = directory.officer("Dee Director", "DIRECTOR", null);
        String head = directory.officer("Hugh Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kay Key", "SERVICE_MANAGER", head);
        String officer = directory.officer("Owen Officer", "OFFICER", key);
        String area = directory.serviceArea(key, head, director);
        String councillor = directory.councillor("Cllr Rhys Bevan", null, List.of());

        namingAnOfficer(councillor, area, officer, "ORDINARY").then().statusCode(422)
                .contentType("application/problem+json").body("ruleId", equalTo("ENQ-5"))
                .body("detail", containsString("other than routine service queries"))
                .body("detail", containsString("service manager level or above"));
        namingAnOfficer(councillor, area, officer, "STRATEGIC_OR_SIGNIFICANT").then().statusCode(422)
                .body("ruleId", equalTo("ENQ-5"));
        String id = namingAnOfficer(councillor, area, officer, "ROUTINE_SERVICE_QUERY").then().statusCode(201)
                .body("assignedOfficerId", equalTo(officer)).extract().path("id");
        given().auth().oauth2(DevTokens.mint(councillor, "councillor")).when().get("/enquiries/" + id).then()
                .statusCode(200).body("significance", equalTo("ROUTINE_SERVICE_QUERY"));
        given().auth().oauth2(DevTokens.mint(officer, "officer")).when().get("/enquiries?assignedTo=" + officer).then()
                .statusCode(200).body("items[0].significance", equalTo("ROUTINE_SERVICE_QUERY"));
        given().auth().oauth2(DevTokens.mint(councillor, "councillor")).when().get("/council-profile").then()
                .statusCode(200)
                .body("settings.find { it.key == 'enquiries.direct-approach.exceptions' }.value",
                        equalTo(List.of("ROUTINE_SERVICE_QUERY")))
                .body("settings.find { it.key == 'enquiries.direct-approach.exceptions' }.enforced", equalTo(true));
    }

    private static Response namingAnOfficer(String councillor, String area, String officer, String significance) {
        Map<String, Object> body = new HashMap<>(Map.of("subject", "Missed bin collection", "body",
                "The bins on Elm Road were missed on Tuesday.", "serviceAreaCode", area, "category", "WARD_ISSUE",
                "officerId", officer, "significance", significance));
        return given().auth().oauth2(DevTokens.mint(councillor, "councillor")).contentType(ContentType.JSON).body(body)
                .when().post("/enquiries");
    }
}
