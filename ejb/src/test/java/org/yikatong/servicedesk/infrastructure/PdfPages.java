package org.yikatong.servicedesk.infrastructure;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads printables back for tests. Chinese is set in the non-embedded STSong-Light, which has no
 * ToUnicode map for text extraction, so Chinese is looked for in the page content as the font's
 * UCS-2 codes.
 */
final class PdfPages {

  private PdfPages() {}

  /** Every page's content stream, one after the other. */
  static byte[] content(PdfReader reader) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      all.writeBytes(reader.getPageContent(page));
    }
    return all.toByteArray();
  }

  /** Whether the content holds the Chinese text (in STSong-Light's codes). */
  static boolean hasChinese(byte[] content, String text) {
    return contains(content, ucs2(text));
  }

  /** Whether the content holds the Latin text. */
  static boolean hasLatin(byte[] content, String text) {
    return contains(content, text.getBytes(StandardCharsets.ISO_8859_1));
  }

  static Set<String> fonts(PdfReader reader, int page) {
    PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
    PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
    Set<String> names = new HashSet<>();
    for (PdfName key : fonts.getKeys()) {
      String name = PdfName.decodeName(fonts.getAsDict(key).getAsName(PdfName.BASEFONT).toString());
      names.add(name.startsWith("/") ? name.substring(1) : name);
    }
    return names;
  }

  /** The text as STSong-Light's UniGB-UCS2-H codes, escaped as in a PDF literal string. */
  static byte[] ucs2(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
      switch (b) {
        case '\r' -> out.writeBytes(new byte[] {'\\', 'r'});
        case '\n' -> out.writeBytes(new byte[] {'\\', 'n'});
        case '\t' -> out.writeBytes(new byte[] {'\\', 't'});
        case '\b' -> out.writeBytes(new byte[] {'\\', 'b'});
        case '\f' -> out.writeBytes(new byte[] {'\\', 'f'});
        case '(', ')', '\\' -> out.writeBytes(new byte[] {'\\', b});
        default -> out.write(b);
      }
    }
    return out.toByteArray();
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
