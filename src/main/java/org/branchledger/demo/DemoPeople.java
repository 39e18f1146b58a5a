package org.branchledger.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.branchledger.core.ids.IdNumber;

/**
 * Realistic synthetic people for the demo branch: Chinese names, valid 公民身份号码 consistent with
 * birth date and gender, 民族 and mobile numbers.
 *
 * <p>Deterministic for a given seed (the same calls give the same people). Within one instance, full
 * names, ID numbers and mobile numbers never repeat. Not thread-safe.
 */
public final class DemoPeople {

    /**
     * One synthetic person.
     *
     * @param name       姓名
     * @param idNumber   公民身份号码, agreeing with {@code birthDate} and {@code gender}
     * @param gender     性别, "男" or "女"
     * @param birthDate  出生日期
     * @param ethnicity  民族, e.g. "汉族"
     * @param mobile     手机号, 11 digits
     */
    public record DemoPerson(String name, IdNumber idNumber, String gender, LocalDate birthDate,
                             String ethnicity, String mobile) {
    }

    /** The hundred commonest surnames, roughly most common first. */
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    private static final String MALE_FIRST = "建国志永海文俊明立振德宏家子浩宇晓天春新学长红保";
    private static final String MALE_SECOND = "伟强军勇杰涛明刚平辉华斌峰林东成龙波亮超鹏飞磊生荣祥浩";
    private static final String FEMALE_FIRST = "秀玉丽美春桂晓雅佳思淑海红小欣子雨金慧婉凤素";
    private static final String FEMALE_SECOND = "芳英兰华梅霞敏静娟丽燕玲萍琴婷洁颖琳倩雪莉珍艳红云";

    /** Minorities, most populous first; 汉族 is about 91% of the population. */
    private static final List<String> MINORITIES = List.of(
            "壮族", "回族", "满族", "维吾尔族", "苗族", "彝族", "土家族", "藏族", "蒙古族", "侗族",
            "布依族", "瑶族", "白族", "朝鲜族");

    /** Real county-level 地址码 (GB/T 2260). */
    private static final List<String> AREA_CODES = List.of(
            "110105", // 北京市朝阳区
            "110108", // 北京市海淀区
            "310104", // 上海市徐汇区
            "330106", // 杭州市西湖区
            "330127", // 杭州市淳安县
            "440106", // 广州市天河区
            "510107", // 成都市武侯区
            "511621", // 广安市岳池县
            "320102", // 南京市玄武区
            "410105", // 郑州市金水区
            "420106", // 武汉市武昌区
            "370102", // 济南市历下区
            "430102", // 长沙市芙蓉区
            "610113", // 西安市雁塔区
            "341322"); // 宿州市萧县

    private static final int[] MOBILE_PREFIXES = {
        130, 131, 132, 133, 134, 135, 136, 137, 138, 139,
        150, 151, 152, 153, 155, 156, 157, 158, 159,
        180, 181, 182, 183, 184, 185, 186, 187, 188, 189};

    private static final int MAX_ATTEMPTS = 10_000;

    private final Random random;
    private final Set<String> names = new HashSet<>();
    private final Set<String> idNumbers = new HashSet<>();
    private final Set<String> mobiles = new HashSet<>();

    public DemoPeople(long seed) {
        this.random = new Random(seed);
    }

    /**
     * A person born on {@code birth} of the given gender.
     *
     * @param gender "男" or "女"
     * @throws IllegalArgumentException if the gender is neither, or the birth date is before 1900 or
     *         in the future (no valid ID number exists)
     * @throws IllegalStateException if every ID number for that birth date and gender is taken
     */
    public DemoPerson person(LocalDate birth, String gender) {
        Objects.requireNonNull(birth, "birth");
        boolean male = "男".equals(gender);
        if (!male && !"女".equals(gender)) {
            throw new IllegalArgumentException("性别应为 男 或 女: " + gender);
        }
        if (!IdNumber.possibleBirth(birth)) {
            throw new IllegalArgumentException("出生日期无效: " + birth);
        }
        IdNumber id = uniqueIdNumber(birth, male);
        return new DemoPerson(uniqueName(male), id, gender, birth, ethnicity(), uniqueMobile());
    }

    /**
     * A person of random gender whose age on {@code today} is between {@code minAge} and
     * {@code maxAge} inclusive.
     */
    public DemoPerson randomPerson(int minAge, int maxAge, LocalDate today) {
        if (minAge < 0 || maxAge < minAge) {
            throw new IllegalArgumentException("年龄范围无效: " + minAge + "-" + maxAge);
        }
        // Age in [minAge, maxAge]  <=>  birth in (today - (maxAge+1) years, today - minAge years].
        LocalDate latest = today.minusYears(minAge);
        LocalDate earliest = today.minusYears(maxAge + 1L).plusDays(1);
        long span = ChronoUnit.DAYS.between(earliest, latest) + 1;
        LocalDate birth = earliest.plusDays((long) (random.nextDouble() * span));
        return person(birth, random.nextBoolean() ? "男" : "女");
    }

    private IdNumber uniqueIdNumber(LocalDate birth, boolean male) {
        String date = String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth());
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String area = AREA_CODES.get(random.nextInt(AREA_CODES.size()));
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0); // odd = 男, even = 女
            String first17 = area + date + String.format("%03d", sequence);
            String value = first17 + IdNumber.checkDigit(first17);
            if (idNumbers.add(value)) {
                return new IdNumber(value);
            }
        }
        throw new IllegalStateException("无法为 " + birth + " 再生成不重复的公民身份号码");
    }

    private String uniqueName(boolean male) {
        String first = male ? MALE_FIRST : FEMALE_FIRST;
        String second = male ? MALE_SECOND : FEMALE_SECOND;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String surname = String.valueOf(SURNAMES.charAt(skewedIndex(SURNAMES.length())));
            String given;
            if (random.nextInt(10) < 3) {
                given = pick(second);
            } else {
                given = pick(first) + pick(second);
                if (given.charAt(0) == given.charAt(1)) {
                    continue;
                }
            }
            String name = surname + given;
            if (names.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("无法再生成不重复的姓名");
    }

    private String ethnicity() {
        if (random.nextInt(100) < 91) {
            return "汉族";
        }
        return MINORITIES.get(skewedIndex(MINORITIES.size()));
    }

    private String uniqueMobile() {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String mobile = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                    + String.format("%08d", random.nextInt(100_000_000));
            if (mobiles.add(mobile)) {
                return mobile;
            }
        }
        throw new IllegalStateException("无法再生成不重复的手机号");
    }

    private String pick(String chars) {
        return String.valueOf(chars.charAt(random.nextInt(chars.length())));
    }

    /** An index in [0, n) favouring small indices, for lists ordered most common first. */
    private int skewedIndex(int n) {
        double r = random.nextDouble();
        return (int) (r * r * n);
    }
}
