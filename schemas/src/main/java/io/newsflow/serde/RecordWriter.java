package io.newsflow.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Encodes records of one generated class as Avro binary under one writer schema (the schema whose id goes
 * in the header). Thread-safe: Kafka Streams shares one serializer between its stream threads.
 */
interface RecordWriter<T extends SpecificRecord> {

    void write(T record, Encoder encoder) throws IOException;

    /**
     * A writer for records whose own schema is {@code recordSchema}, producing data in {@code writerSchema}'s
     * layout. When both lay data out the same way the record is written directly; otherwise (use.latest.version
     * with a different latest version) it is translated into the writer schema by Avro's schema resolution,
     * which writing field by field position could not do safely.
     */
    static <T extends SpecificRecord> RecordWriter<T> of(Schema recordSchema, Schema writerSchema) {
        DatumWriter<T> direct = new SpecificDatumWriter<>(recordSchema, SpecificData.getForSchema(recordSchema));
        if (SchemaNormalization.toParsingForm(recordSchema).equals(SchemaNormalization.toParsingForm(writerSchema))) {
            return direct::write;
        }
        DatumReader<Object> translate = new GenericDatumReader<>(recordSchema, writerSchema);
        DatumWriter<Object> target = new GenericDatumWriter<>(writerSchema);
        return (record, encoder) -> {
            ByteArrayOutputStream own = new ByteArrayOutputStream(256);
            BinaryEncoder ownEncoder = EncoderFactory.get().directBinaryEncoder(own, null);
            direct.write(record, ownEncoder);
            ownEncoder.flush();
            byte[] bytes = own.toByteArray();
            target.write(translate.read(null, DecoderFactory.get().binaryDecoder(bytes, null)), encoder);
        };
    }
}
