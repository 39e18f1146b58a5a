package org.branchledger.notes;

/** 读书笔记 or 心得体会 (DOMAIN.md §3). */
public enum NoteKind {
    NOTE("笔记"), ESSAY("心得体会");

    private final String label;

    NoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind for a label as typed (心得 is accepted for 心得体会), or null. */
    public static NoteKind ofLabel(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replaceAll("[\\s\\u3000]+", "");
        return switch (t) {
            case "笔记", "读书笔记", "学习笔记" -> NOTE;
            case "心得体会", "心得" -> ESSAY;
            default -> null;
        };
    }
}
