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
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.core.validation.Issue;
import vn.emr.signature.Certificates;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.SignatureResult;
import vn.emr.signature.TrustPolicy;
import vn.emr.signature.VerificationResult;
import vn.emr.signature.XmlVerifier;

/**
 * {@code emr verify}: strict verification of the XML signature of a file (a {@code GIAMDINHHS} claims file with its
 * {@code CHUKYDONVI}, or any enveloped-signed record) against the CA certificates given with {@code --trust}.
 *
 * <p>Exit 0 and {@code {"valid":true,"signer":{...},"signatureAlgorithm","signedElement","signatures":[{"id",
 * "signer","signedElement"}],"warnings":[]}} (signer: the first signature's), or exit 1
 * and {@code {"valid":false,"errors":[{"code","message"}]}}. Every signature of the file must be valid;
 * {@code --signed-element} names the element they must cover when it is not the whole document (co-signed records).
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

    @Option(names = "--signed-element", paramLabel = "/PATH",
            description = "Absolute path of the element the signatures must cover (for co-signed records signed by "
                    + "Id, such as /HoSoBenhAn/NoiDung). Default: the whole document.")
    String signedElement;

        @Parameters(index = "0", paramLabel = "FILE.xml", description = "The signed XML file.")
    Path file;

    @Override
    protected int execute() {
        if (signedElement != null && !signedElement.startsWith("/")) {
            throw new EmrException(CoreError.USAGE_BAD_VALUE, "--signed-element", "--signed-element");
        }
        VerificationResult result;
        try {
            byte[] xml = CliFiles.read(file);
            SignatureProfile chosen = SignCommand.profile(spec, profile, xml);
            List<X509Certificate> anchors = new ArrayList<>();
            for (Path p : trust) {
                anchors.addAll(Certificates.read(p));
            }
            XmlVerifier verifier = XmlVerifier.strict(TrustPolicy.of(anchors)).withProfile(chosen);
            result = (signedElement == null ? verifier : verifier.withExpectedElement(signedElement)).verify(xml);
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
            List<Map<String, Object>> each = new ArrayList<>();
            for (SignatureResult sr : result.signatures()) {
                Map<String, Object> one = CliJson.object();
                one.put("id", sr.id());
                one.put("signer", sr.signerCertificate().map(SignCommand::describe).orElse(null));
                one.put("signedElement", sr.signedElement());
                each.add(one);
            }
            o.put("signatures", each);
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
