package id.capaian.tracking.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.capaian.tracking.EvidenceStorage;
import id.capaian.tracking.internal.S3EvidenceStorage;
import id.capaian.tracking.internal.S3Signer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The S3 storage against a tiny S3 on 127.0.0.1 that checks what a real one checks: the Authorization header's
 * shape, the credential scope, the payload hash, and the signature recomputed from the headers it received (so
 * that the signed Host is the one sent). Objects live in a map.
 */
class S3EvidenceStorageTests {

    static final String ACCESS = "CAPAIANTESTKEY";
    static final String SECRET = "rahasia/Sekali+Panjang0123456789";
    static final Pattern AUTH = Pattern.compile("AWS4-HMAC-SHA256 Credential=" + ACCESS
            + "/(\\d{8})/ap-southeast-3/s3/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T02:30:00Z"), ZoneOffset.UTC);

    HttpServer server;
    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    final Map<String, String> types = new ConcurrentHashMap<>();
    final List<String> seen = new ArrayList<>();
    String endpoint;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getRawPath();
        synchronized (seen) {
            seen.add(method + " " + path);
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        Matcher m = auth == null ? null : AUTH.matcher(auth);
        if (m == null || !m.matches()) {
            reply(ex, 400, "AuthorizationHeaderMalformed");
            return;
        }
        String amzDate = ex.getRequestHeaders().getFirst("x-amz-date");
        String payloadHash = ex.getRequestHeaders().getFirst("x-amz-content-sha256");
        if (amzDate == null || !amzDate.startsWith(m.group(1)) || !S3Signer.sha256Hex(body).equals(payloadHash)) {
            reply(ex, 400, "XAmzContentSHA256Mismatch");
            return;
        }
        Map<String, String> signed = new TreeMap<>();
        for (String name : m.group(2).split(";")) {
            String value = ex.getRequestHeaders().getFirst(name);
            if (value == null) {
                reply(ex, 403, "SignatureDoesNotMatch");
                return;
            }
            signed.put(name, value);
        }
        if (!List.of(m.group(2).split(";")).containsAll(List.of("host", "x-amz-content-sha256", "x-amz-date"))) {
            reply(ex, 403, "SignatureDoesNotMatch");
            return;
        }
        String expected = new S3Signer(ACCESS, SECRET, "ap-southeast-3", "s3").authorization(method, path, List.of(), signed, payloadHash);
        if (!expected.equals(auth)) {
            reply(ex, 403, "SignatureDoesNotMatch");
            return;
        }
        switch (method) {
            case "PUT" -> {
                objects.put(path, body);
                types.put(path, ex.getRequestHeaders().getFirst("Content-Type"));
                reply(ex, 200, null);
            }
            case "GET" -> {
                byte[] content = objects.get(path);
                if (content == null) {
                    reply(ex, 404, "NoSuchKey");
                } else {
                    ex.sendResponseHeaders(200, content.length);
                    ex.getResponseBody().write(content);
                    ex.close();
                }
            }
            case "DELETE" -> {
                objects.remove(path);
                ex.sendResponseHeaders(204, -1);
                ex.close();
            }
            default -> reply(ex, 405, "MethodNotAllowed");
        }
    }

    private static void reply(HttpExchange ex, int status, String code) throws IOException {
        byte[] xml = code == null ? new byte[0]
                : ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code></Error>").getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, xml.length == 0 ? -1 : xml.length);
        if (xml.length > 0) {
            ex.getResponseBody().write(xml);
        }
        ex.close();
    }

    S3EvidenceStorage storage(String secret) {
        return new S3EvidenceStorage(endpoint, "ap-southeast-3", "bukti-dukung", ACCESS, secret, true, CLOCK);
    }

    @Test
    void storesReadsAndDeletesSignedObjects() throws IOException {
        EvidenceStorage s3 = storage(SECRET);
        byte[] pdf = "%PDF-1.4\nlaporan kunjungan\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        String key = "12/0b7e2f7c-5a4e-4c69-9a53-6d1f0c2f1e11";
        s3.put(key, pdf, "application/pdf");
        assertThat(objects).containsKey("/bukti-dukung/" + key);
        assertThat(types.get("/bukti-dukung/" + key)).isEqualTo("application/pdf");
        try (InputStream in = s3.get(key)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        s3.delete(key);
        assertThat(objects).isEmpty();
        s3.delete(key); // gone already: fine
        assertThatThrownBy(() -> s3.get(key)).isInstanceOf(UncheckedIOException.class).hasMessageContaining(key);
        assertThat(seen).containsExactly("PUT /bukti-dukung/" + key, "GET /bukti-dukung/" + key,
                "DELETE /bukti-dukung/" + key, "DELETE /bukti-dukung/" + key, "GET /bukti-dukung/" + key);
    }

    @Test
    void aWrongSecretIsRefusedByTheStoreAndReported() {
        EvidenceStorage s3 = storage("salah");
        assertThatThrownBy(() -> s3.put("12/0b7e2f7c-5a4e-4c69-9a53-6d1f0c2f1e11", new byte[] {1, 2, 3}, "image/png"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("403").hasMessageContaining("SignatureDoesNotMatch");
        assertThat(objects).isEmpty();
    }

    @Test
    void keysTheSystemDidNotMakeAreRefusedBeforeAnyRequest() {
        EvidenceStorage s3 = storage(SECRET);
        assertThatThrownBy(() -> s3.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s3.put("12/Laporan Akhir.pdf", new byte[1], null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(seen).isEmpty();
    }

    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = S3EvidenceStorage.class, useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = EvidenceStorage.class))
    static class Storages {
    }

    @Test
    void isTheStorageWhenConfiguredAndTellsWhatIsMissing() {
        new ApplicationContextRunner().withUserConfiguration(Storages.class)
                .withPropertyValues("capaian.evidence.storage=s3", "capaian.evidence.s3.endpoint=" + endpoint,
                        "capaian.evidence.s3.region=ap-southeast-3", "capaian.evidence.s3.bucket=bukti-dukung",
                        "capaian.evidence.s3.access-key=" + ACCESS, "capaian.evidence.s3.secret-key=" + SECRET)
                .run(context -> {
                    assertThat(context).hasSingleBean(EvidenceStorage.class);
                    assertThat(context.getBean(EvidenceStorage.class)).isInstanceOf(S3EvidenceStorage.class);
                    context.getBean(EvidenceStorage.class).put("7/aaaaaaaa-bbbb", new byte[] {42}, "image/png");
                });
        assertThat(objects).containsKey("/bukti-dukung/7/aaaaaaaa-bbbb");
        new ApplicationContextRunner().withUserConfiguration(Storages.class)
                .withPropertyValues("capaian.evidence.storage=s3", "capaian.evidence.s3.endpoint=" + endpoint)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("capaian.evidence.s3.bucket must be set"));
        new ApplicationContextRunner().withUserConfiguration(Storages.class)
                .run(context -> assertThat(context.getBean(EvidenceStorage.class)).isNotInstanceOf(S3EvidenceStorage.class));
    }
}
