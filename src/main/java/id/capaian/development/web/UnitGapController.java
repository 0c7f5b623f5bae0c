package id.capaian.development.web;

import id.capaian.development.CompetencyManagement;
import id.capaian.development.UnitGaps;
import id.capaian.platform.PdfRenderer;
import id.capaian.development.internal.DevelopmentWorkbooks;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The dashboard of competency gaps by unit: a unit picker, the table per competency and a bar chart of the average
 * gap (the same numbers; the chart only adds a picture), with the workbook and the PDF of the same figures.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/development/gaps")
class UnitGapController {

    static final String PDF_TEMPLATE = "development/pdf/gaps";

    private final CompetencyManagement competencies;
    private final DevelopmentWorkbooks workbooks;
    private final PdfRenderer pdf;
    private final MessageSource messages;

    UnitGapController(CompetencyManagement competencies, DevelopmentWorkbooks workbooks, PdfRenderer pdf,
            MessageSource messages) {
        this.competencies = competencies;
        this.workbooks = workbooks;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping
    String page(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "true") boolean subunits, Model model) {
        List<UnitManagement.TreeRow> choices = competencies.gapUnits(actor, agencyId);
        if (choices.isEmpty() && unit == null) {
            throw new AccessDeniedException("error.forbidden");
        }
        Long chosen = unit != null ? unit : choices.get(0).unit().id();
        UnitGaps gaps = competencies.unitGaps(actor, agencyId, chosen, subunits);
        model.addAttribute("choices", choices);
        model.addAttribute("gaps", gaps);
        model.addAttribute("subunits", subunits);
        model.addAttribute("query", "unit=" + chosen + "&subunits=" + subunits);
        return "development/gaps";
    }

    @GetMapping("/data")
    @ResponseBody
    Map<String, Object> data(Actor actor, @PathVariable long agencyId, @RequestParam long unit,
            @RequestParam(defaultValue = "true") boolean subunits) {
        UnitGaps gaps = competencies.unitGaps(actor, agencyId, unit, subunits);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", gaps.unitName());
        m.put("rows", gaps.lines().stream().map(l -> {
            Map<String, Object> r = new HashMap<>();
            r.put("name", l.name());
            r.put("averageGap", l.averageGap() == null ? BigDecimal.ZERO : l.averageGap());
            r.put("below", l.below());
            r.put("assessed", l.assessed());
            r.put("required", l.required());
            return r;
        }).toList());
        return m;
    }

    @GetMapping(value = "/gaps.xlsx")
    ResponseEntity<byte[]> xlsx(Actor actor, @PathVariable long agencyId, @RequestParam long unit,
            @RequestParam(defaultValue = "true") boolean subunits, Locale locale) {
        UnitGaps gaps = competencies.unitGaps(actor, agencyId, unit, subunits);
        return AssessmentImportController.download(workbooks.gaps(gaps, locale), "kesenjangan-kompetensi-" + unit + ".xlsx",
                AssessmentImportController.XLSX);
    }

    @GetMapping(value = "/gaps.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long agencyId, @RequestParam long unit,
            @RequestParam(defaultValue = "true") boolean subunits, Locale locale) {
        UnitGaps gaps = competencies.unitGaps(actor, agencyId, unit, subunits);
        return AssessmentImportController.download(pdf.pdf(PDF_TEMPLATE, model(gaps), locale),
                "kesenjangan-kompetensi-" + unit + ".pdf", "application/pdf");
    }

    static Map<String, Object> model(UnitGaps gaps) {
        BigDecimal max = gaps.lines().stream().map(UnitGaps.Line::averageGap).filter(g -> g != null)
                .reduce(BigDecimal.ONE, BigDecimal::max);
        Map<String, Object> model = new HashMap<>();
        model.put("gaps", gaps);
        model.put("unitName", PdfRenderer.clean(gaps.unitName()));
        Map<Long, Integer> bars = new HashMap<>();
        gaps.lines().forEach(l -> bars.put(l.competencyId(), l.averageGap() == null ? 0
                : l.averageGap().multiply(BigDecimal.valueOf(100)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue()));
        model.put("bars", bars);
        model.put("printed", LocalDate.now(CompetencyManagement.JAKARTA));
        return model;
    }
}
