package org.branchledger.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BookTitleTest {
    @Test
    void aPlainTitleGetsMarks() {
        assertEquals("《学习党章的体会》", BookTitle.of("学习党章的体会"));
    }

    @Test
    void aTitleAlreadyInMarksIsNotMarkedAgain() {
        assertEquals("《学习党章的体会》", BookTitle.of("《学习党章的体会》"));
        assertEquals("《学习党章的体会》", BookTitle.of(" 《学习党章的体会》 "));
    }

    @Test
    void marksInsideATitleBecomeSingleMarks() {
        assertEquals("《学习〈中国共产党纪律处分条例〉心得体会》", BookTitle.of("学习《中国共产党纪律处分条例》心得体会"));
        assertEquals("《〈习近平谈治国理政〉读书笔记》", BookTitle.of("《习近平谈治国理政》读书笔记"));
        assertEquals("《〈党章〉与〈准则〉》", BookTitle.of("《党章》与《准则》"));
    }

    @Test
    void nothingToMark() {
        assertEquals("", BookTitle.of(null));
        assertEquals("", BookTitle.of("  "));
    }
}
