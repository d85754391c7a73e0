package org.yikatong.finance.infrastructure;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.yikatong.finance.domain.statement.StatementRejected;

/**
 * The text of a statement file: its bytes decoded strictly (a byte that is not text in the file's
 * encoding refuses the file, naming its line, instead of becoming a replacement character), and the
 * lines of that text, numbered from 1 as an editor shows them. Immutable.
 */
final class StatementText {

  static final Charset GBK = Charset.forName("GBK");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String text;

  /** The offset in {@link #text} where each line starts; lineStarts[0] is line 1. */
  private final int[] lineStarts;

  private StatementText(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean breaks =
          c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (breaks && i + 1 < text.length()) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** Text already decoded (tests, and callers that decoded it themselves). */
  static StatementText of(String text) {
    return new StatementText(text);
  }

  /**
   * Decodes a file strictly in the given encoding, dropping a UTF-8 byte order mark when the
   * encoding is UTF-8.
   *
   * @throws StatementRejected naming the first line holding a byte sequence that is not text in
   *     that encoding
   */
  static StatementText decode(byte[] file, Charset charset, String what) {
    return new StatementText(
        tryDecode(file, charset)
            .orElseThrow(
                () ->
                    new StatementRejected(
                        firstBadLine(file, charset),
                        "the file is not "
                            + charset.name()
                            + " text, the encoding of "
                            + what
                            + " (a byte sequence here is no character in "
                            + charset.name()
                            + ")")));
  }

  /** The file decoded strictly, or empty when a byte sequence is no text in that encoding. */
  static Optional<String> tryDecode(byte[] file, Charset charset) {
    byte[] bytes = file;
    if (charset.equals(StandardCharsets.UTF_8) && startsWithUtf8Bom(file)) {
      bytes = Arrays.copyOfRange(file, UTF8_BOM.length, file.length);
    }
    try {
      return Optional.of(strictDecoder(charset).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  static boolean startsWithUtf8Bom(byte[] file) {
    return file.length >= UTF8_BOM.length
        && file[0] == UTF8_BOM[0]
        && file[1] == UTF8_BOM[1]
        && file[2] == UTF8_BOM[2];
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The line (1-based) of the first byte sequence that does not decode. */
  private static int firstBadLine(byte[] file, Charset charset) {
    CharsetDecoder decoder = strictDecoder(charset);
    ByteBuffer in = ByteBuffer.wrap(file);
    CharBuffer out = CharBuffer.allocate(Math.max(16, file.length * 2));
    decoder.decode(in, out, true);
    int failedAt = in.position();
    int line = 1;
    for (int i = 0; i < failedAt && i < file.length; i++) {
      if (file[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  String text() {
    return text;
  }

  /** How many lines the text has (a last line without a line break counts). */
  int lineCount() {
    return lineStarts.length;
  }

  /** The line (1-based) holding the character at {@code offset}. */
  int lineAt(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** A line's text without its line break; lines are numbered from 1. */
  String line(int lineNo) {
    int start = lineStarts[lineNo - 1];
    int end = lineNo < lineStarts.length ? lineStarts[lineNo] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }
}
