package org.cxworkbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS of a {@link NetworkServer}: a PKCS#12 keystore with the server's key and certificate, and its password.
 * Derby's {@code sslMode=basic} encrypts with the key; its clients ({@code ;ssl=basic}) do not check the
 * certificate, so the administrator hands out its SHA-256 fingerprint ({@link #fingerprint()}) for users to compare.
 *
 * <p>The keystore is given to Derby as the JVM's default {@link SSLContext}, never through the
 * {@code javax.net.ssl.keyStorePassword} system property, so its password is in no property and on no command line.
 * A keystore generated for the server ({@link #generated(Path)}) lies in {@code tls/} of the server folder, its
 * random password beside it in a file only the owner may read. The JDK has no API for a self-signed certificate, so
 * it is made by the JDK's own {@code keytool} (from {@code java.home}), which reads the password from its
 * environment, not from its arguments.
 */
public final class ServerTls {

    /** The folder in the server's folder where a generated keystore lies. */
    public static final String FOLDER = "tls";
    static final String KEYSTORE_FILE = "server.p12";
    static final String PASSWORD_FILE = "keystore.password";
    private static final String PASSWORD_VARIABLE = "CXW_KEYSTORE_GENERATED_PASSWORD";

    private final Path keystore;
    private final char[] password;
    private final boolean generatedNow;

    private ServerTls(Path keystore, char[] password, boolean generatedNow) {
        this.keystore = keystore;
        this.password = password;
        this.generatedNow = generatedNow;
    }

    /** The keystore the administrator names, with its password. */
    public static ServerTls keystore(Path keystore, char[] password) throws IOException, GeneralSecurityException {
        ServerTls tls = new ServerTls(keystore.toAbsolutePath(), password.clone(), false);
        tls.load();
        return tls;
    }

    /**
     * The server's own keystore in {@code home/tls/}: the one generated before, or a new self-signed one (RSA 3072,
     * valid ten years, for {@code localhost} and the host's name).
     *
     * @throws IOException when {@code keytool} is missing or fails
     */
    public static ServerTls generated(Path home) throws IOException, GeneralSecurityException {
        Path folder = home.toAbsolutePath().resolve(FOLDER);
        Path keystore = folder.resolve(KEYSTORE_FILE);
        Path passwordFile = folder.resolve(PASSWORD_FILE);
        if (Files.exists(keystore) && Files.exists(passwordFile)) {
            ServerTls tls = new ServerTls(keystore, Files.readString(passwordFile, StandardCharsets.UTF_8).strip()
                    .toCharArray(), false);
            tls.load();
            return tls;
        }
        Files.createDirectories(folder);
        ownerOnly(folder, "rwx------");
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.deleteIfExists(passwordFile);
        Files.createFile(passwordFile);
        ownerOnly(passwordFile, "rw-------");
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        Files.deleteIfExists(keystore);
        runKeytool(keystore, password);
        ownerOnly(keystore, "rw-------");
        ServerTls tls = new ServerTls(keystore, password.toCharArray(), true);
        tls.load();
        return tls;
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folders are private already
        }
    }

    private static void runKeytool(Path keystore, String password) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "keytool.exe"
                        : "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new IOException("no keytool in " + keytool.getParent() + " to generate the server's certificate;"
                    + " name a keystore with --keystore instead");
        }
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        List<String> command = new ArrayList<>(List.of(keytool.toString(), "-genkeypair", "-alias", "cxw-server",
                "-keyalg", "RSA", "-keysize", "3072", "-validity", "3650", "-storetype", "PKCS12", "-keystore",
                keystore.toString(), "-storepass:env", PASSWORD_VARIABLE, "-dname", "CN=" + host + ", O=CX Workbench",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1" + (host.equals("localhost") ? "" : ",dns:" + host),
                "-noprompt"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, password);
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("keytool could not generate the server's certificate: "
                        + output.strip().replace('\n', ' '));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while keytool generated the server's certificate", e);
        }
    }

    private KeyStore load() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType().equals("jks") ? "PKCS12"
                : KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(keystore)) {
            try {
                store.load(in, password);
            } catch (IOException e) {
                if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
                    throw new GeneralSecurityException("wrong password for the keystore " + keystore, e);
                }
                throw new IOException("cannot read the keystore " + keystore + ": " + e.getMessage(), e);
            }
        }
        if (Collections.list(store.aliases()).stream().noneMatch(alias -> isKey(store, alias))) {
            throw new GeneralSecurityException("the keystore " + keystore + " holds no private key");
        }
        return store;
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Where the keystore is. */
    public Path keystore() {
        return keystore;
    }

    /** Whether {@link #generated(Path)} made the keystore just now (and did not find it). */
    public boolean generatedNow() {
        return generatedNow;
    }

    /** The SHA-256 fingerprint of the server's certificate, as keytool prints it ({@code AB:CD:...}). */
    public String fingerprint() throws IOException, GeneralSecurityException {
        KeyStore store = load();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                Certificate certificate = store.getCertificate(alias);
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
                return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
            }
        }
        throw new GeneralSecurityException("the keystore " + keystore + " holds no private key");
    }

    /**
     * An SSL context serving the keystore's key. Its trust is Derby's {@code sslMode=basic}, as in
     * {@link #basicClientContext()}: the server's own commands (its ping) reach it through the default context too.
     */
    SSLContext context() throws IOException, GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(), password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), new TrustManager[] {new BasicTrust()}, null);
        return context;
    }

    /**
     * The client side of Derby's {@code sslMode=basic} for the server's commands ({@code cxw server stop --tls}):
     * Derby's control client takes the JVM's default context, which would refuse a self-signed certificate. Like
     * Derby's own clients with {@code ;ssl=basic}, it encrypts and does not check the certificate; the administrator
     * compares the fingerprint {@code cxw server start --tls} printed.
     */
    static SSLContext basicClientContext() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new BasicTrust()}, null);
        return context;
    }

    /** Trusts every certificate: Derby's {@code basic} mode, encryption without peer authentication. */
    private static final class BasicTrust implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // basic: no client certificates
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // basic: not checked, as Derby's own ;ssl=basic clients do
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
