package org.copse.ingest.source.blog;

import java.util.List;

/**
 * A WordPress export item (post, page, attachment, menu item…) with its comments, as read.
 *
 * @param creator the author's login ({@code dc:creator})
 * @param categories categories and tags, as their display names
 */
record WxrItem(String postId, String title, String link, String creator, String content, String postDateGmt,
    String postDate, String pubDate, String status, String postType, List<String> categories, List<Comment> comments) {

  /** A comment on an item. */
  record Comment(String id, String author, String authorEmail, String dateGmt, String date, String content,
      String approved, String type, String parent, String userId) {}
}
