/**
 * Offline evaluation of expert ranking on a question-and-answer dump: a time split, strict and
 * lenient ground truth, standard metrics, and baselines computed in the same run.
 */
@NullMarked
package org.copse.expertise.eval;

import org.jspecify.annotations.NullMarked;
