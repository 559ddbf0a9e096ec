package vn.emr.cli;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.emr.cli.internal.CliFiles;
import vn.emr.cli.internal.CliJson;
import vn.emr.cli.internal.Secrets;
import vn.emr.core.CoreError;
import vn.emr.core.EmrException;
import vn.emr.signature.SignatureProfile;
import vn.emr.signature.SigningKey;
import vn.emr.signature.SigningKeys;
import vn.emr.signature.TrustError;
import vn.emr.signature.XmlSigner;

/**
 * {@code emr sign}: signs an XML file with a key from a PKCS#12 file or a PKCS#11 token (USB token, HSM), in the
 * {@code CHUKYDONVI} profile of claims files or as a generic enveloped signature, and writes the signed file
 * atomically (never a half-written output). {@code --co-sign} adds a parallel signature over the element named by
 * {@code --reference-id} to a document that already holds such signatures (author, head of department, patient).
 */
@Command(name = "sign", description = "Sign an XML file (CHUKYDONVI or enveloped) with a PKCS#12 or PKCS#11 key.")
public final class SignCommand extends JsonCommand {

    @Option(names = "--key", paramLabel = "FILE.p12", description = "PKCS#12 file holding the signing key.")
    Path key;

    @Option(names = "--password", paramLabel = "PASS", arity = "0..1", fallbackValue = Secrets.ASK,
            description = "Password of the PKCS#12 file (asked for on the terminal, never on stdout, when given without a value).")
    char[] password;

    @Option(names = "--alias", paramLabel = "A", description = "Key alias when the key store holds several keys.")
    String alias;

    @Option(names = "--pkcs11", paramLabel = "CONFIG",
            description = "SunPKCS11 configuration file of the token (name, library, slot or slotListIndex).")
    Path pkcs11;

    @Option(names = "--pin", paramLabel = "PIN", arity = "0..1", fallbackValue = Secrets.ASK,
            description = "PIN of the PKCS#11 token (asked for on the terminal, never on stdout, when given without a value).")
    char[] pin;

    @Option(names = "--profile", paramLabel = "chukydonvi|enveloped",
            description = "Signature profile: chukydonvi or enveloped. Default: chukydonvi for a GIAMDINHHS claims "
                    + "file, enveloped otherwise.")
    String profile;

    @Option(names = "--reference-id", paramLabel = "ID",
            description = "Sign only the element carrying this Id (URI=\"#ID\"), not the whole document (enveloped).")
    String referenceId;

    @Option(names = "--container", paramLabel = "/PATH",
            description = "Absolute path of the element that receives the signature as its last child (enveloped; "
                    + "default: the root).")
    String container;

    @Option(names = "--signature-id", paramLabel = "ID",
            description = "Id of the new Signature element (generated with --co-sign when not given).")
    String signatureId;

    @Option(names = "--co-sign",
            description = "Add a signature beside the existing ones (author, head of department, patient): needs "
                    + "--reference-id; refused when an existing signature would break.")
    boolean coSign;

    @Option(names = "--out", required = true, paramLabel = "OUT.xml", description = "Where to write the signed file.")
    Path out;

    @Parameters(index = "0", paramLabel = "IN.xml", description = "The XML file to sign (UTF-8).")
    Path in;

    @Override
    protected int execute() {
        byte[] xml = CliFiles.read(in);
        SignatureProfile chosen = profile(spec, profile, xml);
        if ((key == null) == (pkcs11 == null)) {
            if (key != null) {
                throw new EmrException(CoreError.USAGE_CONFLICT, "--key", "--key, --pkcs11");
            }
            throw new EmrException(TrustError.KEY_SOURCE_MISSING, "");
        }
        try {
            SigningKey signingKey;
            if (key != null) {
                if (password == null) {
                    throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, "--password", "--password");
                }
                if (Secrets.isAsk(password)) {
                    password = Secrets.ask("Password", err(), "--password");
                }
                signingKey = SigningKeys.pkcs12(key, password, alias);
            } else {
                if (pin == null) {
                    throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, "--pin", "--pin");
                }
                if (Secrets.isAsk(pin)) {
                    pin = Secrets.ask("PIN", err(), "--pin");
                }
                signingKey = SigningKeys.pkcs11(pkcs11, pin, alias);
            }
            byte[] signed = signer(chosen).sign(xml, signingKey);
            CliFiles.writeAtomically(out, signed);
            if (json()) {
                Map<String, Object> o = CliJson.object();
                o.put("signed", true);
                o.put("out", out.toString());
                o.put("profile", chosen.name().toLowerCase(Locale.ROOT));
                o.put("signer", describe(signingKey.certificate()));
                o.put("signatureAlgorithm", signingKey.defaultAlgorithm().uri());
                printJson(o);
            } else {
                boolean en = locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
                out().println((en ? "signed: " : "đã ký: ") + out);
                out().flush();
            }
            return EmrCli.OK;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    /** The signer the options describe; a bad or conflicting option is a usage error (exit 2). */
    private XmlSigner signer(SignatureProfile chosen) {
        boolean enveloped = chosen == SignatureProfile.ENVELOPED;
        if (!enveloped && (coSign || referenceId != null || container != null || signatureId != null)) {
            String option = coSign ? "--co-sign" : referenceId != null ? "--reference-id"
                    : container != null ? "--container" : "--signature-id";
            throw new EmrException(CoreError.USAGE_CONFLICT, option, option + ", --profile chukydonvi");
        }
        if (coSign && referenceId == null) {
            throw new EmrException(CoreError.USAGE_MISSING_ARGUMENT, "--reference-id", "--reference-id");
        }
        if (container != null && !container.startsWith("/")) {
            throw new EmrException(CoreError.USAGE_BAD_VALUE, "--container", "--container");
        }
        XmlSigner.Builder b = XmlSigner.builder(chosen);
        if (referenceId != null) {
            try {
                b.referenceId(referenceId);
            } catch (EmrException e) {
                throw new EmrException(CoreError.USAGE_BAD_VALUE, "--reference-id", "--reference-id");
            }
        }
        if (signatureId != null) {
            try {
                b.signatureId(signatureId);
            } catch (EmrException e) {
                throw new EmrException(CoreError.USAGE_BAD_VALUE, "--signature-id", "--signature-id");
            }
        }
        if (container != null) {
            b.container(container);
        }
        if (coSign) {
            b.addToExistingSignatures();
        }
        return b.build();
    }

    /**
     * The profile named on the command line; without one, {@code CHUKYDONVI} for a {@code GIAMDINHHS} claims file
     * and {@code ENVELOPED} otherwise. Anything but chukydonvi or enveloped is a usage error.
     */
    static SignatureProfile profile(CommandSpec spec, String name, byte[] xml) {
        if (name == null) {
            return SignatureProfile.forDocument(xml);
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "chukydonvi" -> SignatureProfile.CHUKYDONVI;
            case "enveloped" -> SignatureProfile.ENVELOPED;
            default -> throw new EmrException(CoreError.USAGE_BAD_VALUE, "--profile", "--profile");
        };
    }

    /** {@code {"subject","issuer","serial","notBefore","notAfter"}} of a certificate (serial in hexadecimal). */
    static Map<String, Object> describe(X509Certificate certificate) {
        Map<String, Object> o = CliJson.object();
        o.put("subject", certificate.getSubjectX500Principal().getName());
        o.put("issuer", certificate.getIssuerX500Principal().getName());
        o.put("serial", certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT));
        o.put("notBefore", certificate.getNotBefore().toInstant().toString());
        o.put("notAfter", certificate.getNotAfter().toInstant().toString());
        return o;
    }
}
