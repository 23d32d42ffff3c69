package dev.citadel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcdsaPrivateKey;
import dev.citadel.corecrypto.pq.MlDsaParameterSet;
import dev.citadel.corecrypto.pq.MlDsaPrivateKey;
import dev.citadel.corecrypto.pq.MlKemParameterSet;
import dev.citadel.corecrypto.pq.MlKemPrivateKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code citadel crypto selftest|keygen}; generated keys are checked by the JDK's own parsers where it has one. */
class CryptoCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\n((?:[A-Za-z0-9+/=]{1,64}\\n)+)-----END \\1-----\\n");

    private static byte[] pem(String text, String label) {
        Matcher m = PEM.matcher(text);
        assertThat(m.matches()).as("PEM with 64-character lines: " + text).isTrue();
        assertThat(m.group(1)).isEqualTo(label);
        return Base64.getMimeDecoder().decode(m.group(2));
    }

    @Test
    void selftestListsEveryAlgorithmAndPasses() {
        Result r = run("crypto", "selftest");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ok   ").contains("SHA-256").endsWith("algorithms).\n").doesNotContain("FAIL");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"p256, EC", "p384, EC", "p521, EC", "ed25519, Ed25519", "x25519, X25519", "rsa2048, RSA", "rsa3072, RSA"})
    void pemKeysParseWithTheJdkAndMatch(String type, String jdkAlgorithm) throws Exception {
        Path pub = dir.resolve(type + ".pub.pem");
        Result r = run("crypto", "keygen", "--type", type, "--public-out", pub.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        KeyFactory factory = KeyFactory.getInstance(jdkAlgorithm);
        var privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(pem(r.out(), "PRIVATE KEY")));
        var publicKey = factory.generatePublic(new X509EncodedKeySpec(pem(Files.readString(pub), "PUBLIC KEY")));
        assertThat(privateKey.getAlgorithm()).isIn(jdkAlgorithm, "EdDSA", "XDH");
        if (publicKey instanceof java.security.interfaces.RSAPublicKey rsa) {
            assertThat(rsa.getModulus()).isEqualTo(((java.security.interfaces.RSAPrivateKey) privateKey).getModulus());
            assertThat(rsa.getModulus().bitLength()).isEqualTo(Integer.parseInt(type.substring(3)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"p256", "p521", "ed25519", "x25519", "rsa2048"})
    @dev.citadel.testing.RequiresTool(value = "openssl", probe = "version")
    @org.junit.jupiter.api.DisplayName("OpenSSL accepts the private key and derives the same public key")
    void opensslAgrees(String type) throws Exception {
        Path key = dir.resolve(type + ".key");
        Path pub = dir.resolve(type + ".pub");
        Result r = run("crypto", "keygen", "--type", type, "--public-out", pub.toString());
        Files.writeString(key, r.out());

        assertThat(openssl("pkey", "-in", key.toString(), "-noout", "-check")).contains("Key is valid");
        assertThat(openssl("pkey", "-in", key.toString(), "-pubout")).isEqualTo(Files.readString(pub));
    }

    private static String openssl(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("openssl"));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        return output;
    }

    @Test
    void publicKeyGoesToStandardErrorWithoutPublicOut() {
        Result r = run("crypto", "keygen", "--type", "ed25519");
        assertThat(r.code()).isZero();
        pem(r.out(), "PRIVATE KEY");
        pem(r.err(), "PUBLIC KEY");
    }

    @Test
    void mlKemAndMlDsaKeysAreSeedFormPkcs8WhoseSeedGivesThePrintedPublicKey() {
        Result kem = run("crypto", "keygen", "--type", "mlkem768");
        byte[] kemDer = pem(kem.out(), "PRIVATE KEY");
        byte[] kemSeed = seedOf(kemDer, "0609608648016503040402", 64);
        assertThat(MlKemPrivateKey.fromSeed(MlKemParameterSet.ML_KEM_768, kemSeed).publicKey().spki())
                .isEqualTo(pem(kem.err(), "PUBLIC KEY"));

        Result dsa = run("crypto", "keygen", "--type", "mldsa65");
        byte[] dsaSeed = seedOf(pem(dsa.out(), "PRIVATE KEY"), "0609608648016503040312", 32);
        assertThat(MlDsaPrivateKey.fromSeed(MlDsaParameterSet.ML_DSA_65, dsaSeed).publicKey().spki())
                .isEqualTo(pem(dsa.err(), "PUBLIC KEY"));
    }

    /** SEQUENCE { INTEGER 0, SEQUENCE { oid }, OCTET STRING { [0] seed } }, checked byte for byte. */
    private static byte[] seedOf(byte[] der, String algorithmHex, int seedLength) {
        String hex = java.util.HexFormat.of().formatHex(der);
        String algorithm = "30" + String.format("%02x", algorithmHex.length() / 2) + algorithmHex;
        String prefix = "020100" + algorithm + "04" + String.format("%02x", seedLength + 2) + "80"
                + String.format("%02x", seedLength);
        assertThat(hex).startsWith("30" + String.format("%02x", prefix.length() / 2 + seedLength) + prefix);
        assertThat(der).hasSize(2 + prefix.length() / 2 + seedLength);
        return Arrays.copyOfRange(der, der.length - seedLength, der.length);
    }

    @Test
    void ecJwkHasTheRfc7518MembersAndDMatchesXY() throws Exception {
        Path pub = dir.resolve("p256.jwk");
        Result r = run("crypto", "keygen", "--type", "p256", "--format", "jwk", "--public-out", pub.toString());
        JsonNode jwk = new ObjectMapper().readTree(r.out());
        JsonNode pubJwk = new ObjectMapper().readTree(Files.readString(pub));

        assertThat(jwk.path("kty").asText()).isEqualTo("EC");
        assertThat(jwk.path("crv").asText()).isEqualTo("P-256");
        assertThat(pubJwk.has("d")).isFalse();
        byte[] d = Base64.getUrlDecoder().decode(jwk.path("d").asText());
        byte[] x = Base64.getUrlDecoder().decode(pubJwk.path("x").asText());
        byte[] y = Base64.getUrlDecoder().decode(pubJwk.path("y").asText());
        assertThat(d).hasSize(32);
        byte[] x963 = EcdsaPrivateKey.fromRawScalar(EcCurve.P_256, d).publicKey().point().x963();
        assertThat(Arrays.copyOfRange(x963, 1, 33)).isEqualTo(x);
        assertThat(Arrays.copyOfRange(x963, 33, 65)).isEqualTo(y);
    }

    @Test
    void rsaAndOkpJwksAreConsistent() throws Exception {
        JsonNode rsa = new ObjectMapper().readTree(run("crypto", "keygen", "--type", "rsa2048", "--format", "jwk").out());
        BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(rsa.path("n").asText()));
        BigInteger p = new BigInteger(1, Base64.getUrlDecoder().decode(rsa.path("p").asText()));
        BigInteger q = new BigInteger(1, Base64.getUrlDecoder().decode(rsa.path("q").asText()));
        assertThat(p.multiply(q)).isEqualTo(n);
        assertThat(rsa.path("e").asText()).isEqualTo("AQAB");
        assertThat(rsa.has("dp") && rsa.has("dq") && rsa.has("qi") && rsa.has("d")).isTrue();

        Result ed = run("crypto", "keygen", "--type", "ed25519", "--format", "jwk");
        JsonNode edJwk = new ObjectMapper().readTree(ed.out());
        assertThat(edJwk.path("kty").asText()).isEqualTo("OKP");
        assertThat(edJwk.path("crv").asText()).isEqualTo("Ed25519");
        assertThat(Base64.getUrlDecoder().decode(edJwk.path("d").asText())).hasSize(32);
        assertThat(new ObjectMapper().readTree(ed.err()).path("x").asText()).isEqualTo(edJwk.path("x").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"p255", "rsa1024", "RSA2048", ""})
    void unknownTypeIsAUsageError(String type) {
        Result r = run("crypto", "keygen", "--type", type);
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("citadel: unknown --type").contains("p256, p384").doesNotContain("\n\t");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void otherUsageErrorsExit2() {
        assertThat(run("crypto", "keygen").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("crypto", "keygen", "--type", "p256", "--format", "der").code()).isEqualTo(ExitCodes.USAGE);
        Result jwk = run("crypto", "keygen", "--type", "mlkem768", "--format", "jwk");
        assertThat(jwk.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(jwk.err()).contains("not defined for mlkem768");
        assertThat(run("crypto", "frobnicate").code()).isEqualTo(ExitCodes.USAGE);
    }
}
