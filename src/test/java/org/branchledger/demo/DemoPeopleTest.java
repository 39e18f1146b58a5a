package org.branchledger.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.branchledger.core.ids.IdNumber;
import org.branchledger.demo.DemoPeople.DemoPerson;
import org.junit.jupiter.api.Test;

class DemoPeopleTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void fiveHundredValidUniqueConsistentPeople() throws Exception {
        DemoPeople people = new DemoPeople(42);
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Set<String> mobiles = new HashSet<>();
        int han = 0;
        for (int i = 0; i < 500; i++) {
            DemoPerson p = people.randomPerson(18, 90, TODAY);
            IdNumber reparsed = IdNumber.parse(p.idNumber().value());
            assertEquals(p.idNumber(), reparsed);
            assertEquals(p.gender(), reparsed.gender(), p.toString());
            assertEquals(p.birthDate(), reparsed.birthDate(), p.toString());
            int age = Period.between(p.birthDate(), TODAY).getYears();
            assertTrue(age >= 18 && age <= 90, p.toString());
            assertTrue(p.name().length() >= 2 && p.name().length() <= 3, p.name());
            assertTrue(p.mobile().matches("1[358]\\d{9}"), p.mobile());
            assertTrue(p.ethnicity().endsWith("族"), p.ethnicity());
            if (p.ethnicity().equals("汉族")) {
                han++;
            }
            assertTrue(names.add(p.name()), "duplicate name " + p.name());
            assertTrue(ids.add(p.idNumber().value()), "duplicate id " + p.idNumber());
            assertTrue(mobiles.add(p.mobile()), "duplicate mobile " + p.mobile());
        }
        assertTrue(han > 400 && han < 500, "汉族 count " + han);
    }

    @Test
    void personWithGivenBirthAndGender() {
        DemoPeople people = new DemoPeople(1);
        LocalDate birth = LocalDate.of(1949, 12, 31);
        for (int i = 0; i < 50; i++) {
            DemoPerson woman = people.person(birth, "女");
            assertEquals("女", woman.idNumber().gender());
            assertEquals(birth, woman.idNumber().birthDate());
            DemoPerson man = people.person(birth, "男");
            assertEquals("男", man.idNumber().gender());
        }
    }

    @Test
    void deterministicForSeed() {
        assertEquals(generate(7), generate(7));
        assertTrue(!generate(7).equals(generate(8)));
    }

    @Test
    void ageBoundsInclusive() {
        DemoPeople people = new DemoPeople(3);
        for (int i = 0; i < 200; i++) {
            DemoPerson p = people.randomPerson(60, 60, TODAY);
            assertEquals(60, Period.between(p.birthDate(), TODAY).getYears(), p.toString());
        }
    }

    private static List<DemoPerson> generate(long seed) {
        DemoPeople people = new DemoPeople(seed);
        List<DemoPerson> list = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            list.add(people.randomPerson(20, 80, TODAY));
        }
        return list;
    }
}
