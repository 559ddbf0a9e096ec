/**
 * Strict XML-DSig signing and verification for Vietnamese medical records and claims: keys from PKCS#12, PKCS#11
 * tokens and remote signing services; certificate path and revocation checks.
 */
module vn.emr.signature {
    requires transitive vn.emr.core;
    requires java.xml;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;

    exports vn.emr.signature;
}
