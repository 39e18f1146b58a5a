package org.branchledger.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The appraisal rule (DOMAIN.md §5). It suggests and flags; the committee decides ("不能简单地以票取人").
 * <ul>
 *   <li>建议等次: the grade with most votes; {@value #TIE} when two or more grades share the most votes;
 *       {@value #NOT_GRADED} for 预备党员; {@value #NO_VOTES} when no vote was cast.</li>
 *   <li>{@value #FLAG_FAIL}: 不合格 votes more than {@code failShare} (½) of the votes cast.</li>
 *   <li>{@value #FLAG_LOW}: 满意 + 基本满意 below {@code satisfactionMin} (60 %) of the answers; none
 *       without answers.</li>
 *   <li>More 优秀 than {@code excellentCap} (⅓) of the graded members: a warning for the round.</li>
 * </ul>
 */
public final class AppraisalRule {
    public static final String TIE = "票数持平";
    public static final String NOT_GRADED = "不评定";
    public static final String NO_VOTES = "未测评";
    public static final String FLAG_FAIL = "初步认定不合格";
    public static final String FLAG_LOW = "满意度过低";

    private AppraisalRule() {
    }

    /** The configurable thresholds of a round. */
    public record Thresholds(Fraction failShare, Fraction satisfactionMin, Fraction excellentCap) {
        public static final Thresholds DEFAULT = new Thresholds(Fraction.HALF, Fraction.SIXTY_PERCENT, Fraction.THIRD);
    }

    /** 测评票: the votes cast for one member. */
    public record Tally(int excellent, int qualified, int basic, int failed) {
        public static final Tally NONE = new Tally(0, 0, 0, 0);

        public Tally {
            if (excellent < 0 || qualified < 0 || basic < 0 || failed < 0) {
                throw new IllegalArgumentException("negative votes");
            }
        }

        public int cast() {
            return excellent + qualified + basic + failed;
        }

        int votes(AppraisalGrade g) {
            return switch (g) {
                case EXCELLENT -> excellent;
                case QUALIFIED -> qualified;
                case BASIC -> basic;
                case FAILED -> failed;
            };
        }
    }

    /** 群众评议: how many answered 满意 / 基本满意 / 不满意. */
    public record Mass(int satisfied, int basic, int unsatisfied) {
        public static final Mass NONE = new Mass(0, 0, 0);

        public Mass {
            if (satisfied < 0 || basic < 0 || unsatisfied < 0) {
                throw new IllegalArgumentException("negative answers");
            }
        }

        public int answers() {
            return satisfied + basic + unsatisfied;
        }

        /** 满意度: (满意 + 基本满意) / answers in percent, one decimal rounded half up; null without answers. */
        public BigDecimal satisfaction() {
            if (answers() == 0) {
                return null;
            }
            return BigDecimal.valueOf((satisfied + basic) * 100L)
                    .divide(BigDecimal.valueOf(answers()), 1, RoundingMode.HALF_UP);
        }

        /** e.g. {@code 83.3%}; {@code —} without answers. */
        public String satisfactionText() {
            BigDecimal s = satisfaction();
            return s == null ? "—" : s.toPlainString() + "%";
        }
    }

    /**
     * What the rule says about one member.
     *
     * @param grade      the suggested grade, or null (tie, no votes, not graded)
     * @param suggestion the 建议等次 as printed: a grade's label, {@value #TIE}, {@value #NOT_GRADED} or
     *                   {@value #NO_VOTES}
     * @param flags      {@value #FLAG_FAIL} and / or {@value #FLAG_LOW}, in that order
     */
    public record Judgement(AppraisalGrade grade, String suggestion, List<String> flags) {
        public Judgement {
            flags = List.copyOf(flags);
        }

        public boolean failFlag() {
            return flags.contains(FLAG_FAIL);
        }

        public boolean lowSatisfaction() {
            return flags.contains(FLAG_LOW);
        }

        /** 提示 as the command prints it: the flags joined with {@code ;}, empty when none. */
        public String flagText() {
            return String.join(";", flags);
        }
    }

    public static Judgement judge(boolean probationary, Tally votes, Mass mass, Thresholds t) {
        List<String> flags = new ArrayList<>();
        AppraisalGrade grade = null;
        String suggestion;
        if (probationary) {
            suggestion = NOT_GRADED;
        } else if (votes.cast() == 0) {
            suggestion = NO_VOTES;
        } else {
            int most = -1;
            int atMost = 0;
            for (AppraisalGrade g : AppraisalGrade.values()) {
                int v = votes.votes(g);
                if (v > most) {
                    most = v;
                    grade = g;
                    atMost = 1;
                } else if (v == most) {
                    atMost++;
                }
            }
            if (atMost > 1) {
                grade = null;
                suggestion = TIE;
            } else {
                suggestion = grade.label();
            }
            if (t.failShare().exceededBy(votes.failed(), votes.cast())) {
                flags.add(FLAG_FAIL);
            }
        }
        if (mass.answers() > 0 && t.satisfactionMin().notReachedBy(mass.satisfied() + mass.basic(), mass.answers())) {
            flags.add(FLAG_LOW);
        }
        return new Judgement(grade, suggestion, flags);
    }

    /** Whether a final grade needs a written reason: it differs from the suggested grade (or there is none). */
    public static boolean needsReason(Judgement j, AppraisalGrade finalGrade) {
        return finalGrade != null && finalGrade != j.grade();
    }

    /** Whether {@code excellent} 优秀 among {@code graded} members is more than the cap allows. */
    public static boolean tooManyExcellent(int excellent, int graded, Thresholds t) {
        return graded > 0 && t.excellentCap().exceededBy(excellent, graded);
    }

    /** The most 优秀 the cap allows among {@code graded} members. */
    public static int excellentAllowed(int graded, Thresholds t) {
        return (int) ((long) t.excellentCap().num() * graded / t.excellentCap().den());
    }
}
