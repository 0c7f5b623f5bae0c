package id.capaian.platform;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells a file's type by its first bytes, never by its name: PDF, PNG, JPEG, GIF, WebP, Office Open XML and
 * OpenDocument (zip containers checked for their marker entries) and legacy Office (OLE2).
 */
public final class FileTypes {

    private FileTypes() {
    }

    public static Optional<String> sniff(byte[] b) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (starts(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || starts(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (b.length >= 12 && starts(b, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (starts(b, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return Optional.of("application/x-ole-storage");
        }
        if (starts(b, new byte[] {'P', 'K', 0x03, 0x04})) {
            String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
            if (head.contains("mimetypeapplication/vnd.oasis.opendocument.text")) {
                return Optional.of("application/vnd.oasis.opendocument.text");
            }
            if (head.contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) {
                return Optional.of("application/vnd.oasis.opendocument.spreadsheet");
            }
            if (head.contains("mimetypeapplication/vnd.oasis.opendocument.presentation")) {
                return Optional.of("application/vnd.oasis.opendocument.presentation");
            }
            String all = new String(b, StandardCharsets.ISO_8859_1);
            if (all.contains("[Content_Types].xml")) {
                if (all.contains("word/")) {
                    return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                }
                if (all.contains("xl/")) {
                    return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                }
                if (all.contains("ppt/")) {
                    return Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
