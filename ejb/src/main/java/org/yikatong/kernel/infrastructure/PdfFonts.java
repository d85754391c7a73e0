package org.yikatong.kernel.infrastructure;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The fonts of every printable (OpenPDF): Chinese in Adobe's STSong-Light with the UniGB-UCS2-H
 * encoding, whose metrics and CMaps OpenPDF carries in its own jar (the font is not embedded: every
 * PDF reader supplies it), so the server needs no font file and no network; Latin letters and
 * digits in Helvetica, so that numbers stay searchable and extractable as plain text.
 */
public final class PdfFonts {

  public final FontSelector title = selector(16, Font.BOLD);
  public final FontSelector heading = selector(12, Font.BOLD);
  public final FontSelector bold = selector(10, Font.BOLD);
  public final FontSelector body = selector(10, Font.NORMAL);
  public final FontSelector small = selector(8, Font.NORMAL);

  /** A font selector of one size and style: Helvetica first, STSong-Light for what it lacks. */
  public static FontSelector selector(float size, int style) {
    try {
      BaseFont latin = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
      BaseFont chinese = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", false);
      FontSelector selector = new FontSelector();
      selector.addFont(new Font(latin, size, style));
      selector.addFont(new Font(chinese, size, style));
      return selector;
    } catch (DocumentException e) {
      throw new IllegalStateException("OpenPDF's CJK font STSong-Light is missing", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
