package id.capaian.survey;

/**
 * The nine elements (unsur) of the satisfaction survey of PermenPAN-RB 14/2017, in the regulation's order. Each is
 * answered on 1..4; the question and the wording of each answer are in the message bundle
 * ({@code survey.question.<NAME>}, {@code survey.answer.<NAME>.<1-4>}) in Indonesian and English.
 */
public enum Element {
    PERSYARATAN, PROSEDUR, WAKTU, BIAYA, PRODUK, KOMPETENSI, PERILAKU, SARANA, PENGADUAN;

    public static final int COUNT = 9;

    /** 1..9, as the regulation numbers them (U1..U9). */
    public int number() {
        return ordinal() + 1;
    }

    /** "U1".."U9". */
    public String code() {
        return "U" + number();
    }

    /** The form field and import column: "u1".."u9". */
    public String field() {
        return "u" + number();
    }

    public String labelKey() {
        return "survey.element." + name();
    }

    public String questionKey() {
        return "survey.question." + name();
    }

    public String answerKey(int value) {
        return "survey.answer." + name() + "." + value;
    }
}
