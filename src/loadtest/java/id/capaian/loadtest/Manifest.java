package id.capaian.loadtest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who does what in the deadline-day load test, read from the dataset (generated or reused): employees with an
 * approved plan and two of its IKI (not those the raw baseline writes to), appraisers with a team and a past
 * realisation of one of their people to comment on, the agency administrators and the units whose dashboards they
 * open. One line per person; {@code key=value} lines for the rest.
 */
final class Manifest {

    final Map<String, String> values = new HashMap<>();
    final List<Map<String, Object>> employees = new ArrayList<>();
    final List<Map<String, Object>> appraisers = new ArrayList<>();
    final List<Map<String, Object>> admins = new ArrayList<>();

    static String write(JdbcTemplate jdbc, long agencyId) {
        StringBuilder sb = new StringBuilder();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        String scheme = jdbc.queryForObject("SELECT scheme FROM performance_period WHERE agency_id = ? ORDER BY year DESC LIMIT 1",
                String.class, agencyId);
        int sub = "MONTHLY".equals(scheme) ? today.getMonthValue() : (today.getMonthValue() - 1) / 3 + 1;
        sb.append("agency=").append(agencyId).append('\n').append("sub=").append(sub).append('\n');
        jdbc.query("""
                SELECT e.nip, p.id, (array_agg(i.id ORDER BY i.id))[1] AS i1, (array_agg(i.id ORDER BY i.id))[2] AS i2
                FROM employee e JOIN performance_plan p ON p.employee_id = e.id AND p.status = 'APPROVED'
                JOIN planned_result r ON r.plan_id = p.id JOIN result_indicator i ON i.result_id = r.id
                WHERE e.agency_id = ? AND e.id % 10 <> 9 AND e.superior_id IS NOT NULL
                GROUP BY e.nip, p.id ORDER BY md5(e.nip) LIMIT 4000""", rs -> {
            sb.append("E,").append(rs.getString(1)).append(',').append(rs.getLong(2)).append(',').append(rs.getLong(3))
                    .append(',').append(rs.getLong(4)).append('\n');
        }, agencyId);
        jdbc.query("""
                SELECT s.nip, (SELECT r.id FROM realisation r JOIN performance_plan p ON p.id = r.plan_id
                               WHERE p.appraiser_id = s.id AND r.sub_period = 1 ORDER BY r.id LIMIT 1)
                FROM employee s WHERE s.agency_id = ?
                  AND (SELECT count(*) FROM employee e WHERE e.superior_id = s.id) >= 3
                ORDER BY md5(s.nip) LIMIT 600""", rs -> {
            long r = rs.getLong(2);
            if (r > 0) {
                sb.append("S,").append(rs.getString(1)).append(',').append(r).append('\n');
            }
        }, agencyId);
        String units = String.join(";", jdbc.queryForList("""
                SELECT u.id::text FROM org_unit u JOIN org_unit root ON root.id = u.parent_id AND root.parent_id IS NULL
                WHERE u.agency_id = ? ORDER BY u.id""", String.class, agencyId));
        jdbc.query("""
                SELECT a.username FROM account a JOIN account_role r ON r.account_id = a.id
                WHERE a.agency_id = ? AND r.role = 'AGENCY_ADMIN' ORDER BY a.id""", rs -> {
            sb.append("A,").append(rs.getString(1)).append(',').append(units).append('\n');
        }, agencyId);
        return sb.toString();
    }

    static Manifest read(List<String> lines) {
        Manifest m = new Manifest();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            switch (f[0]) {
                case "E" -> m.employees.add(Map.of("nip", f[1], "planId", Long.parseLong(f[2]), "indicator1", Long.parseLong(f[3]),
                        "indicator2", Long.parseLong(f[4])));
                case "S" -> m.appraisers.add(Map.of("nip", f[1], "realisationId", Long.parseLong(f[2])));
                case "A" -> m.admins.add(Map.of("nip", f[1], "units", f[2]));
                default -> {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        m.values.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            }
        }
        return m;
    }
}
