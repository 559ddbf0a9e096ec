package vn.emr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.emr.cli.internal.CliJson;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;
import vn.emr.signature.Certificates;
import vn.emr.signature.Outcome;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.SignatureResult;
import vn.emr.signature.TrustPolicy;
import vn.emr.signature.VerificationResult;
import vn.emr.signature.XmlVerifier;

/**
 * {@code emr verify}: strict verification of the XML signatures of a file (a {@code GIAMDINHHS} claims file with its
 * {@code CHUKYDONVI}, or any enveloped-signed record) against the CA certificates given with {@code --trust}. The file
 * is streamed ({@link XmlVerifier#verify(Path)}, bounded memory, so {@code EMR_MAX_INPUT_BYTES} does not apply); only
 * its first {@value #HEAD_BYTES} bytes are read to choose the default profile.
 *
 * <p>JSON ({@code --json}): {@code valid}, {@code outcome} ({@code valid}, {@code invalid} or {@code indeterminate}),
 * then, when the file holds exactly one signature, its {@code signer}, {@code signatureAlgorithm} and
 * {@code signedElement}; {@code warnings}, {@code errors} when not valid, and {@code signatures}: one object per
 * signature in document order, {@code {id, outcome, signedElement, signer, signatureAlgorithm, signingTime, errors,
 * warnings}}.
 *
 * <p>Exit 0 when the outcome is valid; exit 1 when it is invalid, and also when it is indeterminate (for example the
 * revocation status of a certificate is unknown): only a valid file may be relied on.
 */
@Command(name = "verify", description = {"Verify the XML signatures of a file against trusted CA certificates.",
        "Exit 0 when every signature is valid; 1 when one is invalid or indeterminate (not to be relied on)."})
public class VerifyCommand extends JsonCommand {

    /** How much of the file is read to detect a claims file ({@code GIAMDINHHS} root). */
    static final int HEAD_BYTES = 8192;

    @Option(names = "--trust", required = true, paramLabel = "CERT.pem",
            description = "A trusted CA certificate (PEM or DER); repeat for several.")
    List<Path> trust;

    @Option(names = "--profile", paramLabel = "chukydonvi|enveloped",
            description = "Signature profile: chukydonvi or enveloped. Default: chukydonvi for a GIAMDINHHS claims "
                    + "file, enveloped otherwise.")
    String profile;

    @Option(names = {"--signed-element", "--element"}, paramLabel = "/PATH",
            description = "The element the signatures must cover, as an absolute path (for example "
                    + "/HoSoBenhAn/NoiDung for a record signed by several people). Default: the document root.")
    String element;

    @Parameters(index = "0", paramLabel = "FILE.xml", description = "The signed XML file.")
    Path file;

    /** The profile this command always checks (null: chosen by {@code --profile} or from the file). */
    String requiredProfile() {
        return null;
    }

    @Override
    protected int execute() {
        String required = requiredProfile();
        if (required != null) {
            if (profile != null && !profile.equalsIgnoreCase(required)) {
                throw new EmrException(CoreError.USAGE_BAD_VALUE, "--profile", "--profile"); // exit 2
            }
            profile = required;
        }
        if (element != null && !element.startsWith("/")) {
            throw new EmrException(CoreError.USAGE_BAD_VALUE, "--signed-element", "--signed-element"); // exit 2
        }
        VerificationResult result;
        try {
            SignatureProfile chosen = SignCommand.profile(spec, profile, head(file));
            List<X509Certificate> anchors = new ArrayList<>();
            for (Path p : trust) {
                anchors.addAll(Certificates.read(p));
            }
            XmlVerifier verifier = XmlVerifier.strict(TrustPolicy.of(anchors)).withProfile(chosen);
            if (element != null) {
                verifier = verifier.withExpectedElement(element);
            }
            result = verifier.verify(file);
        } catch (EmrException e) {
            return report(null, e.issues());
        }
        return report(result, result.errors());
    }

    /** The first {@link #HEAD_BYTES} bytes of the file, with the codes of a whole-file read for a missing one. */
    private static byte[] head(Path file) {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
                throw new EmrException(CoreError.IO_READ, "", name);
            }
            throw new EmrException(CoreError.NOT_A_REGULAR_FILE, "", name);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new EmrException(CoreError.IO_READ, "", e, name);
        }
    }

    private int report(VerificationResult result, List<Issue> errors) {
        Outcome outcome = result == null ? Outcome.INVALID : result.outcome();
        List<SignatureResult> signatures = result == null ? List.of() : result.signatures();
        List<Issue> warnings = result == null ? List.of() : result.warnings();
        SignatureResult only = signatures.size() == 1 ? signatures.get(0) : null;
        if (json()) {
            Map<String, Object> o = CliJson.object();
            o.put("valid", outcome == Outcome.VALID);
            o.put("outcome", outcome.label());
            if (only != null) {
                o.put("signer", only.signerCertificate().map(SignCommand::describe).orElse(null));
                o.put("signatureAlgorithm", only.signatureAlgorithm().map(a -> a.uri()).orElse(null));
                o.put("signedElement", only.signedElement().isEmpty() ? null : only.signedElement());
            }
            o.put("warnings", CliJson.issues(warnings, locale(), false));
            if (outcome != Outcome.VALID) {
                o.put("errors", CliJson.issues(errors, locale(), false));
            }
            List<Object> list = new ArrayList<>();
            for (SignatureResult s : signatures) {
                list.add(describe(s));
            }
            o.put("signatures", list);
            printJson(o);
        } else {
            boolean en = locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
            for (SignatureResult s : signatures) {
                out().println(line(s, en, signatures.size() > 1));
            }
            out().flush();
            for (Issue issue : errors) {
                err().println(describe(issue));
            }
            for (Issue w : warnings) {
                err().println(describe(w));
            }
            if (outcome != Outcome.VALID && errors.isEmpty()) {
                err().println(outcome.label());
            }
            err().flush();
        }
        return outcome == Outcome.VALID ? EmrCli.OK : EmrCli.INVALID;
    }

    private Map<String, Object> describe(SignatureResult s) {
        Map<String, Object> o = CliJson.object();
        o.put("id", s.id().isEmpty() ? null : s.id());
        o.put("outcome", s.outcome().label());
        o.put("signedElement", s.signedElement().isEmpty() ? null : s.signedElement());
        o.put("signer", s.signerCertificate().map(SignCommand::describe).orElse(null));
        o.put("signatureAlgorithm", s.signatureAlgorithm().map(a -> a.uri()).orElse(null));
        o.put("signingTime", s.signingTime().map(Object::toString).orElse(null));
        o.put("errors", CliJson.issues(s.errors(), locale(), false));
        o.put("warnings", CliJson.issues(s.warnings(), locale(), false));
        return o;
    }

    /** One line per signature: its outcome, signer and covered element (and its Id when there are several). */
    private static String line(SignatureResult s, boolean en, boolean withId) {
        String outcome = switch (s.outcome()) {
            case VALID -> en ? "valid" : "hợp lệ";
            case INVALID -> en ? "invalid" : "không hợp lệ";
            case INDETERMINATE -> en ? "indeterminate" : "chưa xác định";
        };
        String signer = s.signerCertificate().map(c -> c.getSubjectX500Principal().getName()).orElse("?");
        return outcome + (withId ? " [" + (s.id().isEmpty() ? "?" : s.id()) + "]" : "")
                + (en ? ": signed by " : ": ký bởi ") + signer + (en ? ", element " : ", phần tử ")
                + (s.signedElement().isEmpty() ? "?" : s.signedElement());
    }
}
