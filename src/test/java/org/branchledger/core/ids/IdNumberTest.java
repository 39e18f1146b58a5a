package org.branchledger.core.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdNumberTest {

    @Test
    void validNumber() throws Exception {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertEquals("11010519491231002X", id.value());
        assertEquals("11010519491231002X", id.toString());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals("女", id.gender());
        assertEquals('X', IdNumber.checkDigit("11010519491231002"));
    }

    @Test
    void maleWhenSeventeenthDigitOdd() throws Exception {
        String first17 = "11010519800101001";
        assertEquals("男", IdNumber.parse(first17 + IdNumber.checkDigit(first17)).gender());
    }

    @Test
    void wrongCheckDigitRejected() {
        InvalidIdNumberException e = assertThrows(InvalidIdNumberException.class,
                () -> IdNumber.parse("110105194912310021"));
        assertEquals("校验位错误", e.getMessage());
    }

    @Test
    void fifteenDigitConverted() throws Exception {
        assertEquals("11010519491231002X", IdNumber.parse("110105491231002").value());
    }

    @Test
    void fullWidthLowercaseAndSpacesNormalised() throws Exception {
        assertEquals("11010519491231002X", IdNumber.parse("  １１０１０５１９４９１２３１００２ｘ ").value());
        assertEquals("11010519491231002X", IdNumber.parse("11010519491231002x").value());
        assertEquals("11010519491231002X", IdNumber.parse("110105 19491231 002X").value());
        assertEquals("11010519491231002X", IdNumber.parse("11010519491231002Ｘ").value());
    }

    @Test
    void wrongLengthRejected() {
        InvalidIdNumberException e = assertThrows(InvalidIdNumberException.class,
                () -> IdNumber.parse("1101051949123100"));
        assertEquals("应为18位,实为16位", e.getMessage());
    }

    @Test
    void illegalCharactersRejected() {
        assertEquals("含有非法字符", assertThrows(InvalidIdNumberException.class,
                () -> IdNumber.parse("1101051949123100AX")).getMessage());
        assertEquals("含有非法字符", assertThrows(InvalidIdNumberException.class,
                () -> IdNumber.parse("11010549123100A")).getMessage());
    }

    @Test
    void impossibleOrFutureBirthDateRejected() {
        for (String date : new String[] {"19490230", "18991231", "30000101"}) {
            String first17 = "110105" + date + "002";
            String raw = first17 + IdNumber.checkDigit(first17);
            assertEquals("出生日期无效", assertThrows(InvalidIdNumberException.class,
                    () -> IdNumber.parse(raw)).getMessage(), raw);
        }
    }

    @Test
    void masked() throws Exception {
        assertEquals("110105********002X", IdNumber.parse("11010519491231002X").masked());
    }

    @Test
    void constructorRejectsUnnormalisedValue() {
        assertThrows(IllegalArgumentException.class, () -> new IdNumber("11010519491231002x"));
    }
}
