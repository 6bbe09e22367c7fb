package bcf.sheets;

import bcf.kernel.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks at a spreadsheet file before anything parses it, and refuses it with the reason when it is
 * larger than {@link Limits#SPREADSHEET_BYTES}; not a zip at all (a CSV or text file renamed {@code
 * .xlsx}, an old {@code .xls}); a zip without a workbook in it; a zip bomb (parts unpacking past
 * {@link Limits#SPREADSHEET_UNZIPPED_BYTES} in all, or more than {@link
 * Limits#SPREADSHEET_UNZIP_RATIO} times their packed size, counted while unzipping so that the work
 * stops there); a part with a DTD or entity declaration (entity expansion, external entities), or
 * not in UTF-8; and a macro-enabled workbook. It reads the zip's central directory with the zip
 * reader fastexcel opens workbooks with (Commons Compress), so both see the same parts, and a
 * workbook held in memory ({@link #check(String, byte[])}) is checked without being written out.
 */
public final class SpreadsheetGuard {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final int BUFFER = 64 * 1024;
  private static final long RATIO_AFTER = 1024 * 1024;
  private static final int CONTENT_TYPES_BYTES = 1024 * 1024;
  private static final int TAIL = 16;
  private static final byte[] DOCTYPE = "DOCTYPE".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENTITY = "ENTITY".getBytes(StandardCharsets.US_ASCII);

  private SpreadsheetGuard() {}

  /**
   * Checks the file as above.
   *
   * @throws UnusableSpreadsheetException saying why it is refused
   */
  public static void check(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    long size;
    byte[] start = new byte[8];
    int read;
    try {
      if (!Files.isRegularFile(file)) {
        throw new UnusableSpreadsheetException(name + " is not a file");
      }
      size = Files.size(file);
      checkSize(name, size);
      try (InputStream in = Files.newInputStream(file)) {
        read = in.readNBytes(start, 0, start.length);
      }
    } catch (IOException e) {
      throw new UnusableSpreadsheetException(name + " cannot be read: " + e.getMessage(), e);
    }
    checkStart(name, start, read);
    try (ZipFile zip = ZipFile.builder().setFile(file.toFile()).get()) {
      checkParts(name, zip);
    } catch (ZipException e) {
      throw damaged(name, e);
    } catch (IOException e) {
      throw new UnusableSpreadsheetException(name + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Checks a spreadsheet held in memory (an upload, a file of a bulk ingest) as {@link
   * #check(Path)} checks a file, without writing it anywhere: the readers then open the same bytes.
   *
   * @param name what to call it in a refusal
   * @throws UnusableSpreadsheetException saying why it is refused
   */
  public static void check(String name, byte[] bytes) {
    checkSize(name, bytes.length);
    checkStart(name, bytes, Math.min(bytes.length, 8));
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      checkParts(name, zip);
    } catch (ZipException e) {
      throw damaged(name, e);
    } catch (IOException e) {
      throw new UnusableSpreadsheetException(name + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static void checkSize(String name, long size) {
    if (size > Limits.SPREADSHEET_BYTES) {
      throw new UnusableSpreadsheetException(
          name
              + " is "
              + Limits.mebibytes(size)
              + ": bcf reads spreadsheets up to "
              + Limits.mebibytes(Limits.SPREADSHEET_BYTES));
    }
  }

  private static void checkStart(String name, byte[] start, int read) {
    if (read < 4 || !startsWith(start, ZIP)) {
      throw new UnusableSpreadsheetException(
          name + " is not an Excel workbook (.xlsx): " + what(start, read));
    }
  }

  private static UnusableSpreadsheetException damaged(String name, ZipException e) {
    return new UnusableSpreadsheetException(
        name + " is not a readable workbook: its zip is damaged (" + e.getMessage() + ")", e);
  }

  private static String what(byte[] start, int read) {
    if (read >= 4 && startsWith(start, OLE2)) {
      return "it is an Excel 97-2003 workbook (.xls) or an encrypted one; save it as an"
          + " unprotected .xlsx workbook";
    }
    if (read == 0) {
      return "it is empty";
    }
    boolean text = true;
    for (int i = 0; i < read; i++) {
      int b = start[i] & 0xFF;
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        text = false;
      }
    }
    return text
        ? "it is text (a CSV file renamed .xlsx?); save it from the spreadsheet as .xlsx"
        : "it is not a zip archive, as every .xlsx workbook is";
  }

  private static void checkParts(String name, ZipFile zip) throws IOException {
    List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
    if (all.size() > Limits.SPREADSHEET_PARTS) {
      throw new UnusableSpreadsheetException(
          name
              + " has "
              + all.size()
              + " parts; bcf reads workbooks of up to "
              + Limits.SPREADSHEET_PARTS);
    }
    long total = 0;
    String contentTypes = null;
    boolean workbookPart = false;
    byte[] buffer = new byte[BUFFER];
    for (ZipArchiveEntry entry : all) {
      String part = entry.getName();
      String lower = part.toLowerCase(Locale.ROOT);
      if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
        throw macros(name);
      }
      if (lower.equals("xl/workbook.xml") || lower.equals("xl/workbook.bin")) {
        workbookPart = true;
      }
      if (entry.isDirectory()) {
        continue;
      }
      boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
      boolean keep = lower.equals("[content_types].xml");
      boolean shared = lower.equals("xl/sharedstrings.xml");
      java.io.ByteArrayOutputStream kept = keep ? new java.io.ByteArrayOutputStream() : null;
      long unpacked = 0;
      long packed = Math.max(entry.getCompressedSize(), 1);
      // The last bytes of the previous buffer, so that a declaration split between two reads is
      // still seen.
      byte[] tail = new byte[TAIL];
      int tailLength = 0;
      boolean first = true;
      try (InputStream in = zip.getInputStream(entry)) {
        int n;
        // Each read fills the buffer but at the part's end, whatever sizes the zip's inflater
        // gives: fewer, larger reads, and a declaration split between two reads only at a
        // buffer's edge, where the tail is kept for it.
        while ((n = in.readNBytes(buffer, 0, BUFFER)) > 0) {
          unpacked += n;
          total += n;
          if (total > Limits.SPREADSHEET_UNZIPPED_BYTES) {
            throw new UnusableSpreadsheetException(
                name
                    + " unpacks to more than "
                    + Limits.mebibytes(Limits.SPREADSHEET_UNZIPPED_BYTES)
                    + " (a zip bomb?); bcf stopped reading it at part "
                    + part);
          }
          if (shared && unpacked > Limits.SHARED_STRINGS_BYTES) {
            throw new UnusableSpreadsheetException(
                name
                    + ": its shared strings (the text of its cells) unpack to more than "
                    + Limits.mebibytes(Limits.SHARED_STRINGS_BYTES)
                    + ", the most bcf holds while reading a workbook");
          }
          if (unpacked > RATIO_AFTER && unpacked > packed * Limits.SPREADSHEET_UNZIP_RATIO) {
            throw new UnusableSpreadsheetException(
                name
                    + ": its part "
                    + part
                    + " unpacks to more than "
                    + Limits.SPREADSHEET_UNZIP_RATIO
                    + " times its packed size of "
                    + packed
                    + " bytes (a zip bomb?); bcf stopped reading it");
          }
          if (xml) {
            if (first) {
              checkEncoding(name, part, buffer, n);
              first = false;
            }
            if (declares(tail, tailLength, buffer, n)) {
              throw new UnusableSpreadsheetException(
                  name
                      + ": its part "
                      + part
                      + " declares a DTD or entities, which a workbook never needs (they can"
                      + " expand to gigabytes or read other files); bcf does not read it");
            }
            // Only a full read is followed by another: its last bytes are the next one's tail.
            tailLength = Math.min(n, TAIL);
            System.arraycopy(buffer, n - tailLength, tail, 0, tailLength);
          }
          if (kept != null && kept.size() < CONTENT_TYPES_BYTES) {
            kept.write(buffer, 0, n);
          }
        }
      }
      if (kept != null) {
        contentTypes = kept.toString(StandardCharsets.UTF_8);
      }
    }
    if (contentTypes == null) {
      throw new UnusableSpreadsheetException(
          name + " is a zip file but not a workbook: it has no [Content_Types].xml part");
    }
    String types = contentTypes.toLowerCase(Locale.ROOT);
    if (types.contains("macroenabled") || types.contains("vbaproject")) {
      throw macros(name);
    }
    if (!types.contains("spreadsheetml.sheet.main+xml") || !workbookPart) {
      throw new UnusableSpreadsheetException(
          name
              + " is not an Excel workbook: it has no workbook part"
              + (types.contains("wordprocessingml")
                  ? " (it is a Word document)"
                  : types.contains("presentationml") ? " (it is a PowerPoint presentation)" : ""));
    }
  }

  /**
   * Whether the bytes (the tail of the previous read, then this read) hold {@code <!DOCTYPE} or
   * {@code <!ENTITY}, in any case. Scanned as bytes, without making a string of each read: the
   * guard reads every part of every workbook, so this loop is on the path of every import.
   */
  static boolean declares(byte[] tail, int tailLength, byte[] buffer, int n) {
    // A declaration that begins in the tail ends within TAIL bytes of it: looked for in the tail
    // and the start of this read, one byte at a time.
    int boundary = tailLength + Math.min(n, TAIL);
    for (int i = 0; i < tailLength && i + 1 < boundary; i++) {
      if (at(tail, tailLength, buffer, i) == '<' && at(tail, tailLength, buffer, i + 1) == '!') {
        if (matches(tail, tailLength, buffer, boundary, i + 2, DOCTYPE)
            || matches(tail, tailLength, buffer, boundary, i + 2, ENTITY)) {
          return true;
        }
      }
    }
    // One that begins in this read: looked for in the buffer alone, the loop every byte of every
    // part goes through.
    for (int i = 0; i + 1 < n; i++) {
      if (buffer[i] == '<'
          && buffer[i + 1] == '!'
          && (matches(buffer, n, i + 2, DOCTYPE) || matches(buffer, n, i + 2, ENTITY))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the upper-case ASCII word stands at {@code from} in the buffer, in any case. */
  private static boolean matches(byte[] buffer, int n, int from, byte[] word) {
    if (from + word.length > n) {
      return false;
    }
    for (int k = 0; k < word.length; k++) {
      int b = buffer[from + k];
      if (b >= 'a' && b <= 'z') {
        b -= 'a' - 'A';
      }
      if (b != word[k]) {
        return false;
      }
    }
    return true;
  }

  private static byte at(byte[] tail, int tailLength, byte[] buffer, int i) {
    return i < tailLength ? tail[i] : buffer[i - tailLength];
  }

  /** Whether the upper-case ASCII word stands at {@code from}, letters in any case. */
  private static boolean matches(
      byte[] tail, int tailLength, byte[] buffer, int length, int from, byte[] word) {
    if (from + word.length > length) {
      return false;
    }
    for (int k = 0; k < word.length; k++) {
      int b = at(tail, tailLength, buffer, from + k);
      if (b >= 'a' && b <= 'z') {
        b -= 'a' - 'A';
      }
      if (b != word[k]) {
        return false;
      }
    }
    return true;
  }

  private static void checkEncoding(String name, String part, byte[] buffer, int n) {
    boolean utf16 =
        n >= 2
            && ((buffer[0] == (byte) 0xFE && buffer[1] == (byte) 0xFF)
                || (buffer[0] == (byte) 0xFF && buffer[1] == (byte) 0xFE)
                || buffer[0] == 0
                || buffer[1] == 0);
    if (utf16) {
      throw new UnusableSpreadsheetException(
          name + ": its part " + part + " is not in UTF-8, which bcf reads workbooks in");
    }
  }

  private static UnusableSpreadsheetException macros(String name) {
    return new UnusableSpreadsheetException(
        name
            + " is a macro-enabled workbook: bcf does not read workbooks with macros; save it as"
            + " an .xlsx workbook without them");
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
