package dev.citadel.cli;

import dev.citadel.corecrypto.SelfTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code citadel crypto selftest|keygen|vectors|hpke}: corecrypto and cryptokit from the command line. */
@Command(name = "crypto", mixinStandardHelpOptions = true, subcommands = {VectorsCommand.class, HpkeCommand.class},
        description = "Run the crypto self-test or the vector suites, generate a key pair, or seal and open with HPKE.")
final class CryptoCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "selftest", mixinStandardHelpOptions = true,
            description = {"Run corecrypto's power-on known-answer tests and print each algorithm.",
                    "Exit 0 when every test passes, 1 otherwise."})
    int selftest() {
        PrintWriter out = spec.commandLine().getOut();
        SelfTest.Result result = SelfTest.run();
        String failure = result.failure() == null ? "" : result.failure();
        for (String algorithm : result.algorithms()) {
            boolean failed = failure.contains(algorithm + " (");
            out.println((failed ? "FAIL " : "ok   ") + algorithm);
        }
        if (result.passed()) {
            out.println("Self-test passed (" + result.algorithms().size() + " algorithms).");
            return ExitCodes.OK;
        }
        out.println("Self-test FAILED: " + failure);
        return ExitCodes.FAILED;
    }

    @Command(name = "keygen", mixinStandardHelpOptions = true,
            description = {"Generate a key pair: the private key goes to standard output (PKCS#8 PEM, or a JWK),",
                    "the public key to standard error or --public-out (SubjectPublicKeyInfo PEM, or a public JWK).",
                    "WARNING: the private key is printed in the clear; redirect it to a file only you can read."})
    int keygen(
            @Option(names = "--type", required = true, paramLabel = "TYPE",
                    description = "p256, p384, p521, ed25519, x25519, rsa2048, rsa3072, mlkem768 or mldsa65") String type,
            @Option(names = "--format", defaultValue = "pem", paramLabel = "FORMAT",
                    description = "pem (default) or jwk (not defined for mlkem768 and mldsa65)") String format,
            @Option(names = "--public-out", paramLabel = "FILE",
                    description = "write the public key to FILE instead of standard error") Path publicOut) {
        KeyType keyType = KeyType.fromName(type).orElseThrow(() -> new CliFailure("unknown --type '" + type
                + "' (known: " + String.join(", ", KeyType.names()) + ")", ExitCodes.USAGE));
        if (!format.equals("pem") && !format.equals("jwk")) {
            throw new CliFailure("unknown --format '" + format + "' (known: pem, jwk)", ExitCodes.USAGE);
        }
        boolean jwk = format.equals("jwk");
        if (jwk && !keyType.hasJwk()) {
            throw new CliFailure("--format jwk is not defined for " + keyType.cliName() + " (use pem)", ExitCodes.USAGE);
        }
        try (GeneratedKey key = keyType.generate()) {
            String privateText = jwk ? Jwk.privateKey(key) : Pem.encode("PRIVATE KEY", key.pkcs8());
            String publicText = jwk ? Jwk.publicKey(key) : Pem.encode("PUBLIC KEY", key.spki());
            if (publicOut != null) {
                write(publicOut, publicText);
            } else {
                spec.commandLine().getErr().print(publicText);
                spec.commandLine().getErr().flush();
            }
            spec.commandLine().getOut().print(privateText);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new CliFailure("cannot write " + file + ": " + e.getClass().getSimpleName(), ExitCodes.FAILED);
        }
    }
}
