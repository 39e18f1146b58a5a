package org.branchledger.importing;

/**
 * A file that cannot be read as a table. The message is Chinese, fit to show as it is, and names the
 * file: "花名册.xlsx: 无法读取,文件已损坏或不是 Excel 文件".
 */
public class ImportFileException extends Exception {
    private final String fileName;
    private final String problem;

    public ImportFileException(String fileName, String problem) {
        this(fileName, problem, null);
    }

    public ImportFileException(String fileName, String problem, Throwable cause) {
        super(fileName + ": " + problem, cause);
        this.fileName = fileName;
        this.problem = problem;
    }

    /**
     * A problem at a place in the file, {@code where} being e.g. "第5行":
     * "名单.csv 第5行: 引号没有配对…"; {@link #problem()} is then "第5行: 引号没有配对…".
     */
    public ImportFileException(String fileName, String where, String problem, Throwable cause) {
        super(fileName + " " + where + ": " + problem, cause);
        this.fileName = fileName;
        this.problem = where + ": " + problem;
    }

    public String fileName() {
        return fileName;
    }

    /** The message without the file name. */
    public String problem() {
        return problem;
    }

    static ImportFileException corrupt(String fileName, Throwable cause) {
        return new ImportFileException(fileName, "无法读取,文件已损坏或不是 Excel 文件", cause);
    }

    static ImportFileException unreadable(String fileName, Throwable cause) {
        return new ImportFileException(fileName, "无法读取,请检查文件是否正被其他程序占用或没有读取权限", cause);
    }
}
