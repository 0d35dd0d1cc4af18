package io.github.jiracloud.camel.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A certificate for localhost and 127.0.0.1 that no trust store knows, made with the JDK's keytool when a test needs
 * one (so no key pair lives in the repository): its key store for a TLS server, and a trust store holding only it.
 */
public final class SelfSignedCertificate {

    public static final String PASSWORD = "changeit";

    private final Path keyStore;
    private final Path trustStore;

    private SelfSignedCertificate(Path keyStore, Path trustStore) {
        this.keyStore = keyStore;
        this.trustStore = trustStore;
    }

    /** Makes the key pair and its certificate in {@code directory}. */
    public static SelfSignedCertificate create(Path directory) throws IOException, GeneralSecurityException {
        Path keyStore = directory.resolve("server.p12");
        // A short-lived JVM: quick to start beats quick to run.
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-genkeypair", "-alias", "server", "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        try {
            if (!keytool.waitFor(2, TimeUnit.MINUTES) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: "
                        + new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            keytool.destroyForcibly();
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", load(keyStore).getCertificate("server"));
        Path trustStore = directory.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trusted.store(out, PASSWORD.toCharArray());
        }
        return new SelfSignedCertificate(keyStore, trustStore);
    }

    /** What a TLS server presents: this certificate and its key. */
    public SSLContext serverContext() throws IOException, GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(keyStore), PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** A PKCS12 trust store (password {@link #PASSWORD}) that trusts this certificate and nothing else. */
    public Path trustStore() {
        return trustStore;
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }
}
