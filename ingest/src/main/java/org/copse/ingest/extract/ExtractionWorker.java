package org.copse.ingest.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The worker JVM's main class: reads paths from standard input and writes one result for each to
 * standard output, until its input closes. Standard output is reserved for results, so everything
 * else that would print there (parsers, logging) is sent to standard error.
 *
 * <p>Arguments: max text characters, max embedded documents, max embedded depth.
 */
public final class ExtractionWorker {

  private ExtractionWorker() {}

  public static void main(String[] args) throws IOException {
    var results = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    var requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
    var extraction = new TikaExtraction(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
        Integer.parseInt(args[2]));
    WorkerProtocol.writeReady(results);
    Path file;
    while ((file = WorkerProtocol.readRequest(requests)) != null) {
      WorkerProtocol.writeResult(results, extraction.extract(file));
    }
  }
}
