package id.capaian.survey.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes of the public survey links: as PNG (for print and PDF) and as SVG (sharp at any size). */
public final class QrCodes {

    private QrCodes() {
    }

    /** The code's modules, one per cell, with the 4-module quiet zone QR readers need; error correction M (15%). */
    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for this text", e);
        }
    }

    /** A black-on-white PNG, {@code scale} pixels per module. */
    public static byte[] png(String text, int scale) {
        BitMatrix m = matrix(text);
        int size = m.getWidth() * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PNG as a data URI, for documents that may load nothing from outside. */
    public static String pngDataUri(String text, int scale) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, scale));
    }

    /** An SVG with one path of unit squares, scaled by whoever shows it. */
    public static String svg(String text) {
        BitMatrix m = matrix(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        int w = m.getWidth();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + w + "\" width=\"" + (w * 8)
                + "\" height=\"" + (w * 8) + "\" shape-rendering=\"crispEdges\" role=\"img\">"
                + "<rect width=\"" + w + "\" height=\"" + w + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** Whether the module at (x, y) is dark: for tests that read the code back. */
    public static boolean[][] modules(String text) {
        BitMatrix m = matrix(text);
        boolean[][] out = new boolean[m.getHeight()][m.getWidth()];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                out[y][x] = m.get(x, y);
            }
        }
        return out;
    }
}
