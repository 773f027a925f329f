package org.liaison.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.quarkus.OidcTestResource;

/**
 * The web app on its own, signing in at the real (DEV/TEST-ONLY) OIDC server, with no service behind it: the sign-in
 * redirect and its cookies, the security headers, GOV.UK Frontend served by the app itself, CSRF protection of forms,
 * and a service that does not answer shown as a page rather than a 500. The whole journey in a browser, with the
 * services, is system-tests' EnquiryInTheBrowserIT.
 */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
class WebAppTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/")
    URI app;

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_to_the_provider_with_pkce_and_a_secure_state_cookie() throws Exception {
        HttpResponse<String> response = get("/enquiries/new", Map.of());
        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/authorize?") && location.contains("code_challenge_method=S256")
                && location.contains("client_id=liaison-web"), location);
        String stateCookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("q_auth"))
                .findFirst().orElseThrow();
        assertTrue(hasFlags(stateCookie), stateCookie);
    }

    @Test
    void every_page_has_a_strict_content_security_policy_and_is_not_cached() throws Exception {
        HttpResponse<String> page = get("/signed-out", Map.of());
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("default-src 'self'") && policy.contains("script-src 'self';")
                && policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertFalse(page.body().contains("<script>") || page.body().contains("style="), "nothing inline");
    }

    @Test
    void govuk_frontend_is_served_by_the_app_and_nothing_outside_its_folder() throws Exception {
        HttpResponse<String> css = get("/govuk/govuk-frontend.min.css", Map.of());
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertEquals(200, get("/govuk/govuk-frontend.min.js", Map.of()).statusCode());
        assertEquals(200, get("/assets/images/favicon.svg", Map.of()).statusCode());
        HttpResponse<String> htmx = get("/htmx/htmx.min.js", Map.of()); // vendored, served without sign-in like the styles
        assertEquals(200, htmx.statusCode());
        assertTrue(htmx.body().contains("htmx"), "the htmx library");
        for (String outside : List.of("/govuk/..%2F..%2F..%2Fpom.properties", "/govuk/%2e%2e/%2e%2e/application.properties",
                "/assets/../application.properties", "/govuk/nothing-here.css", "/govuk/govuk-frontend.min.css.gz")) {
            int status = get(outside, Map.of()).statusCode();
            assertTrue(status == 404 || status == 302 || status == 400, outside + " gave " + status);
        }
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused_and_a_service_that_does_not_answer_is_a_page() throws Exception {
        Map<String, String> cookies = signIn("someone@members.council.example", "councillor");

        HttpResponse<String> forged = post("/enquiries", Map.of("subject", "Forged", "body", "From another site",
                "serviceAreaCode", "ENV", "category", "WARD_ISSUE"), cookies);
        assertEquals(400, forged.statusCode(), forged.body());

        // signed in, but the services are not there (this test starts none): the page says so, with 503
        HttpResponse<String> start = get("/", cookies);
        assertEquals(503, start.statusCode());
        assertTrue(start.body().contains("the service is unavailable"), start.body());
    }

    /** The authorization code flow, as a browser goes through it; the session's cookies. */
    private Map<String, String> signIn(String email, String role) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> toProvider = get("/", cookies);
        keep(toProvider, cookies);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(authorize))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", email,
                        "claims", "{\"email\": \"" + email + "\", \"groups\": [\"" + role + "\"]}")))).build(),
                HttpResponse.BodyHandlers.ofString());
        String callback = login.headers().firstValue("Location").orElseThrow(() -> new AssertionError(login.body()));
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(callback)).header("Cookie", header(cookies))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        keep(signedIn, cookies);
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("q_session="))
                .findFirst().orElseThrow();
        assertTrue(hasFlags(session), session);
        return cookies;
    }

    /** Secure, HttpOnly and SameSite=Lax (attribute names are case-insensitive). */
    private static boolean hasFlags(String setCookie) {
        List<String> attributes = java.util.Arrays.stream(setCookie.split(";")).map(a -> a.strip().toLowerCase(java.util.Locale.ROOT))
                .toList();
        return attributes.containsAll(List.of("secure", "httponly", "samesite=lax"));
    }

    private HttpResponse<String> get(String path, Map<String, String> cookies) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.resolve(path));
        if (!cookies.isEmpty()) {
            request.header("Cookie", header(cookies));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> cookies)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(app.resolve(path)).header("Cookie", header(cookies))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void keep(HttpResponse<?> response, Map<String, String> cookies) {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String value = pair.substring(eq + 1);
            if (value.isEmpty()) {
                cookies.remove(pair.substring(0, eq));
            } else {
                cookies.put(pair.substring(0, eq), value);
            }
        }
    }

    private static String header(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
