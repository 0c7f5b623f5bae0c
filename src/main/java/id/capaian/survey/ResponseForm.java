package id.capaian.survey;

/**
 * A citizen's answers from the public form (or a paper form): the service used, the nine elements 1..4, the
 * optional profile, a suggestion, optionally a compliment or complaint about the officer who served, and the
 * honeypot field {@code website} that people never see and bots fill in.
 */
public class ResponseForm {

    private Long serviceId;
    private Integer u1;
    private Integer u2;
    private Integer u3;
    private Integer u4;
    private Integer u5;
    private Integer u6;
    private Integer u7;
    private Integer u8;
    private Integer u9;
    private Respondent.AgeBand ageBand;
    private Respondent.Sex sex;
    private Respondent.Education education;
    private Respondent.Occupation occupation;
    private String suggestion;
    private Long officerId;
    private OfficerFeedbackKind officerKind;
    private String officerText;
    private String website;

    /** The nine answers in {@link Element} order (null where not answered). */
    public Integer[] answers() {
        return new Integer[] {u1, u2, u3, u4, u5, u6, u7, u8, u9};
    }

    /** Sets all nine answers in {@link Element} order. */
    public ResponseForm answers(int... values) {
        if (values.length != Element.COUNT) {
            throw new IllegalArgumentException("nine answers");
        }
        u1 = values[0];
        u2 = values[1];
        u3 = values[2];
        u4 = values[3];
        u5 = values[4];
        u6 = values[5];
        u7 = values[6];
        u8 = values[7];
        u9 = values[8];
        return this;
    }

    /** The answer to an element, for templates: {@code form.answer(e)}. */
    public Integer answer(Element e) {
        return answers()[e.ordinal()];
    }

    public Long getServiceId() { return serviceId; }
    public void setServiceId(Long serviceId) { this.serviceId = serviceId; }
    public Integer getU1() { return u1; }
    public void setU1(Integer u1) { this.u1 = u1; }
    public Integer getU2() { return u2; }
    public void setU2(Integer u2) { this.u2 = u2; }
    public Integer getU3() { return u3; }
    public void setU3(Integer u3) { this.u3 = u3; }
    public Integer getU4() { return u4; }
    public void setU4(Integer u4) { this.u4 = u4; }
    public Integer getU5() { return u5; }
    public void setU5(Integer u5) { this.u5 = u5; }
    public Integer getU6() { return u6; }
    public void setU6(Integer u6) { this.u6 = u6; }
    public Integer getU7() { return u7; }
    public void setU7(Integer u7) { this.u7 = u7; }
    public Integer getU8() { return u8; }
    public void setU8(Integer u8) { this.u8 = u8; }
    public Integer getU9() { return u9; }
    public void setU9(Integer u9) { this.u9 = u9; }
    public Respondent.AgeBand getAgeBand() { return ageBand; }
    public void setAgeBand(Respondent.AgeBand ageBand) { this.ageBand = ageBand; }
    public Respondent.Sex getSex() { return sex; }
    public void setSex(Respondent.Sex sex) { this.sex = sex; }
    public Respondent.Education getEducation() { return education; }
    public void setEducation(Respondent.Education education) { this.education = education; }
    public Respondent.Occupation getOccupation() { return occupation; }
    public void setOccupation(Respondent.Occupation occupation) { this.occupation = occupation; }
    public String getSuggestion() { return suggestion; }
    public void setSuggestion(String suggestion) { this.suggestion = suggestion; }
    public Long getOfficerId() { return officerId; }
    public void setOfficerId(Long officerId) { this.officerId = officerId; }
    public OfficerFeedbackKind getOfficerKind() { return officerKind; }
    public void setOfficerKind(OfficerFeedbackKind officerKind) { this.officerKind = officerKind; }
    public String getOfficerText() { return officerText; }
    public void setOfficerText(String officerText) { this.officerText = officerText; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
