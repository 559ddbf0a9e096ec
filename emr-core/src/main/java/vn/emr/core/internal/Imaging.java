package vn.emr.core.internal;

import vn.emr.core.CoreError;
import vn.emr.core.EmrException;

/**
 * Whether the optional imaging dependencies (ZXing {@code core} and {@code javase}, the {@code java.desktop} module)
 * are present. emr-core declares them optional ({@code requires static}): a user who only wants the model pulls
 * neither. {@code vn.emr.core.identity.barcode.QrImages} checks here before it touches its package-private codec,
 * the only class that names ZXing or AWT types and cannot be linked without them, so every image entry point fails
 * with {@link CoreError#IMAGING_UNAVAILABLE} instead of a linkage error.
 * This class must not mention a ZXing or AWT type itself.
 */
public final class Imaging {

    private static final String[] NEEDED = {
        "com.google.zxing.qrcode.QRCodeReader",
        "com.google.zxing.client.j2se.BufferedImageLuminanceSource",
        "java.awt.image.BufferedImage",
        "javax.imageio.ImageIO",
    };

    private static volatile boolean available;

    private Imaging() {
    }

    /** Throws {@link CoreError#IMAGING_UNAVAILABLE} unless every imaging class can be loaded. */
    public static void require() {
        if (available) {
            return;
        }
        ClassLoader loader = Imaging.class.getClassLoader();
        for (String name : NEEDED) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new EmrException(CoreError.IMAGING_UNAVAILABLE, "");
            }
        }
        Module self = Imaging.class.getModule();
        if (self.isNamed()) {
            for (String module : new String[] {"com.google.zxing", "com.google.zxing.javase", "java.desktop"}) {
                boolean readable = self.getLayer() != null && self.getLayer().findModule(module)
                        .map(self::canRead).orElse(false);
                if (!readable) {
                    throw new EmrException(CoreError.IMAGING_UNAVAILABLE, "");
                }
            }
        }
        available = true;
    }
}
