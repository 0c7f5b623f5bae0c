package id.capaian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.demo.DemoPlan.AgencyPlan;
import id.capaian.demo.DemoPlan.Featured;
import id.capaian.demo.DemoPlan.PlannedEmployee;
import id.capaian.demo.DemoPlanContent.Iki;
import id.capaian.demo.DemoPlanContent.Iku;
import id.capaian.demo.DemoPlanContent.Rhk;
import id.capaian.demo.DemoPlanContent.Work;
import id.capaian.demo.DemoPlanning.Fate;
import id.capaian.planning.Aspect;
import id.capaian.planning.Direction;
import id.capaian.planning.ResultKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo plans on paper, without a database: who gets which state, and what every plan says. */
class DemoPlanningTests {

    private final DemoPlan plan = DemoPlan.create();
    private final AgencyPlan city = plan.city();
    private final Map<String, Fate> fates = DemoPlanning.fates(plan);
    private final Map<String, String> appraisers = DemoPlanning.appraisers(city);

    @Test
    void fatesAreTheSameOnEveryRunAndCoverEveryone() {
        assertThat(DemoPlanning.fates(DemoPlan.create())).isEqualTo(fates);
        assertThat(fates.keySet()).containsExactlyElementsOf(city.employees().stream().map(PlannedEmployee::nip)
                .toList());
        assertThat(fates.values()).doesNotContainNull();
    }

    @Test
    void everyStateOccursInRoughlyTheWantedShare() {
        Map<Fate, Long> counts = new EnumMap<>(Fate.class);
        fates.values().forEach(f -> counts.merge(f, 1L, Long::sum));
        assertThat(counts.keySet()).containsExactlyInAnyOrder(Fate.values());
        int n = fates.size();
        long approved = counts.get(Fate.APPROVED) + counts.get(Fate.APPROVED_AFTER_RETURN) + counts.get(Fate.REVISED);
        long drafts = counts.get(Fate.DRAFT) + counts.get(Fate.UNFINISHED) + counts.get(Fate.REVISING)
                + counts.get(Fate.FLAGGED);
        assertThat(approved * 100 / n).isBetween(65L, 75L);
        assertThat(counts.get(Fate.SUBMITTED) * 100 / n).isBetween(8L, 12L);
        assertThat(counts.get(Fate.RETURNED) * 100 / n).isBetween(4L, 7L);
        assertThat(drafts * 100 / n).isBetween(6L, 10L);
        assertThat(counts.get(Fate.NONE) * 100 / n).isBetween(4L, 7L);
        assertThat(counts.get(Fate.REVISING)).isOne();
        assertThat(counts.get(Fate.REVISED)).isOne();
        assertThat(counts.get(Fate.FLAGGED)).isOne();
    }

    @Test
    void whoeverAppraisesOthersHasAPlanAndTheFeaturedPeopleHaveSomethingToShow() {
        Set<String> appraiserNips = Set.copyOf(appraisers.values());
        appraiserNips.forEach(nip -> assertThat(fates.get(nip)).as(nip).isNotEqualTo(Fate.NONE));
        assertThat(fates.get(plan.featured().get(Featured.EMPLOYEE))).isEqualTo(Fate.RETURNED);
        assertThat(fates.get(plan.featured().get(Featured.SUPERVISOR))).isEqualTo(Fate.APPROVED);
        String supervisor = plan.featured().get(Featured.SUPERVISOR);
        assertThat(appraisers.entrySet().stream().filter(e -> e.getValue().equals(supervisor))
                .filter(e -> fates.get(e.getKey()) == Fate.SUBMITTED).count()).isGreaterThanOrEqualTo(2);
        String flagged = fates.entrySet().stream().filter(e -> e.getValue() == Fate.FLAGGED).findFirst()
                .orElseThrow().getKey();
        assertThat(fates.get(appraisers.get(flagged))).isEqualTo(Fate.REVISING);
    }

    @Test
    void everyPlanHasTwoToFourMainResultsWithOneToThreeIndicators() {
        for (PlannedEmployee e : city.employees()) {
            Work work = DemoPlanning.workOf(city, e);
            List<Rhk> main = work.results().stream().filter(r -> r.kind() == ResultKind.UTAMA).toList();
            assertThat(main).as(e.positionCode() + " in " + e.unitCode()).hasSizeBetween(2, 4);
            assertThat(work.results()).filteredOn(r -> r.kind() == ResultKind.TAMBAHAN).hasSizeLessThanOrEqualTo(1);
            for (Rhk r : work.results()) {
                assertThat(r.indicators()).as(r.statement()).hasSizeBetween(1, 3);
                assertThat(r.actions()).as(r.statement()).isNotEmpty();
                assertThat(r.statement().length()).isLessThan(1000);
                if (r.kind() == ResultKind.UTAMA) {
                    assertThat(r.up()).as(r.statement()).isNotBlank();
                }
                for (Iki i : r.indicators()) {
                    assertThat(i.written() || i.value() != null).isTrue();
                    assertThat(i.written() || i.unit() != null).as(i.name()).isTrue();
                }
            }
        }
    }

    @Test
    void theHeadsOfTheOpdContributeToTheirUnitsIkuAndOthersFindWhatTheyContributeTo() {
        Map<String, List<Iku>> agreements = DemoPlanContent.agreements();
        assertThat(agreements.keySet()).containsExactlyInAnyOrder("SETDA", "BKPSDM", "DINKES", "DISDIK", "DUKCAPIL");
        Map<String, PlannedEmployee> byNip = city.employees().stream()
                .collect(Collectors.toMap(PlannedEmployee::nip, e -> e));
        for (PlannedEmployee e : city.employees()) {
            Work work = DemoPlanning.workOf(city, e);
            boolean opdHead = !e.unitCode().contains(".") && e.nip().equals(city.unitHeads().get(e.unitCode()));
            for (Rhk r : work.results()) {
                if (r.kind() != ResultKind.UTAMA) {
                    continue;
                }
                if (opdHead) {
                    assertThat(r.up()).startsWith("IKU");
                    assertThat(Integer.parseInt(r.up().substring(3)))
                            .isBetween(1, agreements.get(e.unitCode()).size());
                } else {
                    // the appraiser offers the tag, or the fallback finds their core or support result
                    Work theirs = DemoPlanning.workOf(city, byNip.get(appraisers.get(e.nip())));
                    assertThat(theirs.results()).as(e.positionCode() + " in " + e.unitCode() + ": " + r.up())
                            .anyMatch(t -> t.offers().contains(r.up()) || t.offers().contains("CORE")
                                    || t.offers().contains("SUPPORT"));
                }
            }
        }
    }

    @Test
    void theIndicatorsUseEveryAspectAndLowerIsBetterForTurnaroundTimes() {
        List<Iki> all = city.employees().stream().flatMap(e -> DemoPlanning.workOf(city, e).results().stream())
                .flatMap(r -> r.indicators().stream()).toList();
        assertThat(all.stream().map(Iki::aspect).collect(Collectors.toSet()))
                .contains(Aspect.KUANTITAS, Aspect.KUALITAS, Aspect.WAKTU);
        assertThat(all).filteredOn(i -> i.name().startsWith("Rata-rata waktu"))
                .isNotEmpty().allSatisfy(i -> assertThat(i.direction()).isEqualTo(Direction.LOWER));
        assertThat(all).anyMatch(Iki::written);
        assertThat(DemoPlanContent.agreements().get("DUKCAPIL").get(0).direction()).isEqualTo(Direction.LOWER);
    }
}
