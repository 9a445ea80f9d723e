package cn.unionsw.platform.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One weight of the CJK font inside one document: which characters it can show, how wide they are, and where a
 * line of Chinese text breaks. Chinese has no spaces between words, so a line breaks after any character that
 * still fits, except that a run of Latin letters and digits (a credit code, an amount, a date) moves whole to the
 * next line when it can, closing punctuation (，。）…) never starts a line and opening punctuation (（《“) never ends
 * one (the usual 避头尾 rules).
 */
final class Face {

  /** Printed instead of a character the font has no glyph for. */
  static final int MISSING = '□';
  private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’…—%,.;:?!)]}";
  private static final String NO_LINE_END = "（《「『【〔“‘([{";

  final PDType0Font font;
  private final CmapLookup cmap;
  private final int missing;
  private final Map<Integer, Float> widths = new HashMap<>();
  /** The characters printed as □, for the warning of {@link Pdf#toBytes}. */
  final Set<Integer> substituted = new TreeSet<>();

  Face(PDDocument document, CjkFont weight) {
    this.font = weight.loadInto(document);
    this.cmap = font.getCmapLookup();
    this.missing = has(MISSING) ? MISSING : '?';
  }

  /**
   * The text as this font can show it: tabs and other control characters become spaces, line breaks stay, and a
   * character without a glyph (an emoji, a character of a newer Unicode extension) becomes □, so that a rare name
   * never stops a document from printing.
   */
  String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.replace("\r\n", "\n").codePoints().forEach(c -> {
      if (c == '\n') {
        out.append('\n');
      } else if (Character.isISOControl(c) || Character.isWhitespace(c) && c != '\u3000') {
        out.append(' ');
      } else if (Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.NON_SPACING_MARK && !has(c)) {
        // zero-width joiners, variation selectors and the like have nothing to print
      } else if (has(c)) {
        out.appendCodePoint(c);
      } else {
        substituted.add(c);
        out.appendCodePoint(missing);
      }
    });
    return out.toString();
  }

  boolean has(int codePoint) {
    return cmap.getGlyphId(codePoint) > 0;
  }

  /** Width in points of printable text at {@code size}. */
  float width(String printable, float size) {
    return (float) printable.codePoints().mapToDouble(c -> advance(c)).sum() * size / 1000f;
  }

  /** Printable text broken into lines no wider than {@code width} points; an empty text is one empty line. */
  List<String> wrap(String printable, float size, float width) {
    List<String> lines = new ArrayList<>();
    float limit = width * 1000f / size;
    for (String paragraph : printable.split("\n", -1)) {
      int[] chars = paragraph.codePoints().toArray();
      int start = 0;
      do {
        float used = 0;
        int end = start;
        while (end < chars.length && used + advance(chars[end]) <= limit) {
          used += advance(chars[end++]);
        }
        if (end < chars.length) {
          end = breakBefore(chars, start, Math.max(end, start + 1));
        }
        lines.add(new String(chars, start, end - start).stripTrailing());
        start = end;
        while (start < chars.length && chars[start] == ' ') {
          start++;
        }
      } while (start < chars.length);
    }
    return lines;
  }

  /** Where a full line from {@code start} breaks, given that {@code end} would no longer fit. */
  private static int breakBefore(int[] chars, int start, int end) {
    int at = end;
    if (word(chars[at]) && word(chars[at - 1])) {
      int wordStart = at;
      while (wordStart > start && word(chars[wordStart - 1])) {
        wordStart--;
      }
      if (wordStart > start) {
        at = wordStart;
      }
    } else if (NO_LINE_START.indexOf(chars[at]) >= 0 && at - 1 > start) {
      at--;
    }
    while (at - 1 > start && NO_LINE_END.indexOf(chars[at - 1]) >= 0) { // （《 go down together
      at--;
    }
    return at;
  }

  private static boolean word(int c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '-' || c == '/');
  }

  private float advance(int codePoint) {
    return widths.computeIfAbsent(codePoint, c -> {
      try {
        return font.getStringWidth(new String(Character.toChars(c)));
      } catch (IOException | IllegalArgumentException e) {
        throw new UncheckedIOException(new IOException("字符 U+" + Integer.toHexString(c) + " 无法测量", e));
      }
    });
  }
}
