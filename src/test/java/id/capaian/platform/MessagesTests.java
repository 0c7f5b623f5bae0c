package id.capaian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Indonesian and English, and every message a template asks for exists. */
class MessagesTests {

    static final Path RESOURCES = Path.of("src/main/resources");

    static List<String> basenames() throws IOException {
        Properties app = load(RESOURCES.resolve("application.properties"));
        List<String> out = new ArrayList<>();
        for (String b : app.getProperty("spring.messages.basename").split(",")) {
            out.add(b.trim());
        }
        return out;
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        for (String basename : basenames()) {
            Set<String> id = load(RESOURCES.resolve(basename + ".properties")).stringPropertyNames();
            Set<String> en = load(RESOURCES.resolve(basename + "_en.properties")).stringPropertyNames();
            Set<String> onlyId = new TreeSet<>(id);
            onlyId.removeAll(en);
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(id);
            assertThat(onlyId).as("keys of %s only in Indonesian", basename).isEmpty();
            assertThat(onlyEn).as("keys of %s only in English", basename).isEmpty();
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String basename : basenames()) {
            for (String key : load(RESOURCES.resolve(basename + ".properties")).stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key + " (" + basename + ")");
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyLiteralMessageInTheTemplatesExists() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String basename : basenames()) {
            keys.addAll(load(RESOURCES.resolve(basename + ".properties")).stringPropertyNames());
        }
        // #{some.key} or #{some.key(args)}: literal keys only (dynamic ones like #{|plan.status.${s}|} are skipped)
        Pattern literal = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)(\\(|})");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + RESOURCES.resolve("templates").relativize(file));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
