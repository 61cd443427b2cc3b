package dev.vastlaunch.api.dto;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link OfferDto} by hand, exactly as Moshi's reflective record adapter reads it (the same values and the same
 * messages; {@code OfferDtoAdapterTest} compares the two on generated answers), and writes it through that adapter.
 *
 * <p>Why by hand: a search answers up to 1,000 offers, and on a cold JVM the reflective adapter's creation and its
 * 38-argument constructor call per offer were most of the time from answer to rows (cold, first 100 offers: 370 -> 150
 * ms; ParseBench in the commit message).
 */
final class OfferDtoAdapter extends JsonAdapter<OfferDto> {
    /** Adds this adapter for {@link OfferDto} to a Moshi. */
    static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
        @Override
        public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
            return type == OfferDto.class && annotations.isEmpty() ? new OfferDtoAdapter(moshi, this) : null;
        }
    };

    /** The wire names of {@link OfferDto}'s components, in their order. */
    private static final String[] NAMES = {
        "id",
        "ask_contract_id",
        "machine_id",
        "host_id",
        "num_gpus",
        "gpu_name",
        "gpu_ram",
        "gpu_total_ram",
        "gpu_arch",
        "compute_cap",
        "cuda_max_good",
        "driver_version",
        "cpu_name",
        "cpu_cores_effective",
        "cpu_ram",
        "disk_space",
        "inet_up",
        "inet_down",
        "direct_port_count",
        "dph_base",
        "dph_total",
        "discounted_dph_total",
        "min_bid",
        "is_bid",
        "storage_cost",
        "dlperf",
        "dlperf_per_dphtotal",
        "score",
        "reliability",
        "reliability2",
        "verification",
        "rentable",
        "external",
        "has_avx",
        "geolocation",
        "duration",
        "total_flops",
        "disk_bw"
    };

    /** Each component's type, by index: P primitive long, L Long, I Integer, D Double, B Boolean, S String. */
    private static final String KINDS = "PLLLISLLSIDSSDLDDDIDDDDBDDDDDDSBBISDDD";

    private static final JsonReader.Options OPTIONS = JsonReader.Options.of(NAMES);

    private final Moshi moshi;
    private final JsonAdapter.Factory skipPast;
    private @Nullable JsonAdapter<OfferDto> writer;

    private OfferDtoAdapter(Moshi moshi, JsonAdapter.Factory skipPast) {
        this.moshi = moshi;
        this.skipPast = skipPast;
    }

    @Override
    public @Nullable OfferDto fromJson(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) {
            return reader.nextNull();
        }
        Object[] v = new Object[NAMES.length];
        long id = 0;
        boolean hasId = false;
        reader.beginObject();
        while (reader.hasNext()) {
            int i = reader.selectName(OPTIONS);
            if (i < 0) {
                reader.skipName();
                reader.skipValue();
            } else if (i == 0) {
                id = reader.nextLong();
                hasId = true;
            } else {
                v[i] = read(KINDS.charAt(i), reader);
            }
        }
        reader.endObject();
        if (!hasId) {
            throw new JsonDataException("Required value 'id' missing at " + reader.getPath());
        }
        return new OfferDto(
                id,
                (Long) v[1],
                (Long) v[2],
                (Long) v[3],
                (Integer) v[4],
                (String) v[5],
                (Long) v[6],
                (Long) v[7],
                (String) v[8],
                (Integer) v[9],
                (Double) v[10],
                (String) v[11],
                (String) v[12],
                (Double) v[13],
                (Long) v[14],
                (Double) v[15],
                (Double) v[16],
                (Double) v[17],
                (Integer) v[18],
                (Double) v[19],
                (Double) v[20],
                (Double) v[21],
                (Double) v[22],
                (Boolean) v[23],
                (Double) v[24],
                (Double) v[25],
                (Double) v[26],
                (Double) v[27],
                (Double) v[28],
                (Double) v[29],
                (String) v[30],
                (Boolean) v[31],
                (Boolean) v[32],
                (Integer) v[33],
                (String) v[34],
                (Double) v[35],
                (Double) v[36],
                (Double) v[37]);
    }

    private static @Nullable Object read(char kind, JsonReader reader) throws IOException {
        return switch (kind) {
            case 'L' -> LenientAdapters.LONG.fromJson(reader);
            case 'I' -> LenientAdapters.INTEGER.fromJson(reader);
            case 'D' -> LenientAdapters.DOUBLE.fromJson(reader);
            case 'B' -> LenientAdapters.BOOLEAN.fromJson(reader);
            default -> reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : reader.nextString();
        };
    }

    @Override
    public void toJson(JsonWriter out, @Nullable OfferDto value) throws IOException {
        JsonAdapter<OfferDto> w = writer;
        if (w == null) {
            w = moshi.nextAdapter(skipPast, OfferDto.class, Set.of());
            writer = w;
        }
        w.toJson(out, value);
    }

    @Override
    public String toString() {
        return "OfferDtoAdapter";
    }
}
