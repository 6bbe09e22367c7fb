package bcf.workbook.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The files of a folder or a zip, one at a time and in name order (a folder) or stored order (a
 * zip), each read whole into memory up to {@link #MAX_FILE_BYTES}. A zip is read as a stream with
 * its bounds counted as the bytes come, never trusting the sizes its entries declare: at most
 * {@link #MAX_FILES} files and {@link #MAX_TOTAL_BYTES} unpacked, and every name a plain relative
 * path (no {@code ..}, no leading {@code /} or drive). Hidden files and the folders a Mac adds
 * ({@code __MACOSX}) are skipped.
 */
public final class WorkbookSources {

  /** A workbook is tens of kilobytes; 20 MB is far beyond any a person fills in. */
  public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

  /** 151 HWBs, with room for a round's resubmissions. */
  public static final int MAX_FILES = 1000;

  public static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;

  /** A file: its name (in the folder or zip), and its bytes or why it was not read. */
  public record SourceFile(String name, byte[] bytes, String unreadable) {}

  private WorkbookSources() {}

  /**
   * Gives each file of the folder or zip to {@code each}.
   *
   * @throws UnusableSourceException when the path is neither a folder nor a usable zip
   */
  public static void forEach(Path path, Consumer<SourceFile> each) {
    if (Files.isDirectory(path)) {
      folder(path, each);
    } else if (Files.isRegularFile(path)) {
      try (InputStream in = Files.newInputStream(path)) {
        zip(path.getFileName().toString(), in, each);
      } catch (IOException e) {
        throw new UnusableSourceException(path + ": cannot be read (" + e.getMessage() + ")");
      }
    } else {
      throw new UnusableSourceException(path + ": no such folder or zip");
    }
  }

  private static void folder(Path dir, Consumer<SourceFile> each) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UnusableSourceException(dir + ": cannot be listed (" + e.getMessage() + ")");
    }
    if (files.size() > MAX_FILES) {
      throw new UnusableSourceException(
          dir + ": holds " + files.size() + " files; at most " + MAX_FILES + " are read at once");
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      try {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
          each.accept(new SourceFile(name, null, tooLarge()));
          continue;
        }
        each.accept(new SourceFile(name, Files.readAllBytes(file), null));
      } catch (IOException e) {
        each.accept(new SourceFile(name, null, "cannot be read (" + e.getMessage() + ")"));
      }
    }
  }

  /**
   * Gives each file of a zip read from {@code in} to {@code each}.
   *
   * @throws UnusableSourceException when it is not a zip or is unsafe to unpack
   */
  public static void zip(String zipName, InputStream in, Consumer<SourceFile> each) {
    int files = 0;
    long total = 0;
    boolean any = false;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        any = true;
        String name = entry.getName();
        if (!safe(name)) {
          throw new UnusableSourceException(
              zipName
                  + ": unsafe zip: the entry '"
                  + name
                  + "' would be written outside its folder");
        }
        if (entry.isDirectory() || skipped(name)) {
          continue;
        }
        if (++files > MAX_FILES) {
          throw new UnusableSourceException(
              zipName + ": unsafe zip: more than " + MAX_FILES + " files");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        boolean large = false;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          total += n;
          if (total > MAX_TOTAL_BYTES) {
            throw new UnusableSourceException(
                zipName + ": unsafe zip: more than 1 GB once unpacked");
          }
          if (!large && bytes.size() + n > MAX_FILE_BYTES) {
            large = true;
            bytes = null;
          }
          if (!large) {
            bytes.write(buffer, 0, n);
          }
        }
        each.accept(
            large
                ? new SourceFile(name, null, tooLarge())
                : new SourceFile(name, bytes.toByteArray(), null));
      }
    } catch (ZipException e) {
      throw new UnusableSourceException(zipName + ": not a usable zip (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new UnusableSourceException(zipName + ": cannot be read (" + e.getMessage() + ")");
    }
    if (!any) {
      throw new UnusableSourceException(zipName + ": not a zip, nor a folder");
    }
  }

  private static String tooLarge() {
    return "larger than " + (MAX_FILE_BYTES / 1024 / 1024) + " MB: not a planning workbook";
  }

  private static boolean safe(String name) {
    if (name.isEmpty()
        || name.startsWith("/")
        || name.startsWith("\\")
        || name.contains("\\")
        || name.contains("\0")
        || (name.length() > 1 && name.charAt(1) == ':')) {
      return false;
    }
    for (String part : name.split("/")) {
      if (part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static boolean skipped(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    return base.startsWith(".")
        || name.toLowerCase(Locale.ROOT).startsWith("__macosx/")
        || base.isEmpty();
  }
}
