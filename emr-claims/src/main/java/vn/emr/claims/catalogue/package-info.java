/**
 * The claims field catalogue: the tables of Decision 130/4750 ({@link vn.emr.claims.catalogue.ClaimsTable}) and each
 * field's official name, order, type, size, format and requirement ({@link vn.emr.claims.catalogue.FieldCatalogue}).
 */
package vn.emr.claims.catalogue;
