package id.capaian.tracking.internal;

import id.capaian.tracking.EvidenceStorage;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Evidence files in an S3-compatible object store ({@code capaian.evidence.storage=s3}): PUT, GET and DELETE of
 * objects, signed with AWS Signature Version 4 ({@link S3Signer}) over {@link HttpClient}, no SDK. Objects are
 * addressed path-style ({@code endpoint/bucket/key}, the default, which MinIO and most self-hosted stores need) or
 * virtual-hosted ({@code bucket.endpoint-host/key}, with {@code capaian.evidence.s3.path-style=false}).
 */
@Component
@ConditionalOnProperty(name = "capaian.evidence.storage", havingValue = "s3")
public class S3EvidenceStorage implements EvidenceStorage {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI endpoint;
    private final String bucket;
    private final boolean pathStyle;
    private final S3Signer signer;
    private final HttpClient http;
    private final Clock clock;

    @Autowired
    public S3EvidenceStorage(@Value("${capaian.evidence.s3.endpoint:}") String endpoint,
            @Value("${capaian.evidence.s3.region:us-east-1}") String region,
            @Value("${capaian.evidence.s3.bucket:}") String bucket,
            @Value("${capaian.evidence.s3.access-key:}") String accessKey,
            @Value("${capaian.evidence.s3.secret-key:}") String secretKey,
            @Value("${capaian.evidence.s3.path-style:true}") boolean pathStyle) {
        this(endpoint, region, bucket, accessKey, secretKey, pathStyle, Clock.systemUTC());
    }

    public S3EvidenceStorage(String endpoint, String region, String bucket, String accessKey, String secretKey,
            boolean pathStyle, Clock clock) {
        require("capaian.evidence.s3.endpoint", endpoint);
        require("capaian.evidence.s3.bucket", bucket);
        require("capaian.evidence.s3.access-key", accessKey);
        require("capaian.evidence.s3.secret-key", secretKey);
        require("capaian.evidence.s3.region", region);
        this.endpoint = URI.create(endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint);
        if (this.endpoint.getHost() == null || !(endpoint.startsWith("http://") || endpoint.startsWith("https://"))) {
            throw new IllegalStateException("capaian.evidence.s3.endpoint must be an http(s) URL, e.g. https://s3.example.go.id");
        }
        this.bucket = bucket;
        this.pathStyle = pathStyle;
        this.signer = new S3Signer(accessKey, secretKey, region, "s3");
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static void require(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " must be set when capaian.evidence.storage=s3");
        }
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        HttpResponse<byte[]> response = send("PUT", key, content, contentType == null ? "application/octet-stream" : contentType);
        if (response.statusCode() / 100 != 2) {
            throw failure("PUT", key, response);
        }
    }

    @Override
    public InputStream get(String key) {
        HttpResponse<byte[]> response = send("GET", key, null, null);
        if (response.statusCode() == 404) {
            throw new UncheckedIOException(new FileNotFoundException("evidence object " + key));
        }
        if (response.statusCode() / 100 != 2) {
            throw failure("GET", key, response);
        }
        return new ByteArrayInputStream(response.body());
    }

    @Override
    public void delete(String key) {
        HttpResponse<byte[]> response = send("DELETE", key, null, null);
        if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
            throw failure("DELETE", key, response);
        }
    }

    private HttpResponse<byte[]> send(String method, String key, byte[] body, String contentType) {
        checkKey(key);
        String path = pathStyle ? "/" + bucket + "/" + key : "/" + key;
        String encodedPath = (endpoint.getRawPath() == null ? "" : endpoint.getRawPath()) + S3Signer.encodePath(path);
        String host = pathStyle ? endpoint.getHost() : bucket + "." + endpoint.getHost();
        String hostHeader = endpoint.getPort() == -1 ? host : host + ":" + endpoint.getPort();
        URI uri = URI.create(endpoint.getScheme() + "://" + hostHeader + encodedPath);
        byte[] payload = body == null ? new byte[0] : body;
        String payloadHash = body == null ? S3Signer.EMPTY_SHA256 : S3Signer.sha256Hex(payload);
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("host", hostHeader);
        signed.put("x-amz-content-sha256", payloadHash);
        signed.put("x-amz-date", S3Signer.amzDate(clock.instant()));
        if (contentType != null) {
            signed.put("content-type", contentType);
        }
        String authorization = signer.authorization(method, encodedPath, List.of(), signed, payloadHash);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(payload))
                .header("Authorization", authorization);
        signed.forEach((name, value) -> {
            if (!name.equals("host")) { // HttpClient sets Host itself, from the URI, to the same value
                request.header(name, value);
            }
        });
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("S3 " + method + " " + key + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("S3 " + method + " " + key + " interrupted", e));
        }
    }

    private static void checkKey(String key) {
        if (key == null || !key.matches("[a-z0-9/-]{10,120}") || key.contains("//") || key.startsWith("/")) {
            throw new IllegalArgumentException("bad evidence key");
        }
    }

    private static UncheckedIOException failure(String method, String key, HttpResponse<byte[]> response) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        String code = text.contains("<Code>") ? text.substring(text.indexOf("<Code>") + 6, Math.max(text.indexOf("</Code>"), text.indexOf("<Code>") + 6)) : "";
        return new UncheckedIOException(new IOException("S3 " + method + " " + key + " answered " + response.statusCode()
                + (code.isEmpty() ? "" : " " + code)));
    }
}
