package id.capaian.demo;

import id.capaian.organisation.AsnType;
import id.capaian.organisation.JfLevel;
import id.capaian.organisation.Nip;
import id.capaian.organisation.RankGrade;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Makes up the people of the demo data: names common in Pematangsiantar, academic titles that fit the post, a
 * rank or grade that fits the post and the years of service, and a valid NIP (or NI PPPK) whose birth and
 * appointment dates agree with all of that. Deterministic for a given {@link Random}; no Spring.
 */
final class DemoPeople {

    /** Ages and service are worked out against this date, so every run (any year) makes the same people. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);
    static final int MIN_AGE = 22;
    static final int MAX_AGE = 57;
    static final int MIN_APPOINTMENT_AGE = 20;

    private static final List<String> PNS_RANKS = RankGrade.options(AsnType.PNS);

    /** Education on entry: the rank a PNS starts at, the usual age at appointment, the PPPK grade it gives. */
    enum Education {
        SMA("II/a", 20, 25, "V"), D3("II/c", 21, 27, "VII"), S1("III/a", 23, 30, "IX"),
        /** Doctors, dentists and pharmacists: degree plus professional education, entering at III/b. */
        PROFESSION("III/b", 25, 31, "IX");

        final int entryRank;
        final int minEntryAge;
        final int maxEntryAge;
        final String pppkGrade;

        Education(String entryRank, int minEntryAge, int maxEntryAge, String pppkGrade) {
            this.entryRank = PNS_RANKS.indexOf(entryRank);
            this.minEntryAge = minEntryAge;
            this.maxEntryAge = maxEntryAge;
            this.pppkGrade = pppkGrade;
        }
    }

    enum Faith { CHRISTIAN, MUSLIM, ANY }

    /** Front and back academic titles and the education behind them; some fit one faith only (S.Pd.I, S.Th.). */
    record Title(Education education, String front, String back, Faith faith) {
    }

    /** Who holds a kind of post: the share of women and the titles they carry. */
    record Profile(double femaleShare, List<Title> titles) {
    }

    /** A made-up person. */
    record Person(String nip, AsnType type, String name, String frontTitle, String backTitle, String rankGrade,
            boolean female) {
    }

    /** Titles from {@code "front|back"} specs, optionally prefixed {@code M:} (Muslim) or {@code C:} (Christian). */
    static List<Title> titles(Education education, String... specs) {
        List<Title> out = new ArrayList<>();
        for (String spec : specs) {
            Faith faith = Faith.ANY;
            String s = spec;
            if (s.startsWith("M:")) {
                faith = Faith.MUSLIM;
                s = s.substring(2);
            } else if (s.startsWith("C:")) {
                faith = Faith.CHRISTIAN;
                s = s.substring(2);
            }
            int bar = s.indexOf('|');
            out.add(new Title(education, blankToNull(s.substring(0, bar)), blankToNull(s.substring(bar + 1)), faith));
        }
        return out;
    }

    @SafeVarargs
    static Profile profile(double femaleShare, List<Title>... titleLists) {
        List<Title> all = new ArrayList<>();
        Arrays.stream(titleLists).forEach(all::addAll);
        return new Profile(femaleShare, List.copyOf(all));
    }

    private enum Origin {
        BATAK_TOBA(42, Faith.CHRISTIAN), SIMALUNGUN(16, Faith.CHRISTIAN), MANDAILING(12, Faith.MUSLIM),
        JAVANESE(18, Faith.MUSLIM), MALAY(7, Faith.MUSLIM), CHINESE(5, Faith.ANY);

        final int weight;
        final Faith faith;

        Origin(int weight, Faith faith) {
            this.weight = weight;
            this.faith = faith;
        }
    }

    private static final List<String> MARGA_TOBA = List.of("Simanjuntak", "Siregar", "Sinaga", "Manurung",
            "Nainggolan", "Hutapea", "Sitorus", "Simatupang", "Panjaitan", "Situmorang", "Silalahi", "Sihombing",
            "Hutagalung", "Pardede", "Tambunan", "Napitupulu", "Simbolon", "Sitanggang", "Butarbutar", "Marpaung",
            "Pasaribu", "Gultom", "Hutabarat", "Sianturi", "Simarmata", "Tampubolon", "Aritonang", "Sibarani",
            "Pangaribuan", "Samosir", "Sirait", "Siahaan", "Lumbantobing", "Sihite", "Hutauruk", "Sidabutar");
    /** The common ones twice, for a realistic mix. */
    private static final List<String> MARGA_SIMALUNGUN = List.of("Damanik", "Saragih", "Purba", "Sinaga",
            "Girsang", "Sipayung", "Sumbayak", "Garingging", "Damanik", "Saragih", "Purba");
    private static final List<String> MARGA_MANDAILING = List.of("Lubis", "Nasution", "Harahap", "Rangkuti",
            "Daulay", "Batubara", "Hasibuan", "Pulungan", "Ritonga", "Dalimunthe", "Pohan", "Matondang");
    private static final List<String> CHRISTIAN_MEN = List.of("Jhonson", "Roy", "Hotman", "Maruli", "Parlindungan",
            "Tigor", "Benny", "Hendrik", "Robert", "Samuel", "Daniel", "Ferdinand", "Bonar", "Sahat", "Togar",
            "Marihot", "Poltak", "Hotmatua", "Jansen", "Rudi", "Marlon", "Andreas", "Markus", "Yosua", "Frans",
            "Edward", "Rikardo", "Rinaldi", "Gomgom", "Saut", "Binsar", "Charles", "Lamhot", "Jonner", "Partogi",
            "Pahala", "Henry", "Kristian", "Immanuel", "Ronald", "Agustinus", "Erwin", "Johannes", "Timbul", "Sabar",
            "Darwin", "Mangara", "Halomoan", "Tumpal", "Ramot");
    private static final List<String> CHRISTIAN_WOMEN = List.of("Rosmawati", "Lestari", "Rotua", "Tiurma", "Dame",
            "Nurhayati", "Dewi", "Rina", "Lince", "Herlina", "Masniari", "Sondang", "Romauli", "Ruth", "Theresia",
            "Maria", "Yohana", "Debora", "Agustina", "Juliana", "Elisabeth", "Erni", "Friska", "Melva", "Netty",
            "Rosdiana", "Tiominar", "Hotnida", "Nurmaida", "Lasma", "Rumondang", "Riris", "Evalina", "Kristina",
            "Sarma", "Intan", "Yanti", "Nova", "Desi", "Monalisa", "Sartika", "Lusiana", "Roslina", "Mariani",
            "Hotmaida", "Erlina", "Tetty", "Sontiar", "Hertati", "Jenny");
    private static final List<String> MUSLIM_MEN = List.of("Ahmad", "Muhammad Rizki", "Fadli", "Syahrial",
            "Zulkifli", "Rahmat", "Irwansyah", "Ridwan", "Hamdani", "Safaruddin", "Amiruddin", "Khairul", "Taufik",
            "Ikhwan", "Hasan Basri", "Arif", "Faisal", "Yusuf", "Iqbal", "Akhyar", "Mukhlis", "Ilham", "Rizal",
            "Azhar", "Syafii", "Muhammad Yusuf", "Abdul Hakim", "Fauzan", "Ismail", "Zainal Abidin");
    private static final List<String> MUSLIM_WOMEN = List.of("Siti Aisyah", "Nurhasanah", "Fitri", "Nurul Hidayah",
            "Rahmawati", "Aisyah", "Halimah", "Khairani", "Nurlela", "Rosmiati", "Yusnita", "Nurainun", "Putri",
            "Fauziah", "Hafsah", "Ernawati", "Safrida", "Maimunah", "Zuraidah", "Lailan Syafrina", "Nur Aisyah",
            "Siti Khadijah", "Elvi Syahrini", "Yusra", "Nurjannah");
    private static final List<String> JAVANESE_MEN = List.of("Sugianto", "Budi Santoso", "Slamet Riyadi",
            "Joko Susilo", "Agus Priyono", "Wahyu Hidayat", "Eko Prasetyo", "Bambang Sutrisno", "Heru Purnomo",
            "Teguh Wibowo", "Dedi Kurniawan", "Sutrisno", "Suyanto", "Hadi Susanto", "Adi Nugroho", "Bayu Pratama",
            "Dwi Cahyono", "Yudi Setiawan", "Agung Prabowo", "Sarwono", "Supriadi", "Sugeng Riyanto",
            "Imam Santoso", "Tri Wahyudi", "Edi Suwarno", "Nanang Kosim", "Purwanto", "Wawan Setiadi",
            "Gatot Wibisono", "Andri Saputra");
    private static final List<String> JAVANESE_WOMEN = List.of("Sri Wahyuni", "Endang Susilowati", "Tri Rahayu",
            "Dwi Lestari", "Siti Aminah", "Suharti", "Rini Astuti", "Puji Astuti", "Sumarni", "Wiwik Sulistyowati",
            "Ratna Sari", "Retno Wulandari", "Yuni Kartika", "Eni Susanti", "Nining Suryani", "Dyah Ayu Pratiwi",
            "Indah Permatasari", "Wulan Sari", "Sulastri", "Suprihatin", "Kurniasih", "Tutik Handayani",
            "Ani Rahmawati", "Endah Purwanti", "Sri Rejeki", "Anik Widayati", "Rukmini", "Winarti", "Parmi Susanti",
            "Ayu Lestari");
    private static final List<String> MALAY_MEN = List.of("Rahmat Hidayat", "Ahmad Fauzi", "Syahrul Ramadhan",
            "Muhammad Iqbal", "Tengku Fadli", "Zulfikar Amri", "Syaiful Bahri", "Hendra Syahputra", "Rizky Ananda",
            "Irwan Syahputra", "Dedy Syahputra", "Fahmi Ramadhan");
    private static final List<String> MALAY_WOMEN = List.of("Nur Fadillah", "Putri Ramadhani", "Fitri Handayani",
            "Nurul Annisa", "Sri Rahmadani", "Dina Maulida", "Rizka Amalia", "Yulia Safitri", "Nadia Syahfitri",
            "Mutiara Syahrani", "Cut Nurhaliza", "Wan Fatimah");
    private static final List<String> CHINESE_MEN = List.of("Hendra", "Vincent", "Kevin", "Ricky", "Wilson",
            "Johan", "Andy", "Edy", "Suryadi", "Sugiarto");
    private static final List<String> CHINESE_WOMEN = List.of("Lily", "Susanti", "Meiliana", "Yenny", "Lisa",
            "Cindy", "Felicia", "Linda", "Merry", "Vera");
    private static final List<String> CHINESE_SURNAMES = List.of("Wijaya", "Halim", "Gunawan", "Tanoto", "Kusuma",
            "Hartanto", "Salim", "Lim", "Tanjaya", "Setiawan");

    private final Random random;
    private final String emailDomain;
    private final Set<String> nips = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> emails = new HashSet<>();

    DemoPeople(Random random, String emailDomain) {
        this.random = random;
        this.emailDomain = emailDomain;
        // the examples in the documentation, which tests may use as they are
        nips.add("198609262015051001");
        nips.add("198902252024211013");
    }

    /**
     * A new person for a post.
     *
     * @param rankLo lowest PNS rank the post is held at (index in {@link RankGrade#options})
     * @param rankHi highest PNS rank the post is held at
     * @param level the functional level, if any: a PPPK Ahli Muda is graded higher than their education alone gives
     */
    Person make(Profile profile, AsnType type, int rankLo, int rankHi, JfLevel level) {
        boolean female = random.nextDouble() < profile.femaleShare();
        Origin origin = origin();
        String name = null;
        for (int attempt = 0; name == null; attempt++) {
            if (attempt > 0 && attempt % 20 == 0) {
                origin = origin();
            }
            if (attempt > 1000) {
                throw new IllegalStateException("Ran out of demo names");
            }
            String candidate = name(origin, female);
            if (names.add(candidate)) {
                name = candidate;
            }
        }
        Origin from = origin;
        List<Title> fitting = profile.titles().stream()
                .filter(t -> t.faith() == Faith.ANY || t.faith() == from.faith).toList();
        Title title = pick(fitting.isEmpty() ? profile.titles() : fitting);
        int sex = female ? Nip.FEMALE : Nip.MALE;
        String nip;
        String rank;
        if (type == AsnType.PNS) {
            int target = Math.max(between(rankLo, rankHi), title.education().entryRank);
            nip = pnsNip(title.education(), target, sex);
            rank = PNS_RANKS.get(target);
        } else {
            nip = pppkNip(title.education(), sex);
            rank = level == JfLevel.AHLI_MUDA ? "XI" : title.education().pppkGrade;
        }
        return new Person(nip, type, name, title.front(), title.back(), rank, female);
    }

    /** An address in the demo domain (a reserved one, so nothing is ever mailed to real people). */
    String email(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z ]", " ")
                .toLowerCase(Locale.ROOT).trim();
        List<String> parts = Arrays.stream(ascii.split("\\s+")).filter(p -> !p.equals("br")).toList();
        String local = parts.size() == 1 ? parts.get(0) : parts.get(0) + "." + parts.get(parts.size() - 1);
        String candidate = local;
        for (int n = 2; !emails.add(candidate); n++) {
            candidate = local + n;
        }
        return candidate + "@" + emailDomain;
    }

    private String pnsNip(Education education, int targetRank, int sex) {
        int steps = Math.max(0, targetRank - education.entryRank);
        int service = steps * 4 + between(1, 3);
        int entryAge = between(education.minEntryAge, education.maxEntryAge);
        if (entryAge + service > MAX_AGE - 1) {
            service = Math.max(1, MAX_AGE - 1 - entryAge);
        }
        if (entryAge + service < MIN_AGE + 1) {
            entryAge = MIN_AGE + 1 - service;
        }
        YearMonth appointed = YearMonth.of(REFERENCE_DATE.getYear() - service, between(1, 12));
        LocalDate birth = birthDate(appointed.getYear() - entryAge);
        while (Period.between(birth, appointed.atDay(1)).getYears() < MIN_APPOINTMENT_AGE) {
            birth = birth.minusYears(1);
        }
        String prefix = "%s%04d%02d%d".formatted(yyyymmdd(birth), appointed.getYear(), appointed.getMonthValue(), sex);
        return unique(prefix);
    }

    private String pppkNip(Education education, int sex) {
        int[] years = {2021, 2021, 2022, 2022, 2023, 2024, 2024, 2025};
        int year = years[random.nextInt(years.length)];
        int entryAge = between(Math.max(education.minEntryAge, 24), 46);
        LocalDate birth = birthDate(year - entryAge);
        int intake = random.nextInt(5) == 0 ? 2 : 1;
        String prefix = "%s%04d2%d%d".formatted(yyyymmdd(birth), year, intake, sex);
        return unique(prefix);
    }

    private String unique(String prefix) {
        int sequence = between(1, 9);
        String nip = prefix + "%03d".formatted(sequence);
        while (!nips.add(nip)) {
            nip = prefix + "%03d".formatted(++sequence);
        }
        Nip.Result check = Nip.check(nip);
        if (!check.valid()) {
            throw new IllegalStateException("Demo NIP " + nip + " is invalid: " + check.errorCode());
        }
        int age = Period.between(check.nip().birthDate(), REFERENCE_DATE).getYears();
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new IllegalStateException("Demo NIP " + nip + " gives age " + age);
        }
        return nip;
    }

    private LocalDate birthDate(int year) {
        int month = between(1, 12);
        return LocalDate.of(year, month, between(1, YearMonth.of(year, month).lengthOfMonth()));
    }

    private static String yyyymmdd(LocalDate d) {
        return "%04d%02d%02d".formatted(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private Origin origin() {
        int total = Arrays.stream(Origin.values()).mapToInt(o -> o.weight).sum();
        int r = random.nextInt(total);
        for (Origin o : Origin.values()) {
            r -= o.weight;
            if (r < 0) {
                return o;
            }
        }
        throw new IllegalStateException();
    }

    private String name(Origin origin, boolean female) {
        switch (origin) {
            case BATAK_TOBA, SIMALUNGUN -> {
                List<String> given = female ? CHRISTIAN_WOMEN : CHRISTIAN_MEN;
                String first = pick(given);
                if (random.nextInt(100) < 35) {
                    String second = pick(given);
                    if (!second.equals(first)) {
                        first = first + " " + second;
                    }
                }
                String marga = pick(origin == Origin.BATAK_TOBA ? MARGA_TOBA : MARGA_SIMALUNGUN);
                // a married or formally named Batak woman often writes her clan as "br." (boru)
                return female && random.nextInt(100) < 40 ? first + " Br. " + marga : first + " " + marga;
            }
            case MANDAILING -> {
                return pick(female ? MUSLIM_WOMEN : MUSLIM_MEN) + " " + pick(MARGA_MANDAILING);
            }
            case JAVANESE -> {
                return pick(female ? JAVANESE_WOMEN : JAVANESE_MEN);
            }
            case MALAY -> {
                return pick(female ? MALAY_WOMEN : MALAY_MEN);
            }
            case CHINESE -> {
                return pick(female ? CHINESE_WOMEN : CHINESE_MEN) + " " + pick(CHINESE_SURNAMES);
            }
            default -> throw new IllegalStateException();
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static int rank(String rank) {
        int i = PNS_RANKS.indexOf(rank);
        if (i < 0) {
            throw new IllegalArgumentException(rank);
        }
        return i;
    }
}
