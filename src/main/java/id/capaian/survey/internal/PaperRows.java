package id.capaian.survey.internal;

import id.capaian.survey.Element;
import id.capaian.survey.ImportProblem;
import id.capaian.survey.OfferedService;
import id.capaian.survey.Respondent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a paper-survey sheet checked one by one: every problem named by row, column and value, so that the
 * file can be corrected in one go. Columns (in any order, names in any case): {@code tanggal}, {@code layanan},
 * {@code u1}..{@code u9}, and optionally {@code usia}, {@code jenis_kelamin}, {@code pendidikan},
 * {@code pekerjaan}, {@code saran}.
 */
public final class PaperRows {

    public static final String DATE = "tanggal";
    public static final String SERVICE = "layanan";
    public static final String AGE = "usia";
    public static final String SEX = "jenis_kelamin";
    public static final String EDUCATION = "pendidikan";
    public static final String OCCUPATION = "pekerjaan";
    public static final String SUGGESTION = "saran";
    public static final int MAX_SUGGESTION = 2000;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private PaperRows() {
    }

    /** Every column of the file, in the template's order. */
    public static List<String> columns() {
        List<String> out = new ArrayList<>(List.of(DATE, SERVICE));
        for (Element e : Element.values()) {
            out.add(e.field());
        }
        out.addAll(List.of(AGE, SEX, EDUCATION, OCCUPATION, SUGGESTION));
        return out;
    }

    /** A good row: what is stored. */
    public record Parsed(int row, LocalDate date, Long serviceId, int[] answers, Respondent.AgeBand age, Respondent.Sex sex,
            Respondent.Education education, Respondent.Occupation occupation, String suggestion) {
    }

    public record Outcome(List<Parsed> rows, List<ImportProblem> problems) {
    }

    public static Outcome check(SheetReader.Sheet sheet, List<OfferedService> services, LocalDate today) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        List<String> known = columns();
        for (int i = 0; i < sheet.header().size(); i++) {
            String raw = sheet.header().get(i);
            if (raw.isEmpty()) {
                continue;
            }
            String name = raw.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s-]+", "_");
            if (!known.contains(name)) {
                problems.add(ImportProblem.of(sheet.headerRow(), raw, null, "survey.import.error.unknownColumn",
                        String.join(", ", known)));
            } else if (index.containsKey(name)) {
                problems.add(ImportProblem.of(sheet.headerRow(), raw, null, "survey.import.error.columnTwice"));
            } else {
                index.put(name, i);
                written.put(name, raw);
            }
        }
        List<String> required = new ArrayList<>(List.of(DATE));
        if (!services.isEmpty()) {
            required.add(SERVICE);
        }
        Arrays.stream(Element.values()).map(Element::field).forEach(required::add);
        for (String r : required) {
            if (!index.containsKey(r)) {
                problems.add(ImportProblem.of(null, r, null, "survey.import.error.missingColumn"));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(List.of(), problems);
        }
        Map<String, OfferedService> byName = new HashMap<>();
        services.forEach(s -> byName.put(s.name().toLowerCase(Locale.ROOT), s));
        String serviceList = String.join(", ", services.stream().map(OfferedService::name).toList());
        List<Parsed> rows = new ArrayList<>();
        for (SheetReader.Line line : sheet.lines()) {
            int before = problems.size();
            Function<String, String> cell = c -> index.containsKey(c) ? line.cell(index.get(c)) : "";
            int row = line.number();

            String dateText = cell.apply(DATE);
            LocalDate date = null;
            if (dateText.isEmpty()) {
                problems.add(ImportProblem.of(row, written.get(DATE), dateText, "survey.import.error.required"));
            } else {
                date = date(dateText);
                if (date == null) {
                    problems.add(ImportProblem.of(row, written.get(DATE), dateText, "survey.import.error.date"));
                } else if (date.isAfter(today)) {
                    problems.add(ImportProblem.of(row, written.get(DATE), dateText, "survey.import.error.futureDate"));
                } else if (date.isBefore(EARLIEST)) {
                    problems.add(ImportProblem.of(row, written.get(DATE), dateText, "survey.import.error.date"));
                }
            }

            String serviceText = cell.apply(SERVICE);
            Long serviceId = null;
            if (services.isEmpty()) {
                if (!serviceText.isEmpty()) {
                    problems.add(ImportProblem.of(row, written.get(SERVICE), serviceText, "survey.import.error.noServices"));
                }
            } else if (serviceText.isEmpty()) {
                problems.add(ImportProblem.of(row, written.get(SERVICE), serviceText, "survey.import.error.required"));
            } else {
                OfferedService s = byName.get(serviceText.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
                if (s == null) {
                    problems.add(ImportProblem.of(row, written.get(SERVICE), serviceText, "survey.import.error.service",
                            serviceList));
                } else {
                    serviceId = s.id();
                }
            }

            int[] answers = new int[Element.COUNT];
            for (Element e : Element.values()) {
                String text = cell.apply(e.field());
                if (text.matches("[1-4]")) {
                    answers[e.ordinal()] = Integer.parseInt(text);
                } else {
                    problems.add(ImportProblem.of(row, written.get(e.field()), text, text.isEmpty()
                            ? "survey.import.error.required" : "survey.import.error.answer"));
                }
            }

            Respondent.AgeBand age = optional(cell.apply(AGE), Respondent.AgeBand::parse, row, written.get(AGE),
                    "survey.import.error.age", problems);
            Respondent.Sex sex = optional(cell.apply(SEX), Respondent.Sex::parse, row, written.get(SEX),
                    "survey.import.error.sex", problems);
            Respondent.Education education = optional(cell.apply(EDUCATION), Respondent.Education::parse, row,
                    written.get(EDUCATION), "survey.import.error.education", problems);
            Respondent.Occupation occupation = optional(cell.apply(OCCUPATION), Respondent.Occupation::parse, row,
                    written.get(OCCUPATION), "survey.import.error.occupation", problems);
            String suggestion = cell.apply(SUGGESTION);
            if (suggestion.length() > MAX_SUGGESTION) {
                problems.add(ImportProblem.of(row, written.get(SUGGESTION), suggestion, "survey.import.error.tooLong",
                        MAX_SUGGESTION));
            }
            if (problems.size() == before) {
                rows.add(new Parsed(row, date, serviceId, answers, age, sex, education, occupation,
                        suggestion.isEmpty() ? null : suggestion));
            }
        }
        return new Outcome(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static <T> T optional(String text, Function<String, Optional<T>> parse, int row, String column, String code,
            List<ImportProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            problems.add(ImportProblem.of(row, column, text, code));
            return null;
        }
        return value.get();
    }

    /** 2026-03-15, 15/03/2026, 15-3-2026, or a spreadsheet's day number (46096). */
    static LocalDate date(String text) {
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher dmy = DMY.matcher(text);
            if (dmy.matches()) {
                return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
            }
            if (text.matches("\\d{5}")) {
                return EXCEL_EPOCH.plusDays(Long.parseLong(text));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
