package org.liaison.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Mints RS256 bearer tokens signed with the DEV/TEST-ONLY key pair (deploy/local/dev-keys). The subject
 * is the person's directory id; the roles go in the {@code groups} claim, as the services expect.
 *
 * <p>Plain JDK on purpose: {@code deploy/local/dev-token} runs this file directly with {@code java}, no build needed.
 */
public final class DevTokens {

    public static final String DEV_ISSUER = "https://liaison.dev/issuer";
    private static final String CLASSPATH_KEY = "/dev-keys/dev-private-key.pem";

    private DevTokens() {
    }

    /** A token valid for 12 hours, signed with the dev key found on the classpath. */
    public static String mint(String subject, String... roles) {
        try (InputStream pem = DevTokens.class.getResourceAsStream(CLASSPATH_KEY)) {
            if (pem == null) {
                throw new IllegalStateException("Dev key " + CLASSPATH_KEY + " is not on the classpath");
            }
            return mint(readPrivateKey(new String(pem.readAllBytes(), StandardCharsets.US_ASCII)),
                    DEV_ISSUER, subject, Arrays.asList(roles), Duration.ofHours(12));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String mint(PrivateKey key, String issuer, String subject, List<String> roles, Duration validFor) {
        Instant now = Instant.now(); // the services check a token's lifetime against the machine's own time
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        StringBuilder groups = new StringBuilder();
        for (String role : roles) {
            groups.append(groups.length() == 0 ? "" : ",").append(json(role));
        }
        String claims = "{\"iss\":" + json(issuer)
                + ",\"sub\":" + json(subject)
                + ",\"upn\":" + json(subject)
                + ",\"groups\":[" + groups + "]"
                + ",\"iat\":" + now.getEpochSecond()
                + ",\"exp\":" + now.plus(validFor).getEpochSecond()
                + ",\"jti\":" + json(UUID.randomUUID().toString()) + "}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a dev token", e);
        }
    }

    public static PrivateKey readPrivateKey(String pkcs8Pem) {
        String base64 = pkcs8Pem.replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a PKCS#8 RSA private key", e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** {@code java DevTokens.java KEY_FILE SUBJECT ROLE...}: prints the token on the last line of stdout. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: dev-token SUBJECT ROLE [ROLE...]   (DEV/TEST ONLY: signed with the public dev key)");
            System.err.println("roles: councillor officer members-services comms chief-executive monitoring-officer admin");
            System.exit(2);
        }
        PrivateKey key = readPrivateKey(Files.readString(Path.of(args[0]), StandardCharsets.US_ASCII));
        List<String> roles = new ArrayList<>(Arrays.asList(args).subList(2, args.length));
        System.out.println(mint(key, DEV_ISSUER, args[1], roles, Duration.ofHours(12)));
    }
}
