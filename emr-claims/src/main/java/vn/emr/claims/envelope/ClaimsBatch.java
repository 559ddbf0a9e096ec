package vn.emr.claims.envelope;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Objects;
import vn.emr.claims.ClaimsError;
import vn.emr.core.EmrException;
import vn.emr.core.internal.Reasons;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.SigningKey;
import vn.emr.signature.XmlSigner;

/**
 * A day's claims written to disk in bounded memory: many episodes into one signed {@code GIAMDINHHS} file, or one signed
 * file per episode into a folder. Episodes are taken one at a time from the iterable (which may produce them lazily)
 * and are not kept; the file is built in a temporary file beside the target, signed by streaming, and moved into place
 * only when complete and signed. A failure half-way leaves no partial file and names the episode that failed
 * ({@code HOSO[n]}, counting from 1).
 */
public final class ClaimsBatch {

    /** Told after each episode is written. */
    @FunctionalInterface
    public interface Progress {
        /** {@code done} episodes are written so far. */
        void episodes(int done);
    }

    /** Progress that tells nobody. */
    public static final Progress SILENT = done -> { };

    private ClaimsBatch() {
    }

    /**
     * Writes the episodes into one signed file.
     *
     * @return the number of episodes written
     * @throws EmrException {@link ClaimsError#BATCH_TARGET} when {@code out} exists and is not a regular file (a
     *     symbolic link included),
     *     {@link ClaimsError#ENVELOPE_EMPTY} for no episode, {@link ClaimsError#FACILITY_CODE},
     *     {@link ClaimsError#BATCH_FAILED} for a write or signing failure (at the episode being written)
     */
    public static int writeSignedFile(Path out, String facilityCode, LocalDate createdOn,
            Iterable<ClaimEpisode> episodes, SigningKey facilityKey, Progress progress) {
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(progress, "progress");
        checkFacility(facilityCode);
        Path target = out.toAbsolutePath();
        refuseNonRegular(target);
        Path dir = target.getParent();
        Path body = null;
        Path unsigned = null;
        Path signed = null;
        int count = 0;
        String where = "";
        try {
            body = Files.createTempFile(dir, ".emr-batch-", ".part");
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(body), 1 << 16)) {
                for (ClaimEpisode e : episodes) {
                    where = "HOSO[" + (count + 1) + "]";
                    ClaimsEnvelope.writeEpisode(os, e);
                    count++;
                    progress.episodes(count);
                }
            }
            if (count == 0) {
                throw new EmrException(ClaimsError.ENVELOPE_EMPTY, "DANHSACHHOSO");
            }
            where = "";
            unsigned = Files.createTempFile(dir, ".emr-batch-", ".xml");
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(unsigned), 1 << 16);
                    InputStream in = Files.newInputStream(body)) {
                ClaimsEnvelope.writeHead(os, facilityCode, createdOn, count);
                in.transferTo(os);
                ClaimsEnvelope.writeTail(os);
            }
            Files.delete(body);
            body = null;
            signed = Files.createTempFile(dir, ".emr-batch-", ".signed");
            XmlSigner.of(SignatureProfile.CHUKYDONVI).sign(unsigned, signed, facilityKey);
            moveIntoPlace(signed, target);
            signed = null;
            return count;
        } catch (IOException | UncheckedIOException e) {
            throw new EmrException(ClaimsError.BATCH_FAILED, where, Reasons.of(e));
        } catch (EmrException e) {
            if (e.code() == ClaimsError.ENVELOPE_EMPTY || where.isEmpty()) {
                throw e;
            }
            throw new EmrException(ClaimsError.BATCH_FAILED, where, e.code().code());
        } finally {
            deleteQuietly(body);
            deleteQuietly(unsigned);
            deleteQuietly(signed);
        }
    }

    /**
     * Writes each episode into its own signed file in the folder, named {@code <n>.xml} with {@code n} the episode's
     * position zero-padded to 7 digits ({@code 0000001.xml}), so that names carry no patient data and sort in order.
     *
     * @return the number of episodes written; the files of the episodes before a failure stay, complete and signed
     * @throws EmrException {@link ClaimsError#BATCH_TARGET} when the folder is not a folder,
     *     {@link ClaimsError#BATCH_FAILED} at the episode that failed
     */
    public static int writeSignedFolder(Path folder, String facilityCode, LocalDate createdOn,
            Iterable<ClaimEpisode> episodes, SigningKey facilityKey, Progress progress) {
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(progress, "progress");
        checkFacility(facilityCode);
        Path dir = folder.toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new EmrException(ClaimsError.BATCH_TARGET, "");
        }
        XmlSigner signer = XmlSigner.of(SignatureProfile.CHUKYDONVI);
        int count = 0;
        for (ClaimEpisode e : episodes) {
            String where = "HOSO[" + (count + 1) + "]";
            Path target = dir.resolve(String.format("%07d.xml", count + 1));
            Path temp = null;
            try {
                refuseNonRegular(target);
                byte[] signed = signer.sign(ClaimsEnvelope.of(facilityCode, createdOn, java.util.List.of(e)).write(),
                        facilityKey);
                temp = Files.createTempFile(dir, ".emr-batch-", ".part");
                Files.write(temp, signed);
                moveIntoPlace(temp, target);
                temp = null;
            } catch (IOException | UncheckedIOException ex) {
                throw new EmrException(ClaimsError.BATCH_FAILED, where, Reasons.of(ex));
            } catch (EmrException ex) {
                if (ex.code() == ClaimsError.BATCH_TARGET) {
                    throw new EmrException(ClaimsError.BATCH_TARGET, where);
                }
                throw new EmrException(ClaimsError.BATCH_FAILED, where, ex.code().code());
            } finally {
                deleteQuietly(temp);
            }
            count++;
            progress.episodes(count);
        }
        return count;
    }

    private static void checkFacility(String facilityCode) {
        if (!ClaimsEnvelope.isFacilityCode(facilityCode)) {
            throw new EmrException(ClaimsError.FACILITY_CODE, "MACSKCB");
        }
    }

    private static void refuseNonRegular(Path target) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new EmrException(ClaimsError.BATCH_TARGET, "");
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new EmrException(ClaimsError.BATCH_TARGET, "");
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a hidden temporary file left behind is harmless and named .emr-batch-*
            }
        }
    }
}
