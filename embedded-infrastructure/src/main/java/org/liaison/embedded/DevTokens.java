package org.liaison.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bearer tokens for the tests and the local run, each asked of the real OIDC server ({@link OidcServer}) through
 * an OAuth2 token request (client credentials) at the token endpoint its discovery document names. The token's
 * claims follow the request's form parameters: {@code subject} → {@code sub}, {@code email} → {@code email},
 * {@code roles} (space-separated) → {@code groups}, {@code audience} → {@code aud}.
 *
 * <p>DEV/TEST ONLY. {@link #main} is what {@code deploy/local/dev-token} runs; it needs nothing but the JDK.
 */
public final class DevTokens {

    /** The local run's OIDC server (deploy/local/run); dev-token asks it unless LIAISON_OIDC_ISSUER names another. */
    public static final String LOCAL_ISSUER = "http://127.0.0.1:8090/liaison";
    /** The test client; the mock server accepts any secret, so this one is no secret. */
    static final String CLIENT_ID = "liaison-dev-tokens";
    private static final String CLIENT_SECRET = "local-test-only";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKEN_ENDPOINTS = new ConcurrentHashMap<>();

    private DevTokens() {
    }

    /** A token whose subject is {@code subject} (e.g. a directory id), with {@code roles}, from the tests' server. */
    public static String mint(String subject, String... roles) {
        return mintAt(OidcServer.forTests().issuer(), subject, roles);
    }

    /** As {@link #mint}, from the server at {@code issuer} (e.g. the local run's). */
    public static String mintAt(String issuer, String subject, String... roles) {
        return request(issuer, Map.of("subject", subject, "roles", String.join(" ", roles)));
    }

    /**
     * A token as a council's provider issues it: the person only by {@code email}; the subject is the provider's own
     * id for them, which means nothing to Liaison.
     */
    public static String forEmail(String email, String... roles) {
        return request(OidcServer.forTests().issuer(), Map.of("subject", providerSubject(email), "email", email,
                "roles", String.join(" ", roles)));
    }

    /**
     * Asks the server at {@code issuer} for a token with these form parameters ({@code subject}, {@code roles},
     * optionally {@code email}, {@code audience} (default the services' audience), {@code expired=true}).
     */
    public static String request(String issuer, Map<String, String> claimParameters) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", CLIENT_ID);
        form.put("client_secret", CLIENT_SECRET);
        form.put("audience", OidcServer.AUDIENCE);
        form.putAll(claimParameters);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String endpoint = TOKEN_ENDPOINTS.computeIfAbsent(issuer, DevTokens::discoverTokenEndpoint);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        String response = send(request, "a token from " + endpoint);
        return field(response, "access_token", "the token response of " + endpoint);
    }

    private static String discoverTokenEndpoint(String issuer) {
        String discovery = issuer + "/.well-known/openid-configuration";
        String document = send(HttpRequest.newBuilder(URI.create(discovery)).timeout(Duration.ofSeconds(10)).build(), discovery);
        return field(document, "token_endpoint", discovery);
    }

    private static String send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Asking for " + what + " gave HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Could not ask for " + what + " (is the OIDC server running?): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking for " + what, e);
        }
    }

    private static String field(String json, String name, String source) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException(source + " has no " + name + ": " + json);
        }
        return matcher.group(1);
    }

    /** A stable, opaque id for a person at the provider, as Entra ID's or Google's {@code sub} is. */
    static String providerSubject(String email) {
        return "idp-" + Integer.toHexString(email.toLowerCase(java.util.Locale.ROOT).hashCode());
    }

    /**
     * {@code DevTokens EMAIL-OR-ID ROLE...}: prints a token from the local run's OIDC server on the last line of stdout.
     * An argument with an {@code @} is an email (the way a council's provider names a person); otherwise a directory id.
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: dev-token EMAIL-OR-DIRECTORY-ID ROLE [ROLE...]   (DEV/TEST ONLY: asks the local OIDC server)");
            System.err.println("roles: councillor officer members-services comms chief-executive monitoring-officer admin");
            System.exit(2);
        }
        String issuer = System.getenv().getOrDefault("LIAISON_OIDC_ISSUER", LOCAL_ISSUER);
        String person = args[0];
        String roles = String.join(" ", Arrays.asList(args).subList(1, args.length));
        Map<String, String> claims = person.contains("@")
                ? Map.of("subject", providerSubject(person), "email", person, "roles", roles)
                : Map.of("subject", person, "roles", roles);
        System.out.println(request(issuer, claims));
    }
}
