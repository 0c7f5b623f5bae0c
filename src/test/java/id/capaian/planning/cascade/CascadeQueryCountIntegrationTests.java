package id.capaian.planning.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.benchmark.PlanningDataset;
import id.capaian.planning.CascadeOverview;
import id.capaian.planning.CascadeView;
import id.capaian.planning.UnitCascade;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cascade views send the same, small number of SQL statements whatever the size of the agency: no query per
 * unit, employee or RHK.
 */
@IntegrationTest
@Import(StatementCounter.Config.class)
class CascadeQueryCountIntegrationTests {

    @Autowired CascadeView cascade;
    @Autowired JdbcTemplate jdbc;

    record Counts(int overview, int rootUnit, int rootSummary, int units, int plans, int results) {
    }

    private Counts measure(int employees) {
        PlanningDataset.Result d = PlanningDataset.generate(jdbc, employees, 2026);
        var overview = StatementCounter.count(() -> cascade.overview(Actor.system(), d.agencyId(), d.periodId()));
        var unit = StatementCounter.count(() -> cascade.unit(Actor.system(), d.agencyId(), d.periodId(), d.rootUnitId()));
        var summary = StatementCounter.count(() -> cascade.unitSummary(Actor.system(), d.agencyId(), d.periodId(), d.rootUnitId(), 50));
        CascadeOverview o = overview.value();
        UnitCascade u = unit.value();
        assertThat(o.totals().employees()).isEqualTo(employees);
        assertThat(u.figures()).isEqualTo(o.totals());
        assertThat(summary.value().figures()).isEqualTo(o.totals());
        return new Counts(overview.statements(), unit.statements(), summary.statements(), o.units().size(), d.plans(),
                u.resultCount());
    }

    @Test
    void theSameNumberOfStatementsFor10And50Employees() {
        Counts small = measure(10);
        Counts larger = measure(50);
        assertThat(larger.plans()).isGreaterThan(small.plans() * 3);
        assertThat(larger.results()).isGreaterThan(small.results() * 3);
        assertThat(larger.overview()).isEqualTo(small.overview());
        assertThat(larger.rootUnit()).isEqualTo(small.rootUnit());
        assertThat(larger.rootSummary()).isEqualTo(small.rootSummary());
        assertThat(small.overview()).isBetween(1, 4);
        assertThat(small.rootUnit()).isBetween(1, 8);
        assertThat(small.rootSummary()).isEqualTo(small.rootUnit());
    }

    @Test
    void theSameNumberOfStatementsForADeeperTree() {
        // 2,000 employees: the shape of a city (sekretariat, bidang, seksi, schools, puskesmas, kelurahan)
        Counts city = measure(2_000);
        Counts small = measure(10);
        assertThat(city.units()).isGreaterThan(100);
        assertThat(city.overview()).isEqualTo(small.overview());
        assertThat(city.rootUnit()).isEqualTo(small.rootUnit());
        assertThat(city.rootSummary()).isEqualTo(small.rootSummary());
    }
}
