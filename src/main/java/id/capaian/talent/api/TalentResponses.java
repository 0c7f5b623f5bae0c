package id.capaian.talent.api;

import id.capaian.talent.CareerCandidate;
import id.capaian.talent.CareerProposal;
import id.capaian.talent.MissingInput;
import id.capaian.talent.Placement;
import id.capaian.talent.TalentGrid;
import id.capaian.talent.TalentProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** The JSON shapes of the talent API; explanations are translated by {@code Accept-Language}. */
final class TalentResponses {

    private TalentResponses() {
    }

    /** One placement: both inputs, how they were read, the box and the explanation in words. */
    record PlacementResponse(long employeeId, String nip, String name, String unit, String position, int year,
            String predikat, String performance, BigDecimal potentialScore, LocalDate potentialAssessedOn,
            String potentialMethod, String potential, int box, boolean inPool, List<String> explanation) {

        static PlacementResponse of(Placement p, MessageSource messages, Locale locale) {
            return new PlacementResponse(p.employeeId(), p.nip(), p.name(), p.unitName(), p.positionName(), p.year(),
                    p.predikat().name(), p.performance().name(), p.score(), p.assessedOn(), p.method().name(),
                    p.potential().name(), p.box(), p.inPool(),
                    p.explanation().stream().map(r -> messages.getMessage(r, locale)).toList());
        }
    }

    /** Someone who cannot be placed, and what is missing. */
    record MissingResponse(long employeeId, String nip, String name, String unit, boolean missingPerformance,
            boolean missingPotential, String evaluationStatus, LocalDate laterAssessmentOn) {

        static MissingResponse of(MissingInput m) {
            return new MissingResponse(m.employeeId(), m.nip(), m.name(), m.unitName(), m.missingPerformance(),
                    m.missingPotential(), m.evaluationStatus(), m.laterAssessmentOn());
        }
    }

    /** The settings the placements were read with. */
    record RulesResponse(BigDecimal potentialMiddleFrom, BigDecimal potentialHighFrom, List<Integer> poolBoxes,
            boolean customNumbering, Map<String, Map<String, Integer>> numbering) {

        static RulesResponse of(TalentGrid grid) {
            var s = grid.settings();
            Map<String, Map<String, Integer>> numbering = new java.util.LinkedHashMap<>();
            for (var r : id.capaian.talent.TalentSettings.rows()) {
                Map<String, Integer> row = new java.util.LinkedHashMap<>();
                for (var c : id.capaian.talent.TalentSettings.columns()) {
                    row.put(c.name(), s.box(r, c));
                }
                numbering.put(r.name(), row);
            }
            return new RulesResponse(s.potentialMiddle(), s.potentialHigh(), s.poolBoxes(), s.customNumbering(), numbering);
        }
    }

    /** The caller's own box for a period, or what is missing for one. */
    record MyBoxResponse(long employeeId, String nip, String name, Integer year, PlacementResponse placement,
            MissingResponse missing, RulesResponse rules) {

        static MyBoxResponse of(TalentProfile p, MessageSource messages, Locale locale) {
            TalentGrid asGrid = new TalentGrid(p.agencyId(), p.period(), p.settings(), TalentGrid.Scope.PERSON, List.of(),
                    List.of());
            return new MyBoxResponse(p.employeeId(), p.nip(), p.name(), p.period() == null ? null : p.period().year(),
                    p.placement() == null ? null : PlacementResponse.of(p.placement(), messages, locale),
                    p.missing() == null ? null : MissingResponse.of(p.missing()), RulesResponse.of(asGrid));
        }
    }

    /** The agency's 9-box: the spread, every placement, the pool and the missing inputs. */
    record NineBoxResponse(long agencyId, Long periodId, Integer year, Map<Integer, Integer> spread, int placed,
            List<Long> pool, List<PlacementResponse> placements, List<MissingResponse> missing, RulesResponse rules) {

        static NineBoxResponse of(TalentGrid g, MessageSource messages, Locale locale) {
            return new NineBoxResponse(g.agencyId(), g.period() == null ? null : g.period().id(),
                    g.period() == null ? null : g.period().year(), g.spread(), g.placements().size(),
                    g.pool().stream().map(Placement::employeeId).toList(),
                    g.placements().stream().map(p -> PlacementResponse.of(p, messages, locale)).toList(),
                    g.missing().stream().map(MissingResponse::of).toList(), RulesResponse.of(g));
        }
    }

    record CandidateResponse(long employeeId, String nip, String name, Integer rank, BigDecimal performance,
            BigDecimal competency, BigDecimal training, BigDecimal qualification, BigDecimal total, String explanation) {

        static CandidateResponse of(CareerCandidate c) {
            return new CandidateResponse(c.employeeId(), c.nip(), c.name(), c.rank(), c.performance(), c.competency(),
                    c.training(), c.qualification(), c.total(), c.explanation());
        }
    }

    /** A proposal's ranking: the weights it was made with and every candidate's scores, rank and explanation. */
    record RankingResponse(long proposalId, String kind, String title, String status, Map<String, Integer> weights,
            String tieBreak, List<CandidateResponse> candidates, Long chosenEmployeeId, String decisionReason) {

        static RankingResponse of(CareerProposal p, MessageSource messages, Locale locale) {
            var w = p.weights();
            Map<String, Integer> weights = new java.util.LinkedHashMap<>();
            weights.put("performance", w.performance());
            weights.put("competency", w.competency());
            weights.put("training", w.training());
            weights.put("qualification", w.qualification());
            return new RankingResponse(p.id(), p.kind().name(), p.title(), p.status().name(), weights,
                    messages.getMessage("talent.proposal.tieBreak", null, locale),
                    p.candidates().stream().map(CandidateResponse::of).toList(), p.chosenId(), p.decisionReason());
        }
    }
}
