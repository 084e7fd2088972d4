package dev.entente.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: into a temporary file in the target's directory, which is
 * forced to the disk and then moved over the target in one atomic rename. Whatever happens
 * meanwhile (a failed write, a full disk, the process killed), the target is the old file or the
 * complete new one, never part of one. A failed write deletes the temporary file; a killed
 * process leaves it, hidden, as {@code .NAME.RANDOM.tmp} next to the target.
 */
final class AtomicFile {

  /** What writes the content. */
  interface Content {
    /** Writes the whole content to {@code out}, which the caller closes. */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /**
   * Replaces (or creates) {@code target} with what {@code content} writes, or leaves it as it
   * was if writing fails.
   *
   * @throws IOException if the temporary file cannot be made, written or moved, or {@code
   *     content} throws one
   */
  static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = create(absolute);
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        content.writeTo(out);
        out.flush();
        // On the disk before the rename, so that a crash cannot leave a renamed empty file.
        channel.force(true);
      }
      keepPermissions(absolute, temporary);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      syncDirectory(absolute.getParent());
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * Forces the directory's entries to the disk, so that the rename outlives a crash of the
   * system, not only of the process. Where a directory cannot be opened as a file (Windows), the
   * rename is as durable as the file system makes it anyway.
   */
  private static void syncDirectory(Path directory) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(directory, StandardOpenOption.READ);
    } catch (IOException | UnsupportedOperationException e) {
      return;
    }
    try (channel) {
      channel.force(true);
    }
  }

  /** A new empty file next to the target, with the permissions a new file gets there. */
  private static Path create(Path target) throws IOException {
    Path directory = target.getParent();
    String name = "." + target.getFileName() + ".";
    while (true) {
      Path temporary = directory.resolve(
          name + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
      try {
        return Files.createFile(temporary);
      } catch (FileAlreadyExistsException e) {
        // Another name.
      }
    }
  }

  /** The target's permissions, when it exists and has POSIX ones, on the file replacing it. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (from != null && Files.exists(target)) {
      Files.setPosixFilePermissions(temporary, from.readAttributes().permissions());
    }
  }
}
