/**
 * Browser tests: the real application on a random port with the demo content, driven by Debian's
 * headless Chromium through Selenium. Journeys a member takes (with a screenshot of every step, on a
 * desktop and a phone viewport), axe-core accessibility checks of every page, the layout at phone
 * widths, the search form without JavaScript, and the search page's weight and first paint.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages
 * {@code chromium} and {@code chromium-driver}) and axe-core installed by {@code npm ci} in
 * {@code web/src/test/browser}; the tests fail, naming what is missing, when they are not there.
 */
@NullMarked
package org.copse.web.browser;

import org.jspecify.annotations.NullMarked;
