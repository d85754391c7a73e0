package org.yikatong.finance.infrastructure;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yikatong.finance.domain.backup.ExportedEntry;
import org.yikatong.finance.domain.backup.ExportedPosting;

/**
 * The JSON Lines format of the journal's export: one entry per line, a JSON object without line
 * breaks, fields in this order:
 *
 * <pre>
 * {"id":1201,"businessKey":"PAY:T0000001:8K2M","kind":"PAYMENT","businessDate":"2026-11-22",
 *  "postedAt":"2026-11-22T04:05:06.123456Z","amountFen":1250,"description":"...",
 *  "correctsId":null,"followUp":null,"postedBy":"gateway",
 *  "postings":[{"accountNo":"P20260001","amountFen":-1250,"balanceAfterFen":8750},
 *              {"accountNo":"MM0001-T0","amountFen":1250,"balanceAfterFen":null}]}
 * </pre>
 *
 * Business days are ISO dates (Asia/Shanghai), instants ISO-8601 in UTC, amounts integer fen as the
 * ledger keeps them (a positive posting raises its account's balance). A reader accepts any order
 * of the fields and refuses a line that lacks one or has one of the wrong type.
 */
public final class JournalLines {

  private static final JsonProvider JSON = JsonProvider.provider();

  private JournalLines() {}

  /** The line of an entry, without its line end. */
  public static String write(ExportedEntry e) {
    JsonArrayBuilder postings = JSON.createArrayBuilder();
    for (ExportedPosting p : e.postings()) {
      JsonObjectBuilder posting =
          JSON.createObjectBuilder()
              .add("accountNo", p.accountNo())
              .add("amountFen", p.amountFen());
      if (p.balanceAfterFen() == null) {
        posting.addNull("balanceAfterFen");
      } else {
        posting.add("balanceAfterFen", p.balanceAfterFen());
      }
      postings.add(posting);
    }
    JsonObjectBuilder line =
        JSON.createObjectBuilder()
            .add("id", e.id())
            .add("businessKey", e.businessKey())
            .add("kind", e.kind())
            .add("businessDate", e.businessDate().toString())
            .add("postedAt", e.postedAt().toString())
            .add("amountFen", e.amountFen())
            .add("description", e.description());
    if (e.correctsId() == null) {
      line.addNull("correctsId");
    } else {
      line.add("correctsId", e.correctsId());
    }
    if (e.followUp() == null) {
      line.addNull("followUp");
    } else {
      line.add("followUp", e.followUp());
    }
    line.add("postedBy", e.postedBy()).add("postings", postings);
    StringWriter out = new StringWriter();
    try (JsonWriter writer = JSON.createWriter(out)) {
      writer.writeObject(line.build());
    }
    return out.toString();
  }

  /**
   * Reads a line.
   *
   * @throws IllegalArgumentException naming what is wrong, when the line is no entry
   */
  public static ExportedEntry read(String line) {
    JsonObject o;
    try (JsonReader reader = JSON.createReader(new StringReader(line))) {
      o = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
    }
    try {
      List<ExportedPosting> postings = new ArrayList<>();
      JsonArray array = field(o, "postings", JsonArray.class);
      for (int i = 0; i < array.size(); i++) {
        if (!(array.get(i) instanceof JsonObject p)) {
          throw new IllegalArgumentException("postings[" + i + "] is not an object");
        }
        postings.add(
            new ExportedPosting(
                text(p, "accountNo"),
                number(p, "amountFen"),
                optionalNumber(p, "balanceAfterFen")));
      }
      return new ExportedEntry(
          number(o, "id"),
          text(o, "businessKey"),
          text(o, "kind"),
          LocalDate.parse(text(o, "businessDate")),
          Instant.parse(text(o, "postedAt")),
          number(o, "amountFen"),
          text(o, "description"),
          optionalNumber(o, "correctsId"),
          optionalText(o, "followUp"),
          text(o, "postedBy"),
          postings);
    } catch (DateTimeException | ArithmeticException | NullPointerException e) {
      throw new IllegalArgumentException("not a journal entry: " + e.getMessage(), e);
    }
  }

  private static <T extends JsonValue> T field(JsonObject o, String name, Class<T> type) {
    JsonValue v = o.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no " + name);
    }
    if (!type.isInstance(v)) {
      throw new IllegalArgumentException(name + " is not a " + type.getSimpleName());
    }
    return type.cast(v);
  }

  private static String text(JsonObject o, String name) {
    return field(o, name, JsonString.class).getString();
  }

  private static String optionalText(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : text(o, name);
  }

  private static long number(JsonObject o, String name) {
    return field(o, name, JsonNumber.class).longValueExact();
  }

  private static Long optionalNumber(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : number(o, name);
  }
}
