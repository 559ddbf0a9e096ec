/** From the medical record to the claim: {@link vn.emr.claims.mapping.ClaimMapping} and the terms it needs. */
package vn.emr.claims.mapping;
