package id.capaian.development;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A training of the catalogue as the agency's administrator enters it. */
public class TrainingForm {

    private String code;
    private String title;
    private TrainingKind kind;
    private Integer jp;
    private String provider;
    private Long competencyId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private Integer capacity;
    private String url;

    public TrainingForm() {
    }

    public TrainingForm(String code, String title, TrainingKind kind, Integer jp, String provider, LocalDate startsOn,
            LocalDate endsOn, Integer capacity, String url) {
        this.code = code;
        this.title = title;
        this.kind = kind;
        this.jp = jp;
        this.provider = provider;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.capacity = capacity;
        this.url = url;
    }

    public static TrainingForm of(Training t) {
        TrainingForm f = new TrainingForm(t.code(), t.title(), t.kind(), t.jp(), t.provider(), t.startsOn(), t.endsOn(),
                t.capacity(), t.url());
        f.setCompetencyId(t.competencyId());
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public TrainingKind getKind() { return kind; }
    public void setKind(TrainingKind kind) { this.kind = kind; }
    public Integer getJp() { return jp; }
    public void setJp(Integer jp) { this.jp = jp; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public Long getCompetencyId() { return competencyId; }
    public void setCompetencyId(Long competencyId) { this.competencyId = competencyId; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
}
