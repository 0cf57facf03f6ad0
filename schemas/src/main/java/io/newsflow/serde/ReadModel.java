package io.newsflow.serde;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * The {@link SpecificData} records are read with: the generated classes' own logical type conversions, with
 * two changes to how collections are made.
 *
 * <p>Arrays become plain {@link ArrayList}s. Avro's {@code GenericData.Array} compares its elements without the
 * record classes' conversions, so {@code equals} on a read record holding, say, claims with a {@code published_at}
 * throws instead of answering; with plain lists the generated {@code equals} works both ways. (Being a subclass,
 * this model also turns off Avro's "fast reader", which makes its own arrays.)
 *
 * <p>Arrays and maps are pre-sized to at most {@value #PRESIZE_LIMIT} entries whatever size the data claims; they
 * grow as items are actually read.
 */
final class ReadModel extends SpecificData {

    static final int PRESIZE_LIMIT = 1024;

    private ReadModel(ClassLoader classLoader) {
        super(classLoader);
    }

    /** A model with the conversions of {@code type}'s generated model. */
    static ReadModel forClass(Class<?> type) {
        ReadModel model = new ReadModel(type.getClassLoader());
        SpecificData.getForClass(type).getConversions().forEach(model::addLogicalTypeConversion);
        return model;
    }

    @Override
    public Object newArray(Object old, int size, Schema schema) {
        if (old instanceof Collection<?> reused) {
            reused.clear();
            return reused;
        }
        return new ArrayList<>(Math.min(size, PRESIZE_LIMIT));
    }

    @Override
    public Object newMap(Object old, int size) {
        if (old instanceof Map<?, ?> reused) {
            reused.clear();
            return reused;
        }
        return new HashMap<>(Math.min(size, PRESIZE_LIMIT));
    }
}
