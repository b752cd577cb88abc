package org.copse.web.admin;

import org.copse.index.ContributionStore;
import org.copse.index.Directory;
import org.copse.index.SearchIndex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin page: what the index and the store hold. Only ADMIN may open it (see SecurityConfiguration). */
@Controller
class AdminController {
  private final SearchIndex index;
  private final ContributionStore store;
  private final Directory directory;

  AdminController(SearchIndex index, ContributionStore store, Directory directory) {
    this.index = index;
    this.store = store;
    this.directory = directory;
  }

  @GetMapping("/admin")
  String admin(Model model) {
    model.addAttribute("index", index.stats());
    model.addAttribute("storedContributions", store.count());
    model.addAttribute("members", directory.memberCount());
    model.addAttribute("communities", directory.communities().size());
    return "admin";
  }
}
