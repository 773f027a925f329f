package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.ServiceProcess;
import org.liaison.embedded.SuiteClock;
import org.liaison.embedded.SuiteServices;
import org.liaison.profile.CouncilProfile;
import org.liaison.profile.CouncilProfiles;
import org.liaison.profile.Setting;

/**
 * Issue 12: every service of the suite starts on each of the six ready council profiles, and its
 * {@code GET /council-profile} shows that profile, read from the bundled file, with that file's values
 * (docs/council-profiles.md).
 *
 * <p>Per profile the four services start together, as extra packaged instances beside the running suite: each on a
 * fresh database and its own consumer group, a hub starting at the end of the enquiry and media events and reading no
 * bounce mailbox, so that they take nothing from the suite's services and send no email.
 */
class EveryCouncilProfileStartsIT {

    private static final String ADMIN = DevTokens.mint("system-test-admin", "admin");
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private static RunningSuite suite;
    /** One thread per service: the four start together, and stop together. */
    private static ExecutorService together;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = RunningSuite.get();
        together = Executors.newFixedThreadPool(SuiteServices.ALL.size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004-herefordshire", "liaison-default"})
    void every_service_starts_on_the_profile_and_shows_it_at_council_profile(String name) throws Exception {
        CouncilProfile bundled = CouncilProfiles.load(name);
        // the values compared below tell this profile from every other ready one
        for (String other : CouncilProfiles.BUNDLED) {
            if (!other.equals(name)) {
                assertNotEquals(valuesOf(CouncilProfiles.load(other)), valuesOf(bundled), name + " and " + other);
            }
        }
        List<ServiceProcess> started = startEveryService(name);
        try {
            // asked together too: a service's first signed-in request waits for the OIDC server's keys
            List<CompletableFuture<Response>> answers = started.stream().map(instance -> CompletableFuture.supplyAsync(
                    () -> given().baseUri(instance.baseUrl()).auth().oauth2(ADMIN).when().get("/council-profile"),
                    together)).toList();
            for (int i = 0; i < started.size(); i++) {
                ServiceProcess instance = started.get(i);
                Map<String, Object> shown = answers.get(i).join().then().statusCode(200).extract().jsonPath().getMap("");
                assertEquals(name, shown.get("name"), instance.name());
                assertEquals("classpath:council-profiles/" + name + ".yaml", shown.get("source"), instance.name());
                assertEquals(bundled.location(), shown.get("source"), instance.name());
                assertEquals(bundled.council(), shown.get("council"), instance.name());
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> settings = (List<Map<String, Object>>) shown.get("settings");
                Map<String, Object> values = new LinkedHashMap<>();
                settings.forEach(setting -> values.put((String) setting.get("key"), setting.get("value")));
                assertEquals(valuesOf(bundled), values, instance.name() + " at " + instance.baseUrl());
                // one setting that differs between the ready profiles, named for the reader of a failure
                assertEquals(bundled.setting("enquiries.direct-approach.lowest-seniority").value(),
                        values.get("enquiries.direct-approach.lowest-seniority"), instance.name());
            }
        } finally {
            closeTogether(started);
        }
    }

    /**
     * An enquiry-service on a fresh database publishes its (empty) non-working days at start, on the suite's compacted
     * topic: the suite's enquiry-service publishes its own once more (a closure day set and removed), and the suite's
     * replicas have it, before the next test.
     */
    @AfterAll
    static void theSuitesCalendarIsTheLastOneOnTheTopic() {
        if (together != null) {
            together.shutdown();
        }
        if (suite == null) {
            return;
        }
        // a day no test uses, inside the ten years ahead a request may name (DateWindow)
        String day = suite.servicesNow().atZone(SuiteClock.LONDON).toLocalDate().plusYears(9).toString();
        String enquiry = suite.url("enquiry-service");
        given().baseUri(enquiry).auth().oauth2(ADMIN).contentType("application/json")
                .body(Map.of("reason", "Republishing the suite's calendar")).when().put("/calendar/closure-days/" + day)
                .then().statusCode(200);
        given().baseUri(enquiry).auth().oauth2(ADMIN).when().delete("/calendar/closure-days/" + day)
                .then().statusCode(204);
        suite.awaitOutboxPublished(RunningSuite.ENQUIRY, null);
        suite.awaitConsumedToEnd("ward-notify-service", Set.of("calendar.non-working-days"));
    }

    /** The four services on {@code profile}, started together; none is left running if one does not start. */
    private static List<ServiceProcess> startEveryService(String profile) {
        List<CompletableFuture<ServiceProcess>> starts = new ArrayList<>();
        for (SuiteServices.Service service : SuiteServices.ALL) {
            starts.add(CompletableFuture.supplyAsync(() -> SuiteServices.startInstance(suite.repository,
                    suite.infrastructure, service, instanceName(service, profile), database(service, profile),
                    environment(service, profile), suite.logs, READY_WITHIN), together));
        }
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).exceptionally(failed -> null).join();
        List<ServiceProcess> started = new ArrayList<>();
        RuntimeException failure = null;
        for (CompletableFuture<ServiceProcess> start : starts) {
            try {
                started.add(start.join());
            } catch (CompletionException e) {
                failure = failure == null ? new IllegalStateException("Not every service started on council profile "
                        + profile + " (logs in " + suite.logs + ")", e.getCause()) : failure;
            }
        }
        if (failure != null) {
            closeTogether(started);
            throw failure;
        }
        return started;
    }

    /** Each stops gracefully, all at once (a Kafka consumer takes seconds to leave its group). */
    private static void closeTogether(List<ServiceProcess> instances) {
        CompletableFuture.allOf(instances.stream().map(instance -> CompletableFuture.runAsync(instance::close, together))
                .toArray(CompletableFuture[]::new)).join();
    }

    private static String instanceName(SuiteServices.Service service, String profile) {
        return service.name() + "-profile-" + profile;
    }

    /** A fresh database per instance: e.g. {@code notify_profile_004_herefordshire}. */
    private static String database(SuiteServices.Service service, String profile) {
        return service.database() + "_profile_" + profile.toLowerCase().replace('-', '_');
    }

    /**
     * The suite's test configuration and the profile; a consumer group of its own (or it would take records from the
     * suite's service of the same group); a hub begins at the end of the enquiry and media events (or every old email
     * would be sent again) and leaves the suite's bounce mailbox alone (it would delete reports it cannot match).
     */
    private static Map<String, String> environment(SuiteServices.Service service, String profile) {
        Map<String, String> environment = new HashMap<>(suite.testEnvironment);
        environment.put("LIAISON_COUNCIL_PROFILE", profile);
        environment.put("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_GROUP_ID", instanceName(service, profile));
        environment.put("LIAISON_ENQUIRY_EVENTS_OFFSET_RESET", "latest");
        environment.put("LIAISON_MEDIA_EVENTS_OFFSET_RESET", "latest");
        environment.put("LIAISON_BOUNCES_CHECK_EVERY", "off");
        return environment;
    }

    /** Each setting's value by key, as a service shows it in JSON (lists as lists, numbers and flags as such). */
    private static Map<String, Object> valuesOf(CouncilProfile profile) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Setting setting : profile.settings()) {
            values.put(setting.key(), setting.value());
        }
        return values;
    }
}
