package org.branchledger.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void controlAndDirectionCharactersAreInvisible() {
        String[] bad = {"\u0000", "\u0001", "\u0007", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F", "\u0080",
            "\u0085", "\u009F", "\u061C", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
            "\u2066", "\u2067", "\u2068", "\u2069"};
        for (String c : bad) {
            String name = "张" + c + "三";
            assertTrue(Text.hasInvisible(name), String.format("U+%04X", (int) c.charAt(0)));
            assertEquals(c.charAt(0), Text.firstInvisible(name));
        }
        assertEquals("含不可见字符(U+202E)，请重新输入", Text.invisibleReason("\u202E三张"));
        assertEquals("含不可见字符(U+0000)，请重新输入", Text.invisibleReason("张三\u0000"));
    }

    @Test
    void ordinaryNamesAndBlanksAreNot() {
        String[] good = {"张三", "阿依古丽·买买提", "欧阳 修", "张\u3000三", " 张三 ", "张\t三", "张\n三", "张\r\n三",
            "\u00A0张三", "Zhang San", "\u200B张三", "\uFEFF张三", "李\u4DB5", "𠀀三", "", "\u00A1", "\u2070", "\u2065",
            "\u2029", "\u202F"};
        for (String s : good) {
            assertFalse(Text.hasInvisible(s), s);
            assertNull(Text.invisibleReason(s), s);
        }
        assertFalse(Text.hasInvisible(null));
        assertEquals(-1, Text.firstInvisible(null));
    }
}
