package id.capaian.benchmark;

import java.time.LocalDate;

/**
 * An account for every employee (user name: the NIP), all with {@link NationalDataset#PASSWORD} hashed once; the
 * regional secretary is the agency head, three staff of the personnel agency are its administrators. A national
 * administrator (NIP 197001012000011001) is added when the database has none yet.
 */
final class IdentityStage implements DatasetStage {

    static final String NATIONAL_ADMIN = "197001012000011001";

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public void run(DatasetContext c) throws Exception {
        String hash = c.settings.passwordHash();
        long first = c.reserve("account", c.employees);
        var created = c.at(LocalDate.of(c.settings.year(), 1, 3), 9, 0);
        try (Copy accounts = c.copy("account", "id, username, display_name, agency_id, employee_id, password_hash, created_at")) {
            for (int i = 0; i < c.employees; i++) {
                accounts.add(first + i).add(c.empNip[i]).add(c.empName[i]).add(c.agencyId).add(c.empId[i]).add(hash)
                        .add(created).end();
            }
            c.done("account", accounts);
        }
        try (Copy roles = c.copy("account_role", "account_id, role")) {
            for (int i = 0; i < c.employees; i++) {
                roles.add(first + i).add("EMPLOYEE").end();
            }
            for (int admin : c.admins) {
                roles.add(first + admin).add("AGENCY_ADMIN").end();
            }
            roles.add(first).add("AGENCY_HEAD").end();
            c.done("account_role", roles);
        }
        if (c.single("SELECT count(*) FROM account_role WHERE role = 'NATIONAL_ADMIN'") == 0
                && c.single("SELECT count(*) FROM account WHERE username = '" + NATIONAL_ADMIN + "'") == 0) {
            long id = c.reserve("account", 1);
            try (var ps = c.con.prepareStatement("INSERT INTO account (id, username, display_name, password_hash) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, NATIONAL_ADMIN);
                ps.setString(3, "Administrator Nasional");
                ps.setString(4, hash);
                ps.executeUpdate();
            }
            c.exec("INSERT INTO account_role (account_id, role) VALUES (" + id + ", 'NATIONAL_ADMIN')");
            c.counted("account", 1);
        }
    }
}
