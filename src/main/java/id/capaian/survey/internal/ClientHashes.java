package id.capaian.survey.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA-256) of what a submission reveals about its sender, so that duplicates and floods can be
 * recognised without keeping an address: the key is {@code capaian.survey.hash-secret} when set, otherwise a random
 * secret made once per installation by the migration. A hash cannot be turned back into an address without the key.
 */
@Component
public class ClientHashes {

    private final JdbcClient jdbc;
    private final String configured;
    private volatile SecretKeySpec key;

    ClientHashes(JdbcClient jdbc, @Value("${capaian.survey.hash-secret:}") String configured) {
        this.jdbc = jdbc;
        this.configured = configured;
    }

    /** The client: its address. */
    public String client(String address) {
        return hmac("client\u001f" + nullSafe(address));
    }

    /** One submission: the survey, the service, the nine answers, the address and the browser. */
    public String fingerprint(long surveyId, Long serviceId, int[] answers, String address, String userAgent) {
        StringBuilder sb = new StringBuilder("fingerprint\u001f").append(surveyId).append('\u001f').append(serviceId);
        for (int a : answers) {
            sb.append('\u001f').append(a);
        }
        sb.append('\u001f').append(nullSafe(address)).append('\u001f').append(nullSafe(userAgent));
        return hmac(sb.toString());
    }

    private static String nullSafe(String s) {
        return s == null ? "" : s;
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            String secret = configured != null && !configured.isBlank() ? configured
                    : jdbc.sql("SELECT secret FROM survey_secret WHERE id = 1").query(String.class).single();
            k = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            key = k;
        }
        return k;
    }
}
