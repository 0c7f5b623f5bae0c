package id.capaian.development;

/** An agency's own technical competency: code, name, description and what levels 1 to 5 mean. */
public class CompetencyForm {
    private String code;
    private String name;
    private String description;
    private String level1;
    private String level2;
    private String level3;
    private String level4;
    private String level5;

    public CompetencyForm() {
    }

    public static CompetencyForm of(String code, String name, String description, String... levels) {
        CompetencyForm f = new CompetencyForm();
        f.code = code;
        f.name = name;
        f.description = description;
        for (int i = 0; i < levels.length && i < 5; i++) {
            f.setLevel(i + 1, levels[i]);
        }
        return f;
    }

    public static CompetencyForm of(Competency c) {
        CompetencyForm f = of(c.code(), c.name(), c.description());
        for (int i = 1; i <= 5; i++) {
            f.setLevel(i, c.level(i));
        }
        return f;
    }

    public String level(int level) {
        return switch (level) {
            case 1 -> level1;
            case 2 -> level2;
            case 3 -> level3;
            case 4 -> level4;
            case 5 -> level5;
            default -> null;
        };
    }

    public void setLevel(int level, String text) {
        switch (level) {
            case 1 -> level1 = text;
            case 2 -> level2 = text;
            case 3 -> level3 = text;
            case 4 -> level4 = text;
            case 5 -> level5 = text;
            default -> throw new IllegalArgumentException("level " + level);
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getLevel1() { return level1; }
    public void setLevel1(String level1) { this.level1 = level1; }
    public String getLevel2() { return level2; }
    public void setLevel2(String level2) { this.level2 = level2; }
    public String getLevel3() { return level3; }
    public void setLevel3(String level3) { this.level3 = level3; }
    public String getLevel4() { return level4; }
    public void setLevel4(String level4) { this.level4 = level4; }
    public String getLevel5() { return level5; }
    public void setLevel5(String level5) { this.level5 = level5; }
}
