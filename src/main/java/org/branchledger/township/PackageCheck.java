package org.branchledger.township;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;

/**
 * Every row of an opened package checked against this program's schema before anything is written: tables
 * and columns it knows, required values present, each value of its column's type, row ids unique, every
 * row of the package's own branch, every reference to a row the package holds, a scanned page for every
 * page record, the manifest's counts and identity. The database's own checks (allowed values, unique
 * keys) still run as the rows go in, inside the one transaction.
 */
final class PackageCheck {
    /** Problems named one by one at most; the rest are counted. */
    private static final int SHOWN = 5;

    private final String file;
    private final List<String> problems = new ArrayList<>();
    /** Tables other tables point into: their rows need an id. */
    private final Set<String> referenced = new HashSet<>();

    private PackageCheck(String file) {
        this.file = file;
    }

    /** @throws UserError (exit 2) listing what is wrong, nothing written */
    static void check(OpenedPackage opened) {
        PackageCheck c = new PackageCheck(opened.file().getFileName().toString());
        c.run(opened);
        if (!c.problems.isEmpty()) {
            List<String> lines = new ArrayList<>(c.problems.subList(0, Math.min(SHOWN, c.problems.size())));
            if (c.problems.size() > SHOWN) {
                lines.add(Messages.get("township.check.more", String.valueOf(c.problems.size() - SHOWN)));
            }
            lines.add(Messages.get("township.check.refused", c.file, String.valueOf(c.problems.size())));
            throw UserError.badInput(String.join("\n", lines));
        }
    }

    private void run(OpenedPackage opened) {
        PackageManifest m = opened.manifest();
        List<String> known = BranchRowsRepository.tableNames();
        Set<String> present = new HashSet<>();
        for (PackageTable t : opened.tables()) {
            present.add(t.name());
            if (!known.contains(t.name())) {
                problem("township.check.table", t.entry());
            } else if (m.rows(t.name()) != t.rows().size() || !m.counts().containsKey(t.name())) {
                problem("township.check.count", t.entry(), String.valueOf(m.rows(t.name())), String.valueOf(t.rows().size()));
            }
        }
        m.counts().keySet().stream().filter(t -> !present.contains(t))
                .forEach(t -> problem("township.check.count", PackageTable.entryOf(t), String.valueOf(m.rows(t)), "0"));
        List<Map<String, String>> own = opened.table(BranchRowsRepository.BRANCH_TABLE).rows();
        if (own.size() != 1) {
            problem("township.check.branchRows", String.valueOf(own.size()));
            return;
        }
        Map<String, String> branch = own.get(0);
        if (!m.branchUuid().equals(strip(branch.get("uuid")))) {
            problem("township.check.identity", strip(branch.get("uuid")), m.branchUuid());
        }
        if (m.branchName() != null && !m.branchName().equals(branch.get("name"))) {
            problem("township.check.identity", branch.get("name"), m.branchName());
        }
        known.forEach(t -> BranchRowsRepository.columns(t).values().stream().map(ColumnSpec::references)
                .filter(java.util.Objects::nonNull).forEach(referenced::add));
        Map<String, Set<String>> ids = new HashMap<>();
        for (String table : known) {
            if (present.contains(table)) {
                rows(opened.table(table), branch.get("id"), ids);
            }
        }
        for (Map<String, String> page : opened.table(BranchRowsRepository.PAGES_TABLE).rows()) {
            String stored = page.get("stored_path");
            if (stored != null && !m.parts().containsKey(PackageArchive.PAGES + stored)) {
                problem("township.check.page", stored);
            }
        }
    }

    /** Checks each row of a table (in writing order: the tables it refers to are done) and notes its ids. */
    private void rows(PackageTable t, String branchId, Map<String, Set<String>> ids) {
        Map<String, ColumnSpec> columns = BranchRowsRepository.columns(t.name());
        Set<String> mine = new HashSet<>();
        int line = 0;
        for (Map<String, String> row : t.rows()) {
            line++;
            for (String column : row.keySet()) {
                if (!columns.containsKey(column)) {
                    rowProblem(t, line, column, Messages.get("township.check.unknownColumn"));
                }
            }
            for (ColumnSpec c : columns.values()) {
                value(t, line, c, row.get(c.name()), branchId, ids);
            }
            String id = row.get("id");
            if (id != null && !mine.add(id)) {
                rowProblem(t, line, "id", Messages.get("township.check.twice", id));
            }
        }
        ids.put(t.name(), mine);
    }

    private void value(PackageTable t, int line, ColumnSpec c, String text, String branchId, Map<String, Set<String>> ids) {
        if (text == null) {
            if (c.required() || c.name().equals("branch_id") || (c.name().equals("id") && referenced.contains(t.name()))) {
                rowProblem(t, line, c.name(), Messages.get("township.check.empty"));
            }
            return;
        }
        try {
            ColumnValue.fromPackage(c.type(), text);
        } catch (IllegalArgumentException e) {
            rowProblem(t, line, c.name(), Messages.get("township.check.type", text));
            return;
        }
        if (c.name().equals("branch_id") && !text.equals(branchId)) {
            rowProblem(t, line, c.name(), Messages.get("township.check.otherBranch", text));
        } else if (c.references() != null && !c.name().equals("branch_id")
                && !ids.getOrDefault(c.references(), Set.of()).contains(text)) {
            rowProblem(t, line, c.name(), Messages.get("township.check.dangling", c.references(), text));
        }
    }

    private void rowProblem(PackageTable t, int line, String column, String what) {
        problems.add(Messages.get("township.check.row", file, t.entry(), String.valueOf(line), column, what));
    }

    private void problem(String key, String... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = file;
        System.arraycopy(args, 0, all, 1, args.length);
        problems.add(Messages.get(key, all));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
