/**
 * The {@code GIAMDINHHS} envelope: building and signing a claims file from episodes
 * ({@link vn.emr.claims.envelope.ClaimsEnvelope}) and reading one back ({@link vn.emr.claims.envelope.ClaimsFile}).
 */
package vn.emr.claims.envelope;
