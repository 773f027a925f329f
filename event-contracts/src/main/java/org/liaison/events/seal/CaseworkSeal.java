package org.liaison.events.seal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwe.ContentEncryptionAlgorithmIdentifiers;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Casework text sealed for the email hub alone: a reply body travels on Kafka, sits in outbox rows and in the hub's
 * queue only as a JWE (RSA-OAEP-256 key wrapping, A256GCM content encryption) that the hub's private key opens.
 * enquiry-service holds only the public key. Each seal names the enquiry it belongs to in its protected header, so a
 * body cannot be moved into another enquiry's event; and the key's thumbprint as {@code kid}, so the hub can hold the
 * old key beside the new one while events sealed with the old one drain (rotation). Retiring a key makes every body
 * still sealed with it unreadable, on Kafka and in dead letters alike.
 */
public final class CaseworkSeal {

    /** The protected header naming the enquiry a sealed text belongs to. */
    static final String ENQUIRY_HEADER = "liaison-enquiry";
    private static final String PUBLIC = "PUBLIC KEY";
    private static final String PRIVATE = "PRIVATE KEY";

    private CaseworkSeal() {
    }

    /** A sealed text the hub cannot open: tampered, sealed for a key it does not hold, or moved to another enquiry. */
    public static final class UnreadableSeal extends RuntimeException {
        UnreadableSeal(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Seals with one public key (enquiry-service). */
    public static final class Sealer {
        private final RSAPublicKey key;
        private final String keyId;

        Sealer(RSAPublicKey key) {
            this.key = key;
            this.keyId = thumbprint(key);
        }

        public String keyId() {
            return keyId;
        }

        /** {@code text} sealed for the hub, bound to {@code enquiryId}. */
        public String seal(String text, String enquiryId) {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(enquiryId, "enquiryId");
            JsonWebEncryption jwe = new JsonWebEncryption();
            jwe.setAlgorithmHeaderValue(KeyManagementAlgorithmIdentifiers.RSA_OAEP_256);
            jwe.setEncryptionMethodHeaderParameter(ContentEncryptionAlgorithmIdentifiers.AES_256_GCM);
            jwe.setKeyIdHeaderValue(keyId);
            jwe.setHeader(ENQUIRY_HEADER, enquiryId);
            jwe.setPayload(text);
            jwe.setKey(key);
            try {
                return jwe.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException("Cannot seal casework text with key " + keyId, e);
            }
        }
    }

    /** Opens with any of the hub's private keys (the current one and those still draining). */
    public static final class Opener {
        private final Map<String, PrivateKey> keys;

        Opener(Map<String, PrivateKey> keys) {
            this.keys = Map.copyOf(keys);
        }

        public java.util.Set<String> keyIds() {
            return keys.keySet();
        }

        /** The text sealed for {@code enquiryId}; {@link UnreadableSeal} if it is not exactly that. */
        public String open(String sealed, String enquiryId) {
            JsonWebEncryption jwe = new JsonWebEncryption();
            jwe.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                    KeyManagementAlgorithmIdentifiers.RSA_OAEP_256));
            jwe.setContentEncryptionAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                    ContentEncryptionAlgorithmIdentifiers.AES_256_GCM));
            try {
                jwe.setCompactSerialization(sealed);
                PrivateKey key = keys.get(jwe.getKeyIdHeaderValue());
                if (key == null) {
                    throw new UnreadableSeal("Sealed with key " + jwe.getKeyIdHeaderValue() + ", which the hub does not "
                            + "hold (it holds " + keys.keySet() + ")", null);
                }
                jwe.setKey(key);
                String text = jwe.getPayload();
                if (!Objects.equals(enquiryId, jwe.getHeader(ENQUIRY_HEADER))) {
                    throw new UnreadableSeal("Sealed for enquiry " + jwe.getHeader(ENQUIRY_HEADER) + ", not " + enquiryId, null);
                }
                return text;
            } catch (JoseException | IllegalArgumentException e) {
                throw new UnreadableSeal("The sealed text cannot be opened: " + e.getMessage(), e);
            }
        }
    }

    /** A sealer for an RSA public key in PEM ("BEGIN PUBLIC KEY", X.509 SubjectPublicKeyInfo). */
    public static Sealer sealer(String publicKeyPem) {
        try {
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(publicKeyPem, PUBLIC)));
            return new Sealer((RSAPublicKey) key);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("Not an RSA public key in PEM: " + e.getMessage(), e);
        }
    }

    /** An opener for RSA private keys in PEM ("BEGIN PRIVATE KEY", PKCS#8), each known by its public key's thumbprint. */
    public static Opener opener(List<String> privateKeyPems) {
        if (privateKeyPems.isEmpty()) {
            throw new IllegalArgumentException("At least one private key is needed to open sealed casework text");
        }
        Map<String, PrivateKey> keys = new LinkedHashMap<>();
        for (String pem : privateKeyPems) {
            try {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der(pem, PRIVATE)));
                RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
                keys.put(thumbprint(pub), key);
            } catch (GeneralSecurityException | ClassCastException e) {
                throw new IllegalArgumentException("Not an RSA private key in PEM (PKCS#8): " + e.getMessage(), e);
            }
        }
        return new Opener(keys);
    }

    /** A new 3072-bit key pair, as PEM: for a council's first key, a rotation, or a test's or local run's own keys. */
    public static Pem generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            KeyPair pair = generator.generateKeyPair();
            return new Pem(pem(PUBLIC, pair.getPublic().getEncoded()), pem(PRIVATE, pair.getPrivate().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key pair in PEM: the public half for enquiry-service, the private half for the hub alone. */
    public record Pem(String publicKey, String privateKey) {
        @Override
        public String toString() {
            return "Pem[publicKey=" + publicKey.length() + " chars, privateKey=(not shown)]";
        }
    }

    /** Writes a key pair for an operator: {@code java ... CaseworkSeal <public.pem> <private.pem>}. */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length != 2) {
            System.err.println("usage: CaseworkSeal <public-key.pem> <private-key.pem>");
            System.exit(2);
        }
        Pem pem = generate();
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), pem.publicKey());
        java.nio.file.Path privateFile = java.nio.file.Path.of(args[1]);
        java.nio.file.Files.writeString(privateFile, pem.privateKey());
        try {
            java.nio.file.Files.setPosixFilePermissions(privateFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the operator protects the file
        }
    }

    private static String thumbprint(RSAPublicKey key) {
        return new RsaJsonWebKey(key).calculateBase64urlEncodedThumbprint("SHA-256");
    }

    private static byte[] der(String pem, String kind) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("no key given");
        }
        String begin = "-----BEGIN " + kind + "-----";
        String end = "-----END " + kind + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("expected a PEM block " + begin + " ... " + end);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + kind + "-----\n";
    }
}
