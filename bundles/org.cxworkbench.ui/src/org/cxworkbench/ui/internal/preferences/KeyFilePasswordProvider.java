package org.cxworkbench.ui.internal.preferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of Eclipse secure storage, so that the results store's password is kept encrypted without
 * asking the user for a master password (the platform's own providers either prompt, which needs the IDE's
 * security UI, or need a desktop keyring, which Xvfb and servers lack). The key is a random 256-bit value created
 * once in {@code ~/.cxworkbench/secure-storage.key}, readable by the user alone (0600), or where the system property
 * {@value #KEY_FILE_PROPERTY} points.
 *
 * <p>What this protects: the password is never in a preferences file, a workspace or a copy of either; whoever can
 * read the user's home folder can still decrypt it, as with any keyring that opens without a prompt.
 */
public final class KeyFilePasswordProvider extends PasswordProvider {

    /** Overrides where the key file is (tests, shared machines). */
    public static final String KEY_FILE_PROPERTY = "cxworkbench.secureStorageKey";

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            return new PBEKeySpec(key(keyFile()).toCharArray());
        } catch (IOException e) {
            ILog.of(KeyFilePasswordProvider.class).error("Cannot read or create the secure storage key "
                    + keyFile() + ": " + e.getMessage(), e);
            return null; // secure storage then reports that no password was given
        }
    }

    /** The key file in use. */
    public static Path keyFile() {
        String set = System.getProperty(KEY_FILE_PROPERTY);
        return set != null && !set.isBlank() ? Path.of(set)
                : Path.of(System.getProperty("user.home"), ".cxworkbench", "secure-storage.key");
    }

    private static synchronized String key(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String key = Base64.getEncoder().encodeToString(random);
            try {
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException race) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
            return key;
        }
        String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (key.isEmpty()) {
            throw new IOException("the key file is empty");
        }
        return key;
    }
}
