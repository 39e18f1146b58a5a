package org.branchledger.township;

import java.nio.file.Path;
import java.util.List;

/**
 * A branch package checked whole: its manifest, every table's rows (decrypted), and its checksum (the
 * SHA-256 of the manifest, which lists every part's).
 */
record OpenedPackage(Path file, PackageManifest manifest, List<PackageTable> tables, String checksum) {
    OpenedPackage {
        tables = List.copyOf(tables);
    }

    /** The checksum as a person reads it out: its first eight characters, e.g. 3FA9C1D2. */
    String checksumCode() {
        return checksum.substring(0, 8).toUpperCase();
    }

    PackageTable table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(new PackageTable(name, List.of()));
    }
}
