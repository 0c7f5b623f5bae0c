package id.capaian.loadtest;

import id.capaian.identity.AccountManagement;
import id.capaian.organisation.Agency;
import id.capaian.organisation.AgencyForm;
import id.capaian.organisation.AgencyKind;
import id.capaian.organisation.AgencyManagement;
import id.capaian.organisation.AsnType;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeForm;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.Aspect;
import id.capaian.planning.Direction;
import id.capaian.planning.IndicatorForm;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodForm;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultIndicator;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The load test's data, made through the real services (so every row is shaped as the application makes it): a
 * city agency with a Dinas Kesehatan of {@value #TEAMS} bidang, each a head appraising {@value #TEAM_SIZE} staff,
 * every staff member with an approved plan for the current year (2 RHK, 4 IKI), and the realisations of the
 * months before this one (written in one JDBC batch, as the past months are closed to the service). The first
 * bidang is the measured team: its 50 staff save realisations, its head opens the team dashboard.
 */
class LoadTestDataset {

    static final String PASSWORD = "Beban-Uji-2026";
    static final int TEAMS = 4;
    static final int TEAM_SIZE = 50;

    private final AgencyManagement agencies;
    private final UnitManagement units;
    private final EmployeeManagement employees;
    private final AccountManagement accounts;
    private final PeriodManagement periods;
    private final PlanManagement plans;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private int nips;

    LoadTestDataset(AgencyManagement agencies, UnitManagement units, EmployeeManagement employees, AccountManagement accounts,
            PeriodManagement periods, PlanManagement plans, UserDetailsService users, JdbcTemplate jdbc) {
        this.agencies = agencies;
        this.units = units;
        this.employees = employees;
        this.accounts = accounts;
        this.periods = periods;
        this.plans = plans;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A member of the measured team: who signs in, and the indicator they save. */
    record Member(String nip, long planId, long indicatorId) {
    }

    record Result(long agencyId, String appraiserNip, String appraiserName, int subPeriod, List<Member> team, int employees,
            int plans, int indicators, int pastRealisations) {

        String summary() {
            return employees + " employees, " + plans + " approved plans with " + indicators + " indicators, "
                    + pastRealisations + " realisations of past months; measured team of " + team.size() + " under "
                    + appraiserName;
        }

        /** agencyId, appraiser NIP, sub-period, then one line per member: nip,planId,indicatorId. */
        String toText() {
            StringBuilder sb = new StringBuilder();
            sb.append(agencyId).append('\n').append(appraiserNip).append('\n').append(subPeriod).append('\n');
            team.forEach(m -> sb.append(m.nip()).append(',').append(m.planId()).append(',').append(m.indicatorId()).append('\n'));
            return sb.toString();
        }
    }

    Result create() {
        Actor system = Actor.system();
        if (accounts.setupNeeded()) {
            accounts.setupFirstAdmin("197001012000011001", "Admin Nasional Beban Uji", PASSWORD, PASSWORD);
        }
        String hash = accounts.encode(PASSWORD);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        Agency agency = agencies.create(system, new AgencyForm("BEBAN-" + (System.currentTimeMillis() % 100000),
                "Pemerintah Kota Beban Uji", AgencyKind.CITY));
        Period period = periods.open(system, agency.id(), new PeriodForm(today.getYear(), SubPeriodScheme.MONTHLY, null));
        Unit dinkes = units.create(system, agency.id(), new UnitForm("DINKES", "Dinas Kesehatan", null));
        Employee kadis = employee(agency, dinkes, null, "dr. Kepala Dinas Kesehatan");
        accounts.createWithHash(system, kadis, hash, EnumSet.of(Role.EMPLOYEE));

        List<Member> measured = new ArrayList<>();
        List<Long> indicators = new ArrayList<>();
        Employee measuredHead = null;
        int plansMade = 0;
        int people = 1;
        String[] bidang = {"Pelayanan Kesehatan", "Pencegahan dan Pengendalian Penyakit", "Kesehatan Masyarakat",
                "Sumber Daya Kesehatan"};
        for (int t = 0; t < TEAMS; t++) {
            Unit unit = units.create(system, agency.id(), new UnitForm("DINKES.B" + (t + 1), "Bidang " + bidang[t], dinkes.id()));
            Employee head = employee(agency, unit, kadis, "Kepala Bidang " + bidang[t]);
            accounts.createWithHash(system, head, hash, EnumSet.of(Role.EMPLOYEE));
            people++;
            Actor appraiser = (Actor) users.loadUserByUsername(head.nip());
            if (t == 0) {
                measuredHead = head;
            }
            for (int i = 0; i < TEAM_SIZE; i++) {
                Employee staff = employee(agency, unit, head, NAMES[(t * TEAM_SIZE + i) % NAMES.length] + " " + (t + 1) + "." + (i + 1));
                accounts.createWithHash(system, staff, hash, EnumSet.of(Role.EMPLOYEE));
                people++;
                Actor owner = (Actor) users.loadUserByUsername(staff.nip());
                Plan plan = plans.create(owner, agency.id(), period.id(), staff.id());
                for (int r = 0; r < 2; r++) {
                    PlannedResult result = plans.addResult(owner, agency.id(), plan.id(), new ResultForm(ResultKind.UTAMA,
                            r == 0 ? "Terlayaninya kunjungan pasien sesuai standar" : "Tersusunnya laporan program tepat waktu", null, null));
                    plans.addIndicator(owner, agency.id(), result.id(), r == 0
                            ? IndicatorForm.number(Aspect.KUANTITAS, "Pasien dilayani", new BigDecimal("1200"), "pasien", Direction.HIGHER)
                            : IndicatorForm.number(Aspect.KUANTITAS, "Laporan disusun", new BigDecimal("12"), "laporan", Direction.HIGHER));
                    plans.addIndicator(owner, agency.id(), result.id(), r == 0
                            ? IndicatorForm.number(Aspect.KUALITAS, "Pasien puas", new BigDecimal("90"), "%", Direction.HIGHER)
                            : IndicatorForm.number(Aspect.WAKTU, "Waktu penyusunan", new BigDecimal("5"), "hari", Direction.LOWER));
                }
                plans.submit(owner, agency.id(), plan.id());
                Plan approved = plans.approve(appraiser, agency.id(), plan.id());
                plansMade++;
                approved.results().forEach(res -> res.indicators().forEach(ind -> indicators.add(ind.id())));
                if (t == 0) {
                    ResultIndicator first = approved.results().stream().filter(res -> res.ordinal() == 1).findFirst()
                            .orElse(approved.results().get(0)).indicators().get(0);
                    measured.add(new Member(staff.nip(), approved.id(), first.id()));
                }
            }
        }
        int past = pastRealisations(agency.id(), indicators, today.getMonthValue());
        return new Result(agency.id(), measuredHead.nip(), measuredHead.name(), today.getMonthValue(), measured, people,
                plansMade, indicators.size(), past);
    }

    /** Realisations of every month before this one, around the target's monthly share, some reviewed. */
    private int pastRealisations(long agencyId, List<Long> indicatorIds, int month) {
        if (month <= 1) {
            return 0;
        }
        Random random = new Random(2026);
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("""
                SELECT i.id, r.plan_id, i.aspect, i.target_value FROM result_indicator i JOIN planned_result r ON r.id = i.result_id
                WHERE i.id = ANY (?)
                """, rs -> {
            for (int sub = 1; sub < month; sub++) {
                BigDecimal target = rs.getBigDecimal("target_value");
                BigDecimal value = "KUANTITAS".equals(rs.getString("aspect"))
                        ? target.divide(BigDecimal.valueOf(12), 0, java.math.RoundingMode.HALF_UP)
                                .multiply(BigDecimal.valueOf(70 + random.nextInt(50))).divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP)
                        : target.multiply(BigDecimal.valueOf(85 + random.nextInt(25))).divide(BigDecimal.valueOf(100), 1, java.math.RoundingMode.HALF_UP);
                rows.add(new Object[] {agencyId, rs.getLong("plan_id"), rs.getLong("id"), sub, value,
                        random.nextInt(3) == 0 ? "PENDING" : "REVIEWED"});
            }
        }, (Object) indicatorIds.toArray(Long[]::new));
        jdbc.batchUpdate("""
                INSERT INTO realisation (agency_id, plan_id, indicator_id, sub_period, value, source, review_status, recorded_by)
                VALUES (?, ?, ?, ?, ?, 'WEB', ?, 'loadtest')
                """, rows);
        return rows.size();
    }

    private Employee employee(Agency agency, Unit unit, Employee superior, String name) {
        int n = ++nips;
        EmployeeForm f = new EmployeeForm();
        f.setNip(String.format("%04d%02d%02d%04d%02d%d%03d", 1980 + n % 20, 1 + n % 12, 1 + n % 28, 2005 + n % 15,
                1 + n % 12, 1 + n % 2, 1 + n % 999));
        f.setName(name);
        f.setAsnType(AsnType.PNS);
        f.setRankGrade("III/a");
        f.setUnitId(unit.id());
        f.setSuperiorId(superior == null ? null : superior.id());
        return employees.create(Actor.system(), agency.id(), f);
    }

    private static final String[] NAMES = {"dr. Siti Aminah", "Budi Santoso", "Rina Marlina", "Agus Salim", "Dewi Lestari",
            "Hendra Gunawan", "Nur Aisyah", "Yusuf Maulana", "Ratna Sari", "Andi Pratama", "Fitri Handayani", "Rudi Hartono",
            "Maya Anggraini", "Eko Prasetyo", "Lina Marpaung", "Joko Susilo", "Wulan Sitompul", "Taufik Hidayat"};
}
