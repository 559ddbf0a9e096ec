package vn.emr.cli;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.emr.cli.internal.CliFiles;
import vn.emr.cli.internal.CliJson;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;
import vn.emr.signature.Certificates;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.TrustPolicy;
import vn.emr.signature.VerificationResult;
import vn.emr.signature.XmlVerifier;

/**
 * {@code emr verify}: strict verification of the XML signature of a file (a {@code GIAMDINHHS} claims file with its
 * {@code CHUKYDONVI}, or any enveloped-signed record) against the CA certificates given with {@code --trust}.
 *
 * <p>Exit 0 and {@code {"valid":true,"signer":{...},"signatureAlgorithm","signedElement","warnings":[]}}, or exit 1
 * and {@code {"valid":false,"errors":[{"code","message"}]}}.
 */
@Command(name = "verify", description = "Verify the XML signature of a file against trusted CA certificates.")
public final class VerifyCommand extends JsonCommand {

    @Option(names = "--trust", required = true, paramLabel = "CERT.pem",
            description = "A trusted CA certificate (PEM or DER); repeat for several.")
    List<Path> trust;

    @Option(names = "--profile", paramLabel = "chukydonvi|enveloped",
            description = "Signature profile: chukydonvi or enveloped. Default: chukydonvi for a GIAMDINHHS claims "
                    + "file, enveloped otherwise.")
    String profile;

    @Parameters(index = "0", paramLabel = "FILE.xml", description = "The signed XML file.")
    Path file;

    @Override
    protected int execute() {
        VerificationResult result;
        try {
            byte[] xml = CliFiles.read(file);
            SignatureProfile chosen = SignCommand.profile(spec, profile, xml);
            List<X509Certificate> anchors = new ArrayList<>();
            for (Path p : trust) {
                anchors.addAll(Certificates.read(p));
            }
            result = XmlVerifier.strict(TrustPolicy.of(anchors)).withProfile(chosen).verify(xml);
        } catch (EmrException e) {
            return invalid(e.issues());
        }
        if (!result.valid()) {
            List<Issue> errors = result.errors();
            return invalid(errors.isEmpty() ? List.of() : errors);
        }
        X509Certificate signer = result.signerCertificate().orElse(null);
        if (json()) {
            Map<String, Object> o = CliJson.object();
            o.put("valid", true);
            o.put("signer", signer == null ? null : SignCommand.describe(signer));
            o.put("signatureAlgorithm", result.signatureAlgorithm().map(a -> a.uri()).orElse(null));
            o.put("signedElement", result.signedElement().orElse(null));
            o.put("warnings", CliJson.issues(result.warnings(), locale(), false));
            printJson(o);
        } else {
            boolean en = locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
            out().println((en ? "valid: signed by " : "hợp lệ: ký bởi ")
                    + (signer == null ? "?" : signer.getSubjectX500Principal().getName())
                    + (en ? ", element " : ", phần tử ") + result.signedElement().orElse("?"));
            out().flush();
            for (Issue w : result.warnings()) {
                err().println(describe(w));
            }
            err().flush();
        }
        return EmrCli.OK;
    }

    private int invalid(List<Issue> errors) {
        if (json()) {
            Map<String, Object> o = CliJson.object();
            o.put("valid", false);
            o.put("errors", CliJson.issues(errors, locale(), false));
            printJson(o);
        } else {
            for (Issue issue : errors) {
                err().println(describe(issue));
            }
            if (errors.isEmpty()) {
                err().println("invalid");
            }
            err().flush();
        }
        return EmrCli.INVALID;
    }
}
