package org.copse.ingest.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A worker JVM that misbehaves on request, the way a parser does on a hostile file: for a file
 * named {@code *exhaust-memory*} it allocates until the heap is gone, for {@code *hang*} it never
 * answers, for {@code *crash*} it halts; other files are extracted as the real worker does.
 */
public final class MisbehavingWorker {
  private MisbehavingWorker() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    var results = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
    var requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
    var extraction = new TikaExtraction(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
        Integer.parseInt(args[2]));
    WorkerProtocol.writeReady(results);
    Path file;
    List<long[]> hoard = new ArrayList<>();
    while ((file = WorkerProtocol.readRequest(requests)) != null) {
      String name = file.getFileName().toString();
      if (name.contains("exhaust-memory")) {
        while (true) {
          hoard.add(new long[1 << 20]);
        }
      } else if (name.contains("hang")) {
        Thread.sleep(Long.MAX_VALUE);
      } else if (name.contains("crash")) {
        Runtime.getRuntime().halt(7);
      }
      WorkerProtocol.writeResult(results, extraction.extract(file));
    }
  }
}
