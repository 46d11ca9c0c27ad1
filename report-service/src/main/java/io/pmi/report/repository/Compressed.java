package io.pmi.report.repository;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The storage format of MySQL's {@code COMPRESS()}: the uncompressed length as four bytes, low byte first, then a
 * zlib stream; an empty value is stored empty. Written and read here so that the service and the database's
 * {@code UNCOMPRESS()} (MySQL 8, MariaDB, TiDB) read each other's rows.
 */
public final class Compressed {

    private static final int HEADER = 4;

    private Compressed() {
    }

    public static byte[] compress(byte[] plain) {
        if (plain.length == 0) {
            return plain;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER + plain.length / 4);
        int length = plain.length;
        out.write(length);
        out.write(length >>> 8);
        out.write(length >>> 16);
        out.write(length >>> 24);
        // The fastest level: the input is ids, numbers and short texts that compress well at any level, and this
        // runs on every generation.
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(out, deflater, 8192)) {
            zlib.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    /** A stream of the uncompressed bytes, to be read by whoever parses them. */
    public static InputStream open(byte[] stored) {
        if (stored.length == 0) {
            return InputStream.nullInputStream();
        }
        if (stored.length < HEADER) {
            throw new IllegalArgumentException("not a COMPRESS() value: " + stored.length + " bytes");
        }
        return new InflaterInputStream(new ByteArrayInputStream(stored, HEADER, stored.length - HEADER));
    }
}
