package org.branchledger.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Size limits for an .xlsx (a zip) checked before the spreadsheet reader sees it, so a "zip bomb" (a
 * small file whose parts inflate to gigabytes) is refused instead of filling memory or disk. First the
 * sizes the zip declares, then each part inflated and counted, stopping at the limit, never kept.
 * The limits are far above any real roster: a 100,000-row sheet is about 40 MB of XML, 10–20 times its
 * packed size.
 */
final class ZipLimits {
    static final long MAX_FILE = 200L * 1024 * 1024;
    static final long MAX_PART = 400L * 1024 * 1024;
    static final long MAX_TOTAL = 800L * 1024 * 1024;
    static final long RATIO_CHECKED_ABOVE = 20L * 1024 * 1024;
    static final int MAX_RATIO = 200;
    static final int MAX_PARTS = 10_000;

    private ZipLimits() {
    }

    static void check(Path file, String fileName) throws ImportFileException {
        try {
            if (Files.size(file) > MAX_FILE) {
                throw tooLarge(fileName);
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                long declared = 0;
                int parts = 0;
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    if (++parts > MAX_PARTS) {
                        throw tooLarge(fileName);
                    }
                    declared += Math.max(0, entry.getSize());
                    if (entry.getSize() > MAX_PART || declared > MAX_TOTAL || suspicious(entry.getSize(),
                            entry.getCompressedSize())) {
                        throw tooLarge(fileName);
                    }
                }
                long total = 0;
                byte[] buf = new byte[64 * 1024];
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    long inflated = 0;
                    try (InputStream in = zip.getInputStream(entry)) {
                        int n;
                        while ((n = in.read(buf)) > 0) {
                            inflated += n;
                            total += n;
                            if (inflated > MAX_PART || total > MAX_TOTAL
                                    || suspicious(inflated, Math.max(1, entry.getCompressedSize()))) {
                                throw tooLarge(fileName); // the declared sizes lied
                            }
                        }
                    }
                }
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ImportFileException.corrupt(fileName, e);
        }
    }

    private static boolean suspicious(long size, long compressed) {
        return size > RATIO_CHECKED_ABOVE && compressed > 0 && size / compressed > MAX_RATIO;
    }

    private static ImportFileException tooLarge(String fileName) {
        return new ImportFileException(fileName, "文件解压后过大(超过程序的安全限制)，可能已损坏或是恶意文件，未导入");
    }
}
