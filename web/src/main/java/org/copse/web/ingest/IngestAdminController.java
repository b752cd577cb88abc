package org.copse.web.ingest;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import org.copse.index.Directory;
import org.copse.ingest.job.IngestOptions;
import org.copse.ingest.job.IngestReport;
import org.copse.ingest.job.IngestRequest;
import org.copse.ingest.job.IngestStatus;
import org.copse.ingest.job.SourceCatalog;
import org.copse.web.charts.Chart;
import org.copse.web.charts.Series;
import org.copse.web.charts.TimeSeriesChart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/ingest} (ADMIN only, see SecurityConfiguration): runs in progress, reports of recent
 * runs with skipped items and reasons, and a form (CSRF-protected) to ingest a path on the server.
 * The page refreshes itself while a run is in progress.
 */
@Controller
class IngestAdminController {
  private final IngestRuns runs;
  private final IngestStatus status;
  private final SourceCatalog catalog;
  private final Directory directory;

  IngestAdminController(IngestRuns runs, IngestStatus status, SourceCatalog catalog, Directory directory) {
    this.runs = runs;
    this.status = status;
    this.catalog = catalog;
    this.directory = directory;
  }

  @GetMapping("/admin/ingest")
  String page(Model model) {
    model.addAttribute("running", status.running());
    List<IngestReport> reports = status.recent();
    model.addAttribute("reports", reports);
    model.addAttribute("runsChart", runsChart(reports));
    model.addAttribute("notStarted", runs.notStarted());
    model.addAttribute("types", catalog.types());
    model.addAttribute("communities", directory.communities());
    return "admin-ingest";
  }

  @PostMapping("/admin/ingest")
  String start(@RequestParam String type, @RequestParam String path, @RequestParam String community,
      @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
    String problem = problem(type, path, community);
    if (problem != null) {
      redirect.addFlashAttribute("error", problem);
      return "redirect:/admin/ingest";
    }
    IngestRequest request = IngestRequest.of(type, Path.of(path), community);
    runs.start(name.isBlank() ? request : request.withOption(IngestOptions.NAME, name.strip()));
    redirect.addFlashAttribute("started", type + " " + path);
    return "redirect:/admin/ingest";
  }

  /** Documents indexed, skipped and failed per run, oldest run first (the status keeps them newest first). */
  static Chart runsChart(List<IngestReport> newestFirst) {
    List<IngestReport> runs = new ArrayList<>(newestFirst);
    Collections.reverse(runs);
    List<String> labels = runs.stream().map(r -> "Run " + r.runId()).toList();
    List<Series> series = List.of(
        Series.of("Indexed", runs.stream().mapToLong(IngestReport::indexed).toArray()),
        Series.of("Skipped", runs.stream().mapToLong(r -> r.skippedItems().size()).toArray()),
        Series.of("Failed", runs.stream().mapToLong(r -> r.failedItems().size()).toArray()));
    String description = runs.isEmpty() ? "No runs since the application started."
        : "Documents indexed, skipped and failed in each of the " + runs.size()
            + " latest runs since the application started, oldest first.";
    return new TimeSeriesChart("ingest-runs", "Ingest runs over time", description, "Run", "Documents", labels,
        series).render();
  }

  private @org.jspecify.annotations.Nullable String problem(String type, String path, String community) {
    if (!catalog.types().contains(type)) {
      return "Unknown source type '" + type + "'.";
    }
    if (directory.community(community).isEmpty()) {
      return "There is no community '" + community + "'.";
    }
    try {
      if (path.isBlank() || !Files.exists(Path.of(path))) {
        return "Nothing exists at '" + path + "' on the server.";
      }
    } catch (InvalidPathException e) {
      return "'" + path + "' is not a path: " + e.getReason();
    }
    return null;
  }
}
