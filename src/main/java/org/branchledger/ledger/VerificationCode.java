package org.branchledger.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short code printed on every page of a ledger: 40 bits of a SHA-256 over what the ledger shows,
 * written as two groups of four Crockford base-32 characters (no I, L, O, U to misread), e.g. 7K2M-9QXD.
 */
public final class VerificationCode {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern PRINTED = Pattern.compile("校验码[:：]\\s*([0-9A-Z]{4}-[0-9A-Z]{4})");

    private VerificationCode() {
    }

    /** A hash of everything the ledger prints except the printing date and the code itself. */
    public static String contentHash(String kind, LedgerRequest request, LedgerDocument doc) {
        StringBuilder text = new StringBuilder()
                .append(kind).append('\u001e').append(request.branch().id()).append('\u001e').append(request.year())
                .append('\u001e').append(request.options()).append('\u001e').append(doc.title()).append('\u001e')
                .append(doc.branchName()).append('\u001e').append(doc.period());
        for (Section s : doc.sections()) {
            if (s instanceof TableSection t) {
                text.append("\u001dT").append(t.caption());
                t.columns().forEach(c -> text.append('\u001f').append(c.title()));
                for (List<String> row : t.rows()) {
                    text.append('\u001e');
                    row.forEach(cell -> text.append(cell).append('\u001f'));
                }
                if (!t.notes().isEmpty()) { // tables without notes hash as before notes existed
                    text.append("\u001dN");
                    t.notes().forEach(n -> text.append(n).append('\u001f'));
                }
            } else if (s instanceof TextSection x) {
                text.append("\u001dX");
                x.lines().forEach(l -> text.append(l).append('\u001f'));
            }
        }
        return sha256(text.toString());
    }

    /** The printed code for a content hash. */
    public static String of(String contentHash) {
        long bits = Long.parseLong(contentHash.substring(0, 10), 16); // 40 bits
        char[] out = new char[8];
        for (int i = 7; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(out, 0, 4) + "-" + new String(out, 4, 4);
    }

    /** Every distinct code printed in a PDF's text, in order of appearance. */
    public static List<String> findIn(String text) {
        Matcher m = PRINTED.matcher(text);
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return List.copyOf(codes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
