package org.cxworkbench.cli.internal.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * An unsigned copy of a jar (the framework's, {@code org.eclipse.osgi}), for {@link CxwMain}'s class path: the same
 * entries without the signature files ({@code META-INF/*.SF}, {@code .RSA}, {@code .DSA}, {@code .EC}) and with the
 * manifest's main section only (the per-entry digests go with the signature). The JDK's ahead-of-time cache takes
 * no class from a signed jar; from this copy it takes them all. Entries are stored, not compressed: a class read
 * from the jar (before the cache exists) is then not inflated either.
 *
 * <p>Usage (by the launch script, on a plain JVM, once per product): {@code java -cp <cli jar>
 * org.cxworkbench.cli.internal.launch.FrameworkCopy <signed jar> <copy> [<signed jar> <copy>]...} (the framework's
 * jar, and its extension's); writes each copy beside its final name and moves it there, so that a run never sees
 * half a jar; exits 1 with one line on stderr on failure.
 */
public final class FrameworkCopy {

    private FrameworkCopy() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length % 2 != 0) {
            System.err.println("usage: FrameworkCopy <jar> <unsigned copy> [<jar> <unsigned copy>]...");
            System.exit(2);
        }
        for (int i = 0; i < args.length; i += 2) {
            try {
                copy(Path.of(args[i]), Path.of(args[i + 1]));
            } catch (IOException | RuntimeException e) {
                System.err.println("cxw: cannot make an unsigned copy of " + args[i] + ": " + e);
                System.exit(1);
            }
        }
    }

    /** Writes the unsigned copy of {@code jar} to {@code copy} (replacing it). */
    public static void copy(Path jar, Path copy) throws IOException {
        Path tmp = copy.resolveSibling(copy.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(tmp);
                ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (isSignature(name)) {
                    continue;
                }
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                    bytes = mainSection(bytes);
                }
                ZipEntry stored = new ZipEntry(name);
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(bytes.length);
                stored.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                stored.setCrc(crc.getValue());
                stored.setTime(entry.getTime());
                out.putNextEntry(stored);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A signature file of the jar's signer: META-INF/NAME.SF, .RSA, .DSA or .EC (not in a subfolder). */
    static boolean isSignature(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC");
    }

    private static byte[] mainSection(byte[] manifest) throws IOException {
        Manifest signed = new Manifest(new java.io.ByteArrayInputStream(manifest));
        Manifest unsigned = new Manifest();
        Attributes main = unsigned.getMainAttributes();
        main.putAll(signed.getMainAttributes());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        unsigned.write(bytes);
        return bytes.toByteArray();
    }
}
