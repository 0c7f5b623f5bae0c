package id.capaian.organisation.internal.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small helpers to write CSV the way spreadsheet programs read it. */
final class Spreadsheets {

    static final String BOM = "\uFEFF";

    private Spreadsheets() {
    }

    /** UTF-8 with a byte order mark (so that spreadsheet programs pick the right encoding), CRLF line ends. */
    static byte[] csv(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder(BOM);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(field(row.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A field quoted when needed. Text a spreadsheet would run as a formula (starting with =, +, -, @) gets a
     * leading apostrophe, so that a downloaded report cannot execute what an uploaded file contained.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
