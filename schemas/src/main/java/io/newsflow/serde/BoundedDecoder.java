package io.newsflow.serde;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;

/**
 * Avro binary decoding of one record that refuses any length larger than the record itself.
 *
 * <p>Avro allocates a string, byte array or collection at the size the data claims before reading it, so a
 * handful of corrupt bytes claiming a gigabyte end in an {@link OutOfMemoryError} that kills the stream thread
 * instead of dead-lettering the record. No string or bytes value can be longer than the record holding it (such a
 * claim reads as a truncated record), and no array or map can have more items than the record has bytes (every
 * item of every newsflow schema takes at least one byte; such a claim reads as invalid data).
 */
final class BoundedDecoder extends Decoder {

    private final BinaryDecoder in;
    private final int limit;

    /** Decodes {@code length} bytes of {@code data} from {@code offset}. */
    BoundedDecoder(byte[] data, int offset, int length) {
        this.in = DecoderFactory.get().binaryDecoder(data, offset, length, null);
        this.limit = length;
    }

    /** Whether every byte has been read. */
    boolean isEnd() throws IOException {
        return in.isEnd();
    }

    @Override
    public Utf8 readString(Utf8 old) throws IOException {
        int length = length("string");
        Utf8 result = old != null ? old : new Utf8();
        result.setByteLength(length);
        in.readFixed(result.getBytes(), 0, length);
        requireUtf8(result.getBytes(), length);
        return result;
    }

    @Override
    public String readString() throws IOException {
        byte[] bytes = new byte[length("string")];
        in.readFixed(bytes);
        requireUtf8(bytes, bytes.length);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Avro (like {@code new String(bytes, UTF_8)}) turns malformed UTF-8 into U+FFFD without a word, so a record
     * whose text was damaged on the way would be analysed as if it were what the writer sent. Such a record is
     * refused instead, to land in the dead-letter topic with its original bytes.
     */
    private static void requireUtf8(byte[] bytes, int length) throws IOException {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
        } catch (CharacterCodingException e) {
            throw new InvalidUtf8Exception("a string of " + length + " bytes is not valid UTF-8 (" + e.getMessage() + ")");
        }
    }

    /** Thrown for a string whose bytes are not UTF-8; the deserializer reports it as invalid data. */
    static final class InvalidUtf8Exception extends IOException {
        InvalidUtf8Exception(String message) {
            super(message);
        }
    }

    @Override
    public void skipString() throws IOException {
        in.skipFixed(length("string"));
    }

    @Override
    public ByteBuffer readBytes(ByteBuffer old) throws IOException {
        byte[] bytes = new byte[length("bytes")];
        in.readFixed(bytes);
        return ByteBuffer.wrap(bytes);
    }

    @Override
    public void skipBytes() throws IOException {
        in.skipFixed(length("bytes"));
    }

    @Override
    public long readArrayStart() throws IOException {
        return items(in.readArrayStart(), "array");
    }

    @Override
    public long arrayNext() throws IOException {
        return items(in.arrayNext(), "array");
    }

    @Override
    public long skipArray() throws IOException {
        return items(in.skipArray(), "array");
    }

    @Override
    public long readMapStart() throws IOException {
        return items(in.readMapStart(), "map");
    }

    @Override
    public long mapNext() throws IOException {
        return items(in.mapNext(), "map");
    }

    @Override
    public long skipMap() throws IOException {
        return items(in.skipMap(), "map");
    }

    @Override
    public void readNull() throws IOException {
        in.readNull();
    }

    @Override
    public boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    @Override
    public int readInt() throws IOException {
        return in.readInt();
    }

    @Override
    public long readLong() throws IOException {
        return in.readLong();
    }

    @Override
    public float readFloat() throws IOException {
        return in.readFloat();
    }

    @Override
    public double readDouble() throws IOException {
        return in.readDouble();
    }

    @Override
    public void readFixed(byte[] bytes, int start, int length) throws IOException {
        in.readFixed(bytes, start, length);
    }

    @Override
    public void skipFixed(int length) throws IOException {
        in.skipFixed(length);
    }

    @Override
    public int readEnum() throws IOException {
        return in.readEnum();
    }

    @Override
    public int readIndex() throws IOException {
        return in.readIndex();
    }

    private int length(String what) throws IOException {
        long length = in.readLong();
        if (length < 0) {
            throw new AvroRuntimeException("a " + what + " claims a negative length, " + length);
        }
        if (length > limit) {
            // The record may have been cut short, or the length is corrupt; either way the bytes are not there.
            throw new EOFException("a " + what + " claims " + length + " bytes in a record of " + limit + " bytes");
        }
        return (int) length;
    }

    private long items(long count, String what) {
        if (count > limit) {
            throw new AvroRuntimeException("a block of an " + what + " claims " + count + " items in a record of "
                    + limit + " bytes");
        }
        return count;
    }
}
