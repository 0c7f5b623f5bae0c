package id.capaian.tracking.storage;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.tracking.internal.S3Signer;
import id.capaian.tracking.internal.S3Signer.Param;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The signer against the published vectors: the AWS Signature Version 4 test suite (get-vanilla,
 * get-vanilla-query-order-key-case, post-vanilla) and the worked examples of the Amazon S3 API reference
 * ("Signature Calculations for the Authorization Header: Transferring Payload in a Single Chunk").
 */
class S3SignerTests {

    // the test suite's credentials, region, service and time
    static final S3Signer SUITE = new S3Signer("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "service");
    // the S3 reference's example credentials
    static final S3Signer S3 = new S3Signer("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3");

    static Map<String, String> headers(String... nameValue) {
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            h.put(nameValue[i], nameValue[i + 1]);
        }
        return h;
    }

    static String signature(String authorization) {
        return authorization.substring(authorization.indexOf("Signature=") + 10);
    }

    @Test
    void getVanilla() {
        Map<String, String> h = headers("Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z");
        assertThat(S3Signer.canonicalRequest("GET", "/", List.of(), h, S3Signer.EMPTY_SHA256)).isEqualTo("""
                GET
                /

                host:example.amazonaws.com
                x-amz-date:20150830T123600Z

                host;x-amz-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
        // the suite's string to sign carries this hash of the canonical request
        assertThat(S3Signer.sha256Hex(S3Signer.canonicalRequest("GET", "/", List.of(), h, S3Signer.EMPTY_SHA256)
                .getBytes(StandardCharsets.UTF_8))).isEqualTo("bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63");
        assertThat(SUITE.authorization("GET", "/", List.of(), h, S3Signer.EMPTY_SHA256)).isEqualTo(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, "
                        + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    }

    @Test
    void getVanillaQueryOrderKeyCase() {
        Map<String, String> h = headers("Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z");
        assertThat(signature(SUITE.authorization("GET", "/", List.of(new Param("Param2", "value2"), new Param("Param1", "value1")),
                h, S3Signer.EMPTY_SHA256))).isEqualTo("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    }

    @Test
    void postVanilla() {
        Map<String, String> h = headers("Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z");
        assertThat(signature(SUITE.authorization("POST", "/", List.of(), h, S3Signer.EMPTY_SHA256)))
                .isEqualTo("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    }

    @Test
    void s3GetObjectExample() {
        Map<String, String> h = headers("Host", "examplebucket.s3.amazonaws.com", "Range", "bytes=0-9",
                "x-amz-content-sha256", S3Signer.EMPTY_SHA256, "x-amz-date", "20130524T000000Z");
        String canonical = S3Signer.canonicalRequest("GET", "/test.txt", List.of(), h, S3Signer.EMPTY_SHA256);
        assertThat(canonical).isEqualTo("""
                GET
                /test.txt

                host:examplebucket.s3.amazonaws.com
                range:bytes=0-9
                x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                x-amz-date:20130524T000000Z

                host;range;x-amz-content-sha256;x-amz-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
        assertThat(S3Signer.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972");
        assertThat(S3.authorization("GET", "/test.txt", List.of(), h, S3Signer.EMPTY_SHA256)).isEqualTo(
                "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                        + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                        + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void s3PutObjectExampleWithAKeyThatNeedsEncoding() {
        byte[] body = "Welcome to Amazon S3.".getBytes(StandardCharsets.UTF_8);
        String hash = S3Signer.sha256Hex(body);
        assertThat(hash).isEqualTo("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
        String path = S3Signer.encodePath("/test$file.text");
        assertThat(path).isEqualTo("/test%24file.text");
        Map<String, String> h = headers("Host", "examplebucket.s3.amazonaws.com", "Date", "Fri, 24 May 2013 00:00:00 GMT",
                "x-amz-content-sha256", hash, "x-amz-date", "20130524T000000Z", "x-amz-storage-class", "REDUCED_REDUNDANCY");
        String authorization = S3.authorization("PUT", path, List.of(), h, hash);
        assertThat(authorization).contains("SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class");
        assertThat(signature(authorization)).isEqualTo("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
    }

    @Test
    void s3BucketRequestsWithQueries() {
        Map<String, String> h = headers("Host", "examplebucket.s3.amazonaws.com", "x-amz-content-sha256", S3Signer.EMPTY_SHA256,
                "x-amz-date", "20130524T000000Z");
        assertThat(signature(S3.authorization("GET", "/", List.of(new Param("lifecycle", "")), h, S3Signer.EMPTY_SHA256)))
                .isEqualTo("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");
        assertThat(signature(S3.authorization("GET", "/", List.of(new Param("prefix", "J"), new Param("max-keys", "2")), h,
                S3Signer.EMPTY_SHA256))).isEqualTo("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
    }

    @Test
    void encodingAndDates() {
        assertThat(S3Signer.uriEncode("a b/c~d*é", true)).isEqualTo("a%20b%2Fc~d%2A%C3%A9");
        assertThat(S3Signer.encodePath("/bucket/12/0f-aa")).isEqualTo("/bucket/12/0f-aa");
        assertThat(S3Signer.amzDate(Instant.parse("2015-08-30T12:36:00Z"))).isEqualTo("20150830T123600Z");
    }
}
