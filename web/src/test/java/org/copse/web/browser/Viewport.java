package org.copse.web.browser;

/** The screen sizes pages are checked at; phones are emulated as mobile devices (touch, meta viewport honoured). */
enum Viewport {
  DESKTOP(1280, 900, false),
  PHONE(375, 812, true),
  SMALL_PHONE(320, 640, true);

  final int width;
  final int height;
  final boolean mobile;

  Viewport(int width, int height, boolean mobile) {
    this.width = width;
    this.height = height;
    this.mobile = mobile;
  }

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + width;
  }
}
