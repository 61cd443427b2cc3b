package dev.vastlaunch.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import dev.vastlaunch.testing.Gen;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written offer and reply readers read every answer exactly as Moshi's reflective record adapters do. */
class OfferDtoAdapterTest {
    private static final JsonAdapter<OffersReply> BY_HAND = Dtos.moshi().adapter(OffersReply.class);
    private static final JsonAdapter<OffersReply> REFLECTIVE =
            new Moshi.Builder().add(new LenientAdapters()).build().adapter(OffersReply.class);
    /** Values every numeric, flag or text field takes, leniently; none is refused by both readers for every type. */
    private static final List<String> GOOD = List.of(
            "1", "-7", "0.5", "-0.0", "1e3", "1.5e-3", "\"12\"", "\"\"", "\" 3 \"", "\"1e3\"", "\"-0\"", "null", "0",
            "\"1\"", "\"0\"");
    /** Values some fields refuse. */
    private static final List<String> ODD = List.of(
            "9223372036854775807",
            "9223372036854775808",
            "2147483648",
            "\"abc\"",
            "\"NaN\"",
            "true",
            "false",
            "\"true\"",
            "{}",
            "[]",
            "[1]",
            "{\"a\": 1}",
            "\"RTX 4090\"");

    @Test
    void theNamesAreTheRecordsWireNamesInOrder() throws IOException {
        // Every component set to its position: read back by hand, each lands where the reflective adapter puts it.
        RecordComponent[] components = OfferDto.class.getRecordComponents();
        StringBuilder json = new StringBuilder("{\"offers\": [{");
        List<String> names = wireNames();
        for (int i = 0; i < names.size(); i++) {
            Class<?> t = components[i].getType();
            String value = t == String.class
                    ? "\"s" + i + "\""
                    : t == Boolean.class ? (i % 2 == 0 ? "true" : "false") : "" + i;
            json.append(i == 0 ? "" : ", ")
                    .append('"')
                    .append(names.get(i))
                    .append("\": ")
                    .append(value);
        }
        String text = json.append("}]}").toString();
        assertThat(Dtos.moshi().adapter(OfferDto.class)).hasToString("OfferDtoAdapter");
        assertThat(Dtos.moshi().adapter(OffersReply.class)).hasToString("OffersReplyAdapter");
        OfferDto dto = first(BY_HAND, text);
        assertThat(dto).isEqualTo(first(REFLECTIVE, text));
        assertThat(dto.dphTotal()).isEqualTo(20.0);
        assertThat(dto.diskBw()).isEqualTo(37.0);
    }

    @Test
    void generatedAnswersAreReadOrRefusedTheSameWay() {
        List<String> names = wireNames();
        Gen.forAll(0x0FFE_0001L, 4_000, g -> answer(g, names), json -> {
            String expected = outcome(REFLECTIVE, json);
            assertThat(outcome(BY_HAND, json)).isEqualTo(expected);
        });
    }

    private static String answer(Gen g, List<String> names) {
        List<String> offers = g.list(3, () -> {
            if (g.oneIn(15)) {
                return g.pick("null", "5", "[]");
            }
            List<String> fields = g.list(12, () -> {
                String name = g.oneIn(6) ? g.pick("x", "gpu", "ID", "offers") : g.pick(names);
                return "\"" + name + "\": " + (g.oneIn(12) ? g.pick(ODD) : g.pick(GOOD));
            });
            if (!g.oneIn(5)) {
                fields = new java.util.ArrayList<>(fields);
                fields.add(g.between(0, fields.size()), "\"id\": " + g.pick("1", "42", "\"7\""));
            }
            return "{" + String.join(", ", fields) + "}";
        });
        // The reply's own fields too (OffersReplyAdapter): any order, odd values, unknown names, repeats, or no object.
        List<String> top = new java.util.ArrayList<>(g.list(
                3,
                () -> "\""
                        + g.pick("success", "error", "msg", "x", "offers", "success")
                        + "\": "
                        + (g.oneIn(3) ? g.pick(ODD) : g.pick(GOOD))));
        top.add(g.between(0, top.size()), "\"offers\": [" + String.join(", ", offers) + "]");
        return g.oneIn(40) ? g.pick("null", "[]", "\"x\"", "{}") : "{" + String.join(", ", top) + "}";
    }

    private static OfferDto first(JsonAdapter<OffersReply> adapter, String json) throws IOException {
        OffersReply reply = java.util.Objects.requireNonNull(adapter.fromJson(json));
        return java.util.Objects.requireNonNull(reply.offers()).get(0);
    }

    private static String outcome(JsonAdapter<OffersReply> adapter, String json) {
        try {
            return String.valueOf(adapter.fromJson(json));
        } catch (IOException | JsonDataException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static List<String> wireNames() {
        return Arrays.stream(OfferDto.class.getRecordComponents())
                .map(c -> {
                    com.squareup.moshi.Json json = c.getAccessor().getAnnotation(com.squareup.moshi.Json.class);
                    if (json == null) {
                        try {
                            json = OfferDto.class
                                    .getDeclaredField(c.getName())
                                    .getAnnotation(com.squareup.moshi.Json.class);
                        } catch (NoSuchFieldException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    return json == null ? c.getName() : json.name();
                })
                .toList();
    }
}
