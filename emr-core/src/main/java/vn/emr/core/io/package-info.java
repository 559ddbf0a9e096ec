/**
 * File output for the SDK and its users: {@link vn.emr.core.io.AtomicFiles} writes a file completely or not at all.
 */
package vn.emr.core.io;
