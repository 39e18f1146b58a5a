package org.branchledger.shell;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.branchledger.Main;

/**
 * The installed app's class-data archive (AppCDS): the JDK classes and ours that a start loads, mapped
 * from one file instead of read and verified class by class, which takes about a third off a cold start.
 *
 * <p>The installers' launchers pass {@code -XX:SharedArchiveFile=$APPDIR/branch-ledger.jsa} and name it
 * in {@value #ARCHIVE}. On Java 17 an archive is valid only for the exact jar path it was made with, so it
 * is made where the app is installed: at build time for the app-image, by the .deb's postinst, and
 * otherwise by the app itself after its window is up (a per-user Windows install, a moved app-image).
 * A missing or stale archive costs speed only: the JVM then loads classes the ordinary way.
 */
public final class StartupArchive {
    /** System property set by the installers' launchers: where the archive belongs. */
    public static final String ARCHIVE = "branchledger.cds.archive";

    private final Path archive;
    private final Path jar;

    StartupArchive(Path archive, Path jar) {
        this.archive = archive;
        this.jar = jar;
    }

    /** The archive of this installation, if the launcher named one. */
    static Optional<StartupArchive> ofThisInstallation() {
        String configured = System.getProperty(ARCHIVE);
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.of(new StartupArchive(Path.of(configured), jar));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Makes the archive of this installation (the build and the .deb's postinst call this). */
    public static void main(String[] args) throws Exception {
        StartupArchive archive = ofThisInstallation()
                .orElseThrow(() -> new IllegalStateException("-D" + ARCHIVE + "=FILE is needed"));
        if (!archive.dump()) {
            System.err.println("could not write the start-up archive " + archive.archive);
            System.exit(1);
        }
    }

    /** After the window is up: remakes a missing or stale archive in the background, if the folder allows. */
    static void refreshLater() {
        // A daemon pool thread: closing the window never waits for it; an unfinished dump leaves only a .partial.
        // The checks read files: on that thread too, not on the window's.
        org.branchledger.core.ui.Tasks.beside(() -> {
            ofThisInstallation().filter(StartupArchive::needsDump).filter(StartupArchive::canWrite)
                    .ifPresent(StartupArchive::dump);
            return null;
        });
    }

    Path classList() {
        return archive.resolveSibling("branch-ledger.classlist");
    }

    Path stampFile() {
        return archive.resolveSibling(archive.getFileName() + ".stamp");
    }

    /** What the JVM checks an archive against: the jar's path, size and time, and the JVM itself. */
    String stamp() throws IOException {
        return jar.toAbsolutePath() + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis() + "\n"
                + System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n";
    }

    boolean needsDump() {
        try {
            return Files.isRegularFile(classList()) && !(Files.isRegularFile(archive) && Files.isRegularFile(stampFile())
                    && Files.readString(stampFile(), StandardCharsets.UTF_8).equals(stamp()));
        } catch (IOException e) {
            return false;
        }
    }

    boolean canWrite() {
        return Files.isWritable(archive.toAbsolutePath().getParent());
    }

    /** Runs the JVM's archive dump from the class list; replaces the archive only when it succeeded. */
    boolean dump() {
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // C1 only: the dump loads and links classes and compiles little; C2 compiling its loops cost a second
            Process p = new ProcessBuilder(List.of(java, "-Xshare:dump", "-XX:TieredStopAtLevel=1",
                    "-XX:SharedClassListFile=" + classList(),
                    "-XX:SharedArchiveFile=" + partial, "-Dfile.encoding=UTF-8", "-cp", jar.toAbsolutePath().toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isRegularFile(partial)) {
                p.destroyForcibly();
                Files.deleteIfExists(partial);
                return false;
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(stampFile(), stamp(), StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
