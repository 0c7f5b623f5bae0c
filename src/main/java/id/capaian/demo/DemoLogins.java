package id.capaian.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo sign-ins as a plain ASCII box for the console (ASCII so that every terminal shows it), with a few lines
 * of notes (the state of the demo plans) under the heading.
 */
record DemoLogins(String url, String agencyName, long employees, String password, List<Login> logins,
        List<String> notes) {

    DemoLogins(String url, String agencyName, long employees, String password, List<Login> logins) {
        this(url, agencyName, employees, password, logins, List.of());
    }

    /**
     * One sign-in to show.
     *
     * @param role what the person can show (the printed label)
     * @param detail a second line under the role: the granted roles or the number of appraisees
     * @param name the name with titles
     * @param post the position held
     * @param nip the NIP, which is the username
     */
    record Login(String role, String detail, String name, String post, String nip) {
    }

    String render() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Role", "Name and position", "NIP (username)", "Password"});
        for (Login l : logins) {
            rows.add(new String[] {l.role(), l.name(), l.nip(), password});
            rows.add(new String[] {"  " + l.detail(), l.post(), "", ""});
        }
        int[] width = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < 4; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        int inner = width[0] + width[1] + width[2] + width[3] + 9;
        List<String> head = new ArrayList<>();
        head.add("Capaian demo data: " + agencyName + ", " + employees + " employees");
        head.addAll(notes);
        head.add("Open " + url + " and sign in with a NIP and the password below.");
        head.add("Every demo employee can sign in this way; these show the main roles:");
        for (String line : head) {
            inner = Math.max(inner, line.length() + 2);
        }
        width[1] += inner - (width[0] + width[1] + width[2] + width[3] + 9);

        String rule = "+" + "-".repeat(inner + 2) + "+";
        String columns = "+" + dashes(width[0]) + "+" + dashes(width[1]) + "+" + dashes(width[2]) + "+"
                + dashes(width[3]) + "+";
        StringBuilder sb = new StringBuilder();
        sb.append(rule).append('\n');
        for (String line : head) {
            sb.append("| ").append(pad(line, inner)).append(" |").append('\n');
        }
        sb.append(columns).append('\n');
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            sb.append("| ").append(pad(row[0], width[0])).append(" | ").append(pad(row[1], width[1])).append(" | ")
                    .append(pad(row[2], width[2])).append(" | ").append(pad(row[3], width[3])).append(" |\n");
            if (r == 0 || r % 2 == 0) {
                sb.append(columns).append('\n');
            }
        }
        return sb.toString();
    }

    /** One line for the log: the sign-ins without the box. */
    String summary() {
        StringBuilder sb = new StringBuilder("Demo sign-ins at ").append(url).append(" (password ").append(password)
                .append("):");
        for (Login l : logins) {
            sb.append(' ').append(l.role()).append(' ').append(l.nip()).append(" (").append(l.name()).append(");");
        }
        return sb.substring(0, sb.length() - 1);
    }

    private static String dashes(int width) {
        return "-".repeat(width + 2);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
