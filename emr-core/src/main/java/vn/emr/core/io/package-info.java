/**
 * File input and output for the SDK and its users: {@link vn.emr.core.io.AtomicFiles} writes a file completely or
 * not at all; {@link vn.emr.core.io.LimitedInput} reads a file or stream with a byte limit and refuses devices and
 * pipes before reading.
 */
package vn.emr.core.io;
