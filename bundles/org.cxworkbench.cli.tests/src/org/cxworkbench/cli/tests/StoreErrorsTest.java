package org.cxworkbench.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.store.StoreOptions;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.store.EmbeddedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a store command says when the store cannot be used: one line naming the cause. The database is held open by
 * a second JVM (Derby's real lock, XSDB6), the disk is a real tiny tmpfs when this may mount one, the file is real.
 */
class StoreErrorsTest {

    @TempDir
    Path dir;

    private Path journey;

    @BeforeEach
    void setUp() throws Exception {
        journey = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir);
    }

    private final CxwRunner cxw = new CxwRunner();

    private int cxw(String... args) {
        return cxw.run(args);
    }

    private String err() {
        return cxw.err();
    }

    @Test
    void aDatabaseOpenInAnotherProcessIsNamedAsSuch() throws Exception {
        Path db = dir.resolve("results");
        Path work = Files.createDirectories(dir.resolve("work"));
        Path cache = dir.resolve("cache");
        Process holder = holdOpen(db, work, cache);
        try {
            assertThat(cxw("score", "--journey", journey.toString(), "--db", db.toString()))
                    .isEqualTo(ExitCode.FAILURE);
            assertThat(err()).isEqualTo("cxw score: the results database " + db + " is open in another process:"
                    + " another cxw or the CX Workbench has it open; close that first, or share the store through"
                    + " cxw server\n");
            Path export = dir.resolve("november.csv");
            Files.writeString(export, "Response ID,NPS\nr1,9\n", StandardCharsets.UTF_8);
            assertThat(cxw("import", export.toString(), "--journey", journey.toString(), "--db", db.toString()))
                    .isEqualTo(ExitCode.FAILURE);
            assertThat(err()).endsWith("cxw import: the results database " + db + " is open in another process:"
                    + " another cxw or the CX Workbench has it open; close that first, or share the store through"
                    + " cxw server\n").doesNotContain("ClassLoader");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(holder.exitValue()).isZero();
        // the other process's Derby logged into the user's cache, not into its current folder
        assertThat(work.resolve("derby.log")).doesNotExist();
        assertThat(cache.resolve("cxworkbench/derby.log")).isRegularFile();
    }

    @Test
    void aRegularFileAsDbIsNamedAsSuch() throws Exception {
        Path file = dir.resolve("results.csv");
        Files.writeString(file, "not a database\n", StandardCharsets.UTF_8);
        assertThat(cxw("score", "--journey", journey.toString(), "--db", file.toString()))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err()).isEqualTo("cxw score: --db " + file + " is a file, not a results database folder\n");
        Path export = dir.resolve("november.csv");
        Files.writeString(export, "Response ID,NPS\nr1,9\n", StandardCharsets.UTF_8);
        assertThat(cxw("import", export.toString(), "--journey", journey.toString(), "--db", file.toString()))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(err()).endsWith("cxw import: --db " + file + " is a file, not a results database folder\n");
        assertThat(Files.readString(file)).isEqualTo("not a database\n");
    }

    @Test
    void aFullDiskIsNamedAsSuch() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        // a real full disk needs a small file system: root may mount a tmpfs (the sandbox and CI run as root)
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString()) == 0,
                "cannot mount a tmpfs here");
        try {
            Path csv = dir.resolve("answers.csv");
            assertThat(cxw("generate", "--journey", journey.toString(), "--out", csv.toString(), "--rows", "40000"))
                    .as(err()).isEqualTo(ExitCode.OK);
            Path db = disk.resolve("results");
            int code = cxw("import", csv.toString(), "--journey", journey.toString(), "--mapping",
                    dir.resolve("answers.mapping").toString(), "--db", db.toString());
            assertThat(code).as(err()).isEqualTo(ExitCode.FAILURE);
            List<String> lines = err().lines().filter(line -> line.startsWith("cxw import:")).toList();
            assertThat(lines).as(err()).hasSize(1);
            assertThat(lines.get(0)).as(err()).contains("the disk holding the results database is full or over its"
                    + " quota").doesNotContain("No current connection");
        } finally {
            run("umount", "-l", disk.toString());
        }
    }

    @Test
    void aFullDiskIsFoundWhereverDerbyPutsItInTheChain() {
        SQLException log = new SQLException("Error encountered when attempting to write the transaction recovery"
                + " log. Most likely the disk holding the recovery log is full.", "XSLA4");
        // what the importer throws: its failure, with the rollback that found the database shut down as suppressed
        SQLException failure = new SQLException("Java exception: 'java.io.IOException'", "XJ001");
        failure.setNextException(log);
        failure.addSuppressed(new SQLException("No current connection.", "08003"));
        assertThat(StoreOptions.describe(failure)).isEqualTo("the disk holding the results database is full or over"
                + " its quota (XSLA4); free some space and run the command again");
        SQLException page = new SQLException("Page could not be written to disk", "XSDG1");
        SQLException wrapped = new SQLException("A wrapper", "XJ001", new SQLException("Failed", "40XT0", page));
        assertThat(StoreOptions.describe(wrapped)).contains("(XSDG1)");
        SQLException io = new SQLException("Java exception", "XJ001",
                new java.io.IOException("No space left on device"));
        assertThat(StoreOptions.describe(io)).contains("full or over its quota (No space left on device)");
        assertThat(StoreOptions.describe(new SQLException("Table 'X' does not exist.", "42X05")))
                .isEqualTo("Table 'X' does not exist. (42X05)");
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    /**
     * A second JVM that opens {@code db} through the store's {@link EmbeddedDatabase} (creating it) and keeps it open
     * until its stdin closes; it runs in {@code work} with {@code cache} as its user cache.
     */
    private Process holdOpen(Path db, Path work, Path cache) throws Exception {
        Path source = dir.resolve("Hold.java");
        Files.writeString(source, """
                public class Hold {
                    public static void main(String[] args) throws Exception {
                        var db = org.cxworkbench.store.EmbeddedDatabase.open(java.nio.file.Path.of(args[0]));
                        try (var connection = db.connection()) {
                            System.out.println("open");
                            System.out.flush();
                            while (System.in.read() >= 0) {
                                // until the test closes stdin
                            }
                        }
                        db.close();
                    }
                }
                """, StandardCharsets.UTF_8);
        // Derby as the store bundle sees it: the derby bundle (the engine) with its fragments derbytools (where
        // EmbeddedDriver is) and derbyshared
        ClassLoader derby = EmbeddedDatabase.class.getClassLoader().loadClass("org.apache.derby.jdbc.EmbeddedDriver")
                .getClassLoader();
        List<String> classPath = new ArrayList<>();
        for (String type : List.of("org.apache.derby.jdbc.EmbeddedDriver", "org.apache.derby.iapi.jdbc.JDBCBoot",
                "org.apache.derby.shared.common.error.StandardException")) {
            String entry = location(derby.loadClass(type));
            if (!classPath.contains(entry)) {
                classPath.add(entry);
            }
        }
        classPath.add(location(EmbeddedDatabase.class));
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, classPath),
                source.toString(), db.toString()).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process process = builder.start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            said.append(line).append('\n');
            if (line.equals("open")) {
                return process;
            }
        }
        process.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("the second JVM did not open the database (class path " + classPath + "):\n"
                + said);
    }

    /** The jar or folder a class was loaded from, as a class path entry. */
    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
