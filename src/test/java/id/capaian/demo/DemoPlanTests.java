package id.capaian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.demo.DemoPlan.AgencyPlan;
import id.capaian.demo.DemoPlan.Featured;
import id.capaian.demo.DemoPlan.PlannedEmployee;
import id.capaian.demo.DemoPlan.PositionSpec;
import id.capaian.demo.DemoPlan.UnitSpec;
import id.capaian.identity.PasswordPolicy;
import id.capaian.organisation.AsnType;
import id.capaian.organisation.Nip;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.RankGrade;
import id.capaian.platform.Role;
import java.time.Period;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo plan on its own, without a database: people, numbers, ranks and reporting lines make sense. */
class DemoPlanTests {

    private final DemoPlan plan = DemoPlan.create();
    private final AgencyPlan city = plan.city();
    private final Map<String, PlannedEmployee> byNip = city.employees().stream()
            .collect(Collectors.toMap(PlannedEmployee::nip, Function.identity()));
    private final Map<String, PositionSpec> positions = city.positions().stream()
            .collect(Collectors.toMap(PositionSpec::code, Function.identity()));

    @Test
    void isTheSameOnEveryRun() {
        DemoPlan again = DemoPlan.create();
        assertThat(again.city()).isEqualTo(city);
        assertThat(again.national()).isEqualTo(plan.national());
        assertThat(again.featured()).isEqualTo(plan.featured());
    }

    @Test
    void hasAboutThreeHundredEmployeesOfEveryKind() {
        assertThat(city.employees()).hasSizeBetween(280, 320);
        Set<PositionKind> kinds = city.employees().stream().map(e -> positions.get(e.positionCode()).kind())
                .collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(PositionKind.values());
        long pppk = city.employees().stream().filter(e -> e.asnType() == AsnType.PPPK).count();
        assertThat(pppk * 100 / city.employees().size()).isBetween(15L, 25L);
    }

    @Test
    void everyNipIsValidUniqueAndMatchesTheEmployee() {
        Set<String> seen = new HashSet<>();
        for (AgencyPlan agency : Set.of(city, plan.national())) {
            for (PlannedEmployee e : agency.employees()) {
                Nip.Result result = Nip.check(e.nip());
                assertThat(result.valid()).as(e.nip() + " " + result.errorCode()).isTrue();
                Nip nip = result.nip();
                assertThat(seen.add(e.nip())).as("unique " + e.nip()).isTrue();
                assertThat(nip.type()).isEqualTo(e.asnType());
                int age = Period.between(nip.birthDate(), DemoPeople.REFERENCE_DATE).getYears();
                assertThat(age).as(e.name() + " age").isBetween(22, 58);
                assertThat(Period.between(nip.birthDate(), nip.appointedFrom()).getYears())
                        .as(e.name() + " age at appointment").isGreaterThanOrEqualTo(20);
                assertThat(YearMonth.from(nip.appointedFrom())).isBefore(YearMonth.from(DemoPeople.REFERENCE_DATE));
                assertThat(RankGrade.isValid(e.asnType(), e.rankGrade())).as(e.rankGrade()).isTrue();
                assertThat(e.rankGrade()).isNotBlank();
                PasswordPolicy.check("password", DemoDataLoader.PASSWORD, null, e.nip());
            }
        }
        assertThat(city.employees().stream().map(PlannedEmployee::name).distinct().count())
                .isEqualTo(city.employees().size());
    }

    @Test
    void pnsRanksFitThePost() {
        for (PlannedEmployee e : city.employees()) {
            if (e.asnType() == AsnType.PNS) {
                PositionSpec p = positions.get(e.positionCode());
                int rank = DemoPeople.rank(e.rankGrade());
                assertThat(rank).as(e.name() + " " + p.name() + " " + e.rankGrade()).isBetween(p.rankLo(), p.rankHi());
            }
        }
    }

    @Test
    void reportingLinesRunUpToTheSekretarisDaerahWithoutCycles() {
        String sekda = city.unitHeads().get("SETDA");
        assertThat(byNip.get(sekda).superiorNip()).isNull();
        assertThat(byNip.get(sekda).positionCode()).isEqualTo("JPT-SEKDA");
        for (PlannedEmployee e : city.employees()) {
            if (e.nip().equals(sekda)) {
                continue;
            }
            assertThat(e.superiorNip()).as(e.name()).isNotNull();
            Set<String> chain = new HashSet<>();
            String at = e.nip();
            while (at != null) {
                assertThat(chain.add(at)).as("cycle at " + at).isTrue();
                at = byNip.get(at).superiorNip();
            }
            assertThat(chain).contains(sekda);
        }
    }

    @Test
    void staffReportToTheHeadOfTheirUnitAndHeadsToTheParentsHead() {
        Map<String, UnitSpec> units = city.units().stream()
                .collect(Collectors.toMap(UnitSpec::code, Function.identity()));
        String sekda = city.unitHeads().get("SETDA");
        assertThat(city.unitHeads().keySet()).isEqualTo(units.keySet());
        for (PlannedEmployee e : city.employees()) {
            String head = city.unitHeads().get(e.unitCode());
            if (!e.nip().equals(head)) {
                assertThat(e.superiorNip()).as(e.name()).isEqualTo(head);
            } else if (!e.nip().equals(sekda)) {
                String parent = units.get(e.unitCode()).parentCode();
                assertThat(e.superiorNip()).isEqualTo(parent == null ? sekda : city.unitHeads().get(parent));
            }
        }
    }

    @Test
    void titlesFitTheProfession() {
        for (PlannedEmployee e : city.employees()) {
            String position = positions.get(e.positionCode()).name();
            if (position.startsWith("Dokter Ahli")) {
                assertThat(e.frontTitle()).isEqualTo("dr.");
            }
            if (position.startsWith("Dokter Gigi")) {
                assertThat(e.frontTitle()).isEqualTo("drg.");
            }
            if (position.startsWith("Perawat Ahli")) {
                assertThat(e.backTitle()).startsWith("S.Kep., Ns.");
            }
            if (position.startsWith("Perawat Terampil") || position.startsWith("Perawat Mahir")) {
                assertThat(e.backTitle()).isEqualTo("A.Md.Kep.");
            }
            if (position.startsWith("Guru")) {
                assertThat(e.backTitle()).startsWith("S.");
            }
        }
    }

    @Test
    void featuredPeopleHaveTheirRoles() {
        Map<Featured, String> featured = plan.featured();
        assertThat(byNip.get(featured.get(Featured.AGENCY_ADMIN)).roles()).contains(Role.AGENCY_ADMIN, Role.EMPLOYEE);
        assertThat(byNip.get(featured.get(Featured.AGENCY_ADMIN)).unitCode()).startsWith("BKPSDM");
        assertThat(byNip.get(featured.get(Featured.AGENCY_HEAD)).roles()).contains(Role.AGENCY_HEAD, Role.EMPLOYEE);
        assertThat(byNip.get(featured.get(Featured.EMPLOYEE)).superiorNip())
                .isEqualTo(featured.get(Featured.SUPERVISOR));
        assertThat(city.employees().stream().filter(e -> featured.get(Featured.SUPERVISOR).equals(e.superiorNip())))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(plan.national().employees()).singleElement()
                .satisfies(e -> assertThat(e.roles()).contains(Role.NATIONAL_ADMIN, Role.EMPLOYEE));
        assertThat(city.employees()).filteredOn(e -> e.roles().contains(Role.NATIONAL_ADMIN)).isEmpty();
        assertThat(city.employees()).filteredOn(e -> e.appraiserNip() != null).hasSize(1);
    }

    @Test
    void printsTheLoginsInABox() {
        DemoLogins logins = new DemoLogins("http://localhost:8080", DemoPlan.AGENCY_NAME, 300, "secret-2026",
                java.util.List.of(new DemoLogins.Login("Agency head", "EMPLOYEE + AGENCY_HEAD", "Rina Siregar, S.E.",
                        "Sekretaris Daerah", "198001012005011001")));
        String box = logins.render();
        assertThat(box).contains("http://localhost:8080", "Agency head", "198001012005011001", "secret-2026");
        assertThat(box.lines().map(String::length).distinct()).hasSize(1);
    }
}
