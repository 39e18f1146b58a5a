package org.branchledger.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.branchledger.demo.DemoPeople;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Bad files for the importers: random bytes (bare and behind an .xlsx / .xls signature), truncated
 * .xlsx, a zip bomb, formulas instead of values, a 100,000-row sheet with one bad row at the end, and
 * encoding mix-ups (UTF-8 header over GBK rows, UTF-16, GBK text under an .xlsx name), quotes that do
 * not pair, invisible characters in names, numbers of twenty digits, an .xlsx without styles. Each must
 * be refused (the file, or its rows) with a clear message and leave the database as it was.
 */
public final class FuzzInputs {
    static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Charset GBK = Charset.forName("GBK");

    private FuzzInputs() {
    }

    /**
     * Writes the inputs into {@code dir}.
     *
     * @param randomFiles how many random-byte files of each kind
     * @param bigRows     rows of the big sheet (100,000 in the tests), 0 for none
     */
    public static List<Path> write(Path dir, long seed, int randomFiles, int bigRows) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < randomFiles; i++) {
            int size = 1 + random.nextInt(i % 2 == 0 ? 200 : 200_000);
            out.add(bytes(dir.resolve("随机" + i + ".xlsx"), random, size, i % 3 == 0 ? ZIP : null));
            out.add(bytes(dir.resolve("随机" + i + ".xls"), random, size, OLE2));
            out.add(bytes(dir.resolve("随机" + i + ".csv"), random, size, null));
        }
        Path good = dir.resolve("完整.xlsx");
        RosterFixture.write(good, 300);
        byte[] whole = Files.readAllBytes(good);
        for (double share : new double[] {0.05, 0.5, 0.97}) {
            Path cut = dir.resolve("截断" + Math.round(share * 100) + ".xlsx");
            Files.write(cut, Arrays.copyOf(whole, (int) (whole.length * share)));
            out.add(cut);
        }
        Files.delete(good);
        out.add(zipBomb(dir.resolve("解压炸弹.xlsx")));
        out.add(formulas(dir.resolve("公式.xlsx")));
        Path injected = dir.resolve("公式注入.csv");
        Files.writeString(injected, "姓名,公民身份号码,日期,形式,主题,学时,类别,题目,字数\n"
                + "\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"点此\"\")\"," + validId(seed) + ",2026-03-01,党员大会,"
                + "=1+1,=2*3,心得体会,=cmd|' /C calc'!A0,=9999\n", StandardCharsets.UTF_8);
        out.add(injected);
        Path mixed = dir.resolve("编码混杂.csv");
        try (OutputStream o = Files.newOutputStream(mixed)) {
            o.write("姓名,公民身份号码,日期,形式,主题,学时\n".getBytes(StandardCharsets.UTF_8));
            o.write(("张三," + validId(seed) + ",2026-03-01,党员大会,学习,1.0\n").getBytes(GBK));
        }
        out.add(mixed);
        // UTF-16 as Excel's "Unicode 文本" saves it (tabs), read, and its one row rejected: a wrong check digit
        Path utf16 = dir.resolve("UTF16.csv");
        Files.write(utf16, ("\uFEFF姓名\t公民身份号码\r\n张三\t" + wrongCheckDigit(validId(seed)) + "\r\n")
                .getBytes(StandardCharsets.UTF_16LE));
        out.add(utf16);
        Path utf16be = dir.resolve("UTF16BE.csv");
        Files.write(utf16be, ("\uFEFF姓名,公民身份号码\n张三," + wrongCheckDigit(validId(seed)) + "\n")
                .getBytes(StandardCharsets.UTF_16BE));
        out.add(utf16be);
        Path unclosed = dir.resolve("引号未配对.csv");
        Files.writeString(unclosed, "姓名,公民身份号码,日期,形式,主题,学时\n\"张三," + validId(seed)
                + ",2026-03-01,党员大会,学习,1\n李四,110101199003074514,2026-03-01,党员大会,学习,1\n", StandardCharsets.UTF_8);
        out.add(unclosed);
        Path swallowed = dir.resolve("引号吞行.csv");
        Files.writeString(swallowed, "姓名,公民身份号码\n\"张三," + validId(seed) + "\n李四,\"110101199003074514\n",
                StandardCharsets.UTF_8);
        out.add(swallowed);
        out.add(invisibleAndAbsurd(dir.resolve("不可见字符与超大数字.csv"), seed));
        out.add(withoutStyles(dir.resolve("无样式表.xlsx"), seed));
        Path gbkAsXlsx = dir.resolve("其实是文本.xlsx");
        Files.write(gbkAsXlsx, ("姓名,公民身份号码\n张三," + validId(seed) + "\n").getBytes(GBK));
        out.add(gbkAsXlsx);
        Path empty = dir.resolve("空文件.xlsx");
        Files.write(empty, new byte[0]);
        out.add(empty);
        if (bigRows > 0) {
            out.add(bigSheet(dir.resolve("十万行.xlsx"), bigRows, seed));
        }
        return out;
    }

    private static Path bytes(Path file, Random random, int size, byte[] prefix) throws IOException {
        byte[] data = new byte[size + (prefix == null ? 0 : prefix.length)];
        random.nextBytes(data);
        if (prefix != null) {
            System.arraycopy(prefix, 0, data, 0, prefix.length);
        }
        Files.write(file, data);
        return file;
    }

    /** A small .xlsx whose sheet inflates to 300 MB (about 1,000 times its packed size). */
    private static Path zipBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** Formulas with no calculated value where names, ID numbers, dates and hours belong. */
    private static Path formulas(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "BranchLedger", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            String[] header = {"姓名", "公民身份号码", "日期", "形式", "主题", "学时", "类别", "题目", "字数"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int r = 1; r <= 3; r++) {
                ws.formula(r, 0, "CONCATENATE(\"张\",\"三\")");
                ws.formula(r, 1, "REPT(\"1\",18)");
                ws.formula(r, 2, "TODAY()");
                ws.value(r, 3, "党员大会");
                ws.formula(r, 4, "HYPERLINK(\"http://example.invalid\",\"点此\")");
                ws.formula(r, 5, "1/0");
                ws.value(r, 6, "笔记");
                ws.formula(r, 7, "A2");
                ws.formula(r, 8, "SUM(1,2)");
            }
            wb.finish();
        }
        return file;
    }

    /** {@code rows} valid members and, as the very last row, one with a wrong check digit. */
    private static Path bigSheet(Path file, int rows, long seed) throws IOException {
        DemoPeople people = new DemoPeople(seed);
        LocalDate today = LocalDate.of(2026, 11, 1);
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "BranchLedger", "1.0");
            Worksheet ws = wb.newWorksheet("花名册");
            ws.value(0, 0, "姓名");
            ws.value(0, 1, "公民身份号码");
            for (int i = 1; i < rows; i++) {
                DemoPeople.DemoPerson p = people.randomPerson(20, 90, today);
                ws.value(i, 0, p.name());
                ws.value(i, 1, p.idNumber().value());
                if (i % 10_000 == 0) {
                    ws.flush();
                }
            }
            String id = people.randomPerson(20, 90, today).idNumber().value();
            char wrong = id.charAt(17) == '1' ? '2' : '1';
            ws.value(rows, 0, "末行");
            ws.value(rows, 1, id.substring(0, 17) + wrong);
            wb.finish();
        }
        return file;
    }

    /**
     * Direction overrides and control characters in names, and numbers no column can hold, in every
     * importer's columns (学时 excepted: see issue 15). The ID numbers are wrong, so import-roster
     * rejects the rows whatever it makes of the names.
     */
    private static Path invisibleAndAbsurd(Path file, long seed) throws IOException {
        String id = wrongCheckDigit(validId(seed));
        String huge = "99999999999999999999";
        StringBuilder csv = new StringBuilder("姓名,公民身份号码,日期,形式,主题,学时,出勤,类别,题目,字数,承诺主体,承诺内容,"
                + "完成时限,公示日期,评诺结果,满意度,优秀票,合格票,基本合格票,不合格票,满意,基本满意,不满意\n");
        String[] names = {"\u202E三张", "张\u0000三", "张\u0007三", "\u2066张三\u2069", "张\u200F三", "张\u0085三"};
        for (String name : names) {
            csv.append(name).append(',').append(id).append(",2026-03-01,党员大会,学习,1,出席,笔记,学习,").append(huge)
                    .append(",党员,学习,").append(huge).append(",2026-01-05,已兑现,").append(huge).append(',')
                    .append(huge).append(",1e999999999,-1,1.5,").append(huge).append(",0,0\n");
        }
        csv.append("李四,").append(id).append(",99999999999999999999,党员大会,学习,1,出席,笔记,学习,1e-999999999,")
                .append("党员,学习,2026-12-01,2026-01-05,已兑现,1e-999999999,0,0,0,0,0,0,0\n");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** An .xlsx with no styles part (legal; some tools write none): read, and its one row rejected. */
    private static Path withoutStyles(Path file, long seed) throws IOException {
        Path normal = file.resolveSibling("有样式-" + file.getFileName());
        try (OutputStream os = Files.newOutputStream(normal)) {
            Workbook wb = new Workbook(os, "BranchLedger", "1.0");
            Worksheet ws = wb.newWorksheet("花名册");
            ws.value(0, 0, "姓名");
            ws.value(0, 1, "公民身份号码");
            ws.value(0, 2, "入党日期");
            ws.value(1, 0, "张三");
            ws.value(1, 1, wrongCheckDigit(validId(seed)));
            ws.value(1, 2, LocalDate.of(2019, 10, 11));
            ws.style(1, 2).format("yyyy-mm-dd").set();
            wb.finish();
        }
        dropStyles(normal, file);
        Files.delete(normal);
        return file;
    }

    /**
     * Copies an .xlsx without its styles part and every reference to it (legal: some tools write none),
     * as the fuzz inputs and the tests of such files need it.
     */
    public static void dropStyles(Path normal, Path file) throws IOException {
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(normal.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().equals("xl/styles.xml")) {
                    continue;
                }
                byte[] data;
                try (var s = in.getInputStream(entry)) {
                    data = s.readAllBytes();
                }
                if (entry.getName().equals("[Content_Types].xml") || entry.getName().equals("xl/_rels/workbook.xml.rels")) {
                    data = new String(data, StandardCharsets.UTF_8)
                            .replaceAll("<(Override|Relationship)\\b[^>]*styles[^>]*/>", "")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
    }

    private static String wrongCheckDigit(String id) {
        return id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
    }

    private static String validId(long seed) {
        return new DemoPeople(seed).randomPerson(30, 60, LocalDate.of(2026, 1, 1)).idNumber().value();
    }
}
