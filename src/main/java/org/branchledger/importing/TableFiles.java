package org.branchledger.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Opens the spreadsheets users import. */
public final class TableFiles {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private TableFiles() {
    }

    /**
     * Opens .xlsx (FastExcel, streaming), .xls (POI HSSF) and .csv, chosen by extension, case-insensitive.
     * An Excel file is read by what it holds, so an .xls saved under an .xlsx name (or the reverse) still
     * opens. Close the result.
     */
    public static TableFile open(Path file) throws ImportFileException {
        Path name = file.getFileName();
        String fileName = name == null ? file.toString() : name.toString();
        String ext = extension(fileName);
        if (!Files.exists(file)) {
            throw new ImportFileException(fileName, "文件不存在");
        }
        if (Files.isDirectory(file)) {
            throw new ImportFileException(fileName, "这是一个文件夹,请选择文件");
        }
        if (!ext.equals("xlsx") && !ext.equals("xls") && !ext.equals("csv")) {
            throw new ImportFileException(fileName, "不支持的文件类型,请使用 .xlsx、.xls 或 .csv");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(OLE2.length);
        } catch (IOException e) {
            throw ImportFileException.unreadable(fileName, e);
        }
        if (head.length == 0) {
            throw new ImportFileException(fileName, "文件是空的");
        }
        if (ext.equals("csv")) {
            return new CsvTableFile(file, fileName);
        }
        if (startsWith(head, ZIP)) {
            ZipLimits.check(file, fileName);
            return new XlsxTableFile(file, fileName);
        }
        if (startsWith(head, OLE2)) {
            return new XlsTableFile(file, fileName);
        }
        throw ImportFileException.corrupt(fileName, null);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
