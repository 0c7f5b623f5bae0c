package id.capaian.tracking.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for requests with an {@code Authorization} header, as S3 and S3-compatible stores
 * (MinIO, Ceph, Garage, the cloud providers' object storage) expect it: a canonical request (method, URI-encoded
 * path, sorted query, sorted lower-case headers, the payload's SHA-256), a string to sign with the credential scope
 * {@code date/region/service/aws4_request}, and an HMAC-SHA256 chain from the secret key. Pure and free of Spring;
 * checked against the published AWS test vectors.
 */
public final class S3Signer {

    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** The SHA-256 of an empty payload. */
    public static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String accessKey;
    private final String secretKey;
    private final String region;
    private final String service;

    public S3Signer(String accessKey, String secretKey, String region, String service) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
        this.service = service;
    }

    /** A query parameter, not yet encoded. */
    public record Param(String name, String value) {
    }

    /** {@code 20150830T123600Z}: the value of {@code x-amz-date}. */
    public static String amzDate(Instant when) {
        return AMZ_DATE.format(when);
    }

    /**
     * The {@code Authorization} header value.
     *
     * @param method the HTTP method, e.g. GET
     * @param path the path as sent, already URI-encoded segment by segment ({@link #encodePath(String)}), e.g.
     *     {@code /bucket/1/abc}
     * @param query the query parameters (not encoded; they are encoded and sorted here)
     * @param headers every header to sign, by name (any case); must include {@code host} and {@code x-amz-date}
     * @param payloadSha256 the hex SHA-256 of the body (also sent as {@code x-amz-content-sha256} to S3)
     */
    public String authorization(String method, String path, List<Param> query, Map<String, String> headers,
            String payloadSha256) {
        TreeMap<String, String> canonicalHeaders = canonicalHeaders(headers);
        String amzDate = canonicalHeaders.get("x-amz-date");
        if (amzDate == null || amzDate.length() < 8 || !canonicalHeaders.containsKey("host")) {
            throw new IllegalArgumentException("host and x-amz-date must be signed");
        }
        String date = amzDate.substring(0, 8);
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String signedHeaders = String.join(";", canonicalHeaders.keySet());
        String canonicalRequest = canonicalRequest(method, path, query, canonicalHeaders, payloadSha256);
        String stringToSign = stringToSign(amzDate, scope, canonicalRequest);
        String signature = HexFormat.of().formatHex(hmac(signingKey(date), stringToSign));
        return ALGORITHM + " Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + signature;
    }

    static TreeMap<String, String> canonicalHeaders(Map<String, String> headers) {
        TreeMap<String, String> out = new TreeMap<>();
        headers.forEach((name, value) -> out.merge(name.toLowerCase(Locale.ROOT).trim(),
                value == null ? "" : value.trim().replaceAll(" +", " "), (a, b) -> a + "," + b));
        return out;
    }

    /** The canonical request: method, path, query, headers, signed headers, payload hash, one per line. */
    public static String canonicalRequest(String method, String path, List<Param> query, Map<String, String> headers,
            String payloadSha256) {
        TreeMap<String, String> canonical = canonicalHeaders(headers);
        StringBuilder sb = new StringBuilder();
        sb.append(method).append('\n');
        sb.append(path == null || path.isEmpty() ? "/" : path).append('\n');
        sb.append(canonicalQuery(query)).append('\n');
        canonical.forEach((k, v) -> sb.append(k).append(':').append(v).append('\n'));
        sb.append('\n');
        sb.append(String.join(";", canonical.keySet())).append('\n');
        sb.append(payloadSha256);
        return sb.toString();
    }

    static String canonicalQuery(List<Param> query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String[]> encoded = new ArrayList<>();
        for (Param p : query) {
            encoded.add(new String[] {uriEncode(p.name(), true), uriEncode(p.value() == null ? "" : p.value(), true)});
        }
        encoded.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        return encoded.stream().map(e -> e[0] + "=" + e[1]).collect(Collectors.joining("&"));
    }

    static String stringToSign(String amzDate, String scope, String canonicalRequest) {
        return ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    byte[] signingKey(String date) {
        byte[] kDate = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] kRegion = hmac(kDate, region);
        byte[] kService = hmac(kRegion, service);
        return hmac(kService, "aws4_request");
    }

    /** A path whose segments are URI-encoded as SigV4 wants it (slashes kept), e.g. {@code /test%24file.text}. */
    public static String encodePath(String path) {
        return uriEncode(path, false);
    }

    /** RFC 3986 encoding: letters, digits and {@code -._~} stay; everything else as %XY in upper-case hex. */
    public static String uriEncode(String s, boolean encodeSlash) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || (c == '/' && !encodeSlash)) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
