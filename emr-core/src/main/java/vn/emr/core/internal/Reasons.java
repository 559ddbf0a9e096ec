package vn.emr.core.internal;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import vn.emr.core.i18n.Localizable;

/**
 * Why an operation failed, as a message argument in Vietnamese and English: a plain phrase for the kind of failure,
 * never a Java class name nor the exception's own text (which may quote a path or an input value).
 */
public final class Reasons {

    private static final Localizable NOT_FOUND = Localizable.of("không tìm thấy tệp", "the file does not exist");
    private static final Localizable DENIED = Localizable.of("không có quyền truy cập", "permission denied");
    private static final Localizable FILE_SYSTEM = Localizable.of("lỗi hệ thống tệp (ổ đầy hoặc không ghi được)",
            "a file-system error (disk full or not writable)");
    private static final Localizable IO = Localizable.of("lỗi đọc/ghi", "an input/output error");
    private static final Localizable CRYPTO = Localizable.of("dữ liệu mật mã không hợp lệ hoặc không được hỗ trợ",
            "cryptographic data that is invalid or not supported");
    private static final Localizable OTHER = Localizable.of("lỗi không mong đợi", "an unexpected error");

    private Reasons() {
    }

    /** The phrase for the failure's kind. */
    public static Localizable of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoSuchFileException) {
                return NOT_FOUND;
            }
            if (t instanceof AccessDeniedException) {
                return DENIED;
            }
            if (t instanceof FileSystemException) {
                return FILE_SYSTEM;
            }
            if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
                return IO;
            }
            if (t instanceof GeneralSecurityException) {
                return CRYPTO;
            }
        }
        return OTHER;
    }
}
